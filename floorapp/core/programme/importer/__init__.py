"""Programme import: a concept note's text in, a proposed programme out.

Pure rules (regular expressions and a small grammar), no network and no model. The
proposal keeps, for every field, the span of text it came from and any doubt; parts
that are not used (deadlines, points in time, other days, parallel meetings) are
listed as odd, never dropped. ``to_programme`` turns a proposal into a
:class:`~floorapp.core.programme.Programme` that ``floorapp check`` accepts.
"""

from __future__ import annotations

from pathlib import Path

from floorapp.core.programme.importer.parse import propose, propose_from_text
from floorapp.core.programme.importer.proposal import (
    Found,
    Odd,
    Proposal,
    ProposedPerson,
    ProposedSegment,
)
from floorapp.core.programme.importer.source import SourceRefused, read_bytes, read_file


def propose_from_file(path: str | Path) -> Proposal:
    """Read a .txt, .docx or .pdf concept note and propose its programme."""
    src = read_file(path)
    proposal = propose(src.text)
    proposal.notes = src.notes
    return proposal


def propose_from_bytes(data: bytes, name: str) -> Proposal:
    """The same from a file's bytes (standard input, a dropped file)."""
    src = read_bytes(data, name)
    proposal = propose(src.text)
    proposal.notes = src.notes
    return proposal


__all__ = ["Found", "Odd", "Proposal", "ProposedPerson", "ProposedSegment", "SourceRefused",
           "propose", "propose_from_bytes", "propose_from_file", "propose_from_text"]
