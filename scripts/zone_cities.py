#!/usr/bin/env python3
"""Writes floorapp/core/programme/importer/zone_cities.py: the cities the time-zone database
names its zones after, each with its zone, for the importer's venue and time zone.

    python scripts/zone_cities.py

A city whose name is also an English word (Debian's wamerican list, /usr/share/dict/words:
"America/Phoenix") or has three letters or fewer is left out, as are the cities words.CITIES
already names (with their other spellings)."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from floorapp.core.programme.importer.words import CITIES
from floorapp.core.programme.importer.zone_cities import ZONE_CITIES

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "floorapp" / "core" / "programme" / "importer" / "zone_cities.py"
AREAS = ("Europe/", "Africa/", "Asia/", "Australia/", "Pacific/", "Atlantic/", "Indian/",
         "America/")


def main() -> None:
    named = set(CITIES) - set(ZONE_CITIES)  # the ones words.CITIES names itself
    common = {w.strip().lower()
              for w in Path("/usr/share/dict/words").read_text("utf-8", "ignore").split()}
    cities = {}
    for zone in sorted(zoneinfo.available_timezones()):
        if zone.startswith(AREAS) and zone.count("/") == 1:
            city = zone.split("/")[1].replace("_", " ").lower()
            if city not in common and len(city) > 3 and city not in named:
                cities[city] = zone
    rows, row = [], "   "
    for city, zone in sorted(cities.items()):
        item = f' "{city}": "{zone}",'
        if len(row) + len(item) > 99:
            rows.append(row)
            row = "   "
        row += item
    rows.append(row)
    OUT.write_text('"""The cities the time-zone database names its zones after ("Europe/Berlin": '
                   'Berlin), each\nwith its zone: written by scripts/zone_cities.py (see there '
                   'which are left out)."""\n\nZONE_CITIES: dict[str, str] = {\n'
                   + "\n".join(rows) + "\n}\n", "utf-8")
    print(f"{len(cities)} cities written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
