"""What a web page or a document puts around a meeting's name: the page's navigation and
labels, never the name; and a heading in capitals wrapped over short lines, one name."""

from __future__ import annotations

import re

#: A web page's navigation and labels above its content, never the meeting's name.
PAGE_CHROME = re.compile(
    r"(?i)(?:skip to|\[?go to (?:the )?(?:navigation|(?:main )?content|menu)\b|aller au contenu|"
    r"ir al contenido|download\b|télécharger|descargar|"
    r"top of page$|.*\s[-–|]\s*download$|"  # "Minutes … are now available - Download"
    r".*\b(?:view|see|find|read|download|register|click)\b.*\bhere\.?$|"  # "… guide … here"
    r"event (?:description|information|details)\b|share\b|print\b|menu\b|search\b|home\b|"
    r"individual recordings|watch\b|webcast\b|wifi\b|click here|read more|learn more|"
    r"partager\b|compartir\b|upload\s*:|post(?:ed)? on\b|transcript(?:ion)?\b|posted by\b|"
    r"you are viewing|previous page|table of contents|original\s*:|event recordings?\b|"
    r"online event$|related (?:documents|links|events)\b|\[[^\]]+\]\([^)]*\)|"
    r"meetings? (?:&|and) events$|add to (?:your )?(?:outlook |google )?calendar|"
    r"(?:co-?)?organi[sz]ed by\b|organisé par\b|organizado por\b|hosted by\b|"
    r"\w+ menu$|list of events|about the (?:webinar|event|meeting|conference|forum)\b|"
    r".{0,30}\bin the news$|online (?:public )?event$|"
    r"how to (?:participate|register|join|attend)\b|.*\bblog post\b|"  # a site's banner
    r"straight to content|top \d+ search results|.*\bsee all results\b|.*\b\d+(?:[.,]\d+)?\s*"
    r"[KM]b\.?$|[^/\n]{2,40}(?:\s/\s[^/\n]{2,40}){3,}$|"  # "ESA / Applications / …": a path
    r"(?:summit|meeting|conference|event|session|contact|practical|registration)\s+details$|"
    r"building peace in the minds of men and women$|"  # UNESCO's motto, atop each of its pages
    # a day's heading: "DAY I: TUESDAY 9 OCTOBER 2012", "Tuesday afternoon"
    r"day\s+(?:[ivx]+|\d+)\s*[:.–-]|(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\s+(?:morning|afternoon|evening)$)")

#: A heading in capitals wrapped onto a short line in capitals: "IN THE PUBLIC INTEREST:" /
#: "TAKING INTEGRITY TO" / "HIGHER STANDARDS".
CAPS_GO_ON = re.compile(r"[^a-z\n]*[A-Z]{2}[^a-z\n.;]*(?::|\s(?:ON|OF|FOR|AND|THE|TO|IN|DE|DU|"
                        r"DES|DEL|ET|Y))\n(?=[^a-z]{6,60}$)[^a-z\d]*[A-Z]{3}[^a-z]*")
