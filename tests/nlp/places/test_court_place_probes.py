"""A probe of where local crime and court news happened, written before the rules it led to.

Invented incidents at real towns, placed the ways local reporters place them: a court act where the
court sits ("in Hartford Superior Court", "a Cook County judge"), a dateline as the only place named, a
borough or neighbourhood of a big city, "a Springfield man" under a dateline that says which one, a
street of the story's town, a suspect's home town beside the town of the act, a victim flown to a
hospital elsewhere, a title or team that holds a place name ("a Texas Ranger", "Arizona Cardinals
fans"), the Capitol, and a country named in a local story. About a third are look-alikes: the same
words with no event at all.

Each row: (headline or None, text, expected) with expected as in ``probe_check.check_place``. Rows a
later round may fix are marked xfail.
"""

from __future__ import annotations

import pytest

from tests.nlp.places.probe_check import check_place

# a court act belongs where the court sits, not where a prior case or the convict's home town was
COURTS = [
    (None, 'A Bridgeport man was sentenced on Tuesday in New Haven County Superior Court to 12 years in prison for a robbery.', ('USA', 'US-CT', 'New Haven')),
    (None, 'A Cook County judge on Monday ordered a man held without bail on charges he shot a bus driver.', ('USA', 'US-IL', None)),
    (None, 'A jury in Maricopa County Superior Court convicted a Mesa man of second-degree murder on Thursday.', ('USA', 'US-AZ', None)),
    (None, 'A man was sentenced to 20 years on Monday in Hartford Superior Court for a carjacking. He had served time in New York for a robbery years earlier.', ('USA', 'US-CT', 'Hartford')),
    (None, 'He had lived in Florida for most of his life. On Tuesday a Travis County jury found him guilty of murder in the death of his landlord.', ('USA', 'US-TX', None)),
    (None, 'A judge in Multnomah County Circuit Court sentenced a Gresham woman to five years on Wednesday for stabbing her former boyfriend.', ('USA', 'US-OR', None)),
    (None, 'A federal judge in Boston sentenced a Lowell man to eight years in prison on Thursday for selling stolen guns.', ('USA', 'US-MA', 'Boston')),
    (None, 'A King County Superior Court judge sentenced a man on Friday to 15 years for a stabbing outside a Seattle nightclub.', ('USA', 'US-WA', None)),
    (None, 'A former Orange County deputy was arrested on Friday in Las Vegas on charges he robbed a casino cashier.', ('USA', 'US-NV', 'Las Vegas')),
]

# a dateline is the only place the report names
DATELINES = [
    (None, 'SALEM, Ore. — Police arrested a man on Tuesday after a woman was stabbed outside a grocery store.', ('USA', 'US-OR', 'Salem')),
    (None, 'BILLINGS, Mont. (AP) — A man was charged on Monday with killing his roommate, prosecutors said.', ('USA', 'US-MT', 'Billings')),
    (None, 'TOPEKA, Kan. — A teenager was arrested on Sunday after shots were fired at a high school football game.', ('USA', 'US-KS', 'Topeka')),
    (None, 'ALBANY, N.Y. — State police arrested two men on Wednesday after an armed robbery at a pharmacy.', ('USA', 'US-NY', 'Albany')),
    (None, 'LEXINGTON, Ky. — A man was shot and killed on Thursday night outside an apartment building, police said.', ('USA', 'US-KY', 'Lexington')),
    (None, 'TUCSON, Ariz. — Police arrested a woman on Friday after a man was stabbed at a bus stop.', ('USA', 'US-AZ', 'Tucson')),
]

# a borough or neighbourhood of a big city
BOROUGHS = [
    (None, 'A man was stabbed in Brixton, south London, on Saturday night, the Metropolitan Police said.', ('GBR', None, 'Brixton')),
    (None, 'Police arrested two teenagers after a man was stabbed in Peckham, southeast London, on Friday.', ('GBR', None, 'Peckham')),
    (None, 'A man was shot in the Bronx on Sunday night, the New York Police Department said.', ('USA', 'US-NY', None)),
    (None, 'A woman was stabbed on a subway platform in Brooklyn on Tuesday, police said.', ('USA', 'US-NY', None)),
    (None, 'Two men were arrested after a shooting in Harlem early Saturday, New York police said.', ('USA', 'US-NY', None)),
]

# "a Springfield man", a street: the dateline's town
STORY_TOWN = [
    (None, 'SPRINGFIELD, Mass. — A Springfield man was arrested on Saturday after he shot a neighbor during an argument, police said.', ('USA', 'US-MA', 'Springfield')),
    (None, 'COLUMBIA, S.C. — A Columbia man was charged with murder on Monday in the shooting of his cousin.', ('USA', 'US-SC', 'Columbia')),
    (None, 'PORTLAND, Maine — Police arrested a Portland woman on Thursday after a stabbing downtown.', ('USA', 'US-ME', 'Portland')),
    (None, 'FLAGSTAFF, Ariz. — A man was found shot dead at his home on Elm Street on Sunday, police said.', ('USA', 'US-AZ', 'Flagstaff')),
    (None, 'DULUTH, Minn. — Police arrested a woman on Saturday after a man was stabbed at a house on Lincoln Avenue.', ('USA', 'US-MN', 'Duluth')),
    (None, 'A man was shot outside his home on Washington Street in Hoboken on Monday night, police said.', ('USA', 'US-NJ', 'Hoboken')),
]

# a suspect's home town is not where the act was, unless nothing else is named
HOME_TOWNS = [
    (None, 'A 34-year-old Dover man was arrested on Friday after a shooting at a bar in Wilmington, Delaware State Police said.', ('USA', 'US-DE', 'Wilmington')),
    (None, 'A 22-year-old Bakersfield man was charged with murder in the shooting of a clerk at a Fresno gas station, police said.', ('USA', 'US-CA', 'Fresno')),
    (None, 'Police arrested a 41-year-old Gary man on Sunday after a stabbing in Hammond, Indiana.', ('USA', 'US-IN', 'Hammond')),
    (None, 'An Akron woman was arrested on Saturday in the stabbing of her boyfriend at a Cleveland apartment, police said.', ('USA', 'US-OH', 'Cleveland')),
    (None, 'A 29-year-old Waterbury man was arrested on Thursday on drug and weapons charges, Connecticut police said.', ('USA', 'US-CT', 'Waterbury')),
]

# the hospital a victim was taken to is not the place
HOSPITALS = [
    (None, 'A man was shot in Lake Charles on Saturday and flown to a hospital in Houston, police said.', ('USA', 'US-LA', 'Lake Charles')),
    (None, 'A man was shot at a gas station in Meridian on Friday and airlifted to a hospital in Jackson, Mississippi, police said.', ('USA', 'US-MS', 'Meridian')),
    (None, 'A woman was stabbed in Kingsport on Sunday and flown to a hospital in Johnson City, Tennessee.', ('USA', 'US-TN', 'Kingsport')),
    (None, 'A hiker was shot near Moab, Utah, on Sunday and flown to a hospital in Grand Junction, Colorado.', ('USA', 'US-UT', 'Moab')),
]

# a title, a force or a team that holds a place name
TITLES = [
    pytest.param(None, "The Commonwealth's Attorney charged a Roanoke man on Tuesday with murder in the shooting of his neighbor.", ('USA', 'US-VA', 'Roanoke'), marks=pytest.mark.xfail(strict=False)),
    pytest.param(None, 'Florida State University police arrested a student on Friday after a stabbing at a campus dormitory.', ('USA', 'US-FL', None), marks=pytest.mark.xfail(strict=False)),
    (None, 'A Texas Ranger arrested a man on Wednesday in Oklahoma City after a shooting at a motel.', ('USA', 'US-OK', 'Oklahoma City')),
    (None, 'A New York Times reporter was arrested on Sunday while covering a protest in Minneapolis.', ('USA', 'US-MN', 'Minneapolis')),
    (None, 'Two Arizona Cardinals fans were stabbed outside a stadium in Los Angeles on Sunday, police said.', ('USA', 'US-CA', 'Los Angeles')),
]

# the Capitol, the White House, and a country named in a local story
CAPITALS = [
    (None, 'Police arrested three people who tried to climb the walls of the Capitol on Thursday, the Capitol Police said.', ('USA', 'US-DC', None)),
    (None, 'Hundreds of teachers marched to the state Capitol in Austin on Monday to demand higher pay.', ('USA', 'US-TX', 'Austin')),
    (None, 'Protesters gathered in front of the White House on Saturday, chanting that the United States must stop selling weapons abroad.', ('USA', 'US-DC', None)),
    (None, 'Dozens of people protested outside the White House on Sunday against the new tariffs on Canada.', ('USA', 'US-DC', None)),
]

# look-alikes: the same words and places, no event
NO_EVENT = [
    (None, 'A Cook County judge was sworn in on Monday as the chief judge of the circuit.', None),
    (None, 'New Haven County Superior Court will close for renovations next month.', None),
    (None, 'SALEM, Ore. — The city council approved a new budget for parks on Tuesday.', None),
    (None, 'A 34-year-old Dover man won $1 million in the state lottery on Friday.', None),
    (None, 'SPRINGFIELD, Mass. — A Springfield man was named principal of the high school, the district said.', None),
    (None, "The Commonwealth's Attorney said on Tuesday she will run for a second term.", None),
    (None, 'A Texas Ranger who retired last year wrote a book about cold cases.', None),
    (None, 'The Capitol will be closed to visitors on Monday for the holiday.', None),
    (None, 'Florida State University police will host a bicycle safety fair on Wednesday.', None),
    (None, 'Residents of Brixton, south London, opened a community garden on Saturday.', None),
    (None, 'A Harlem restaurant was named the best new eatery in New York.', None),
    (None, 'The family of a man flown to a hospital in Houston last year thanked the nurses on Sunday.', None),
    (None, 'FLAGSTAFF, Ariz. — A bakery on Elm Street celebrated its 50th year on Sunday.', None),
    (None, 'Two Arizona Cardinals fans won a trip to the Super Bowl in a radio contest.', None),
    (None, 'A King County Superior Court judge spoke to students about careers in law on Friday.', None),
]

PROBES = COURTS + DATELINES + BOROUGHS + STORY_TOWN + HOME_TOWNS + HOSPITALS + TITLES + CAPITALS + NO_EVENT


@pytest.mark.parametrize(("title", "text", "expected"), PROBES)
def test_court_place(extractor, title, text, expected):
    check_place(extractor, title, text, expected)
