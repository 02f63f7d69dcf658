"""The secretary's record fields of an intervention: names, types, allowed values.

The service journals them with ``update_record(iid, **fields)``; the Summary reads
them. ``check_record_fields`` is what the service should run before journaling.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from floorapp.core.categories import LANGUAGES
from floorapp.core.messages import msg

#: Values of ``language``: the six official languages, or "other".
LANGUAGE_VALUES: tuple[str, ...] = (*LANGUAGES, "other")
#: Values of ``level``: the level of representation of whoever spoke for a delegation,
#: highest first (as e-Speakers and the Secretariat's lists record it).
LEVEL_VALUES: tuple[str, ...] = (
    "head_of_state", "head_of_government", "vice_president", "deputy_prime_minister",
    "minister", "vice_minister", "permanent_representative",
    "deputy_permanent_representative", "other",
)


@dataclass(frozen=True)
class RecordField:
    """One field of the secretary's record, with its type and meaning."""

    key: str
    kind: type
    title: str
    description: str
    choices: tuple[str, ...] = ()


RECORD_FIELDS: dict[str, RecordField] = {
    f.key: f
    for f in (
        RecordField("language", str, "Language",
                    "The language the statement was delivered in: "
                    "ar, zh, en, fr, ru, es or other.", LANGUAGE_VALUES),
        RecordField("written_statement", bool, "Written statement",
                    "The delegation handed in a written statement."),
        RecordField("video", bool, "Video message",
                    "The statement was a video message."),
        RecordField("level", str, "Level of representation",
                    "Who spoke for the delegation: " + ", ".join(LEVEL_VALUES) + ".",
                    LEVEL_VALUES),
    )
}

_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off", ""}


def _flag(key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError(msg("The record field '{key}' is yes or no, not {value}.", key=key,
                         value=repr(value)))


def check_record_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields normalised (language in lower case, flags as bools); ValueError if bad."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        spec = RECORD_FIELDS.get(key)
        if spec is None:
            known = ", ".join(RECORD_FIELDS)
            raise ValueError(msg("There is no record field '{key}'; the fields are: {known}.",
                                 key=key, known=known))
        if spec.kind is bool:
            out[key] = _flag(key, value)
            continue
        text = str(value).strip().lower() if value is not None else ""
        if key == "level":
            text = "_".join(text.replace("-", " ").split())
        if spec.choices and text and text not in spec.choices:
            raise ValueError(msg("The {field} must be one of {choices}, not {value}.",
                                 field=spec.title.lower(), choices=", ".join(spec.choices),
                                 value=repr(value)))
        out[key] = text
    return out


def record_language(record: Mapping[str, Any]) -> str:
    """The language a statement was delivered in ("" when not recorded)."""
    value = str(record.get("language") or "").strip().lower()
    if not value:
        return ""
    return value if value in LANGUAGE_VALUES else "other"


def record_level(record: Mapping[str, Any]) -> str:
    """The level of representation recorded ("" when not recorded or not known)."""
    value = str(record.get("level") or "").strip().lower()
    return value if value in LEVEL_VALUES else ""


def record_flag(record: Mapping[str, Any], key: str) -> bool:
    """A yes/no record field, tolerant of what older journals may hold."""
    try:
        return _flag(key, record.get(key, False))
    except ValueError:
        return False
