"""Repairs the text layer of a PDF written by Qt, so that copying, searching and
``pdftotext`` give back the text as written, in every script.

Qt's PDF engine maps each glyph back to a character by the font's own character map,
and picks the compatibility character when several share a glyph: Arabic comes out in
presentation forms (U+FExx), "ffi" as the ligature U+FB03, Chinese ideographs as
Kangxi or CJK radicals (日 as ⽇, 页 as ⻚). This rewrites each font's ToUnicode map so
that a glyph maps to the ordinary characters (NFKC, plus the radicals' equivalent
ideographs), and appends the new maps as an incremental update: the pages, the fonts
(embedded as subsets) and everything else stay byte for byte as Qt wrote them.

Pure Python (no Qt): works on any PDF whose ToUnicode maps are plain streams.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

#: CJK Radicals Supplement characters that fonts draw with an ideograph's glyph, and that
#: ideograph (Unicode's EquivalentUnifiedIdeograph.txt, the forms Chinese text uses).
RADICALS = {
    0x2E93: 0x5E7A, 0x2E9B: 0x65E1, 0x2E9C: 0x65E5, 0x2E9D: 0x6708, 0x2E9F: 0x6BCD,
    0x2EA0: 0x6C11, 0x2EA9: 0x738B, 0x2EB7: 0x7F8A, 0x2EBB: 0x807F, 0x2EC1: 0x864E,
    0x2EC2: 0x8864, 0x2EC3: 0x8980, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2,
    0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D, 0x2ECB: 0x8F66, 0x2ECF: 0x961D, 0x2ED0: 0x9485,
    0x2ED1: 0x9577, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED6: 0x961D, 0x2ED7: 0x96E8,
    0x2ED8: 0x9752, 0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE, 0x2EDC: 0x98DE,
    0x2EDD: 0x98DF, 0x2EDF: 0x98E0, 0x2EE0: 0x9963, 0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8,
    0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364, 0x2EE8: 0x9EA6,
    0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEC: 0x9F50, 0x2EEE: 0x9F7F, 0x2EF0: 0x9F99,
    0x2EF3: 0x9F9F,
}
_REF = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def plain(text: str) -> str:
    """The ordinary characters for what a glyph was mapped to."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp in RADICALS:
            out.append(chr(RADICALS[cp]))
        elif 0x2F00 <= cp <= 0x2FDF or 0xFB00 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


def _fix_hex(token: bytes) -> bytes:
    raw = bytes.fromhex(token.decode("ascii"))
    if len(raw) % 2:
        return token
    text = raw.decode("utf-16-be", errors="surrogatepass")
    fixed = plain(text)
    if fixed == text:
        return token
    if len(fixed) > 1 and all(_rtl(c) for c in fixed):
        # An Arabic ligature (lam-alef): its glyph stands in visual order among the
        # others, and extractors reverse right-to-left text character by character.
        fixed = fixed[::-1]
    return fixed.encode("utf-16-be", errors="surrogatepass").hex().upper().encode("ascii")


def _fix_section(body: bytes, ranges: bool) -> bytes:
    """Destinations of one bfchar or bfrange section made plain."""
    lines = []
    for line in body.split(b"\n"):
        tokens = _HEX.findall(line)
        if ranges and len(tokens) == 3 and b"[" not in line:
            lo, hi, dst = (int(t, 16) for t in tokens)
            if any(plain(chr(dst + k)) != chr(dst + k) for k in range(hi - lo + 1)
                   if dst + k < 0x110000):
                width = len(tokens[0])
                items = b" ".join(b"<" + _fix_hex(b"%04X" % (dst + k)) + b">"
                                  for k in range(hi - lo + 1))
                line = (b"<" + tokens[0] + b"> <" + b"%0*X" % (width, hi) + b"> [" + items
                        + b"]")
            lines.append(line)
            continue
        if not ranges and len(tokens) == 2:
            line = b"<" + tokens[0] + b"> <" + _fix_hex(tokens[1]) + b">"
        elif ranges and b"[" in line:
            head, _, rest = line.partition(b"[")
            line = head + b"[" + _HEX.sub(lambda m: b"<" + _fix_hex(m.group(1)) + b">", rest)
        lines.append(line)
    return b"\n".join(lines)


def fix_cmap(cmap: bytes) -> bytes:
    """A ToUnicode CMap with every destination made plain."""
    def section(kind: bytes, ranges: bool) -> None:
        nonlocal cmap
        pattern = re.compile(rb"(begin" + kind + rb")(.*?)(end" + kind + rb")", re.S)
        cmap = pattern.sub(lambda m: m.group(1) + _fix_section(m.group(2), ranges)
                           + m.group(3), cmap)

    section(b"bfchar", False)
    section(b"bfrange", True)
    return cmap


def _object(data: bytes, num: int) -> tuple[bytes, bytes] | None:
    """(dictionary, stream content) of object ``num`` (its last definition)."""
    starts = [m.end() for m in re.finditer(rb"(?:^|[\r\n])%d 0 obj\s*" % num, data)]
    if not starts:
        return None
    start = starts[-1]
    s = data.find(b"stream", start)
    end_obj = data.find(b"endobj", start)
    if s < 0 or (0 <= end_obj < s):
        return None
    head = data[start:s]
    body_start = s + len(b"stream")
    if data[body_start:body_start + 2] == b"\r\n":
        body_start += 2
    elif data[body_start:body_start + 1] in (b"\n", b"\r"):
        body_start += 1
    e = data.find(b"endstream", body_start)
    if e < 0:
        return None
    body = data[body_start:e].rstrip(b"\r\n")
    if b"/FlateDecode" in head:
        try:
            body = zlib.decompress(body)
        except zlib.error:
            return None
    elif b"/Filter" in head:
        return None
    return head, body


def _trailer(data: bytes) -> tuple[bytes, int]:
    """The entries of the last trailer to carry over, and the last xref's offset."""
    t = data.rfind(b"trailer")
    sx = data.rfind(b"startxref")
    if t < 0 or sx < 0:
        raise ValueError("not a PDF with a classic cross-reference table")
    prev = int(data[sx + len(b"startxref"):].split()[0])
    trailer = data[t:sx]
    keep = b""
    for key in (rb"/Root\s+\d+\s+0\s+R", rb"/Info\s+\d+\s+0\s+R", rb"/ID\s*\[[^\]]*\]"):
        m = re.search(key, trailer)
        if m:
            keep += m.group(0) + b"\n"
    size = re.search(rb"/Size\s+(\d+)", trailer)
    if size is None:
        raise ValueError("the PDF's trailer has no /Size")
    return keep + b"/Size " + size.group(1) + b"\n", prev


def repair_text_layer(path: str | Path) -> int:
    """Rewrite the ToUnicode maps of the PDF at ``path`` in place; the number changed."""
    path = Path(path)
    data = path.read_bytes()
    fixed: dict[int, bytes] = {}
    for num in sorted({int(m.group(1)) for m in _REF.finditer(data)}):
        found = _object(data, num)
        if found is None:
            continue
        cmap = fix_cmap(found[1])
        if cmap != found[1]:
            fixed[num] = cmap
    if not fixed:
        return 0
    entries, prev = _trailer(data)
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for num, cmap in fixed.items():
        offsets[num] = len(out)
        body = zlib.compress(cmap)
        out += (b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (num, len(body))
                + body + b"\nendstream\nendobj\n")
    xref = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += b"trailer\n<<\n" + entries + b"/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
    path.write_bytes(bytes(out))
    return len(fixed)
