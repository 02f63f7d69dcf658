"""Whether the sound cues are muted: one persisted setting, the only record of it.

The console's mute key sets it, the cue settings page sets it, and the cue player follows
it; nothing else keeps a copy. It lives apart from the other cue settings so that the
console can read it before its first paint without importing the player.
"""

from __future__ import annotations

from floorapp.qt.settings import Setting, register

MUTED = register(Setting(
    "cues/muted", bool, False, "Mute sound cues",
    "Silence every sound cue; the countdown colours still change."))
