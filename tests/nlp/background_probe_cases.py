"""A probe of background, possibility and rhetoric: invented sentences where a trigger word appears but
the report's own news is not that event, and true events told close to them.

Each row: (text, families). ``families`` is a space-separated list of the event families a careful coder
records ("attack", "arrest"; a trailing "?" marks one that may be left out; "" for no event). Places are
real only so that the gazetteer knows them; every sentence is invented.
"""

from __future__ import annotations

CASES: list[tuple[str, str]] = [
    # --- anniversaries and retrospectives ---
    ("The 1994 murder of her brother still haunts the family 15 years later, she said.", ""),
    ("Ten years after the bombing, the square in Oslo has been rebuilt and the cafes are full again.", ""),
    ("Hundreds gathered in Srebrenica on Saturday, marking the anniversary of the massacre.", ""),
    ("Survivors laid wreaths on Monday to mark 20 years since the attack on the school in Beslan.", ""),
    ("The city still bears the scars of the 2008 shelling, which destroyed much of the old town.", ""),
    ("Forty years on, the siege of the city is remembered with a minute of silence.", ""),
    ("The memorial lists the names of the 57 people killed in the 2005 train bombing.", ""),
    ("A new film revisits the 1972 hijacking that ended in a bloody shootout at the airport.", ""),
    ("On the fifth anniversary of the invasion, the president addressed the nation from Kyiv.", ""),
    ("It was here, in 1982, that soldiers massacred hundreds of villagers.", ""),
    # --- a country or person described by a role ---
    ("Egypt, one of the countries taking part in the attack on the rebels, said on Sunday it would "
     "reopen its embassy.", ""),
    ("A veteran of the 2003 invasion, Smith now runs a bakery in Ohio.", ""),
    ("Jordan, which has carried out air strikes against the group in the past, called for calm on Tuesday.",
     ""),
    ("The general, who led the 1999 offensive in the region, died on Friday at 82.", ""),
    ("Turkey, a member of the coalition bombing the militants, has said little about the vote.", ""),
    ("The rebels, who seized the town in 2014, now run its schools and courts.", ""),
    # --- rhetorical or quoted questions ---
    ('"Why have a war at all?" the bishop asked the crowd.', ""),
    ('"Who would attack a school full of children?" a mother asked.', ""),
    ("Would the army really shell its own city? Few here believe it.", ""),
    ("What if the militants attack the dam? Engineers say the town would flood within hours.", ""),
    ("Will the rebels storm the capital? Analysts are divided.", ""),
    ('"How many more must be killed before the world acts?" the minister said.', ""),
    # --- evidence and signs of possibility ---
    ("There are signs that the militia is taking hostages in the villages, the UN said.", ""),
    ("Reports suggest troops may be massing near the border.", ""),
    ("Residents voiced fears of a new offensive in the spring.", ""),
    ("Analysts warn that the group could launch attacks on the capital.", ""),
    ("There is a risk of renewed fighting in the north if the deal collapses, diplomats said.", ""),
    ("Satellite images hint that the army might be preparing an assault on the port.", ""),
    ("The threat of air strikes has kept farmers from their fields for months.", ""),
    ("Experts say a cyberattack on the grid is possible but unlikely.", ""),
    ("Aid groups worry that a siege of the city would starve thousands.", ""),
    ("It is not clear whether anyone was arrested.", ""),
    # --- states of long standing ---
    ("Tarek Nasser, who has been detained since October, is due to appear in court next month.", ""),
    ("The opposition leader has been under house arrest for years.", ""),
    ("The journalist, held without charge since 2019, was moved to a hospital on Monday.", ""),
    ("Ali, jailed since 2015 for his writings, was awarded a prize in absentia.", ""),
    ("Both men remain in custody.", ""),
    ("Three aid workers remain in the hands of their kidnappers, now in their third year of captivity.", ""),
    # --- titles and roles ---
    ("The bombing suspect's lawyer said on Monday his client would plead not guilty.", ""),
    ("The convicted killer was moved to a prison in Texas last week.", ""),
    ("A former hostage, she now campaigns for the families of the missing.", ""),
    ("The sniper's widow spoke to reporters outside her home.", ""),
    ("Survivors of the shooting met the governor on Tuesday.", ""),
    ("The murder victim's mother wept as she described her son.", ""),
    ("Police released a photo of the robbery suspect on Friday.", ""),
    ("The assassin's memoir was published in London on Tuesday.", ""),
    # --- generic and habitual ---
    ("Militants often attack convoys on this road.", ""),
    ("In this valley, gunmen kidnap travellers for ransom almost every week.", ""),
    ("Police here routinely arrest street vendors.", ""),
    ("Snipers usually fire on anyone who crosses the bridge at night.", ""),
    ("Car bombs are a regular feature of life in the city.", ""),
    ("Drones tend to strike at dawn, residents say.", ""),
    ("Armed gangs regularly raid the villages along the river.", ""),
    ("Fighting breaks out whenever the harvest is poor.", ""),
    # --- true events told close to them ---
    ("Gunmen killed three people in an attack on a bus near Peshawar on Sunday, police said.", "attack"),
    ("On the anniversary of the massacre, police arrested 12 protesters in Minsk on Saturday.",
     "arrest protest?"),
    ("Ten years after the first bombing, a second bomb exploded in the square in Oslo on Monday, "
     "wounding four.", "attack"),
    ("Egyptian jets struck rebel positions near Derna on Sunday.", "attack"),
    ("The bombing suspect was arrested in Leeds on Tuesday.", "arrest"),
    ("The convicted killer was sentenced to life in prison in Houston on Friday.", "arrest"),
    ("Militants attacked a convoy on the road near Kandahar on Monday, killing two soldiers.", "attack"),
    ("Police detained the opposition leader in Caracas on Thursday and placed him under house arrest.",
     "arrest"),
    ("Troops are massing near the border, the defence ministry said on Tuesday.", "military"),
    ("The militia took 20 hostages in a village near Goma on Wednesday, the UN said.", "attack"),
    ("The army launched a new offensive in the north on Monday.", "attack military?"),
    ('"They attacked the school at dawn," a teacher said of Monday\'s raid in Kaduna.', "attack"),
    ("A former hostage was kidnapped again in Bamako on Sunday.", "attack"),
    ("Survivors of the shooting marched through Parkland on Saturday demanding gun control.", "protest"),
    ("Fearing a new offensive, thousands fled the town of Idlib on Friday.", "humanitarian"),
    ("The journalist, detained since October, was sentenced to five years in prison on Monday.", "arrest"),
    ("Police shot dead a man who attacked officers with a knife in Paris on Tuesday.", "attack"),
    ("Artillery shelled the outskirts of Donetsk overnight, officials said.", "attack"),
    ("Two soldiers were killed when a roadside bomb hit their patrol near Mosul on Sunday.", "attack"),
    ("Police arrested a man suspected of the 1994 murder in Glasgow on Wednesday.", "arrest"),
]
