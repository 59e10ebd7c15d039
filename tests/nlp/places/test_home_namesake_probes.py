"""A probe of a town's namesake in the report's own country, written before the rules it led to.

Invented local reports at real towns whose names a bigger town abroad shares (Bangor, Durham, Cambridge,
Carlisle, Reading, Plymouth, Exeter, Windsor...). A careful reader takes the namesake in the country the
rest of the report speaks of (a sheriff, a district attorney, state police, troopers, a county, dollars)
and, when the report names a state or its towns, the namesake in that state; the town abroad only when
the report itself is from there (its police force, a pound sum, "Wales", "County Down"). A district or
borough followed by its city ("Tottenham, north London", "Dorchester, Boston") is the district, in that
city's country. About a third are look-alikes that report no event at all.

Each row: (headline or None, text, expected) with expected as in ``probe_check.check_place``. Rows a
later round may fix are marked xfail.
"""

from __future__ import annotations

import pytest

from tests.nlp.places.probe_check import check_place

# a bare town, and only the report's police, courts or money to say which country it is in
HOME_COUNTRY = [
    (None, 'A Bangor man was arrested Friday after he stabbed his neighbor during an argument, the Penobscot County Sheriff\'s Office said.', ('USA', 'US-ME', None)),
    (None, 'A Bangor woman was charged with assault after she punched a police officer outside a bar in Bangor, the district attorney said.', ('USA', None, 'Bangor')),
    (None, 'State police arrested a man on Saturday after a shooting at a gas station in Carlisle.', ('USA', None, 'Carlisle')),
    (None, 'A man was shot and wounded in Durham on Sunday night, the sheriff\'s office said.', ('USA', None, 'Durham')),
    (None, 'Police arrested a man on Tuesday after a stabbing at a strip mall in Windsor, the county sheriff said.', ('USA', None, 'Windsor')),
    pytest.param(None, 'A man was charged with murder on Monday after a woman was found stabbed in Cambridge, the Middlesex District Attorney said.', ('USA', 'US-MA', 'Cambridge'), marks=pytest.mark.xfail(strict=False)),
    (None, 'Deputies shot a man who opened fire on them in Exeter on Friday, the county sheriff said.', ('USA', None, 'Exeter')),
    (None, 'A teenager was stabbed at a high school in Plymouth on Monday, the district attorney\'s office said.', ('USA', None, 'Plymouth')),
    (None, 'A man was shot dead outside a bar in Bristol on Saturday, state police said.', ('USA', None, 'Bristol')),
    (None, 'Sheriff\'s deputies arrested a man after a robbery at a convenience store in Lancaster on Tuesday.', ('USA', None, 'Lancaster')),
    (None, 'A man was shot in the leg in Worcester on Sunday, the district attorney said.', ('USA', None, 'Worcester')),
    (None, 'A man was stabbed outside a diner in Dover on Sunday, state police said.', ('USA', None, 'Dover')),
    (None, 'Troopers arrested a man in Reading after a chase that ended in a crash, the state police said.', ('USA', None, 'Reading')),
    (None, 'A man was shot at an apartment complex in Kent on Friday, the King County Sheriff\'s Office said.', ('USA', 'US-WA', 'Kent')),
    pytest.param(None, 'A gunman robbed a bank in Salisbury on Tuesday and fled with $4,000, the sheriff\'s office said.', ('USA', None, 'Salisbury'), marks=pytest.mark.xfail(strict=False)),
    (None, 'A man was charged with assault after a brawl at a bar in Hamilton, the Butler County prosecutor said.', ('USA', None, 'Hamilton')),
    (None, 'Police in Oxford arrested a student on Saturday after a stabbing near campus, the county sheriff said.', ('USA', None, 'Oxford')),
    (None, 'A deputy was shot during a traffic stop in Newport on Thursday, the sheriff said.', ('USA', None, 'Newport')),
]

# the report names a state, or towns of one state: the namesake in that state
OTHER_TOWNS = [
    (None, 'A man was shot in Springfield on Friday. He was taken to a hospital in Eugene, police said.', ('USA', 'US-OR', 'Springfield')),
    (None, 'Two men were stabbed in Springfield on Sunday, police said. Both were taken to a hospital in Decatur.', ('USA', 'US-IL', 'Springfield')),
    (None, 'A man was shot in Columbus on Saturday; the suspect was caught hours later in Macon.', ('USA', 'US-GA', 'Columbus')),
    (None, 'Police arrested a man after a stabbing in Portland on Friday. He had driven down from Lewiston and Augusta.', ('USA', 'US-ME', 'Portland')),
    (None, 'A woman was shot dead in Bangor on Saturday, the Maine State Police said.', ('USA', 'US-ME', 'Bangor')),
    (None, 'A Pennsylvania man was arrested after a shooting in Lancaster on Friday.', ('USA', 'US-PA', 'Lancaster')),
    (None, 'New Hampshire State Police said a man was stabbed in Exeter on Sunday.', ('USA', 'US-NH', 'Exeter')),
    (None, 'A man was shot in Durham on Friday and taken to a hospital in Raleigh, police said.', ('USA', 'US-NC', 'Durham')),
]

# the town abroad is right: the report is from there
ABROAD = [
    (None, 'Two men were stabbed outside a pub in Bangor, north Wales, on Saturday, North Wales Police said.', ('GBR', None, 'Bangor')),
    (None, 'A man was stabbed in Bangor, County Down, on Friday night, police in Northern Ireland said.', ('GBR', None, 'Bangor')),
    (None, 'Police arrested a man after a stabbing near the cathedral in Durham, Durham Constabulary said.', ('GBR', None, 'Durham')),
    (None, 'A man was stabbed in Cambridge on Saturday, Cambridgeshire Police said.', ('GBR', None, 'Cambridge')),
    (None, 'A teenager was stabbed in Reading town centre on Friday, Thames Valley Police said.', ('GBR', None, 'Reading')),
    pytest.param(None, 'A man was stabbed in Plymouth on Saturday, Devon and Cornwall Police said.', ('GBR', None, 'Plymouth'), marks=pytest.mark.xfail(strict=False)),
    (None, 'An American tourist was stabbed during a robbery in Bristol, England, on Saturday.', ('GBR', None, 'Bristol')),
    (None, 'A robber stabbed a shopkeeper in Exeter and escaped with £3,000, police said.', ('GBR', None, 'Exeter')),
]

# a district followed by its city is the district
DISTRICTS = [
    (None, 'Two teenagers were stabbed in Tottenham, north London, on Friday night, the Metropolitan Police said.', ('GBR', None, 'Tottenham')),
    (None, 'A man was shot dead in Peckham, south London, on Sunday.', ('GBR', None, 'Peckham')),
    (None, 'Three people were wounded in a shooting in Brooklyn, New York, on Saturday.', ('USA', 'US-NY', 'Brooklyn')),
    (None, 'Rioters set cars on fire in Neukölln, Berlin, on New Year\'s Eve.', ('DEU', None, 'Neuk')),
    pytest.param(None, 'A man was stabbed in Leith, Edinburgh, on Saturday night.', ('GBR', None, 'Leith'), marks=pytest.mark.xfail(strict=False)),
    (None, 'A man was shot in Dorchester, Boston, on Sunday, police said.', ('USA', 'US-MA', 'Dorchester')),
    (None, 'A woman was shot in Germantown, Philadelphia, on Tuesday night.', ('USA', 'US-PA', 'Germantown')),
    (None, 'A man was stabbed in Richmond, south-west London, on Thursday.', ('GBR', None, 'Richmond')),
    (None, 'A man was shot outside a club in Hollywood, Los Angeles, early Sunday.', ('USA', 'US-CA', 'Hollywood')),
]

NO_EVENT = [
    (None, 'A Bangor man won the state lottery on Tuesday, officials said.', None),
    (None, 'Hornsey, north London, is getting a new library next year.', None),
    (None, 'The borough president of Brooklyn, New York, opened a new park on Monday.', None),
    (None, 'A Durham woman was honored by the county sheriff for her volunteer work.', None),
    (None, 'State police will hold a job fair in Carlisle next week.', None),
    (None, 'Tottenham, north London, celebrated its football team\'s win on Sunday.', None),
    (None, 'A Cambridge lawyer was sworn in as the new district attorney on Monday.', None),
    (None, 'Peckham, south London, hosted a street food festival on Saturday.', None),
    (None, 'A Worcester firm was fined $20,000 by the state for late tax filings.', None),
    (None, 'The neighborhood association of Dorchester, Boston, elected a new chair.', None),
    (None, 'A Plymouth family flew to Bangor, Wales, to visit relatives for the holidays.', None),
    (None, 'The sheriff of Lancaster County retired on Friday after 30 years.', None),
]

PROBES = HOME_COUNTRY + OTHER_TOWNS + ABROAD + DISTRICTS + NO_EVENT


@pytest.mark.parametrize(("title", "text", "expected"), PROBES)
def test_home_namesake_place(extractor, title, text, expected):
    check_place(extractor, title, text, expected)
