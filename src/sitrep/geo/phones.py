"""Where a report's telephone numbers are: local news gives the number to call.

"call the police department at 903-675-5454" says the report is about a town in East Texas,
even when it never names the state: ``phonenumbers`` (Google's libphonenumber data, installed
with sitrep) knows the place of each area code and exchange ("Athens, TX", "London, ON",
"Minnesota"). Those places are context for the report's own place names, never places of
their own.

    places = phone_places(text, gaz)     # [Place(Athens, US-TX, city), ...]
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import geocoder

from sitrep.geo.gazetteer import Gazetteer, Place

# a cheap test before the matcher: three digits, three digits, four digits
CANDIDATE = re.compile(r"\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}")
MAX_NUMBERS = 10
TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888", "900"}


def phone_places(text: str, gaz: Gazetteer) -> list[Place]:
    """The towns and first-level regions of the telephone numbers in ``text``, each once, in order.

    North American numbers are read without a country code; a toll-free number has no place. A
    description "Town, ST" gives the town when the gazetteer has it inside that region, and the
    region either way."""
    if not CANDIDATE.search(text):
        return []
    out: list[Place] = []
    for i, match in enumerate(phonenumbers.PhoneNumberMatcher(text, "US")):
        if i >= MAX_NUMBERS:
            break
        number = match.number
        if str(number.national_number)[:3] in TOLL_FREE:
            continue
        region_code = phonenumbers.region_code_for_number(number)
        description = geocoder.description_for_number(number, "en")
        if not region_code or not description:
            continue
        for place in _places(description, region_code, gaz):
            if place not in out:
                out.append(place)
    return out


def _places(description: str, region_code: str, gaz: Gazetteer) -> list[Place]:
    town, _, state = description.rpartition(", ")
    region = gaz.admin1(f"{region_code}-{state}") if state else None
    if region is None:  # "Minnesota", "Ontario", "West Virginia": a region by its name
        region = next((p for p in gaz.lookup(description) if p.precision == "admin1"
                       and p.admin1 and p.admin1.startswith(f"{region_code}-")), None)
        town = ""
    if region is None:
        return []
    found = [region]
    if town:
        place = next((p for p, _ in gaz.candidates(town, context_countries=[region.country or ""],
                                                   context_admin1=[region.admin1 or ""], hint="city")
                      if p.precision == "city" and p.admin1 == region.admin1), None)
        if place is not None:
            found.insert(0, place)
    return found
