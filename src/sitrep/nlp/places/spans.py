"""Where place names are in a report's text, before any is resolved.

``place_spans`` gives the stretches that may name places, each with the kind of place its words
ask for ("the Moscow region" asks for a region, "the Pokrovsk raion" for a district, "the
Bryansk, Kursk and Oryol regions" for three regions); ``is_feature`` tells the rivers, lakes and
mountains named like towns, which the gazetteer cannot place.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.headline import headline_grammar
from sitrep.nlp.mentions import entities, indices_tagged
from sitrep.nlp.places.names import MIN_TOWN, regions_named

# labels the small model gives place names it does not know ("in Odesa" read as a LANGUAGE)
MISLABELS = {"LANGUAGE", "PRODUCT", "WORK_OF_ART"}
# a known place that is what a verb acts on ("attacked Odesa", "Odesa was shelled") is a place too
OBJECT_DEPS = {"dobj", "nsubjpass"}
FUNCTION_POS = {"PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART"}  # '"She had been driven': no town


def widen(doc: Doc, span: Span, gaz: Gazetteer, words: PlaceWords) -> tuple[Span, str | None]:
    """Add a following region/district word: "Moscow" -> "Moscow region"; a region's office after
    the name ("New York Gov.", "the Kharkiv governor") asks for the region without taking the word."""
    end = span.end
    hint = None
    if end < len(doc) and doc[end].text == "." and not span[-1].whitespace_ and \
            gaz.abbreviation(span.text + "."):
        return doc[span.start:end + 1], None  # "Barrie, Ont." with the tokenizer's "Ont" and "."
    if end < len(doc) and doc[end].lower_ in words.region_titles:
        return span, "admin1"
    if end < len(doc) and doc[end].lower_ in words.region_words:
        end += 1
        hint = "admin1"
    elif end < len(doc) and doc[end].lower_ in words.district_words:
        end += 1
        hint = "district"
    if hint is None:
        hint = _listed_as(doc, end, words)
    if hint is None and _last_in_a_bracket(doc, span) and _a_region_by_name(gaz, span.text):
        hint = "admin1"
    if hint is None:
        hint = _named_after_of(doc, span.start, words)
    start = span.start
    if start > 0 and doc[start - 1].lower_ == "the" and hint and end > span.end:
        start -= 1
    return doc[start:end], hint


def _last_in_a_bracket(doc: Doc, span: Span) -> bool:
    """"a village near Eastbrook (Westmark)", "Eastbrook (Dunmore, Westmark)": the last name of a bracket
    right after a name, as coded notes write the levels a town is in, the biggest last."""
    if span.end >= len(doc) or doc[span.end].text != ")":
        return False
    for j in range(span.start - 1, max(0, span.start - BRACKET_SPAN) - 1, -1):
        if doc[j].text == ")":
            return False
        if doc[j].text == "(":
            return j > 0 and doc[j - 1].pos_ in ("PROPN", "NOUN")
    return False


def _a_region_by_name(gaz: Gazetteer, text: str) -> bool:
    """"Sagaing" of Sagaing Region, "Kherson" of Kherson Oblast: a first-level region the gazetteer knows by the
    name, or by the name and its region word."""
    return any(p.precision == "admin1" and (gaz.by_own_name(text, p) or p.name.startswith(text + " "))
               for p in gaz.lookup(text))


def _named_after_of(doc: Doc, start: int, words: PlaceWords) -> str | None:
    """"the northwest province of Latakia", "the district of Kupiansk": a name after a region or district
    word and "of" asks for a region or a district."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return None
    word = doc[start - 2].lower_
    if word in words.region_words:
        return "admin1"
    return "district" if word in words.district_words else None


SAINTS_SPAN = 8  # tokens a list of saints and a church's other words may take ("St. Peter and St. Paul Coptic ...")
SAINT_JOINERS = {"and", "&", ",", "'s", "’s"}


def is_feature(doc: Doc, span: Span, words: PlaceWords) -> bool:
    """A river, lake or mountain named after or like a town ("the Oskil River", "Lake Chad", "the
    right bank of the Dnipro"): the gazetteer has no rivers, and the town is the wrong place; and a
    saint a house of worship is named after (``saint_of_a_house``); and a brand ("a Lindau brand drill")."""
    if saint_of_a_house(doc, span, words) or names_a_street(doc, span, words):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in words.brand_after and doc[span.end].pos_ == "NOUN":
        return True  # not the verb: "Chile brands the shelling a crime"
    after, before = words.water_after, words.water_before  # "the Oskil River", "Lake Chad"
    if span[-1].lower_ in after or (span.end < len(doc) and doc[span.end].lower_ in after):
        return True
    start = span.start + (span[0].lower_ == "the")
    if start > 0 and doc[start - 1].lower_ in before:
        return True
    lowers = [t.lower_ for t in doc[max(0, start - 3):start]]
    return lowers[-3:] in (["bank", "of", "the"], ["banks", "of", "the"]) or lowers[-2:] in (["bank", "of"],
                                                                                           ["banks", "of"])


def names_a_street(doc: Doc, span: Span, words: PlaceWords) -> bool:
    """"shot in the 1200 block of West Madison Street", "a shop on Haifa Street": a name before a capitalised
    street word (``street_after``) names the street, not the town it is called after ("the Kabul road" is a
    way to the town)."""
    last = span[-1] if len(span) > 1 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.is_title and t.lower_ in words.street_after for t in (last, nxt)) or \
        _streets_of_a_crossing(nxt, words)


def _streets_of_a_crossing(nxt: Token | None, words: PlaceWords) -> bool:
    """"near 27th and Vine streets", "at Main and Elm avenues": the street word in the plural and lower case
    after the last of two names, as a crossing is written, makes both names streets."""
    if nxt is None or not nxt.is_lower or not nxt.lower_.endswith("s"):
        return False
    return nxt.lower_[:-1] in words.street_after


def saint_of_a_house(doc: Doc, span: Span, words: PlaceWords) -> bool:
    """"The church of St. Peter and St. Paul", "the Saint Brindan Coptic Church": a saint's name (``saint_words``)
    in the name of a house of worship (``worship_heads``), written after it and "of" or before it, past the
    other saints and the name's other capitalised words, names the church, not the town called after the
    saint. "A rally in St. Paul" and "a church in St. Paul" are the town."""
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if first.lower_ not in words.saint_words:
        return False
    k = span.end
    while k < min(len(doc), span.end + SAINTS_SPAN) and (_name_word(doc[k]) or doc[k].lower_ in SAINT_JOINERS):
        if doc[k].lower_ in words.worship_heads:
            return True
        k += 1
    if k < len(doc) and doc[k].lower_ in words.worship_heads:
        return True
    j = first.i - 1
    while j > max(0, first.i - SAINTS_SPAN) and (_name_word(doc[j]) or doc[j].lower_ in SAINT_JOINERS):
        j -= 1
    return j > 0 and doc[j].lower_ == "of" and doc[j - 1].lower_ in words.worship_heads


def _name_word(t: Token) -> bool:
    return t.text[:1].isupper() and not t.is_sent_start


def person_names(doc: Doc, words: PlaceWords) -> frozenset[str]:
    """The one-word names a report gives people, found once a report: the last word of a person's full
    name ("Former Sen. Alan Brindley" gives "Brindley", and "Dana O'Brindley" though the tagger reads the
    surname as a common noun), the name after a title ("Mr. Brindley") and the first name after a noun of
    kin ("her daughter, Marietta": "Marietta" is the daughter wherever the report names her again)."""
    full = {e[-1].text for e in entities(doc) if e.label_ == "PERSON" and _a_name_word(e[-1])
            and sum(t.text[:1].isupper() for t in e) > 1}  # not "pounds Lindau": a verb run into a town
    names = [t for t in _proper_nouns(doc) if t.i and t.text[:1].isupper()]
    titled = {t.text for t in names if doc[t.i - 1].lower_.rstrip(".") in words.person_titles}
    kin = {t.text for t in names if named_after_kin(doc[t.i:t.i + 1], words)}
    return frozenset(full | titled | kin)


def _proper_nouns(doc: Doc) -> list[Token]:
    """The words tagged proper nouns, in order (no Token built for the others)."""
    return [doc[i] for i in indices_tagged(doc, pos=("PROPN",))]


def _a_name_word(t: Token) -> bool:
    """The last word of a person's full name: a proper noun, or a capitalised word the tagger took for
    something else ("O'Brindley" read as a noun); not a lower-case word the model ran into the name."""
    return t.pos_ == "PROPN" or (t.text[:1].isupper() and t.text.replace("’", "").replace("'", "").isalpha())


def speaking_names(doc: Doc, gaz: Gazetteer, reporting: Collection[str], words: PlaceWords) -> frozenset[str]:
    """The one-word names that speak as the subject of a reporting verb ("Brindley said the talks had
    failed", "Brindley told reporters") and that the gazetteer knows as a town but no capital: a person,
    wherever the report names them again ("called Brindley a liar", "the Brindley administration"). A
    government speaks by its capital or country ("Ostmark said") and stays a place; so does a town the
    report also names as where people live or where something is ("55 Lakeville residents marched ...
    Lakeville says no to the plan")."""
    names = {t.text for t in _proper_nouns(doc) if t.dep_ == "nsubj" and t.text[:1].isupper()
             and t.head.lemma_.lower() in reporting and not any(c.dep_ in ("compound", "flat") for c in t.children)
             and not (t.i and doc[t.i - 1].pos_ == "PROPN")}
    homes = _named_as_a_home(doc, names, words) if names else set()
    return frozenset(n for n in names if n not in homes and _a_town_not_a_capital(gaz, n))


def _named_as_a_home(doc: Doc, names: set[str], words: PlaceWords) -> set[str]:
    """Which of ``names`` the report also writes as a place: before a noun of residents ("Lakeville
    residents", "a Lakeville resident"), or after a word of place ("in Lakeville", "near Lakeville")."""
    homes = words.home_nouns
    return {t.text for t in doc if t.text in names and (
        (t.dep_ == "compound" and t.head.lemma_.lower() in homes)
        or (t.dep_ == "pobj" and t.head.lower_ in words.locative_words))}


def _a_town_not_a_capital(gaz: Gazetteer, name: str) -> bool:
    place = gaz.resolve(name)
    return place is not None and place.precision == "city" and bool(place.country) \
        and gaz.capital_named(name, str(place.country)) is None


def used_as_person(doc: Doc, span: Span, people: frozenset[str], words: PlaceWords) -> bool:
    """"Sen. Alan Brindley was convicted. Brindley, free on bail, will be sentenced": a one-word name the
    report also gives a person (``person_names``) is that person, not a town named so; after a locative
    word no person takes ("a rally in Brindley", not "the case was turned over to Brindley") it is the place.
    A possessive is the person's too: "Brindley's lawyer" after "Alan Brindley"."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    span = _without_possessive(span)
    return len(span) == 1 and (span.text in people and before not in words.placing_locatives
                               or named_after_kin(span, words) or _a_title(span, words)
                               or described_as_a_person(span))


PERSONS_RELATIVES = frozenset({"who", "whom"})  # "Vance, who ...": a town is told of with "which" or "where"


def opened_by(clause: Token, relatives: frozenset[str]) -> bool:
    """Is the relative clause headed by ``clause`` opened by one of ``relatives``, wherever the parser hangs it
    ("who has no record", "whose brother lives there", "to whom it was sent")?"""
    return clause.dep_ == "relcl" and any(w.lower_ in relatives for w in clause.doc[clause.left_edge.i:clause.i])


def described_as_a_person(span: Span) -> bool:
    """"Vance, who has no record, was held": a name a relative clause of "who" or "whom" describes is a person's
    (a town is told of with "which" or "where")."""
    return any(opened_by(ch, PERSONS_RELATIVES) for ch in span.root.children)


def _without_possessive(span: Span) -> Span:
    """"Brindley's lawyer": the name without its possessive ending, which the model tags with it."""
    return span[:-1] if len(span) > 1 and span[-1].tag_ == "POS" else span


def _a_title(span: Span, words: PlaceWords) -> bool:
    """"Trooper Alan Brindley": a title written before a name is the person's, not a town of that name."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text.lower().rstrip(".") in words.person_titles and after is not None and after.pos_ == "PROPN" \
        and after.text[:1].isupper()


def named_after_kin(span: Span, words: PlaceWords) -> bool:
    """"Crolley's wife, Lakeisha, who was being detained", "her son Brindley": a one-word name written
    right after a noun of kin (a comma between or not) is that person's first name."""
    k = span.start - 1
    if k >= 0 and span.doc[k].text == ",":
        k -= 1
    return k >= 0 and span.doc[k].lower_ in words.kin_nouns


def _listed_as(doc: Doc, i: int, words: PlaceWords) -> str | None:
    """"the Bryansk, Kursk and Oryol regions": a name in a list that ends in a plural region word is a
    region too ("admin1"), or a district."""
    for j in range(i, min(len(doc), i + 12)):
        t = doc[j]
        if t.lower_ in words.plural_regions:
            return str(words.plural_regions[t.lower_])
        if not (t.text in (",", "and", "-") or (t.pos_ == "PROPN" and t.text[:1].isupper())):
            return None
    return None


def _parts(span: Span, gaz: Gazetteer) -> list[Span]:
    """"Paris, Texas" tagged as one name is a town and the region it is in."""
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return [span]
    bounds = [span.start, *commas, span.end]
    parts = [span.doc[a + (1 if a in commas else 0):b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if not all(len(p) for p in parts) or not all(regions_named(gaz, p.text) for p in parts[1:]):
        return [span]
    return parts


def _extended(span: Span, gaz: Gazetteer, words: PlaceWords) -> Span:
    """A name the model cut at a connecting word or hyphen ("Deir" of "Deir ez-Zor", "Mazar" of
    "Mazar-i-Sharif"): the longest stretch the gazetteer knows."""
    doc = span.doc
    best = span
    j = span.end
    while j < len(doc) and j < span.end + 4 and (doc[j].lower_ in words.name_connectors or doc[j].text == "-"
                                                   or (not doc[j - 1].whitespace_ and doc[j].text[:1].isalpha())):
        j += 1
        if doc[j - 1].text[:1].isupper() and gaz.is_known(doc[span.start:j].text):
            best = doc[span.start:j]
    return best


def _widened_left(span: Span, gaz: Gazetteer, words: PlaceWords) -> Span:
    """A name the model cut after a capitalised word of its own ("Havana" of "Little Havana", "Ghouta" of
    "Eastern Ghouta"): the longer name, when the gazetteer knows a place by it as its own name."""
    start = span.start
    if start == 0 or not span.doc[start - 1].is_title or span.doc[start - 1].lower_ in words.locative_words:
        return span
    longer = span.doc[start - 1:span.end]
    return longer if any(gaz.by_own_name(longer.text, p) for p in gaz.lookup(longer.text)) else span


def _joined(spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names the model split at "and", or into two names side by side, that are one region or country
    ("Jammu and Kashmir", "Trinidad and Tobago", "DR Congo"): joined when the gazetteer knows the whole by
    that name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda sp: sp.start):
        prev = out[-1] if out else None
        if prev is not None and (span.start == prev.end or (
                span.start == prev.end + 1 and span.doc[prev.end].lower_ in ("and", "&"))):
            whole = span.doc[prev.start:span.end]
            if any(p.precision in ("admin1", "country") and gaz.by_own_name(whole.text, p)
                   for p in gaz.lookup(whole.text)):
                out[-1] = whole
                continue
        out.append(span)
    return out


def place_spans(doc: Doc, labels: set[str], gaz: Gazetteer, words: PlaceWords) -> list[tuple[Span, str | None]]:
    """The stretches of a report that may name places, each with the kind of place its words ask
    for: the model's place entities (cut at commas, joined at "and", carried over a hyphen) and
    proper nouns it missed that a locative word, a region word or the verb acting on them marks."""
    ents = _joined([_widened_left(_extended(part, gaz, words), gaz, words) for e in entities(doc) if e.label_ in labels
                    for part in _parts(e, gaz)], gaz)
    out = [widen(doc, part, gaz, words) for part in ents]
    out += [widen(doc, s, gaz, words) for s in [*preposition_led(doc, labels, gaz, words),
                                                *located_codes(doc, gaz, words), *unit_named(doc, gaz, words),
                                                *court_seats(doc, gaz, words), *headline_towns_as_persons(doc, gaz)]]
    # a name the model ran over a bracket ("Eastbrook (Dunmore" as one organisation) is names of their own
    # and a name the model took for a person's right before a bracket of places ("near Eastbrook (Dunmore,
    # Westmark)") is the town the bracket locates
    covered = {i for e in entities(doc) if e.label_ not in MISLABELS and not _over_a_bracket(e)
               and not (e.label_ not in labels and bracket_of_places(doc, e.end, gaz, words))
               for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        if not _may_name(doc[i]) or i in covered or doc[i].lower_ in words.locative_words:
            i += 1  # "Near Verbove, ...": the preposition that opens a line is no part of the name
            continue
        span = _proper_run(doc, i, covered, words)
        # the gazetteer's cheap "known at all?" first: a capital's check resolves the name
        if gaz.is_known(span.text) and (_cued(span, words) or bracket_of_places(doc, span.end, gaz, words)
                                        or a_capital(span, gaz)) \
                and not _a_lower_case_word(span, gaz) and not _an_opening_word(span, gaz):
            out.append(widen(doc, span, gaz, words))
        elif _opens_a_line_near(span, words) and gaz.known_loosely(span.text):
            out.append(widen(doc, span, gaz, words))  # "Near Dayr Az Zayr, one strike ...": another spelling
        i = span.end
    return out


def preposition_led(doc: Doc, labels: set[str], gaz: Gazetteer, words: PlaceWords) -> list[Span]:
    """"Near Verbove, two strikes hit ...": a name the model took together with the capitalised
    preposition that opens the line ("Near Verbove" as a person) is the place after the preposition."""
    out: list[Span] = []
    for e in entities(doc):
        if len(e) < 2 or not e[0].is_sent_start or e[0].lower_ not in words.locative_words:
            continue
        if (e.label_ not in labels or not gaz.is_known(e.text)) and gaz.is_known(e[1:].text):
            out.append(e[1:])
    return out


BRACKET_SPAN = 10  # tokens a bracket of places may hold: "(Eastbrook, Dunmore, Westmark)"


def bracket_of_places(doc: Doc, i: int, gaz: Gazetteer, words: PlaceWords) -> bool:
    """"gunmen killed a chief in Eastbrook (Dunmore, Westmark region)": does a bracket open at token ``i``
    whose last name, after any commas, is a region or a country the gazetteer knows? Such a bracket says
    where the name before it is, as coded notes write it; "Jane Doe (Labour)" holds no region."""
    if i >= len(doc) or doc[i].text != "(":
        return False
    close = next((j for j in range(i + 1, min(len(doc), i + BRACKET_SPAN)) if doc[j].text == ")"), None)
    if close is None or close == i + 1:
        return False
    last = doc[max((t.i for t in doc[i + 1:close] if t.text == ","), default=i) + 1:close]
    name = [t.text for t in last if t.lower_ not in words.region_words]  # "(Dunmore region)": the name
    return bool(name) and bool(regions_named(gaz, " ".join(name)))


def _over_a_bracket(e: Span) -> bool:
    """"rebels attacked Eastbrook (Eastbrook, Dunmore)", tagged "Eastbrook (Eastbrook, Dunmore" as one name."""
    return any(t.text in ("(", ")") for t in e)


def unit_named(doc: Doc, gaz: Gazetteer, words: PlaceWords) -> list[Span]:
    """"gunmen abducted five farmers in Eastbrook LGA": a name the model took for a person's or an
    organisation's that ends in a word of an administrative unit ("LGA", "district", "province") is that unit,
    the place around the name before it; no person's name ends in such a word. Only a name the gazetteer
    knows."""
    units = words.district_words | words.region_words
    out: list[Span] = []
    for e in entities(doc):
        if e.label_ in ("PERSON", "ORG") and len(e) > 1 and e[-1].lower_ in units and gaz.is_known(e[:-1].text):
            out.append(e[:-1])  # widening takes the word back, with the kind of place it asks for
    return out


def headline_towns_as_persons(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"Artillery fire pounds Lindau, 5 hurt": a headline's one-word name that the model, missing the verb, took
    for a person's (with any lower-case word it ran over: "pounds Lindau") is the town when the gazetteer knows
    a town big enough to be named alone (``MIN_TOWN``), a region or a country of that name; a name of two
    words ("Ana Lindau") stays a person's."""
    out: list[Span] = []
    for e in entities(doc):
        name = e[next((k for k, t in enumerate(e) if t.text[:1].isupper()), len(e)):]
        if e.label_ != "PERSON" or len(name) != 1 or not headline_grammar(e.sent) or not gaz.is_known(name.text) \
                or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.root.children):
            continue  # "Ana Lindau wins final": a first name hung on it makes it a person's
        place = gaz.resolve(name.text)
        if place is not None and (place.precision in ("admin1", "country") or place.population >= MIN_TOWN):
            out.append(name)
    return out


COURT_NAME_WORDS = 4  # words a court's name may hold after its town's: "County Court of Common Pleas" is not one


def court_seats(doc: Doc, gaz: Gazetteer, words: PlaceWords) -> list[Span]:
    """"was sentenced in Lakeville Superior Court", "a Dunmore County Circuit Court judge": a court's name the
    model tagged as an organisation or a building, ending in a court's word (``court_words``), is named after
    the town or county it sits in, where its acts happen: the longest run of its first words the gazetteer
    knows, followed only by the court's own words ("Superior", "Circuit", "District")."""
    out: list[Span] = []
    for e in entities(doc):
        if e.label_ not in ("ORG", "FAC") or len(e) < 2 or e[-1].lower_ not in words.court_words:
            continue
        start = e.start + (e[0].lower_ == "the")
        for end in range(e.end - 1, max(start, e.end - 1 - COURT_NAME_WORDS), -1):
            if doc[start].pos_ == "PROPN" and gaz.is_known(doc[start:end].text):
                if _a_seat_of_courts(doc[start:end], gaz, words):
                    out.append(doc[start:end])
                break
    return out


COURT_TOWN = 10_000  # a town this small seldom gives its name to a court; a county of the same name does


def _a_seat_of_courts(name: Span, gaz: Gazetteer, words: PlaceWords) -> bool:
    """A court's first words that name its seat: a county ("Dunmore County"), or a town big enough to have
    courts of its own ("Hartford"). "Kanawha Circuit Court" is named after a county written without its
    word, not after the hamlet of that name elsewhere: better no place than that one."""
    if any(t.lower_ in words.county_words for t in name):
        return True
    place = gaz.resolve(name.text)
    return place is not None and (place.precision != "city" or place.population >= COURT_TOWN)


def located_codes(doc: Doc, gaz: Gazetteer, words: PlaceWords) -> list[Span]:
    """"struck a depot in the UAE", "missiles fired from the DPRK": a name the model took for an
    organisation is a place when a locative word leads to it and reports use it for a country."""
    out: list[Span] = []
    for e in entities(doc):
        start = e.start + (e[0].lower_ == "the")
        before = doc[start - 1].lower_ if start > 0 else ""
        if before == "the" and start > 1:
            before = doc[start - 2].lower_
        if e.label_ == "ORG" and before in words.locative_words and gaz.is_alias(doc[start:e.end].text):
            out.append(doc[start:e.end])
    return out


def a_capital(span: Span, gaz: Gazetteer) -> bool:
    """"Ostburg accused Lindau of ...", "Lindau and Ostburg resumed talks": a country's capital, called by
    its own name, is a name wherever it stands, cued or not, for wire copy speaks of governments by their
    capitals and the model leaves many untagged. Not a name that is also a word of English ("Male"), nor a
    capital too small to be known by its name alone (whose name is likelier a person's or a namesake's)."""
    place = gaz.resolve(span.text)
    capital = gaz.capital_named(span.text, place.country) if place is not None and place.country else None
    return capital is not None and capital.population >= MIN_TOWN and not gaz.is_word(span.text)


def _may_name(tok: Token) -> bool:
    """A proper noun, or a capitalised content word inside a sentence ("shelling hit Nova"); not a word
    written in lower case in a sentence that capitalises its names ("found the van in Lakeville", where the
    tagger took "van" for a name)."""
    if not (tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start and not tok.is_stop
                                    and tok.pos_ not in FUNCTION_POS)):
        return False
    return not tok.is_lower or _a_lower_case_sentence(tok)


def _a_lower_case_word(span: Span, gaz: Gazetteer) -> bool:
    """"dealer arrested in bust near airport": in a line written in lower case, a word of English ("airport",
    "reading") is that word, not a town the gazetteer knows by it; "killed in kandahar" is the town."""
    return span.text.islower() and gaz.is_word(span.text)


def _an_opening_word(span: Span, gaz: Gazetteer) -> bool:
    """"Man shot outside bar", "Officer was hurt in the crash": one word that opens its sentence, capitalised
    only for that, and a word of English, is that word ("man"), not a town the gazetteer knows by it; a name
    the model tags as a place is read apart from this ("Kherson was shelled")."""
    return len(span) == 1 and bool(span[0].is_sent_start) and gaz.is_word(span.text)


def _a_lower_case_sentence(tok: Token) -> bool:
    """"three soldiers killed in kandahar": a headline or message written all in lower case, whose names
    have no capital to show (read once a sentence)."""
    sent = tok.sent
    seen = tok.doc.user_data.setdefault("sitrep.lower_case_sentences", {})
    if sent.start not in seen:
        seen[sent.start] = not any(t.is_title or t.is_upper for t in sent if t.is_alpha and not t.is_sent_start)
    return bool(seen[sent.start])


def _proper_run(doc: Doc, i: int, covered: set[int], words: PlaceWords) -> Span:
    """The proper nouns from token ``i`` on, over a connecting word inside the name ("Deir ez-Zor",
    "Mazar-i-Sharif") and over the small words of a name written as one hyphenated word ("Port-au-Prince")."""
    j = i + 1
    units = words.district_words | words.region_words  # "Eastbrook LGA": the unit's word is no part of the name
    while j < len(doc) and j not in covered and doc[j].lower_ not in units:
        if doc[j].pos_ == "PROPN" or (j + 1 < len(doc) and (doc[j].text == "-" or doc[j].lower_ in words.name_connectors)
                                      and not doc[j - 1].whitespace_ and doc[j + 1].pos_ == "PROPN"):
            j += 1
        elif (glued := _hyphenated_to(doc, j)) > j:
            j = glued
        else:
            break
    return doc[i:j]


HYPHENATED_SPAN = 6  # tokens after a name's first word that one hyphenated word may hold: "-upon-Tyne", "-sur-Mer"


def _hyphenated_to(doc: Doc, j: int) -> int:
    """Where one hyphenated word that goes on at token ``j`` ends, when it ends in a capitalised word:
    "Port-au-Prince", "Stoke-on-Trent" go on over their small words; "Lakeby-based" does not end in one,
    and "Lakeby - a town" is not written as one word. Returns ``j`` when there is none."""
    if doc[j].text != "-":
        return j
    end = j
    k = j
    while k < len(doc) and k < j + HYPHENATED_SPAN and not doc[k - 1].whitespace_ \
            and (doc[k].text == "-" or doc[k].is_alpha):
        k += 1
        if doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
            end = k
    return end


def _opens_a_line_near(span: Span, words: PlaceWords) -> bool:
    """"Near Dayr Az Zayr, one strike destroyed ...": a name of several words after a locative word that opens
    its sentence (a line of a strike list), which only a place is; its spelling may be another's, for the
    gazetteer's loose reading (``known_loosely``) to place in the report's countries."""
    doc = span.doc
    k = span.start - 1
    return len(span) > 1 and k >= 0 and doc[k].lower_ in words.locative_words and bool(
        doc[k].is_sent_start or (k > 0 and doc[k - 1].is_punct and doc[k - 1].is_sent_start))


# -- cues: what makes an untagged proper noun worth looking up -------------------------------------
def after_locative(span: Span, words: PlaceWords) -> bool:
    """"shelling near Verbove": a locative word before it."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in words.locative_words


def before_region_word(span: Span, words: PlaceWords) -> bool:
    """"the Verbove district", "the Verbove and Lypky regions": a region word after it."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return after in words.region_words | words.district_words or after in words.plural_regions


def acted_on(span: Span, words: PlaceWords) -> bool:
    """"troops captured Verbove", "Verbove was shelled": what a verb acts on."""
    return span.root.dep_ in OBJECT_DEPS and span.root.head.pos_ == "VERB"


def second_of_pair(span: Span, words: PlaceWords) -> bool:
    """"captured Verbove and Lypky", "in Kherson and Lypky": the second of a pair of places."""
    root = span.root
    return root.dep_ == "conj" and root.head.dep_ in OBJECT_DEPS | {"pobj"} and root.head.pos_ == "PROPN"


def names_a_thing(span: Span, words: PlaceWords) -> bool:
    """"Verbove blast kills four", "Verbove apartment block hit": in a headline, a proper name written before
    a common noun as its modifier (a place as an adjective) tells where the thing is. Only in a headline:
    in running prose the name before a noun is as often a maker, a firm or a family ("a Verbove truck",
    "the Verbove family"), and "Mobile internet was cut off." names no town."""
    root = span.root
    if root.dep_ != "compound" or root.pos_ != "PROPN" or root.head.pos_ != "NOUN" or not root.head.is_lower:
        return False
    return headline_grammar(span.sent)


def bracketed_after_a_name(span: Span, words: PlaceWords) -> bool:
    """"an army base in Eastbrook (Dunmore, Westmark)": a name opening a bracket right after a proper name
    says where that name is (not an abbreviation: "the Westmark Front (WF)")."""
    doc, k = span.doc, span.start
    return k > 1 and doc[k - 1].text == "(" and doc[k - 2].pos_ == "PROPN" and not span.text.isupper()


CUES = (after_locative, before_region_word, acted_on, second_of_pair, names_a_thing, bracketed_after_a_name)


def _cued(span: Span, words: PlaceWords) -> bool:
    return any(cue(span, words) for cue in CUES)
