"""Place names that are no event's place but still name a place, for ``sitrep places``.

Found by general rules of news writing, beside the places the pipeline resolves:

- datelines, at the top of the text or after a headline ("... dubious. COLUMBUS -- A text",
  "SALINA, Kan. Strong winds");
- places inside the names of organisations and buildings ("the Ohio Department of Health",
  "Coles County Police", "the Russian Foreign Ministry", "Environment Canada", "S.C. Highway
  Patrol", "the University of Pennsylvania");
- demonyms, as their country ("Sri Lankan political developments", "Turkish-Russian ties");
- capitalised names the model left untagged that the gazetteer knows as a country, a
  first-level region, a county, or a town big enough or inside a region the report names.

None of these feeds an event: events are placed from ``doc._.places`` alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.geo.names import normalize
from sitrep.lexicon import place_words
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.mentions import entities, text_of, token_texts, words_text

DATELINE = re.compile(
    r"(?:^|\n|(?<=[.!?”\"] ))[ \t]*(?P<place>[A-Z](?:[A-Za-z’'.-]*[A-Z][A-Za-z’'.-]*|[a-z’'.-]+)"
    r"(?: [A-Z][A-Za-z’'.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]+(?=\s*(?:—|–|--|-)\s))?))?"
    r"(?P<agency>\s*\([A-Za-z .&]{2,20}\))?(?P<dash>\s*(?:—|–|--|-)(?:\s|(?=\()))?(?P<colon>:\s)?")
DATELINE_CHARS = 600  # a dateline comes right after the headline
MIN_TOWN = 50_000  # a town this big is a place by its name alone; a smaller one needs its region named
NOT_NAMES = {"PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}
BIG = 500_000  # a city this big is meant even where its name is also a word ("Phoenix", "Mobile" is not)
COMPOUND = re.compile(r"^([A-Z][A-Za-z.]*\.)-[a-z]+$")  # "U.S.-led"
ROMAN = re.compile(r"^[IVXLC]+$")
POSTAL_COUNTRIES = ("US", "CA", "AU")  # whose first-level regions' ISO 3166-2 codes are their postal codes


def _title(tok_text: str) -> bool:
    return tok_text[:1].isupper()


def _is_title_dateline(m: re.Match[str]) -> bool:
    """"Peoria, IL (WMBD) —", "Mount Olive, N.C. —": a town in title case heads a line as a dateline when a
    region and a dash follow it (whether the region is one is asked of the gazetteer after); so it does after
    the headline or a line of the page run on as a sentence ("Crash closes road. Mount Olive, N.C. — ..."):
    ``DATELINE`` only matches there, at a line's start or after a sentence's end."""
    place_text = m.group("place")
    titled = all(w[:1].isupper() and not _is_upper_name(w) for w in place_text.split())
    return titled and bool(m.group("region")) and bool(m.group("dash"))


def _is_upper_name(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def people_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The words of the people's names in a report ("Barack Obama" gives "Barack", "Obama"):
    alone later ("Obama said"), they name the person, not a town."""
    return {t.text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1
            and not gaz.demonym(e.text) and not gaz.country(e.text) for t in e if _title(t.text)}


def datelines(doc: Doc, gaz: Gazetteer, context: list[str],
              words: PlaceWords) -> Iterator[tuple[int, int, str, Place, str | None]]:
    """(start, end, text, place, hint) of the place and the region of each dateline near the top;
    hint "city" when the town was read inside the region written after it ("PARIS, Mo. —"),
    "within" when the town is placed at that region (the gazetteer knows it only elsewhere).

    A dateline names the town the reporter filed from, so a town is read before a region of the
    same name ("VICTORIA —" is the city); one with neither a dash nor a region ("DETROIT The
    ...", "WASHINGTON (Reuters)") counts only at the very top of the text and for a town big
    enough to be known by its name alone."""
    text = text_of(doc)
    top = len(text) - len(text.lstrip())
    for m in DATELINE.finditer(text[:DATELINE_CHARS]):
        place_text, region_text = m.group("place"), m.group("region")
        start = m.start("place")
        if _is_title_dateline(m):
            bare = False
        elif not _is_upper_name(place_text):  # "DETROIT The U.S. Transportation Department ..."
            upper = list(itertools.takewhile(_is_upper_name, place_text.split()))
            if not upper:
                continue
            place_text, region_text = " ".join(upper), None
            bare = True
        else:
            bare = False
        region = next((p for _, p in regions_named(gaz, region_text)), None) if region_text else None
        if region is None and not _is_upper_name(place_text) and not bare:
            continue  # a town written in title case is a dateline only with its region named
        colon = bool(m.group("colon")) and not m.group("dash")  # "BEIRUT: The body of ...": a big town only
        bare = bare or not (m.group("dash") or region is not None)
        if bare and not colon and start != top and text[start - 1:start] != "\n":
            continue
        countries = [region.country] if region is not None and region.country else context
        admin1s = [region.admin1] if region is not None and region.admin1 else []
        county = normalize(place_text).split()[-1] in words.dateline_county_words
        place = gaz.resolve(place_text.title(), context_countries=countries, context_admin1=admin1s,
                            hint=None if county else "city")
        hint = None
        if region is not None:
            town = inside(gaz, place_text.title(), region)
            hint = "city" if town is not None else "within" if region.precision == "admin1" else None
            place = town or (region if hint == "within" and place is not None else place)
        if place is None or (bare and (place.precision != "city" or place.population < MIN_TOWN)):
            continue
        yield start, start + len(place_text), place_text, place, hint
        if region is not None and region_text:
            yield m.start("region"), m.end("region"), region_text, region, None


@functools.lru_cache(maxsize=4)
def _pair_pattern(abbrs: tuple[str, ...], region_words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A town, a comma and its region: an agency's abbreviation, or capitalised words and a region word
    ("Lindau, Ostmark oblast")."""
    alternation = "|".join(re.escape(a) for a in sorted(abbrs, key=len, reverse=True))
    word = "|".join(re.escape(w) for w in region_words) or "(?!)"
    return re.compile(r"(?<![\w.])([A-Z][\w’'-]*(?: (?:St\.|[A-Z][\w’'-]*)){0,3}), "
                      r"(" + alternation + r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}(?: (?:" + word + r"))?)"
                      r"(?!\w|-\w)")


def regions_named(gaz: Gazetteer, text: str) -> list[tuple[str, Place]]:
    """The first-level regions and countries a name written after a town may be, longest name first:
    "Mo." is Missouri, "Georgia" the country or the state, "New South Wales Police" New South Wales."""
    abbr = gaz.abbreviation(text)
    if abbr is not None:
        return [(text, abbr)]
    if re.fullmatch(r"[A-Z]{2,3}|[A-Z][a-z]", text):  # a postal code after a town: "LOUISVILLE, KY", "Barrie, ON"
        return [(text, p) for cc in POSTAL_COUNTRIES
                if (p := gaz.admin1(f"{cc}-{text.upper()}")) is not None][:1]
    words = text.split()
    if len(words) > 1 and words[-1] in gaz.region_words:  # "Ostmark oblast": the region asked for
        place = gaz.resolve(text, hint="admin1")
        return [(text, place)] if place is not None and place.precision == "admin1" else []
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if k < len(words) and name.lower() in place_words().compass_words:
            break  # "Eastbrook, South Dunmore": no region called "South" is written so
        found = [(name, p) for p in gaz.lookup(name)
                 if p.precision in ("admin1", "country") and gaz.by_own_name(name, p)]
        if found:
            return found
    return []


def inside(gaz: Gazetteer, name: str, region: Place) -> Place | None:
    """The town or county called ``name`` inside a region or country, if the gazetteer has one."""
    for place, _ in gaz.candidates(name, context_countries=[region.country] if region.country else [],
                                   context_admin1=[region.admin1] if region.admin1 else [], hint="city"):
        if place.precision in ("city", "district") and place.country == region.country and (
                region.precision == "country" or place.admin1 == region.admin1):
            return place
    return None


PAIRED_TOWN = 5_000  # a region's namesake town this big makes "Lebanon, Pennsylvania" a town and its state


def _regions_with_town(gaz: Gazetteer, name: str, regions: list[tuple[str, Place]]) -> list[tuple[str, Place]]:
    """A name that is a region or country itself, written before a region, is a town there only when the
    region holds a town of that name ("Lebanon, Pennsylvania", "Dublin, Georgia"); else the two are a list
    ("Alberta, Saskatchewan", "Georgia, Armenia")."""
    return [(text, r) for text, r in regions if r.precision == "admin1" and (t := inside(gaz, name, r)) is not None
            and t.precision == "city" and t.population >= PAIRED_TOWN]


def town_regions(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, str, list[tuple[str, Place]]]]:
    """(start, end, text, regions) of each town written before the region or country it is in
    ("Churchill, Man.", "Paris, Texas", "Kupiansk, Ukraine"): the regions the second name may be,
    longest name first. Two regions in a row ("Alberta, Saskatchewan") are a list, not a pair."""
    pattern = _pair_pattern(tuple(gaz.abbreviations), tuple(sorted(gaz.region_words)))
    names = {i for e in entities(doc) if e.label_ in NOT_NAMES and e.label_ != "PERSON"
             for i in range(e.start_char, e.end_char)}
    for m in pattern.finditer(text_of(doc)):
        town = m.group(1)
        if m.start(1) in names or gaz.demonym(town):
            continue
        regions = regions_named(gaz, m.group(2))
        if any(p.precision in ("admin1", "country") and gaz.by_own_name(town, p) for p in gaz.lookup(town)):
            regions = _regions_with_town(gaz, town, regions)
        after = doc.char_span(m.end(2), len(text_of(doc)), alignment_mode="expand")
        if after is not None and len(after) and after[0].pos_ in ("VERB", "AUX"):
            continue  # "backed by Moscow, Kyiv said": a speaker after a comma, not the town's region
        if regions:
            yield m.start(1), m.end(1), town, regions


def city_state(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, str, Place, str | None]]:
    """(start, end, text, place, hint) of the towns of ``town_regions`` and their regions: the town
    read inside the region written after it (hint "city"), whatever the model tagged it as. A town
    the gazetteer knows elsewhere but not inside that first-level region ("Holliday, Missouri") is
    placed at the region, at the region's precision (hint "within")."""
    people = {i for e in entities(doc) if e.label_ == "PERSON" for i in range(e.start_char, e.end_char)}
    for start, end, town, regions in town_regions(doc, gaz):
        words = town.split()
        found = None
        for k in range(len(words)):  # "In Churchill" -> "Churchill"
            name = " ".join(words[k:])
            found = next(((name, t, r, p) for t, r in regions if (p := inside(gaz, name, r)) is not None), None)
            if found is not None:
                break
        region_text, region = regions[0]
        if found is not None:
            name, region_text, region, place = found
            yield end - len(name), end, name, place, "city"
        elif region.precision == "admin1" and len(words) <= 2 and start not in people and (
                gaz.is_known(town) or region_text.split()[-1] in gaz.region_words):
            yield start, end, town, region, "within"  # known elsewhere only, or not at all: the region is sure
        after = text_of(doc).index(region_text, end)
        yield after, after + len(region_text), region_text, region, None


def compounds(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, str, Place, str | None]]:
    """(start, end, text, place, None) of the countries that open a one-token compound
    ("U.S.-led", "U.K.-based": the tokenizer keeps the dotted abbreviation and its word together)."""
    for tok in doc:
        m = COMPOUND.match(tok.text)
        if m is not None and (place := gaz.country(m.group(1))) is not None:
            yield tok.idx, tok.idx + len(m.group(1)), m.group(1), place, None


def _unknown_name_end(doc: Doc, i: int, cue: bool, seen: set[int], ents: dict[int, str], gaz: Gazetteer) -> int:
    """The end of an unknown proper name starting at token ``i``, or ``i``: "Zarqin" of "the villages
    of Zarqin and Bawfel" (after such a cue a name the model took for a person's counts too)."""
    labels = (None, "GPE", "LOC", "FAC", "NORP", "ORG", *(("PERSON",) if cue else ()))
    j = i
    while j < len(doc) and j not in seen and doc[j].pos_ == "PROPN" and _title(doc[j].text) and \
            ents.get(j) in labels:
        j += 1
    return j if j > i and not gaz.is_known(doc[i:j].text) else i


def _unknown_names(doc: Doc, start: int, cue: bool, seen: set[int], ents: dict[int, str], gaz: Gazetteer,
                   nouns: frozenset[str]) -> tuple[list[Span], int]:
    """The unknown names from ``start`` on and where they end: after a cue a list ("Zarqin and
    Bawfel"), else one name and its settlement noun ("Lanxiao county")."""
    names = []
    k = start
    while (j := _unknown_name_end(doc, k, cue, seen, ents, gaz)) > k:
        names.append(doc[k:j])
        k = j
        if k < len(doc) and doc[k].lower_ in nouns and not cue:
            k += 1  # "Puge county"
        if cue and k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and \
                _unknown_name_end(doc, k + 1, cue, seen, ents, gaz) > k + 1:
            k += 1
            continue
        break
    return names, k


def _container(doc: Doc, k: int, resolved: dict[int, Place], links: frozenset[str]) -> Place | None:
    """The known place a few linking words (``container_links``) after token ``k``: "in the"."""
    link = k
    while link < len(doc) and link < k + 4 and (doc[link].lower_ in links or doc[link].is_space):
        link += 1
    return resolved.get(link) if link > k else None


def contained(doc: Doc, gaz: Gazetteer, words: PlaceWords, resolved: dict[int, Place],
              seen: set[int]) -> Iterator[tuple[Span, Place]]:
    """(span, place) of the villages and districts the gazetteer does not know, placed in the known
    place the sentence puts them in: "the villages of Foua and Kfraya in Idlib", "the town of X in
    the Y district", "X county in Z province". ``resolved`` maps the first token of each place
    mention already found to its place; the span gets the container's place and precision."""
    nouns = words.settlement_nouns
    ents = {i: e.label_ for e in entities(doc) for i in range(e.start, e.end)}
    i = 0
    while i < len(doc) - 2:
        cue = doc[i].lower_ in nouns and doc[i + 1].lower_ == "of"
        names, k = _unknown_names(doc, i + 2 if cue else i, cue, seen, ents, gaz, nouns)
        container = _container(doc, k, resolved, words.container_links) if names and (
            cue or k > names[-1].end) else None
        if container is None:
            i += 1
            continue
        for span in names:
            seen.update(range(span.start, span.end))
            yield span, container
        i = k


def possessed(doc: Doc, towns: dict[int, Place], seen: set[int],
              skip: Callable[[Span], bool] = lambda span: False) -> Iterator[tuple[Span, Place]]:
    """(span, place) of the sites a town's possessive puts in it ("London's Heathrow", "Cairo's
    Abbasiya"): a name the model tags as a place, right after the town's "'s", that the report
    does not place otherwise. ``towns`` maps the last token of each town mention to its place."""
    for e in entities(doc):
        owner = e.start - 2
        if e.label_ not in ("GPE", "LOC", "FAC") or e.start < 2 or doc[e.start - 1].text not in ("'s", "’s") \
                or owner not in towns or seen & set(range(e.start, e.end)) or skip(e):
            continue
        seen.update(range(e.start, e.end))
        yield e, towns[owner]


@dataclass(frozen=True)
class _Scan:
    """What reading the capitalised stretches of a report needs: the gazetteer, the place words, the
    report's countries and the regions its places are in."""

    doc: Doc
    gaz: Gazetteer
    words: PlaceWords
    context: list[str]
    admin1s: set[str]


def _town_ok(place: Place, context: list[str], admin1s: set[str], sentence_start: bool, more: bool) -> bool:
    if place.precision == "country":
        return True
    if place.precision in ("admin1", "district"):  # "Far North" of "Far North Queensland" is not Cameroon's
        return not more or not context or place.country in context
    if place.precision != "city":
        return False
    if place.admin1 in admin1s:
        return True  # local news names its state once and its towns bare
    return place.population >= MIN_TOWN and not sentence_start


# -- the form of a name decides: a rule gives the place, None (no place), or NEXT (go on) ----------
NEXT = object()
FormRule = Callable[[str, Gazetteer], "Place | None | object"]


def by_demonym(text: str, gaz: Gazetteer) -> Place | None | object:
    """"Norwegian" is Norway, "European" Europe."""
    return gaz.demonym_place(text) or NEXT


def by_abbreviation(text: str, gaz: Gazetteer) -> Place | None | object:
    """"Ga." is Georgia, "B.C." British Columbia."""
    return gaz.abbreviation(text) or NEXT


def dotted(text: str, gaz: Gazetteer) -> Place | None | object:
    """"U.S." is a country; "Sen." a senator, not Senegal's code."""
    if not text.endswith("."):
        return NEXT
    return gaz.country(text) if text.count(".") > 1 else None


def numeral_or_short(text: str, gaz: Gazetteer) -> Place | None | object:
    """"II" is a numeral, "Bo" a name: no region, no town."""
    letters = sum(c.isalpha() for c in text)
    return None if ROMAN.match(text) or (letters <= 3 and not text.isupper()) else NEXT


def code(text: str, gaz: Gazetteer) -> Place | None | object:
    """"DRC" is a country; "NLP" a ticker, not a town's code in some list; "ATF" an agency, not the
    code of the French Southern Territories: a bare ISO code counts only as reports use it."""
    if not (text.isupper() and sum(c.isalpha() for c in text) <= 4):
        return NEXT
    whole = gaz.country(text)
    return whole if whole is not None and (text != whole.country or gaz.is_alias(text)) else None


FORM_RULES: tuple[FormRule, ...] = (by_demonym, by_abbreviation, dotted, numeral_or_short, code)


# -- a place the name was resolved to must be what the name means ---------------------------------
def not_a_word(text: str, place: Place, scan: _Scan, strict: bool) -> bool:
    """"Center", "Union", "West": words before they are places, unless the place is big."""
    return place.precision == "country" or " " in text.strip() or not scan.gaz.is_word(text) or \
        place.population >= BIG


def own_name(text: str, place: Place, scan: _Scan, strict: bool) -> bool:
    """"Far" is a name of Fargo in some list, not what "Far North" means: a town by its own name, whole."""
    return place.precision != "city" or (scan.gaz.by_own_name(text, place)
                                         and len(normalize(text)) >= len(normalize(place.name)) - 1)


def at_name_head(text: str, place: Place, scan: _Scan, strict: bool) -> bool:
    """Inside an organisation's name a town counts only at its head ("Woodstock Police", not "Wells
    Fargo"), unless it is in a region the report names."""
    return not strict or place.precision != "city" or place.admin1 in scan.admin1s


PLACE_CHECKS = (not_a_word, own_name, at_name_head)


def _resolved(text: str, scan: _Scan) -> Place | None:
    """The name read in the report's context; a county's or region's own name also without the
    countries ("Edgar County" in a report read as French)."""
    admin1s = tuple(sorted(scan.admin1s))
    place = scan.gaz.resolve(text, context_countries=scan.context, context_admin1=admin1s)
    if place is None and text.split()[-1].lower() in scan.words.own_region_words:
        place = scan.gaz.resolve(text, context_admin1=admin1s)
    return place


def _known(scan: _Scan, text: str, sentence_start: bool, strict: bool, more: bool = False) -> Place | None:
    """The place a capitalised stretch names, if the gazetteer knows it well enough."""
    for rule in FORM_RULES:
        decided = rule(text, scan.gaz)
        if decided is not NEXT:
            return decided if isinstance(decided, Place) else None
    if not scan.gaz.lookup(text):
        return None
    place = _resolved(text, scan)
    if place is None or not all(check(text, place, scan, strict) for check in PLACE_CHECKS):
        return None
    more = more and text.split()[-1].lower() not in scan.words.own_region_words  # "Edgar County Sheriff" is sure
    return place if _town_ok(place, scan.context, scan.admin1s, sentence_start, more) else None


def _own_region_word(scan: _Scan, word: str) -> bool:
    """"the Brindshire State Patrol", "the Brindshire Department of Transportation": a name followed by a
    word that says it is a region ("State", "County") or heads its public office ("Department",
    "Highway Patrol") names the region for sure, as "Edgar County" does, whatever countries the report is
    read in."""
    return word in scan.words.own_region_words or word in scan.words.region_office_words


def _longest_at(scan: _Scan, i: int, end: int, head: bool, in_name: bool) -> tuple[Span, Place] | None:
    """The longest known place starting at token ``i`` (up to four words, not past ``end``)."""
    doc, texts = scan.doc, token_texts(scan.doc)
    for j in range(min(end, i + 4), i, -1):
        words = texts[i:j]
        if not all(_title(w) or w in ("-", "'s") for w in words) or words[-1] == "-":
            continue
        place = _known(scan, words_text(doc, i, j), bool(doc[i].is_sent_start) and not in_name,
                       strict=in_name and not head,
                       more=j < end and _title(texts[j]) and not _own_region_word(scan, texts[j].lower()))
        if place is None:
            continue
        span = doc[i:j]
        if place.precision == "city" and place.population < MIN_TOWN and len(span) > 1:
            # "University of Michigan Center": the state, not a village that took the next word
            shorter = next(((doc[i:k], p) for k in range(j - 1, i, -1)
                            if (p := _known(scan, doc[i:k].text, bool(doc[i].is_sent_start), strict=False))
                            is not None and p.precision in ("admin1", "country")), None)
            return shorter or (span, place)
        return span, place
    return None


def _scan(scan: _Scan, start: int, end: int, in_name: bool) -> Iterator[tuple[Span, Place]]:
    """Known places in the capitalised stretches of doc[start:end], longest first, left to right."""
    doc, texts = scan.doc, token_texts(scan.doc)
    i = start
    while i < end:
        if not (_title(texts[i]) and any(c.isalpha() for c in texts[i])):
            i += 1
            continue
        head = i == start or doc[i - 1].lower_ in scan.words.name_link_words or (
            i - 1 == start and doc[start].lower_ == "the")
        found = _longest_at(scan, i, end, head, in_name)
        if found is not None:
            yield found
            i = found[0].end
        else:
            i += 1


def _name_hint(gaz: Gazetteer, span: Span) -> str:
    return "demonym" if gaz.demonym_place(span.text) else "name"


def _after_covered(doc: Doc, ent: Span, seen: set[int], people: set[str]) -> Span | None:
    """The part of an entity after what is read already ("DETROIT The U.S. Transportation
    Department": the part after the dateline), the entity when none of it is, or None."""
    if not seen & set(range(ent.start, ent.end)):
        return ent
    tail = ent.end
    while tail > ent.start and tail - 1 not in seen:
        tail -= 1
    if ent.label_ in NOT_NAMES or ent.label_ == "PERSON" or tail == ent.end or doc[tail].text in people:
        return None
    return doc[tail:ent.end]


def _in_person(scan: _Scan, ent: Span, seen: set[int]) -> Iterator[tuple[Span, Place, str]]:
    """"Sri Lankan" tagged PERSON (a person is never named just that) is the country; "Anderson
    County Sheriff Greg Taylor" names the county."""
    gaz, doc = scan.gaz, scan.doc
    demonym = gaz.demonym(ent.text)
    whole = gaz.country(demonym) if demonym else gaz.country(ent.text)
    if whole is not None:
        seen.update(range(ent.start, ent.end))
        yield ent, whole, "demonym" if demonym else "name"
        return
    county = next((k for k in range(ent.start + 1, min(ent.end, ent.start + 4))
                   if doc[k].lower_ in scan.words.person_county_words), None)
    if county is not None:
        for span, place in _scan(scan, ent.start, county + 1, in_name=True):
            seen.update(range(span.start, span.end))
            yield span, place, "name"


def _in_entities(scan: _Scan, seen: set[int], people: set[str],
                 resolved: dict[str, Place]) -> Iterator[tuple[Span, Place, str]]:
    """Place names inside the model's other entities: "the Ohio Department of Health"."""
    for whole in entities(scan.doc):
        ent = _after_covered(scan.doc, whole, seen, people)
        if ent is None:
            continue
        if ent.label_ == "PERSON":
            yield from _in_person(scan, ent, seen)
            continue
        if ent.label_ in NOT_NAMES:
            continue
        for span, place in _scan(scan, ent.start, ent.end, in_name=True):
            seen.update(range(span.start, span.end))
            resolved.setdefault(span.text, place)
            yield span, place, _name_hint(scan.gaz, span)


def _untagged(scan: _Scan, seen: set[int], resolved: dict[str, Place]) -> Iterator[tuple[Span, Place, str]]:
    """Known places among the capitalised words the model left untagged."""
    doc = scan.doc
    texts = token_texts(doc)
    ents = {i for e in entities(doc) for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        if i in seen or i in ents or not _title(texts[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in seen and _title(texts[j]) and j not in ents and (
                j == i or doc[j].pos_ == "PROPN"):
            j += 1
        for span, place in _scan(scan, i, j, in_name=False):
            if len(span) == 1 and span[0].pos_ != "PROPN" and not scan.gaz.demonym_place(span.text):
                continue  # a capitalised common word ("Nice", "Mobile") is a place only as a proper noun
            seen.update(range(span.start, span.end))
            resolved.setdefault(span.text, place)
            yield span, place, _name_hint(scan.gaz, span)
        i = max(j, i + 1)


def _people_alone(doc: Doc, people: set[str]) -> set[int]:
    """The tokens that are a person's name alone: "Moore said", after "Sheriff John Moore"."""
    if not people:
        return set()
    wanted = {get_string_id(name) for name in people}
    orths = doc.to_array([ORTH]).tolist() if len(doc) else []  # the words as ids: no token is built to look
    return {i for i, orth in enumerate(orths) if orth in wanted
            and not _title(doc[i + 1].text if i + 1 < len(doc) else "") and not _title(doc[i - 1].text if i else "")}


def more_places(doc: Doc, gaz: Gazetteer, words: PlaceWords, context: list[str], covered: set[int],
                resolved: dict[str, Place] | None = None) -> Iterator[tuple[Span, Place, str]]:
    """(span, place, hint) of the place names inside other names, demonyms and untagged names, and
    of the names the report uses as places elsewhere (``resolved``, with the report's own places)."""
    scan = _Scan(doc, gaz, words, context, {m.place.admin1 for m in doc._.places or [] if m.place.admin1})
    resolved = {**{m.text: m.place for m in doc._.places or []}, **(resolved or {})}
    people = people_names(doc, gaz)
    seen = set(covered) | _people_alone(doc, people)
    yield from _in_entities(scan, seen, people, resolved)
    yield from _untagged(scan, seen, resolved)
    yield from _again(doc, resolved, seen | {i for e in entities(doc) if e.label_ == "PERSON" for i in range(e.start, e.end)})


def _again(doc: Doc, resolved: dict[str, Place], seen: set[int]) -> Iterator[tuple[Span, Place, str]]:
    """A name the report uses as a place is that place wherever else it stands, as written: at the
    head of a name ("Glasgow Police", "Tabriz resident", "Middlesex-London EMS") or where the model
    read it as something else ("regularly in Winnipeg" tagged a date)."""
    longest = max((len(n.split()) for n in resolved), default=0)
    if not longest:
        return
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        if i in seen or not _title(texts[i]):
            i += 1
            continue
        for k in range(min(longest, 4, len(doc) - i), 0, -1):
            name = words_text(doc, i, i + k)
            if name in resolved and not seen & set(range(i, i + k)):
                seen.update(range(i, i + k))
                yield doc[i:i + k], resolved[name], "name"
                i += k
                break
        else:
            i += 1
