"""The podium console: the main window for the chair's officer and the secretary."""
