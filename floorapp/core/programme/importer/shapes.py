"""What a reader learns of a text's shape before it reads its lines: where the items' titles
stand (above their times, first on their rows, in a column), how lines end with their time,
which field repeats under every time, and how its rows are cut."""

from __future__ import annotations

from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.columns import reshape
from floorapp.core.programme.importer.events import time_titles_below, when_items
from floorapp.core.programme.importer.grid import GridReading
from floorapp.core.programme.importer.layout import untitled_range
from floorapp.core.programme.importer.lines import Line, title_column_of
from floorapp.core.programme.importer.order import title_column_first, titles_above, titles_first
from floorapp.core.programme.importer.points import times_at_end
from floorapp.core.programme.importer.timed_lines import repeated_field, row_shapes


class ShapeReading(GridReading):
    """Learns the text's shape, then reads its lines."""

    def _learn_shape(self, lines: list[Line]) -> list[Line]:
        """The lines as the reader takes them (columns and rows paired again, …), and what the
        reader knows of their layout set on it."""
        lines = reshape(lines)
        texts = [ln.stripped() for ln in lines if ln.stripped()]
        kept = [i for i, ln in enumerate(lines) if ln.stripped()]
        closing = frozenset(k for k, i in enumerate(kept)  # a block's last line
                            if i + 1 == len(lines) or not lines[i + 1].stripped())
        found = [find_ranges(t) for t in texts]
        alone = [i for i, t in enumerate(texts) if untitled_range(t, found[i])]
        self.items_first = title_column_first(texts)  # "Session" / "Time (CEST)" / "Who"
        self.titles_above = titles_above(texts, alone, self.items_first, closing)
        self.titles_first = titles_first(texts, found)
        # the lines above those ranges: titles, even one that reads like a label ("Welcome")
        self.above_alone = {texts[i - 1] for i in alone if i > 0} if self.titles_above else set()
        self.time_titles_below = time_titles_below(texts)
        self.title_column = title_column_of(self.text)
        self.repeated_field = repeated_field(texts, alone)
        self.when_items = when_items(texts)
        self.times_at_end = times_at_end(self.text)
        self.slashed_rows, self.ranges_last, self.colon_clock, self.four_digits = \
            row_shapes(self.text)
        return lines
