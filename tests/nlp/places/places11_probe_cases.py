"""A probe of the event's place on the map (places round 11), written before the rules it led to: invented
incidents at real towns, in the ways reporters name a place that is not the scene or name the scene so that a
namesake could be taken for it: a dateline town as the only place, a US town that shares its name with a
capital abroad, a town resolved by a state named beside it or later, a street, county or neighbourhood with
its city, a country named only as a side ("Russian forces"), the scene named a sentence before the act, and a
place that is only where a person is from, buried, tried or held. About a third are look-alikes with no
event, or an event at another place than the one a quick reader would take.

Each row: (text, expected) as ``check_places`` in ``test_wire_place_probes`` reads it: None when no placed
record may come out, else a list of (country, region code or None, part of the place's name, or None; "-"
for a country-wide record).
"""

from __future__ import annotations

# the dateline town is the scene when the text names no other
DATELINES = [
    ('ROCHESTER, Minn. (AP) — A man was stabbed to death outside an apartment building early Saturday, police said.', [('USA', 'US-MN', 'Rochester')]),
    ('PORTLAND, Maine — Police arrested two men Tuesday after a convenience store clerk was robbed at gunpoint.', [('USA', 'US-ME', 'Portland')]),
    ('ATHENS, Ga. (AP) — A college student was shot and wounded near campus on Friday night, police said.', [('USA', 'US-GA', 'Athens')]),
    ("PARIS, Texas — A sheriff's deputy was shot during a traffic stop on Sunday, authorities said.", [('USA', 'US-TX', 'Paris')]),
    ('LEBANON, Pa. — Two men were shot outside a tavern on Monday night, police said.', [('USA', 'US-PA', 'Lebanon')]),
    ('LONDON, Ontario — A man was stabbed outside a bar downtown early Sunday, police said.', [('CAN', None, 'London')]),
    ('KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a crowded market on Tuesday, killing at least 12 people, medics said.', [('SDN', None, 'Khartoum')]),
]

# a US town that shares its name with a capital or a bigger town elsewhere, settled by its state
NAMESAKES = [
    ('Police in Moscow, Idaho, arrested a man Thursday in the stabbing of a bartender.', [('USA', 'US-ID', 'Moscow')]),
    ('A man was shot and killed in Berlin, New Hampshire, on Saturday, state police said.', [('USA', 'US-NH', 'Berlin')]),
    ('A gunman wounded two people at a diner in Delhi, New York, on Friday, troopers said.', [('USA', 'US-NY', 'Delhi')]),
    ('A police officer was shot and wounded Tuesday in Cairo, Illinois, during a foot chase.', [('USA', 'US-IL', 'Cairo')]),
    ('A man was arrested Wednesday after a woman was stabbed at an office park in Dublin, Ohio.', [('USA', 'US-OH', 'Dublin')]),
    ('Two people were shot Saturday night at a house party in Lima, Ohio, police said.', [('USA', 'US-OH', 'Lima')]),
    ('A teenager was shot and killed Friday in Columbus, Georgia, police said.', [('USA', 'US-GA', 'Columbus')]),
    ('Two people were killed in a shooting at a house party in Kansas City, Kansas, on Sunday.', [('USA', 'US-KS', 'Kansas City')]),
    ('Police in Springfield said a man was shot and killed outside a convenience store on Monday. It was the western Massachusetts city\'s tenth homicide this year.', [('USA', 'US-MA', 'Springfield')]),
    ('SPRINGFIELD, Mo. — Police said a woman was shot in the leg Monday at a home on the north side.', [('USA', 'US-MO', 'Springfield')]),
]

# a street, county or neighbourhood with its city
STREETS = [
    ('A man was shot on Peachtree Street in Atlanta early Sunday, police said.', [('USA', 'US-GA', 'Atlanta')]),
    ('Gunmen opened fire on a crowd in the Bronx on Saturday night, wounding four people.', [('USA', 'US-NY', None)]),
    ('A woman was stabbed Friday in the Logan Square neighborhood of Chicago, police said.', [('USA', 'US-IL', None)]),
    ('A Harris County deputy was shot and killed Tuesday during a traffic stop in Houston.', [('USA', 'US-TX', 'Houston')]),
    ('A deputy shot a man during a struggle Tuesday in rural Polk County, Florida, the sheriff said.', [('USA', 'US-FL', 'Polk')]),
    ('A woman was found stabbed in her home in the Germantown section of Philadelphia on Monday.', [('USA', 'US-PA', None)]),
]

# a country named as a side, the scene elsewhere
SIDES = [
    ('Russian forces shelled the city of Kherson on Tuesday, killing two civilians, Ukrainian officials said.', [('UKR', None, 'Kherson')]),
    ('The Iraqi government said its troops killed five militants in an air strike near Kirkuk on Monday.', [('IRQ', None, 'Kirkuk')]),
    ('Israeli aircraft struck a building in southern Lebanon on Wednesday, the Lebanese army said.', [('LBN', None, None)]),
    ('Turkish drones hit a vehicle near Qamishli in northeastern Syria on Sunday, killing three people.', [('SYR', None, 'Qamishli')]),
    ('An American aid worker was kidnapped in Niger on Friday, U.S. officials said.', [('NER', None, None)]),
    ('Pakistani troops killed four militants in a raid in the Khyber district on Thursday, the army said.', [('PAK', None, None)]),
    ('Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday.', [('PHL', None, None)]),
]

# the scene in an earlier sentence, the act told later
EARLIER = [
    ('Police were called to a bar on Main Street in Bozeman just after midnight. The shooting left one man dead and another wounded.', [('USA', 'US-MT', 'Bozeman')]),
    ('An explosion ripped through a fuel depot outside Kano on Monday. The blast killed at least six workers, officials said.', [('NGA', None, 'Kano')]),
    ('Officers went to a home in Lubbock on Friday after a neighbor heard screams. They found a woman stabbed to death in the kitchen.', [('USA', 'US-TX', 'Lubbock')]),
]

# where a person is from, buried, tried or held, not where the act was
PERSONS = [
    ('A man from Toledo was arrested in Dearborn, Michigan, on Monday in connection with a string of robberies.', [('USA', 'US-MI', 'Dearborn')]),
    ('Dubuque man charged in Cedar Rapids robbery\n\nA Dubuque man was charged Friday with robbing a pharmacy in Cedar Rapids, police said.', [('USA', 'US-IA', 'Cedar Rapids')]),
    ('A Las Cruces man was sentenced Tuesday in federal court in Albuquerque to 20 years in prison for a kidnapping.', [('USA', 'US-NM', 'Albuquerque')]),
    ('A Yakima woman was stabbed Saturday at a rest stop near Ellensburg, the state patrol said.', [('USA', 'US-WA', 'Ellensburg')]),
    ('A Marine from Abilene was killed Sunday in a bombing in Kandahar, the military said.', [('AFG', None, 'Kandahar')]),
]

# look-alikes: no event, or none at a place
LOOKALIKES = [
    ('BOSTON — The mayor said Tuesday the city would hire 200 more police officers next year.', None),
    ('ROME, Ga. — The city council voted Monday to raise water rates by 4 percent.', None),
    ('A Cleveland man who served in Iraq spoke to students Friday about his years in the Army.', None),
    ('A Yakima native who plays for the Seattle Seahawks donated 300 turkeys to a food bank on Tuesday.', None),
    ('SALEM, Ore. — Lawmakers on Thursday passed a bill that raises the penalty for assaulting a nurse.', None),
    ('Lowell police will begin wearing body cameras next month, the chief said Tuesday.', None),
    ('A man convicted of a murder in Spokane was moved Monday to the state prison in Walla Walla.', None),
    ('Residents of Mosul marked the anniversary of the city\'s recapture on Friday with music in the streets.', None),
    ('PARIS (AP) — The French government said Monday it would send 50 more military trainers to Ukraine next year.', None),
    ('A Fargo couple who won the state lottery said Wednesday they would give half to their church.', None),
    ('The Georgia Bulldogs beat Auburn 31-10 in Athens on Saturday.', None),
    ('DENVER — A snowstorm closed Interstate 70 west of the city on Sunday, stranding hundreds of drivers.', None),
]

PROBES = DATELINES + NAMESAKES + STREETS + SIDES + EARLIER + PERSONS + LOOKALIKES
