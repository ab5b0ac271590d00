"""The mention stage: known entities and places found in a document.

``match(doc)`` returns the hits of the registry and of the places of the
document's language (and English, which names appear in every language's
news); ``annotate(doc)`` keeps the longest non-overlapping ones as mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from ..lang import language
from ..model import Document, Mention
from ..text import fold, slug, written_in_lowercase
from . import inflection, places
from .matcher import Hit, is_acronym, select
from .discovery import edition_after
from .registry import LABEL_CONFIDENCE, Registry, load_registry
from .spans import lowercase_words, starts_sentence

#: Confidence of a place name found through CLDR, of a city name found through GeoNames, and of a
#: state's or province's found through ISO 3166-2.
CLDR_CONFIDENCE = 0.85
GEONAMES_CONFIDENCE = 0.75
ISO3166_CONFIDENCE = 0.75
#: The shortest one-word name of a state or province found in an inflected form or with a suffix ("łódzkiego" for
#: "łódzkie").
MIN_INFLECTED_AREA = 7
#: A state's one-word name less its last letter, this long, written in lowercase starts an ordinary word.
MIN_ORDINARY_STEM = 6
#: Confidence of a known operation's name with an edition the registry does not know ("Operation HAECHI VII").
OPERATION_EDITION_CONFIDENCE = 0.8
#: The gazetteer's place sources, and each one's confidence.
PLACE_CONFIDENCE = {"cldr": CLDR_CONFIDENCE, "geonames": GEONAMES_CONFIDENCE, "iso3166": ISO3166_CONFIDENCE}


def match(doc: Document, *, registry: Registry | None = None) -> list[Hit]:
    """Every acceptable hit of a known name in ``doc`` (overlaps included)."""
    registry = registry or load_registry()
    lang = language(doc.language)
    suffixes = lang.suffixes
    langs = tuple(sorted({doc.language, "en"}))
    matchers = (registry.matcher, places.matcher(langs), places.subdivision_matcher(), places.city_matcher())
    hits = [h for m in matchers for h in m.find(doc.text, suffixes=suffixes)]
    # a short name of a state only as written (Georgian "ლარამდე", up to … lari, is no form of Lara)
    hits = [h for h in hits if h.pattern.source != "iso3166" or len(h.pattern.text) >= MIN_INFLECTED_AREA
            or h.end - h.start == len(h.pattern.text)]
    # known names, countries and states, not the many short names of cities
    if lang.inflected or lang.prefixes or lang.head_endings:
        exact: dict[str, list[tuple[int, int]]] = {}  # the exact hits of each name, in order of their start
        for h in hits:
            exact.setdefault(h.pattern.key, []).append((h.start, h.end))
        for spans in exact.values():
            spans.sort()
        # (and, in languages with cases, the cities of many people in a country the article names, after a word
        # that says in it: "w Katowicach" beside "Polska"; a city's name is too often the stem of a word, "Riigi"
        # (the state's) no form of "Riia", Riga)
        indexes = (*matchers[:3], places.large_city_matcher()) if lang.prepositions_of_place else matchers[:3]
        named = {places.country_of(h.pattern.key) for h in hits if h.pattern.source == "cldr"} - {None}
        for h in inflection.find(doc.text, lang, inflection.index_of(indexes)):
            if h.pattern.source == "geonames" and (places.country_of(h.pattern.key) not in named
                                                   or not _after_a_place_word(doc.text, h.start, lang)):
                continue
            if h.pattern.source == "iso3166" and " " not in h.pattern.text and len(h.pattern.text) < MIN_INFLECTED_AREA:
                continue  # a short name of a state has too many lookalikes ("Tigran" is no form of "Tigrai")
            if h.pattern.source not in PLACE_CONFIDENCE and " " in h.pattern.text and _head_after(doc.text, h.end, lang):
                continue  # a name of several words in a case that qualifies the body after it: "Lietuvos bankų
                # asociacija" (the Association of Lithuanian Banks) is no form of "Lietuvos bankas"
            # where the name is found as written inside the inflected form, the exact hit is the mention
            # ("Operaţiunile Serengeti" is no form of "Operaţiunea Serengeti" worth more than "Serengeti")
            # (the same words with a suffix or a clitic, "Interpol'ün", "للإنتربول", stay the inflected hit)
            # (only the exact hits starting inside the inflected one are looked at, found by bisection)
            spans = exact.get(h.pattern.key, [])
            inside = spans[bisect_left(spans, (h.start,)):bisect_right(spans, (h.end, h.end))]
            if not any(e <= h.end and (doc.text[h.start:s] + doc.text[e:h.end]).count(" ") for s, e in inside):
                hits.append(h)
    return hits


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _after_a_place_word(text: str, start: int, lang) -> bool:
    """Whether one of the language's prepositions of place stands right before ``start`` ("w Katowicach")."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and fold(m.group(1)) in lang.prepositions_of_place


def _head_after(text: str, end: int, lang) -> bool:
    """Whether the word right after ``end`` is a head word of a body in the language, written in lowercase."""
    m = re.match(r" (\w+)", text[end:end + 40])
    return bool(m) and m.group(1).islower() and fold(m.group(1)) in lang.org_heads


def _ordinary_word(doc: Document, h: Hit, written: Callable[[str], bool] | None = None) -> bool:
    """A one-word city or state name that the document also writes in lowercase is an ordinary word there ("Sur",
    "Nice"); a state's, also when the lowercase word has another ending (Croatian "Kampanja", a campaign, written
    "kampanju" elsewhere, is no form of Campania).

    ``written`` is :func:`graphkit.extract.spans.lowercase_words` of the text, when the caller has it.
    """
    surface = doc.text[h.start:h.end]
    if h.pattern.source not in ("geonames", "iso3166") or " " in surface or surface.lower() == surface:
        return False
    if written(surface) if written is not None else written_in_lowercase(doc.text, surface):
        return True
    stem = surface.lower()[:-1]
    return (h.pattern.source == "iso3166" and len(stem) >= MIN_ORDINARY_STEM
            and re.search(rf"(?<!\w){re.escape(stem)}", doc.text) is not None)


def _a_function_word(doc: Document, h: Hit, function_words: frozenset[str], phrases: tuple[str, ...] = ()) -> bool:
    """A place's name written as a word the language lists among its function words, among the words that are
    no places (``[words] not_places``) or among the head words of bodies' names, is that word (Persian "دوشنبه",
    Monday, is no Dushanbe; Hindi "मोबाइल", mobile, no Mobile, Alabama; Dutch "Vereniging", association). A
    phrase of ``not_places`` (``phrases``) opened by the place's name is that phrase (Persian "کیف پول", wallet,
    is no Kyiv)."""
    if h.pattern.source not in PLACE_CONFIDENCE:
        return False
    surface = fold(doc.text[h.start:h.end])
    return surface in function_words or any(
        p.startswith(surface + " ") and fold(doc.text[h.start:h.start + len(p) + 8]).startswith(p) for p in phrases)


@lru_cache(maxsize=64)
def _single_heads(lang) -> frozenset[str]:
    """The language's head words of bodies' names (``[entities] heads``) that are one word."""
    return frozenset(h for h in lang.org_heads if " " not in h)


def _places_listed(hits: list[Hit], text: str, lang) -> set[Hit]:
    """The hits of places written in a list with another place, joined to it by a comma or the language's "and":
    a word that is no place on its own ("مالي", financial, Mali) is one there ("بنين، مالي والنيجر")."""
    places = [h for h in hits if h.pattern.source in PLACE_CONFIDENCE]
    ends = {h.end: h for h in places}
    starts = {h.start: h for h in places}
    joins = {",", "،", "、", "，", *lang.conjunctions}
    return {h for h in places if _joined_to_another(h, text, ends, starts, joins, 8)}


#: Symbols of currencies a country's letters stand before ("US$", "HK$", "A$", "R$").
_CURRENCY_SIGNS = "$€£¥₩₹"


def _currency_prefix(doc: Document, h: Hit) -> bool:
    """A place's name written onto a currency sign is the currency's ("US$250.000", "HK$3 million"), no place."""
    return h.pattern.source in PLACE_CONFIDENCE and doc.text[h.end:h.end + 1] in tuple(_CURRENCY_SIGNS)


def _without_particle(text: str, h: Hit, lang) -> int:
    """Where a hit ends without the particle written onto the name ("인터폴과": "인터폴"), in a language whose
    suffixes are particles (``particles_apart``)."""
    surface = fold(text[h.start:h.end])
    name = fold(h.pattern.text)
    for x in sorted(lang.suffixes, key=len, reverse=True):
        if x and surface.endswith(x) and surface[:-len(x)] == name and fold(text[h.end - len(x):h.end]) == x:
            return h.end - len(x)
    return h.end


def _hidden_named_otherwise(hits: list[Hit], text: str, lang) -> list[Hit]:
    """The hits without those of a hidden name (``skos:hiddenLabel``) of an entity the document names by no other.

    A hidden name is a short name that is also an ordinary word of its language (Bengali "নগদ", cash, is the short
    name of Nagad): it names the entity only in an article that names it in full somewhere ("নগদ লিমিটেড"), or
    in a list with another known body, joined to it by a comma or the language's "and" ("বিকাশ ও নগদ": bKash and
    Nagad).
    """
    named = {h.pattern.key for h in hits if h.pattern.source in ("label", "alt")}
    known = [h for h in hits if h.pattern.source in ("label", "alt", "hidden")]
    ends = {h.end: h for h in known}
    starts = {h.start: h for h in known}
    joins = {",", "،", "、", *lang.conjunctions}
    return [h for h in hits if h.pattern.source != "hidden" or h.pattern.key in named
            or _joined_to_another(h, text, ends, starts, joins, 12)]


def _joined_to_another(h: Hit, text: str, ends: dict[int, Hit], starts: dict[int, Hit], joins: set[str],
                       reach: int) -> bool:
    """Whether another entity's hit (of ``ends``, ``starts``: hits by their end and start) stands right before or
    after ``h``, at most ``reach`` characters away, with only a comma or an "and" (of ``joins``) between."""
    for k in range(max(0, h.start - reach), h.start):
        other = ends.get(k)
        if other is not None and other.pattern.key != h.pattern.key and fold(text[k:h.start].strip()) in joins:
            return True
    for k in range(h.end, min(len(text), h.end + reach)):
        other = starts.get(k)
        if other is not None and other.pattern.key != h.pattern.key and fold(text[h.end:k].strip()) in joins:
            return True
    return False


def set_annotations(doc: Document, hits: list[Hit]) -> Document:
    """Keep the longest non-overlapping hits as the document's mentions."""
    mentions = []
    lang = language(doc.language)
    written = lowercase_words(doc.text)
    registry_keys = load_registry().entities
    written.prepare(word for h in hits if h.pattern.source in ("geonames", "iso3166") and " " not in (word := doc.text[h.start:h.end]))
    hits = _units_apart_from_parents(hits, registry_keys)
    hits = _hidden_named_otherwise(hits, doc.text, lang)
    # a head word of the language's bodies is that word, no place ("Vereniging", association, is no Vereeniging)
    function_words = frozenset(lang.function_words) | lang.not_places | _single_heads(lang)
    # the places written as a word that is no place alone, kept where a list of places holds them (read only then)
    phrases = tuple(w for w in lang.not_places if " " in w)
    words = {x for x in hits if _a_function_word(doc, x, function_words, phrases)}
    words -= _places_listed(hits, doc.text, lang) if words else set()
    for h in select(x for x in hits if not _ordinary_word(doc, x, written) and not _currency_prefix(doc, x)
                    and x not in words):
        p = h.pattern
        if p.source in PLACE_CONFIDENCE:
            method, confidence = p.source, PLACE_CONFIDENCE[p.source]
        else:
            method, confidence = "registry", LABEL_CONFIDENCE.get(p.source, LABEL_CONFIDENCE["hidden"])
        end = _without_particle(doc.text, h, lang) if lang.particles_apart else h.end
        key, label = p.key, p.label
        if p.type == "Operation" and end == h.end:
            # a known operation's name with an edition after it is that edition ("Operation Chakra-II")
            edition = edition_after(doc.text, end, key, label)
            if edition:
                end, key, label = edition
                if key not in registry_keys:
                    method, confidence = "discovery:operation", OPERATION_EDITION_CONFIDENCE
        mentions.append(Mention(h.start, end, doc.text[h.start:end], key, p.type, label, confidence, method))
    mentions = _national_companies(doc.text, _cities_of_named_countries(doc, mentions), lang)
    return doc.with_(mentions=tuple(sorted(set(doc.mentions) | set(mentions), key=lambda m: (m.start, m.end, m.key))))


def _national_companies(text: str, mentions: list[Mention], lang) -> list[Mention]:
    """The mentions with a known company's name and a country's name right after it made one: the company of that
    country, a body of its own ("Vodafone Україна", "Airtel Tanzania", "Telia Lietuva": Vodafone Ukraine, …),
    keyed and labelled by the company's name as written and the country's English name. Not where the country
    takes a postposition or a particle of its own ("बिनेंस थाईलैंड में": Binance in Thailand; "바이낸스 태국에서").
    """
    by_start = {m.start: m for m in mentions if m.method == "cldr" and m.type == "Country"}
    kept, dropped = [], set()
    for m in mentions:
        country = by_start.get(m.end + 1) if m.method == "registry" and m.type == "Company" else None
        if country is None or text[m.end:country.start] != " " or re.search(r"['’]", text[m.start:country.end]) \
                or _governed(text, country.end, lang):
            # (a suffix on either name: "ESET'in Hollanda'daki sunucuları", ESET's servers in the Netherlands)
            kept.append(m)
            continue
        label = f"{m.text} {country.label}"
        kept.append(Mention(m.start, country.end, text[m.start:country.end], slug(label), "Company", label,
                            m.confidence, "registry:national"))
        dropped.add(country)
    return [m for m in kept if m not in dropped]


_NEXT_WORD = re.compile(r"[ \u00a0]+(\S+)")


def _governed(text: str, end: int, lang) -> bool:
    """Whether the name ending at ``end`` goes on with letters of its word (a particle or a case ending), or is
    followed by one of the language's postpositions of place (``[words] postpositions_of_place``: "में")."""
    if end < len(text) and text[end].isalnum():
        return True
    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt and fold(nxt.group(1).strip(".,;:!?")) in lang.postpositions_of_place)


def _units_apart_from_parents(hits: list[Hit], entities) -> list[Hit]:
    """The hits without a unit's long name that holds its parent's ("Департамент кіберполіції Національної поліції
    України"): where the unit's shorter name ends before the parent's starts, the article names two bodies, the
    unit and the one it is part of, each a mention of its own. A parent named in one word is the unit's name saying
    whose it is ("Bareskrim Polri", "Direction de la cybercriminalité d'INTERPOL"): one mention."""
    by_start: dict[int, list[Hit]] = {}
    for h in hits:
        by_start.setdefault(h.start, []).append(h)
    parents: dict[str, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: h.start):
        parents.setdefault(h.pattern.key, []).append(h)
    starts = {key: [p.start for p in found] for key, found in parents.items()}
    dropped = set()
    for h in hits:
        known = entities.get(h.pattern.key) if h.pattern.source not in PLACE_CONFIDENCE else None
        if known is None or known.part_of is None or known.part_of not in parents:
            continue
        # the parent's hits that start inside the unit's (by bisection: a unit each read them all)
        found, at = parents[known.part_of], starts[known.part_of]
        inside = [p for p in found[bisect_right(at, h.start):bisect_left(at, h.end)] if p.end <= h.end
                  and len(p.pattern.text.split()) > 1]
        if any(u.pattern.key == h.pattern.key and u.end <= p.start for p in inside for u in by_start[h.start]):
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped] if dropped else hits


#: A city of this many people is known by its name alone ("ليون": Lyon, "أبوظبي": Abu Dhabi).
KNOWN_CITY = 300_000


def _cities_of_named_countries(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions without GeoNames' cities whose name cannot tell a name from a word and whose country the document
    does not name.

    A script without capitals cannot tell a name from a word: a small city's name written by its sound is often an
    English word the language borrowed ("मोबाइल", mobile: Mobile, Alabama) or a word of its own ("दिली", gave: Dili);
    cities of ``KNOWN_CITY`` people or more are known by their name alone. A sentence's first word is written with a
    capital in any script, so it tells no more, whatever the city's size ("Вони", they: Vaughan, Ontario; "Banii",
    the money: Baneh), unless the article writes the name elsewhere inside a sentence. A city of the article's
    story stands with its country, or another place of it, named somewhere in the article.

    Inside a sentence, an acronym is no name of a city not written in capitals ("BEC", business e-mail compromise,
    is no "Beč", Vienna); a dateline's city starts its sentence ("LYON, 12 mars –", "TOULOUSE (AFP) –",
    "Ghaziabad: …"), and is the city; so is one before the head of a body's name ("Leeds police arrested …").
    """
    inside = {m.key for m in mentions if m.method == "geonames" and not starts_sentence(doc, m.start)}
    heads = language(doc.language).org_heads
    kept = []
    for m in mentions:
        if m.method == "geonames" and m.type == "City":
            letter = next((c for c in m.text if c.isalpha()), "")
            uncased = letter and letter.lower() == letter.upper()
            first, acronym = starts_sentence(doc, m.start), is_acronym(m.text)
            if acronym and not first and m.text != m.label and not any(
                    is_acronym(name) and fold(name) == fold(m.text) for name in places.cities().get(m.key, ("", ()))[1]):
                continue
            if (uncased and places.city_populations().get(m.key, 0) < KNOWN_CITY) or (
                    not uncased and not acronym and " " not in m.text and m.key not in inside and first
                    and not _dateline(doc.text, m) and not _head_next(doc.text, m.end, heads)):
                country = places.country_of(m.key)
                if not any(o.key != m.key and o.method in PLACE_CONFIDENCE and places.country_of(o.key) == country
                           for o in mentions):
                    continue
        kept.append(m)
    return kept


#: What follows a dateline's city: an agency in brackets, a colon, a comma and the date ("Ghaziabad: Police …",
#: "Leeds, 12 March"); no dash, which is a copula after a pronoun ("Вони — шахраї": they are fraudsters)
_DATELINE_AFTER = re.compile(r"\s*(?:\(|:|,\s*\d)")


def _dateline(text: str, m: Mention) -> bool:
    """Whether ``m``, a sentence's first word, is a dateline's city: written in capitals ("TOULOUSE"), or
    followed by what follows one."""
    return (m.text.isupper() and len(m.text) > 2) or _DATELINE_AFTER.match(text, m.end) is not None


_NEXT_WORD_AT = re.compile(r"[ \u00a0]+(\w+)")


def _head_next(text: str, end: int, heads) -> bool:
    """Whether the word right after ``end`` is the head of a body's name in the language ("police", "polis")."""
    m = _NEXT_WORD_AT.match(text, end)
    return bool(m) and fold(m.group(1)) in heads


def annotate(doc: Document, *, registry: Registry | None = None) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc, registry=registry))
