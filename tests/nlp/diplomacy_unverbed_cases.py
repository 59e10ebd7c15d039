"""Diplomacy told without an obvious verb: invented sentences where a call, plan, refusal, accusation, demand or
expulsion is told by a noun, an idiom or from the other side, and look-alikes that report no such act.

Each row is ``(text, wanted type or None, type that must not be read or "*" for no event at all, sides)`` where
``sides`` lists ``(role, country)`` pairs the wanted record must carry.
"""

from __future__ import annotations

CASES: list[tuple[str, str | None, str | None, tuple[tuple[str, str], ...]]] = [
    # calls told by a noun or an idiom
    ("The French and Egyptian presidents spoke for nearly an hour by telephone on Tuesday.", "diplomacy.call", None, (("participant", "FRA"),)),
    ("In a call with his French counterpart on Monday, the Indian prime minister discussed the fighter jet deal.", "diplomacy.call", None, (("participant", "IND"),)),
    ("The Turkish and Russian presidents discussed the grain corridor during a phone conversation on Sunday, Ankara said.", "diplomacy.call", None, (("participant", "TUR"),)),
    ("The Japanese prime minister held a video call with his Australian counterpart on Friday.", "diplomacy.call", None, (("participant", "JPN"),)),
    ("The French president telephoned the Ukrainian president on Wednesday to reaffirm support.", "diplomacy.call", None, (("participant", "FRA"),)),
    ("The Chinese foreign minister told his American counterpart in a phone call on Thursday that Taiwan was a red line.", "diplomacy.call", None, (("participant", "CHN"),)),
    ("The American and Chinese presidents talked by phone for two hours on Tuesday.", "diplomacy.call", None, (("participant", "USA"),)),
    ("The Saudi crown prince received a phone call from the Iranian president on Saturday.", "diplomacy.call", None, (("participant", "SAU"),)),
    ("During a telephone conversation with the Qatari emir on Monday, the Egyptian president stressed the need for a truce.", "diplomacy.call", None, (("participant", "EGY"),)),
    ("The call between the German chancellor and the Russian president on Friday lasted an hour.", "diplomacy.call", None, (("participant", "DEU"),)),
    # plans, offers and initiatives told as nouns
    ("A Soviet-led peace plan worked out in Moscow was presented to the Iraqi foreign minister on Sunday.", "diplomacy.proposal", None, ()),
    ("A five-point proposal put forward by Qatar on Tuesday calls for a phased release of hostages.", "diplomacy.proposal", None, (("initiator", "QAT"),)),
    ("Under an Egyptian proposal unveiled on Monday, both sides would pull back their forces.", "diplomacy.proposal", None, (("initiator", "EGY"),)),
    ("Brazil's peace initiative, presented at the United Nations on Wednesday, calls for a freeze on the front line.", "diplomacy.proposal", None, (("initiator", "BRA"),)),
    ("Saudi Arabia floated a plan on Monday for a regional security pact.", "diplomacy.proposal", None, (("initiator", "SAU"),)),
    ("Norway's offer to host the talks, made on Friday, was welcomed by both governments.", "diplomacy.proposal", None, (("initiator", "NOR"),)),
    # refusals told by an idiom or a judgement
    ("The allies dismissed the Soviet plan as unacceptable on Monday.", "diplomacy.rejection", None, ()),
    ("Israel turned down the Egyptian offer on Tuesday.", "diplomacy.rejection", None, (("initiator", "ISR"),)),
    ("Ukraine said on Friday that the Russian proposal was a non-starter.", "diplomacy.rejection", None, (("initiator", "UKR"),)),
    ("The Iraqi president spurned the peace offer on Sunday.", "diplomacy.rejection", None, (("initiator", "IRQ"),)),
    ("Washington brushed aside the Chinese peace plan on Wednesday, saying it favoured Moscow.", "diplomacy.rejection", None, (("initiator", "USA"),)),
    ("The truce proposal was rejected out of hand by Hamas on Saturday.", "diplomacy.rejection", None, ()),
    ("Iran said no to the European proposal on Thursday.", "diplomacy.rejection", None, (("initiator", "IRN"),)),
    # accusations by name-calling
    ("Venezuela's foreign minister called the US president a warmonger on Monday.", "statement.accusation", None, (("initiator", "VEN"),)),
    ("North Korea denounced South Korea as a puppet regime in a statement on Friday.", "statement.accusation", None, (("initiator", "PRK"), ("target", "KOR"))),
    ("Iran's supreme leader described Israel as a terrorist state on Wednesday.", "statement.accusation", None, (("initiator", "IRN"), ("target", "ISR"))),
    ("The Chinese foreign ministry branded the Taiwanese leader a separatist on Tuesday.", "statement.accusation", None, (("initiator", "CHN"),)),
    ("In a statement on Sunday, Russia labelled the Ukrainian government a neo-Nazi regime.", "statement.accusation", None, (("initiator", "RUS"),)),
    ("Turkey's president called the Israeli prime minister a butcher on Saturday.", "statement.accusation", None, (("initiator", "TUR"),)),
    # demands and requests
    ("Iran demanded the release of the crew on Sunday.", "diplomacy.proposal", None, (("initiator", "IRN"),)),
    ("Turkey asked Interpol on Monday to help extradite the journalist from Sweden.", "diplomacy.proposal", None, (("initiator", "TUR"),)),
    ("Russia pressed NATO on Tuesday to halt its exercises near the border.", "diplomacy.proposal", None, (("initiator", "RUS"),)),
    ("Morocco sought the extradition of the activist from Spain on Thursday.", "diplomacy.proposal", None, (("initiator", "MAR"),)),
    ("Ukraine appealed to Turkey on Wednesday to close the straits to Russian warships.", "diplomacy.proposal", None, (("initiator", "UKR"),)),
    # expulsions told from the other side, and ties cut
    ("The Russian ambassador was ordered to leave the country within 72 hours, Latvia's foreign ministry said on Monday.", "diplomacy.sanctions", None, (("target", "RUS"),)),
    ("Two Iranian diplomats were given 48 hours to leave Germany on Friday.", "diplomacy.sanctions", None, (("target", "IRN"),)),
    ("The Canadian ambassador was kicked out of Saudi Arabia on Monday.", "diplomacy.sanctions", None, (("target", "CAN"),)),
    ("Norway said on Tuesday it was sending home three Russian diplomats.", "diplomacy.sanctions", None, (("initiator", "NOR"),)),
    ("Colombia broke ties with Israel on Thursday.", "diplomacy.sanctions", None, (("initiator", "COL"),)),
    ("Iran downgraded diplomatic relations with Britain on Monday.", "diplomacy.sanctions", None, (("initiator", "IRN"),)),
    ("The rupture of diplomatic relations between Venezuela and Colombia was announced on Saturday.", "diplomacy.sanctions", None, ()),
    # look-alikes: no such act
    ("The company unveiled a five-point plan on Monday to cut costs.", None, "*", ()),
    ("The referee's call in the final minute decided the match.", None, "*", ()),
    ("The French president called for calm on Tuesday after the riots in Paris.", None, "diplomacy.call", ()),
    ("The UN chief called for calm in the region on Monday.", None, "diplomacy.call", ()),
    ("The opposition leader attacked the prime minister over rising prices on Wednesday.", None, "*", ()),
    ("In an interview with the BBC on Sunday, the Ukrainian president said he was ready for talks.", None, "diplomacy.call", ()),
    ("The senator called the governor a liar during the debate.", None, "*", ()),
    ("The striker rejected the club's offer of a new contract.", None, "*", ()),
    ("The telephone company announced a plan to build new masts.", None, "*", ()),
    ("The union dismissed the pay offer as an insult on Friday.", None, "*", ()),
    ("The phone call from the bank came on Monday.", None, "*", ()),
    ("The mayor's plan for a new stadium was rejected by the council.", None, "*", ()),
    ("Critics called the film a masterpiece.", None, "*", ()),
    ("The ambassador will leave the post in March when his term ends, the ministry said.", None, "*", ()),
    ("The coach was ordered to leave the pitch after arguing with the referee.", None, "*", ()),
    ("Fans called the manager a disgrace after the defeat.", None, "*", ()),
    ("The player asked the club to release him from his contract.", None, "*", ()),
    ("Investors dismissed the merger proposal as unrealistic.", None, "*", ()),
    ("The two sisters spoke by phone every Sunday.", None, "*", ()),
]
