"""Who says so in local, court and wire news, second pass, probed: invented sentences, each with the claimants a
careful coder gives the record of the family named (``None``: no record at all), on the record whose evidence
holds ``key``. Each wanted claimant is a tuple of names any one of which will do, as the gold's alternatives are;
a document speaking stands for its author, so both are accepted. The forms: a document as the source ("the arrest
report says", "court records show", "the indictment alleges", "the judge's order says"), a speaker named in full
and quoted on by surname (one claimant, not two), a speaker given with his office, a victim or witness who "told
officers", an official who asked not to be named, "another official said", an organisation's statement, an
agency's "said" told once at the end of a story for all its acts. The look-alikes: documents and speakers that
tell no event, a quote about another event in the paragraph (a funeral, a council vote), an officer who is the
actor, a court act in the reporter's voice. Names of people are made up; towns are real only so that the
gazetteer knows them."""

from __future__ import annotations

import pytest

from tests.nlp.claims_probe_check import probe_record

XFAIL = pytest.mark.xfail(strict=False)

PROBE = [
    # --- a document speaks for its author
    ('A Reno man hit his roommate with a frying pan during an argument on Saturday, according to a police report '
     'released Monday.', 'attack', [('police report', 'police')], ''),
    ('The arrest report says deputies took the man into custody at a motel in Ocala on Friday after a brief chase.',
     'arrest', [('arrest report', 'deputies')], ''),
    ('Court records show the man was arrested in Savannah on Tuesday and charged with armed robbery.', 'arrest',
     [('Court records', 'court')], ''),
    ('The indictment says the two men stabbed a rival dealer to death outside a Memphis nightclub last June.',
     'attack', [('indictment', 'prosecutors', 'grand jury')], ''),
    ('An affidavit says that the man stabbed his cousin outside a Flint bar on Friday.', 'attack',
     [('affidavit', 'police')], ''),
    ('The indictment alleges that the two men stabbed a rival dealer to death outside a Memphis '
     'nightclub last June.', 'attack', [('indictment', 'prosecutors', 'grand jury')], ''),
    ("The judge's order says the man stabbed his former wife at her home in Lubbock on Jan. 4.",
     'attack', [("judge's order", 'judge')], ''),
    ("According to a sheriff's office report, the man fired a shotgun at his neighbor on Sunday near Tyler.",
     'attack', [("sheriff's office report", "sheriff's office")], ''),
    ('A search warrant affidavit says the suspect stabbed the man four times inside a Madison apartment on Oct. 2.',
     'attack', [('affidavit', 'police')], ''),
    ('Police records indicate officers arrested the teenager at his school in Fresno on Wednesday.', 'arrest',
     [('Police records', 'police')], ''),
    ('The complaint says Ray Dorn beat the clerk with a metal pipe during a robbery at a gas station in Joliet on '
     'Saturday.', 'attack', [('complaint', 'prosecutors')], ''),
    # (xfail: "statement" alone is no source: "a press statement said" names no one)
    pytest.param("According to the probable cause statement, the woman rammed her former boyfriend's car and then "
                 'shot at him in Wichita on Monday.', 'attack', [('probable cause statement', 'police')], '',
                 marks=XFAIL),
    ('According to the criminal complaint, officers arrested the man at a Joliet motel on Thursday with the stolen '
     'car parked outside.', 'arrest', [('criminal complaint', 'prosecutors')], ''),
    # --- named in full, then quoted on by surname: one claimant
    ('Detective Sgt. Nora Platt said the man was arrested at his home in Topeka on Monday. Platt added that he had '
     'been wanted for two weeks.', 'arrest', [('Nora Platt',)], ''),
    ('A man was shot in the arm outside a Peoria bar early Sunday. Officer Dale Quint, a police spokesman, said the '
     'victim was taken to a hospital. Quint said the shooter fled in a white car.', 'attack', [('Dale Quint',)], ''),
    ('Lt. Gary Senn of the Boise Police Department said the woman was stabbed twice in the back on Saturday. "She '
     'walked to a neighbor\'s house for help," Senn said.', 'attack', [('Gary Senn', 'Boise Police Department')], ''),
    ('Deputies arrested a man after a chase near Ocala on Friday, Sheriff Ray Lamb said. Lamb said the man rammed two '
     'patrol cars before he was caught.', 'arrest', [('Ray Lamb',)], 'arrested'),
    ('Chief Deputy Ana Vick spoke to reporters on Tuesday. Vick said deputies arrested three men in a drug raid near '
     'Pueblo on Monday.', 'arrest', [('Ana Vick',)], ''),
    # --- a speaker given with his office
    ('Trooper Ann Lee of the state Highway Patrol said a man opened fire on troopers during a traffic stop near '
     'Salina on Sunday.', 'attack', [('Ann Lee', 'Highway Patrol')], ''),
    ("Sgt. Ben Ott of the Erie County Sheriff's Office said the man was arrested Thursday on a charge of attempted "
     'murder.', 'arrest', [('Ben Ott', "Sheriff's Office")], ''),
    ('The man shot a clerk during a robbery in Lansing on Friday, said Kim Soto, a spokeswoman for the Michigan State '
     'Police.', 'attack', [('Kim Soto', 'Michigan State Police')], ''),
    ("Joe Bard, a spokesman for the Harris County Sheriff's Office, said deputies arrested the woman on Sunday.",
     'arrest', [('Joe Bard', "Sheriff's Office")], ''),
    # --- a victim's or witness's account to the officers
    # (xfail: the gold conventions name the teller of an account to the officers a claimant, beside the police
    # report; claims._testimony drops her, and letting her speak cost the real gold a false claimant where the
    # teller's words were hung on an arrest: "the victim told police ... and they were arrested")
    pytest.param('Maria Deane told officers that her boyfriend stabbed her with a kitchen knife at their home in '
                 'Fargo on Saturday.', 'attack', [('Maria Deane',)], '', marks=XFAIL),
    pytest.param('The clerk told police a man with a knife stabbed him in the arm and took cash from the register '
                 'in Akron on Tuesday.', 'attack', [('clerk',)], '', marks=XFAIL),
    pytest.param('A witness told deputies she saw the man shoot his neighbor in the yard on Sunday near Tyler.',
                 'attack', [('witness',)], '', marks=XFAIL),
    # --- an official unnamed, another official
    ('A police official who asked not to be named said the two men were arrested in Newark on Thursday.', 'arrest',
     [('police official', 'official')], ''),
    ('Two guards were stabbed by an inmate with a homemade blade at the jail in Macon on Monday, according to a jail '
     'official who spoke on condition of anonymity.', 'attack', [('jail official', 'official')], ''),
    # (xfail: the toll joins the record as a count of its own, without its speaker)
    pytest.param('A bomb hit an army truck near Kandahar on Tuesday, a provincial official said. Another official '
                 'said four soldiers were killed.', 'attack', [('provincial official',), ('official',)], '',
                 marks=XFAIL),
    # --- an organisation's statement
    ('The African Union said in a statement that its peacekeepers were attacked near Baidoa on Sunday.', 'attack',
     [('African Union',)], ''),
    ('In a statement, the Red Cross said gunmen abducted two of its staff in Goma on Friday.', 'attack',
     [('Red Cross',)], ''),
    ('The U.N. mission said in a statement on Tuesday that a rocket hit its base near Kidal.', 'attack',
     [('U.N. mission', 'UN mission')], ''),
    ("The sheriff's office said in a news release that a deputy was shot in the leg during a standoff near Lufkin "
     'on Saturday.', 'attack', [("sheriff's office",)], ''),
    # --- told once at the end of the story, for all its acts
    ("Deputies found a man with a gunshot wound at a home near Lufkin on Sunday. His stepson, 19, was arrested at "
     "the scene and charged with aggravated assault, the sheriff's office said.", 'attack', [("sheriff's office",)],
     'gunshot'),
    ("Deputies found a man with a gunshot wound at a home near Lufkin on Sunday. His stepson, 19, was arrested at "
     "the scene and charged with aggravated assault, the sheriff's office said.", 'arrest', [("sheriff's office",)],
     ''),
    # (xfail: nothing in the arrest's sentence points back at the shooting: no pronoun, no "the" noun)
    pytest.param('A clerk was shot during a robbery at a gas station in Tyler on Friday night. Officers arrested a '
                 '22-year-old man two blocks away, according to a police news release.', 'attack', [('police',)],
                 'shot', marks=XFAIL),
    # ===== a quote about another event in the paragraph
    ('Police arrested a man on Monday in the killing of a Tupelo woman. At her funeral on Saturday, the Rev. Dan Hale '
     'said she had spent her life helping others.', 'arrest', [], ''),
    ("A man was charged on Tuesday with killing his neighbor in Joplin. The neighbor's daughter said the family "
     'would attend every hearing.', 'arrest', [], ''),
    ('Two men were arrested Friday in the robbery of a Macon pharmacy. The city council voted on Monday to hire more '
     'officers, Mayor Ann Cole said.', 'arrest', [], ''),
    ("Deputies arrested a man after a stabbing near Waco on Sunday, the sheriff said. The victim's employer said the "
     'shop would stay closed for a week.', 'arrest', [('sheriff',)], ''),
    ('A man was shot dead in Dothan on Saturday. "We are praying for the family," said Pastor Lee Gray, who led a '
     'vigil on Sunday.', 'attack', [], ''),
    # ===== an officer who is the actor; a court act in the reporter's voice
    ('Trooper Ann Lee shot and wounded a man who fired at her during a traffic stop near Salina on Sunday.',
     'attack', [], ''),
    ('Sheriff Ray Lamb arrested the man himself after a chase near Ocala on Friday.', 'arrest', [], ''),
    ('A grand jury indicted the man on Thursday on a charge of murder in the shooting of a Memphis clerk.', 'arrest',
     [], 'indicted'),
    ('The judge ordered the man held without bail on Wednesday after he was charged with the stabbing of a Reno '
     'cook.', 'arrest', [], ''),
    ('Officers arrested a man on Monday after he told them he had stabbed his brother in Fresno.', 'arrest', [],
     'arrested'),
    # ===== documents, speakers and accounts that tell no event
    ('Court records show the man owes $12,000 in unpaid child support.', None, [], ''),
    ('According to the police report, the driver was not wearing a seat belt when the car hit a tree.', None, [], ''),
    ('The indictment alleges that the company overbilled the county for road repairs.', None, [], ''),
    ("The judge's order says the school board must hold a new vote by March.", None, [], ''),
    ('Detective Sgt. Nora Platt said the department had solved 40 burglaries this year. Platt added that tips from '
     'residents had helped.', None, [], ''),
    ('An official who asked not to be named said the county budget would be cut by 5 percent.', None, [], ''),
    ('The Red Cross said in a statement that blood supplies were running low ahead of the holidays.', None, [], ''),
    ('The woman told officers she had not seen her neighbor since Friday.', None, [], ''),
    ('A witness told deputies that the car ran a red light before it hit the bus.', None, [], ''),
    ("The sheriff's office said in a news release that deputies would patrol the lake on weekends.", None, [], ''),
    ('Another official said the new bridge would open in the spring.', None, [], ''),
]


def _names_match(got: list[str], want: list[tuple[str, ...]]) -> bool:
    """As the scorer matches claimants: one name contained in the other, case aside, one found per wanted."""
    names = [g.lower() for g in got]
    found = [any(a.lower() in n or n in a.lower() for a in alts for n in names) for alts in want]
    return len(names) == len(want) and all(found)


@pytest.mark.parametrize("text,fam,claimants,key", PROBE)
def test_who_says_so_second_pass(extractor, text, fam, claimants, key):
    record = probe_record(extractor, text, fam, key)
    if record is not None:
        assert _names_match([c.claimant.name for c in record.claims], claimants)
