"""A probe of words of war in news that reports no event of the taxonomy: business, sport, weather and
disaster, health, fiction and history, obituaries, local politics, courts, goods seized by police; and
the true events told with the same words, which must keep their record. Each row is an invented text and
what a careful coder records: an event family, ``None`` (no record at all), or ``"!family"`` (no record
of that family: a threat or a plan may be kept, an act that occurred may not). Sense rules are in
nlp/triggers.py (``NO_EVENT_RULES``) and the word lists in data/. Rows still read wrong are xfail."""

from __future__ import annotations

import pytest

XF = pytest.mark.xfail(strict=False, reason="not yet read right")


def _row(text: str, family: str | None, fails: bool = False):
    return pytest.param(text, family, marks=XF) if fails else (text, family)


GAME = "Harlow Athletic beat Meriton 3-2 on Saturday, the winger scoring twice in the second half. "

CASES = [
    # business
    _row("Shares in Corvell Foods plunged on Tuesday after the central bank's surprise raid on interest rates.",
         None),
    _row("The retailer fended off a hostile takeover from a private equity group, its board said on Monday.",
         None),
    _row("Budget airlines have launched a fare war on routes to the coast this summer.", None),
    _row("The chipmaker said it would fight the fine in the courts.", None),
    _row("Tech stocks took a beating on Wall Street on Thursday.", None),
    _row("Activist investors are gunning for the chief executive after a third year of losses.", None),
    _row("The bank is bracing for job cuts as it battles rising costs.", None),
    _row("Competition officials raided the offices of two energy traders on Wednesday in a price-fixing inquiry.",
         None),
    # sport
    _row("Harlow Athletic stormed back from two goals down to beat Meriton 3-2 on Saturday.", None),
    _row("The club sacked its coach on Monday after a run of six defeats.", None),
    _row("The veteran shot a five-under 67 on Thursday to lead by one at Pellerton.", None),
    _row("The Wolves showed a killer instinct in front of goal after the break.", None),
    _row("The boxer knocked out his opponent in the second round in Tarnwick on Saturday.", None),
    _row("The rookie quarterback was sacked four times in the first half.", None),
    _row("The opener launched an assault on the bowlers, hitting six sixes in an over.", None),
    _row("The visitors were routed 40-6 in front of a home crowd of 30,000.", None),
    # weather and disaster
    _row("A magnitude 6.1 earthquake struck off the coast early on Wednesday, shaking buildings in the capital.",
         None),
    _row("Hailstorms battered vineyards across the south on Sunday, destroying much of the harvest.", None),
    _row("Crews were still battling a blaze at a tyre depot outside Brenmouth on Monday night.", None),
    _row("A gas cylinder exploded in a restaurant kitchen in Ostray, injuring two cooks.", None),
    _row("An avalanche hit a ski resort in the Alps on Tuesday, burying three skiers.", None),
    _row("A landslide struck the hillside village overnight, flattening six houses.", None),
    # health
    _row("The actor suffered a heart attack while on holiday and is recovering in hospital.", None),
    _row("An attack of flu has kept a quarter of the squad out of training this week.", None, fails=True),
    _row("Doctors are fighting an outbreak of measles in three northern districts.", None),
    _row("She lost her long battle with cancer on Sunday, her family said.", None),
    # fiction, reviews, history, obituaries
    _row("In the novel, a detective hunts a killer who strikes only on foggy nights.", None),
    _row("The film opens with a bank raid that goes badly wrong.", None),
    _row("The series follows a sniper who deserts his unit in the last weeks of the war.", None),
    _row("The castle withstood a six-month siege in 1644, the guide explained.", None),
    _row("The former general, who led the assault on the ridge in 1982, died at his home on Sunday aged 91.",
         None),
    _row("On this day in 1916, the battle began at dawn along a front of twenty miles.", None),
    # local politics and courts
    _row("The council's plan to double parking charges has sparked a tax revolt among shopkeepers.", None),
    _row("The county faces a fiscal cliff next spring, its treasurer warned on Tuesday.", None),
    _row("The mayor hit out at the government on Monday over cuts to bus services.", None),
    _row("The two parties are at war over the new housing plan.", None),
    _row("The couple have been fighting over custody of their two sons since the divorce.", None),
    _row("The singer is battling her former label in the courts over unpaid royalties.", None),
    _row("Councillors voted on Tuesday to close two libraries.", None),
    # goods seized, cameras, mines cleared, tech
    _row("Customs officers seized 200 kilograms of cocaine hidden in a banana shipment at the port on Friday.",
         None),
    _row("Border guards confiscated a van loaded with ammunition at the crossing on Sunday.", None),
    _row("The moment the lorry hit the barrier was caught on CCTV.", None),
    _row("Deminers have cleared more than 4,000 mines from farmland since the spring.", None),
    _row("Hackers targeted the hospital's booking system, but no patient data was taken.", None),
    # acts not done: threats and plans are no attack that occurred
    _row("The general said his forces will continue to strike military targets.", "!attack"),
    _row("The army could strike again at any time, the spokesman warned.", "!attack"),
    # other senses
    _row("The rally driver crashed out of the race on the final stage.", None),
    _row("Fireworks exploded over the harbour at midnight.", None),
    _row("The chef's new menu is a full-frontal assault on the senses.", None),
    _row("The two neighbours have been feuding for years over a hedge.", None),
    _row("The plan to ban phones in class sparked a revolt among parents.", None),
    # --- a second, harder round: longer reports, headlines, disasters that drive people out ---
    _row("Police seized 12 kilograms of explosives and three assault rifles from a house in Dalby on Tuesday, "
         "the interior ministry said.", None),
    _row("The explosion at the chemical plant was caused by a faulty valve, investigators said on Monday.", None),
    _row("Wildfires forced 2,000 people to flee their homes on the island on Sunday.", None),
    _row("The ferry ran aground off the island, and 300 passengers were evacuated by lifeboat.", None),
    _row("Troops were deployed on Tuesday to help fight the floods in the east.", None),
    _row("Lightning killed three herders and 40 goats in the hills on Saturday.", None),
    _row("A boiler blast killed two workers at the paper mill on Monday, the company said.", None),
    _row("The coach said his side would go on the attack from the first whistle on Sunday.", None),
    _row("The nurses' union threatened to strike if the pay offer was not improved.", "!attack"),
    _row("Train drivers will strike for 48 hours next week, the union said.", "!attack"),
    _row("A taut thriller in which mercenaries storm an embassy to rescue a kidnapped diplomat.", None),
    _row("The veteran, who was shot down over the Channel in 1943, celebrated his 100th birthday on Friday.",
         None, fails=True),
    _row("As a young pilot he flew 40 bombing missions, and after the war he became a teacher.", None,
         fails=True),
    _row("The start-up was targeted by a short seller who accused it of inflating its sales.", None),
    _row("Drought has killed thousands of cattle in the north this year.", None),
    _row("Bombshell report rocks the ministry", None),
    _row("The striker was the target of racist abuse from the stands, the club said.", None),
    _row("The goalkeeper was injured in a clash of heads in the 30th minute.", None),
    _row("Supporters laid siege to the ticket office on Monday morning.", None, fails=True),
    _row("The bill survived an ambush by rebels in the governing party on Wednesday.", None, fails=True),
    _row("Demolition crews blew up the old cooling towers on Sunday, watched by hundreds.", None),
    _row("Police captured the escaped prisoner on Thursday after a two-day manhunt.", "arrest"),
    _row("Bus drivers walked out on Monday in a dispute over shifts, leaving commuters stranded.", "protest",
         fails=True),
    _row("Security forces opened fire on striking miners on Tuesday, killing four.", "attack"),
    # --- a third round: machines, markets, ceremony, old bombs ---
    _row("The company said it had been the victim of a cyber attack that knocked its website offline.", None),
    _row("Ransomware hackers struck the city council's computers on Tuesday, shutting down online services.",
         None),
    _row("The rebel MPs forced the government into a humiliating retreat over the tax.", None),
    _row("The markets were rocked by a wave of selling on Monday.", None),
    _row("A fox attacked a baby in its cot in Lenham on Sunday.", None),
    _row("The bomb squad carried out a controlled explosion on a suspicious package, which turned out to hold "
         "clothes.", None),
    _row("Soldiers fired a 21-gun salute at the funeral on Friday.", None),
    _row("Hundreds of homes were evacuated on Sunday after a wartime bomb was found on a building site.", None,
         fails=True),
    _row("The two leaders clashed over immigration in a televised debate on Tuesday.", None),
    _row("The prime minister fired her chief of staff on Friday.", None),
    _row("The group's new single is an explosive mix of punk and folk.", None),
    _row("Thousands of fans marched to the stadium before the game, singing and waving flags.", None),
    _row("Fans of the two clubs clashed with police outside the stadium, and 20 were arrested.", "arrest"),
    _row("Gunmen attacked a bus carrying football fans on Sunday, killing three.", "attack"),
    _row("The volcano erupted on Sunday, forcing the evacuation of 3,000 villagers.", None),
    _row("The team's defence collapsed under a barrage of attacks.", None, fails=True),
    _row("Rebel backbenchers fired a warning shot at the prime minister on Tuesday.", None, fails=True),
    _row("The striker was shot in the leg outside a nightclub on Saturday, police said.", "attack", fails=True),
    # the same words telling true events
    _row("Workers at the Tavel car plant went on strike on Monday over pay cuts, the union said.", "protest"),
    _row("Thousands of teachers staged a one-day strike on Wednesday, marching through the capital to demand "
         "higher pay.", "protest"),
    _row("Cleaners at the airport staged a one-day strike on Tuesday.", "protest", fails=True),
    _row("Farmers went on strike and blocked the motorway with tractors on Monday.", "protest"),
    _row("Protesters battled riot police in the city centre on Saturday, hurling stones.", "protest"),
    _row("Police raided a flat at dawn on Tuesday and arrested three men on suspicion of terrorism offences.",
         "arrest"),
    _row("Police seized 40 rifles and arrested five men in a raid on a farm on Monday.", "arrest"),
    _row(GAME + "Police arrested 14 fans after fighting broke out in the stands.", "arrest"),
    _row("The former general was arrested on Monday over the killings of 1982.", "arrest"),
    _row("Rebels seized the town of Karvos on Sunday after government forces withdrew.", "territory"),
    _row("The army said it had recaptured the border crossing on Monday.", "territory"),
    _row("Gunmen stormed a wedding party in the village on Saturday night, killing seven guests.", "attack"),
    _row("A car bomb exploded outside the governor's office on Monday, killing four people.", "attack"),
    _row("Fighter jets struck a weapons depot on the edge of the city overnight, the army said.", "attack"),
    _row("Militants attacked a police checkpoint with rifles and grenades on Thursday, wounding three officers.",
         "attack"),
    _row("Fighting broke out between rival militias in the capital on Tuesday, leaving 11 dead.", "attack"),
    _row("A sniper shot dead a shepherd near the frontline on Wednesday.", "attack"),
    _row("A roadside bomb hit an army convoy on Tuesday, killing two soldiers.", "attack"),
    _row("Shares in the shipping firm fell after rebels fired a missile at one of its tankers on Monday.",
         "attack"),
]


@pytest.mark.parametrize(("text", "family"), CASES)
def test_a_word_of_war_with_no_war_is_no_event(parse, text, family):
    families = {e.type.split(".")[0] for e in parse(text)._.events}
    if family is None:
        assert not families
    elif family.startswith("!"):
        assert family[1:] not in families
    else:
        assert family in families
