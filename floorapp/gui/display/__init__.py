"""The speaker display: what the room sees on a projector or a second screen."""

from floorapp.gui.display.speaker_display import SpeakerDisplay

__all__ = ["SpeakerDisplay"]
