"""Who says so in police, court and crime news, probed: invented sentences of local crime and court reporting,
each with the claimants a careful coder gives the record of the family named (``None``: no record at all), on the
record whose evidence holds ``key``. Each wanted claimant is a tuple of names any one of which will do, as the
gold's alternatives are. The forms: an officer quoted after a colon ("Detective Sergeant X, from Y CID, said:"),
a document speaking for its issuer ("according to police reports", "court documents say"), a sheriff who "told
the Gazette", a prosecutor who "told the jury"; and the look-alikes that give no claimant: a judge who sentences
(the actor of a court act), a pastor, neighbour or relative speaking of grief or character, a spokesman who
declines to comment. Names of people are made up; towns are real only so that the gazetteer knows them."""

from __future__ import annotations

import pytest

from tests.nlp.claims_probe_check import probe_record

XFAIL = pytest.mark.xfail(strict=False)

PROBE = [
    # --- an officer quoted after a colon: title + name + unit
    ('A man was stabbed outside a pub in Harlow on Saturday night. Detective Sergeant Ana Ruiz, from Harlow CID, said: '
     '"The victim was attacked without warning and is lucky to be alive."', 'attack', [('Ana Ruiz',)], ''),
    ('Inspector Carl Moss, of Basildon police, said: "Two men have been arrested after a man was beaten with a '
     'baseball bat in Basildon on Tuesday."', 'arrest', [('Carl Moss',)], ''),
    # --- a document speaks for its issuer
    ('A Dayton man shot his neighbor twice during an argument over a fence on Sunday, according to police reports.',
     'attack', [('police reports', 'police')], ''),
    ('According to a criminal complaint, Jon Vail robbed a bank on Main Street in Akron at gunpoint on Tuesday.',
     'attack', [('criminal complaint',)], ''),
    ('Court documents say the woman stabbed her boyfriend in the neck during a fight in their Toledo apartment on '
     'March 3.', 'attack', [('Court documents',)], ''),
    ('An affidavit states that the suspect fired three shots into a car outside a Flint gas station on Friday.',
     'attack', [('affidavit',)], ''),
    ('The man was arrested on Monday and charged with burglary, according to jail records.', 'arrest',
     [('jail records',)], ''),
    ('According to the arrest report, deputies found the man hiding in a shed behind the house and took him into '
     'custody Tuesday.', 'arrest', [('arrest report',)], ''),
    pytest.param('Court records show Tim Harl, 34, was charged Thursday with aggravated assault after a fight '
                 'at a bar in Macon.', 'arrest', [('Court records',)], '', marks=XFAIL),
    pytest.param('A police report says the officer was punched in the face while arresting the man on '
                 'Saturday.', 'attack', [('police report',)], 'punched', marks=XFAIL),
    # --- a sheriff told the newspaper
    ('Sheriff Tom Bell told the Gazette that deputies arrested two men after a shooting at a party near Odessa on '
     'Saturday.', 'arrest', [('Tom Bell',)], ''),
    ('Two men were arrested after a shooting at a party near Odessa on Saturday, Sheriff Tom Bell told the Gazette.',
     'arrest', [('Tom Bell',)], ''),
    ('"He fired at the deputies as they walked up to the house," Sheriff Tom Bell told the Gazette. The man was '
     'wounded and arrested on Saturday.', 'attack', [('Tom Bell',)], ''),
    # --- a district attorney's office, prosecutors
    ("The district attorney's office said in a release that Ray Colt, 22, was charged Wednesday with attempted murder "
     'in the shooting of a clerk in Utica.', 'arrest', [("district attorney's office", 'district attorney')], ''),
    ('A Utica man was charged Wednesday with attempted murder in the shooting of a store clerk, the district '
     "attorney's office said in a news release.", 'arrest', [("district attorney's office", 'district attorney')], ''),
    ('Prosecutors said the man shot the clerk twice during a robbery at a Utica store on Monday.', 'attack',
     [('Prosecutors',)], ''),
    ('Assistant District Attorney Karen Lowe told the jury that the defendant shot the victim three times outside a '
     'Macon nightclub in May 2024.', 'attack', [('Karen Lowe',)], ''),
    ('Prosecutor Sam Reyes told jurors the man beat his cousin to death with a hammer in a Tulsa apartment last year.',
     'attack', [('Sam Reyes',)], ''),
    # --- a police chief or officer said officers found
    ('Police Chief Dana Holt said officers found a man with a gunshot wound to the head inside a home on Pine Street '
     'on Sunday.', 'attack', [('Dana Holt',)], ''),
    pytest.param('Lt. Mike Soto said officers found the victim stabbed several times in a parking lot early '
                 'Friday.', 'attack', [('Mike Soto',)], '', marks=XFAIL),
    ('Officers found a woman with stab wounds in a parking lot early Friday, said Lt. Mike Soto, a police spokesman.',
     'attack', [('Mike Soto',)], ''),
    ('Capt. Lee Hart of the Macon Police Department said the two men were arrested after a chase on Thursday.',
     'arrest', [('Lee Hart',)], ''),
    ('According to Sheriff Pat Dunn, the man shot his wife at their home outside Lufkin on Monday.', 'attack',
     [('Pat Dunn',)], ''),
    pytest.param('A spokeswoman for the county jail, Amy Frost, said the inmate attacked a guard with a '
                 'sharpened toothbrush on Wednesday.', 'attack', [('Amy Frost',)], '', marks=XFAIL),
    ('Investigators believe the woman was killed by her former boyfriend on Sunday, Sgt. Ron Vance said.', 'attack',
     [('Ron Vance',)], ''),
    # --- police / agency said
    ('A Waco man was arrested Saturday on charges that he shot a neighbor during a dispute, police said.', 'arrest',
     [('police',)], 'arrested'),
    ('Deputies said the man fired at them from a truck before he was shot and wounded near Abilene on Friday.',
     'attack', [('Deputies',)], ''),
    ('Police say the suspect robbed the clerk at knifepoint on Sunday and fled on a bicycle.', 'attack',
     [('Police',)], ''),
    ('A state trooper was shot during a traffic stop on Interstate 40 near Amarillo early Sunday, the Texas '
     'Department of Public Safety said.', 'attack', [('Department of Public Safety',)], ''),
    ('The Harlow man was convicted of murder on Friday, the Crown Prosecution Service said.', 'arrest',
     [('Crown Prosecution Service',)], ''),
    ('The man, 41, was remanded in custody when he appeared before Chelmsford magistrates on Monday charged with '
     'attempted murder, Essex Police said.', 'arrest', [('Essex Police',)], ''),
    pytest.param('A man who police say shot two people at a Dothan bar on Saturday was arrested on Monday.',
                 'attack', [('police',)], 'shot', marks=XFAIL),
    ('The man was charged with assault after a fight in a Tulsa bar on Sunday, police said. His attorney, Ben Ruiz, '
     'said his client was innocent.', 'arrest', [('police',)], ''),
    # ===== a judge who orders is the actor of the court act, not its claimant
    ('Judge Helen Marsh sentenced Carl Boyd to 12 years in prison on Tuesday for the armed robbery of a pharmacy.',
     'arrest', [], ''),
    ('Circuit Judge Alan Kerr ordered the man held without bond on Monday after he was charged in the shooting death '
     'of his brother.', 'arrest', [], ''),
    ('A judge on Thursday sentenced a Macon man to life in prison for killing two people in a robbery.', 'arrest',
     [], 'sentenced'),
    # ===== the reporter's own voice
    ('A 19-year-old man was charged Friday with murder in the shooting death of a Dothan teenager.', 'arrest', [], ''),
    ('Deputies arrested a woman on Tuesday after she stabbed her husband at their home near Waco.', 'arrest', [],
     'arrested'),
    # ===== grief and character: pastor, neighbour, family, mayor
    ('A man was shot dead outside his home in Joplin on Sunday. "He was a kind man who loved his children," said his '
     'pastor, the Rev. John Ames.', 'attack', [], ''),
    ('A man was shot dead outside his home in Joplin on Sunday. Neighbor Lisa Crane said he was quiet and always '
     'waved.', 'attack', [], ''),
    ('A woman was stabbed to death in her Kokomo apartment on Monday. Her family said in a statement that they were '
     'heartbroken and asked for privacy.', 'attack', [], ''),
    ('A teenager was shot and killed in Paducah on Saturday. "Our hearts are broken," his mother, Rita Lane, told '
     'reporters.', 'attack', [], ''),
    ("Police arrested a man on Friday in the killing of a Tupelo store owner. The victim's brother said the family "
     'was relieved.', 'arrest', [], 'arrested'),
    ('A man was shot and killed in a Dothan parking lot on Saturday. "It is a terrible loss for our community," Mayor '
     'Ann Cole said.', 'attack', [], ''),
    # ===== no comment is no claim
    ('A man was arrested Tuesday after a stabbing at a Muskogee bar. A police spokesman declined to comment.',
     'arrest', [], 'arrested'),
    ("A man was arrested Tuesday after a stabbing at a Muskogee bar. The sheriff's office did not return calls "
     'seeking comment.', 'arrest', [], 'arrested'),
    ('A man was arrested Tuesday after a stabbing at a Muskogee bar. His lawyer could not be reached for comment.',
     'arrest', [], 'arrested'),
    ('Two men were charged with robbery in Macon on Friday. The district attorney declined to say whether more '
     'arrests were expected.', 'arrest', [], 'charged'),
    # ===== stories: an officer's quote that tells the deed again, a later sentence on the arrest
    ('A Harlow man who stabbed a woman he knew has been jailed for ten years. The 52-year-old victim was stabbed '
     'several times by Lee Dale at her home in Harlow on Friday, March 3. Detective Sergeant Ana Ruiz, from Harlow '
     'CID, said: "Dale launched a vicious attack on his victim."', 'attack', [('Ana Ruiz',)], 'stabbed several'),
    ('Harlow police arrested a 33-year-old man on Monday on a charge of robbery. He appeared before magistrates on '
     'Tuesday and was remanded in custody. Detective Sergeant Ana Ruiz said the man was arrested without a '
     'struggle.', 'arrest', [('Ana Ruiz',)], 'arrested a 33'),
    ('A police officer was shot dead in Banbridge on Monday. At his funeral, the parish priest, Father Tom Kerr, '
     'told mourners the killing was meant to wreck the peace.', 'attack', [], ''),
    ('A man was stabbed to death in Macon on Sunday. "He would give you the shirt off his back," his uncle, Roy '
     'Pike, said.', 'attack', [], ''),
    # ===== no event at all
    ('Police Chief Dana Holt said the department would hire 12 new officers next year.', None, [], ''),
    ('The district attorney said her office was reviewing its policy on cash bail.', None, [], ''),
    ('Court documents show the couple filed for divorce in 2022.', None, [], ''),
    ('Sheriff Tom Bell told the Gazette that burglaries in the county had fallen by a third.', None, [], ''),
    ('According to police, the crash happened when the driver lost control on a wet road.', None, [], ''),
    ('The judge said she would rule on the motion next month.', None, [], ''),
]


def _names_match(got: list[str], want: list[tuple[str, ...]]) -> bool:
    """As the scorer matches claimants: one name contained in the other, case aside, one found per wanted."""
    names = [g.lower() for g in got]
    found = [any(a.lower() in n or n in a.lower() for a in alts for n in names) for alts in want]
    return len(names) == len(want) and all(found)


@pytest.mark.parametrize("text,fam,claimants,key", PROBE)
def test_who_says_so_in_crime_news(extractor, text, fam, claimants, key):
    record = probe_record(extractor, text, fam, key)
    if record is not None:
        assert _names_match([c.claimant.name for c in record.claims], claimants)
