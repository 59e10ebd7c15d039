"""Invented wire sentences for towns taken, planes that strike and threats of force (``test_fall_strike_threat_probe``).

Each row: (text, the event type it must make or None, a type it must not make or "*" for none at all, status or None).
"""

from __future__ import annotations

CASES = [
    # a place that falls to a side, is overrun, or comes under a side's control: territory.change
    ("The town of Kupiansk fell to Russian forces on Monday after weeks of fighting.", "territory.change", None, None),
    ("Rebels said the city of Goma fell to their fighters late on Sunday.", "territory.change", None, None),
    ("The village was overrun by insurgents on Tuesday, residents said.", "territory.change", None, None),
    ("Pokrovsk came under the control of Russian troops on Friday, the ministry said.", "territory.change", None, None),
    ("Militants took control of the town of Palma on Wednesday.", "territory.change", None, None),
    ("The border crossing fell into the hands of the militia overnight.", "territory.change", None, None),
    ("Government troops retook the town of Bakhmut on Thursday.", "territory.change", None, None),
    ("Islamist fighters seized control of the district capital on Saturday.", "territory.change", None, None),
    ("Kherson was recaptured by Ukrainian forces on Friday.", "territory.change", None, None),
    ("The army said on Monday it had captured the village of Marinka.", "territory.change", None, None),
    # look-alikes: falling to the knees, to a low, silent; a duty or a title that falls to someone
    ("She fell to her knees when she heard the verdict on Monday.", None, "*", None),
    ("Oil prices fell to a four-year low on Tuesday.", None, "*", None),
    ("The title fell to the champions after a late goal on Sunday.", None, "*", None),
    ("The town fell silent on Friday as the funeral procession passed.", None, "*", None),
    ("The duty of briefing reporters fell to his deputy on Wednesday.", None, "*", None),
    ("Control of the company passed to its founder's son last year.", None, "*", None),
    # a plane, jet or aircraft of a military owner that strikes or bombs: attack.air
    ("NATO planes struck bridges near Belgrade overnight.", "attack.air", "attack.ground", None),
    ("Israeli jets bombed targets in southern Lebanon on Tuesday.", "attack.air", "attack.ground", None),
    ("Russian warplanes struck the outskirts of Idlib on Sunday, monitors said.", "attack.air", "attack.ground", None),
    ("Syrian government aircraft hit a market in Maarat al-Numan on Monday.", "attack.air", "attack.ground", None),
    ("Saudi-led coalition fighter jets pounded positions around Sanaa on Friday.", "attack.air", "attack.ground", None),
    ("Bombers of the Russian air force struck Kharkiv overnight.", "attack.air", "attack.ground", None),
    # look-alikes: accidents of planes
    ("A passenger plane struck a flock of birds after take-off from Denver on Monday.", None, "*", None),
    ("A small plane crashed into a field near Wichita on Sunday, killing the pilot.", None, "attack.air", None),
    ("A light aircraft hit power lines near Perth on Saturday.", None, "attack.air", None),
    # an act named as the means of a threat is a threat, not the act
    ("The army threatened the town of Sumy with shelling if it did not surrender.", "statement.threat", "attack.artillery", None),
    ("Iran warned of strikes on US bases if it was attacked.", "statement.threat", "attack.air", None),
    ("Russia threatened Kyiv with missile strikes on government buildings.", "statement.threat", "attack.missile", None),
    ("The rebels threatened to bomb the airport on Monday.", "statement.threat", "attack.air", None),
    ("North Korea warned of a nuclear attack on Seoul on Tuesday.", "statement.threat", None, None),
    # look-alike: a real shelling that follows a threat is read as the act
    ("Troops shelled the town of Sumy on Monday, killing two people.", "attack.artillery", "statement.threat", None),
]
