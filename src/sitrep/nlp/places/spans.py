"""Where place names are in a report's text, before any is resolved.

``place_spans`` gives the stretches that may name places, each with the kind of place its words
ask for ("the Moscow region" asks for a region, "the Pokrovsk raion" for a district, "the
Bryansk, Kursk and Oryol regions" for three regions); ``is_feature`` tells the rivers, lakes and
mountains named like towns, which the gazetteer cannot place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon import load_lexicon
from sitrep.nlp.places.names import regions_named

REGION_WORDS = {"region", "oblast", "province", "state", "governorate", "county", "territory", "prefecture",
                "parish", "borough"}
DISTRICT_WORDS = {"district", "raion", "township", "neighbourhood", "neighborhood", "area"}
LOCATIVE = {"in", "near", "at", "outside", "around", "into", "from", "over", "of", "towards", "toward", "to"}
# labels the small model gives place names it does not know ("in Odesa" read as a LANGUAGE)
MISLABELS = {"LANGUAGE", "PRODUCT", "WORK_OF_ART"}
# a known place that is what a verb acts on ("attacked Odesa", "Odesa was shelled") is a place too
OBJECT_DEPS = {"dobj", "nsubjpass"}
FUNCTION_POS = {"PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART"}  # '"She had been driven': no town


def widen(doc: Doc, span: Span) -> tuple[Span, str | None]:
    """Add a following region/district word: "Moscow" -> "Moscow region"; a region's office after
    the name ("New York Gov.", "the Kharkiv governor") asks for the region without taking the word."""
    end = span.end
    hint = None
    if end < len(doc) and doc[end].text == "." and not span[-1].whitespace_ and \
            Gazetteer.load().abbreviation(span.text + "."):
        return doc[span.start:end + 1], None  # "Barrie, Ont." with the tokenizer's "Ont" and "."
    if end < len(doc) and doc[end].lower_ in load_lexicon().place_words.region_titles:
        return span, "admin1"
    if end < len(doc) and doc[end].lower_ in REGION_WORDS:
        end += 1
        hint = "admin1"
    elif end < len(doc) and doc[end].lower_ in DISTRICT_WORDS:
        end += 1
        hint = "district"
    if hint is None:
        hint = _listed_as(doc, end)
    start = span.start
    if start > 0 and doc[start - 1].lower_ == "the" and hint and end > span.end:
        start -= 1
    return doc[start:end], hint




def is_feature(doc: Doc, span: Span) -> bool:
    """A river, lake or mountain named after or like a town ("the Oskil River", "Lake Chad", "the
    right bank of the Dnipro"): the gazetteer has no rivers, and the town is the wrong place."""
    cues = load_lexicon().place_words
    after, before = cues.water_after, cues.water_before  # "the Oskil River", "Lake Chad"
    if span[-1].lower_ in after or (span.end < len(doc) and doc[span.end].lower_ in after):
        return True
    start = span.start + (span[0].lower_ == "the")
    if start > 0 and doc[start - 1].lower_ in before:
        return True
    words = [t.lower_ for t in doc[max(0, start - 3):start]]
    return words[-3:] in (["bank", "of", "the"], ["banks", "of", "the"]) or words[-2:] in (["bank", "of"],
                                                                                         ["banks", "of"])


def _listed_as(doc: Doc, i: int) -> str | None:
    """"the Bryansk, Kursk and Oryol regions": a name in a list that ends in a plural region word is a
    region too ("admin1"), or a district."""
    for j in range(i, min(len(doc), i + 12)):
        t = doc[j]
        if t.lower_ in (plural := load_lexicon().place_words.plural_regions):
            return str(plural[t.lower_])
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


CONNECTORS = {"ez", "el", "al", "ad", "ar", "as", "ash", "az", "i", "e", "de", "du"}  # inside hyphenated names


def _extended(span: Span, gaz: Gazetteer) -> Span:
    """A name the model cut at a connecting word or hyphen ("Deir" of "Deir ez-Zor", "Mazar" of
    "Mazar-i-Sharif"): the longest stretch the gazetteer knows."""
    doc = span.doc
    best = span
    j = span.end
    while j < len(doc) and j < span.end + 4 and (doc[j].lower_ in CONNECTORS or doc[j].text == "-"
                                                   or (not doc[j - 1].whitespace_ and doc[j].text[:1].isalpha())):
        j += 1
        if doc[j - 1].text[:1].isupper() and gaz.is_known(doc[span.start:j].text):
            best = doc[span.start:j]
    return best


def _joined(spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Names the model split at "and" that are one region or country ("Jammu and Kashmir", "Trinidad
    and Tobago", "Bosnia and Herzegovina"): joined when the gazetteer knows the whole by that name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda sp: sp.start):
        prev = out[-1] if out else None
        if prev is not None and span.start == prev.end + 1 and span.doc[prev.end].lower_ in ("and", "&"):
            whole = span.doc[prev.start:span.end]
            if any(p.precision in ("admin1", "country") and gaz.by_own_name(whole.text, p)
                   for p in gaz.lookup(whole.text)):
                out[-1] = whole
                continue
        out.append(span)
    return out


def place_spans(doc: Doc, labels: set[str]) -> list[tuple[Span, str | None]]:
    """The stretches of a report that may name places, each with the kind of place its words ask
    for: the model's place entities (cut at commas, joined at "and", carried over a hyphen) and
    proper nouns it missed that a locative word, a region word or the verb acting on them marks."""
    gaz = Gazetteer.load()
    cues = load_lexicon().place_words
    ents = _joined([_extended(part, gaz) for e in doc.ents if e.label_ in labels
                    for part in _parts(e, gaz)], gaz)
    out = [widen(doc, part) for part in ents]
    covered = {i for e in doc.ents if e.label_ not in MISLABELS for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        tok = doc[i]
        if (tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start and not tok.is_stop
                                    and tok.pos_ not in FUNCTION_POS)) and i not in covered:
            j = i + 1
            while j < len(doc) and j not in covered and (doc[j].pos_ == "PROPN" or (
                    # "Deir ez-Zor", "Mazar-i-Sharif": a connecting word inside the name
                    j + 1 < len(doc) and (doc[j].text == "-" or doc[j].lower_ in CONNECTORS)
                    and not doc[j - 1].whitespace_ and doc[j + 1].pos_ == "PROPN")):
                j += 1
            span = doc[i:j]
            after = doc[j].lower_ if j < len(doc) else ""
            cue = (i > 0 and doc[i - 1].lower_ in LOCATIVE) or after in REGION_WORDS | DISTRICT_WORDS or (
                after in cues.plural_regions) or (
                span.root.dep_ in OBJECT_DEPS and span.root.head.pos_ == "VERB") or (
                # "captured Robotyne and Staromaiorske", "in Kherson and Mykolaiv": the second of a pair
                span.root.dep_ == "conj" and span.root.head.dep_ in OBJECT_DEPS | {"pobj"}
                and span.root.head.pos_ == "PROPN")
            if cue and gaz.is_known(span.text):
                out.append(widen(doc, span))
            i = j
        else:
            i += 1
    return out
