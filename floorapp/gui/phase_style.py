"""How each countdown phase looks: colour, and the text and shape that do not rely on colour."""

from __future__ import annotations

from dataclasses import dataclass

from floorapp.core.countdown import Countdown, Phase
from floorapp.gui import languages


def tr(text: str, language: str | None = None) -> str:
    """Translate in the PhaseStyle context, into ``language`` (None: the app's language)."""
    return languages.translate("PhaseStyle", text, language)


@dataclass(frozen=True)
class PhaseLook:
    """Colours, label and symbol of one countdown state."""

    background: str
    foreground: str
    label: str
    symbol: str  # a shape that carries the state without colour


def look(cd: Countdown | None, high_contrast: bool = False,
         language: str | None = None) -> PhaseLook:
    """The look of a countdown (None: nobody has the floor), its words in ``language``."""
    lang = language
    if cd is None:
        return PhaseLook("#263238", "#eceff1", tr("Floor is free", lang), "○")
    if cd.paused:
        return PhaseLook("#37474f" if not high_contrast else "#000000", "#ffd54f",
                         tr("PAUSED", lang), "❚❚")
    table = {
        Phase.NORMAL: ("#1b5e20", "#ffffff", tr("Speaking", lang), "▶"),
        Phase.WARNING: ("#f9a825", "#000000", tr("Time almost up", lang), "▲"),
        Phase.TIME_UP: ("#b71c1c", "#ffffff", tr("TIME IS UP", lang), "■"),
        Phase.OVERRUN: ("#7f0000", "#ffffff", tr("Over time", lang), "✚"),
    }
    bg, fg, label, symbol = table[cd.phase]
    if high_contrast:
        bg = {"#1b5e20": "#000000", "#f9a825": "#ffff00", "#b71c1c": "#ff0000",
              "#7f0000": "#ff0000"}.get(bg, bg)
        fg = "#000000" if bg in ("#ffff00",) else "#ffffff"
    return PhaseLook(bg, fg, label, symbol)
