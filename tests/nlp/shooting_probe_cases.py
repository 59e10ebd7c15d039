"""A probe of shootings and stabbings as local reporters write them: invented sentences.

Each row: (text, event type, counts). ``event type`` is the type a careful coder records
("attack.civilians" for a criminal shooting or stabbing of people, "attack.ground" for a
shoot-out with police, "" for no event). ``counts`` is the set of (role, value) casualty counts
the record must carry; a count the text does not give by numeral is left out. Towns are real
only so that the gazetteer knows them; every incident is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str, set[tuple[str, int]]]] = [
    # --- firing at or into people, cars and homes ---
    ("A gunman fired into a group of teenagers outside a skating rink in Beaumont on Friday night.",
     "attack.civilians", set()),
    ("Someone started shooting into a crowd leaving a high school football game in Macon on Friday.",
     "attack.civilians", set()),
    ("A man fired several shots at a pickup truck with two people inside on Route 9 in Keene "
     "on Tuesday, police said.", "attack.civilians", set()),
    ("Attackers sprayed a house with bullets in Shreveport early Sunday while a family slept inside.",
     "attack.civilians", set()),
    ("A man opened fire outside a tavern in Saginaw early Saturday, wounding three people.",
     "attack.civilians", {("injured", 3)}),
    ("A gunman opened fire on customers at a laundromat in Pueblo on Monday, killing one man.",
     "attack.civilians", set()),
    ("Someone in a passing car fired at a group standing on a porch in Gary on Wednesday night.",
     "attack.civilians", set()),
    ("Shots were fired into an occupied apartment in Lansing late Thursday; no one was hurt.",
     "attack.civilians", set()),
    ("Two men fired on passers-by from a parked van in Dayton on Saturday, injuring four.",
     "attack.civilians", {("injured", 4)}),
    ("A teenager shot into a crowded bus shelter in Flint on Tuesday afternoon, police said.",
     "attack.civilians", set()),
    ("Police said a man riddled a parked car with bullets in Toledo, hitting the driver.",
     "attack.civilians", set()),
    ("A gunman fired at diners through the window of a Waco restaurant on Sunday, wounding two.",
     "attack.civilians", {("injured", 2)}),
    # --- shot / stabbed with a numeral ---
    ("A man shot two people outside a gas station in Odessa on Monday night, police said.",
     "attack.civilians", {("injured", 2)}),
    ("A woman stabbed three people at a bus stop in Spokane on Thursday, police said.",
     "attack.civilians", {("injured", 3)}),
    ("A man stabbed two coworkers at a warehouse in Joliet on Friday before police arrived.",
     "attack.civilians", {("injured", 2)}),
    ("Five people were shot at a block party in Rockford late Saturday, police said.",
     "attack.civilians", {("injured", 5)}),
    ("Three people were stabbed during a fight outside a bar in Fargo early Sunday.",
     "attack.civilians", {("injured", 3)}),
    ("A gunman shot four people, killing two, at a car wash in Amarillo on Tuesday.",
     "attack.civilians", {("killed", 2)}),
    ("Two teenagers were shot and wounded near a park in Peoria on Wednesday evening.",
     "attack.civilians", {("injured", 2)}),
    ("Two men were shot dead in a parking lot in Jackson early Monday.",
     "attack.civilians", {("killed", 2)}),
    ("Police say a man shot three neighbors during an argument over a fence in Topeka.",
     "attack.civilians", {("injured", 3)}),
    ("A gunman shot and killed two people at a convenience store in Tulsa on Sunday.",
     "attack.civilians", {("killed", 2)}),
    # --- criminal gunfire at bar patrons, passers-by: civilians, not ground ---
    ("A gunman opened fire on patrons at a bar in Albuquerque late Friday.", "attack.civilians", set()),
    ("A man fired on pedestrians from a balcony in Stockton on Saturday night.",
     "attack.civilians", set()),
    ("A shooter fired at shoppers in a mall parking lot in Fresno on Monday.",
     "attack.civilians", set()),
    ("A gunman fired at people waiting in line outside a club in Memphis on Sunday.",
     "attack.civilians", set()),
    # --- a shoot-out with police ---
    ("A suspect exchanged gunfire with officers in Laredo on Thursday before he was arrested.",
     "attack.ground", set()),
    ("A man opened fire on deputies serving a warrant in Ocala on Friday, and deputies fired back.",
     "attack.ground", set()),
    ("A gunman traded shots with police outside a motel in Yuma early Tuesday.", "attack.ground", set()),
    # --- look-alikes: no event ---
    ("The crew will shoot the film in Savannah next spring.", "", set()),
    ("She shot photos of the parade in Burlington on Saturday.", "", set()),
    ("The band shot a music video at an old mill in Lowell last week.", "", set()),
    ("The song shot up the charts after the band's appearance in Nashville.", "", set()),
    ("A hunter shot a deer near Bemidji on the opening day of the season.", "", set()),
    ("Officers practiced shooting at the police range in Bozeman on Tuesday.", "", set()),
    ("Guests fired shots into the air at a wedding in El Paso on Saturday; no one was hurt.",
     "", set()),
    ("The guard hit a three-point shot with two seconds left to beat Topeka on Friday.", "", set()),
    ("The council member took a shot at the mayor during Tuesday's meeting in Abilene.", "", set()),
    ("The senator fired back at critics on Monday in Lincoln.", "", set()),
    ("The team fired its head coach on Monday after a losing season in Boise.", "", set()),
    ("Prices shot up 8 percent in Tucson last month.", "", set()),
    ("The pitcher shot down rumors of a trade on Sunday.", "", set()),
    ("A nurse gave two patients a flu shot at a clinic in Billings on Thursday.", "", set()),
    ("The mayor took a parting shot at the county board in Duluth.", "", set()),
    ("Fireworks shot into the sky over the river in Dubuque on the Fourth.", "", set()),
    ("The company fired 40 workers at its plant in Muncie last week.", "", set()),
    ("The kicker shot a look at the referee after the penalty in Ames.", "", set()),
    ("A farmer shot a coyote that was attacking his chickens near Salina.", "", set()),
    ("The rookie stabbed at the puck but missed the open net in Erie.", "", set()),
    ("The goalie stopped 30 shots in the win over Syracuse on Saturday.", "", set()),
]
