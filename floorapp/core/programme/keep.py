"""Saving over a programme file without losing what its author wrote around the values.

The edited programme is written clean (``dump_programme``), then laid over the file
as it was with tomlkit: values that did not change keep their place, comments and
spacing; changed values are replaced in place (their end-of-line comment kept);
segments, themes and people are matched by id, so a segment's comments stay with it
when others are added, removed or moved. The result is read back and must give the
same programme, or the caller falls back to the clean text.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Comment, Item, Table, Whitespace


def _ident(table: Any, index: int) -> object:
    """What identifies one table of an array of tables: its id, else its place."""
    if isinstance(table, Table | Container | dict):
        ident = table.get("id")
        if ident is not None:
            return ("id", str(ident))
    return ("at", index)


def _merge_tables(old: Table | Container | Any, new: Table | Container | Any) -> None:
    """Make ``old`` hold ``new``'s values, keeping ``old``'s comments and layout."""
    for key in [k for k in list(old.keys()) if k not in new]:
        del old[key]
    for key in new:
        new_item = new[key]
        if key not in old:
            old[key] = new_item
            continue
        old_item = old[key]
        if isinstance(old_item, Table) and isinstance(new_item, Table):
            _merge_tables(old_item, new_item)
        elif isinstance(old_item, AoT) and isinstance(new_item, AoT):
            old[key] = _merge_arrays(old_item, new_item)
        elif _plain(old_item) != _plain(new_item):
            comment = old_item.trivia.comment if isinstance(old_item, Item) else ""
            old[key] = new_item
            if comment and isinstance(old[key], Item):
                old[key].trivia.comment = comment
                old[key].trivia.comment_ws = old_item.trivia.comment_ws or "  "


def _merge_arrays(old: AoT, new: AoT) -> AoT:
    """The new array's tables in its order, each the old one with the same id, merged."""
    by_ident = {_ident(t, i): t for i, t in enumerate(old)}
    same_order = [_ident(t, i) for i, t in enumerate(old)] == [
        _ident(t, i) for i, t in enumerate(new)]
    if same_order:
        for old_table, new_table in zip(old, new, strict=True):
            _merge_tables(old_table, new_table)
        return old
    wanted = [_ident(t, i) for i, t in enumerate(new)]
    # In place, so that tomlkit keeps the layout: drop the tables that went, ...
    for i in reversed(range(len(old))):
        if _ident(old[i], i) not in wanted:
            if i > 0:  # the comment above the next table is at the end of this one
                _hand_on_comments(old[i], old[i - 1])
            del old[i]
    # ... then put each wanted table at its place, the old one merged or the new one.
    for place, (ident, new_table) in enumerate(zip(wanted, new, strict=True)):
        kept = by_ident.get(ident)
        if kept is not None:
            _merge_tables(kept, new_table)
            at = next((j for j in range(place, len(old)) if old[j] is kept), None)
            if at is None:
                old.insert(place, kept)
            elif at != place:
                del old[at]
                old.insert(place, kept)
        else:
            old.insert(place, new_table)
    while len(old) > len(wanted):
        del old[len(old) - 1]
    return old


def _deepest_body(table: Table) -> list[tuple[Any, Any]]:
    """The body that ends a table in the file: its own, or its last sub-table's."""
    body: list[tuple[Any, Any]] = table.value.body
    while True:
        keyed = [item for key, item in body if key is not None]
        last = keyed[-1] if keyed else None
        if isinstance(last, AoT) and len(last):
            body = last[-1].value.body
        elif isinstance(last, Table) and not last.is_super_table():
            body = last.value.body
        else:
            return body


def _trailing(body: list[tuple[Any, Any]]) -> int:
    """Where the comment lines at the end of a body start (len(body) when none)."""
    start = len(body)
    while start > 0 and body[start - 1][0] is None and isinstance(
            body[start - 1][1], Comment | Whitespace):
        start -= 1
    return start


def _hand_on_comments(going: Table, before: Table) -> None:
    """A table is removed: the comments above the table after it move to the one before.

    tomlkit keeps the comment lines written above a ``[[table]]`` at the end of the
    table before it; the removed table's own such lines go with it.
    """
    src, dst = _deepest_body(going), _deepest_body(before)
    del dst[_trailing(dst):]
    dst.extend(src[_trailing(src):])


def _plain(item: Any) -> Any:
    unwrap = getattr(item, "unwrap", None)
    return unwrap() if callable(unwrap) else item


def overlay(old_text: str, new_text: str) -> str:
    """``new_text``'s values written into ``old_text``, keeping its comments and layout.

    Raises ``tomlkit`` errors (or ValueError) when either text is not TOML it can edit.
    """
    old = tomlkit.parse(old_text)
    new = tomlkit.parse(new_text)
    _merge_tables(old, new)
    return tomlkit.dumps(old)
