"""The speaking limits a programme states in its prose: "statements should not exceed 3
minutes", "5 minutes for groups", "2 minutes for all"."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.proposal import Found

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "ten": 10, "fifteen": 15, "deux": 2, "trois": 3, "quatre": 4,
            "cinq": 5, "dix": 10, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "diez": 10}
_MINUTES = re.compile(
    r"(?P<n>\d{1,2}(?:[.,]5)?|" + "|".join(_NUMBERS) + r")(?:\s*(?:-|‐|–|to)\s*(?P<n2>\d{1,2}))?"
    r"[\s‐-]*(?:minutes?|mins?\.?|minutos?)\b", re.IGNORECASE)
_LIMIT_CUE = re.compile(r"exceed|limit|maximum|speaking time|statements?\b|interventions?\b|"
                        r"déclarations?|intervenciones?|not more than|no more than|up to|"
                        r"should not|temps de parole|ne (?:doit|devra)|tiempo de palabra|"
                        r"no (?:deberá|debe)|for all|each|per (?:speaker|statement|delegation)",
                        re.IGNORECASE)
_NOT_A_LIMIT = re.compile(r"slots?|total time|will be divided|allocated|followed by|in total|"
                          r"per (?:panel|segment)|\bsegments? of\b|video|break|"
                          # "The lists close approximately 15 minutes after the beginning of each
                          # interactive dialogue": when the list closes, not how long one speaks
                          r"\b(?:after|before) the (?:beginning|start|commencement|opening)|"
                          r"\blists? (?:will )?(?:be )?close", re.IGNORECASE)
#: What lasts so long when no delegation is named: a talk, a presentation, a panel.
_ITEMS_LENGTH = re.compile(r"(?i)\b(?:presentations?|presenters?|panel|talks?|lectures?|"
                           r"exposés?|ponencias?)\b")
_WHO: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("group", (r"on behalf of (?:a )?groups?", r"\bgroups\b", r"groupes", r"grupos")),
    ("observer_state", (r"observer states", r"États observateurs", r"Estados observadores")),
    ("observer", (r"other observers", r"\bobservers\b", r"observateurs", r"observadores")),
    ("civil_society", (r"\bNGOs?\b", r"civil society", r"\bONGs?\b", r"sociedad civil")),
    ("un_system", (r"United Nations agencies", r"UN entities", r"UN system")),
    ("panellist", (r"panel+ists?", r"panélistes", r"panelistas", r"discussants?")),
    ("moderator", (r"moderators?\b",)),
    ("member_state", (r"States Members", r"Member States", r"delegations", r"\bStates\b",
                      r"délégations", r"États membres", r"delegaciones", r"Estados Miembros")),
)
_ALL = ("member_state", "observer_state", "observer", "un_system", "civil_society", "other")


def _clause_keys(clause: str) -> list[str]:
    if re.search(r"\bfor all\b|pour tous|para todos|all speakers|tous les orateurs", clause,
                 re.IGNORECASE):
        return list(_ALL)
    keys = []
    for key, patterns in _WHO:
        if any(re.search(p, clause, re.IGNORECASE) for p in patterns):
            keys.append(key)
    if "observer" in keys and "member_state" in keys and not re.search(
            r"States Members|Member States|États membres|Estados Miembros", clause):
        keys.remove("member_state")  # "observer States and other observers"
    if keys == ["member_state"] and re.search(r"delegations|délégations|delegaciones", clause,
                                             re.IGNORECASE):
        keys += ["observer_state", "observer"]
    return keys


def find_limits(text: str) -> dict[str, Found[int]]:
    """Speaking limits stated in prose: "limit their interventions to 3 minutes", …"""
    limits: dict[str, Found[int]] = {}
    # Abbreviations do not end a sentence ("max. 5 minutes"); same length keeps the spans.
    text = re.sub(r"\b(?:max|min|approx|e\.g|i\.e|a\.m|p\.m)\.", lambda m: m.group(0)[:-1] + " ",
                  text)
    for sentence in re.finditer(r"[^.!?\n\]\[]+(?:[.!?]|$)", text, re.MULTILINE):
        s = sentence.group(0)
        if not _LIMIT_CUE.search(s) or _NOT_A_LIMIT.search(s):
            continue
        # Cut the sentence into clauses, each with its own number: "3 minutes for
        # States Members and 2 minutes for observer States".
        matches = list(_MINUTES.finditer(s))
        for i, m in enumerate(matches):
            clause_start = matches[i - 1].end() if i else 0
            clause_end = matches[i + 1].start() if i + 1 < len(matches) else len(s)
            n = m.group("n2") or m.group("n")
            minutes = float(_NUMBERS.get(n.lower(), 0) or n.replace(",", "."))
            if not 0 < minutes <= 30:
                continue
            after = s[m.end():clause_end]
            before = s[clause_start:m.start()]
            if re.match(r"\s*(?:\w+\s+)?(?:for|pour|para|by|por)\b", after):
                keys = _clause_keys(after) or _clause_keys(before)
            else:
                keys = _clause_keys(before) or _clause_keys(after)
            doubt = ""
            if not keys and (re.search(r"\(\s*$", before) or _ITEMS_LENGTH.search(s)):
                continue  # "Panel (12 min each)", "Each presentation … 10 to 15 minutes": how
                # long an item or a talk lasts, said of no delegation
            if not keys:
                keys = ["member_state", "observer_state", "observer"]
                doubt = "who the limit is for is not said: taken for delegations"
            span = (sentence.start() + m.start(), sentence.start() + m.end())
            for key in keys:
                limits.setdefault(key, Found(int(minutes * 60), span, doubt))
    return limits
