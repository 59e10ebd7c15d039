"""Who says so, tenth round: attributions at a sentence's close ("according to police reports", "a news release
from the sheriff's office said"), in the next sentence, by officials "who spoke on condition of anonymity", in a
judge's order or a prosecutor's filing, several speakers of one record, a title with its name, a speaker told
apart from the outlet; and look-alikes that name no claimant ("that said", "so-called", the speaker of another
incident, an opinion in quotes, a witness who "said nothing", an act done by an official). Each row: the text, the
family of the record looked at (``None``: no record at all), the claimant names a careful coder gives it (matched
as the scorer matches: by containment, case aside), and words its evidence holds (``""``: the first record of the
family). Every name and town is made up."""

from __future__ import annotations

import pytest

from tests.nlp.claims_probe_check import probe_record

XFAIL = pytest.mark.xfail(strict=False)

CASES = [
    # --- a closing attribution: records and releases
    ("A 34-year-old man was arrested Tuesday on a charge of aggravated assault after a fight at a bar in Cobbleton, "
     "according to police reports.", "arrest", [("police reports", "police")], ""),
    ("Two people were shot outside a convenience store in Marrowfield late Saturday, a news release from the "
     "sheriff's office said.", "attack", ["sheriff's office"], ""),
    ("A Dunmore woman was charged with arson after a fire destroyed her neighbor's garage, a news release from the "
     "county fire marshal's office said.", "arrest", ["fire marshal"], ""),
    ("Deputies arrested a man who fired a shotgun at a passing car near Elmsford on Friday, according to a press "
     "release from the Harlan County Sheriff's Office.", "arrest", ["Sheriff's Office"], ""),
    ("The sheriff's office said in a news release that a deputy shot a man who pointed a rifle at him near "
     "Pellston.", "attack", ["sheriff's office"], ""),
    ("A state trooper fired at a car that failed to stop near Dunmore, the State Police said in a statement "
     "released Wednesday.", "attack", ["State Police"], ""),
    # known gap: a body that is no institution's word as a document's author
    pytest.param("Militants attacked a border post near Sarvan overnight, killing four guards, according to a "
                 "statement posted by the border service.", "attack", ["border service"], "", marks=XFAIL),
    ("Five people were arrested after clashes with police in the old town, the city police department said in a "
     "statement on Sunday.", "arrest", ["police department"], ""),
    # --- the attribution in the next sentence
    ("Two men were shot in a parking lot in Brackley on Sunday night. Police said both were expected to survive.",
     "attack", ["Police"], ""),
    ("A teenager was stabbed at a bus stop in Ferrisburg on Monday. He was taken to a hospital with wounds that "
     "were not life-threatening, a police spokeswoman said.", "attack", ["police spokeswoman"], ""),
    # known gap: "a sheriff's office report": the keeper read as "sheriff"
    pytest.param("A man was arrested in Holloway on Saturday after a chase. He had stolen a pickup truck from a "
                 "farm, according to a sheriff's office report.", "arrest",
                 [("sheriff's office report", "sheriff's office")], "", marks=XFAIL),
    # --- officials who would not be named
    ("Militants ambushed a police patrol near Sarvan on Thursday, killing three officers, said a security official "
     "who spoke on condition of anonymity because he was not authorized to talk to reporters.", "attack",
     ["security official"], ""),
    ("An army officer, speaking on condition of anonymity, said troops had killed eight fighters in a raid near "
     "Tolmar.", "attack", ["army officer"], ""),
    ("Four soldiers died when their vehicle hit a mine near Vessk, according to two officials who spoke on "
     "condition of anonymity.", "attack", ["officials"], ""),
    ("A senior police officer, who asked not to be named, said 30 protesters were detained in Velmora on "
     "Saturday.", "arrest", ["police officer"], ""),
    # --- a judge's order, a prosecutor's filing
    ("Prosecutors said in a court filing that the defendant shot the clerk three times during the robbery in "
     "Ashgrove.", "attack", ["Prosecutors"], ""),
    ("The man fired at deputies during a traffic stop near Pellston, according to a criminal complaint filed by the "
     "district attorney's office.", "attack", ["district attorney"], ""),
    # known gap: no record: a deed inside a judge's written words
    pytest.param("In his order, U.S. District Judge Marian Tosk wrote that guards had beaten the inmate without "
                 "cause at the county jail in Calder.", "attack", ["Marian Tosk"], "", marks=XFAIL),
    ("According to a charging document filed by Assistant District Attorney Neil Harrow, the suspect stabbed the "
     "victim four times in Brackley.", "attack", ["Neil Harrow"], ""),
    # --- several speakers of one record
    ("Troops killed 12 militants in a raid near Orbek, the army and local officials said.", "attack",
     ["army", "local officials"], ""),
    ("Police and witnesses said a man opened fire on a crowd outside a nightclub in Delham, wounding three.",
     "attack", ["Police", "witnesses"], ""),
    # known gap: the speakers parsed into the place's phrase
    pytest.param("Three people were killed in the blast in Kessar, police and hospital officials said.", "attack",
     ["police", "hospital officials"], "", marks=XFAIL),
    ("Rebels shelled the town of Meskvale on Monday, killing four civilians, the governor said, a toll the army "
     "confirmed.", "attack", ["governor", "army"], ""),
    # a speaker named again after "or" is one speaker
    ("The Lomar Brigade, or the Free Hills Movement, said its fighters ambushed an army convoy near Tolmar on "
     "Sunday.", "attack", ["Lomar Brigade"], ""),
    # --- a title and its name; a speaker, not the outlet
    ("Sheriff Dale Pruitt said deputies arrested two men after a chase near Holloway.", "arrest", ["Dale Pruitt"],
     ""),
    ("Lt. Carla Mendes of the Fairhaven Police Department said the woman was arrested at her home on Monday.",
     "arrest", ["Carla Mendes"], ""),
    ("A man was arrested after he threatened a clerk with a knife at a gas station, Fairhaven police spokeswoman "
     "Joan Tull said.", "arrest", ["Joan Tull"], ""),
    ("Police arrested 14 protesters outside the parliament in Velmora, an Interior Ministry spokesman told the "
     "Associated Press.", "arrest", ["Interior Ministry spokesman"], ""),
    ("Gunmen killed a tribal elder in Darsan province, a provincial official told the state-run news agency.",
     "attack", ["provincial official"], ""),
    # known gap: no record: driving into people
    # known gap: no record: homes burned
    pytest.param("Two officers were injured when a man drove into them at a checkpoint in Velmora, the police "
                 "chief, Oren Gale, told a news conference.", "attack", ["Oren Gale"], "", marks=XFAIL),
    ("The soldiers opened fire on the crowd in Karsa, killing two, witnesses told the Associated Press.", "attack",
     ["witnesses"], ""),
    # --- other reporting words and orders
    ("A man was arrested Friday in Cobbleton after he rammed a patrol car, authorities said Saturday.", "arrest",
     ["authorities"], ""),
    # known gap: no record: a beating in the passive
    pytest.param("Villagers said soldiers burned at least 20 homes in Karsa on Thursday.", "attack", ["Villagers"], "",
                 marks=XFAIL),
    ("Two civilians were killed by shelling in Meskvale, the town's mayor wrote on Facebook.", "attack", ["mayor"],
     ""),
    ("A man was shot and wounded in Dunmore on Tuesday night, police reported.", "attack", ["police"], ""),
    ("Deputies arrested a woman on drug charges in Elmsford, the sheriff's office announced Monday.", "arrest",
     ["sheriff's office"], ""),
    pytest.param("A woman was beaten in her home in Ashgrove on Sunday, her son told reporters.", "attack", ["son"], "",
                 marks=XFAIL),
    ("A teenager was stabbed outside a school in Ferrisburg, police said. Officers arrested a classmate later that "
     "day, according to a department spokesman.", "arrest", ["department spokesman"], "arrested"),
    # ===== look-alikes: the reporter's own voice, another incident's speaker, no fact said
    ("That said, police arrested three men in Brackley on Saturday after a brawl.", "arrest", [], ""),
    ("The so-called militia attacked a checkpoint near Vessk on Friday, killing two guards.", "attack", [], ""),
    ("Deputies arrested a man on Saturday who broke into a pharmacy in Holloway.", "arrest", [], ""),
    ("A gunman killed three people at a warehouse in Calder Heights on Friday before killing himself.", "attack", [],
     ""),
    ("Gunmen killed two shopkeepers in Kessar on Sunday. Elsewhere, the mayor said a new bridge would open in "
     "Orbek next month.", "attack", [], ""),
    ("A man was stabbed at a park in Delham on Friday. “It is a sad day for our town,” Mayor Ruth Kell said.",
     "attack", [], ""),
    ("Two men were shot outside a bar in Ferrisburg on Saturday. A witness who was inside the bar said nothing to "
     "officers.", "attack", [], ""),
    ("A woman was arrested in Ashgrove on Monday after a fight. Her neighbor said she was a kind person.", "arrest",
     [], ""),
    ("Police arrested four men in Pellston on Tuesday. The police chief said he was proud of his officers.",
     "arrest", [], ""),
    ("Police said nothing about a motive after a man was shot dead in Brackley on Sunday.", "attack", [], ""),
    ("Prosecutors charged two men with murder on Friday in the shooting death of a store clerk in Cobbleton.",
     "arrest", [], ""),
    ("A judge ordered a man held without bail after he was arrested in the stabbing of his roommate in Marrowfield.",
     "arrest", [], "arrested"),
    ("Police arrested a man in Holloway on Monday. Separately, Sheriff Dale Pruitt said a deputy had retired after "
     "30 years.", "arrest", [], ""),
    # known gap: no record: a wounding at a bank
    pytest.param("A gunman wounded two guards at a bank in Tolmar on Monday. Officials said the bank would reopen on "
     "Wednesday.", "attack", [], "", marks=XFAIL),
    # known gap: a judgement ("called it a betrayal") read as a claim
    pytest.param("Rebels seized the town of Darsan on Sunday, a move the government called a betrayal of the truce.",
     "territory", [], "", marks=XFAIL),
    ("The governor said he would visit Meskvale next week.", None, [], ""),
    ("A spokesman said the ministry had no comment on the report.", None, [], ""),
    ("Police declined to say how many officers would patrol the parade in Dunmore.", None, [], ""),
    ("The mayor said the new stadium would cost less than expected, according to a memo seen by reporters.", None,
     [], ""),
]


def _names_match(got: list[str], want: list[str | tuple[str, ...]]) -> bool:
    """As the scorer matches claimants: an accepted name (one, or any of a tuple) contained in a name given, case
    aside, as many names given as wanted."""
    g = [x.lower() for x in got]
    accepted = [(w,) if isinstance(w, str) else w for w in want]
    return len(g) == len(accepted) and all(any(a.lower() in b for a in names for b in g) for names in accepted)


@pytest.mark.parametrize("text,fam,claimants,key", CASES)
def test_who_else_says_so(extractor, text, fam, claimants, key):
    record = probe_record(extractor, text, fam, key)
    if record is not None:
        assert _names_match([c.claimant.name for c in record.claims], claimants)
