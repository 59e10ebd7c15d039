"""A probe of where the act was, written before the rules it led to (places round 10): invented incidents at
real towns, local and wire, in the ways reporters name more places than the scene: a dateline town beside a
named neighbouring town, a county or state beside the town, a block, corner or side of a city, a namesake town
that the story's other places settle, an act abroad under a home dateline, a capital standing for its country,
and statements or calls that have no place at all. About a third are look-alikes: a suspect's home town, a
hospital in another town, a company "based" somewhere, a speech given in a city.

Each row: (text, expected) as ``check_places`` in ``test_wire_place_probes`` reads it: None when no placed
record may come out, else a list of (country, region code or None, part of the place's name, or None; "-"
for a country-wide record). Statements and diplomacy other than talks are not checked there; the rows of
``UNPLACED`` check that no such record carries a place.
"""

from __future__ import annotations

# the dateline town, the act in a named neighbouring town or county
NEIGHBOURS = [
    ('DAYTON, Ohio — A man was shot and killed outside a bar in Kettering early Sunday, police said.', [('USA', 'US-OH', 'Kettering')]),
    ('SPOKANE, Wash. — Deputies say a woman was stabbed Friday at a campground in Cheney.', [('USA', 'US-WA', 'Cheney')]),
    ('FRESNO, Calif. — Two people were wounded in a shooting at a Clovis shopping center on Saturday, Clovis police said.', [('USA', 'US-CA', 'Clovis')]),
    ('BOISE, Idaho — A Nampa man was arrested after a woman was shot in Meridian on Tuesday night.', [('USA', 'US-ID', 'Meridian')]),
    ('TULSA, Okla. — A store clerk was shot during a robbery in Broken Arrow on Monday.', [('USA', 'US-OK', 'Broken Arrow')]),
    ('MADISON, Wis. — An explosion destroyed a house in Sun Prairie on Thursday, injuring two people.', [('USA', 'US-WI', 'Sun Prairie')]),
    ('OMAHA, Neb. — Sarpy County deputies said a man was found shot to death in a car in Bellevue on Saturday.', [('USA', 'US-NE', 'Bellevue')]),
]

# a county or state named beside the town
TOWN_OVER_AREA = [
    ('A man was shot and killed Friday in Lakewood, in Jefferson County, Colorado, the sheriff said.', [('USA', 'US-CO', 'Lakewood')]),
    ('Police in Brockton, Massachusetts, said two men were stabbed outside a restaurant on Saturday.', [('USA', 'US-MA', 'Brockton')]),
    ('A Hamilton County deputy was shot Wednesday while serving a warrant in Chattanooga, Tennessee.', [('USA', 'US-TN', 'Chattanooga')]),
    ('Gunfire broke out Sunday at a park in Gary, Indiana, wounding three teenagers, police said.', [('USA', 'US-IN', 'Gary')]),
    ('In Pueblo County, a woman was killed Friday when her former husband shot her at her home in Pueblo West.', [('USA', 'US-CO', 'Pueblo')]),
]

# a block, corner, street, side or neighbourhood kept in its town
STREETS = [
    ('CINCINNATI — A man was shot Tuesday evening in the 1900 block of Elm Street, police said.', [('USA', 'US-OH', 'Cincinnati')]),
    ('Two people were wounded in a drive-by shooting near the corner of Main and Fifth streets in Tucson on Friday.', [('USA', 'US-AZ', 'Tucson')]),
    ("A 15-year-old boy was shot and killed Saturday on the city's east side, Indianapolis police said.", [('USA', 'US-IN', 'Indianapolis')]),
    ('Toledo police are investigating a shooting that left a man dead on Dorr Street on Sunday.', [('USA', 'US-OH', 'Toledo')]),
    ('RICHMOND, Va. — A woman was shot Monday afternoon at an apartment complex on the city\'s south side.', [('USA', 'US-VA', 'Richmond')]),
    ('A man was stabbed outside a convenience store on Colfax Avenue in Denver on Thursday night, police said.', [('USA', 'US-CO', 'Denver')]),
]

# a namesake town, settled by the story's other places
NAMESAKES = [
    ('A clerk was shot during a robbery in Springfield on Friday, the Sangamon County sheriff said.', [('USA', 'US-IL', 'Springfield')]),
    ('Two men were arrested after a shooting in Columbia, South Carolina, on Saturday.', [('USA', 'US-SC', 'Columbia')]),
    ('A man was shot dead in Paris, Texas, on Sunday, Lamar County officials said.', [('USA', 'US-TX', 'Paris')]),
    ('A teenager was stabbed in Portland, Maine, on Friday night, police said.', [('USA', 'US-ME', 'Portland')]),
    ('Police in London, Ontario, said a man was stabbed downtown on Saturday.', [('CAN', None, 'London')]),
    ('A gunman killed two people at a bar in Athens, Georgia, on Sunday.', [('USA', 'US-GA', 'Athens')]),
]

# an act abroad told under a home dateline
ABROAD = [
    ('WASHINGTON — An American aid worker was kidnapped by gunmen in northern Niger on Tuesday, the State Department said.', [('NER', None, None)]),
    ('LONDON — A British tourist was shot dead during a robbery in Cape Town on Saturday, the Foreign Office said.', [('ZAF', None, 'Cape Town')]),
    ('OTTAWA — Two Canadian miners were abducted from a gold mine in Burkina Faso on Monday, the company said.', [('BFA', None, None)]),
    ('SYDNEY — An Australian journalist was beaten by police while covering a protest in Jakarta on Friday.', [('IDN', None, 'Jakarta')]),
]

# a country named by its capital: the act in the capital is the capital; a country-wide act is the country
CAPITALS = [
    ('Protesters clashed with police in Nairobi on Tuesday, leaving two dead.', [('KEN', None, 'Nairobi')]),
    ('A car bomb exploded near a police station in Mogadishu on Sunday, killing six people.', [('SOM', None, 'Mogadishu')]),
    ('Thousands marched through the streets of Caracas on Saturday to demand new elections.', [('VEN', None, 'Caracas')]),
]

# look-alikes: a home town, a hospital, a base, a speech
LOOK_ALIKES = [
    ('A 24-year-old man of Springfield was arrested in Decatur on Friday in a shooting at a gas station there.', [('USA', 'US-IL', 'Decatur')]),
    ('A Lawrence man was shot Saturday in Topeka and taken to a hospital in Kansas City, police said.', [('USA', 'US-KS', 'Topeka')]),
    ('A woman stabbed in Bloomington on Sunday was flown to a hospital in Indianapolis, police said.', [('USA', 'US-IN', 'Bloomington')]),
    ('A Texas-based security company said one of its guards was shot during a robbery in Baton Rouge on Tuesday.', [('USA', 'US-LA', 'Baton Rouge')]),
    ('The suspect, who lives in Waukesha, was arrested Monday after a man was stabbed in Racine.', [('USA', 'US-WI', 'Racine')]),
    ('A Boston-based charity said on Thursday it would open a new shelter next year.', None),
    ('The mayor of Cleveland spoke at a conference in Chicago on Tuesday about city budgets.', None),
    ('A Denver-area woman won a state baking contest in Pueblo on Saturday.', None),
    ('Residents of Akron met on Tuesday to discuss a new bus route.', None),
    ('Albany-based lawmakers returned from a trip to Washington on Friday.', None),
]

# a local report whose people come from other towns: the town of the acts is the report's, not a home town
HOME_TOWNS = [
    ('Officers stopped a pickup on Front Street in Tyler for a broken taillight. The driver, Dale Ortiz, 28, of '
     'Lindale, ran into a wooded lot. He was caught an hour later and charged with evading arrest.', [('USA', 'US-TX', 'Tyler')]),
    ('A clerk was robbed at a gas station on Main Street in Hagerstown on Friday night. Her attacker, Troy Beal, '
     '33, of Williamsport, was arrested Sunday, police said.', [('USA', 'US-MD', 'Hagerstown')]),
    ('Deputies say a woman, Ana Pruitt, 52, of Loveland, and her nephew, Kyle Pruitt, 23, of Berthoud, beat a '
     'neighbor in his Fort Collins home. Both were charged with assault on Monday.', [('USA', 'US-CO', 'Fort Collins')]),
    ('The suspect, Lee Amos, 40, of Ocala, was charged Tuesday with robbing two banks, the sheriff said.', [('USA', 'US-FL', 'Ocala')]),
]

# statements, demands and calls carry no place: (text, the family whose records must be unplaced)
UNPLACED = [
    ('Speaking in Berlin on Monday, the Ukrainian president called for more air defence systems.', 'statement'),
    ('The foreign minister, in Tokyo for talks, condemned the missile launch on Tuesday.', 'statement'),
    ('At a rally in Phoenix on Saturday, the governor demanded that the border be closed.', 'statement'),
    ('NEW DELHI — India on Wednesday urged Pakistan to act against militant groups.', 'statement'),
]

PROBES = NEIGHBOURS + TOWN_OVER_AREA + STREETS + NAMESAKES + ABROAD + CAPITALS + LOOK_ALIKES + HOME_TOWNS
