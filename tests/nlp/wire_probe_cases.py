"""A probe of wire news of 1998-2000: invented stories about real states and cities (the incidents, counts and
people made up), told as the wire told them: attributive sentences, the act in a participle or a noun, reaction
stories that retell the act, investigations, tit-for-tat expulsions, allied jets over targets.

``EVENTS`` rows: (text, published, types, status, day, initiator, target, count, forbidden).
``types`` is one code or several joined by "|" (any one will do); ``day`` is the start of the record's date
window or None; ``initiator``/``target`` are ISO alpha-3 codes or None (not checked); ``count`` is
"item:role:value" or None; ``forbidden`` is a type prefix no record may have (a retold act), or None.

``LOOKALIKES`` rows: (text, published, forbidden): no record may have a type starting with ``forbidden``
("" forbids every record); "type@status" forbids only records of that status.
"""

from __future__ import annotations

EVENTS: list[tuple[str, str, str, str, str | None, str | None, str | None, str | None, str | None]] = [
    # --- bombings told as the wire tells them
    ("DOUALA, Cameroon (AP) — A truck bomb exploded outside the French consulate here Tuesday, killing 11 "
     "people and wounding dozens, police said.", "1999-03-10", "attack.explosive", "occurred", "1999-03-09",
     None, None, "person:killed:11", None),
    ("Last week's bombing of the Canadian embassy in Kampala killed six people, and investigators have yet to "
     "name a suspect.", "1999-10-14", "attack.explosive", "occurred", None, None, None, "person:killed:6", None),
    ("A bomb hidden in a parked car went off near the Indian High Commission in Dhaka on Sunday, wounding 17 "
     "passers-by, officials said.", "2000-02-15", "attack.explosive", "occurred", "2000-02-13", None, None,
     "person:injured:17", None),
    # --- missiles and air strikes in attributive sentences
    ("U.S. officials, speaking on condition of anonymity, said the missiles struck a guerrilla training camp "
     "near Khost late Thursday.", "1999-06-11", "attack.missile", "occurred", "1999-06-10", "USA", None, None,
     None),
    ("American and British warships in the Gulf fired about 30 cruise missiles at air-defence sites south of "
     "Baghdad on Saturday, the Pentagon said.", "1999-02-22", "attack.missile", "occurred", "1999-02-20", "USA",
     "IRQ", "missile:launched:30", None),
    ("The strikes, launched in retaliation for the bombing of a U.S. barracks, hit an airfield outside Basra, "
     "Iraqi officials said on Wednesday.", "1999-05-13", "attack.air|attack.missile", "occurred", None, "USA",
     "IRQ", None, None),
    ("Taliban officials said the American missiles killed 19 people at the camp near Kandahar.", "1998-11-03",
     "attack.missile", "occurred", None, "USA", None, "person:killed:19", None),
    ("NATO aircraft struck fuel depots and bridges near Novi Sad overnight, Yugoslav state television said.",
     "1999-04-15", "attack.air", "occurred", "1999-04-14", None, None, None, None),
    ("Allied jets hit an army barracks in Nis on Sunday, the alliance said in Brussels.", "1999-05-03",
     "attack.air", "occurred", "1999-05-02", None, None, None, None),
    ("Allied warplanes pounded Serb positions around Prizren for a third night, NATO spokesmen said Tuesday.",
     "1999-04-20", "attack.air", "occurred", None, None, None, None, None),
    ("U.S. and British jets patrolling the southern no-fly zone bombed a radar site near Nasiriyah on Monday "
     "after Iraqi gunners fired on them, the U.S. military said.", "2000-01-11", "attack.air", "occurred",
     "2000-01-10", "USA", "IRQ", None, None),
    ("Russian warplanes bombed rebel bases in the hills south of Grozny overnight, the Interfax news agency "
     "reported.", "1999-10-07", "attack.air", "occurred", "1999-10-06", "RUS", None, None, None),
    # --- shelling and clashes
    ("Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir on Wednesday, "
     "killing four civilians, police said.", "1999-08-19", "attack.artillery", "occurred", "1999-08-18", None,
     None, "civilian:killed:4", None),
    ("Yugoslav army units shelled ethnic Albanian villages near Pec on Sunday, international monitors said.",
     "1998-09-01", "attack.artillery", "occurred", "1998-08-30", None, None, None, None),
    ("Serbian police and ethnic Albanian rebels clashed near Podujevo on Tuesday, leaving three policemen dead.",
     "1999-01-07", "attack.ground", "occurred", "1999-01-05", None, None, "person:killed:3", None),
    ("A rocket fired by Hezbollah guerrillas hit a house in Kiryat Shmona on Wednesday, wounding two Israelis, "
     "the army said.", "1999-12-16", "attack.artillery", "occurred", "1999-12-15", "LBN", "ISR",
     "person:injured:2", None),
    # --- reaction stories: the protest is the news, the act is retold
    ("Thousands marched through Athens on Saturday to protest the NATO bombing of Yugoslavia.", "1999-04-12",
     "protest.demonstration", "occurred", "1999-04-10", None, None, None, "attack"),
    ("Hundreds of demonstrators threw stones at the British Embassy in Tehran on Sunday, smashing windows, to "
     "protest the air raids on Iraq.", "1998-12-22", "protest", "occurred", "1998-12-20", None, None, None,
     "attack"),
    ("Police fired tear gas at about 500 protesters outside the U.S. Embassy in Jakarta on Friday as they "
     "denounced the missile strikes.", "1998-11-02", "protest", "occurred", "1998-10-30", None, None, None,
     "attack"),
    ("Thousands of Serbs formed a human chain on a Belgrade bridge on Saturday to protest the airstrikes.",
     "1999-04-06", "protest.demonstration", "occurred", "1999-04-03", None, None, None, "attack"),
    ("Angry crowds burned American flags in Karachi on Friday in protest at the U.S. missile attack on "
     "neighbouring Afghanistan.", "1998-09-01", "protest", "occurred", "1998-08-28", None, None, None, "attack"),
    # --- investigations: arrests, transfers, indictments, extraditions
    ("Pakistani police arrested a Jordanian man at Karachi airport on Wednesday in connection with the embassy "
     "bombing, officials said.", "1999-07-15", "arrest", "occurred", "1999-07-14", "PAK", None, None,
     "attack"),
    ("The suspect was flown to New York on Thursday to face charges in the bombing of the consulate.",
     "1999-07-20", "arrest", "occurred", "1999-07-15", None, None, None, "attack"),
    ("An indictment unsealed Tuesday in Manhattan charges the Saudi businessman with conspiring to kill "
     "Americans abroad.", "1999-11-05", "arrest", "occurred", "1999-11-02", "USA", None, None, None),
    ("A federal grand jury in Washington indicted four men on Friday on charges of plotting to bomb the U.S. "
     "Embassy in Lima.", "2000-03-06", "arrest", "occurred", "2000-03-03", "USA", None, None, None),
    ("Germany on Wednesday extradited a Lebanese man to the United States to stand trial for the hijacking of "
     "a jetliner.", "1999-09-24", "arrest", "occurred", "1999-09-22", None, None, None, None),
    ("A court in Karachi sentenced two men to death on Monday for the bombing of a hotel.", "2000-05-10",
     "arrest", "occurred", "2000-05-08", None, None, None, None),
    ("Kenyan police said they had detained 14 people for questioning after the blast in Mombasa.",
     "1998-09-03", "arrest", "occurred", None, "KEN", None, "person:detained:14", None),
    ("Albanian police on Thursday arrested three Egyptians suspected of planning an attack on the U.S. Embassy "
     "in Tirana.", "1998-07-03", "arrest", "occurred", "1998-07-02", "ALB", None, "person:detained:3",
     "attack"),
    ("Two men suspected in the consulate bombing were handed over to FBI agents in Nairobi on Saturday and "
     "flown to the United States.", "1999-06-29", "arrest", "occurred", "1999-06-26", None, None, None,
     "attack"),
    # --- expulsions, tit for tat
    ("Russia ordered two American diplomats to leave the country within 48 hours, the Foreign Ministry said "
     "Monday.", "2000-03-28", "diplomacy.sanctions", "occurred", None, "RUS", "USA", None, None),
    ("Moscow responded by expelling three Polish diplomats on Wednesday.", "2000-01-21", "diplomacy.sanctions",
     "occurred", "2000-01-19", "RUS", "POL", None, None),
    ("The expulsion of four Iraqi diplomats, announced by the Foreign Office on Tuesday, was the first since "
     "the Gulf War.", "1999-02-25", "diplomacy.sanctions", "occurred", "1999-02-23", None, "IRQ", None, None),
    ("Greece declared a Turkish military attache persona non grata on Friday and gave him a week to leave.",
     "1999-03-01", "diplomacy.sanctions", "occurred", "1999-02-26", "GRC", "TUR", None, None),
    ("Britain on Tuesday ordered the expulsion of a Russian diplomat accused of spying, the Foreign Office said.",
     "1999-06-03", "diplomacy.sanctions", "occurred", "1999-06-01", "GBR", "RUS", None, None),
    ("Iran expelled a Saudi diplomat on Thursday, a day after Riyadh threw out two Iranian envoys.",
     "2000-08-11", "diplomacy.sanctions", "occurred", "2000-08-10", "IRN", "SAU", None, None),
    # --- diplomacy around the campaigns
    ("The Russian foreign minister met his German counterpart in Bonn on Tuesday to discuss the air campaign.",
     "1999-04-21", "diplomacy.talks", "occurred", "1999-04-20", None, None, None, None),
    ("The United States on Friday imposed sanctions on two Pakistani companies accused of selling missile "
     "parts.", "1998-11-23", "diplomacy.sanctions", "occurred", "1998-11-20", "USA", "PAK", None, None),
]

LOOKALIKES: list[tuple[str, str, str]] = [
    # a missile test, an exercise, a film about a bombing, an anniversary
    ("India test-fired a medium-range missile from a base in Orissa on Sunday, the Defence Ministry said.",
     "1999-04-13", "attack"),
    ("Israeli air force jets held exercises over the Negev desert on Tuesday.", "1999-08-04", "attack"),
    ("Survivors gathered in Dar es Salaam on Friday to mark the first anniversary of the embassy bombing.",
     "1999-08-09", "attack"),
    ("Two years after the bombing of the embassy in Dar es Salaam, the rebuilt chancery reopened on Monday.",
     "2000-08-16", "attack"),
    ("The film, about the bombing of a cafe in Cape Town, opens in London on Friday.", "2000-02-01", "attack"),
    # "expelled" from a party, a parliament, a match
    ("The party's executive committee expelled the former mayor of Naples over the funding scandal.",
     "1999-05-12", "diplomacy"),
    ("Opposition leader Ortiz was expelled from parliament for a week after a shouting match.", "1999-05-12",
     "diplomacy"),
    ("The expulsion of the team captain for a second yellow card cost Italy the match.", "1998-06-29",
     "diplomacy"),
    # strikes of workers, shots of footballers, firings of staff
    ("A strike by air-traffic controllers grounded flights at Lisbon airport on Monday.", "1999-07-06",
     "attack"),
    ("Dockworkers in Rotterdam went on strike Tuesday demanding higher pay.", "2000-06-21", "attack"),
    ("Doctors launched a strike at state hospitals in Lagos on Monday.", "2000-03-14", "attack"),
    ("The striker fired a shot past the goalkeeper in the 89th minute to give Brazil the win.", "1998-07-01",
     ""),
    ("The company fired 300 workers at its plant in Turin.", "1999-10-20", ""),
    # "bombed" at the box office
    ("The big-budget war movie bombed at the box office over the weekend.", "1998-08-03", ""),
    # charges and strikes that may come, questions that are no arrest
    ("The suspects could face charges of conspiracy if they are extradited, officials said.", "1999-08-17",
     "arrest@occurred"),
    ("The Pentagon said it was weighing cruise-missile strikes against the camps.", "1998-10-02",
     "attack@occurred"),
    ("Police questioned the driver of the bus after the crash on the motorway.", "1999-11-09", "arrest"),
    ("Negotiators hammered out the final text of the trade treaty overnight in Geneva.", "1999-12-01",
     "attack"),
]
