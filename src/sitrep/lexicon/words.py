"""Typed word lists: each file ``data/words/<area>.toml`` is one frozen dataclass, every key a field.

    lex = load_lexicon()
    if lemma in lex.status.planned_governors: ...

A file with a key the class lacks, or a class field the file lacks, is an error at load time
(``LexiconError``), so a list is never read by a mistyped string. Lists of words load as
``frozenset`` (membership) or ``tuple`` (order matters: phrases tried in turn), tables as
``dict``; the annotation says which. Add a list: a commented key in the file and a field here.
"""

from __future__ import annotations

import tomllib
import typing
from dataclasses import dataclass, fields
from typing import Any, TypeVar


class LexiconError(ValueError):
    """A data file does not match the class that reads it."""


@dataclass(frozen=True)
class StatusWords:
    future_aux: frozenset[str]
    story_sequence_adverbs: frozenset[str]  # "hours later they would storm it": a past story's next step
    awaited_words: frozenset[str]  # "braced for clashes", "to prevent further attacks": what may come
    fear_words: frozenset[str]  # "afraid that bandits will raid": what may come, feared
    planned_governors: frozenset[str]
    purpose_nouns: frozenset[str]
    agreed_governors: frozenset[str]
    truce_setting_verbs: frozenset[str]  # "declared a truce": a ceasefire set by word
    proposed_governors: frozenset[str]
    rejected_governors: frozenset[str]
    cancelled_governors: frozenset[str]
    hypothetical_markers: frozenset[str]
    habitual_markers: tuple[str, ...]
    background_perfect_markers: tuple[str, ...]
    causative_governors: frozenset[str]
    permission_verbs: frozenset[str]  # "the bill would let police detain suspects"
    background_subjects: frozenset[str]
    contest_words: frozenset[str]  # "a battle against a rival firm": a contest, war only with an armed side
    light_verbs: frozenset[str]
    planned_modifiers: frozenset[str]
    stative_progressives: frozenset[str]
    earlier_preps: frozenset[str]
    setting_preps: frozenset[str]
    condition_marks: frozenset[str]
    inverted_condition_aux: frozenset[str]  # "should the rebels cross the river, ..."
    irrealis_marks: frozenset[str]
    habit_adverbs: frozenset[str]
    share_nouns: frozenset[str]
    case_nouns: frozenset[str]
    trend_verbs: frozenset[str]  # "arrests fell 12 percent": a figure that rises or falls
    civil_actions: frozenset[str]  # "charged in a civil suit": a case no police or prosecutor brings
    appeal_verbs: frozenset[str]  # "are asked to turn themselves in": an arrest asked for, none made
    generic_objects: frozenset[str]
    aim_verbs: frozenset[str]  # "aimed at evacuating the wounded": an aim, not an act
    purpose_verbs: frozenset[str]
    possibility_modifiers: frozenset[str]
    past_habit_aux: frozenset[str]
    past_habit_marks: frozenset[str]
    inquiry_verbs: frozenset[str]
    party_families: frozenset[str]
    party_kinds: frozenset[str]
    party_types_of_their_own: frozenset[str]
    hazard_words: frozenset[str]
    fire_bearer_words: frozenset[str]  # "enemy fire", "rifle fire": fire that is shooting
    disposal_words: frozenset[str]  # "bomb disposal experts detonated the shell"
    vehicle_words: frozenset[str]
    abstract_patients: frozenset[str]
    sports_words: frozenset[str]
    spans_under_fire: frozenset[str]  # "came under fire for two hours": a span, no reason
    harms_no_game_has: frozenset[str]  # "kidnapped", "stabbed": done to a body, never in play
    gathering_words: frozenset[str]  # "a rally", "outside", "hundreds": people gathered
    private_bodies: frozenset[str]  # "the garden club met": a body of private people
    labour_words: frozenset[str]
    displaced_nouns: frozenset[str]
    protest_heads: frozenset[str]
    protest_preps: frozenset[str]
    protest_cues: frozenset[str]
    domestic_bodies: frozenset[str]
    victim_nouns: frozenset[str]
    unarmed_targets: frozenset[str]
    inhabited_places: frozenset[str]
    lone_shooters: frozenset[str]  # "a gunman opened fire outside a bar": one person who fires, a crime
    armed_marks: frozenset[str]  # "a man fired on deputies": a fire at police or soldiers is a clash
    charge_words: frozenset[str]
    diplomatic_agents: frozenset[str]
    ability_aux: frozenset[str]
    obligation_aux: frozenset[str]  # "must approve": owed, not done
    obligation_governors: frozenset[str]  # "will have to negotiate", "is obliged to honour"
    era_preps: frozenset[str]
    likelihood_adjectives: frozenset[str]  # "likely to be detained", "capable of blockading"
    span_units: frozenset[str]  # "over the past three years": a span of many acts
    span_recent: frozenset[str]
    law_enforcers: frozenset[str]
    standing_verbs: frozenset[str]
    people_nouns: frozenset[str]
    seized_goods: frozenset[str]
    arena_words: frozenset[str]
    recording_words: frozenset[str]
    story_works: frozenset[str]  # "in the novel, a detective hunts the man who shot a priest"
    memory_nouns: frozenset[str]  # "the anniversary of the massacre", "a book on the bombing"
    portrayal_verbs: frozenset[str]  # "a play that dramatises the siege"
    rehearsal_verbs: frozenset[str]  # "a drill simulating an attack"
    mock_modifiers: frozenset[str]  # "a mock evacuation"
    rehearsal_nouns: frozenset[str]  # "the evacuation drill"
    civil_parties: frozenset[str]  # "management and the union agreed a truce"
    unarmed_means: frozenset[str]  # "blasted the critic on social media", "hit with a fine"
    body_words: frozenset[str]  # "cardiac arrest"
    force_kinds: frozenset[str]  # "the riot squad"
    crowd_words: frozenset[str]  # "riot police scattered the mob"
    civil_forces: frozenset[str]  # "mobilised supporters"
    parade_nouns: frozenset[str]  # "the parade marched through the town"
    resolve_adjectives: frozenset[str]
    view_modals: frozenset[str]
    ground_measures: frozenset[str]
    private_nouns: frozenset[str]
    fugitive_nouns: frozenset[str]
    fallen_nouns: frozenset[str]  # "the bodies were flown home": the dead and wounded, carried
    cause_preps: frozenset[str]
    attempt_verbs: frozenset[str]
    presupposing_verbs: frozenset[str]
    rite_nouns: frozenset[str]
    case_history_types: frozenset[str]
    belief_verbs: frozenset[str]
    given_up_marks: frozenset[str]
    policy_marks: frozenset[str]
    company_nouns: frozenset[str]
    praise_verbs: frozenset[str]
    road_words: frozenset[str]
    animal_words: frozenset[str]
    plot_verbs: frozenset[str]
    indefinite_pronouns: frozenset[str]  # "anyone who was attacked at the fair"
    universal_determiners: frozenset[str]  # "every family that has lost someone to a shooting"
    prohibition_verbs: frozenset[str]  # "the treaty bans the bombing of hospitals"
    offence_words: frozenset[str]  # "kidnapping carries a life sentence"
    private_people: frozenset[str]
    money_nouns: frozenset[str]
    requirement_nouns: frozenset[str]
    fired_things: frozenset[str]  # "fired three shots": what a gun fires
    aimless_aims: frozenset[str]  # "fired into the air"
    word_opponents: frozenset[str]  # "fired back at critics"
    request_nouns: frozenset[str]
    warning_words: frozenset[str]
    civil_aircraft_words: frozenset[str]  # "a light aircraft hit power lines"
    court_words: frozenset[str]
    prize_nouns: frozenset[str]
    struggle_verbs: frozenset[str]
    natural_forces: frozenset[str]
    driving_words: frozenset[str]
    gunfire_words: frozenset[str]
    attack_cues: frozenset[str]  # "a bomb", "militants": a blast told with one is no accident
    human_causes: frozenset[str]
    possibility_nouns: frozenset[str]  # "a risk of renewed fighting"
    sign_nouns: frozenset[str]  # "signs that the militia is taking hostages"
    continuing_verbs: frozenset[str]  # "both men remain in custody"
    warrant_nouns: frozenset[str]  # "warrant"
    settlement_words: frozenset[str]  # "peace talks"
    talks_nouns: frozenset[str]  # "talks", "negotiation"
    left_bodies: frozenset[str]  # "pushed out of the talks"
    warrant_holding_verbs: frozenset[str]  # "she had four warrants out"
    standing_warrant_marks: frozenset[str]  # "an outstanding warrant"
    long_span_units: frozenset[str]  # "ten years after the bombing"
    labour_report_words: frozenset[str]
    play_words: frozenset[str]
    forum_modifiers: frozenset[str]
    property_crime_words: frozenset[str]
    harm_words: frozenset[str]
    fall_verbs: frozenset[str]
    fall_landings: frozenset[str]  # "she fell to the floor": a body falls
    trade_recipients: frozenset[str]  # "support to the tourism market": business
    word_doers: frozenset[str]  # "a phone campaign targeted two senators"
    word_aimed_verbs: frozenset[str]
    endangered_places: frozenset[str]  # "the rebel army threatened the capital"
    seeing_verbs: frozenset[str]  # "wants to see the sides negotiating"
    wishing_verbs: frozenset[str]
    pedestrian_verbs: frozenset[str]
    scene_people: frozenset[str]
    offer_adjectives: frozenset[str]
    offer_marks: frozenset[str]
    offered_acts: frozenset[str]
    self_words: frozenset[str]  # "a self-inflicted gunshot wound"
    accident_adverbs: frozenset[str]  # "a boy accidentally shot his brother"
    struck_animal_words: frozenset[str]  # "wardens shot and killed a bear"
    indefinite_past_adverbs: frozenset[str]  # "she once helped plan raids"
    repetition_words: frozenset[str]  # "once again"
    view_nouns: frozenset[str]  # "agrees with the panel's conclusion"


@dataclass(frozen=True)
class ClaimWords:
    non_claimants: frozenset[str]
    generic_claimants: frozenset[str]
    speechless_items: frozenset[str]
    body_pronouns: frozenset[str]
    titled_heads: frozenset[str]
    channel_prepositions: frozenset[str]
    channel_verbs: frozenset[str]
    articles: frozenset[str]
    nobody_determiners: frozenset[str]
    silent_objects: frozenset[str]
    pronouns: dict[str, str]
    agent_claims: frozenset[str]
    clause_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    appeal_prepositions: frozenset[str]
    ranked_bodies: frozenset[str]
    ranks: frozenset[str]
    kept_records: frozenset[str]
    court_filings: frozenset[str]
    author_prepositions: frozenset[str]
    issuing_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    reaction_words: frozenset[str]
    purpose_words: frozenset[str]
    unknowing_words: frozenset[str]
    thought_verbs: frozenset[str]
    testimony_audiences: frozenset[str]
    account_pronouns: dict[str, str]
    account_keepers: frozenset[str]


@dataclass(frozen=True)
class ActorWords:
    place_nouns: frozenset[str]
    military_ranks: frozenset[str]
    doers_unknown_types: frozenset[str]
    state_agents: frozenset[str]
    armed_nouns: frozenset[str]
    several_states: frozenset[str]
    armed_people: frozenset[str]
    lone_attackers: frozenset[str]
    kin_words: frozenset[str]
    home_institutions: frozenset[str]
    cause_prefixes: frozenset[str]
    outside_force_words: frozenset[str]
    speaker_pronouns: frozenset[str]
    speaker_possessives: frozenset[str]
    verb_object_prepositions: frozenset[str]
    noun_object_prepositions: frozenset[str]
    two_sided_types: frozenset[str]
    mediating_stems: tuple[str, ...]
    reaction_verbs: frozenset[str]
    blame_words: frozenset[str]
    sufferer_nouns: frozenset[str]
    suffering_preps: frozenset[str]
    source_preps: frozenset[str]
    answer_nouns: frozenset[str]
    sequence_preps: frozenset[str]
    occasion_preps: frozenset[str]
    origin_words: frozenset[str]
    backer_words: frozenset[str]
    civilian_nouns: frozenset[str]
    government_bodies: frozenset[str]
    first_person: frozenset[str]
    claiming_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    topic_verbs: frozenset[str]
    side_nouns: frozenset[str]
    talk_nouns: frozenset[str]
    first_person_possessives: frozenset[str]
    person_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    expelling_verbs: frozenset[str]
    envoy_nouns: frozenset[str]
    recalling_verbs: frozenset[str]
    national_offices: frozenset[str]


@dataclass(frozen=True)
class EventWords:
    nationwide: tuple[str, ...]
    fights_of_many: frozenset[str]
    proposal_nouns: frozenset[str]
    site_nouns: frozenset[str]
    commentary_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    indefinite_articles: frozenset[str]
    source_preps: frozenset[str]
    anaphoric_determiners: frozenset[str]
    act_doer_nouns: frozenset[str]  # "the attackers then set fire to houses": doers known only by an act told before
    apart_openers: tuple[str, ...]
    another_markers: frozenset[str]
    definite_determiners: frozenset[str]
    span_bounds: frozenset[str]
    later_stages: frozenset[str]
    custody_verbs: frozenset[str]  # "has been held since Oct. 12": a custody that began with an arrest
    scene_nouns: frozenset[str]  # "arrested at the scene": when the act told before happened
    benches: frozenset[str]
    capture_preps: frozenset[str]
    directions: frozenset[str]
    distance_nouns: frozenset[str]
    departure_words: frozenset[str]
    reference_preps: frozenset[str]
    advance_verbs: frozenset[str]
    nearness_preps: frozenset[str]
    topic_words: frozenset[str]
    way_nouns: frozenset[str]
    care_nouns: frozenset[str]
    border_nouns: frozenset[str]
    broker_verb_stems: tuple[str, ...]
    running_total_markers: tuple[str, ...]
    name_stopwords: frozenset[str]


@dataclass(frozen=True)
class PlaceWords:
    region_titles: frozenset[str]
    settlement_nouns: frozenset[str]
    local_bodies: frozenset[str]
    water_after: frozenset[str]
    water_before: frozenset[str]
    street_after: frozenset[str]
    plural_regions: dict[str, str]
    home_country_words: dict[str, str]
    seats: dict[str, str]
    seat_preps: frozenset[str]
    addressed_verbs: frozenset[str]
    spoken_to_verbs: frozenset[str]  # "protested to Ankara": the government a complaint is made to
    addressed_nouns: frozenset[str]
    addressed_preps: frozenset[str]
    account_words: frozenset[str]
    suffering_preps: frozenset[str]
    undergoing_verbs: frozenset[str]  # "Kunduz fell to the Taliban": the town taken, not its government
    region_words: frozenset[str]
    region_name_words: frozenset[str]
    district_words: frozenset[str]
    district_name_words: frozenset[str]
    own_region_words: frozenset[str]
    region_office_words: frozenset[str]
    county_words: frozenset[str]
    court_words: frozenset[str]
    dateline_county_words: frozenset[str]
    person_county_words: frozenset[str]
    admin_words: tuple[str, ...]
    region_display_words: tuple[str, ...]
    settlement_prefixes: tuple[str, ...]
    own_town_prefixes: frozenset[str]
    settlement_suffixes: frozenset[str]
    container_links: frozenset[str]
    compass_words: tuple[str, ...]
    position_words: tuple[str, ...]
    arabic_articles: frozenset[str]
    locative_words: frozenset[str]
    placing_locatives: frozenset[str]
    home_determiners: frozenset[str]
    home_nouns: frozenset[str]
    indefinite_articles: frozenset[str]
    name_connectors: frozenset[str]
    name_link_words: frozenset[str]
    government_owners: frozenset[str]
    facility_links: frozenset[str]
    facility_joiners: frozenset[str]
    possessives: frozenset[str]
    facility_town_links: frozenset[str]
    town_nouns: frozenset[str]
    far_facility_kinds: frozenset[str]
    premises_abroad: frozenset[str]
    city_part_links: frozenset[str]
    city_part_nouns: frozenset[str]
    other_name_heads: frozenset[str]
    person_titles: frozenset[str]
    brand_after: frozenset[str]
    origin_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    saint_words: frozenset[str]
    worship_heads: frozenset[str]
    title_abbreviations: frozenset[str]


@dataclass(frozen=True)
class NegatedCasualty:
    """``pattern``: lemmas or lower-case words, ``*`` any one token; ``quantities``: (item, role) set to 0."""

    pattern: tuple[str, ...]
    quantities: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class QuantityWords:
    tens: frozenset[str]
    units: frozenset[str]
    number_fillers: frozenset[str]
    vague_amounts: frozenset[str]
    uncounted_labels: frozenset[str]
    weapon_items: frozenset[str]
    person_items: frozenset[str]
    age_words: frozenset[str]
    age_at_verbs: frozenset[str]
    casualty_roles: frozenset[str]
    people_roles: frozenset[str]
    self_moving_roles: frozenset[str]
    passing_verbs: frozenset[str]
    state_verbs: frozenset[str]
    held_items: frozenset[str]
    people_verbs: frozenset[str]
    role_particles: frozenset[str]
    role_objects: frozenset[str]  # "lost their lives"
    wounding_verbs: frozenset[str]  # "a man shot two people": hurt, unless a word says they died
    hurt_state_nouns: frozenset[str]  # "a man is in critical condition": hurt
    recovery_verbs: frozenset[str]  # "a man is recovering after being shot": hurt
    undergoing_verbs: frozenset[str]  # "two guards suffered injuries": their subject bears the wound
    subset_cues: frozenset[str]
    subset_words: frozenset[str]
    among_pronouns: frozenset[str]
    other_words: frozenset[str]
    negated_casualties: tuple[NegatedCasualty, ...]
    word_numbers: dict[str, int]
    multipliers: dict[str, int]
    qualifiers: dict[str, str]  # words before a count (tried in order) -> qualifier
    item_roles: dict[str, str]  # items whose count has one role, whatever verb governs it -> role
    toll_words: frozenset[str]
    improvised_words: frozenset[str]
    toll_preps: frozenset[str]
    fate_nouns: dict[str, str]  # "3 fatalities", "31 arrests": a noun of what befell people -> their role
    undone_killing_words: frozenset[str]  # "the attempted murder of a guard": a killing not done
    fatal_words: frozenset[str]  # "the fatal shooting of a clerk": an attack that killed the one it is of
    body_finding_verbs: frozenset[str]  # "the bodies of five men were found": the dead
    currency_signs: frozenset[str]
    currency_words: frozenset[str]
    nobody_words: frozenset[str]  # "nobody was hurt", "none of the passengers": people counted none
    uncounted_one_roles: frozenset[str]  # "one man was arrested": one held is no count
    lost_items: frozenset[str]  # "the army lost three soldiers": the items a side "loses" to death
    span_marks: frozenset[str]  # "have died since 2014": a span from then up to now
    span_beginnings: frozenset[str]  # "since the war began": the start of a long thing
    span_nouns: frozenset[str]  # "killed this month": a span a running figure is summed over
    span_determiners: frozenset[str]
    running_figures: frozenset[str]  # "the number killed this month": a figure summed over a span


@dataclass(frozen=True)
class TriggerWords:
    """Lists shared by entries of ``data/triggers.jsonl``, which name them ``"@key"`` (the tuples), and
    lists the trigger finder reads (the frozensets)."""

    claim_nouns: tuple[str, ...]
    falsehood_words: tuple[str, ...]
    denial_verbs: tuple[str, ...]
    agreement_verbs: tuple[str, ...]
    ceasefire_verbs: tuple[str, ...]
    stopped_fights: tuple[str, ...]
    truce_pledges: tuple[str, ...]
    fight_stoppers: frozenset[str]  # "agreed to halt the fighting": read by the trigger finder
    aid_arrivals: tuple[str, ...]
    request_verbs: tuple[str, ...]
    handed_to_justice: tuple[str, ...]
    mobilization_verbs: tuple[str, ...]
    talks_words: tuple[str, ...]
    conceded_acts: tuple[str, ...]
    fire_objects: tuple[str, ...]
    barrage_weapons: tuple[str, ...]
    wanted_people: tuple[str, ...]
    weapon_nouns: tuple[str, ...]  # "a car bomb went off", "set off a bomb"
    exchanged_people: tuple[str, ...]
    evidence_nouns: frozenset[str]
    freed_people: tuple[str, ...]
    captivity_words: tuple[str, ...]
    envoy_words: tuple[str, ...]
    government_nouns: tuple[str, ...]
    leader_words: tuple[str, ...]
    un_words: tuple[str, ...]
    crowd_words: tuple[str, ...]
    burned_property: tuple[str, ...]
    burned_places: tuple[str, ...]
    riot_parties: tuple[str, ...]
    irregular_fighters: tuple[str, ...]
    armed_raiders: tuple[str, ...]
    hijacked_craft: tuple[str, ...]
    held_places: tuple[str, ...]
    fighting_forces: tuple[str, ...]
    engaged_forces: tuple[str, ...]
    combatant_nouns: tuple[str, ...]
    transport_sites: tuple[str, ...]
    halted_transport: tuple[str, ...]
    network_words: tuple[str, ...]
    network_objects: tuple[str, ...]
    switched_networks: tuple[str, ...]
    massed_forces: tuple[str, ...]
    moving_forces: tuple[str, ...]
    warring_sides: tuple[str, ...]  # "the two armies stopped firing"
    stopped_fire_words: tuple[str, ...]
    corridor_purposes: tuple[str, ...]  # "a humanitarian corridor opened"
    corridor_openings: tuple[str, ...]
    war_zone_words: tuple[str, ...]  # "buses carried 350 civilians out of the besieged town"
    escaped_violence: tuple[str, ...]  # "crossed into Chad to escape the fighting"
    returns_from_captivity: tuple[str, ...]  # "brought home 150 soldiers from captivity"
    service_kinds: tuple[str, ...]  # "extended compulsory military service to one year"
    joined_forces: tuple[str, ...]
    force_parts: frozenset[str]
    buildup_forces: tuple[str, ...]
    alerted_forces: tuple[str, ...]
    mission_staff: tuple[str, ...]  # "pulled its embassy staff out of the capital": who a mission takes home
    mission_words: tuple[str, ...]
    accord_nouns: tuple[str, ...]  # "put their signatures to the accord": what states sign
    truce_keeping_verbs: tuple[str, ...]  # "agreed to extend the lull": a lull the sides set or keep
    negotiating_people: tuple[str, ...]  # "officials of the two states huddled in Cairo": who meets to negotiate
    visiting_leaders: tuple[str, ...]  # "hosted his Polish counterpart": a guest of state
    insult_nouns: tuple[str, ...]
    blamed_acts: tuple[str, ...]
    hostage_words: tuple[str, ...]
    evacuated_people: tuple[str, ...]
    let_out_people: tuple[str, ...]  # "women and children were allowed to leave": the ones let out
    evacuee_moves: tuple[str, ...]  # "150 evacuees left the city": evacuees on the move
    warship_words: tuple[str, ...]  # "a frigate is patrolling the strait": a ship of war
    naval_words: tuple[str, ...]  # "aircraft carrier", "naval": a word of war at sea
    police_words: tuple[str, ...]
    goods_for_sale: tuple[str, ...]
    trade_nouns: tuple[str, ...]
    answerable_words: tuple[str, ...]
    military_presence: tuple[str, ...]
    attack_words: frozenset[str]
    aid_objects: frozenset[str]
    ground_subjects: frozenset[str]
    ground_verbs: frozenset[str]
    armed_targets: frozenset[str]
    civilian_targets: frozenset[str]
    gunfire_words: frozenset[str]
    target_preps: frozenset[str]
    bare_modifiers: dict[str, str]  # modifier -> the type of a bare attack it modifies
    event_frames: frozenset[str]
    record_nouns: frozenset[str]  # "an arrest report": a record kept of acts, no act
    aftermath_nouns: frozenset[str]
    period_nouns: frozenset[str]
    battle_lengths: frozenset[str]
    event_counts: frozenset[str]  # nouns that count single acts: "a series of attacks"
    air_delivery_words: frozenset[str]  # words that send a bomb from the air: "jets dropped bombs"
    backreference_preps: frozenset[str]
    definite_determiners: frozenset[str]
    topic_preps: frozenset[str]
    rush_preps: frozenset[str]  # "charged at officers": a rush, no accusation
    earlier_marks: frozenset[str]  # "he had been convicted twice before": an earlier act, background
    allegation_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]  # "the talks did not take place": a verb of an act happening
    case_allegation_verbs: frozenset[str]  # "prosecutors allege": the law's case, a crime done
    case_accusers: frozenset[str]  # who brings that case: "prosecutors", "the warrant"
    wish_verbs: frozenset[str]
    protection_preps: frozenset[str]
    victim_nouns: frozenset[str]
    death_words: frozenset[str]
    moods_not_acts: frozenset[str]
    time_clause_marks: frozenset[str]
    leader_titles: frozenset[str]
    killer_nouns: frozenset[str]
    grievance_verbs: frozenset[str]
    grievance_preps: frozenset[str]
    suspect_marks: frozenset[str]  # "suspected herders raided a village": people marked as doers of a crime
    fired_into_places: frozenset[str]  # "shot into a crowd": a place of people
    filled_marks: frozenset[str]  # "a crowded bus shelter"
    aim_preps: frozenset[str]  # "fired at a car"
    done_to_people: frozenset[str]  # "Man shot outside bar": a headline's bare participle is a passive
    killing_nouns: frozenset[str]  # "the murder of a clerk": a killing that counts only placed
    violent_death_cues: frozenset[str]  # "a man who was killed after a fight": a lone toll told beside violence
    accidental_death_cues: frozenset[str]  # "a man was killed in a crash": a lone toll told beside an accident


@dataclass(frozen=True)
class TimeWords:
    weekdays: tuple[str, ...]  # Monday first: the place is the weekday number
    ambiguous_months: frozenset[str]
    future_governors: frozenset[str]
    deadline_preps: frozenset[str]
    possibility_modals: frozenset[str]  # "could arrive Tuesday": ahead
    earliest_cues: tuple[str, ...]  # "as soon as Tuesday": ahead unless the verb is past
    done_act_nouns: frozenset[str]  # "Saturday's bombing": the last Saturday
    months: dict[str, int]
    cardinals: dict[str, int]
    ordinals: dict[str, int]
    quantifiers: dict[str, int]
    holidays: dict[str, list[int]]  # name -> [month, day]
    vague_counts: frozenset[str]  # "several years" -> PXY
    duration_adjectives: frozenset[str]  # "the past three years"
    extent_skip: tuple[str, ...]  # "since 1990": TIMEX3 "1990"
    timeless: frozenset[str]  # "annual": a word of time that names no time
    timex_units: dict[str, str]  # "hour" -> "TH": T marks a unit of the clock
    timex_sets: dict[str, str]  # "daily" -> "P1D"
    timex_refs: dict[str, str]  # "now" -> "PRESENT_REF"
    parts_of_day: dict[str, str]  # "morning" -> "MO"
    seasons: dict[str, str]  # "summer" -> "SU"


@dataclass(frozen=True)
class ErrorWords:
    """The words ``sitrep eval --errors`` reads to sort a false positive (``sitrep.evaluate.kinds``)."""

    negation_marks: tuple[str, ...]
    future_marks: tuple[str, ...]
    hypothetical_marks: tuple[str, ...]
    background_marks: tuple[str, ...]


T = TypeVar("T")


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is frozenset:
        return frozenset(value)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and hasattr(item, "__dataclass_fields__"):
            return tuple(build(item, row, where) for row in value)
        if typing.get_origin(item) is tuple:
            return tuple(tuple(v) for v in value)
        return tuple(value)
    if origin is dict:
        return dict(value)
    return value


def build(cls: type[T], data: dict[str, Any], where: str) -> T:
    """``cls`` from one table of a data file; its keys must be exactly ``cls``'s fields."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    unknown, missing = sorted(set(data) - names), sorted(names - set(data))
    if unknown or missing:
        raise LexiconError(f"{where}: keys not read by {cls.__name__}: {unknown}; missing: {missing}")
    hints = typing.get_type_hints(cls)
    return cls(**{k: _coerce(v, hints[k], f"{where}:{k}") for k, v in data.items()})


def load_words(cls: type[T], text: str, name: str) -> T:
    """One ``data/words/<name>.toml`` file's text as ``cls``."""
    return build(cls, tomllib.loads(text), f"data/words/{name}.toml")


AREAS: dict[str, type] = {
    "status": StatusWords, "claims": ClaimWords, "actors": ActorWords, "events": EventWords,
    "places": PlaceWords, "quantities": QuantityWords, "triggers": TriggerWords,
    "time": TimeWords, "errors": ErrorWords,
}
