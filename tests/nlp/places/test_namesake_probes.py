"""A probe of namesakes, written before the rules it led to: invented short reports at real towns whose
names other places share (Springfield, Portland, Jackson; Paris, Lebanon, Athens, Moscow, Dublin in the
US; London, Birmingham, Kingston, Hyderabad abroad). A careful reader takes the namesake the rest of the
report supports (a dateline's state, a state or its police named elsewhere, a demonym, a nearby town) and
the famous place only when nothing points elsewhere; a village named only by a city near it keeps that
city's country. About a third are look-alikes that report no event at all.

Each row: (headline or None, text, expected) where expected is None for no event, else (country, region
code or None, a part of the place's name or of its words as written, or None); every record the text
makes must be there. Rows a later round may fix are marked xfail.
"""

from __future__ import annotations

import pytest

from tests.nlp.places.probe_check import check_place

DATELINES = [
    (None, 'SPRINGFIELD, Mass. — A man was shot outside a bar on Main Street early Sunday, police said.', ('USA', 'US-MA', 'Springfield')),
    (None, 'PORTLAND, Maine — A man was charged with assault after a fight at a downtown bar on Friday.', ('USA', 'US-ME', 'Portland')),
    (None, 'PORTLAND, Ore. (AP) — Police fired tear gas at protesters who set a dumpster on fire Saturday night.', ('USA', 'US-OR', 'Portland')),
    (None, 'JACKSON, Miss. — A man was shot and killed at a gas station on Monday night, police said.', ('USA', 'US-MS', 'Jackson')),
    (None, 'JACKSON, Tenn. — Deputies arrested two men after a home invasion on Thursday.', ('USA', 'US-TN', 'Jackson')),
    pytest.param(None, 'AURORA, Colo. — A gunman wounded four people at a park on Sunday, police said.', ('USA', 'US-CO', 'Aurora'), marks=pytest.mark.xfail(strict=False)),
    (None, 'AURORA, Ill. — A worker opened fire at a warehouse on Friday, killing two co-workers.', ('USA', 'US-IL', 'Aurora')),
    (None, 'ROCHESTER, Minn. — A man was arrested after he stabbed his roommate, police said Tuesday.', ('USA', 'US-MN', 'Rochester')),
    (None, 'ROCHESTER, N.Y. — Three people were shot at a house party early Saturday, police said.', ('USA', 'US-NY', 'Rochester')),
    (None, 'GREENVILLE, S.C. — A deputy was shot while serving a warrant on Monday.', ('USA', 'US-SC', 'Greenville')),
    (None, 'GREENVILLE, N.C. — Police arrested a student after a shooting near campus on Friday.', ('USA', 'US-NC', 'Greenville')),
    (None, 'COLUMBIA, Mo. — A man was charged with murder on Thursday in the death of his girlfriend.', ('USA', 'US-MO', 'Columbia')),
    (None, 'WILMINGTON, Del. — Three men were wounded in a drive-by shooting on Friday night.', ('USA', 'US-DE', 'Wilmington')),
    (None, 'ARLINGTON, Texas — A man shot his neighbour during an argument over a fence, police said.', ('USA', 'US-TX', 'Arlington')),
    (None, 'ARLINGTON, Va. — Police arrested a man accused of robbing three banks in a week.', ('USA', 'US-VA', 'Arlington')),
    (None, 'CHARLESTON, W.Va. — A man was shot and killed on the West Side on Monday, police said.', ('USA', 'US-WV', 'Charleston')),
    (None, 'MANCHESTER, N.H. — A woman was stabbed at a bus stop on Thursday, police said.', ('USA', 'US-NH', 'Manchester')),
    (None, 'ATHENS, Ga. — A student was shot near campus early Saturday, police said.', ('USA', 'US-GA', 'Athens')),
    (None, 'DUBLIN, Ohio — Police arrested a man after the robbery of a bank on Tuesday.', ('USA', 'US-OH', 'Dublin')),
    (None, 'PARIS, Tenn. — A man was charged with attempted murder after shooting his brother on Sunday.', ('USA', 'US-TN', 'Paris')),
    (None, 'LEBANON, Ohio — A deputy was wounded in a shootout at a farmhouse on Friday.', ('USA', 'US-OH', 'Lebanon')),
    (None, 'ALEXANDRIA, La. — Two men were shot outside a nightclub early Sunday.', ('USA', 'US-LA', 'Alexandria')),
    (None, 'CAIRO, Ill. — A man was shot and killed on a downtown street on Saturday, police said.', ('USA', 'US-IL', 'Cairo')),
    (None, 'TOLEDO, Ohio — A gunman killed two people at a bar on Saturday, police said.', ('USA', 'US-OH', 'Toledo')),
    (None, 'BERLIN, N.H. — A prison guard was assaulted by an inmate on Friday, officials said.', ('USA', 'US-NH', 'Berlin')),
    (None, 'PALESTINE, Texas — Deputies arrested a man after a stabbing at a motel on Wednesday.', ('USA', 'US-TX', 'Palestine')),
    (None, 'LIMA, Ohio — A man was shot outside a convenience store on Monday, police said.', ('USA', 'US-OH', 'Lima')),
    (None, 'ROME, Ga. — A man was killed in a shooting at an apartment complex on Sunday.', ('USA', 'US-GA', 'Rome')),
    (None, 'BIRMINGHAM, Ala. — A man was shot and killed at a gas station on Saturday night.', ('USA', 'US-AL', 'Birmingham')),
    (None, 'KINGSTON, Jamaica — Gunmen killed five people in a shooting in a downtown community on Sunday.', ('JAM', None, 'Kingston')),
    (None, 'SAN JOSE, Costa Rica — Gunmen killed two men outside a nightclub on Saturday.', ('CRI', None, 'San Jos')),
    (None, 'GEORGETOWN, Guyana — Police shot dead two robbery suspects on Friday.', ('GUY', None, 'Georgetown')),
]

STATE_ELSEWHERE = [
    (None, 'A man was shot and killed in Springfield on Saturday night, the Illinois State Police said.', ('USA', 'US-IL', 'Springfield')),
    (None, 'A deputy shot a man during a traffic stop in Jackson on Tuesday, the Mississippi Bureau of Investigation said.', ('USA', 'US-MS', 'Jackson')),
    (None, 'Two people were killed in a shooting in Portland on Sunday. Oregon State Police are investigating.', ('USA', 'US-OR', 'Portland')),
    (None, 'A Texas man was arrested after a shooting at a restaurant in Arlington on Saturday.', ('USA', 'US-TX', 'Arlington')),
    (None, 'An Indiana State Police trooper was shot during a traffic stop near Lebanon on Monday.', ('USA', 'US-IN', 'Lebanon')),
    (None, 'Ohio police arrested a man after a standoff at a home in Lebanon on Tuesday.', ('USA', 'US-OH', 'Lebanon')),
    (None, 'A Tennessee man was arrested after a shooting at a gas station in Paris on Friday.', ('USA', 'US-TN', 'Paris')),
    pytest.param(None, 'Georgia police shot a man who fired at officers in Athens on Saturday.', ('USA', 'US-GA', 'Athens'), marks=pytest.mark.xfail(strict=False)),
    (None, 'Louisiana deputies arrested two men after a robbery in Alexandria on Wednesday.', ('USA', 'US-LA', 'Alexandria')),
    (None, 'An Idaho man was arrested after a stabbing at a bar in Moscow on Sunday, police said.', ('USA', 'US-ID', 'Moscow')),
    (None, 'Ohio authorities said a man was shot dead outside a bar in Dublin on Friday.', ('USA', 'US-OH', 'Dublin')),
    (None, 'A man was stabbed in Athens, Ohio, on Saturday, police said.', ('USA', 'US-OH', 'Athens')),
    pytest.param(None, 'A gunman wounded two people at a mall in Moscow, Idaho, on Tuesday.', ('USA', 'US-ID', 'Moscow'), marks=pytest.mark.xfail(strict=False)),
    (None, 'Police in Paris, Tennessee, arrested a man accused of setting fire to a church.', ('USA', 'US-TN', 'Paris')),
    (None, 'A man was shot in Lebanon, Pennsylvania, on Sunday night, police said.', ('USA', 'US-PA', 'Lebanon')),
    (None, 'A teenager was shot in Dublin, Georgia, on Thursday, police said.', ('USA', 'US-GA', 'Dublin')),
    (None, 'Police in Alexandria, Louisiana, said a man was shot dead at an apartment complex on Monday.', ('USA', 'US-LA', 'Alexandria')),
    (None, 'A man was stabbed at a bar in Rome, New York, on Friday, police said.', ('USA', 'US-NY', 'Rome')),
    (None, 'A man was shot at a bar in Georgetown, Texas, on Saturday.', ('USA', 'US-TX', 'Georgetown')),
    (None, 'Two people were shot in San Jose on Tuesday, California police said.', ('USA', 'US-CA', 'San Jose')),
    (None, 'A woman was shot dead in Columbus on Friday night, the 90th killing this year in the Ohio capital.', ('USA', 'US-OH', 'Columbus')),
]

NEARBY = [
    (None, 'A man was shot dead in Springfield on Saturday night. Police said the suspect fled toward Hartford, Connecticut.', ('USA', 'US-MA', 'Springfield')),
    (None, 'Two men were shot in Jackson on Sunday, a day after a shooting in nearby Memphis, Tennessee.', ('USA', 'US-TN', 'Jackson')),
    (None, 'A man was found stabbed in Alexandria on Monday, a day after a robbery in nearby Arlington, Virginia.', ('USA', 'US-VA', 'Alexandria')),
    pytest.param(None, 'Deputies shot a man in Lebanon on Tuesday after a car chase that began in Cincinnati, Ohio.', ('USA', 'US-OH', 'Lebanon'), marks=pytest.mark.xfail(strict=False)),
    pytest.param(None, 'A gunman wounded three people in Athens on Saturday. One of them was flown to a hospital in Atlanta, Georgia.', ('USA', 'US-GA', 'Athens'), marks=pytest.mark.xfail(strict=False)),
    (None, 'Two men were shot in Birmingham on Sunday, a day after a shooting in Huntsville, Alabama.', ('USA', 'US-AL', 'Birmingham')),
    (None, 'A man was shot in Paris on Sunday after an argument at a gas station. He was flown to a hospital in Dallas, Texas.', ('USA', 'US-TX', 'Paris')),
    (None, 'Gunmen attacked a checkpoint in Tripoli on Monday. Flights from Benghazi and Misrata were suspended.', ('LBY', None, 'Tripoli')),
    (None, 'A bomb exploded in Tripoli on Friday. The roads to Beirut and Sidon were closed.', ('LBN', None, 'Tripoli')),
    (None, 'Gunmen killed four people in Hyderabad on Tuesday, a day after unrest in Karachi and Sukkur.', ('PAK', None, 'Hyderabad')),
    (None, 'Police in Perth arrested a man after a stabbing in Fremantle on Saturday, Western Australia police said.', ('AUS', 'AU-WA', None)),
    (None, 'Rioters torched cars in Saint-Denis, north of Paris, on Saturday night.', ('FRA', None, 'Saint-Denis')),
    (None, 'Militants attacked a checkpoint in Hyderabad, in Sindh province, on Monday.', ('PAK', None, 'Hyderabad')),
    (None, 'Gunmen killed eight people at a party in León, Guanajuato, on Sunday.', ('MEX', None, 'Le')),
    (None, 'Police clashed with students in León, Nicaragua, on Tuesday.', ('NIC', None, 'Le')),
    (None, 'Police in London, Ontario, charged a man with murder after a woman was found stabbed in her home.', ('CAN', 'CA-ON', 'London')),
    (None, 'Police in Kingston, Ontario, arrested a man after a stabbing at a bar on Saturday.', ('CAN', 'CA-ON', 'Kingston')),
    (None, 'Gunmen attacked a bar in Valencia, in Venezuela\'s Carabobo state, killing three people.', ('VEN', None, 'Valencia')),
    (None, 'Protesters clashed with police in Córdoba, Argentina, on Wednesday.', ('ARG', None, 'rdoba')),
]

FAMOUS = [
    (None, 'Gunmen attacked a church in Alexandria, Egypt, on Sunday, killing two worshippers.', ('EGY', None, 'Alexandria')),
    (None, 'Egyptian police clashed with protesters in Alexandria on Friday.', ('EGY', None, 'Alexandria')),
    (None, 'Thousands of people marched in Paris on Saturday against the pension reform, French police said.', ('FRA', None, 'Paris')),
    (None, 'Police fired tear gas at protesters in Paris on Saturday.', ('FRA', None, 'Paris')),
    (None, 'A man stabbed two police officers in Moscow on Tuesday, Russian investigators said.', ('RUS', None, 'Moscow')),
    (None, 'Riot police fired tear gas at students in Athens on Thursday.', ('GRC', None, 'Athens')),
    (None, 'A man was shot dead in Dublin on Friday night, Irish police said.', ('IRL', None, 'Dublin')),
    (None, 'A gunman killed three people at a pub in London on Friday, the Metropolitan Police said.', ('GBR', None, 'London')),
    (None, 'A teenager was stabbed to death in Birmingham on Saturday, West Midlands Police said.', ('GBR', None, 'Birmingham')),
    (None, 'Police in Lima arrested 20 protesters on Thursday, Peruvian officials said.', ('PER', None, 'Lima')),
    (None, 'Riot police clashed with football fans in Valencia on Saturday, Spanish police said.', ('ESP', None, 'Valencia')),
    (None, 'Israeli aircraft struck targets in southern Lebanon on Monday, killing three people.', ('LBN', None, None)),
    (None, 'Clashes erupted in Hyderabad on Tuesday between rival groups, Indian police said.', ('IND', None, 'Hyderabad')),
    (None, 'Police in Perth, Scotland, arrested a man after a stabbing in the town centre.', ('GBR', None, 'Perth')),
    (None, "Mexico's president visited Paris on Tuesday for talks on trade.", ('FRA', None, 'Paris')),
]

NEAR_A_CITY = [
    (None, 'Gunmen killed three farmers in a village near Mosul on Sunday, Iraqi officials said.', ('IRQ', None, None)),
    (None, 'An air strike hit a village outside Aleppo on Monday, killing nine civilians.', ('SYR', None, None)),
    pytest.param(None, 'Gunmen raided a village near Kaduna, killing 12 people, Nigerian police said.', ('NGA', None, None)),
    (None, "Gunmen killed seven people in a village in northern Nigeria's Zamfara state.", ('NGA', 'NG-ZA', None)),
    (None, 'Troops killed four militants in a village near Peshawar on Tuesday.', ('PAK', None, None)),
    (None, 'Unknown gunmen attacked a village in central Mali on Sunday, killing 20 people.', ('MLI', None, None)),
    (None, "A drone strike killed two militants in a village in Yemen's Marib province.", ('YEM', None, None)),
    (None, 'Clashes between herders and farmers killed 14 people in a village in Plateau State.', ('NGA', 'NG-PL', None)),
    pytest.param(None, 'Rebels burned houses in a village 20 km from Bunia on Friday.', ('COD', None, None)),
]

NO_EVENT = [
    (None, 'Paris, Tennessee, will host its annual fish fry festival next week.', None),
    (None, 'The mayor of Springfield, Illinois, opened a new library on Monday.', None),
    (None, 'Athens, Georgia, was named one of the best college towns in America.', None),
    (None, 'Lebanon, Ohio, celebrates its bicentennial this year with a parade.', None),
    (None, 'Moscow, Idaho, voted to widen its bike lanes on Tuesday.', None),
    (None, 'Dublin, Ohio, hosts an Irish festival every August.', None),
    (None, 'Officials in Alexandria, Louisiana, cut the ribbon on a new hospital.', None),
    (None, 'Leaders met in Paris on Monday to discuss climate finance.', None),
    (None, 'Talks in Moscow between the two foreign ministers ended without agreement.', None),
    (None, 'Cairo, Illinois, lost a third of its population over two decades.', None),
    (None, 'Rome, Georgia, opened a new riverside park on Saturday.', None),
    (None, 'Lima, Ohio, received a federal grant to repair its water mains.', None),
    (None, 'Palestine, Texas, holds a dogwood festival every spring.', None),
    (None, 'The Athens city council approved a new budget on Thursday.', None),
    (None, 'A new bridge in Jackson, Mississippi, opened to traffic on Monday.', None),
    (None, 'London, Ontario, elected a new mayor on Monday.', None),
    (None, 'The university in Athens, Ohio, announced record enrolment.', None),
    (None, 'Troy, New York, marked the anniversary of its founding with a concert.', None),
    (None, 'Kingston, Ontario, welcomed a new hockey team on Friday.', None),
    (None, 'A film festival in Alexandria, Egypt, opened on Wednesday.', None),
    (None, 'Springfield, Missouri, is the birthplace of Route 66, historians say.', None),
    (None, 'Lebanon, Pennsylvania, is known for its smoked bologna.', None),
    (None, 'Police in Toledo, Ohio, held a job fair for new recruits.', None),
    (None, 'Berlin, New Hampshire, reopened its paper mill museum.', None),
    (None, 'The Dublin, Ohio, police department swore in six new officers.', None),
    (None, 'Georgetown, Texas, was ranked among the fastest-growing cities in America.', None),
    (None, 'Athens, Tennessee, hosted a marathon on Saturday.', None),
    (None, 'Portland, Maine, was named the best food town in New England.', None),
    (None, 'Birmingham, Alabama, unveiled a civil rights trail on Sunday.', None),
    (None, 'Delegates from Cairo, Georgia, travelled to Cairo, Egypt, for a trade fair.', None),
]

# the report's county, police or state office decides a bare namesake; towns abroad beside their neighbours
LOCAL_BODIES = [
    (None, 'A man was shot in Springfield on Friday. The shooting happened near the Chicopee line, police said.', ('USA', 'US-MA', None)),
    (None, 'Police in Springfield arrested a man after a stabbing on Saturday. Hampden County prosecutors charged him with assault.', ('USA', 'US-MA', None)),
    (None, 'A Fairfax County man was shot in Springfield on Sunday, police said.', ('USA', 'US-VA', 'Springfield')),
    (None, 'Deputies in Rapides Parish arrested a man after a shooting in Alexandria on Friday.', ('USA', 'US-LA', None)),
    (None, 'A shooting in Jackson left two people dead on Sunday, Hinds County officials said.', ('USA', 'US-MS', 'Jackson')),
    (None, 'A man was shot in Columbia on Sunday, Richland County deputies said.', ('USA', 'US-SC', 'Columbia')),
    (None, 'A man was shot in Greenville on Sunday, the Pitt County sheriff said.', ('USA', 'US-NC', 'Greenville')),
    (None, 'A man was killed in a shooting in Portland on Friday, Multnomah County officials said.', ('USA', 'US-OR', 'Portland')),
    (None, 'Gunmen killed three people in Tal Afar, west of Mosul, on Sunday.', ('IRQ', None, None)),
    (None, 'Gunmen attacked a checkpoint in Baiji, north of Tikrit, on Monday.', ('IRQ', None, None)),
    (None, "A roadside bomb killed two soldiers near Rutba in Iraq's western desert.", ('IRQ', None, None)),
    (None, 'Two soldiers were killed by a bomb in Kut, southeast of Baghdad, on Tuesday.', ('IRQ', None, 'Kut')),
    (None, 'Fighting erupted in Zinjibar, the capital of Abyan province, on Monday.', ('YEM', None, 'Zinjibar')),
    (None, 'A car bomb exploded in Khalis, a town north of Baqubah, on Friday.', ('IRQ', None, None)),
    (None, 'A bomb killed three policemen in Tuz Khurmatu on Monday, Iraqi officials said.', ('IRQ', None, None)),
    (None, 'Gunmen killed a teacher in Sinjar on Friday, Iraqi police said.', ('IRQ', None, 'Sinjar')),
    (None, 'SPRINGFIELD, Va. — A man was shot in a parking garage on Tuesday, police said.', ('USA', 'US-VA', 'Springfield')),
    (None, 'Officers shot a man in Springfield on Saturday, the Fairfax County police said.', ('USA', 'US-VA', 'Springfield')),
    pytest.param(None, 'A woman was killed in Jacksonville on Tuesday, the Duval County sheriff said.', ('USA', 'US-FL', 'Jacksonville'), marks=pytest.mark.xfail(strict=False)),
    (None, 'A man was stabbed in Kingston on Saturday, Ulster County police said.', ('USA', 'US-NY', 'Kingston')),
    (None, 'A man was shot in Franklin on Sunday, the Williamson County sheriff said.', ('USA', 'US-TN', 'Franklin')),
    (None, "Armed men attacked a village near Diffa, in Niger's southeast, on Sunday.", ('NER', None, None)),
    (None, 'A bomb exploded in Bannu on Tuesday, Pakistani police said.', ('PAK', None, 'Bannu')),
    (None, 'Gunmen stormed a hotel in Marka, south of Mogadishu, on Sunday.', ('SOM', None, None)),
    (None, 'Gunmen killed five people in Mubi, Adamawa state, on Friday.', ('NGA', None, 'Mubi')),
    (None, 'Troops killed 10 militants in Damboa on Friday, the Nigerian army said.', ('NGA', None, 'Damboa')),
    (None, 'A suicide bomber killed six people in Dikwa, Borno State, on Monday.', ('NGA', None, 'Dikwa')),
    (None, 'Rebels attacked Kaga-Bandoro on Saturday, UN officials in the Central African Republic said.', ('CAF', None, None)),
    pytest.param(None, 'Police in Salem arrested a man after a stabbing on Saturday, Essex County prosecutors said.', ('USA', 'US-MA', 'Salem'), marks=pytest.mark.xfail(strict=False)),
    (None, 'A gunman fired at officers in Salem on Friday, Oregon State Police said.', ('USA', 'US-OR', 'Salem')),
    (None, 'Kentucky State Police arrested a man after a shooting in Lexington on Saturday.', ('USA', 'US-KY', 'Lexington')),
    (None, 'Virginia State Police said a man was shot during a chase near Richmond on Sunday.', ('USA', 'US-VA', 'Richmond')),
    (None, 'A man was shot in Dover on Friday, Delaware State Police said.', ('USA', 'US-DE', 'Dover')),
    pytest.param(None, 'A trooper was wounded near Hamilton on Monday, the Ohio State Highway Patrol said.', ('USA', 'US-OH', 'Hamilton'), marks=pytest.mark.xfail(strict=False)),
    (None, 'Texas Department of Public Safety troopers arrested a man after a shooting in Paris on Friday.', ('USA', 'US-TX', 'Paris')),
    (None, 'Gunmen killed two people in Lebanon on Saturday, the Wilson County sheriff said.', ('USA', 'US-TN', 'Lebanon')),
    (None, 'A man was shot in Athens on Friday, the Limestone County sheriff said.', ('USA', 'US-AL', 'Athens')),
    (None, 'Police in Moscow arrested a student after a stabbing on Saturday, Latah County officials said.', ('USA', 'US-ID', 'Moscow')),
    (None, 'The Texas Department of Transportation will repave the main road through Paris next spring.', None),
    (None, 'The Ohio State Highway Patrol opened a new post near Lebanon on Monday.', None),
    (None, 'Kentucky State Police recruits toured the old courthouse in Athens on Friday.', None),
]

PROBES = DATELINES + STATE_ELSEWHERE + NEARBY + FAMOUS + NEAR_A_CITY + NO_EVENT + LOCAL_BODIES


@pytest.mark.parametrize(("title", "text", "expected"), PROBES)
def test_namesake_place(extractor, title, text, expected):
    check_place(extractor, title, text, expected)
