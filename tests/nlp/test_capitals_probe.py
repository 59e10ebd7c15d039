"""A probe of capitals, seats and institutions that stand for a state, as wire copy writes them: "Kyiv
accused Moscow of ...", "Washington imposed sanctions on Caracas", "the Kremlin denied ...", "Seoul held
Pyongyang responsible". There the city is the state (initiator, target, participant) and not the event's
place. Against that, the same city as the place: "a blast in Kyiv", "Moscow police arrested", "protests in
Washington", "talks in Geneva" (a host), and a capital struck by a real actor ("Russian drones struck Kyiv":
target UKR, place Kyiv). Each case is an invented sentence with what a careful coder records: the type
(``None``: no record at all), the first side's country (initiator or participant), the second side's
country (target or participant), and the place: a name the location must carry, ``-Name`` for a city that
must not be the location, ``None`` for no check. Cases the pipeline does not read yet are marked ``xfail``."""

from __future__ import annotations

import pytest

XFAIL = pytest.mark.xfail(strict=False)
ACC, DEN, THR = "statement.accusation", "statement.denial", "statement.threat"
SAN, TALK, CALL = "diplomacy.sanctions", "diplomacy.talks", "diplomacy.call"
AGR, PROP, REJ = "diplomacy.agreement", "diplomacy.proposal", "diplomacy.rejection"

CASES = [
    # accusations: capital accuses capital
    ("Kyiv accused Moscow of deliberately targeting civilians.", ACC, "UKR", "RUS", "-Kyiv"),
    ("Seoul held Pyongyang responsible for the sinking of the patrol boat.", ACC, "KOR", "PRK", "-Seoul"),
    ("Moscow laid the blame for the explosion squarely on Kyiv.", ACC, "RUS", "UKR", "-Moscow"),
    ("Tehran accused Washington of backing the rioters.", ACC, "IRN", "USA", "-Tehran"),
    ("Beijing accused Manila of provoking the collision near the shoal.", ACC, "CHN", "PHL", "-Beijing"),
    pytest.param("Islamabad blamed New Delhi for the bombing of a bus in Korvany.", ACC, "PAK", "IND", "-Islamabad", marks=XFAIL),
    ("Caracas accused Bogota of sheltering armed groups along the border.", ACC, "VEN", "COL", "-Caracas"),
    ("Baku accused Yerevan of violating the ceasefire overnight.", ACC, "AZE", "ARM", "-Baku"),
    ("Ankara accused Athens of militarising the islands.", ACC, "TUR", "GRC", "-Ankara"),
    ("Warsaw accused Minsk of pushing migrants across the border.", ACC, "POL", "BLR", "-Warsaw"),
    ("Kyiv blames Moscow for strike on Korvany market", ACC, "UKR", "RUS", "-Kyiv"),
    ("Kigali accused Kinshasa of arming the rebels in the east.", ACC, "RWA", "COD", "-Kigali"),
    ("Addis Ababa accused Cairo of trying to destabilise the region.", ACC, "ETH", "EGY", "-Addis Ababa"),
    ("Khartoum accused Abu Dhabi of supplying weapons to the paramilitaries.", ACC, "SDN", "ARE", "-Khartoum"),
    ("The Kremlin accused Kyiv of staging the attack.", ACC, "RUS", "UKR", "-Kyiv"),
    ("The White House accused Tehran of supplying drones to Moscow.", ACC, "USA", "IRN", "-Tehran"),
    ("The Pentagon accused Beijing of unsafe intercepts over the sea.", ACC, "USA", "CHN", "-Beijing"),
    ("Downing Street accused Moscow of a campaign of sabotage in Europe.", ACC, "GBR", "RUS", "-Moscow"),
    ("Washington accused Pyongyang of shipping shells to Russia.", ACC, "USA", "PRK", "-Washington"),
    ("Ukraine accused Moscow of shelling a hospital in Korvany.", ACC, "UKR", "RUS", "-Moscow"),
    ("Russia accused Kyiv of shelling a power station.", ACC, "RUS", "UKR", "-Kyiv"),
    ("Israel blamed Tehran for the drone attack on the tanker.", ACC, "ISR", "IRN", "-Tehran"),
    # denials
    ("Moscow dismissed the charges as baseless.", DEN, "RUS", None, "-Moscow"),
    ("Beijing denied the allegations.", DEN, "CHN", None, "-Beijing"),
    ("The Kremlin denied any involvement in the poisoning.", DEN, "RUS", None, None),
    ("Tehran denied supplying missiles to the rebels.", DEN, "IRN", None, "-Tehran"),
    ("Pyongyang rejected the accusations as a fabrication.", DEN, "PRK", None, "-Pyongyang"),
    ("Minsk denied that it had orchestrated the migrant crossings.", DEN, "BLR", None, "-Minsk"),
    ("Kyiv denied any role in the blast at the pipeline.", DEN, "UKR", None, "-Kyiv"),
    ("Damascus denied using chemical weapons.", DEN, "SYR", None, "-Damascus"),
    # threats
    ("Beijing warned Taipei that independence meant war.", THR, "CHN", "TWN", "-Beijing"),
    ("Moscow threatened to strike Kyiv's decision-making centres.", THR, "RUS", "UKR", "-Moscow"),
    ("Pyongyang threatened Seoul with a nuclear response.", THR, "PRK", "KOR", "-Pyongyang"),
    ("Tehran threatened to close the Strait of Hormuz if attacked.", THR, "IRN", None, "-Tehran"),
    ("Washington warned Caracas of military action if it invaded its neighbour.", THR, "USA", "VEN", "-Washington"),
    # sanctions and expulsions
    ("Washington imposed new sanctions on Caracas on Tuesday.", SAN, "USA", "VEN", "-Washington"),
    ("Brussels slapped fresh sanctions on Minsk over the crackdown.", SAN, None, "BLR", "-Minsk"),
    ("London froze the assets of five Moscow-based banks.", SAN, "GBR", None, "-London"),
    ("Beijing expelled two Canadian diplomats on Monday.", SAN, "CHN", "CAN", "-Beijing"),
    ("Moscow expelled three Estonian diplomats in a tit-for-tat move.", SAN, "RUS", "EST", "-Moscow"),
    pytest.param("Paris recalled its ambassador from Algiers for consultations.", SAN, "FRA", "DZA", "-Paris", marks=XFAIL),
    ("Kyiv slapped sanctions on Tehran over drone deliveries.", SAN, "UKR", "IRN", "-Kyiv"),
    ("Ottawa expelled an Indian diplomat over the killing of a Sikh activist.", SAN, "CAN", "IND", "-Ottawa"),
    pytest.param("Tokyo lifted its export curbs on Seoul.", SAN, "JPN", "KOR", "-Tokyo", marks=XFAIL),
    ("The White House announced sanctions on Russian oil firms.", SAN, "USA", "RUS", None),
    pytest.param("Rabat cut diplomatic ties with Tehran.", SAN, "MAR", "IRN", "-Rabat", marks=XFAIL),
    # talks, calls, agreements, proposals, rejections
    ("Washington and Beijing held talks on trade on Friday.", TALK, "USA", "CHN", "-Washington"),
    ("Moscow and Kyiv resumed negotiations on Monday.", TALK, "RUS", "UKR", "-Moscow"),
    ("Officials from Washington and Tehran met in Muscat on Sunday.", TALK, "USA", "IRN", "Muscat"),
    ("Delegations from Moscow and Kyiv met in Istanbul on Thursday.", TALK, "RUS", "UKR", "Istanbul"),
    ("Seoul and Tokyo agreed to restore military intelligence sharing.", AGR, "KOR", "JPN", "-Seoul"),
    ("Baku and Yerevan signed a peace deal on Friday.", AGR, "AZE", "ARM", "-Baku"),
    ("Kyiv and Warsaw reached an agreement on grain transit.", AGR, "UKR", "POL", "-Kyiv"),
    ("Tehran rejected the offer of direct talks with Washington.", REJ, "IRN", None, "-Tehran"),
    pytest.param("Kyiv rules out talks with Moscow", REJ, "UKR", "RUS", "-Kyiv", marks=XFAIL),
    ("Moscow proposed a 30-day truce over the Easter holiday.", PROP, "RUS", None, "-Moscow"),
    pytest.param("Washington called on Jerusalem to allow more aid into Gaza.", PROP, "USA", "ISR", "-Washington", marks=XFAIL),
    ("The Kremlin said Putin and Xi spoke by phone on Tuesday.", CALL, "RUS", "CHN", None),
    ("The Elysee said Macron had phoned the Turkish president on Monday.", CALL, "FRA", "TUR", None),
    ("Beijing and Moscow signed an energy agreement.", AGR, "CHN", "RUS", "-Beijing"),
    # attacks: a state named by its capital as the doer
    ("Moscow launched a wave of drones at Ukraine's power grid overnight.", "attack.", "RUS", "UKR", "-Moscow"),
    ("Kyiv struck an oil refinery in Russia's Ryazan region with drones.", "attack.", "UKR", "RUS", "-Kyiv"),
    ("Jerusalem carried out air strikes on Hezbollah positions in southern Lebanon.", "attack.", "ISR", None, "-Jerusalem"),
    # capitals as places beside a real actor
    ("Russian drones struck Kyiv overnight, killing two people.", "attack.", "RUS", "UKR", "Kyiv"),
    ("A missile hit a residential block in Kyiv on Tuesday, killing four.", "attack.", None, None, "Kyiv"),
    ("Ukrainian drones attacked Moscow for the third night in a row.", "attack.", "UKR", "RUS", "Moscow"),
    ("An explosion tore through a market in Kabul, killing nine people.", "attack.", None, None, "Kabul"),
    ("Israeli jets struck targets near Damascus on Monday.", "attack.", "ISR", "SYR", "Damascus"),
    ("A car bomb exploded outside a hotel in Mogadishu on Sunday.", "attack.", None, None, "Mogadishu"),
    ("Russia fired ballistic missiles at Kyiv early on Thursday.", "attack.", "RUS", "UKR", "Kyiv"),
    ("Gunmen stormed a police station on the outskirts of Baghdad.", "attack.", None, None, "Baghdad"),
    ("Drones targeted the airport in Khartoum on Wednesday.", "attack.", None, None, "Khartoum"),
    # capitals as places of other events
    ("Thousands protested in Washington against the war on Saturday.", "protest.", None, None, "Washington"),
    ("Moscow police arrested 40 protesters on Sunday.", "arrest", "RUS", None, "Moscow"),
    ("Police in Nairobi fired tear gas at demonstrators.", "protest.", None, None, "Nairobi"),
    ("Protesters marched through central Tbilisi on Monday.", "protest.", None, None, "Tbilisi"),
    ("The foreign ministers of India and China met in Beijing on Monday.", TALK, "IND", "CHN", "Beijing"),
    ("Iranian and US negotiators held talks in Geneva on Thursday.", TALK, "IRN", "USA", "Geneva"),
    pytest.param("The Turkish president hosted the Ukrainian leader in Ankara on Friday.", TALK, "TUR", "UKR", "Ankara", marks=XFAIL),
    pytest.param("Flights to Beijing were cancelled on Tuesday after the typhoon warning.", "disruption.", None, None, None, marks=XFAIL),
    ("Kyiv came under a massive drone attack overnight.", "attack.", None, "UKR", "Kyiv"),
    ("Air raid sirens sounded across Kyiv as Russian missiles hit the capital.", "attack.", "RUS", "UKR", "Kyiv"),
    ("Thousands of people were evacuated from Tripoli as clashes spread.", "humanitarian.", None, None, "Tripoli"),
    # look-alikes: no event
    ("Washington is a city of monuments and museums.", None, None, None, None),
    ("Moscow hosted the film festival last week.", None, None, None, None),
    ("Beijing will host the next trade fair in March.", None, None, None, None),
    ("Paris is expecting more than a million visitors for the games.", None, None, None, None),
    ("Seoul's subway carried a record number of passengers this year.", None, None, None, None),
    ("London was hit by heavy rain and flooding on Tuesday.", None, None, None, None),
    ("Tokyo's stock market fell sharply on Monday.", None, None, None, None),
    ("Kyiv's restaurants reopened as the curfew was eased.", None, None, None, None),
    ("Moscow beat St Petersburg 2-1 in the cup final.", None, None, None, None),
    ("Washington and Oregon agreed to share water from the river.", None, None, None, None),
    ("The Kremlin is a fortified complex in the heart of Moscow.", None, None, None, None),
    ("The White House Correspondents' dinner was held on Saturday.", None, None, None, None),
    pytest.param("Berlin accused its neighbours of stealing the best chefs, the magazine joked.", None, None, None, None, marks=XFAIL),
    ("Washington Post reporters accused the editor of bias.", None, None, None, None),
    pytest.param("Real Madrid accused Barcelona of tapping up their players.", None, None, None, None, marks=XFAIL),
    ("A Paris court sentenced the fashion designer for tax fraud.", "arrest", None, None, "Paris"),
    ("Rome's mayor blamed the heat for the traffic chaos.", None, None, None, None),
    ("Ankara's main square was closed for the parade.", None, None, None, None),
    ("The price of bread in Cairo has doubled since January.", None, None, None, None),
    ("Dublin's housing crisis has worsened, the report said.", None, None, None, None),
]


def _has(event, roles: tuple[str, ...], iso: str) -> bool:
    return any(a.role in roles and a.country == iso for a in event.actors)


def _at(event, place: str | None) -> bool:
    if place is None:
        return True
    name = (event.location.name if event.location else "") or ""
    if place.startswith("-"):
        return not (event.location and event.location.precision == "city" and place[1:].lower() in name.lower())
    return place.lower() in name.lower()


def _fits(event, etype: str, first: str | None, second: str | None, place: str | None) -> bool:
    return (event.type.startswith(etype)
            and (first is None or _has(event, ("initiator", "participant"), first))
            and (second is None or _has(event, ("target", "participant"), second))
            and _at(event, place))


@pytest.mark.parametrize("text,etype,first,second,place", CASES)
def test_capital_is_read(parse, text, etype, first, second, place):
    events = parse(text)._.events
    if etype is None:
        assert not events
    else:
        assert any(_fits(e, etype, first, second, place) for e in events), [
            (e.type, [(a.role, a.country, a.name) for a in e.actors], e.location and e.location.name) for e in events]
