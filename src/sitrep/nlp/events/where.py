"""Where an event happened: the places of its clause, and the country when none is named.

A place is the scene unless it is a reference point ("south of the capital", "launched from
across the border"), a speaker ("the province's rescue service said") or a government ("the
capital said").
With no place named, the country is the target's, never the initiator's own (unless an
armed group fights at home).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.geo.distance import km
from sitrep.geo.gazetteer import Gazetteer, Place
from sitrep.lexicon import Lexicon
from sitrep.lexicon.words import EventWords, PlaceWords
from sitrep.nlp.events.clauses import Group
from sitrep.nlp.events.sides import nominal, other_side
from sitrep.nlp.mentions import DocInfo, PlaceMention, QuantityMention, indices_of_lemmas, sentences
from sitrep.nlp.places.bodies import body_town
from sitrep.nlp.places.finder import contains
from sitrep.nlp.places.homes import a_home_town, a_hyphened_origin
from sitrep.nlp.places.names import datelines
from sitrep.nlp.places.spans import PERSONS_RELATIVES, opened_by
from sitrep.nlp.tree import subtree_bounds, tree_position
from sitrep.nlp.triggers import governing_verb
from sitrep.records import Actor, Location, family


def first_conjunct(doc: Doc, p: PlaceMention) -> Token:
    """The root of a place's words, or of the first of a list it is in: "Ruritania and Freedonia" read as one,
    so that every conjunct hangs where the first does ("negotiators from Ruritania and Freedonia")."""
    root = doc[p.tok_start:p.tok_end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def is_reference_point(doc: Doc, pm: PlaceMention, words: EventWords) -> bool:
    """"south of the capital", "rockets launched from the ridge", "a province, which borders the sea"."""
    root = doc[pm.tok_start:pm.tok_end].root
    spans = [(p.tok_start, p.tok_end) for p in doc._.places or []]
    for anc in list(root.ancestors)[:6]:
        if anc.dep_ == "relcl" and any(s <= anc.head.i < e for s, e in spans):
            return True
    root = first_conjunct(doc, pm)
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ in ("prep", "pcomp") and prep.head.lower_ == "from" \
            and prep.i == prep.head.i + 1:
        prep = prep.head  # "fired from over the heights", "shelled from across the river": where from
    if pm.tok_start >= 1 and ends_a_route(doc, doc[pm.tok_start - 1]):
        return True
    if root.dep_ == "pobj" and (prep.lower_ in words.reference_preps or left_for(prep, words)):
        return not left_from(prep, words) and not advanced_toward(prep, words)
    if root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in words.way_nouns:
        return True  # "pushing closer to the city", "on the road to the port"
    if root.dep_ == "pobj" and prep.head.lemma_.lower() in words.border_nouns and prep.lower_ not in ("in", "inside"):
        return True  # "on the border with its neighbour"; not "near the border in the province"
    if names_a_border(root, words) or locates_the_place_before(doc, root, words) or taken_for_care(root, words):
        return True
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in words.directions \
        and not names_a_part(prep.head)


def taken_for_care(root: Token, words: EventWords) -> bool:
    """"a man was shot in Eastbrook and flown to a hospital in Velden", "rushed to a trauma center at Velden": a
    place that says where the hospital is (a noun of care, ``care_nouns``, or one they modify) that the hurt
    were taken to is where they were treated, not where they were hurt; so is one that names the hospital ("taken
    to an east Velden hospital")."""
    if root.dep_ in ("compound", "amod", "nmod"):
        care = root.head
        return care.lemma_.lower() in words.care_nouns and care.dep_ == "pobj" and care.head.lower_ in ("to", "into")
    prep = root.head
    noun = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at", "near") or noun.dep_ != "pobj" \
            or noun.head.lower_ not in ("to", "into"):
        return False
    return noun.lemma_.lower() in words.care_nouns \
        or any(c.dep_ in ("compound", "amod") and c.lower_ in words.care_nouns for c in noun.children)


def names_a_part(compass: Token) -> bool:
    """"shelling in the east of Ruritania", "rockets hit the south of the city": a compass word with an article
    names a part of the place, which holds the scene; "north of Velden", "to the north of Velden", "fired from
    the west of Velden" measure from it. The article is the compass word's own, only its adjectives between
    ("the far east of"): in "the Lindau region southwest of Velden" a parse may give the region's to it."""
    doc = compass.doc
    if not any(c.dep_ in ("det", "poss") and c.i < compass.i
               and all(doc[k].dep_ == "amod" and doc[k].head == compass for k in range(c.i + 1, compass.i))
               for c in compass.children):
        return False
    return not (compass.dep_ == "pobj" and compass.head.lower_ in ("to", "from", "towards", "toward"))


def locates_the_place_before(doc: Doc, root: Token, words: EventWords) -> bool:
    """"a checkpoint in Eastbrook, near Velden", "in Eastbrook, just outside Velden", "stormed Eastbrook, 20 km
    north of Velden": a place after another place, a comma and a word of nearness (``nearness_preps``) or a
    bearing says where the first place is, whatever the parse hangs it on; the scene is the first place (an
    unknown first name leaves the second as the event's only place)."""
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ in words.nearness_preps:
        lead = prep
    elif prep.lower_ == "of" and prep.head.lower_ in words.directions:
        lead = prep.head  # "20 km north of": the bearing's words
    else:
        return False
    k = lead.left_edge.i
    return k >= 2 and doc[k - 1].text == "," and any(m.tok_end == k - 1 for m in doc._.places or [])


BEARING_REACH = 4  # words before a compass word that its bearing may take: "about 12 kilometres north of"


def bearing(doc: Doc, pm: PlaceMention, words: EventWords) -> Span | None:
    """"clearing villages north and west of Velden", "an ambush 12 kilometres from Velden", "within five miles
    of Velden": a town the event is measured from, by a compass word (``directions``) or a distance
    (``distance_nouns``), is not the scene, but the scene is near it. The words of the bearing, from the
    compass word's or the distance's first word to the name; None for any other place."""
    root = first_conjunct(doc, pm)
    prep, head = root.head, root.head.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return None
    measure = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lower_ in words.distance_nouns), None)
    if measure is not None:
        head = measure  # "20 miles from Velden": the parse may hang the distance on "from"
    elif prep.lower_ == "of" and head.lower_ in words.directions and not names_a_part(head):
        while head.dep_ == "conj" and head.head.lower_ in words.directions:
            head = head.head  # "north and west of Velden"
    elif head.lower_ not in words.distance_nouns:
        return None
    first = max(head.left_edge.i, head.i - BEARING_REACH)
    return doc[first:pm.tok_end]


def bearing_places(doc: Doc, g: Group, lex: Lexicon, speakers: list[tuple[int, int]]) -> list[PlaceMention]:
    """"Government troops cleared villages north of Velden": an event whose sentence names no scene but a
    town it is measured from is near that town (not at the country's middle): the town, its text the
    whole bearing ("north of Velden"), so that the record says it is near, not in, the town."""
    words, found = lex.event_words, []
    strays = stray_readings(doc, lex.place_words.placing_locatives)
    for p in doc._.places or []:
        if p.sent != g.sent or p.metonymic or p.place.precision == "country" or id(p) in strays \
                or any(s <= p.tok_start < e for s, e in speakers) or in_another_clause(doc, g, p):
            continue
        span = bearing(doc, p, words)
        if span is not None:  # the name's tokens stay the mention's; its text and characters are the bearing's
            found.append(replace(p, text=span.text, start=span.start_char, end=span.end_char))
    return found


def left_from(prep: Token, words: EventWords) -> bool:
    """"the evacuation of civilians from Velden", "hundreds fled from Velden", "troops withdrew from Velden": the
    "from" of a word of leaving (``departure_words``) names where the leaving happened, the scene, not a
    reference point as in "shells fired from the ridge"."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "the evacuation of civilians from Velden": "from" may hang on the people
    return prep.lower_ == "from" and head.lemma_.lower() in words.departure_words


def advanced_toward(prep: Token, words: EventWords) -> bool:
    """"troops advanced toward Velden", "rebels pushed towards the town": the "toward" of a force's advance
    (``advance_verbs``) names where the fighting was, not a reference point as in "fired toward the ridge"."""
    return prep.lower_ in ("toward", "towards") and prep.head.lemma_.lower() in words.advance_verbs


def left_for(prep: Token, words: EventWords) -> bool:
    """"families fled from Velden to Eastbrook": the "to" of a leaving that names where it left from is the
    destination, a reference point ("fled to Eastbrook" alone, with no "from", is still the only place told)."""
    head = prep.head
    return prep.lower_ in ("to", "into") and head.lemma_.lower() in words.departure_words \
        and any(left_from(ch, words) for ch in head.children)


def ends_a_route(doc: Doc, prep: Token) -> bool:
    """"a convoy carrying aid from Velden to Eastbrook was hit near Lindau", "a bus from Velden to Eastbrook": a
    place written right after "from", another place and "to" is where a road or a journey ends, a reference
    point like its start, read from the words: the parse may hang the "to" anywhere, or split the name."""
    if prep.lower_ not in ("to", "into"):
        return False
    return any(m.tok_end == prep.i and m.tok_start >= 1 and doc[m.tok_start - 1].lower_ == "from"
               for m in doc._.places or [])


def names_a_border(root: Token, words: EventWords) -> bool:
    """"near the Ruritania-Freedonia border", "the Ruritanian frontier": a country that names a border is
    where the border runs, not the scene (the event is near the line, on either side of it)."""
    for _ in range(3):  # "the Ruritania-Freedonia border": Ruritania modifies Freedonia, which modifies border
        if root.dep_ not in MODIFIER_DEPS or root.head == root:
            return False
        root = root.head
        if root.lemma_.lower() in words.border_nouns:
            return True
    return False


def in_another_clause(doc: Doc, g: Group, p: PlaceMention) -> bool:
    """"A strike hit a market, days after militants threatened to attack Freedonia": a place under a
    statement's trigger (the threat, a demand, an accusation) before this event's own is what was said,
    not where this event was. Under another act ("power was cut after drones attacked Freedonia") it is
    the scene of both."""
    own = _words_of_its_triggers(g)
    others = {t.head for t in doc._.triggers or [] if t.sent == g.sent and family(t.type) == "statement"} - own
    cur = doc[p.tok_start:p.tok_end].root
    for _ in range(12):
        if cur.i in own or cur.head == cur:
            return False
        cur = cur.head
        if cur.i in others:
            return True
    return False


def in_a_conjoined_act(doc: Doc, g: Group, p: PlaceMention, its_verbs: Collection[str]) -> bool:
    """"A gunman shot the envoy at a gallery and then, turning to the crowd, condemned the war in Freedonia": a
    place under a verb joined to the event's own by "and", of no verb of its family (``its_verbs``), is where
    that other act was (what was condemned), not this event's scene; "was shot and killed in Velden", "a bomb
    exploded in Velden and another went off in Lindau" tell acts of the event's kind, and keep their places."""
    own = _words_of_its_triggers(g)
    for cur in _below_the_act(doc, p, own):
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.i in own:
            return cur.lemma_.lower() not in its_verbs
    return False


def _below_the_act(doc: Doc, p: PlaceMention, own: set[int], depth: int = 12) -> Iterator[Token]:
    """The words from a place's own up its parse, while they are below the act's words (``own``); none once the
    walk reaches them or the sentence's root."""
    cur = doc[p.tok_start:p.tok_end].root
    for _ in range(depth):
        if cur.i in own or cur.head == cur:
            return
        yield cur
        cur = cur.head


def _trigger_words(g: Group) -> set[int]:
    """Every word of the group's triggers and their heads."""
    return {i for t in g.triggers for i in range(t.tok_start, t.tok_end)} | {t.head for t in g.triggers}


def _words_of_its_triggers(g: Group) -> set[int]:
    """Every word of the group's triggers and its governing verb: "went on strike in Velden" is the event's own
    phrase, not the strike of another act."""
    return _trigger_words(g) | {g.gov.i}


def in_a_clause_of_another_act(doc: Doc, g: Group, p: PlaceMention, act_nouns: Collection[str]) -> bool:
    """"Police charged a man in the bombing, which killed nine in Eastbrook": a place in the relative clause
    of another act's noun (``act_nouns``) is where that act was, not this event's scene."""
    own = _words_of_its_triggers(g)
    return any(cur.dep_ in ("relcl", "acl") and cur.head.pos_ == "NOUN" and cur.head.i not in own
               and cur.head.lemma_.lower() in act_nouns for cur in _below_the_act(doc, p, own))


RELATIVES_OF_PEOPLE = PERSONS_RELATIVES | {"whose"}  # "whose brother lives in Mosul" tells of its owner too


def told_of_a_person(doc: Doc, g: Group, p: PlaceMention) -> bool:
    """"Vance, who has no record in Boone County, was held in Lindau": a place in a relative clause of a person
    ("who", "whom", "whose") tells about that person, not where the event was; the event told inside such a
    clause keeps it ("the man who was shot in Lindau")."""
    return any(opened_by(cur, RELATIVES_OF_PEOPLE) for cur in _below_the_act(doc, p, _words_of_its_triggers(g)))


def where_the_protested_act_was(doc: Doc, g: Group, p: PlaceMention, act_nouns: Collection[str]) -> bool:
    """"Thousands marched in Velden to protest the bombing of Ruritania": a place in the phrase of another act's
    noun (``act_nouns``) under a protest is where the act protested was, not where the crowd marched."""
    if family(g.type) != "protest":
        return False
    own = _words_of_its_triggers(g)
    cur = doc[p.tok_start:p.tok_end].root
    for _ in range(12):
        if cur.i in own or cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.i not in own and cur.lemma_.lower() in act_nouns:
            return True
    return False


def owns_a_thing(doc: Doc, p: PlaceMention, lex: Lexicon) -> bool:
    """"Gunners fired on Ruritanian and Freedonian jets", "two Ruritania soldiers were hurt", "met Ruritania
    Vice President Ana Ruiz": a country that modifies a noun of people, fighters or arms, or a leader's title,
    says whose they are, not where the act was."""
    if p.place.precision != "country":
        return False
    root = first_conjunct(doc, p)  # "U.S. and British jets": the pair's first
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod"):
        return False
    noun = head.lemma_.lower()
    if noun in lex.trigger_words.leader_titles:  # a title is often tagged a name: "Vice President"
        return True
    if head.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.items
                                          for c in head.children):
        return True  # "stabbed Ruritania national Ana Ruiz": a person's title the parser hung on the name
    return head.pos_ == "NOUN" and (noun in lex.weapons or noun in lex.items or noun in lex.actor_words.armed_nouns)


def _broker(doc: Doc, p: PlaceMention, words: EventWords) -> bool:
    """"talks mediated by Ruritania", "a deal brokered by Freedonia": a country named as the third party, not the scene."""
    tok = doc[p.tok_end - 1] if p.tok_end > p.tok_start else doc[p.tok_start]
    by = tok.head
    return p.place.precision == "country" and tok.dep_ == "pobj" and by.lower_ == "by" \
        and by.head.lemma_.lower().startswith(words.broker_verb_stems)


def is_a_side(doc: Doc, g: Group, p: PlaceMention, lex: Lexicon) -> bool:
    """"The United States condemns the attack on the camp", "a U.S. strike hit the depot", "carried out by
    forces of Ruritania": a country that reacts to an event, that is named before an attack noun as its
    maker, or whose fighters did it, is a side, not the scene."""
    gov, heads = g.gov, [doc[t.head] for t in g.triggers]
    if p.place.precision == "country" and family(g.type) == "attack" and any(
            nominal(h) and p.tok_start in {t.i for left in h.lefts for t in left.subtree} for h in heads):
        return True
    if _in_the_agent(gov, p, lex.trigger_words.ground_subjects) or owns_the_fighters(doc, p, lex.trigger_words.ground_subjects):
        return True
    reacting = gov.lemma_.lower() in lex.actor_words.reaction_verbs and all(h != gov for h in heads)
    return reacting and any(ch.dep_ == "nsubj" and ch.left_edge.i <= p.tok_start <= ch.right_edge.i
                            for ch in gov.children)


def _in_the_agent(gov: Token, p: PlaceMention, fighters: frozenset[str]) -> bool:
    """"the strike was carried out by forces of Ruritania": a place in the "by" phrase of fighters is theirs."""
    return any(ch.dep_ == "agent" and ch.left_edge.i <= p.tok_start <= ch.right_edge.i
               and any(g.dep_ == "pobj" and g.lemma_.lower() in fighters for g in ch.children)
               for ch in gov.children)


def owns_the_fighters(doc: Doc, p: PlaceMention, fighters: frozenset[str]) -> bool:
    """"it was clear the strike was carried out by forces of the regime or Ruritania", "done by Ruritania's
    troops": a place that owns the fighters of a "by" phrase (after "of", every conjunct, or a possessive)
    is whose they are, wherever the phrase hangs in the sentence, not the scene."""
    root = first_conjunct(doc, p)
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owned = root.head.head
    elif root.dep_ == "poss":
        owned = root.head
    else:
        return False
    return owned.lemma_.lower() in fighters and owned.dep_ == "pobj" and owned.head.dep_ == "agent"


def owner_of_the_act(doc: Doc, p: PlaceMention, g: Group) -> bool:
    """"A Ruritanian strike hit a convoy near the ford", "Ruritanian airstrikes ... destroyed eight vehicles":
    a country that modifies an attack's noun in the sentence is whose attack it was, not where it happened."""
    if p.place.precision != "country" or family(g.type) != "attack":
        return False
    root = doc[p.tok_start:p.tok_end].root
    heads = {t.head for t in doc._.triggers or [] if t.sent == g.sent and family(t.type) == "attack"}
    return root.dep_ in MODIFIER_DEPS and root.head.i in heads


MODIFIER_DEPS = {"compound", "amod", "nmod"}


def names_the_sides(doc: Doc, g: Group, p: PlaceMention) -> bool:
    """"Talks between Ruritania and Freedonia collapsed", "clashes between Ruritania and Freedonia": countries
    in the "between" phrase of the act's own word are the two sides, not two scenes ("the road between Velden
    and Eastbrook was shelled" still names where: "between" hangs on the road, not on the act)."""
    if p.place.precision != "country":
        return False
    root = first_conjunct(doc, p)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "between":
        return False
    acts = {t.head for t in g.triggers} | {g.gov.i}
    # "talks in Velden between Ruritania and Freedonia": the parse may hang "between" on the venue
    on = prep.head
    return on.i in acts or (on.dep_ == "pobj" and on.head.dep_ == "prep" and on.head.head.i in acts)


def narrowed(doc: Doc, g: Group, kept: list[PlaceMention], scene: PlaceMention | None,
             gaz: Gazetteer) -> list[PlaceMention]:
    """"Airstrikes in Ostmark province killed 20 fighters. / A strike near Velden, Ruritania, hit two
    vehicles": an attack the clause places only at a country (Velden unknown) is at the scene the
    narrative last told inside that country, not at the country's middle."""
    if scene is None or family(g.type) != "attack" or len(kept) != 1 or kept[0].place.precision != "country" \
            or not qualifies_an_unknown(doc, kept[0]):
        return kept  # "drones launched at Ruritania" is the whole country's
    return [scene] if contains(kept[0].place, scene.place, gaz) else kept


def qualifies_an_unknown(doc: Doc, p: PlaceMention) -> bool:
    """"near Velden, Ruritania": a place written after a name the gazetteer does not know and a comma says
    where that name is; the event is at the unknown name, inside it."""
    k = p.tok_start
    if k < 2 or doc[k - 1].text != "," or doc[k - 2].pos_ != "PROPN":
        return False
    return not any(m.tok_end == k - 1 for m in doc._.places or [])


def owns_the_people(doc: Doc, p: PlaceMention, titles: frozenset[str]) -> bool:
    """"The foreign ministers of Ruritania and Freedonia met in Velden", "Ruritania's envoy arrived in Velden":
    a country whose officials the clause names ("of" or a possessive on a leader's title, every conjunct of a
    list) is whose people they are, a side; the scene is the clause's other place."""
    if p.place.precision != "country":
        return False
    root = first_conjunct(doc, p)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ != "poss":
        return False
    return head.lemma_.lower() in titles


def owns_a_site_elsewhere(doc: Doc, p: PlaceMention, kept: list[PlaceMention]) -> bool:
    """"Rockets hit a Ruritania base in Velden", "the Ruritania embassy in Velden was shelled": a country's name
    that modifies a noun placed in another of the event's places ("in", "at", "near") names whose the site
    is; the other place is where it stands. "A Velden market bombing" keeps Velden: no country, no site placed."""
    site = _noun_a_country_modifies(doc, p)
    if site is None:
        return False
    elsewhere = {i for o in kept if o is not p for i in range(o.tok_start, o.tok_end)}
    return any(prep.dep_ == "prep" and prep.lower_ in SITE_PREPOSITIONS and
               any(c.dep_ == "pobj" and c.i in elsewhere for c in prep.children)
               for prep in site.children)


def owns_premises_abroad(doc: Doc, p: PlaceMention, premises: frozenset[str]) -> bool:
    """"Police detained two men over the bombing of the Ruritania Embassy", "a rocket hit the Ruritanian
    embassy": a country named as the owner of its embassy or consulate (``premises_abroad``) is not where they
    stand, which is abroad: the report's other places say where."""
    site = _noun_a_country_modifies(doc, p)
    return site is not None and site.lemma_.lower() in premises


def _noun_a_country_modifies(doc: Doc, p: PlaceMention) -> Token | None:
    """The noun a country's name (or its adjective) stands before as a modifier: "base" in "a Ruritania base"."""
    root = doc[p.tok_end - 1]
    if p.place.precision != "country" or root.dep_ not in SITE_OWNER_DEPS or root.head.i < p.tok_end:
        return None
    return root.head


SITE_OWNER_DEPS = ("compound", "nmod", "poss", "amod")
SITE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
SIZES = {"point": 0, "city": 0, "district": 1, "admin1": 2, "country": 3}


CHAIN_LINKS = frozenset({",", "(", "in"})  # "Eastbrook village in Dunmore LGA, Westmark state", "Eastbrook (Dunmore)"
CHAIN_GAP = 6  # tokens between two places of a chain: links, words of kind ("village", "LGA") and unknown names


def serves_there(doc: Doc, p: PlaceMention, words: PlaceWords) -> bool:
    """"a former Dunmore County deputy was arrested in Velden", "a Lakeville police officer was shot in
    Eastbrook": a town or county written before a title of office (``person_titles``), itself or through its
    body's word (``local_bodies``), says where the person serves; beside another place it is not the scene."""
    root = doc[p.tok_start:p.tok_end].root
    head = root.head
    if root.dep_ != "compound":
        return False
    if head.dep_ == "compound" and head.lower_ in words.local_bodies:
        head = head.head  # "a Lakeville police officer"
    return head.lemma_.lower() in words.person_titles


def chained_after(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> bool:
    """"gunmen attacked Eastbrook village in Dunmore LGA, Westmark state, killing six", "an army base in
    Eastbrook (Dunmore, Westmark)": a bigger place written right after another, over a comma, a bracket or
    "in" and the smaller one's word of kind ("village", "town"), says where that place is: the two are one
    place told from the inside out, not two scenes. Places in a list are each a scene ("hit Eastbrook, the
    Dunmore region and Westby")."""
    k, root = outer.tok_start, doc[outer.tok_end - 1]
    gap = doc[inner.tok_end:k]
    if not 0 < len(gap) <= CHAIN_GAP or gap[-1].text not in CHAIN_LINKS:
        return False
    if inner.place != outer.place and SIZES.get(inner.place.precision, 0) >= SIZES.get(outer.place.precision, 0):
        return False  # the same place named again is a chain too: "Eastbrook (Eastbrook, Dunmore)"
    if root.dep_ == "conj" or any(c.dep_ in ("cc", "conj") for c in root.children):
        return False  # "hit Eastbrook, the Dunmore region and Westby": a list of scenes
    return all(t.text in CHAIN_LINKS or t.pos_ == "PROPN" or (t.is_lower and t.pos_ == "NOUN") for t in gap)


def one_end_of_a_stretch(doc: Doc, kept: list[PlaceMention]) -> list[PlaceMention]:
    """"a bomb went off on the road between Eastbrook and Velden", "fighting between Eastbrook and Velden": two
    places joined under "between" bound one stretch of ground, one scene, not two; the first names it (the
    sides of "talks between Ruritania and Freedonia" are taken out before, ``names_the_sides``)."""
    roots = {doc[p.tok_start:p.tok_end].root.i for p in kept}

    def a_later_end(p: PlaceMention) -> bool:
        first = first_conjunct(doc, p)
        return first.i != doc[p.tok_start:p.tok_end].root.i and first.i in roots and _under_between(first)
    return [p for p in kept if not a_later_end(p)] or kept


def _under_between(root: Token) -> bool:
    """Is ``root`` the object of "between"?"""
    return root.dep_ == "pobj" and root.head.lower_ == "between"


def _agrees(inner: Place, outer: Place) -> bool:
    """Is the smaller place of a chain read inside the bigger one (its region, or the country alone)?"""
    if inner.country != outer.country:
        return False
    return outer.precision == "country" or not (inner.admin1 and outer.admin1) or inner.admin1 == outer.admin1


def one_place_of_a_chain(doc: Doc, kept: list[PlaceMention]) -> list[PlaceMention]:
    """The one place of each chain ("Eastbrook village in Dunmore LGA, Westmark state"): the innermost
    named place the gazetteer puts inside the outer ones; a town it knows only elsewhere (an Eastbrook in
    another region) is a namesake, and the chain's next outer level is the place, at its own precision."""
    dropped: set[int] = set()
    for inner in kept:
        for outer in kept:
            if outer is not inner and chained_after(doc, inner, outer):
                dropped.add(id(outer) if _agrees(inner.place, outer.place) else id(inner))
    return [p for p in kept if id(p) not in dropped] or kept


BRACKET_REACH = 10  # tokens a bracket of places may hold: "(Eastbrook, Dunmore, Westmark)"


def _bracketed(doc: Doc, p: PlaceMention) -> list[PlaceMention]:
    """The places named in a bracket that opens right after ``p``, in their order."""
    if p.tok_end >= len(doc) or doc[p.tok_end].text != "(":
        return []
    close = next((j for j in range(p.tok_end + 1, min(len(doc), p.tok_end + BRACKET_REACH)) if doc[j].text == ")"),
                 p.tok_end)
    return sorted((m for m in doc._.places or [] if p.tok_end < m.tok_start and m.tok_end <= close),
                  key=lambda m: m.tok_start)


def levels_in_brackets(doc: Doc, scoped: list[PlaceMention]) -> list[PlaceMention]:
    """"gunmen attacked a market in Eastbrook (Dunmore, Westmark)": the names in a bracket after a town are
    the levels around it, the last the biggest; the place is the first of the chain the gazetteer puts
    inside that last level (a Dunmore known only abroad is a namesake of the district, not a second scene),
    and a town known only elsewhere gives way to the bracket's region. A bracket whose last name is only a
    town abroad names no region: the town before it is the place. A bracket of two or more names read in one
    region ("Eastbrook (Dunmore, Westmark)", both towns of Westmark) names that region, though its last is
    read as a town: an Eastbrook abroad gives way to it."""
    dropped: set[int] = set()
    for p in scoped:
        inside = _bracketed(doc, p)
        if not inside:
            continue
        chain = [p, *inside]
        outer = inside[-1].place
        # "Eastbrook (Dunmore)" with a Dunmore known only as a town abroad: no region to go by, the town stays
        by_region = outer.precision in ("admin1", "country") or _agrees(p.place, outer) or (
            len(inside) > 1 and all(_agrees(c.place, outer) for c in inside))
        keep = next(c for c in chain if _agrees(c.place, outer)) if by_region else p
        if any(keep is q for q in scoped):
            dropped |= {id(c) for c in chain if c is not keep}
    return [p for p in scoped if id(p) not in dropped] or scoped


STRAY_SUPPORT = 3  # a country the report names this often (by two names or more) outweighs a lone namesake


def stray_readings(doc: Doc, placing: Collection[str]) -> set[int]:
    """"Marines cleared Eastbrook and Dunmore, Ruritania, then stormed Velden": a town or region read in a
    country the report names by no other place, no demonym and no country name, while it names another
    country often and by several names, is a namesake far away (the gazetteer knows no Velden in
    Ruritania), not the scene: the event is placed as if the name were unknown. A name written after a
    word that only places take (``placing``: "met in Velden") is kept, the report's own scene abroad.
    Read once a report; the ids of the mentions."""
    found = doc.user_data.get("sitrep.stray_places")
    if found is None:
        by_name: dict[tuple[str, str], int] = {}  # (country, name): how often the name puts the report there
        for p in doc._.places or []:
            if p.place.country:
                key = (p.place.country, p.text.lower())
                by_name[key] = by_name.get(key, 0) + 1
        top: dict[str, int] = {}  # country: how often its most used name puts the report there
        for (country, _), n in by_name.items():
            top[country] = max(top.get(country, 0), n)
        info: DocInfo = doc._.info
        counts = doc._.report_places.country_counts  # places, demonyms and telephone numbers
        found = {id(p) for p in doc._.places or [] if _lone_namesake(p, by_name, top, counts, info.dateline_country)
                 and not (p.tok_start > 0 and doc[p.tok_start - 1].lower_ in placing)}
        doc.user_data["sitrep.stray_places"] = found
    return found


def _lone_namesake(p: PlaceMention, by_name: dict[tuple[str, str], int], top: dict[str, int],
                   counts: dict[str, int], dateline: str | None) -> bool:
    """Is ``p`` a town or region whose country only its own name gives, beside a country the report is about
    (named at least ``STRAY_SUPPORT`` times, more often than by any one of its names, ``top``)?"""
    own = p.place.country
    if own is None or p.place.precision == "country" or own == dateline:
        return False
    if counts.get(own, 0) > by_name.get((own, p.text.lower()), 0):
        return False  # another name, a demonym or a telephone number puts the report there too
    return any(n >= STRAY_SUPPORT and n > counts.get(own, 0) and n > top.get(c, 0)
               for c, n in counts.items() if c != own)


def _scenes(doc: Doc, lex: Lexicon) -> list[PlaceMention]:
    """The report's places that can be an event's scene whatever the event: not a people, a reference point,
    a broker, someone's home town or a lone namesake far away (read once a report, not once an event)."""
    found = doc.user_data.get("sitrep.scene_places")
    if found is None:
        words = lex.event_words
        strays = stray_readings(doc, lex.place_words.placing_locatives)
        found = [p for p in doc._.places or [] if not p.metonymic and not is_reference_point(doc, p, words)
                 and not _broker(doc, p, words) and not a_home_town(doc, p, lex) and not owns_a_thing(doc, p, lex)
                 and not a_hyphened_origin(doc, p) and id(p) not in strays]
        doc.user_data["sitrep.scene_places"] = found
    return found


def own_speakers(doc: Doc, g: Group) -> list[tuple[int, int]]:
    """The speakers of the event's sentence, whose places are where they speak from ("the province's rescue
    service said"), not the scene; but a speaker whose saying is the act itself ("a Dunmore County jury found
    him guilty") is where the act was. A verb of saying that only governs the act's noun ("the U.S. military
    confirmed the attack") is no such act: its speaker stays a speaker."""
    own = _trigger_words(g)
    return [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent and c.verb not in own]


def choose_places(doc: Doc, g: Group, located: set[str], unlocated: set[str], lex: Lexicon, gaz: Gazetteer,
                  narrative: PlaceMention | None = None, earlier: PlaceMention | None = None,
                  act_nouns: Collection[str] = frozenset()) -> list[PlaceMention]:
    """The places of an event: its clause's, else its sentence's, else the paragraph's ``narrative`` place;
    a country alone narrowed to the scene told last inside it (``narrative``, else ``earlier``, the
    paragraph before's)."""
    fam = family(g.type)
    speakers = own_speakers(doc, g)
    # the scope is a clause of the event's sentence: places of other sentences are never the scene
    usable = [p for p in _scenes(doc, lex) if p.sent == g.sent and not any(s <= p.tok_start < e for s, e in speakers)
              and not is_a_side(doc, g, p, lex) and not owner_of_the_act(doc, p, g) and not names_the_sides(doc, g, p)
              and not in_a_clause_of_another_act(doc, g, p, act_nouns) and not told_of_a_person(doc, g, p)
              and not where_the_protested_act_was(doc, g, p, act_nouns)
              and not owns_premises_abroad(doc, p, lex.place_words.premises_abroad)]
    scoped = [p for p in usable if p.tok_start in g.scope]
    its_verbs = lex.verbs_by_family.get(fam, frozenset())
    scoped = [p for p in scoped if not in_a_conjoined_act(doc, g, p, its_verbs)] or scoped
    if g.type in located and fam not in unlocated:
        scoped = scoped or [p for p in usable if p.sent == g.sent and not in_another_clause(doc, g, p)]
        scoped = scoped or bearing_places(doc, g, lex, speakers)
        if not scoped and (before := scene_of_the_sentence_before(doc, g, lex)) is not None:
            scoped = [before]
        if not scoped and narrative is not None:
            scoped = [narrative]
    elif g.type not in located:
        return []
    # keep the most specific of places that contain each other; a port named beside its sea is the place
    if any(p.place.precision != "point" for p in scoped):
        scoped = [p for p in scoped if p.place.precision != "point"]
    scoped = levels_in_brackets(doc, scoped)
    kept = _fewer_places(doc, [p for p in scoped if not any(contains(p.place, o.place, gaz) for o in scoped
                                                            if o is not p)], lex, gaz)
    if fam == "diplomacy":
        # "discussed the crisis in Ruritania": talks held about a place are not held there
        kept = [p for p in kept if not a_topic(doc, p, g.gov, lex.event_words.topic_words)]
    if len(kept) > 1:
        # a place deep inside a phrase ("posts about air strikes in the delta") is a topic, not the scene
        depth = {id(p): _depth(doc, p, g.gov) for p in kept}
        best = min(depth.values())
        kept = [p for p in kept if depth[id(p)] <= best + 2]
    return narrowed(doc, g, kept, narrative or earlier, gaz)


def _fewer_places(doc: Doc, kept: list[PlaceMention], lex: Lexicon, gaz: Gazetteer) -> list[PlaceMention]:
    """Several places of one event, none inside another, narrowed by each reading in turn while more than one
    is left."""
    if len(kept) > 1:  # "Roundup. DAYTON, Ohio — A man was shot in Kettering": where the reporter filed from
        lines = dateline_starts(doc, gaz, lex.place_words)
        kept = [p for p in kept if p.start not in lines] or kept
    if len(kept) > 1:  # "a Dallas officer was shot in Garland": the officer's town, near the scene, is not it
        kept = [p for p in kept if not serves_there(doc, p, lex.place_words)] or kept
    if len(kept) > 1:
        kept = quarters_before_their_city(doc, kept, lex.place_words)
    if len(kept) > 1:
        # airports and suburbs of one city are that city: "the capital's two airports"
        kept = [p for p in kept if not any(_near_bigger(o.place, p.place) for o in kept if o is not p)]
    if len(kept) > 1:
        # "in Eastbrook village, Dunmore province": the bigger place after a comma says where the town is
        kept = one_place_of_a_chain(doc, kept)
    if len(kept) > 1:
        kept = one_end_of_a_stretch(doc, kept)
    if len(kept) > 1:
        # "the ministers of Ruritania and Freedonia met in Velden": the countries of the people are sides
        kept = [p for p in kept if not owns_the_people(doc, p, lex.trigger_words.leader_titles)] or kept
    if len(kept) > 1:
        # "rockets hit a Ruritania base in Velden": the country the site belongs to is not where it is
        kept = [p for p in kept if not owns_a_site_elsewhere(doc, p, kept)] or kept
    return kept


PLACE_PREPOSITIONS = frozenset({"over", "in", "near"})  # "31 over the lake region" ("at", "on": a target)


def quantity_place(doc: Doc, q: QuantityMention, places: list[PlaceMention]) -> PlaceMention | None:
    """The place a count is told of: one the parse hangs on the count or its noun, else one right after
    it ("31 over the lake region, 19 over the hill region", whose parse hangs "over" on the verb)."""
    anchors = {q.tok_start, q.tok_end - 1} | ({q.noun} if q.noun is not None else set())
    for p in places:
        cur = doc[p.tok_start:p.tok_end].root
        for _ in range(5):
            cur = cur.head
            if cur.i in anchors:
                return p
    return _place_right_after(doc, q, places) or _place_of_its_clause(doc, q, places)


def _place_of_its_clause(doc: Doc, q: QuantityMention, places: list[PlaceMention]) -> PlaceMention | None:
    """"A bomb killed five people in Kirkuk; another killed two soldiers in Mosul": the one place of the
    clause whose verb governs the count, when each clause names its own (a clause naming two places tells a
    count over both, "killed 34 in Ruritania and Osterlich", and keeps it for none)."""
    verb = governing_verb(doc[q.noun if q.noun is not None else q.tok_start]).i
    own = [p for p in places if governing_verb(doc[p.tok_start:p.tok_end].root).i == verb]
    others = [p for p in places if p not in own]
    return own[0] if len(own) == 1 and others else None


def places_of_counts(doc: Doc, counts: list[QuantityMention],
                     places: list[PlaceMention]) -> list[PlaceMention | None]:
    """Each count's place (``quantity_place``), where a place right after a count is that count's alone:
    in "shot down 58 drones, 27 over the lake region, 18 over ..." the parse may hang the lake region on
    the drones, but it is the 27's, and the 58 is the whole wave's."""
    right_after = [_place_right_after(doc, q, places) for q in counts]
    taken = {id(p) for p in right_after if p is not None}
    rest = [p for p in places if id(p) not in taken]
    return [p if p is not None else quantity_place(doc, q, rest) for q, p in zip(counts, right_after, strict=True)]


def _place_right_after(doc: Doc, q: QuantityMention, places: list[PlaceMention]) -> PlaceMention | None:
    """"19 over the hill region": a bare number of a list (no noun of its own), a preposition of place just
    after it, then the place, with at most an article between."""
    end = q.tok_end
    if q.noun is not None or end >= len(doc) or doc[end].lower_ not in PLACE_PREPOSITIONS:
        return None
    start = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
    return next((p for p in places if p.tok_start == start or (p.tok_start == end + 1 < start)), None)



def _city_written_after(doc: Doc, quarter: PlaceMention, city: PlaceMention, words: PlaceWords) -> bool:
    """"in Eastbrook, north Velden, on Friday", "in Eastbrook, Velden": the bigger town right after a comma,
    with no more than a compass word between, says which city the quarter is of; not a list ("in Eastbrook,
    Velden and Westby")."""
    gap = doc[quarter.tok_end:city.tok_start]
    if not len(gap) or gap[0].text != ",":
        return False
    bearing = " ".join(t.lower_ for t in gap[1:] if t.text != "-")
    root = doc[city.tok_end - 1]
    if bearing and bearing not in words.compass_words:
        return False
    return root.dep_ != "conj" and not any(c.dep_ in ("cc", "conj") for c in root.children)


def quarters_before_their_city(doc: Doc, kept: list[PlaceMention], words: PlaceWords) -> list[PlaceMention]:
    """"two men were stabbed in Eastbrook, north Velden": a quarter or suburb near the bigger city written after
    it is the scene, told more finely than the city (which only says where the quarter is)."""
    dropped = {id(city) for quarter in kept for city in kept if city is not quarter
               and _near_bigger(city.place, quarter.place) and _city_written_after(doc, quarter, city, words)}
    return [p for p in kept if id(p) not in dropped] or kept


def _near_bigger(big: Place, small: Place, radius: float = 50.0) -> bool:
    if big.precision != "city" or small.precision != "city" or big.population <= small.population:
        return False
    if None in (big.lat, big.lon, small.lat, small.lon):
        return False
    return km((big.lat, big.lon), (small.lat, small.lon)) <= radius  # type: ignore[arg-type]


def a_topic(doc: Doc, p: PlaceMention, gov: Token, topic_words: Collection[str]) -> bool:
    """"ministers met in Velden on Monday to discuss the war in Ruritania": a place under a word of what a talk
    is about (``topic_words``), between the place and the talk's word, is the topic, not the venue."""
    cur = doc[p.tok_start:p.tok_end].root
    for _ in range(12):
        if cur.head == gov and cur.dep_ == "dobj":  # "discussed the crisis in Ruritania"
            return gov.lemma_.lower() in topic_words
        if cur == gov or cur.head == cur:
            return False
        cur = cur.head
        if cur != gov and cur.lemma_.lower() in topic_words:
            return True
    return False


def _depth(doc: Doc, p: PlaceMention, gov: Token) -> int:
    cur = doc[p.tok_start:p.tok_end].root
    for n in range(12):
        if cur == gov or cur.head == cur:
            return n
        cur = cur.head
    return 12


def location_of(p: PlaceMention) -> Location:
    pl = p.place
    return Location(pl.name, pl.country, pl.admin1, pl.lat, pl.lon, pl.precision, p.text, pl.geonameid)


def place_of(loc: Location | None, place: Place | None) -> Place | None:
    if place is not None or loc is None:
        return place
    return Place(loc.name, loc.country, loc.admin1, loc.lat, loc.lon, loc.geonameid, loc.precision)




def _unnamed_definite_site(tok: Token, words: EventWords) -> bool:
    """"the camp", not "the town of Ruvu" or "the Ruvu camp" (named where it stands)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.site_nouns or not any(
            c.dep_ == "det" and c.lower_ in words.definite_determiners for c in tok.children):
        return False
    return not any(c.dep_ in ("prep", "compound", "appos") for c in tok.children)


def _unnamed_sites_under(doc: Doc, gov: Token, words: EventWords) -> list[Token]:
    """The unnamed definite sites of ``gov``'s subtree in its order; the doc's are found once, not once a clause."""
    sites = doc.user_data.get("sitrep.unnamed_sites")
    if sites is None:
        sites = sorted((tree_position(doc, i), i) for i in indices_of_lemmas(doc, words.site_nouns, "NOUN")
                       if _unnamed_definite_site(doc[i], words))
        doc.user_data["sitrep.unnamed_sites"] = sites
    start, end = subtree_bounds(gov)
    return [doc[i] for _, i in sites[bisect_left(sites, (start, -1)):bisect_left(sites, (end, -1))]]


def antecedent_place(doc: Doc, g: Group, words: EventWords) -> PlaceMention | None:
    """"Hundreds of families fled the camp": a definite site the clause names without a place is the one an
    earlier sentence placed ("a displacement camp near the town")."""
    k = sentences(doc)[g.sent].start
    for tok in _unnamed_sites_under(doc, g.gov, words):
        lemma = tok.lemma_.lower()
        for sent in reversed(sentences(doc)):
            if sent.start >= k:
                continue
            earlier = [t for t in sent if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
            if not earlier:
                continue
            near = [p for p in doc._.places or [] if sent.start <= p.tok_start < sent.end and not p.metonymic
                    and p.place.precision != "country" and not is_reference_point(doc, p, words)]
            if not near:
                return None
            return min(near, key=lambda p: abs(p.tok_start - earlier[0].i))
    return None


PRONOUN_SUBJECTS = frozenset({"they"})  # a body that goes on from the sentence before ("he" is as often
# someone else than the person the sentence before placed; "we" is a quoted speaker)


def scene_of_the_sentence_before(doc: Doc, g: Group, lex: Lexicon) -> PlaceMention | None:
    """"Police found explosives in a shed in Dundalk. They arrested two men.": a clause with no place whose
    subject is "they" goes on with those the sentence just before told of, where it put them: its
    one town or region named as a scene (not a country, a speaker's or a home town, nor a point of reference).
    So does a clause that names fighters told of before with "the": "Gunmen stormed a post in Dunmore. Jets
    struck the attackers." """
    if g.sent == 0 or not (any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in PRONOUN_SUBJECTS
                               for ch in g.gov.children) or _fighters_told_before(g, lex)):
        return None
    scenes = [p for p in doc._.places or [] if p.sent == g.sent - 1 and not p.metonymic and p.place.country
              and p.place.precision != "country" and not is_reference_point(doc, p, lex.event_words)
              and not a_home_town(doc, p, lex)]
    return scenes[0] if len({(p.place.name, p.place.country) for p in scenes}) == 1 else None


def _fighters_told_before(g: Group, lex: Lexicon) -> bool:
    """"struck the attackers", "the gunmen fled": the clause's subject or object, or what it is "on" or "against",
    is armed people named with "the" (``combatant_nouns``), those the report told of just before."""
    fighters = lex.trigger_words.combatant_nouns
    nouns = [ch for ch in g.gov.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")]
    nouns += [o for n in [g.gov, *nouns] for p in n.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
              for o in p.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in fighters and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children)
               for n in nouns)


def heading_country(doc: Doc, g: Group) -> str | None:
    """"Freedonia" on a line of its own, then ". Near Lindau, two strikes ...": the country a heading names
    is the scene of the lines under it, up to the next heading."""
    sents = sentences(doc)
    headings = {p.sent: p for p in doc._.places or [] if p.sent < g.sent and p.place.precision == "country"
                and p.place.country and sents[p.sent].text.strip() == p.text}
    return headings[max(headings)].place.country if headings else None


def last_scene_country(doc: Doc, g: Group, words: EventWords, placing: Collection[str]) -> str | None:
    """"Jets destroyed 14 tanks near Tadmur. ... Two buildings were also destroyed in the strike.": an attack
    with no place in its clause is in the country of the last scene the report told before it, not the
    country a speaker or a government is of."""
    before = [p for p in doc._.places or [] if p.sent < g.sent and p.place.country and not p.metonymic
              and p.place.precision != "country" and not is_reference_point(doc, p, words)
              and id(p) not in stray_readings(doc, placing)]
    return before[-1].place.country if before else None


def named_as_a_country(doc: Doc, country: str) -> bool:
    """"Ruritanian artillery shelled the rebels' villages, the Velden Front said": a country the report gives
    only by towns that name a group or a speaker (metonymic mentions of a town, here a namesake of the
    Front's town abroad) is no side of its war; one named as a country, by a demonym or by a place of the
    scene is."""
    own = [p for p in doc._.places or [] if p.place.country == country]
    if any(not p.metonymic or p.place.precision == "country" for p in own):
        return True
    return doc._.report_places.country_counts.get(country, 0) > len(own)  # its demonyms count for it too


def _a_subject(doc: Doc, p: PlaceMention) -> bool:
    """"France condemned the attack", "Chile welcomed the truce": a state named as the subject of a verb acts or
    speaks as a government; it is not where the event it speaks of took place."""
    return doc[p.tok_start:p.tok_end].root.dep_ in ("nsubj", "nsubjpass")


def infer_country(doc: Doc, info: DocInfo, g: Group, etype: str, actors: list[Actor],
                  words: EventWords, placing: Collection[str], fighters: frozenset[str],
                  premises: frozenset[str] = frozenset()) -> str | None:
    """The country of an event whose clause names no usable place: the target's side, unless the target is
    its state's embassy or consulate (``premises``: "the bombing of the Ruritania Embassy"), which stands abroad,
    or its soldiers, whom an armed group fights in its own country.

    Never a speaker's country ("the province's rescue service said"), never the subject that acts
    ("Ruritania attacked ...") or reacts ("Ruritania condemned the attack"): a state does not attack its own
    country, so with nothing else to go by the event stays without a place rather than at the initiator's home.
    """
    heading = heading_country(doc, g)
    if heading is not None and family(etype) == "attack":
        return heading
    tgt = next((a.country for a in actors if a.role == "target" and a.country and a.text is not None
                and premises.isdisjoint(f"{a.name} {a.text}".lower().split())), None)
    init_actor = next((a for a in actors if a.role == "initiator" and a.text is not None), None)
    init = init_actor.country if init_actor is not None else None
    armed = next((a.country for a in actors if a.role == "initiator" and a.kind == "armed_group"
                  and a.country), None)
    speakers = [c.subject_tokens for c in doc._.claims or [] if c.sent == g.sent]
    here = [p.place.country for p in doc._.places or [] if p.sent == g.sent and p.place.country
            and not any(s <= p.tok_start < e for s, e in speakers) and not is_reference_point(doc, p, words)
            and not (p.metonymic and (p.place.country == init or _a_subject(doc, p))) and not owner_of_the_act(doc, p, g)
            and not in_another_clause(doc, g, p) and id(p) not in stray_readings(doc, placing)
            and not owns_the_fighters(doc, p, fighters) and not a_hyphened_origin(doc, p)
            and not owns_premises_abroad(doc, p, premises)]
    soldiers = any(a.role == "target" and a.kind == "military" for a in actors)
    if armed is not None and (tgt is None or soldiers):
        tgt = armed  # an armed group fights in its own country: "Hezbollah fighters killed three Israeli soldiers"
    if tgt is None and here:
        tgt = here[0]  # "Freedonian insurgents attacked a base in the river region"
    if tgt is None and init is not None and family(etype) == "attack":
        tgt = other_side(doc, doc._.report_places, init)
        if tgt is not None and named_as_a_country(doc, tgt):
            return tgt
        tgt = None
    if tgt is None and init is not None and family(etype) == "arrest":
        return init  # a state's police and courts arrest, charge and sentence at home
    # "The United States condemns the attack on the camp": the state that speaks of it is not where it was
    acting = {p.place.country for p in doc._.places or [] if p.sent == g.sent and p.metonymic and _a_subject(doc, p)}
    countries = [c for c in doc._.report_places.countries if c not in acting]
    if tgt is None and family(etype) == "attack":
        tgt = last_scene_country(doc, g, words, placing)
    tgt = tgt or (countries[0] if countries else info.dateline_country)
    if tgt is not None and tgt == init and family(etype) in ("attack", "territory") and init_actor is not None \
            and init_actor.kind == "state" and armed is None:
        return None
    return tgt


def report_town(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> Place | None:
    """The town a local report is about, for its events that name no place: its dateline's, else the one
    town it names (``clear_town``), else, last, the town or county its police, court or jail is named
    after (``body_town``: "the Lakeville Police Department arrested ...")."""
    return dateline_town(doc, gaz, lex.place_words) or clear_town(doc, lex) \
        or body_town(doc, gaz, lex.place_words, own_countries(doc))


def own_countries(doc: Doc) -> list[str]:
    """The report's four main countries, and its dateline's."""
    info: DocInfo = doc._.info
    context = list(doc._.report_places.countries[:4])
    if info.dateline_country and info.dateline_country not in context:
        context.append(info.dateline_country)
    return context


def dateline_starts(doc: Doc, gaz: Gazetteer, words: PlaceWords) -> frozenset[int]:
    """Where the places of the report's datelines start (characters): a dateline run on after the headline
    ("Roundup. DAYTON, Ohio — A man was shot in Kettering") is read inside the first sentence, but says where
    the reporter filed from, not the scene of that sentence's act. Read once a report."""
    found = doc.user_data.get("sitrep.dateline_starts")
    if found is None:
        found = frozenset(start for start, *_ in datelines(doc, gaz, own_countries(doc), words))
        doc.user_data["sitrep.dateline_starts"] = found
    return frozenset(found)


def dateline_town(doc: Doc, gaz: Gazetteer, words: PlaceWords) -> Place | None:
    """"LAKEVILLE, Ore. — A man was shot dead Sunday": the town of the report's dateline, where local news
    happens when its sentences name no place of their own."""
    context = own_countries(doc)
    return next((place for _, _, _, place, _ in datelines(doc, gaz, context, words)
                 if place.precision == "city"), None)


def clear_town(doc: Doc, lex: Lexicon) -> Place | None:
    """"... a burglary in a flat in Lakeville. ... Two men were charged": a report that names one town, or one
    town twice as often as any other, is about that town (a town named as a reference point, "closer to the
    city", or in a speaker, "the ministry in the capital said", does not count; a town that names the local
    body speaking, "Lakeville police said", does: ``heads_a_body``). A person's home town ("Kowalczyk, 22, of
    Brookfield, was arrested on Mill Street in Lakeville") counts only for a town the report also names as
    more than a home, or when it names no other town: it says where someone lives, not where the acts were."""
    words, bodies = lex.event_words, lex.place_words.local_bodies
    scenes: dict[str, int] = {}
    homes: dict[str, int] = {}
    first: dict[str, Place] = {}
    speakers = [(subj.left_edge.i, subj.right_edge.i + 1) for c in doc._.claims or []  # "the ministry in the
                for subj in doc[c.verb].children if subj.dep_ == "nsubj"]  # capital said"
    for p in doc._.places or []:
        if p.place.precision == "city" and not p.metonymic and not is_reference_point(doc, p, words) \
                and (heads_a_body(doc, p, bodies) or not any(s <= p.tok_start < e for s, e in speakers)):
            key = f"{p.place.name}|{p.place.country}|{p.place.admin1}"
            tally = homes if a_home_town(doc, p, lex) else scenes
            tally[key] = tally.get(key, 0) + 1
            first.setdefault(key, p.place)
    counts = {key: n + homes.get(key, 0) for key, n in scenes.items()} or homes
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2] + [("", 0)]
    if ranked[0][1] >= 1 and ranked[0][1] >= 2 * ranked[1][1]:
        return first[ranked[0][0]]
    return None


def heads_a_body(doc: Doc, p: PlaceMention, bodies: Collection[str]) -> bool:
    """"Lakeville police said", "the Lakeville council said": a town written right before a local body's word
    (``local_bodies``) is the town whose police or council it is."""
    return p.tok_end < len(doc) and doc[p.tok_end].lower_ in bodies


def town_for(town: Place | None, country: str | None) -> Place | None:
    """The dateline's town for an event with no place of its own, when the event is of the town's country
    (or of no country at all): "NEWTON, Kan. — Two men were charged ..." is in Newton, not in the USA."""
    if town is None or (country is not None and country != town.country):
        return None
    return town
