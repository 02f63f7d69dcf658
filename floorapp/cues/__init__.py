"""Audible cues: which cue fires when (scheduler), how it sounds (player), and its settings.

The scheduler is pure Python; the player, controller, sound check and settings widget
use Qt. Qt Multimedia is imported lazily, so the app keeps working without it.
"""
