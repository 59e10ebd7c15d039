"""The missed-events probe: invented reports whose act is named the way reporters name it (a noun, a
phrasal verb, a passive with no doer, a court step, a statement with no obvious verb), beside look-alikes
that report no event. Each row gives the event families a careful coder records; the rows sitrep does
not read right yet are marked.
"""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.records import Article

# (text, the event families it makes; a family ending in "?" may come or not)
CASES = [
    # acts named by a noun
    ("The slaying of a gas station clerk on Tuesday night has shaken the town of Millbrook.", "attack"),
    ("Police are investigating the fatal stabbing of a 34-year-old man outside a bar on Saturday.", "attack"),
    ("The hostage-taking at the bank on Elm Street ended on Monday when officers stormed the building.", "attack"),
    ("Detectives said the shooting on Maple Avenue early Sunday left two men wounded.", "attack"),
    ("The abduction of two aid workers near the border on Thursday drew wide condemnation.", "attack statement?"),
    ("A brawl involving dozens of fans broke out at the stadium on Saturday, and two officers were hurt.", "attack"),
    ("Police arrested one man as they broke up a bar brawl early Sunday.", "arrest attack?"),
    ("Two men were hurt in a brawl outside a nightclub early Sunday.", "attack"),
    # acts named by a phrasal verb
    ("Gunmen opened fire on a minibus carrying farm workers on Monday, killing four.", "attack"),
    ("The suspect turned himself in to police on Tuesday, a day after the robbery.", "arrest attack?"),
    ("Deputies took the driver into custody after a brief chase on Friday.", "arrest"),
    ("A man was gunned down outside his home in Millbrook on Tuesday night.", "attack"),
    ("Troops rounded up dozens of villagers in a dawn raid on Wednesday.", "attack arrest?"),
    ("Rebels carried out an ambush on an army convoy on Sunday, killing six soldiers.", "attack"),
    # passives with no doer
    ("A 22-year-old man was taken into custody on Sunday in connection with the robbery.", "arrest attack?"),
    ("A man was found shot to death in his car on Monday morning.", "attack"),
    ("A woman was found beaten in her apartment on Friday, police said.", "attack"),
    ("Deputies found a hiker beaten and robbed beside the trail on Sunday.", "attack"),
    ("Two journalists were detained at the airport on Wednesday.", "arrest"),
    ("A teenager was stabbed outside a convenience store late Saturday.", "attack"),
    ("Two aid workers were kidnapped near the border on Thursday.", "attack"),
    # court steps
    ("The suspect was ordered held without bail on Thursday.", "arrest"),
    ("The driver is being held on $20,000 bond at the county jail.", "arrest"),
    ("A grand jury indicted the man on murder charges on Monday.", "arrest"),
    ("A jury convicted the former treasurer of embezzlement on Thursday.", "arrest"),
    ("The judge sentenced him to 12 years in prison on Friday.", "arrest"),
    ("He pleaded guilty on Tuesday to two counts of armed robbery.", "arrest"),
    ("The man was booked into the county jail on Monday on a burglary charge.", "arrest"),
    ("The judge set sentencing for June 30 after the verdict on Wednesday.", "arrest"),
    # statements and diplomatic acts with no obvious verb
    ("The foreign minister on Tuesday dismissed the claims as baseless propaganda.", "statement"),
    ("The ministry rejected the reports of troop movements as a fabrication on Monday.", "statement"),
    ("The president on Tuesday dismissed the claims that his aides had taken bribes as ridiculous.", "statement"),
    ("The State Department on Monday dismissed the general's speech as empty rhetoric.", "statement"),
    ("Minister slams rebels over attack on aid convoy", "statement attack?"),
    ("The president warned on Sunday of serious consequences if the shelling continued.", "statement attack?"),
    ("The government on Monday demanded that its neighbour withdraw its troops from the border.", "diplomacy"),
    ("The president spoke by telephone with his French counterpart on Wednesday.", "diplomacy"),
    ("The Kenyan and Ugandan presidents held a phone call on Tuesday to discuss the crisis.", "diplomacy"),
    ("The prime minister accused the rebels on Friday of using civilians as human shields.", "statement"),
    ("Britain and France on Sunday rejected the Northland peace plan as unacceptable.", "diplomacy"),
    ("The foreign minister signed a trade agreement with his Canadian counterpart on Wednesday.", "diplomacy"),
    # movement of forces
    ("The army deployed 5,000 more troops to the border on Monday.", "military"),
    ("Troops began pulling out of the disputed province on Friday.", "territory military?"),
    ("Ethiopia began pulling its troops out of Somalia on Friday.", "territory"),
    ("Kenya will start withdrawing its soldiers from Somali territory next week, the government said on Monday.",
     "territory"),
    ("Rebels seized control of the town of Sangar on Friday.", "territory attack?"),
    # look-alikes that report no event
    ("The slaying of the dragon is the high point of the school play.", ""),
    ("The museum took custody of the documents on Monday.", ""),
    ("A standoff in budget talks has delayed the new school year.", ""),
    ("The department store's opening fire sale drew crowds on Saturday.", ""),
    ("The coach turned in his resignation on Friday.", ""),
    ("The company was ordered to pay $2 million in damages on Tuesday.", ""),
    ("The court dismissed the lawsuit as groundless on Monday.", ""),
    ("The bank withdrew its funds from the Somali venture on Friday.", ""),
    ("She pulled a coin out of her pocket and paid the driver.", ""),
    ("The singer dismissed rumours of a breakup as nonsense.", ""),
    ("Firefighters found that the fire started in the kitchen.", ""),
    ("The central bank called for lower interest rates next year.", ""),
    ("Efforts to arrest the decline of the town's population have failed.", ""),
    ("The company warned on Monday that profits would fall this year.", ""),
    ("A hiker found a wallet in the parking lot on Monday.", ""),
    ("The film tells the story of a hostage-taking in a mountain village.", ""),
    ("He was taken to the hospital for tests on Friday.", ""),
    ("The striker fired a shot into the top corner in the final minute.", ""),
    ("The mayor turned himself into a local hero by saving the festival.", ""),
    ("Custody of the children was awarded to their mother on Monday.", ""),
    ("The governor signed a bill on Tuesday raising the minimum wage.", ""),
    ("A hearing on the zoning change is set for June 2.", ""),
    ("Stocks fell sharply on Monday as investors fled to safer assets.", ""),
    ("The budget brawl in the state senate dragged into a third week.", ""),
    ("The band held its bond with fans through years of touring.", ""),
    ("The team was beaten in the final on Sunday, and fans found the loss hard to take.", ""),
]

# rows sitrep does not read right yet, by their opening words
GAPS = (
    "The suspect was ordered held",  # a bail order: read alone it is a court step, but the gold coders fold it
    "The driver is being held on",  # into the arrest, and a trigger for it cost precision on the real gold
    "Kenya will start withdrawing",
    "Minister slams rebels",  # a headline's verb of blame, read as the attack it names
    "Troops began pulling out of the disputed",  # a withdrawal from a place that has no name
    "The museum took custody",  # custody of things read as custody of people
    "The court dismissed the lawsuit",  # a court's ruling read as a denial of a claim
)


def _problems(events, families: str) -> list[str]:
    got = {e.type.split(".")[0] for e in events}
    required = {f for f in families.split() if not f.endswith("?")}
    allowed = {f.rstrip("?") for f in families.split()}
    return [] if required <= got <= allowed else [f"families {sorted(got)}"]


def _params():
    for text, families in CASES:
        marks = [pytest.mark.xfail(strict=False)] if text.startswith(GAPS) else []
        yield pytest.param(text, families, marks=marks, id=text[:48])


@pytest.mark.parametrize(("text", "families"), list(_params()))
def test_the_missed_events_probe(extractor, text, families):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert _problems(events, families) == []


# (text, how many two-sided records of that type it gives): a call between another pair of parties is
# another call; a retelling that names one party only is the same call
CALL_CASES = [
    ("The Kenyan and Ugandan presidents spoke by telephone on Tuesday. The Kenyan president later spoke "
     "with the Tanzanian president.", 2),
    ("The Kenyan and Ugandan presidents spoke by telephone on Tuesday. The Kenyan president said the call "
     "had gone well.", 1),
    ("The Kenyan and Ugandan presidents spoke by telephone on Tuesday. The Ugandan and Kenyan leaders "
     "agreed in the call to reopen the border.", 1),
]


@pytest.mark.parametrize(("text", "calls"), CALL_CASES, ids=[c[0][40:88] for c in CALL_CASES])
def test_a_call_between_another_pair_is_another_call(extractor, text, calls):
    events = extractor.extract(Article(text=text, published=date(2025, 5, 22), id="probe"))
    assert len([e for e in events if e.type == "diplomacy.call"]) == calls
