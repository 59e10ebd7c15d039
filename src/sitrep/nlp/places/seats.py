"""Seats of government named as places: "protesters gathered outside the White House" were in Washington, and
"clashes in the Kenyan capital" were in Nairobi.

The buildings and streets, and the town each stands in, are data (``seats`` in ``data/words/places.toml``).
A seat is a place only after a word of place ("outside the Kremlin"); as a subject it is the government
speaking ("the Kremlin said"), which the actors read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.geo.gazetteer import Gazetteer
from sitrep.lexicon.words import PlaceWords
from sitrep.nlp.mentions import PlaceMention, entities, indices_tagged, sent_index


def seat_mentions(doc: Doc, gaz: Gazetteer, words: PlaceWords, places: list[PlaceMention]) -> list[PlaceMention]:
    """"a rally outside the White House", "climbed the steps of the Capitol": each seat of government written
    after a word of place, as a mention of the town it stands in (its text the seat's own words); none for a
    seat followed by "in" or a comma and another place ("the Capitol in Austin" is the state's)."""
    starts = {m.tok_start for m in places}
    out: list[PlaceMention] = []
    for ent in entities(doc):
        span = ent[1:] if ent[0].lower_ == "the" else ent
        town = words.seats.get(span.text.lower()) if len(span) else None
        if town is None or not _after_a_word_of_place(doc, span, words) or _placed_after(doc, span, starts):
            continue
        place = gaz.resolve(town)
        if place is not None:
            out.append(PlaceMention(start=span.start_char, end=span.end_char, text=span.text, place=place,
                                    tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                                    hint="city"))
    return out


def _after_a_word_of_place(doc: Doc, span: Span, words: PlaceWords) -> bool:
    k = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    one = doc[k - 1].lower_ if k >= 1 else ""
    two = doc[k - 2:k].text.lower() if k >= 2 else ""
    return one in words.seat_preps or two in words.seat_preps


def _placed_after(doc: Doc, span: Span, starts: set[int]) -> bool:
    k = span.end
    return k + 1 < len(doc) and doc[k].lower_ in ("in", ",") and bool({k + 1, k + 2} & starts)


CAPITAL_WORD = "capital"


def capital_mentions(doc: Doc, gaz: Gazetteer, places: list[PlaceMention]) -> list[PlaceMention]:
    """"clashes in the Kenyan capital", "a blast in Syria's capital": the capital a demonym or a country's name
    gives the noun "capital", as a mention of that city (its text the words that name it); none when the city is
    named right after it ("the Syrian capital, Damascus", "the capital Damascus"), which places itself, nor for
    a capital of money or of a region ("venture capital", "the provincial capital": no country named)."""
    starts = {m.tok_start for m in places}
    out: list[PlaceMention] = []
    for tok in (doc[i] for i in indices_tagged(doc, words=(CAPITAL_WORD,))):  # no Token built for other words
        if tok.pos_ != "NOUN" or _named_right_after(doc, tok, starts):
            continue
        owner, country = next(((ch, code) for ch in tok.children if ch.dep_ in ("amod", "compound", "poss")
                               and ch.i < tok.i and (code := _country_of(gaz, ch))), (None, None))
        city = gaz.capital_of(country) if owner is not None and country else None
        if owner is None or city is None:
            continue
        span = doc[owner.i:tok.i + 1]
        out.append(PlaceMention(start=span.start_char, end=span.end_char, text=span.text, place=city,
                                tok_start=span.start, tok_end=span.end, sent=sent_index(doc, span.start),
                                hint="city"))
    return out


def _country_of(gaz: Gazetteer, tok: Token) -> str | None:
    """The country a demonym ("Kenyan") or a country's name ("Kenya", "Kenya's") names."""
    code = gaz.demonym(tok.text)
    if code:
        return code
    country = gaz.country(tok.text)
    return country.country if country is not None else None


def _named_right_after(doc: Doc, tok: Token, starts: set[int]) -> bool:
    """"the Syrian capital, Damascus", "the capital Damascus": a place mention starts right after the word."""
    k = tok.i + 1
    return bool({k, k + 1} & starts) and (k < len(doc) and (doc[k].text == "," or k in starts))
