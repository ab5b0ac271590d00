"""Operation frames: what an article says of an operation across its sentences and paragraphs.

Articles about an operation name it once or twice and then go on about it:
which countries it covered ("across 19 African countries: Angola, Benin, …",
"arrests in the United Kingdom, Spain, Italy and Nigeria"), often in sentences
that do not repeat its name. This stage reads that frame with signals that
hold in any language:

- the **operation a sentence is about**: one it names, else the last one named
  before it in its paragraph, else, in an article about one operation (or
  editions of one: "Africa Cyber Surge" and "Africa Cyber Surge II", or one
  named far more often than others it names in passing), the most
  mentioned one (unless an alliance is named more often than the
  operation: the article is about the alliance), else, before any is named, the article's most
  mentioned operation (a lead that names it only later); the confidence falls
  in that order. In an article about several operations, a sentence in a later
  paragraph that names none may be about something else (a training, the
  alliance behind them): it has no operation, unless it speaks of "the
  operation" (the language's word for one), for those who took part in it:
  then it is about the last one named (not one named less often than
  another, in an earlier paragraph: named in passing, it is not what a later
  "an operation, in which …" speaks of). An article that names its one
  operation once, past its lead (headline, dateline, first paragraph), names
  it in passing: only that sentence and its paragraph are about it;
- **countries and regions it covered** (``targets``): the places of such a
  sentence that stand in a list of two or more (commas, semicolons, colons,
  brackets or the language's conjunctions between them), a country named
  alone in such a sentence (in an article about one operation, or naming it),
  or any place of a sentence that counts countries (a ``countries`` figure) or holds a
  ``targets`` cue; cities and administrative areas (states, provinces) where
  they stand in a list of their own ("raids in Amsterdam, Eindhoven and
  Groningen", "in Bihar, Haryana, Kerala and Karnataka"), never alone. A place that qualifies an organization ("Spain's Policía
  Nacional", "Policía Nacional (Spain)", "la policía de Perú") is where that
  organization is, not where the operation went, and is left out, and so is a
  list holding the seat a cue gives an organization ("headquartered in
  Singapore, the Netherlands and …"). A country alone before the article
  names its operation is a weak target.

- **organizations that took part** (``participatedIn``): in a sentence about
  an operation that holds a participation or support cue of the language
  ("with the support of", "took part"), or speaks of partners or member
  organizations (the language's words for them, with less confidence), every
  organization of a list of two or more ("private partners A, B, C and D") on the
  side of a cue it is nearer to, and the organizations the
  cue relations already tie to the operation's sentence are left as they are;
  the parties of a partnership a cue states in such a sentence; the list right
  before a cue followed by the word for an operation ("colaborou com a
  operação"); a company read as coordinating an operation (companies do not);
  and every police force named in a sentence about an operation that counts
  its arrests, seizures or servers taken down ("In Spain, the Policía Nacional and the Guardia Civil arrested
  three people"), with less confidence;
- **support to the coordinator** (``supports``): a company (or non-profit)
  that took part in an operation supports the public body that coordinated it
  ("coordinated by INTERPOL … with technical support from private-sector
  partners Group-IB and Trend Micro"); companies a sentence lists as partners,
  after the language's word for them, support the international body it names
  before them, operation or not (and, of a unit, the body it is part of);
- **members of an alliance** (``memberOf``): the list right after the
  language's word for members or partners, in a sentence about no operation,
  of the alliance named before that word or, where no organization stands
  before it and its paragraph speaks of no operation, of the alliance the
  article is about ("a soixantaine de membres,
  parmi lesquels la FBF, Orange …"; "among the partners that joined are the
  companies Emsisoft, Avast …").

Each relation keeps the sentence it was read from as its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lang import Language, language
from ..model import Document, Evidence, Mention, Relation, Span, most_mentioned
from ..ontology import load as load_ontology
from ..text import fold, fold_with_offsets
from .cues import find_cues
from .places import UNIONS
from .places import places as all_places
from .spans import mentions_of, stretch

#: Confidence by how the operation of a sentence was found.
NAMED, IN_PARAGRAPH, IN_ARTICLE, MAIN = 0.85, 0.8, 0.75, 0.7
#: A country alone in a sentence before the article names its operation: the country that asked for help, or
#: where a body is, as often as where the operation went (measured: 2 right of 7 on the tuning sets).
ALONE_BEFORE_NAMED = 0.5
PLACE_TYPES = ("Country", "Region")
#: Places within a country: targets only where they stand in a list of their own.
LOCAL_TYPES = ("City", "AdministrativeArea")
#: What may stand between the members of a list of places.
_SEPARATORS = re.compile(r"^[\s,;:()\[\]、，；：·•\-–—/]*$")
_PARAGRAPH = re.compile(r"\n\s*")
#: Words that join a place to the name it ends ("Central Bank of Ireland", "Banco de España").
CONNECTORS = frozenset({"of", "de", "del", "della", "di", "do", "da", "du", "des", "von", "van", "för", "for"})


def paragraphs(text: str) -> list[int]:
    """Offsets where the paragraphs after the first begin (a line is a paragraph, as ingest reads it)."""
    return [m.end() for m in _PARAGRAPH.finditer(text)]


def _series(key: str) -> str:
    """The key of an operation without its edition ("africa-cyber-surge-2", "haechi-iv", "synergia-ii")."""
    return re.sub(r"(-(\d+|[ivx]+))+$", "", key)


#: How many mentions an operation needs, and how many times those of all the others, for an article naming
#: others in passing ("it follows Operation X last year") to be about it.
DOMINANT_MENTIONS, DOMINANT_FACTOR = 3, 2


def one_operation(doc: Document, operations: list[Mention]) -> bool:
    """Whether the article is about one operation (or editions of one), not several nor an alliance.

    An operation named at least ``DOMINANT_MENTIONS`` times, and more than ``DOMINANT_FACTOR`` times as often as
    all the others together, is the article's one operation: the others are named in passing.
    """
    counts: dict[str, int] = {}
    # an awareness campaign launched beside an operation is named in passing ("… and the campaign #DontBeaMule")
    operations = [m for m in operations if m.method != "discovery:campaign"] or operations
    for m in operations:
        counts[_series(m.key)] = counts.get(_series(m.key), 0) + 1
    top = max(counts.values(), default=0)
    rest = sum(counts.values()) - top
    one = len(counts) == 1 or (top >= DOMINANT_MENTIONS and top > DOMINANT_FACTOR * rest)
    return one and not _about_an_initiative(doc, operations) and not _in_passing(doc, operations)


#: How many paragraphs (a headline, a dateline, a lead) an article takes to name what it is about.
LEAD_PARAGRAPHS = 3


def _in_passing(doc: Document, operations: list[Mention]) -> bool:
    """Whether the article names its operations once, past its lead: it is about something else ("on the day of
    the operation, …" in an article about an investigation), and they are named in passing."""
    if len(operations) != 1:
        return False
    breaks = paragraphs(doc.text)
    return len(breaks) >= LEAD_PARAGRAPHS and operations[0].start >= breaks[LEAD_PARAGRAPHS - 1]


def _in_a_name(doc: Document, m: Mention) -> bool:
    """Whether a capitalised word stands right before or after a mention, as in a longer name."""
    sentence = doc.sentence_of(m.start)
    lo = max(sentence.start, m.start - 30)
    before = doc.text[lo:m.start]
    after = doc.text[m.end:m.end + 30]
    word_before = re.search(r"(\w+) $", before)
    if word_before and lo + word_before.start(1) == sentence.start:
        word_before = None  # capitalised because it starts the sentence ("In Nigeria, …")
    word_after = re.match(r" (\w+)", after)
    # "the Central Bank of Ireland": a capitalised word, a connector, then the place
    of_name = re.search(r"(\w+) (\w+) $", before)
    if of_name and fold(of_name.group(2)) in CONNECTORS and of_name.group(1)[:1].isupper() \
            and lo + of_name.start(1) != sentence.start:
        return True
    return any(w and w.group(1)[:1].isupper() for w in (word_before, word_after))


def _about_an_initiative(doc: Document, operations: list[Mention]) -> bool:
    """Whether an alliance or initiative is named more often than the operations: the article is about it."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.type == "Initiative":
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts.values(), default=0) > len(operations)


def _campaign(m: Mention | None) -> bool:
    """Whether a mention is of an awareness campaign (which the graph holds as an operation)."""
    return m is not None and m.method == "discovery:campaign"


def operation_of(doc: Document, operations: list[Mention], single: bool):
    """A function: sentence → (the operation it is about, confidence), or None (``single``: see one_operation).

    ``operations`` are in order of their start.
    """
    main = None if _in_passing(doc, operations) else most_mentioned(operations)  # no lead to be about
    breaks = paragraphs(doc.text)
    starts = [m.start for m in operations]

    def about(sentence: Span) -> tuple[Mention, float] | None:
        first = bisect_left(starts, sentence.start)  # the first operation named in the sentence, if any
        if first < len(starts) and starts[first] < sentence.end:
            return operations[first], NAMED
        i = bisect_right(starts, sentence.start) - 1
        if i >= 0:
            before = operations[i]
            para = bisect_right(breaks, sentence.start)
            same_paragraph = bisect_right(breaks, before.start) == para
            if same_paragraph:
                return before, IN_PARAGRAPH
            # an operation named in an earlier paragraph: an article about one operation goes on about it;
            # one about several may have gone on to something else (not an awareness campaign: an article
            # about one goes on to the police's cases, "in March, with the FBI, it arrested …")
            return (main, IN_ARTICLE) if single and not _campaign(main) else None
        return (main, MAIN) if main is not None and not _campaign(main) else None

    return about


def _attached(doc: Document, i: int, ordered: list[Mention], lang: Language, coarse) -> bool:
    """Whether the place ``ordered[i]`` qualifies the organization beside it ("Spain's Policía Nacional")."""
    connectors = set(lang.role_connectors) | {"'s", "'", "’s", "’"}
    place = ordered[i]
    for j in (i - 1, i + 1):
        if not 0 <= j < len(ordered) or coarse(ordered[j].type) != "Organization":
            continue
        a, b = (ordered[j], place) if j < i else (place, ordered[j])
        if doc.sentence_of(a.start) != doc.sentence_of(b.start):
            continue
        gap = fold(doc.text[a.end:b.start]).strip()
        if gap in ("", "(", ")") or gap.strip("() ") in connectors:
            return True
    return False


def _in_lists(doc: Document, places: list[Mention], lang: Language) -> set[Mention]:
    """The places that stand in a list of two or more."""
    return {m for group in _place_groups(doc, places, lang) if len(group) > 1 for m in group}


def _place_groups(doc: Document, places: list[Mention], lang: Language) -> list[list[Mention]]:
    """The places (in order) grouped into the lists they stand in; one alone is a group of its own."""
    groups: list[list[Mention]] = []
    for a, b in zip([None, *places], places):
        if a is not None:
            gap = doc.text[a.end:b.start]
            words = fold(gap).strip(" ,;:()、，")
            if len(gap) <= 40 and (_SEPARATORS.match(gap) and gap.strip() or words in lang.conjunctions
                                   or _conjunction_only(words, lang)):
                groups[-1].append(b)
                continue
        groups.append([b])
    return groups


#: How far around a place its currency's name may reach ("333 000 USA dollari", "долларов США").
CURRENCY_REACH = 30


def _in_a_currency(doc: Document, place: Mention, lang: Language) -> bool:
    """Whether a place is a word of a currency's name of the language ("USA dollari", "долларов США"), even where
    no amount was read around it."""
    after = fold(doc.text[place.start:place.end + CURRENCY_REACH])
    before = fold(doc.text[max(0, place.start - CURRENCY_REACH):place.end])
    name = fold(place.text)
    return any(" " in k and name in k and (after.startswith(k) or before.endswith(k)) for k in lang.currencies)


def _conjunction_only(words: str, lang: Language) -> bool:
    """"and the", ", and", "as well as": only conjunctions and punctuation."""
    rest = words
    for c in sorted(lang.conjunctions, key=len, reverse=True):
        rest = rest.replace(c, " ")
    return words != "" and not rest.strip(" ,;:")


#: A dateline: the start of a paragraph, up to a dash, that names where and when the news was written.
_DATELINE_DASH = re.compile(r"\s[–—-]\s")
MAX_DATELINE = 100
#: A dateline on a line of its own is at most this long.
MAX_DATELINE_LINE = 60
_STOP = re.compile(r"[.!?。]\s+(\w)")


def _ends_a_sentence(text: str) -> bool:
    """Whether a stop in ``text`` ends a sentence: one before a lowercase word is an abbreviation's ("m. sausio")."""
    return any(not m.group(1).islower() for m in _STOP.finditer(text))


def _datelines(text: str):
    """A function: offset → whether it stands in a dateline ("LYON, France, 26 September 2025 –", "HAAG/PRAHA –").

    A paragraph's beginning up to its first dash, when that stretch is short, has no sentence end (a full
    stop before a lowercase word is an abbreviation's: "2021 m. sausio 28 d."), and holds a number (the date)
    or begins with a word in capitals (the place); or a short line of its own, a place, a dash and a date
    ("ليون (فرنسا) – ٢٦ سبتمبر ٢٠٢٥").
    """
    spans = []
    for start in [0, *paragraphs(text)]:
        head = text[start:start + MAX_DATELINE]
        dash = _DATELINE_DASH.search(head)
        if not dash:
            continue
        prefix = head[:dash.start()]
        first = re.match(r"[^\W\d_]+", prefix)
        capitals = bool(first and len(first.group()) >= 3 and first.group().isupper())
        line = head.split("\n", 1)[0]
        if len(line) < len(head) and len(line) <= MAX_DATELINE_LINE and re.search(r"\d", line[dash.end():]) \
                and not _ends_a_sentence(line):
            spans.append((start, start + len(line)))  # the whole line: a place, a dash, a date
            continue
        if _ends_a_sentence(prefix) or not (capitals or re.search(r"\d", prefix)):
            continue
        spans.append((start, start + dash.start()))

    starts = [a for a, _ in spans]  # in order, and apart: paragraphs do not overlap

    def inside(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < spans[i][1]

    return inside


def targets(doc: Document, cued: list[Relation]) -> list[Relation]:
    """``targets`` relations of the article's operations, read from its frame (``cued``: the cue relations, and the
    seats of companies the registry reads where a sentence says them)."""
    ontology = load_ontology()
    coarse = ontology.coarse_type
    index = mentions_of(doc.mentions)
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if coarse(m.type) == "Operation"]
    if not operations:
        return []
    lang = language(doc.language)
    single = one_operation(doc, operations)
    about = operation_of(doc, operations, single)
    counted = {doc.sentence_of(f.start) for f in doc.figures if f.kind == "countries"}
    amounts = [f for f in doc.figures if f.unit not in (None, "%")]
    cued_in = {doc.sentence_of(r.evidence.start) for r in cued if r.predicate == "targets"}
    located = {(r.evidence.start, r.object) for r in cued if r.predicate == "locatedIn"}
    in_dateline = _datelines(doc.text)
    unions = {p.key for p in all_places().values() if p.code in UNIONS}
    out: list[Relation] = []
    for sentence in doc.sentences:
        inside = sorted(index.within(sentence.start, sentence.end), key=lambda m: (m.start, m.end))
        # a union of states ("financiado por la Unión Europea", "fuori dall'Unione europea") is no area an
        # operation covers
        places = [m for m in inside if m.type in PLACE_TYPES + LOCAL_TYPES and m.key not in unions]
        if not places:
            continue
        found = about(sentence)
        if found is None:
            continue
        operation, confidence = found
        # cities and states only in a list of their own ("raids in Amsterdam, Eindhoven and Groningen",
        # "in Bihar, Haryana, Kerala and Karnataka")
        countries = [m for m in places if m.type in PLACE_TYPES]
        local = [m for m in places if m.type in LOCAL_TYPES]
        listed = set(countries) if sentence in counted or sentence in cued_in else _in_lists(doc, countries, lang)
        chosen = listed | _in_lists(doc, local, lang)
        # a country named alone in a sentence about the operation (of an article about one operation, or
        # naming it), where no organization is said to be, and that is no word of a longer name ("Mali Suçları")
        in_a_list = set(chosen)
        if single or confidence == NAMED:
            chosen |= {m for m in countries if (sentence.start, m.key) not in located and not _in_a_name(doc, m)}
        # a list that holds where an organization is ("headquartered in Singapore, the Netherlands and …") is of
        # its seats or offices
        seats = {id(m) for group in _place_groups(doc, places, lang)
                 if any((sentence.start, m.key) in located for m in group) for m in group}
        position = {id(m): k for k, m in enumerate(inside)}
        for place in sorted(chosen, key=lambda m: m.start):
            if id(place) in seats:
                continue
            if in_dateline(place.start):
                continue  # "LYON, France, 26 September 2025 –": where the news was written
            if any(f.start <= place.start and place.end <= f.end for f in amounts) \
                    or _in_a_currency(doc, place, lang):
                continue  # "600 тыс. долларов США": the country of a currency in an amount
            if _attached(doc, position[id(place)], inside, lang, coarse):
                continue
            sure = ALONE_BEFORE_NAMED if confidence == MAIN and place not in in_a_list else confidence
            out.append(Relation(operation.key, "targets", place.key, Evidence(
                doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), sure,
                method="relations:frame:targets")))
    return out


#: The predicates whose cues, in a sentence about an operation, say that the organizations listed there took part.
PARTICIPATION_CUES = ("participatedIn", "supports")
#: What may stand between two organizations of one list besides separators and conjunctions:
#: a few words that describe the next one ("and the fintech Pagosur", "y de la empresa").
MAX_LIST_GAP = 48
#: How much less sure a list is of taking part when its sentence only calls its members partners.
PARTNER_FACTOR = 0.9


def _org_lists(doc: Document, orgs: list[Mention], lang: Language) -> set[Mention]:
    """The organizations that stand in a list of two or more."""
    return {m for group in _org_groups(doc, orgs, lang) if len(group) > 1 for m in group}


def _org_groups(doc: Document, orgs: list[Mention], lang: Language) -> list[list[Mention]]:
    """The organizations (in order) grouped into the lists they stand in; one alone is a group of its own."""
    groups: list[list[Mention]] = []
    for a, b in zip([None, *orgs], orgs):
        if a is None or not _joined_in_list(doc, a, b, lang):
            groups.append([b])
        else:
            groups[-1].append(b)
    return groups


def _joined_in_list(doc: Document, a: Mention, b: Mention, lang: Language) -> bool:
    """Whether two organizations one after the other stand in one list."""
    gap = doc.text[a.end:b.start]
    if len(gap) > MAX_LIST_GAP or re.search(r"[.!?。！？]\s", gap + " ") and "." in gap.strip(" ,")[:1]:
        return False
    words = fold(gap).strip(" ,;:()、，")
    has_joint = "," in gap or ";" in gap or "、" in gap or "，" in gap or any(
        re.search(rf"(?<!\w){re.escape(c)}(?!\w)", fold(gap)) for c in lang.conjunctions)
    return bool((gap.strip() and _SEPARATORS.match(gap)) or (has_joint and len(words.split()) <= 6) or words == "")


def _beside_cues(doc: Document, groups: list[list[Mention]], hits) -> set[Mention]:
    """The members of the lists the participation cues of a sentence speak of.

    A cue speaks of the lists on one side of it: where lists stand on both sides, the side of the nearer one
    ("Binance and Coinbase froze the accounts after the operation, carried out with the support of Group-IB
    and Kaspersky": the companies after the cue took part, those that froze the accounts are the sentence's
    subject); a list with members on both sides is on both. Each cue finds its nearest lists by bisection.
    """
    lists = [g for g in groups if len(g) > 1]  # in order, apart
    firsts = [g[0].end for g in lists]  # a list is before a cue when its first member ends before it
    lasts = [g[-1].start for g in lists]  # and after it when its last member starts after it
    ends = sorted((m.end, k) for k, g in enumerate(lists) for m in g)
    starts = sorted((m.start, k) for k, g in enumerate(lists) for m in g)
    before_to, after_from = 0, len(lists)  # the lists taken: those before index before_to, from after_from on
    for hit in hits:
        n_before = bisect_right(firsts, hit.start)  # lists 0 … n_before - 1 are before the cue
        n_after = bisect_left(lasts, hit.end)  # lists n_after … are after it
        if not n_before and n_after == len(lists):
            continue
        take_before, take_after = n_before > 0, n_after < len(lists)
        if take_before and take_after:
            i = bisect_right(ends, (hit.start, len(lists))) - 1  # the member of a list ending nearest before
            j = bisect_left(starts, (hit.end, -1))  # and starting nearest after
            near_before = len(doc.text[ends[i][0]:hit.start].strip())
            near_after = len(doc.text[hit.end:starts[j][0]].strip())
            take_before, take_after = near_before <= near_after, near_after <= near_before
        # (a list on both sides is among those before and those after)
        if take_before:
            before_to = max(before_to, n_before)
        if take_after:
            after_from = min(after_from, n_after)
    return {m for k, g in enumerate(lists) if k < before_to or k >= after_from for m in g}


@lru_cache(maxsize=64)
def _partner_words(lang: Language) -> re.Pattern | None:
    """One alternation of the language's words for partners or member organizations, each at a word start."""
    words = lang.figure_cues.get("member_organizations", ())
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")") if words else None


def _partners_word(doc: Document, sentence: Span, lang: Language) -> int | None:
    """Where a sentence first speaks of partners or member organizations (the language's words for them).

    The document is folded once (the cue finder shares the fold); the leftmost match of the alternation is
    the first such word.
    """
    pattern = _partner_words(lang)
    if pattern is None:
        return None
    folded, origin = fold_with_offsets(doc.text)
    m = pattern.search(folded, bisect_left(origin, sentence.start), bisect_left(origin, sentence.end))
    return origin[m.start()] if m else None


@lru_cache(maxsize=64)
def _operation_word(lang: Language) -> re.Pattern | None:
    """One alternation of the language's words for an operation, each at a word start."""
    words = sorted(set(lang.operation_words) | set(lang.operation_words_after), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")") if words else None


def _the_operation(doc: Document, sentence: Span, operations: list[Mention], starts: list[int],
                   lang: Language) -> tuple[Mention, float] | None:
    """The operation a sentence naming none speaks of as "the operation" ("during the operation, partners …"):
    the last one named before it, in an article about several (where a later paragraph may be about something
    else, a sentence that says "the operation" is still about one)."""
    i = bisect_right(starts, sentence.start) - 1
    pattern = _operation_word(lang)
    if i < 0 or pattern is None:
        return None
    breaks = paragraphs(doc.text)
    if bisect_right(breaks, operations[i].start) != bisect_right(breaks, sentence.start):
        counts: dict[str, int] = {}
        for m in operations:
            counts[_series(m.key)] = counts.get(_series(m.key), 0) + 1
        if counts[_series(operations[i].key)] < max(counts.values()):
            # an operation named less often than another, in an earlier paragraph ("Night Fury is the second such
            # operation, after Goldfish Alpha"), is not what a later one's "an operation, in which …" speaks of
            return None
    folded, origin = fold_with_offsets(doc.text)
    lo, hi = bisect_left(origin, sentence.start), bisect_left(origin, sentence.end)
    for m in pattern.finditer(folded, lo, hi):
        at = origin[m.start()]
        if not any(x.start <= at < x.end for x in mentions_of(doc.mentions).overlapping(at, at + 1)):
            return operations[i], IN_ARTICLE
    return None


def speaks_of_an_operation(doc: Document, sentence: Span, lang: Language) -> bool:
    """Whether a sentence holds the language's word for an operation outside any name ("the operation was
    coordinated by …", "Akciju je koordinirao …")."""
    pattern = _operation_word(lang)
    if pattern is None:
        return False
    folded, origin = fold_with_offsets(doc.text)
    lo, hi = bisect_left(origin, sentence.start), bisect_left(origin, sentence.end)
    index = mentions_of(doc.mentions)
    return any(not index.overlapping(origin[m.start()], origin[m.start()] + 1)
               for m in pattern.finditer(folded, lo, hi))


def participants(doc: Document) -> list[Relation]:
    """``participatedIn`` relations of the article's operations, read from lists in the sentences about them."""
    ontology = load_ontology()
    coarse = ontology.coarse_type
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if coarse(m.type) == "Operation"]
    if not operations:
        return []
    lang = language(doc.language)
    if not any(c.predicate in PARTICIPATION_CUES for c in lang.relation_cues):
        return []
    about = operation_of(doc, operations, one_operation(doc, operations))
    index = mentions_of(doc.mentions)
    out: list[Relation] = []
    starts = [m.start for m in operations]
    for sentence in doc.sentences:
        found = about(sentence) or _the_operation(doc, sentence, operations, starts, lang)
        if found is None:
            continue
        hits = [h for h in find_cues(doc, sentence, lang) if h.cue.predicate in PARTICIPATION_CUES]
        # without such a cue, the partners the sentence speaks of, listed after the word for them
        partners_at = None if hits else _partners_word(doc, sentence, lang)
        if not hits and partners_at is None:
            continue
        operation, confidence = found
        if partners_at is not None:
            confidence = round(confidence * PARTNER_FACTOR, 4)
        orgs = sorted((m for m in index.within(partners_at or sentence.start, sentence.end)
                       if coarse(m.type) == "Organization"), key=lambda m: (m.start, m.end))
        # (a coordinator of the operation is no participant: the relations stage drops that reading)
        listed = _beside_cues(doc, _org_groups(doc, orgs, lang), hits) if hits else _org_lists(doc, orgs, lang)
        for org in sorted(listed, key=lambda m: m.start):
            out.append(Relation(org.key, "participatedIn", operation.key, Evidence(
                doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), confidence,
                method="relations:frame:participants")))
    return out


def partners_take_part(doc: Document, cued: list[Relation]) -> list[Relation]:
    """``participatedIn``: the bodies a sentence about an operation says worked together took part in it.

    "Baptisée « Lyrebird », l'opération a mobilisé la Direction de la cybercriminalité d'Interpol, qui a
    travaillé en étroite collaboration avec Group-IB et avec les services de la DGSN": each party of the partnership the
    sentence states (a ``partnersWith`` cue relation) took part in the operation it names or that its paragraph
    is about.
    """
    ontology = load_ontology()
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if ontology.coarse_type(m.type) == "Operation"]
    if not operations:
        return []
    about = operation_of(doc, operations, one_operation(doc, operations))
    out: list[Relation] = []
    for r in cued:
        if r.predicate != "partnersWith":
            continue
        found = about(doc.sentence_of(r.evidence.start))
        if found is None or found[1] < IN_PARAGRAPH:
            continue
        operation, confidence = found
        for key in (r.subject, r.object):
            out.append(Relation(key, "participatedIn", operation.key, Evidence(
                r.evidence.doc_id, r.evidence.start, r.evidence.end, r.evidence.text,
                round(confidence * PARTNER_FACTOR, 4), method="relations:frame:partners")))
    return out


#: The predicates whose cues, followed by the language's word for an operation, say that a body took part in it
#: ("colaborou com a operação", "assisted the operation").
WITH_THE_OPERATION = ("participatedIn", "supports", "partnersWith", "memberOf")
#: How far (in characters) the word for an operation may stand from such a cue: an article or a preposition.
OPERATION_WORD_GAP = 12


def worked_with_the_operation(doc: Document) -> list[Relation]:
    """``participatedIn``: a body that collaborated with, supported or joined "the operation" (the language's
    word for one, not a name), in a sentence about an operation.

    "A corretora de criptoativos Binance também colaborou com a operação": the body (with its list) nearest
    before the cue took part in the operation the sentence is about.
    """
    ontology = load_ontology()
    coarse = ontology.coarse_type
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if coarse(m.type) == "Operation"]
    lang = language(doc.language)
    pattern = _operation_word(lang)
    if not operations or pattern is None or not lang.relation_cues:
        return []
    about = operation_of(doc, operations, one_operation(doc, operations))
    starts = [m.start for m in operations]
    index = mentions_of(doc.mentions)
    folded, origin = fold_with_offsets(doc.text)
    out: list[Relation] = []
    for sentence in doc.sentences:
        hits = [h for h in find_cues(doc, sentence, lang) if h.cue.predicate in WITH_THE_OPERATION]
        if not hits:
            continue
        found = about(sentence) or _the_operation(doc, sentence, operations, starts, lang)
        if found is None:
            continue
        operation, confidence = found
        orgs = sorted((m for m in index.within(sentence.start, sentence.end) if coarse(m.type) == "Organization"),
                      key=lambda m: (m.start, m.end))
        groups = _org_groups(doc, orgs, lang)
        group_ends = [g[-1].end for g in groups]  # in order: the groups are apart
        for hit in hits:
            end = _WORD_REST.match(doc.text, hit.end).end()  # where the cue's word ends ("colabor|ou")
            lo = bisect_left(origin, end)
            word = pattern.search(folded, lo, bisect_left(origin, min(sentence.end, end + OPERATION_WORD_GAP + 40)))
            at = origin[word.start()] if word else 0
            if word is None or at > end + OPERATION_WORD_GAP or len(folded[lo:word.start()].split()) > 2 \
                    or index.overlapping(at, at + 1):
                continue  # no word for an operation right after the cue, or one in a name ("Operation X")
            k = bisect_right(group_ends, hit.start) - 1  # the list ending nearest before the cue
            if k < 0 or hit.start - group_ends[k] > MAX_GAP_BEFORE:
                continue
            for org in groups[k]:
                out.append(Relation(org.key, "participatedIn", operation.key, Evidence(
                    doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end),
                    round(confidence * PARTNER_FACTOR, 4), method="relations:frame:operation-word")))
    return out


#: How far (in characters) the body said to work with the operation may stand before the cue.
MAX_GAP_BEFORE = 40
_WORD_REST = re.compile(r"\w*")


#: The private bodies whose part in an operation is support given to the body that coordinated it.
PRIVATE_TYPES = frozenset({"Company", "NonProfit"})


def companies_take_part(doc: Document, found: list[Relation]) -> list[Relation]:
    """A company read as coordinating an operation took part in it: companies do not coordinate operations.

    "Operation Falcon, led by INTERPOL, the Nigeria Police Force and Group-IB": INTERPOL coordinated it, Group-IB
    took part (and, as a company that took part, supports the coordinator: :func:`coordinators_supported`).
    """
    types: dict[str, str] = {}
    for m in doc.mentions:
        types.setdefault(m.key, m.type)
    out = []
    for r in found:
        if r.predicate == "coordinatedBy" and types.get(r.object) == "Company":
            r = Relation(r.object, "participatedIn", r.subject, r.evidence)
        out.append(r)
    return out
#: The bodies that coordinate operations and receive that support.
COORDINATOR_TYPES = frozenset({"LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization",
                               "OrganizationalUnit"})
#: How much less sure that support is than the part in the operation it is read from.
SUPPORT_FACTOR = 0.9


def international(key: str) -> bool:
    """Whether the registry knows ``key`` as a public body of no one country (INTERPOL, Europol, AFRIPOL), or a
    unit of one."""
    from .registry import load_registry

    known = load_registry().entities.get(key)
    if known is None or known.country or known.type not in COORDINATOR_TYPES:
        return False
    # a unit is of its parent's reach ("INTERPOL's Cybercrime Directorate"; not a company's unit)
    return known.type != "OrganizationalUnit" or bool(known.part_of) and international(known.part_of)


def coordinators_supported(doc: Document, found: list[Relation]) -> list[Relation]:
    """``supports``: a company that took part in an operation supports the public body that coordinated it
    (of several, one the sentence names, an international body before a national one, then the one the article
    names most).

    "Operation Contender 3.0, coordinated by INTERPOL, … with technical support from two private-sector partners,
    Group-IB and Trend Micro" → Group-IB supports INTERPOL. ``found``: the relations read so far; each new one
    keeps the evidence of the part in the operation it comes from.
    """
    types: dict[str, str] = {}
    for m in doc.mentions:
        types.setdefault(m.key, m.type)
    coordinators: dict[str, set[str]] = {}
    for r in found:
        if r.predicate == "coordinatedBy" and types.get(r.object) in COORDINATOR_TYPES:
            coordinators.setdefault(r.subject, set()).add(r.object)
    # of several coordinators ("the NCA and Europol", "INTERPOL and AFRIPOL"), the partners support an
    # international body before a national one, and then the one the article names most
    counts: dict[str, int] = {}
    for m in doc.mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    # (one the sentence of the part names first: "Europol's EC3 held meetings with private partners, among them …")
    index = mentions_of(doc.mentions)
    keys_within: dict[tuple[int, int], set[str]] = {}  # the keys a sentence names, read once per sentence
    out = []
    for r in found:
        if r.predicate != "participatedIn" or types.get(r.subject) not in PRIVATE_TYPES \
                or r.object not in coordinators:
            continue
        bodies = coordinators[r.object]
        span = (r.evidence.start, r.evidence.end)
        if span not in keys_within:
            keys_within[span] = {m.key for m in index.within(*span)}
        named = keys_within[span] & bodies
        for body in [min(named or bodies, key=lambda k: (not international(k), -counts.get(k, 0), k))]:
            out.append(Relation(r.subject, "supports", body, Evidence(
                r.evidence.doc_id, r.evidence.start, r.evidence.end, r.evidence.text,
                round(r.evidence.confidence * SUPPORT_FACTOR, 4), method="relations:support:coordinator")))
    return out


#: The figures whose sentence says what the forces named there did in the operation.
ACTION_KINDS = frozenset({"arrests", "amount_seized", "infrastructure_taken_down"})
#: The bodies that make arrests.
FORCE_TYPES = frozenset({"LawEnforcementAgency"})
#: How much less sure a part in the operation read from what a force did is than the sentence's operation.
ACTION_FACTOR = 0.9


def arresting_forces(doc: Document) -> list[Relation]:
    """``participatedIn``: a police force named in a sentence about an operation that counts its arrests,
    seizures or the servers it took down.

    "In Spain, the Policía Nacional and the Guardia Civil arrested three people", in an article about
    Operation Kaerb: the forces that made the arrests took part in it.
    """
    ontology = load_ontology()
    coarse = ontology.coarse_type
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if coarse(m.type) == "Operation"]
    if not operations:
        return []
    counted = {doc.sentence_of(f.start) for f in doc.figures if f.kind in ACTION_KINDS}
    if not counted:
        return []
    about = operation_of(doc, operations, one_operation(doc, operations))
    index = mentions_of(doc.mentions)
    out: list[Relation] = []
    for sentence in sorted(counted, key=lambda s: s.start):
        found = about(sentence)
        if found is None:
            continue
        operation, confidence = found
        forces = {m.key: m for m in index.within(sentence.start, sentence.end) if m.type in FORCE_TYPES}
        for key in sorted(forces):
            out.append(Relation(key, "participatedIn", operation.key, Evidence(
                doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end),
                round(confidence * ACTION_FACTOR, 4), method="relations:frame:arrests")))
    return out


def _after_a_joint(doc: Document, sentence: Span, at: int, lang: Language) -> bool:
    """Whether the word for partners at ``at`` follows a cue that says two act together ("lansat de Europol,
    împreună cu companiile Kaspersky și McAfee"): the companies did what the body did, with it; they are no
    partners that supported it; one word, an article, may stand between: "together with the companies")."""
    before = fold(doc.text[sentence.start:at]).rstrip()
    ends = (before, before.rsplit(None, 1)[0] if " " in before else "")
    return any(c.joint and end.endswith(c.phrase) and (len(end) == len(c.phrase)
                                                      or not end[-len(c.phrase) - 1].isalnum())
               for c in lang.relation_cues for end in ends)


def _in_the_bodys_list(doc: Document, body: Mention, at: int, lang: Language) -> bool:
    """Whether the word for partners at ``at`` stands in the list that holds ``body``: "lansată de Europol, Poliția
    Națională a Olandei și companiile Kaspersky și McAfee" (launched by Europol, the Dutch police and the companies
    …): the companies did what the body did, beside it; they are no partners that supported it."""
    gap, k = [], body.end
    for m in sorted(mentions_of(doc.mentions).within(body.end, at), key=lambda m: m.start):
        if m.start >= k:
            gap.append(doc.text[k:m.start])
            k = m.end
    gap.append(doc.text[k:at])
    return _conjunction_only(fold(" ".join(gap)), lang)


def _parents(key: str) -> list[str]:
    """The bodies the registry knows a unit to be part of, nearest first ("interpol-igci" → ["interpol"])."""
    from .registry import load_registry

    entities = load_registry().entities
    out: list[str] = []
    known = entities.get(key)
    while known is not None and known.part_of and known.part_of not in out and known.part_of != key:
        out.append(known.part_of)
        known = entities.get(known.part_of)
    return out


def partners_support(doc: Document) -> list[Relation]:
    """``supports``: the companies a sentence lists as partners of the public body it names before them.

    "… an exchange of intelligence between the INTERPOL General Secretariat, law enforcement in Indonesia, and
    private partners Cyber Defense Institute, Group-IB and Trend Micro" → each company supports INTERPOL. The
    partners are those listed after the language's word for them; the body is the nearest international body
    (one of no one country: national bodies' partners are read by cues) named before that word.
    """
    lang = language(doc.language)
    if _partner_words(lang) is None:
        return []
    index = mentions_of(doc.mentions)
    out: list[Relation] = []
    for sentence in doc.sentences:
        at = _partners_word(doc, sentence, lang)
        if at is None or _after_a_joint(doc, sentence, at, lang):
            continue
        before = [m for m in index.within(sentence.start, at) if m.type in COORDINATOR_TYPES and international(m.key)]
        after = sorted((m for m in index.within(at, sentence.end) if load_ontology().coarse_type(m.type)
                        == "Organization"), key=lambda m: (m.start, m.end))
        if not before or not after:
            continue
        body = max(before, key=lambda m: m.end)
        if _in_the_bodys_list(doc, body, at, lang):
            continue
        # the partners of a body's unit ("in INTERPOL's IGCI", "Europol's EC3") are the body's partners too
        bodies = [body.key] + _parents(body.key)
        listed = _org_lists(doc, after, lang) or {after[0]}
        for m in sorted(listed, key=lambda m: m.start):
            for key in bodies:
                if m.type in PRIVATE_TYPES and m.key != key:
                    out.append(Relation(m.key, "supports", key, Evidence(
                        doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end),
                        round(IN_ARTICLE * PARTNER_FACTOR, 4), method="relations:support:partners")))
    return out


#: How much less sure a membership read from the article's alliance (not named in the sentence) is.
TOPIC_MEMBERS_FACTOR = 0.8


def _the_initiative(doc: Document) -> Mention | None:
    """The alliance or initiative an article is about: named more often than its operations and than any other
    initiative (ties: the first named), and more than once."""
    initiatives = [m for m in doc.mentions if m.type == "Initiative"]
    operations = [m for m in doc.mentions if load_ontology().coarse_type(m.type) == "Operation"]
    top = most_mentioned(initiatives)
    if top is None:
        return None
    named = sum(1 for m in initiatives if m.key == top.key)
    return top if named > 1 and _about_an_initiative(doc, operations) else None


def members_listed(doc: Document) -> list[Relation]:
    """``memberOf``: the organizations a sentence lists after the language's word for members or partners, of the
    alliance it names before that word, or, where it names no organization before it, of the alliance the article
    is about.

    "Le GIP ACYMA … rassemble une soixantaine de membres publics et privés, parmi lesquels la FBF, Orange,
    Bouygues Telecom …", "Printre partenerii care s-au alăturat se numără companiile Emsisoft, Avast, ESET …" (in an
    article about No More Ransom): each listed organization is a member.
    """
    lang = language(doc.language)
    if _partner_words(lang) is None:
        return []
    coarse = load_ontology().coarse_type
    index = mentions_of(doc.mentions)
    topic: Mention | None | bool = False  # found once, where needed
    breaks = paragraphs(doc.text)
    out: list[Relation] = []
    for sentence in doc.sentences:
        at = _partners_word(doc, sentence, lang)
        if at is None or _after_a_joint(doc, sentence, at, lang) \
                or any(h.start <= at < h.end for h in find_cues(doc, sentence, lang)):
            continue  # (the word in a cue: "în parteneriat cu", in partnership with, says who worked together)
        if any(coarse(m.type) == "Operation" for m in index.within(sentence.start, sentence.end)) \
                or speaks_of_an_operation(doc, sentence, lang):
            continue  # the partners of an operation took part in it (participants)
        before = [m for m in index.within(sentence.start, at) if coarse(m.type) == "Organization"]
        alliances = [m for m in before if m.type == "Initiative"]
        confidence = round(IN_ARTICLE * PARTNER_FACTOR, 4)
        if alliances:
            alliance = max(alliances, key=lambda m: m.end)
        elif before:
            continue  # the partners of a body named before the word (partners_support), not of an alliance
        else:
            k = bisect_right(breaks, sentence.start)
            paragraph = Span(breaks[k - 1] if k else 0, sentence.end)
            if any(coarse(m.type) == "Operation" for m in index.within(paragraph.start, paragraph.end)) \
                    or speaks_of_an_operation(doc, paragraph, lang):
                continue  # "L'operazione … Decisivo il contributo dei partner privati: Microsoft, Symantec …"
            if topic is False:
                topic = _the_initiative(doc)
            if topic is None:
                continue
            alliance, confidence = topic, round(confidence * TOPIC_MEMBERS_FACTOR, 4)
        after = sorted((m for m in index.within(at, sentence.end) if coarse(m.type) == "Organization"),
                       key=lambda m: (m.start, m.end))
        groups = _org_groups(doc, after, lang)
        # the list right after the word ("membres publics et privés, parmi lesquels A, B et C"); a name alone
        # there is no list of members ("în baza acestui parteneriat, comunitatea X, în colaborare cu …")
        listed = groups[0] if groups and len(groups[0]) > 1 else []
        if any(m.type == "Initiative" for m in listed):
            continue  # an alliance and those it worked with ("the Atlas, with INTERPOL and EC3"), no members
        for m in listed:
            if m.key != alliance.key:
                out.append(Relation(m.key, "memberOf", alliance.key, Evidence(
                    doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end),
                    confidence, method="relations:frame:members")))
    return out
