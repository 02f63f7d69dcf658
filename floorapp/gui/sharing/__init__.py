"""Sharing a meeting from the console: File > Share this meeting, File > Join a meeting,
the officer's hand-over of the floor, and the console's shape for each station's role."""
