"""Qt-core adapters shared by the GUI, the cues and the exports: the floor as Qt signals,
the app's settings, messages in the user's language, and the languages' fonts and locales.

No widgets here: this layer sits below every window.
"""
