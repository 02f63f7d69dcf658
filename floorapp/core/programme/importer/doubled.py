"""Doubled letters: a PDF whose bold text was drawn twice gives "FFrriiddaayy,, 1122 JJuunnee".

Its text layer holds every character of those runs twice (a superscript three times, "ttthhh"),
and the spaces fall anywhere ("m meeeettiinngg"). Such runs are read back once; the rest of the
text, written once, is left as it is.
"""

from __future__ import annotations

import re

#: A word of six letters or more written twice over, letter by letter: the sign of such a PDF.
_DOUBLED_WORD = re.compile(r"(?<!\S)(?:([^\W\d_])\1){3,}(?=[\s,.:;]|$)")
_MIN_PAIRS = 3  # a run starts where three pairs follow


def _pairs(text: str, i: int) -> tuple[list[str], int]:
    """The characters read once from ``i`` on, while they come in pairs (or threes), and
    where the run stops."""
    out: list[str] = []
    n = len(text)
    while True:
        j = i
        while j < n and text[j] == " ":
            j += 1
        if j >= n or text[j].isspace():
            return out, i
        k = j + 1
        while k < n and text[k] == " ":
            k += 1
        if k >= n or text[k] != text[j]:
            return out, i
        triple = k + 1 < n and text[k + 1] == text[j] and \
            (k + 2 >= n or text[k + 2] != text[j])  # "ttthhh": a superscript drawn thrice
        end = k + 2 if triple else k + 1
        out.append((" " if j > i and out else "") + text[j])
        i = end


def undouble(text: str) -> tuple[str, int]:
    """``text`` with its doubled runs read once, and how many runs there were; unchanged
    when the text does not have the doubled words of such a PDF."""
    if len(_DOUBLED_WORD.findall(text)) < 3:
        return text, 0
    out: list[str] = []
    runs = 0
    i = 0
    n = len(text)
    while i < n:
        at_word = not text[i].isspace() and (i == 0 or text[i - 1].isspace())
        if at_word:
            chars, end = _pairs(text, i)
            if sum(c.strip() != "" for c in chars) >= _MIN_PAIRS:
                out.append("".join(chars))
                runs += 1
                i = end
                continue
        out.append(text[i])
        i += 1
    return "".join(out), runs
