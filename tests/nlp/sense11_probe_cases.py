"""The sense probe of round 11: trigger words in a sense no event has, and look-alikes that are events.

Each row is an invented report and what a careful coder records: the event family, or ``None`` when the
report tells of no event at all (sport, business, weather, medicine, fiction, an idiom); "a|b" where either
family is a fair coding (force on protesters may be coded as the protest or as an attack). A third of the rows
are look-alikes that ARE events, to keep the readings from swallowing them.
"""

from __future__ import annotations

CASES: list[tuple[str, str | None]] = [
    # who acts is no armed actor: a team, a company, weather, a disease, a market
    ("Brackwell Rovers stormed back from two goals down to win 3-2 on Saturday.", None),
    ("The visitors bombarded the home goal in the second half but could not score.", None),
    ("The Tigers crushed the Hawks 41-7 in front of a home crowd on Sunday.", None),
    ("The retailer slashed 400 jobs and shut nine stores across the region last week.", None),
    ("A cold front swept across the plains on Tuesday, knocking out power to 20,000 homes.", None),
    ("The virus has killed more than 300 people in the province since January, health officials said.", None),
    ("Tech stocks were battered on Wednesday as investors fled to bonds.", None),
    ("Hurricane winds ripped through the harbour town overnight, leaving three people dead.", None),
    ("The startup captured a third of the market within a year.", None),
    ("A flu outbreak forced the closure of two schools in the district on Monday.", None),
    # what is acted on is no target: a record, a price, a proposal, a rival's plan
    ("The sprinter smashed the national record in the 200 metres on Friday.", None),
    ("The chain fired its chief executive after a dismal quarter.", None),
    ("Shoppers raided the shelves for bargains on the first day of the sale.", None),
    ("The committee shot down the developer's plan for a new shopping centre.", None),
    ("The coach blasted the referee's decision after the final whistle.", None),
    ("Prices of fuel exploded over the summer, hitting family budgets.", None),
    ("The board rejected the hedge fund's takeover offer as too low.", None),
    ("The union threatened to take the airline to court over the new rosters.", None),
    # a noun compound or an idiom
    ("The sequel bombed at the box office, taking barely half of its budget.", None),
    ("Traders made a killing on the market after the rate cut.", None),
    ("The singer stormed off the stage after the sound system failed twice.", None),
    ("The director shot most of the film in the mountains above the village.", None),
    ("The minister faced a barrage of criticism over the delayed rail line.", None),
    ("Her debut novel is a gripping murder mystery set in a seaside town.", None),
    ("The protest vote cost the governing party four seats in the by-election.", None),
    ("The band's new album is a full-blown assault on the senses.", None),
    ("The chef's knife skills drew gasps from the audience at the cooking final.", None),
    ("The new phone flew off the shelves, selling a million units in a week.", None),
    ("The goalkeeper was arrested development personified, critics joked in the fan magazine.", None),
    ("The drought has devastated the wheat harvest across the south.", None),
    ("Her father lost his battle with cancer on Tuesday, the family said.", None),
    ("The surgeon said the tumour had attacked the nerve behind the eye.", None),
    ("The player fired a shot into the top corner to level the score.", None),
    ("The minister came under fire from his own backbenchers for the tax rise.", None),
    ("The troupe staged a mock execution in the town square as part of the festival play.", None),
    ("The streaming giant launched an all-out offensive against its rivals with a cheaper plan.", None),
    ("The council came under fire for closing the library on weekends.", None),
    ("The new coach has come under fire from critics after three straight defeats.", None),
    ("Neighbours protested the developer's plans for a car park on the village green.", None),
    ("Several parents have protested the board's decision to shorten the school day.", None),
    ("The town's amateur drama society met on Wednesday to pick its autumn play.", None),
    # look-alikes that ARE events
    ("Hundreds of nurses protested the pay freeze outside the health ministry on Monday.", "protest"),
    ("A police patrol came under fire for nearly an hour outside the village on Monday.", "attack"),
    ("Two fans were stabbed to death outside the ground after the derby on Saturday.", "attack"),
    ("The team's goalkeeper was abducted by gunmen on his way to training on Tuesday.", "attack"),
    ("The club's security guard was shot dead outside the stadium after the match on Saturday.", "attack"),
    ("Rioters stormed the stadium and set fire to the stands after the final on Sunday.", "protest"),
    ("Gunmen stormed a hotel in the capital on Tuesday, killing five guests.", "attack"),
    ("Police arrested the chief executive of the bank on fraud charges on Monday.", "arrest"),
    ("A bomb exploded at a market in the town on Friday, killing eight shoppers.", "attack"),
    ("Soldiers fired on protesters outside the parliament on Wednesday, wounding twelve.", "attack|protest"),
    ("Fans clashed with riot police outside the ground, and 30 were detained.", "arrest"),
    ("Hundreds of farmers marched on the ministry on Thursday to protest against fuel prices.", "protest"),
    ("Militants shot down an army helicopter over the valley on Monday, killing its crew.", "attack"),
    ("Workers at the car plant walked out on Tuesday in a protest over pay.", "protest"),
    ("A drone struck a fuel depot near the border overnight, the governor said.", "attack"),
    ("The army shelled the rebel-held town on Sunday, killing four civilians.", "attack"),
    ("Rebels captured the town of Marvell after a two-day battle, the army said.", "territory"),
    ("A mob attacked the referee after the match, leaving him in hospital.", "attack|protest"),
    ("The striker was kidnapped by armed men from his home on Saturday night.", "attack"),
    ("The film crew was attacked by gunmen while filming near the border on Friday.", "attack"),
    ("Thousands of people fled their homes as troops shelled the city on Monday.", "attack"),
    ("Police fired tear gas at students protesting against the tuition rise on Tuesday.", "protest"),
]
