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

from spacy.tokens import Doc, Span

from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.geo.names import normalize
from sitrep.lexicon import load_lexicon
from sitrep.nlp.mentions import text_of

DATELINE = re.compile(
    r"(?:^|\n|(?<=[.!?”\"] ))[ \t]*(?P<place>[A-Z][A-Za-z’'.-]*[A-Z][A-Za-z’'.-]*(?: [A-Z][A-Za-z’'.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,14}(?: [A-Z][A-Za-z.]+(?=\s*(?:—|–|--|-)\s))?))?"
    r"(?P<agency>\s*\([A-Za-z .&]{2,20}\))?(?P<dash>\s*(?:—|–|--|-)(?:\s|(?=\()))?(?P<colon>:\s)?")
DATELINE_CHARS = 600  # a dateline comes right after the headline
MIN_TOWN = 50_000  # a town this big is a place by its name alone; a smaller one needs its region named
NOT_NAMES = {"PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}
LINK_WORDS = {"of", "in", "for", "at", "from"}  # "University of Georgia", "Friends of the Earth"
BIG = 500_000  # a city this big is meant even where its name is also a word ("Phoenix", "Mobile" is not)
COMPOUND = re.compile(r"^([A-Z][A-Za-z.]*\.)-[a-z]+$")  # "U.S.-led"
ROMAN = re.compile(r"^[IVXLC]+$")
POSTAL_COUNTRIES = ("US", "CA", "AU")  # whose first-level regions' ISO 3166-2 codes are their postal codes
ADMIN_WORDS = {"county", "parish", "borough", "province", "oblast", "governorate", "prefecture", "state"}


def _title(tok_text: str) -> bool:
    return tok_text[:1].isupper()


def _is_upper_name(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def people_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The words of the people's names in a report ("Barack Obama" gives "Barack", "Obama"):
    alone later ("Obama said"), they name the person, not a town."""
    return {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
            and not gaz.demonym(e.text) and not gaz.country(e.text) for t in e if _title(t.text)}


def datelines(doc: Doc, gaz: Gazetteer, context: list[str]) -> Iterator[tuple[int, int, str, Place, str | None]]:
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
        if not _is_upper_name(place_text):  # "DETROIT The U.S. Transportation Department ..."
            upper = list(itertools.takewhile(_is_upper_name, place_text.split()))
            if not upper:
                continue
            place_text, region_text = " ".join(upper), None
            bare = True
        else:
            bare = False
        region = next((p for _, p in regions_named(gaz, region_text)), None) if region_text else None
        colon = bool(m.group("colon")) and not m.group("dash")  # "BEIRUT: The body of ...": a big town only
        bare = bare or not (m.group("dash") or region is not None)
        if bare and not colon and start != top and text[start - 1:start] != "\n":
            continue
        countries = [region.country] if region is not None and region.country else context
        admin1s = [region.admin1] if region is not None and region.admin1 else []
        county = normalize(place_text).split()[-1] in ("co", "county", "parish")
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
def _pair_pattern(abbrs: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(a) for a in sorted(abbrs, key=len, reverse=True))
    return re.compile(r"(?<![\w.])([A-Z][\w’'-]*(?: (?:St\.|[A-Z][\w’'-]*)){0,3}), "
                      r"(" + alternation + r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})(?!\w|-\w)")


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
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
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


def town_regions(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, str, list[tuple[str, Place]]]]:
    """(start, end, text, regions) of each town written before the region or country it is in
    ("Churchill, Man.", "Paris, Texas", "Kupiansk, Ukraine"): the regions the second name may be,
    longest name first. Two regions in a row ("Alberta, Saskatchewan") are a list, not a pair."""
    pattern = _pair_pattern(tuple(gaz.abbreviations))
    names = {i for e in doc.ents if e.label_ in NOT_NAMES and e.label_ != "PERSON"
             for i in range(e.start_char, e.end_char)}
    for m in pattern.finditer(text_of(doc)):
        town = m.group(1)
        if m.start(1) in names or gaz.demonym(town) or any(
                p.precision in ("admin1", "country") and gaz.by_own_name(town, p) for p in gaz.lookup(town)):
            continue
        regions = regions_named(gaz, m.group(2))
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
    people = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start_char, e.end_char)}
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
        elif region.precision == "admin1" and len(words) <= 2 and gaz.is_known(town) and start not in people:
            yield start, end, town, region, "within"  # known elsewhere only: the region is what is sure
        after = text_of(doc).index(region_text, end)
        yield after, after + len(region_text), region_text, region, None


def compounds(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, str, Place, str | None]]:
    """(start, end, text, place, None) of the countries that open a one-token compound
    ("U.S.-led", "U.K.-based": the tokenizer keeps the dotted abbreviation and its word together)."""
    for tok in doc:
        m = COMPOUND.match(tok.text)
        if m is not None and (place := gaz.country(m.group(1))) is not None:
            yield tok.idx, tok.idx + len(m.group(1)), m.group(1), place, None


def contained(doc: Doc, gaz: Gazetteer, resolved: dict[int, Place], seen: set[int]) -> Iterator[tuple[Span, Place]]:
    """(span, place) of the villages and districts the gazetteer does not know, placed in the known
    place the sentence puts them in: "the villages of Foua and Kfraya in Idlib", "the town of X in
    the Y district", "X county in Z province". ``resolved`` maps the first token of each place
    mention already found to its place; the span gets the container's place and precision."""
    nouns = set(load_lexicon().place_words.settlement_nouns)
    ents = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}

    def name_at(i: int, cue: bool) -> int:  # the end of an unknown proper name starting at i, or i
        labels = (None, "GPE", "LOC", "FAC", "NORP", "ORG", *(("PERSON",) if cue else ()))  # after "villages of"
        j = i
        while j < len(doc) and j not in seen and doc[j].pos_ == "PROPN" and _title(doc[j].text) and \
                ents.get(j) in labels:
            j += 1
        return j if j > i and not gaz.is_known(doc[i:j].text) else i

    i = 0
    while i < len(doc) - 2:
        cue = doc[i].lower_ in nouns and doc[i + 1].lower_ == "of"
        start = i + 2 if cue else i
        names = []
        k = start
        while (j := name_at(k, cue)) > k:
            names.append(doc[k:j])
            k = j
            if k < len(doc) and doc[k].lower_ in nouns and not cue:
                k += 1  # "Puge county"
            if k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and name_at(k + 1, cue) > k + 1 and cue:
                k += 1
                continue
            break
        if names and (cue or k > names[-1].end):
            link = k
            while link < len(doc) and link < k + 4 and (doc[link].lower_ in ("in", "of", "near", ",", "the")
                                                         or doc[link].is_space):
                link += 1
            container = resolved.get(link) if link > k else None
            if container is not None:
                for span in names:
                    seen.update(range(span.start, span.end))
                    yield span, container
                i = k
                continue
        i += 1


def possessed(doc: Doc, towns: dict[int, Place], seen: set[int],
              skip: Callable[[Span], bool] = lambda span: False) -> Iterator[tuple[Span, Place]]:
    """(span, place) of the sites a town's possessive puts in it ("London's Heathrow", "Cairo's
    Abbasiya"): a name the model tags as a place, right after the town's "'s", that the report
    does not place otherwise. ``towns`` maps the last token of each town mention to its place."""
    for e in doc.ents:
        owner = e.start - 2
        if e.label_ not in ("GPE", "LOC", "FAC") or e.start < 2 or doc[e.start - 1].text not in ("'s", "’s") \
                or owner not in towns or seen & set(range(e.start, e.end)) or skip(e):
            continue
        seen.update(range(e.start, e.end))
        yield e, towns[owner]


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


def _known(text: str, gaz: Gazetteer, context: list[str], admin1s: set[str], sentence_start: bool,
           strict: bool, more: bool = False) -> Place | None:
    """The place a capitalised stretch names, if the gazetteer knows it well enough."""
    whole = gaz.demonym_place(text)
    if whole is not None:
        return whole
    abbr = gaz.abbreviation(text)
    if abbr is not None:
        return abbr
    letters = sum(c.isalpha() for c in text)
    if text.endswith("."):
        return gaz.country(text) if text.count(".") > 1 else None  # "U.S.", not "Sen." (Senegal's code)
    if ROMAN.match(text) or (letters <= 3 and not text.isupper()):
        return None  # "Sen." is a senator, "II" a numeral, "Bo" a name: not SEN, a region, a town
    if text.isupper() and letters <= 4:
        # "UAE" is a country; "NLP" a ticker, not a town's code in some list; "ATF" an agency, not
        # the code of the French Southern Territories: a bare ISO code counts only as reports use it
        whole = gaz.country(text)
        return whole if whole is not None and (text != whole.country or gaz.is_alias(text)) else None
    cands = gaz.lookup(text)
    if not cands:
        return None
    place = gaz.resolve(text, context_countries=context, context_admin1=tuple(sorted(admin1s)))
    if place is None and text.split()[-1].lower() in ADMIN_WORDS:
        place = gaz.resolve(text, context_admin1=tuple(sorted(admin1s)))  # "Edgar County" in a report read as French
    if place is None:
        return None
    if place.precision != "country" and " " not in text.strip() and gaz.is_word(text) and place.population < BIG:
        return None  # "Center", "Union", "West": words before they are places
    if place.precision == "city" and not (gaz.by_own_name(text, place)
                                         and len(normalize(text)) >= len(normalize(place.name)) - 1):
        return None  # "Far" is a name of Fargo in some list, not what "Far North" means
    if strict and place.precision == "city" and place.admin1 not in admin1s:
        return None  # inside an organisation's name, only at its head: "Woodstock Police", not "Wells Fargo"
    more = more and text.split()[-1].lower() not in ADMIN_WORDS  # "Edgar County Sheriff's Office" is sure
    return place if _town_ok(place, context, admin1s, sentence_start, more) else None


def _scan(doc: Doc, start: int, end: int, gaz: Gazetteer, context: list[str], admin1s: set[str],
          in_name: bool) -> Iterator[tuple[Span, Place]]:
    """Known places in the capitalised stretches of doc[start:end], longest first, left to right."""
    i = start
    while i < end:
        tok = doc[i]
        if not (_title(tok.text) and any(c.isalpha() for c in tok.text)):
            i += 1
            continue
        head = i == start or doc[i - 1].lower_ in LINK_WORDS or (i - 1 == start and doc[start].lower_ == "the")
        found = None
        for j in range(min(end, i + 4), i, -1):
            span = doc[i:j]
            if not all(_title(t.text) or t.text in ("-", "'s") for t in span) or span[-1].text in ("-",):
                continue
            place = _known(span.text, gaz, context, admin1s, bool(doc[i].is_sent_start) and not in_name,
                           strict=in_name and not head,
                           more=j < end and _title(doc[j].text))
            if place is not None:
                found = (span, place)
                if place.precision == "city" and place.population < MIN_TOWN and len(span) > 1:
                    # "University of Michigan Center": the state, not a village that took the next word
                    shorter = next(((doc[i:k], p) for k in range(j - 1, i, -1)
                                    if (p := _known(doc[i:k].text, gaz, context, admin1s, bool(doc[i].is_sent_start),
                                                    strict=False)) is not None
                                    and p.precision in ("admin1", "country")), None)
                    found = shorter or found
                break
        if found is not None:
            yield found
            i = found[0].end
        else:
            i += 1


def more_places(doc: Doc, gaz: Gazetteer, context: list[str], covered: set[int],  # noqa: C901
                resolved: dict[str, Place] | None = None) -> Iterator[tuple[Span, Place, str]]:
    """(span, place, hint) of the place names inside other names, demonyms and untagged names, and
    of the names the report uses as places elsewhere (``resolved``, with the report's own places)."""
    admin1s = {m.place.admin1 for m in doc._.places or [] if m.place.admin1}
    resolved = {**{m.text: m.place for m in doc._.places or []}, **(resolved or {})}
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    seen = set(covered)
    people = people_names(doc, gaz)
    seen.update(t.i for t in doc if t.text in people and not _title(doc[t.i + 1].text if t.i + 1 < len(doc) else "")
                and not _title(doc[t.i - 1].text if t.i else ""))  # "Moore said", after "Sheriff John Moore"
    for ent in doc.ents:
        if seen & set(range(ent.start, ent.end)):
            tail = ent.end
            while tail > ent.start and tail - 1 not in seen:
                tail -= 1
            if ent.label_ in NOT_NAMES or ent.label_ == "PERSON" or tail == ent.end or (
                    doc[tail].text in people):
                continue
            ent = doc[tail:ent.end]  # "DETROIT The U.S. Transportation Department": the part after the dateline
        if ent.label_ == "PERSON":  # "Sri Lankan" tagged PERSON: a person is never named just that
            code = gaz.demonym(ent.text)
            whole = gaz.country(code) if code else gaz.country(ent.text)
            if whole is not None:
                seen.update(range(ent.start, ent.end))
                yield ent, whole, "demonym" if code else "name"
            county = next((k for k in range(ent.start + 1, min(ent.end, ent.start + 4))
                           if doc[k].lower_ in ("county", "parish")), None)
            if whole is None and county is not None:  # "Anderson County Sheriff Greg Taylor": the county
                for span, place in _scan(doc, ent.start, county + 1, gaz, context, admin1s, in_name=True):
                    seen.update(range(span.start, span.end))
                    yield span, place, "name"
            continue
        if ent.label_ in NOT_NAMES:
            continue
        for span, place in _scan(doc, ent.start, ent.end, gaz, context, admin1s, in_name=True):
            seen.update(range(span.start, span.end))
            resolved.setdefault(span.text, place)
            yield span, place, "demonym" if gaz.demonym_place(span.text) else "name"
    i = 0
    while i < len(doc):
        if i in seen or i in ents or not _title(doc[i].text):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in seen and _title(doc[j].text) and j not in ents and (
                j == i or doc[j].pos_ == "PROPN"):
            j += 1
        for span, place in _scan(doc, i, j, gaz, context, admin1s, in_name=False):
            if len(span) == 1 and span[0].pos_ != "PROPN" and not gaz.demonym_place(span.text):
                continue  # a capitalised common word ("Nice", "Mobile") is a place only as a proper noun
            seen.update(range(span.start, span.end))
            resolved.setdefault(span.text, place)
            yield span, place, "demonym" if gaz.demonym_place(span.text) else "name"
        i = max(j, i + 1)
    yield from _again(doc, resolved, seen | {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)})


def _again(doc: Doc, resolved: dict[str, Place], seen: set[int]) -> Iterator[tuple[Span, Place, str]]:
    """A name the report uses as a place is that place wherever else it stands, as written: at the
    head of a name ("Glasgow Police", "Tabriz resident", "Middlesex-London EMS") or where the model
    read it as something else ("regularly in Winnipeg" tagged a date)."""
    longest = max((len(n.split()) for n in resolved), default=0)
    i = 0
    while i < len(doc):
        if i in seen or not _title(doc[i].text):
            i += 1
            continue
        for k in range(min(longest, 4), 0, -1):
            span = doc[i:i + k]
            if span.end <= len(doc) and span.text in resolved and not seen & set(range(span.start, span.end)):
                seen.update(range(span.start, span.end))
                yield span, resolved[span.text], "name"
                i = span.end
                break
        else:
            i += 1
