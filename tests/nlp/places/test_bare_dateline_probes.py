"""A probe of four place faults in local and wire news, written before the rules it led to: invented
incidents at real places. A bare dateline of a large US city ("PHILADELPHIA —") over a neighbourhood named
like a small town of another state; an island or province abroad ("in Bali"); a town name many states
share, in a report that names its state elsewhere; a London borough. About a third are look-alikes: a
war dateline abroad over front-line villages, the far town named with its own state, a bare dateline over
a town the report names as a town.

Each row: (title or None, text, expected) where expected is (country, admin1 or None, a part of the town's
name or None) for every record, or None for no record. Rows a later round may fix are marked xfail: islands
the gazetteer does not hold ("Lombok", "Mindanao"), and a victim's home town read as a second event's place.
Before the rules: 22 of 30 passed on main; after: 27 (3 xfail).
"""

from __future__ import annotations

import pytest

from tests.nlp.places.probe_check import check_place

PROBES = [
    # a bare dateline of a large US city, then a part of it named like a small town elsewhere
    (None, 'PHILADELPHIA — A man was shot and killed Tuesday night in Kensington, police said.', ('USA', 'US-PA', None)),
    (None, 'CHICAGO (AP) — Two men were wounded in a shooting Sunday in Englewood, police said.', ('USA', 'US-IL', None)),
    (None, 'HOUSTON — A woman was stabbed to death Friday in Sunnyside, police said.', ('USA', 'US-TX', None)),
    (None, 'DETROIT — Police arrested a man who shot a cashier Monday in Brightmoor.', ('USA', 'US-MI', None)),
    (None, 'BALTIMORE — A 17-year-old was shot and wounded Saturday in Sandtown, police said.', ('USA', 'US-MD', None)),
    (None, 'LOS ANGELES (AP) — A man was killed in a drive-by shooting Wednesday in Boyle Heights.', ('USA', 'US-CA', None)),
    (None, 'NEW YORK (AP) — A man was stabbed on a subway platform in Flatbush early Sunday, police said.', ('USA', 'US-NY', None)),
    (None, 'PHOENIX — A man was shot and killed Thursday in Maryvale, police said.', ('USA', 'US-AZ', None)),
    (None, 'ATLANTA — Gunmen opened fire on a car in Kirkwood on Saturday, wounding two, police said.', ('USA', 'US-GA', None)),
    # look-alikes: the far town named with its state, a war dateline abroad, a town named as a town
    pytest.param(None, 'PHILADELPHIA — A man from Kensington, Md., was shot and killed Tuesday in Philadelphia, police said.', ('USA', 'US-PA', None), marks=pytest.mark.xfail(strict=False)),
    (None, 'KYIV, Ukraine (AP) — Russian shelling killed two civilians in Kurakhove on Tuesday, officials said.', ('UKR', None, 'Kurakhove')),
    (None, 'KYIV — Russian drones struck Nikopol overnight, wounding three people, the regional governor said.', ('UKR', None, 'Nikopol')),
    (None, 'CHICAGO — A man was shot dead Friday in the suburb of Evanston, police said.', ('USA', 'US-IL', 'Evanston')),
    (None, 'CHICAGO — The city council met Tuesday in Englewood to hear residents on a new park.', None),
    # an island or province abroad
    (None, 'A British backpacker was robbed and beaten in Bali, police said on Monday.', ('IDN', None, None)),
    pytest.param(None, 'Two Australian surfers were attacked by a gang of men in Lombok on Saturday, police said.', ('IDN', None, None), marks=pytest.mark.xfail(strict=False)),
    (None, 'A German tourist was stabbed during a robbery in Phuket on Thursday, Thai police said.', ('THA', None, None)),
    pytest.param(None, 'Gunmen kidnapped a French aid worker in Mindanao on Sunday, the army said.', ('PHL', None, None), marks=pytest.mark.xfail(strict=False)),
    (None, 'A Canadian woman was sexually assaulted on a beach in Zanzibar, police said on Wednesday.', ('TZA', None, None)),
    (None, 'An American tourist was found dead in her hotel room in Bali; police said there was no sign of a crime.', None),
    (None, 'Bali police chief said on Monday that the island was safe for tourists this season.', None),
    # a town name many states have, in a report that names its state elsewhere
    (None, 'SPRINGFIELD, Mass. — A man was shot and wounded Saturday on State Street, police said. Springfield police are looking for the gunman.', ('USA', 'US-MA', 'Springfield')),
    (None, 'A man was shot and killed in Springfield on Saturday, Massachusetts State Police said.', ('USA', 'US-MA', 'Springfield')),
    (None, 'BOSTON — A Springfield man was charged Tuesday with robbing a bank in Worcester, Mass.', ('USA', 'US-MA', 'Worcester')),
    (None, 'A woman was stabbed in Columbia on Friday, the South Carolina Law Enforcement Division said.', ('USA', 'US-SC', 'Columbia')),
    (None, 'A man was shot in Springfield, Mo., on Friday night, police said.', ('USA', 'US-MO', 'Springfield')),
    # London boroughs
    (None, 'LONDON — A teenager was stabbed to death in Croydon on Friday night, the Metropolitan Police said.', ('GBR', None, None)),
    (None, 'A man was shot and wounded in Hackney, east London, on Sunday, police said.', ('GBR', None, None)),
    (None, 'LONDON (Reuters) — Police arrested two men after a stabbing in Lewisham on Tuesday.', ('GBR', None, None)),
    (None, 'LONDON — The mayor opened a new library in Croydon on Friday.', None),
]


@pytest.mark.parametrize(("title", "text", "expected"), PROBES)
def test_bare_dateline_place(extractor, title, text, expected):
    check_place(extractor, title, text, expected)
