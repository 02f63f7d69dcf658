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


def record_flag(record: Mapping[str, Any], key: str) -> bool:
    """A yes/no record field, tolerant of what older journals may hold."""
    try:
        return _flag(key, record.get(key, False))
    except ValueError:
        return False
