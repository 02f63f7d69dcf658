"""The Qt layer: the podium console, the speaker display and their dialogs."""
