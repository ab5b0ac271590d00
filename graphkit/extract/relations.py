"""The relations stage: cue phrases between the mentions of a sentence.

For every cue phrase of the language's ``[relations]`` table found in a
sentence, the subject is looked for on one side of the cue and the object on
the other (``subject_first``, or the reverse for cues marked "<" such as
"<a lansat": "WEF a lansat Cybercrime Atlas" → Cybercrime Atlas launchedBy
WEF). Only mentions whose classes fit the predicate's domain and range in the
ontology are taken, the nearest first; a coordinated list ("INTERPOL şi
AFRIPOL", "Microsoft, Fortinet และ PayPal") yields one relation per member.
When the classes alone fix the direction (an Operation and an Organization
for coordinatedBy), either side will do. A slot empty in the sentence may be
filled from the sentence before, with less confidence ("Operaţiunile,
coordonate de INTERPOL" after a sentence naming the operations). Arguments
stand at most ``MAX_GAP`` characters from their cue. In verb-final languages
(``verb_final = true`` in the language file) both arguments precede the cue,
the object nearer to it, but for a cue that is a preposition (">" in the file:
Persian "با همکاری"), read as "<" is in other languages.
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ..lang import Language, RelationCue, language, name_words
from ..model import Document, Evidence, Mention, Relation, Span, most_mentioned
from ..ontology import Ontology
from ..ontology import load as load_ontology
from ..resources import DATA_DIR
from ..segment import word_edges
from ..text import SPACE_ENDS_SENTENCE, fold, is_unspaced, joins, script_of, slug
from . import frames, known
from .cues import CueHit, cue_pattern, find_cues
from .discovery import NATIONAL, alike
from .spans import mentions_of, sorted_edges, stretch

#: Confidences are calibrated: about the share of such relations that are right on the tuning sets (the seeds,
#: tests/data/multilingual and tests/data/dev; see scripts/calibration.py).
BASE_CONFIDENCE = 0.65
#: How far (in characters) the body a seat is said of may stand before its cue ("X, based in", "X mit Sitz in").
MAX_SEAT_GAP = 30
LOOKBACK_FACTOR = 0.85
#: How far (in characters) an argument may stand from its cue.
MAX_GAP = 80
#: In scripts without spaces, where clause ends are not marked, an argument stands at most
#: this many words (as the segmenter counts them) from its cue.
ADJACENT_WORDS = {"before": 2, "after": 3}
TOPIC_CONFIDENCE = 0.5
POSSESSIVES = frozenset({"'s", "'"})
#: Thai particles that may stand between a subject and its verb.
PARTICLES = ("ก็", "ได้", "จึง")


@lru_cache(maxsize=1)
def topics() -> dict[str, dict[str, tuple[str, ...]]]:
    """Classes that may fill an empty slot from the article's topic (``data/relations.toml``)."""
    with (DATA_DIR / "relations.toml").open("rb") as fh:
        table = tomllib.load(fh)
    return {p: {slot: (v if isinstance(v, (bool, str, int, float)) else tuple(v)) for slot, v in t.items()}
            for p, t in table.items()}


def _topic(doc: Document, classes: tuple[str, ...], at: int) -> Mention | None:
    """The document's most mentioned (then first mentioned) entity of the first class that has one, for a slot of
    a cue at ``at``."""
    memo = mentions_of(doc.mentions).memo  # once per document and class
    for cls in classes:
        if ("topic", cls) not in memo:
            of_class = [m for m in doc.mentions if m.type == cls]
            # an operation is the topic of an article about it, not of one about an alliance and its operations
            about = cls != "Operation" or not of_class or frames.one_operation(
                doc, sorted(of_class, key=lambda m: m.start))
            # and it is something the article is about: named more than once or in its lead (its headline,
            # dateline and first paragraph), not an initiative named once in its last lines
            breaks = frames.paragraphs(doc.text)
            lead = breaks[frames.LEAD_PARAGRAPHS - 1] if len(breaks) >= frames.LEAD_PARAGRAPHS else len(doc.text)
            top = most_mentioned(of_class) if about and of_class else None
            named = [m for m in of_class if top is not None and m.key == top.key]
            memo[("topic", cls)] = top if named and (len(named) > 1 or named[0].start < lead) else None
            memo[("topic once", cls)] = memo[("topic", cls)] is not None and len(named) == 1
        main = memo[("topic", cls)]
        if main is not None and memo[("topic once", cls)] and main.start > at:
            # a name said once, further on, is not yet what the article is about ("No More Ransom" named in its
            # last paragraph fills no slot of the first ones)
            continue
        if main is not None:
            return main
    return None


def _near(doc: Document, start: int, end: int, side: str, lang: Language | None = None) -> bool:
    """Whether a cue and an argument ``[start, end)`` apart are near enough.

    In spaced scripts, ``MAX_GAP`` characters; where the gap holds a script
    without spaces, ``ADJACENT_WORDS`` words as the segmenter counts them, after the class of bodies an argument
    after its cue may belong to ("ร่วมกับผู้ให้บริการโทรศัพท์เคลื่อนที่ ได้แก่ AIS": with the mobile operators,
    namely AIS; ``_after_class``).
    """
    if end - start > MAX_GAP:
        return False
    gap = doc.text[start:end]
    if not any(is_unspaced(c) for c in gap):
        return True
    if side == "after" and lang is not None:
        start += _after_class(gap, lang)
        gap = doc.text[start:end]
    edges = sorted_edges(word_edges(doc.text) or frozenset())
    words = max(0, bisect_left(edges, end) - bisect_right(edges, start)) + len(gap.split()) - 1  # edges inside
    return words <= ADJACENT_WORDS[side]


def _after_class(gap: str, lang: Language) -> int:
    """Where the members begin in a stretch that names their class first, then a word of the language's
    ``[words] namely`` ("ผู้ให้บริการโทรศัพท์เคลื่อนที่ 3 ราย ได้แก่ บริษัท ": the 3 mobile operators, namely the
    company …): the offset after the last such word, if the class before it is at most ``MAX_DESCRIPTOR``
    characters with no punctuation; else 0."""
    folded = gap.casefold()
    if len(folded) != len(gap):
        folded = gap  # offsets are kept: the words are matched as written
    # the word set apart after it (or ending the stretch): "อาทิ" (namely) is no word of "อาทิตย์" (Sunday)
    end = max((m.end() for w in lang.namely for m in re.finditer(re.escape(w) + r"(?=\s|$)", folded)), default=0)
    if not end or len(gap[:end].strip()) > MAX_DESCRIPTOR + max(len(w) for w in lang.namely) \
            or _NOT_A_DESCRIPTOR.search(re.sub(r"\d", "", gap[:end])):
        return 0
    return end


def _starts_clause(doc: Document, m: Mention, lang: Language) -> bool:
    """In unspaced scripts, a name directly followed by a cue is the subject of the next clause."""
    end = m.end
    # skip the rest of a coordinated list ("SpyCloud และ TNO ก็เข้าร่วม")
    index = mentions_of(doc.mentions)
    if index.ordered:  # those starting before the name's end are passed over (the end only grows)
        following = (index.items[j] for j in range(index.first_at_or_after(end), len(index.items)))
    else:
        following = iter(sorted(doc.mentions, key=lambda x: x.start))
    for other in following:
        if other.start < end:
            continue
        between = fold(doc.text[end:other.start]).strip(" ,")
        if between == "" or between in lang.conjunctions:
            end = other.end
        else:
            break
    rest = doc.text[end:end + 24]
    if not any(is_unspaced(c) for c in rest[:6]):
        return False
    folded = fold(rest).lstrip()
    for particle in PARTICLES:  # particles between a subject and its verb
        if folded.startswith(particle):
            folded = folded[len(particle):]
    return any(folded.startswith(cue.phrase) for cue in lang.relation_cues)


#: Places that may qualify the next member of a list ("Britain's National Crime Agency", "जर्मनी के बीकेए").
QUALIFIER_TYPES = frozenset({"Country", "Region", "City", "AdministrativeArea"})
#: At most so many words may describe the next member of a list after the comma or conjunction that joins it
#: (", the cybersecurity firm Group-IB", "y de la empresa Pagosur", ", ब्रिटेन की नेशनल क्राइम एजेंसी"), in at most
#: so many characters (``MAX_DESCRIPTOR_UNSPACED`` in scripts without spaces).
MAX_DESCRIPTOR_WORDS, MAX_DESCRIPTOR, MAX_DESCRIPTOR_UNSPACED = 4, 40, 8
#: How much longer it may be when the member is a short name in brackets after its full name.
MAX_NAME_WORDS, MAX_NAME = 5, 50
_SHORT_NAME = re.compile(r"^\s*[(（]\s*$")
_JOINT = re.compile(r"^\s*[)）]?\s*([,;、，]?)\s*")
_OPENING_QUOTE = re.compile(r"\s*[\"“„«‘'「『]\s*$")
_NOT_A_DESCRIPTOR = re.compile(r"[,;:.!?()（）\"“”„«»\d、，。]")


def _list_from(doc: Document, first: Mention, rest: Iterator[Mention], fits, lang: Language, step: int) -> list[Mention]:
    """``first`` and the mentions coordinated with it, read from ``rest`` (those after it, walking by ``step``).

    Members are joined by a comma or a conjunction, and a few words may describe the next one (``_described``);
    a member's short name in brackets is the same member ("Bundeskriminalamt (BKA)"), and one place before a
    member may qualify it ("and Germany's BKA").
    """
    chosen = [first]
    joints: list[str] = []  # how each member after the first was joined: "comma-and", "and" or ""
    anchor, qualified = first, False  # where the list has got to (a member or its short name); a place passed
    for m in rest:
        a, b = (anchor, m) if step > 0 else (m, anchor)
        if b.start < a.end:
            continue  # a name inside the one read last ("Singapore" in "Singapore Police Force")
        gap = doc.text[a.end:b.start]
        if _SHORT_NAME.match(gap) and (m.key == anchor.key or _closed_after(doc.text, m.end)):
            # "संघीय अपराध पुलिस कार्यालय (बीकेए)": the short name in brackets; "Europol (EC3)": its unit, named
            # to say which part of it (the list goes on after the bracket)
            anchor = m
            continue
        if m.key == anchor.key and fold(_past_legal_form(gap, lang).strip(" ,()（）")) in ("", *lang.conjunctions):
            # "บริษัท แอดวานซ์ อินโฟร์ เซอร์วิส จำกัด (มหาชน) หรือ AIS": the same body, named again short right
            # after (other words between open another clause: "with Microsoft while Microsoft and Google denied")
            anchor = m
            continue
        if not fits(m):
            if m.type in QUALIFIER_TYPES and not qualified:
                qualified = True  # checked with the gap to the next member, which holds it
                continue
            break
        gap = _past_legal_form(gap, lang)  # "ทรู คอร์ปอเรชั่น จำกัด (มหาชน) และบริษัท": True Corporation PLC and
        # after a name in brackets, the bracket closes before the comma or the conjunction ("(MSB) och")
        sep = gap.lstrip().removeprefix(")").removeprefix("）") \
            if doc.text[max(0, a.start - 4):a.start].rstrip().endswith(("(", "（")) else gap
        between = fold(sep.strip(" ,;、，"))
        if between == "" and not sep.strip() and _space_sets_apart(doc, a, b) and _registry_parent(a.key) == b.key:
            anchor = m  # "บช.สอท. สำนักงานตำรวจแห่งชาติ": the unit, then the body it is part of, no other member
            continue
        if between not in lang.conjunctions and not (between == "" and (sep.strip() or _joined(b, lang)
                                                                           or _space_sets_apart(doc, a, b))) \
                and not _described(gap, lang):
            break  # members of a list are separated by a comma or a conjunction, not by a space
        if _space_sets_apart(doc, a, b) and _space_only(gap, lang) and not _goes_on(doc, b, lang):
            break  # "ร่วมกับธนาคารกรุงเทพ ไมโครซอฟท์ระบุว่า": with Bangkok Bank. Microsoft said: a space ends a sentence too
        chosen.append(m)
        joints.append(_joint(gap, lang))
        anchor, qualified = m, False
    return _one_clause(chosen, joints, step)


_COMMAS = ",;、，،"


def _registry_parent(key: str) -> str | None:
    """The body the registry says a body is part of."""
    from .registry import load_registry

    entity = load_registry().entities.get(key)
    return None if entity is None else entity.part_of


def _past_legal_form(gap: str, lang: Language) -> str:
    """A gap between two members of a list without the legal form of the first's name that opens it
    (``[words] legal_forms``: "จำกัด (มหาชน)", public company limited)."""
    lead = gap.lstrip()
    for form in lang.legal_forms:
        after = lead[len(form):]
        if lead.casefold().startswith(form) and not after[:1].strip():
            return " " + after.lstrip()
    return gap


def _space_only(gap: str, lang: Language) -> bool:
    """Whether a gap between two members holds neither a comma nor a conjunction (spaces and words only)."""
    if any(c in gap for c in _COMMAS):
        return False
    return not any(w in lang.conjunctions or _conjunction_onto(w, lang) for w in fold(gap).split())


def _conjunction_onto(text: str, lang: Language) -> str | None:
    """The language's "and" of a script without spaces written onto the word that opens ``text`` ("และผู้ให้บริการ":
    and the providers), if one is."""
    return next((c for c in lang.conjunctions if is_unspaced(c[0]) and text.startswith(c) and len(text) > len(c)
                 and not text[len(c)].isspace()), None)


def _goes_on(doc: Document, b: Mention, lang: Language) -> bool:
    """Whether a list goes on after a member set apart by a space alone: its legal form and short name in brackets
    aside, a conjunction, a comma, another name or the end of the sentence follows it ("เอไอเอส ทรู และเอ็นที",
    AIS, True and NT); a word written onto it or after it is the verb of another sentence ("ไมโครซอฟท์ระบุว่า",
    Microsoft said), which a space in Thai and Lao opens as well."""
    window = doc.text[b.end:b.end + MAX_DESCRIPTOR * 2]
    after = re.sub(r"^\s*[(（][^()（）]{1,30}[)）]", "", _past_legal_form(window, lang)).lstrip()  # (a suffix)
    if not after or after[0] in _COMMAS or after[0] in ".!?。":
        return True
    folded = fold(after)
    if any(folded.startswith(c) for c in lang.conjunctions):
        return True
    at = b.end + len(window) - len(after)
    return any(m.start == at for m in doc.mentions)


def _space_sets_apart(doc: Document, a: Mention, b: Mention) -> bool:
    """Whether a space alone sets two members of a list apart: in Thai and Lao, as a comma does elsewhere
    ("เอไอเอส ทรู และเอ็นที": AIS, True and NT)."""
    return script_of(doc.text[a.end - 1]) in SPACE_ENDS_SENTENCE or script_of(doc.text[b.start]) in SPACE_ENDS_SENTENCE


def _closed_after(text: str, end: int) -> bool:
    """Whether a bracket closes right after ``end`` ("(EC3)")."""
    return text[end:end + 2].lstrip()[:1] in (")", "）")


def _joint(gap: str, lang: Language) -> str:
    """How two members of a list are joined: "comma-and" (", and the"), "and" (" and ") or "" (a comma)."""
    words = fold(gap).strip(" " + _COMMAS + "()（）").split()
    if not words or words[0] not in lang.conjunctions and " ".join(words) not in lang.conjunctions:
        return ""
    return "comma-and" if any(c in gap.split(words[0][:1])[0] for c in _COMMAS) else "and"


def _one_clause(chosen: list[Mention], joints: list[str], step: int) -> list[Mention]:
    """The members of one clause's list: a comma and a conjunction before a list with its own conjunction start
    a new clause ("launched by the Forum, and Microsoft, Fortinet and PayPal joined it"); ", as well as" after
    the list's "and" does not ("Microsoft, Fortinet and PayPal, as well as the Forum")."""
    if step < 0:  # read backwards: put the members and their joints in the text's order
        chosen, joints = chosen[::-1], joints[::-1]
    for i, joint in enumerate(joints):
        if joint == "comma-and" and "and" in joints[i + 1:]:
            # the list splits before member i + 1; the cue's side is the part holding the first member read
            return chosen[:i + 1] if step > 0 else chosen[i + 1:][::-1]
    return chosen if step > 0 else chosen[::-1]


def _described(gap: str, lang: Language) -> bool:
    """Whether ``gap`` joins two members of a list and describes the second: a comma or a conjunction (or
    both), then at most ``MAX_DESCRIPTOR_WORDS`` words with no punctuation nor number (", the cybersecurity
    firm ", " y de la empresa ", ", ब्रिटेन की "); one long word alone after a comma, or a cue phrase, is no
    description."""
    folded = fold(gap)
    # "and Germany's Federal Criminal Police Office (BKA": the member is its short name in brackets, written
    # after a full name the stages did not find, which the description may hold as well
    bracketed = re.search(r"\s*[(（]\s*$", folded)
    if bracketed:
        folded = folded[:bracketed.start()]
    folded = _OPENING_QUOTE.sub("", folded)  # 'and the company "Group-IB"': the quote opens the name
    m = _JOINT.match(folded)
    rest, joint, conjunction = folded[m.end():], bool(m.group(1)), False
    word = re.match(r"(\S+)\s+", rest)
    if word and word.group(1) in lang.conjunctions:
        rest, joint, conjunction = rest[word.end():], True, True
    elif word and any(word.group(1).startswith(p) and len(word.group(1)) > len(p) for p in lang.prefixes
                      if p in lang.conjunctions):
        joint = conjunction = True  # "وشركة الأمن السيبراني": and the cybersecurity company, the "and" written on
    elif (onto := _conjunction_onto(rest, lang)) is not None:
        # "และผู้ให้บริการ": and the providers, "and" written onto the next word in a script without spaces
        rest, joint, conjunction = rest[len(onto):], True, True
    elif not joint and gap[:1].isspace() and rest[:1] and script_of(rest[0]) in SPACE_ENDS_SENTENCE:
        joint = conjunction = True  # in Thai and Lao a space sets list members apart ("เอไอเอส บริษัท ทรู": AIS, the company True)
    if any(is_unspaced(c) for c in rest):
        rest = rest[_after_class(rest, lang):]  # "และผู้ให้บริการโทรศัพท์เคลื่อนที่ ได้แก่ บริษัท ": its class, then
    if not joint or _NOT_A_DESCRIPTOR.search(rest):
        return False
    if lang.relation_cues and any(m.start() == 0 or not joins(rest[m.start() - 1], rest[m.start()])
                                  for m in cue_pattern(lang)[0].finditer(rest)):
        return False  # ", în colaborare cu": a cue of its own opens another phrase
    limit = MAX_DESCRIPTOR_UNSPACED if any(is_unspaced(c) for c in rest) else MAX_DESCRIPTOR
    words = rest.split()
    if len(words) == 1 and not conjunction and len(words[0]) > 3:
        return False  # one word after a comma is an adverb ("Binance, apoi INTERPOL": then), save an article
    extra = (MAX_NAME_WORDS, MAX_NAME) if bracketed else (0, 0)
    return len(words) <= MAX_DESCRIPTOR_WORDS + extra[0] and len(rest) <= limit + extra[1]


def _joined(m: Mention, lang: Language) -> bool:
    """Whether a name carries a conjunction written onto it ("وكاسبرسكي": and Kaspersky)."""
    name = fold(m.text)
    return any(name.startswith(p) and len(name) > len(p) for p in lang.prefixes if p in lang.conjunctions)


class Pool:
    """The mentions of a sentence, read outwards from an offset: those ending before it, the nearest first, and
    those starting after it.

    Mentions in order of their start (as the stages leave them) are found by bisection, and read only as far as
    a question needs: a cue asks about its neighbours, not about the whole of a long sentence. Otherwise by a
    scan, with the same answers.
    """

    __slots__ = ("items", "starts", "ordered", "longest")

    def __init__(self, mentions) -> None:
        self.items = list(mentions)
        self.starts = [m.start for m in self.items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.longest = max((m.end - m.start for m in self.items), default=0)

    def ending_by(self, offset: int, since: int = -1) -> Iterator[Mention]:
        """The mentions with ``since < end <= offset``, from the last to the first in their order."""
        items = self.items
        if not self.ordered:
            yield from (m for m in reversed(items) if since < m.end <= offset)
            return
        i = bisect_right(self.starts, offset) - 1  # those starting after the offset end after it
        while i >= 0:
            m = items[i]
            if m.start + self.longest <= since:
                return  # this one and those before it end at ``since`` or before
            if since < m.end <= offset:
                yield m
            i -= 1

    def starting_from(self, offset: int) -> Iterator[Mention]:
        """The mentions with ``start >= offset``, in their order."""
        items = self.items
        if not self.ordered:
            yield from (m for m in items if m.start >= offset)
            return
        for i in range(bisect_left(self.starts, offset), len(items)):
            yield items[i]


def _side(doc: Document, mentions: Pool, fits, lang: Language, *, before: int | None = None,
          after: int | None = None, near: bool = True, since: int = -1) -> list[Mention]:
    """The nearest fitting mention before/after an offset, with its coordinated list.

    The nearest one must be near the cue (``near``); the list it heads may run further. Before an offset,
    only mentions ending after ``since`` count.
    """
    if before is not None:
        pool = mentions.ending_by(before, since)
        for m in pool:
            if near and not _near(doc, m.end, before, "before"):
                break
            if near and _clause_break(doc.text[m.end:before], lang):
                break  # "The FBI led the investigation, and the effort was supported by": another clause's
            if fits(m):
                return _list_from(doc, m, pool, fits, lang, -1)
    else:
        pool = mentions.starting_from(after)
        m = next(pool, None)
        while m is not None:
            if near and not _near(doc, after, m.start, "after", lang):
                break
            if near and _clause_break(doc.text[after:m.start], lang):
                break  # "worked with the banks, and the FBI seized": the name after "and" opens another clause
            nxt = next(pool, None)
            if fits(m) and not _starts_clause(doc, m, lang):
                # "Europol's EC3": the possessor names whose the head is; the head is the argument
                if nxt is not None and fits(nxt) and fold(doc.text[m.end:nxt.start]).strip() in POSSESSIVES:
                    m, nxt = nxt, next(pool, None)
                return _list_from(doc, m, itertools.chain(() if nxt is None else (nxt,), pool), fits, lang, +1)
            m = nxt
    return []


_CLAUSE_COMMA = re.compile(r"[,،]\s*")
_WORD_START = re.compile(r"^\w+")


def _clause_break(gap: str, lang: Language) -> bool:
    """Whether the stretch between a cue and a name crosses into another clause or phrase: a semicolon, a comma and
    a conjunction of the language with words after it ("…, and the effort was supported by", "…, y el trabajo
    fue"), a comma and a word that opens a clause ("…, while the cooperation with"), or, right after the name, a conjunction and two words or more ("Interpol e com a cooperação da"). A
    comma and a conjunction right before the name ("…, and Europol") join a list; in scripts without spaces,
    where a comma joins a list, nothing is read."""
    if ";" in gap:
        return True
    if not lang.conjunctions or any(is_unspaced(c) for c in gap):
        return False
    folded = fold(_WORD_START.sub("", gap))  # the rest of a cue read from its stem ("colabor|ou com a")
    # "… o apoio da Interpol e com a cooperação da": a name, then "and" and a phrase of its own that holds the cue;
    # the name is that phrase's sibling, not the cue's argument
    lead = folded.lstrip(" )）")
    c = next((c for c in _longest_first(lang.conjunctions) if lead.startswith(c + " ")), None)
    if c is not None and len(lead[len(c):].split()) >= 2:
        return True
    for comma in _CLAUSE_COMMA.finditer(folded):
        rest = folded[comma.end():]
        # the longest conjunction first: "and the" is a conjunction and its article, not the start of a clause
        c = next((c for c in _longest_first(lang.conjunctions) if rest.startswith(c + " ")), None)
        if c is not None and rest[len(c):].split():
            return True
        opener = next((w for w in _longest_first(lang.clause_openers) if rest.startswith(w + " ")), None) \
            if c is None else None
        if opener is not None and (rest[len(opener):].split() or [""])[0] not in lang.also:
            # "…ύστερα από ενημέρωση της ΕΕΤ, ενώ καθοριστική ήταν η συνεργασία με": while, another clause; but
            # "…with the banks, but also with Europol" goes on with the same one
            return True
    return False


@lru_cache(maxsize=64)
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _clause_marks(text: str) -> list[int]:
    """Where the text has a comma, a semicolon or a colon, in order."""
    return [m.start() for m in re.finditer(r"[,;:]", text)]


def match(doc: Document) -> list[Relation]:
    """Relations read from the cue phrases of every sentence."""
    lang = language(doc.language)
    if not lang.relation_cues or not doc.mentions:
        return []
    ontology = load_ontology()
    relations: dict[tuple, Relation] = {}
    sentences = doc.sentences
    mentions = mentions_of(doc.mentions)
    has_operations = any(ontology.coarse_type(m.type) == "Operation" for m in doc.mentions)
    in_sentence = None
    phrases, sentences = sentences, _phrases_joined(doc, sentences)
    joined = len(sentences) < len(phrases)
    spaced = [_space_ends(doc, s) for s in sentences] if joined else None  # each sentence's script, read once
    phrase_starts, phrase_ends = [p.start for p in phrases], [p.end for p in phrases]
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index else None
        if joined and previous is not None and (spaced[index] or spaced[index - 1]):
            previous = None  # in Thai, a line: the one before is another paragraph (not in an English one beside)
        # the sentence before's mentions were this one's at the step before
        in_previous = in_sentence if in_sentence is not None else Pool(
            mentions.within(previous.start, previous.end) if previous else [])
        in_sentence = Pool(mentions.within(sentence.start, sentence.end))
        names_operation = any(ontology.coarse_type(m.type) == "Operation" for m in in_sentence.items)
        looked_back: dict = {}  # what the sentence before gives a slot, once for each predicate and slot
        for hit in find_cues(doc, sentence, lang):
            readings = [hit]
            retyped = topics().get(hit.cue.predicate, {}).get("operation")
            if retyped and names_operation:
                # "supported the operation", "joined Operation X": the same cue, said of an operation
                cue = RelationCue(hit.cue.phrase, retyped, hit.cue.subject_first, hit.cue.joint, hit.cue.prepositional)
                readings.append(CueHit(cue, hit.start, hit.end))
            elif retyped == "participatedIn" and has_operations and _of_an_unnamed_operation(doc, hit, sentence, lang):
                # "Akciju je koordinirao Europol, uz potporu Eurojusta": the support went to the operation the
                # sentence speaks of (its word stands on the side of what is supported), not to its coordinator
                readings = [CueHit(RelationCue(hit.cue.phrase, retyped, hit.cue.subject_first, hit.cue.joint,
                                               hit.cue.prepositional), hit.start, hit.end)]
            for reading in readings:
                pairs = _pairs(doc, reading, in_sentence, in_previous, sentence, previous, ontology, lang,
                               looked_back)
                for subj, obj, confidence, span in pairs:
                    if joined:  # the evidence is the phrases from the first of the two names and the cue to the last
                        span = _phrases_over(phrases, phrase_starts, phrase_ends,
                                             min(subj.start, obj.start, reading.start),
                                             max(subj.end, obj.end, reading.end), span)
                    _add(relations, doc, reading, subj, obj, confidence, span, ontology)
    return sorted(relations.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))


#: The method of a relation read from a "together with" set off by a comma after a list: it adds to that list
#: (those named took part with the others) and states no partnership of its own.
JOINT = "relations:joint:"


def _of_an_unnamed_operation(doc: Document, hit: CueHit, sentence: Span, lang: Language) -> bool:
    """Whether the language's word for an operation (outside any name) stands on the side of a cue where its
    object is: before it for a cue read the other way round ("<") or in a verb-final language, else after it.
    "Akciju je koordinirao Europol, uz potporu Eurojusta": what was supported is that operation; "АББ участва в
    акцията като член на ЕБФ": the association is a member of the federation, whatever took part in the action."""
    before = _verb_final(lang, hit) or not hit.cue.subject_first
    span = Span(sentence.start, hit.start) if before else Span(hit.end, sentence.end)
    return frames.speaks_of_an_operation(doc, span, lang)


def _phrases_joined(doc: Document, sentences: tuple[Span, ...]) -> tuple[Span, ...]:
    """The sentences a cue is read in: in Thai and Lao, whose sentences a space ends (and sets a phrase apart
    too: "บช.สอท. ร่วมกับ สำนักงาน กสทช."), the phrases of one line, joined."""
    text = doc.text
    if not any(script_of(c) in SPACE_ENDS_SENTENCE for c in text[:2000] if not c.isspace()):
        return sentences
    out: list[Span] = []
    for s in sentences:
        if out and "\n" not in text[out[-1].end:s.start] and script_of(text[s.start]) in SPACE_ENDS_SENTENCE:
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return tuple(out)


def _space_ends(doc: Document, span: Span) -> bool:
    """Whether a sentence holds a letter of a script whose sentences a space ends (Thai, Lao)."""
    return any(script_of(c) in SPACE_ENDS_SENTENCE for c in doc.text[span.start:span.end] if c.isalpha())


def _phrases_over(phrases: tuple[Span, ...], starts: list[int], ends: list[int], start: int, end: int,
                  within: Span) -> Span:
    """The stretch of the phrases (sentences, in order, with their ``starts`` and ``ends``) that hold ``start`` to
    ``end``, inside ``within``: the first phrase ending after ``start`` to the last starting before ``end``."""
    i, j = bisect_right(ends, start), bisect_left(starts, end) - 1
    if i >= len(phrases) or j < 0:
        return within
    return Span(max(within.start, min(phrases[i].start, start)), min(within.end, max(phrases[j].end, end)))


def _verb_final(lang: Language, hit: CueHit) -> bool:
    """Whether a cue is read with both arguments before it: in a verb-final language, unless it is a preposition
    (">" in the language file), whose argument follows it."""
    return lang.verb_final and not hit.cue.prepositional


def _adds_to_a_list(doc: Document, hit: CueHit) -> bool:
    """Whether a "together with" cue stands right after a comma ("A and B took part, together with C")."""
    return hit.cue.joint and doc.text[:hit.start].rstrip().endswith((",", "،", "，"))


def _add(relations: dict, doc: Document, hit: CueHit, subj: Mention, obj: Mention, confidence: float, span: Span,
         ontology: Ontology) -> None:
    """Keep the relation of one cue reading, the most confident one of each triple and sentence."""
    s_key, o_key, predicate = subj.key, obj.key, hit.cue.predicate
    if s_key == o_key:
        return
    if predicate in ontology.symmetric and o_key < s_key:
        s_key, o_key = o_key, s_key
    key = (s_key, predicate, o_key, span.start)
    if key in relations and relations[key].evidence.confidence >= confidence:
        return
    relations[key] = Relation(s_key, predicate, o_key, Evidence(
        doc.id, span.start, span.end, stretch(doc.text, span.start, span.end), confidence,
        method=f"{JOINT if _adds_to_a_list(doc, hit) else 'relations:cue:'}{hit.cue.phrase}"))


def _pairs(doc, hit: CueHit, in_sentence: Pool, in_previous: Pool, sentence: Span, previous: Span | None,
           ontology: Ontology, lang: Language, looked_back: dict | None = None):
    """``(subject, object, confidence, evidence span)`` for one cue.

    ``looked_back`` keeps what the sentence before gave each predicate's slots, for the next cues of the sentence.
    """
    looked_back = {} if looked_back is None else looked_back
    predicate = hit.cue.predicate
    dom, rng = ontology.signatures[predicate]

    def fits_subject(m: Mention) -> bool:
        return ontology.coarse_type(m.type) in dom

    def fits_object(m: Mention) -> bool:
        return ontology.coarse_type(m.type) in rng

    typed_direction = not (dom & rng)  # classes alone say which side is which
    orders = [hit.cue.subject_first] + ([not hit.cue.subject_first] if typed_direction else [])
    verb_final = _verb_final(lang, hit)
    for subject_first in orders:
        if verb_final and subject_first and predicate in PARTICIPLES \
                and (named := _named_right_after(doc, in_sentence, hit.end, fits_subject, lang)) is not None:
            # "X'e bağlı Y", "X 산하 Y", "X傘下のY": the cue is a participle of the name right after it (the
            # unit, the member, what is located), the object stands before it
            subjects = [named]
            objects = _side(doc, in_sentence, fits_object, lang, before=hit.start)
        elif verb_final:
            # subject … object … verb: both arguments stand before the cue, the object nearer
            # (for a "<" cue, the subject nearer)
            near_fits, far_fits = (fits_object, fits_subject) if subject_first else (fits_subject, fits_object)
            near = _side(doc, in_sentence, near_fits, lang, before=hit.start)
            # the farther one stands in the same clause: no comma or semicolon between the two (it ends after
            # the last one before the nearer)
            if near:
                marks = _clause_marks(doc.text)
                start = _before_brackets(doc, in_sentence, near[-1])
                k = bisect_left(marks, start)
                far = _side(doc, in_sentence, far_fits, lang, before=start, since=marks[k - 1] if k else -1)
            else:
                far = []
            if near and not far:
                # "INTERPOL koordinasyonunda 20 ülkede yürütülen HAECHI-II operasyonunda": the clause stands before
                # the operation it qualifies, which is the first name after it
                far = _qualified_after(doc, in_sentence, hit.end, far_fits, lang)
            if near and far and _one_list(doc, max(far, key=lambda m: m.end), min(near, key=lambda m: m.start),
                                          lang):
                continue  # "A، B و C پشتیبانی فراهم کردند": one list of subjects, no object before the cue
            objects, subjects = (near, far) if subject_first else (far, near)
        elif subject_first:
            subjects = _side(doc, in_sentence, fits_subject, lang, before=hit.start)
            objects = _side(doc, in_sentence, fits_object, lang, after=hit.end)
            if not subjects and objects and predicate in SUBJECT_AFAR:
                subjects = _opening_subject(doc, in_sentence, sentence, hit, fits_subject, lang)
        else:
            subjects = _side(doc, in_sentence, fits_subject, lang, after=hit.end)
            objects = _side(doc, in_sentence, fits_object, lang, before=hit.start)
        after_cue = [m for m in (objects if subject_first else subjects) if m.start >= hit.end]
        if not verb_final and after_cue \
                and _past_unnamed_list(doc, hit.end, min(m.start for m in after_cue), lang):
            # "gemeinsam mit Banken und IT-Sicherheitsunternehmen die Initiative X": the phrase after the cue was a
            # list of unnamed ones, and it ended; the name after it belongs to another phrase
            return []
        if predicate == "locatedIn" and subjects:
            # "PagRápido, com sede em Barueri": the seat is said of the name right before it (or, verb-final, right
            # before the place), one body, not of a list nor of a name further back
            edge = min([o.start for o in objects if o.end <= hit.start] + [hit.start])
            nearest = max(subjects, key=lambda m: m.end)
            # (or right before the cue: "کیمن آئی لینڈز میں واقع بائنانس ہیڈکوارٹرز", Binance's headquarters in the Caymans)
            subjects = [nearest] if any(0 <= at - nearest.end <= MAX_SEAT_GAP for at in (edge, hit.start)) else []
        if predicate == "partOf" and len(subjects) > 1 and all(s.end <= hit.start for s in subjects):
            # "… INTERPOL's Cybercrime Directorate and the European Cybercrime Centre (EC3) within Europol": the unit
            # is the name right before the cue, not the list it ends
            subjects = [max(subjects, key=lambda m: m.end)]
        if predicate == "partOf" and len(objects) > 1:
            # a unit is part of one body: the one next to the cue, not a list it ends or opens ("EGM Siber Suçlarla
            # Mücadele Daire Başkanlığı ile Hazine ve Maliye Bakanlığına bağlı MASAK": the ministry's)
            objects = [min(objects, key=lambda m: hit.start - m.end if m.end <= hit.start else m.start - hit.end)]
        if predicate == "supports" and not verb_final and not subject_first and objects \
                and _missed_name(doc, in_sentence, max(o.end for o in objects), hit.start):
            objects = []  # "AMERIPOL y del programa EL PAcCTO 2.0, financiado por": the programme is funded
        if predicate == "launchedBy" and len(subjects) > 1:
            # "launched the Cybercrime Atlas, with founding partners A, B and C": one thing is launched, the name
            # nearest the cue; the list that runs on from it is of others
            subjects = [min(subjects, key=lambda m: m.start - hit.end if m.start >= hit.end else hit.start - m.end)]
        topic = topics().get(predicate, {})
        base = topic.get("cue_confidence", BASE_CONFIDENCE)  # how often the predicate's cues are right
        confidence, span = base, sentence
        lookback = topic.get("lookback", True)
        if lookback and previous is not None and (not subjects or not objects) and (subjects or objects):
            # an empty slot may refer to what the sentence before named (of the topic's class, where one is set)
            def fits_back(m: Mention, fits, slot: str) -> bool:
                return fits(m) and (slot not in topic or m.type in topic[slot])

            end = previous.end + 1
            if not subjects and predicate == "memberOf" and len(objects) > 1:
                # "Később csatlakozott az A, a B és a C": the names listed after the cue are the ones who joined
                # (the verb before its subject), not several groups one body of the sentence before joined
                return []
            if not subjects:
                if (predicate, "subject") not in looked_back:
                    looked_back[(predicate, "subject")] = _side(
                        doc, in_previous, lambda m: fits_back(m, fits_subject, "subject"), lang, before=end, near=False)
                subjects = list(looked_back[(predicate, "subject")])
            if not objects:
                if (predicate, "object") not in looked_back:
                    looked_back[(predicate, "object")] = _side(
                        doc, in_previous, lambda m: fits_back(m, fits_object, "object"), lang, before=end, near=False)
                objects = list(looked_back[(predicate, "object")])
            confidence, span = base * LOOKBACK_FACTOR, Span(previous.start, sentence.end)
        if (not subjects or not objects) and (subjects or objects):
            # then, to the article's topic: "Mastercard joined later", in an article about an alliance; not a topic
            # the sentence names elsewhere (its words gave it another part), nor another than an operation where
            # the sentence speaks of one it does not name ("The operation was supported by A and B": the operation)
            for slot, chosen, fits in (("subject", subjects, fits_subject), ("object", objects, fits_object)):
                if not chosen and slot in topic and (m := _topic(doc, topic[slot], hit.start)) is not None and fits(m):
                    before = verb_final or subject_first == (slot == "subject")
                    if "operation" in topic and _an_operation_beside(doc, hit, before, lang):
                        continue  # "The operation was supported by X": what was supported is that operation
                    if subject_first == hit.cue.subject_first:
                        if _named_in_the_clause(doc, m, in_sentence, hit, not before, lang):
                            continue
                    elif not _on_its_side(m, in_sentence, hit, before):
                        continue  # (a cue read the other way round: see _on_its_side)
                    chosen.append(m)
            confidence, span = min(TOPIC_CONFIDENCE, base), sentence
        if subjects and objects:
            return [(s, o, confidence, span) for s in subjects for o in objects]
    return []


#: The predicates whose subject may be the name that opens the sentence, farther from the cue than ``MAX_GAP``
#: ("DCI officers arrested 57 suspects … in a crackdown carried out in cooperation with Safaricom").
SUBJECT_AFAR = frozenset({"partnersWith"})


def _opening_subject(doc: Document, pool: Pool, sentence: Span, hit: CueHit, fits, lang: Language) -> list[Mention]:
    """The name that opens the sentence (its first, perhaps after a word or two), where it fits the subject and no
    other name, no semicolon and no other clause (a comma and a conjunction or a word that opens one) stands
    between it and the cue: the agent of the clause the cue ends."""
    ontology = load_ontology()
    names = [m for m in pool.items if sentence.start <= m.start and m.end <= hit.start]
    bodies = [m for m in names if ontology.coarse_type(m.type) != "Location"]
    if not bodies:
        return []
    first = min(bodies, key=lambda m: m.start)
    # before it, a dateline's place and its dash, and a word or two ("Maafisa wa", officers of)
    before = doc.text[sentence.start:first.start]
    for m in names:
        if m.end <= first.start:
            before = before.replace(doc.text[m.start:m.end], " ")
    if not fits(first) or len([w for w in before.split() if any(c.isalnum() for c in w)]) > OPENING_WORDS:
        return []
    if any(m.start >= first.end and m.key != first.key and ontology.coarse_type(m.type) == "Organization"
           for m in names):
        return []
    if _clause_break(doc.text[first.end:hit.start], lang):
        return []
    return [first]


#: How many words may stand before the name that opens a sentence ("Maafisa wa Idara …": officers of the …).
OPENING_WORDS = 3


def _past_unnamed_list(doc: Document, start: int, end: int, lang: Language) -> bool:
    """Whether the stretch between a cue and the argument after it holds a list of unnamed ones that ended: a
    conjunction followed by two words or more before the name ("mit Banken und IT-Sicherheitsunternehmen die
    Initiative X"; but "with local police and Europol", "with the police and the FBI" go on to the name)."""
    while start < end and doc.text[start].isalnum():
        start += 1  # a cue read from its stem ends with the word ("colabor|ou com", "спільно з|і")
    gap = doc.text[start:end]
    if not lang.conjunctions or any(is_unspaced(c) for c in gap):
        return False
    words = re.findall(r"\w[\w'’-]*", fold(gap))
    last = max((i for i, w in enumerate(words) if w in lang.conjunctions), default=None)
    return last is not None and len(words) - last - 1 >= 2


def _missed_name(doc: Document, pool: Pool, start: int, end: int) -> bool:
    """Whether the stretch between an argument and its cue holds a name the stages did not find: a capitalised
    word or a number outside the mentions found there ("y del programa EL PAcCTO 2.0, financiado por"), past the
    capitalised words that go on from the argument's name ("the INTERPOL General Secretariat in Lyon and")."""
    text = list(doc.text[start:end])
    for m in pool.ending_by(end + pool.longest, since=start):  # those that may overlap the stretch
        for k in range(max(m.start, start), min(m.end, end)):
            text[k - start] = " "
    words = "".join(text).split()
    while words and words[0][:1].isupper():
        words.pop(0)  # "the INTERPOL General Secretariat in Lyon": the argument's name goes on
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in re.findall(r"\w+", " ".join(words)))


def _one_list(doc: Document, a: Mention, b: Mention, lang: Language) -> bool:
    """Whether ``b`` follows ``a`` in one list: a comma or a conjunction between them, and nothing else but
    brackets (two names side by side, nothing between them, are a subject and an object)."""
    if a.end > b.start:
        return False
    gap = doc.text[a.end:b.start]
    words = fold(gap).strip(" " + _COMMAS + "()（）").split()
    if len(gap) > MAX_DESCRIPTOR:
        return False
    return " ".join(words) in lang.conjunctions if words else any(c in gap for c in _COMMAS)


#: Predicates whose cue, in a verb-final language, may be a participle of the name right after it.
PARTICIPLES = frozenset({"partOf", "memberOf", "locatedIn"})
#: How far (in characters) the name a participle qualifies may stand after it, in spaced scripts.
PARTICIPLE_GAP = 3


def _named_right_after(doc: Document, pool: Pool, end: int, fits, lang: Language) -> Mention | None:
    """The mention right after a cue (nothing but spaces or the particle "の" between), if it fits."""
    m = next(pool.starting_from(end), None)
    if m is None or not fits(m):
        return None
    gap = doc.text[end:m.start]
    if len(gap.strip(" の")) or len(gap) > PARTICIPLE_GAP:
        return None
    return m


#: How many words a clause that qualifies an operation may run on past its cue, before the operation's name.
CLAUSE_TAIL_WORDS = 4
#: How far back from a cue's end its word is read (the word ends the cue, or the cue's stem ends inside it).
CUE_WORD_CHARS = 40
#: The shortest case ending read as a noun's, on the word right before a name a clause would qualify (shorter
#: ones, Turkish "-i", "-e", also end participles: "koordine ettiği").
CASE_ENDING_LETTERS = 2


def _qualified_after(doc: Document, pool: Pool, end: int, fits, lang: Language) -> list[Mention]:
    """In a language that puts a relative clause before its noun, the operation that a clause ending in a cue
    qualifies: the first name after the cue, if it is an operation of the slot's class, at most
    ``CLAUSE_TAIL_WORDS`` words on ("... koordinasyonunda 20 ülkede yürütülen "HAECHI-II" operasyonunda", "인터폴이
    주도한 HAECHI 작전"), no comma nor the sentence's end between. Where the cue's own word is a participle (in a
    language that lists its case endings, the word ends in none of them: "주도한"), the clause ends there and
    qualifies the noun right after it: no word may stand between ("인터폴이 주도한 회의에서 HAECHI-II 작전이
    발표되었다": the meeting INTERPOL led, not the operation); nor may a noun in a case (one of the language's
    endings of ``CASE_ENDING_LETTERS`` letters or more) stand right before the name ("yürüttüğü toplantıda")."""
    m = next(pool.starting_from(end), None)
    if m is None or m.type != "Operation" or not fits(m):
        return []
    gap = doc.text[end:m.start]
    if any(c in gap for c in ",;:.!?،，、。") or _clause_break(gap, lang):
        return []
    words = gap.split() if not any(is_unspaced(c) for c in gap) else [gap] if gap.strip() else []
    glued = bool(words) and not gap[:1].isspace()  # the cue's own word goes on past it ("주도|한", "koordinasyon|unda")
    cue_word = fold((doc.text[max(0, end - CUE_WORD_CHARS):end].split() or [""])[-1] + (words[0] if glued else ""))
    if len(words) > glued and lang.suffixes and not cue_word.endswith(tuple(lang.suffixes)):
        return []  # the cue's word is a participle ("인터폴이 주도한 회의에서"): it qualifies the noun right after it
    last = next((fold(w) for w in reversed(words[glued:]) if any(c.isalnum() for c in w)), "")
    if last and last.endswith(tuple(x for x in lang.suffixes if len(x) >= CASE_ENDING_LETTERS)):
        return []  # a noun in a case right before the name ("yürüttüğü toplantıda HAECHI-II"): the clause's noun
    return [m] if len(words) <= CLAUSE_TAIL_WORDS else []


def _on_its_side(topic: Mention, pool: Pool, hit: CueHit, before: bool) -> bool:
    """Whether the article's topic may fill a slot on one side of a cue read the other way round (where the
    classes alone fix the direction), ``before`` it or after it: where the sentence names the topic, only on that
    side ("نُفذت عملية Serengeti بتمويل من FCDO": the operation after "carried out" is no slot before it)."""
    named = [m for m in pool.items if m.key == topic.key]
    return not named or any((m.end <= hit.start) if before else (m.start >= hit.end) for m in named)


#: How many words a slot's unnamed operation ("the operation was also") may stand from its cue.
OPERATION_WORDS_AWAY = 4


def _an_operation_beside(doc: Document, hit: CueHit, before: bool, lang: Language) -> bool:
    """Whether the language's word for an operation stands next to a cue, on the side of its empty slot (``before``
    it or after it): "The operation was also supported by X", "X supported the operation". The slot is that
    operation, unnamed, not the article's topic."""
    if not lang.operation_words:
        return False
    text = doc.text[max(0, hit.start - 60):hit.start] if before else doc.text[hit.end:hit.end + 60]
    if any(is_unspaced(c) for c in text):
        return False
    words = re.findall(r"\w[\w.'’-]*", fold(text))
    near = words[-OPERATION_WORDS_AWAY:] if before else words[:OPERATION_WORDS_AWAY]
    return any(w in lang.operation_words for w in near)


def _named_in_the_clause(doc: Document, topic: Mention, pool: Pool, hit: CueHit, after: bool,
                         lang: Language) -> bool:
    """Whether the sentence names the article's topic on the other side of a cue than its empty slot (``after`` the
    cue, or before it), in the cue's own clause: then it is that side's argument, not the slot's ("Inițiativa No More
    Ransom, lansată de Europol, a ajutat …": the initiative helped, nobody helped it). Named in a clause of its own
    ("the Atlas was launched by the WEF, and Microsoft joined it"), it may still be the slot's."""
    named = [m for m in pool.items if m.key == topic.key]
    if not named or any((m.start >= hit.end) if after else (m.end <= hit.start) for m in named):
        return False  # not named, or named on the slot's side
    gaps = [doc.text[m.end:hit.start] if after else doc.text[hit.end:m.start]
            for m in named if ((m.end <= hit.start) if after else (m.start >= hit.end))]
    # (in a script without spaces, where clause ends are not marked, nothing is read)
    return any(not _clause_break(gap, lang) and not any(is_unspaced(c) for c in gap) for gap in gaps)


def _before_brackets(doc, pool: Pool, m: Mention) -> int:
    """Where ``m`` starts, or where the name it stands in brackets after starts ("連邦捜査局（FBI）": the
    short name in brackets is the same entity, the clause goes on before the whole)."""
    k = m.start
    while k > 0 and doc.text[k - 1] in " \u3000":
        k -= 1
    if k == 0 or doc.text[k - 1] not in "(（":
        return m.start
    k -= 1
    while k > 0 and doc.text[k - 1] in " \u3000":
        k -= 1
    outer = next((o for o in pool.ending_by(k, since=k - 1) if o.key == m.key), None)
    return m.start if outer is None else outer.start


#: How far (in characters) a role title may stretch between a person and an organization.
MAX_ROLE = 110
ROLE_CONFIDENCE = 0.9


@lru_cache(maxsize=64)
def _role_pattern(lang: Language) -> tuple[re.Pattern, tuple[str, ...]]:
    """Where a role word of the language or of English may start (one alternation), and the role words."""
    roles = tuple(sorted(set(lang.roles + language("en").roles), key=len, reverse=True))
    return re.compile("(?=" + "|".join(re.escape(r) for r in roles) + ")"), roles


@lru_cache(maxsize=64)
def _role_stems(lang: Language) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word roles of the language, and those without their last letter (the ending a case replaces:
    "директорка" → "директорк", "მინისტრი" → "მინისტრ"); the case endings of the language, the longest first."""
    single = {r for r in lang.roles if " " not in r and len(r) >= 4}
    stems = frozenset(single | {r[:-1] for r in single if len(r) > 4})
    return stems, tuple(sorted((x for x in lang.suffixes if x), key=len, reverse=True))


def _inflected_role(word: str, lang: Language) -> bool:
    """Whether ``word`` is a one-word role with a case ending of the language ("директоркою", "головою",
    "მინისტრმა", "başkanına")."""
    stems, suffixes = _role_stems(lang)
    return any(word.endswith(x) and len(word) - len(x) >= 4 and word[:-len(x)] in stems for x in suffixes)


def _has_role_word(text: str, lang: Language) -> bool:
    """Whether ``text`` holds a role word as a word of its own (perhaps with a case ending of the language), or a
    compound ending in one of the language's role endings ("avdelingsdirektør", "pääturvallisuusstrategi")."""
    folded = fold(text)
    if lang.role_endings and any(len(w) > len(e) and w.endswith(e) for w in re.findall(r"\w+", folded)
                                 for e in lang.role_endings):
        return True
    if lang.suffixes and any(_inflected_role(w, lang) for w in re.findall(r"\w+", folded)):
        return True
    pattern, roles = _role_pattern(lang)
    for m in pattern.finditer(folded):
        i = m.start()
        # (in a script without spaces a title is written onto the words around it: "รัฐมนตรีว่าการกระทรวง…")
        if i > 0 and joins(folded[i - 1], folded[i]) and not is_unspaced(folded[i]):
            continue
        for role in roles:
            j = i + len(role)
            if folded.startswith(role, i) and (j == len(folded) or not joins(folded[j - 1], folded[j])
                                               or is_unspaced(folded[j - 1])):
                return True
    return False


#: What may stand around a role title and is no part of it (the commas of the scripts among it).
_ROLE_EDGES = " ,;:–—-()،，、"


#: The articles a role may end with before the body's name ("Head of Operations at the", "teamleider bij het").
_ROLE_ARTICLE = re.compile("|".join(re.escape(a) for a in name_words().role_articles), re.IGNORECASE)
_LAST_WORD = re.compile(r"\s(\w+)$")


def _trim_role(text: str, lang: Language) -> str:
    """A role title without the connectors and punctuation around it ("représentant d'" → "représentant")."""
    connectors = sorted(set(lang.role_connectors) | {"'s", "’s"}, key=len, reverse=True)
    role = text.strip(_ROLE_EDGES)
    changed = True
    while changed and role:
        changed = False
        # the article of the body after the role is no part of it ("Head of Operations at the", "teamleider bij het")
        if (last := _LAST_WORD.search(role)) and _ROLE_ARTICLE.fullmatch(last.group(1)) and last.start() > 0:
            role, changed = role[:last.start()].rstrip(" ,;:–—-"), True
            continue
        for c in connectors:
            low = fold(role)
            if low.endswith(c) and (len(low) == len(c) or not low[-len(c) - 1].isalnum() or not c[0].isalnum()
                                    or script_of(c[0]) in ("THAI", "CJK")):
                role, changed = role[: len(role) - len(c)].rstrip(" ,;:–—-"), True
                break
            if low.startswith(c) and (len(low) == len(c) or not low[len(c)].isalnum() or not c[-1].isalnum()):
                role, changed = role[len(c):].lstrip(" ,;:–—-"), True
                break
    return role.strip(_ROLE_EDGES)


#: (a short name in brackets after the body is no part of the role: "a Magyar Nemzeti Bank (MNB) alelnöke")
_ROLE_TAIL = re.compile(r"^(?:['’]s)?(?:\s*\([^()\n]{1,15}\))?\s*([^,;:()،，\n\"“”«»]{2,%d})" % MAX_ROLE)
#: The articles a role and its body are read around (``_universal.toml`` [names] role_articles).
_ARTICLES_ALTERNATION = "|".join(re.escape(a) for a in name_words().role_articles)
#: A comma and an article between a name and the body whose role follows it ("Virág Barnabás, a Magyar Nemzeti
#: Bank (MNB) alelnöke", "John Smith, a Microsoft engineer").
_COMMA_ARTICLE = re.compile(rf"\s*[,،，]\s*(?:{_ARTICLES_ALTERNATION})\s+", re.IGNORECASE)


def _from_role_word(role: str, lang: Language) -> str:
    """A role read between a body and a name after it, from its first role word: the words before it say something
    else ("unterschrieb Vizepräsident", "oplyser vicepolitiinspektør", "November hatte dessen Präsident"), or
    after its last comma where the words before a role qualify it (a verb-final language: "გუნდის ხელმძღვანელმა,
    სახელმწიფო მდივანმა" → "სახელმწიფო მდივანმა"; "գործառնությունների ղեկավար" stays whole)."""
    role = re.split(r"[,،，]\s*", role)[-1] or role
    if lang.verb_final:
        return role
    words = role.split(" ")
    phrases = tuple(fold(r) + " " for r in set(lang.roles) | set(language("en").roles) if " " in r)
    first = next((k for k, w in enumerate(words) if _has_role_word(w, lang)
                  or (fold(" ".join(words[k:])) + " ").startswith(phrases)), 0)
    return " ".join(words[first:])


def _role_after(doc: Document, org: Mention, lang: Language) -> str | None:
    """The role written right after an organization ("INTERPOL's Director of Cybercrime,"), if it holds a role word."""
    m = _ROLE_TAIL.match(doc.text[org.end:org.end + MAX_ROLE + 4])
    if not m or not _has_role_word(m.group(1), lang):
        return None
    end = org.end + m.end(1)
    # no person inside the role: "INTERPOL's director Neal Jetton" is another person's role
    if any(org.end <= x.start < end and x.type == "Person" for x in mentions_of(doc.mentions).overlapping(org.end, end)):
        return None
    words = m.group(1).split(" ")
    # an article right after a role word begins the rest of the clause ("alelnöke a jegybank keddi …")
    cut = next((k + 1 for k in range(len(words) - 1) if _ARTICLE.fullmatch(words[k + 1]) and words[k]
                and _has_role_word(words[k], lang)), len(words))
    return " ".join(words[:cut]).rstrip(". ")  # the sentence's full stop is no part of the role


_ARTICLE = re.compile(_ARTICLES_ALTERNATION, re.IGNORECASE)


_WORD = re.compile(r"[^\s,;:.!?()\[\]«»\"“”‘’、，。]+")


def _title_word_after(doc: Document, org: Mention, sentence: Span, lang: Language) -> str | None:
    """The title written as the one word right after a body, without the particle on it, where it ends in a role
    word of the language ("금융조사1부장검사가" → "금융조사1부장검사", head prosecutor of a department)."""
    if doc.text[org.end:org.end + 1] != " ":
        return None
    m = _WORD.match(doc.text, org.end + 1, sentence.end)
    if not m:
        return None
    word = m.group()
    roles = [r for r in lang.roles if len(r) >= 2]
    for suffix in sorted({""} | set(lang.suffixes), key=len, reverse=True):
        core = word[:len(word) - len(suffix)] if suffix else word
        if (not suffix or fold(word).endswith(suffix)) and core and any(fold(core).endswith(r) for r in roles):
            return core
    return None


APPOSITION_CONFIDENCE = 0.7
_QUOTES = re.compile("[\"“”„«»]")
_APPOSITION = re.compile(r"^\s*[,(–—]\s*(?:[^\W\d][\w'’.-]*\s+){1,8}$")
_CLAUSE_END = re.compile(r"^\s*(?:$|[,.;:)\"”»’]|\s[–—]\s)")


def _apposition(doc: Document, text: str, org: Mention) -> bool:
    """Whether ``text`` between a person and an organization is an apposition ending at it.

    "P, some lowercase title of ORG." : a comma or a dash (a bracket holds a role word or says something else:
    "(früher bei ORG)"), then one to eight words, none a digit or
    capitalised (a name would be another's), and the organization closing the clause.
    """
    if not _APPOSITION.match(text) or text.lstrip().startswith("("):
        return False  # a bracket without a role word says something else ("Roland Wolf (früher bei Commerzbank)")
    words = text.strip(" ,(–—").split()
    if any(w[0].isupper() for w in words) or not any(ch.isupper() for ch in doc.text[org.start:org.end]):
        return False  # a capitalised word may be a name the stages missed; a script without capitals shows nothing
    return bool(_CLAUSE_END.match(doc.text[org.end:org.end + 4]))


def works_for(doc: Document) -> list[Relation]:
    """People and the organizations they hold a role at, with the role as written.

    "P, ROLE of ORG" / "P ROLE ของ ORG" / "P, ORG's ROLE," (the organization after the person) or
    "ORG's ROLE, P" / "ORG के … VP, P" (before it): the stretch between them must
    hold a role word of the language and no other person or organization.
    """
    lang = language(doc.language)
    ontology = load_ontology()
    out: list[Relation] = []
    index = mentions_of(doc.mentions)
    # a name inside another ("Manila" in "Manila Bulletin") is read as the whole; a rank is nobody's name
    # ("میجر", major, read as a spelling of another name)
    ranks = {fold(h).rstrip(".") for h in lang.honorifics}
    mentions = sorted((m for m in doc.mentions if not any(
        o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        for o in index.overlapping(m.start, m.end)) and not (m.type == "Person" and fold(m.text) in ranks)),
        key=lambda m: m.start)
    starts = [m.start for m in mentions]
    bodies = _bodies(doc, ontology) if lang.role_institutions else {}  # once: a person each was quadratic
    body_keys = sorted(bodies)
    for i, person in enumerate(mentions):
        if person.type != "Person":
            continue
        sentence = _phrases(doc, doc.sentence_of(person.start))
        # the first mention after the person starting at its end or later (by bisection: they are in order) …
        k = max(i + 1, bisect_left(starts, person.end))
        after = mentions[k] if k < len(mentions) else None
        # … and the nearest before it ending at its start or earlier
        j = next((j for j in range(i - 1, -1, -1) if mentions[j].end <= person.start), None)
        before = None if j is None else mentions[j]
        for org, gap in ((after, (person.end, after.start if after else 0)),
                         (before, (before.end if before else 0, person.start))):
            if org is None or ontology.coarse_type(org.type) != "Organization" or org.end > sentence.end \
                    or org.start < sentence.start:
                continue
            text = doc.text[gap[0]:gap[1]]
            confidence, how = ROLE_CONFIDENCE, "relations:role"
            if org is after and (text.strip() in (",", "،", "，", "(", "–", "—", "-") or _COMMA_ARTICLE.fullmatch(text)) \
                    and (tail := _role_after(doc, org, lang)):
                text = tail  # "Neal Jetton, INTERPOL's Director of Cybercrime, said"
            elif org is after and lang.verb_final and not text.strip() and len(text) <= 1 \
                    and (title := _title_word_after(doc, org, sentence, lang)):
                text = title  # "이정렬 서울남부지검 금융조사1부장검사가": the name, the body, the title it holds there
            elif org is after and _in_brackets(doc, text, org):
                text, confidence, how = "", APPOSITION_CONFIDENCE, "relations:role:bracket"  # "Roland Wolf (Commerzbank)"
            elif not 0 < len(text) <= MAX_ROLE or _QUOTES.search(text):
                continue  # a quotation between them: the words of a speaker, not a title ("… zusammenarbeiten“, sagte")
            elif (lead := text.strip().lstrip(",،，").split()[:1]) and fold(lead[0]) in lang.conjunctions \
                    and (org is before or lead[0].isalpha()):
                # "P1 i Økokrim og seksjonsleder P2", "DCP Fadil Marsus dan Ketua JSJ Johor, SAC Hoo Chuan Huat": the
                # title after "and" opens another's phrase (after a comma too: "P1, y del titular de la Unidad …")
                continue
            elif org is before and _bare(text, lang) in COMMAS:
                continue  # "Bareskrim Polri, Brigjen Pol Adi": ranks before the name; the title is before the body
            elif org is after and _speech_between(text, lang):
                continue  # "… รองโฆษก… ระบุว่า คณะรัฐมนตรีได้อนุมัติร่าง MOU": the body is in what was said
            elif org is after and _next_named(doc, mentions, k, sentence, lang):
                continue  # "P1 said that chairman ORG Major General P2": the title before the body is the next one's
            elif not _has_role_word(text, lang):
                if org is not after or not _apposition(doc, text, org):
                    continue
                # "Jakub Souček, pesquisador sênior de malware da ESET." with a title the language file lacks
                confidence, how = APPOSITION_CONFIDENCE, "relations:role:apposition"
            role = _trim_role(text, lang) if text else None
            if text and not role:
                continue
            if org is before and how == "relations:role":
                role = _from_role_word(role, lang)  # "BKA unterschrieb Vizepräsident P": the verb is no part of it
            out.append(Relation(person.key, "worksFor", org.key, Evidence(
                doc.id, *_said(doc, person, org), confidence, method=how, role=role)))
            if org is after and how == "relations:role":
                for other, more in _more_roles(doc, mentions, k, sentence, lang, ontology):
                    out.append(Relation(person.key, "worksFor", other.key, Evidence(
                        doc.id, *_said(doc, person, other), confidence, method=how, role=more)))
            break
        else:
            body, body_end = _body_before(doc, mentions, j, lang, ontology)
            titled = _titled(doc, person, after, body, sentence, lang, ontology, body_end=body_end,
                             floor=_floor(mentions, j, sentence))
            if titled is not None:
                org, role = titled
                out.append(Relation(person.key, "worksFor", org.key, Evidence(
                    doc.id, *_said(doc, person, org), TITLED_CONFIDENCE, method="relations:role:title", role=role)))
            elif after is not None and _affiliated(doc, person, after, sentence, lang, ontology):
                out.append(Relation(person.key, "worksFor", after.key, Evidence(
                    doc.id, *_said(doc, person, after), AFFILIATION_CONFIDENCE, method="relations:role:affiliation")))
            elif (compound := _compound_title(doc, person, sentence, lang, ontology)) is not None:
                org, role = compound
                out.append(Relation(person.key, "worksFor", org.key, Evidence(
                    doc.id, *_said(doc, person, person), TITLED_CONFIDENCE, method="relations:role:compound",
                    role=role)))
            elif (headed := _institution_titled(doc, person, sentence, lang, bodies, body_keys,
                                                 _floor(mentions, j, sentence))) is not None:
                org, role = headed
                out.append(Relation(person.key, "worksFor", org.key, Evidence(
                    doc.id, *_said(doc, person, person), INSTITUTION_CONFIDENCE, method="relations:role:institution",
                    role=role)))
    return out


#: The confidence of a title that, its role word made the institution's, names a body of the article.
INSTITUTION_CONFIDENCE = 0.75
#: The most words of a title read before a name for the institution it names.
INSTITUTION_WORDS = 7


def _bodies(doc: Document, ontology: Ontology) -> dict[str, Mention]:
    """The organizations of an article by their folded names, the first mention of each."""
    bodies: dict[str, Mention] = {}
    for m in doc.mentions:
        if ontology.coarse_type(m.type) == "Organization":
            bodies.setdefault(fold(m.text), m)
    return bodies


def _institution_titled(doc: Document, person: Mention, sentence: Span, lang: Language, bodies: dict[str, Mention],
                        keys: list[str], floor) -> tuple[Mention, str] | None:
    """A title right before a person's name that names a body of the article once its role word is the
    institution's (``[roles] institutions``): "İçişleri Bakanı Ali Yerlikaya" and "İçişleri Bakanlığı",
    "Siber Suçlarla Mücadele Daire Başkanı Mustafa Ayhan" and "… Daire Başkanlığı", "Interior Minister P" and
    "the Interior Ministry". The longest such title counts; the body may stand anywhere in the article."""
    if not lang.role_institutions or not bodies:
        return None
    stretch = doc.text[max(sentence.start, floor(person.start)):person.start]
    cut = max((m.end() for m in _TITLE_STOP.finditer(stretch)), default=0)
    words = stretch[cut:].split()[-INSTITUTION_WORDS:]
    if not words or not stretch[cut:].endswith((" ", "\u00a0")):
        return None
    folded = [fold(w) for w in words]
    for i, w in enumerate(folded):
        ending = next(((k, v) for k, v in lang.role_institutions if w.endswith(k)), None)
        if ending is None:
            continue
        named = w[:len(w) - len(ending[0])] + ending[1]
        for k in range(0, i + 1):  # the longest title first
            name = " ".join(folded[k:i] + [named] + folded[i + 1:])
            body = bodies.get(name) or (lang.inflected and _inflected_body(bodies, keys, name))
            if body:
                return body, " ".join(words[k:])
    return None


def _inflected_body(bodies: dict[str, Mention], keys: list[str], name: str) -> Mention | None:
    """The body whose folded name is ``name`` with an ending of five letters at most ("bakanlığı|na"), found by
    bisection in the sorted ``keys``; of several, the one named first."""
    found = []
    for f in itertools.islice(keys, bisect_left(keys, name), None):
        if not f.startswith(name):
            break
        if len(f) - len(name) <= 5 and not f[len(name):len(name) + 1].isspace():
            found.append(bodies[f])
    return min(found, key=lambda m: (m.start, m.end), default=None)


_COMPOUND_TITLE = re.compile(r"(?<![\w-])([\w.&]+)[-‐]([^\W\d_]+)\s+$")


def _compound_title(doc: Document, person: Mention, sentence: Span, lang: Language,
                    ontology: Ontology) -> tuple[Mention, str] | None:
    """A title written as one word with the name of its body before the hyphen, right before the name: "LKA-Präsidentin
    Karin Böhmer", "Nkom-direktør Kari Nordmann". The body is one the text names elsewhere, written so."""
    m = _COMPOUND_TITLE.search(doc.text, max(sentence.start, person.start - 60), person.start)
    if not m or not _has_role_word(m.group(2), lang):
        return None
    name = fold(m.group(1))
    short = "(" + m.group(1) + ")"
    # (the body's name as written, or its short name in brackets after it: "Landeskriminalamt Baden-Württemberg (LKA)")
    bodies = [x for x in doc.mentions if ontology.coarse_type(x.type) == "Organization"
              and (fold(x.text) == name or doc.text[x.end:x.end + len(short) + 1].lstrip().startswith(short))]
    keys = {x.key for x in bodies}
    if len(keys) != 1:
        return None
    return bodies[0], m.group(0).strip()


def _said(doc: Document, person: Mention, org: Mention) -> tuple[int, int, str]:
    """The evidence of a role: the sentence naming the person, and the phrases up to the body's where a script
    without spaces ends a phrase with a space."""
    first, second = doc.sentence_of(person.start), doc.sentence_of(org.start)
    start, end = min(first.start, second.start), max(first.end, second.end)
    return start, end, stretch(doc.text, start, end)


def _phrases(doc: Document, sentence: Span) -> Span:
    """A sentence, and the phrase after it where a script without spaces ends a phrase with a space and no mark
    ("นายประเสริฐ จันทรรวงทอง รัฐมนตรีว่าการกระทรวง…": the name, then the title and the body)."""
    end = sentence.end
    while 0 < end < len(doc.text) - 1 and is_unspaced(doc.text[end - 1]) and doc.text[end].isspace():
        following = doc.sentence_of(end + 1)
        if following.start <= sentence.start or not doc.text[end:following.start].isspace() \
                or following.start - sentence.end > MAX_ROLE:
            break
        end = following.end
    return Span(sentence.start, end) if end != sentence.end else sentence


def _more_roles(doc: Document, mentions: list[Mention], k: int, sentence: Span, lang: Language,
                ontology: Ontology) -> list[tuple[Mention, str]]:
    """The roles coordinated after a person's first one: "P, Technology Editor of the Bulletin and co-founder of
    Scam Watch" → (Scam Watch, "co-founder"). Each opens with a conjunction of the language and holds a role
    word; a person or a quotation between them ends the list."""
    out = []
    conjunctions = set(lang.conjunctions) | {"and"}
    while k + 1 < len(mentions):
        org, nxt = mentions[k], mentions[k + 1]
        if nxt.end > sentence.end or nxt.type == "Person" or ontology.coarse_type(nxt.type) != "Organization":
            break
        text = doc.text[org.end:nxt.start]
        words = fold(text).strip(" ,").split()
        if not words or words[0] not in conjunctions or len(text) > MAX_ROLE or _QUOTES.search(text) \
                or not _has_role_word(text, lang):
            break
        role = _trim_role(text.strip(" ,")[len(text.strip(" ,").split()[0]):], lang)
        if not role:
            break
        out.append((nxt, role))
        k += 1
    return out


AFFILIATION_CONFIDENCE = 0.7
_BRACKETED = re.compile(r"\s*\(\s*$")


def _in_brackets(doc: Document, gap: str, org: Mention) -> bool:
    """Whether the body after a name stands alone in brackets right after it: "Roland Wolf (Commerzbank)"."""
    return bool(_BRACKETED.fullmatch(gap)) and doc.text[org.end:org.end + 2].lstrip().startswith(")")


def _affiliated(doc: Document, person: Mention, org: Mention, sentence: Span, lang: Language,
                ontology: Ontology) -> bool:
    """A person written with the body they are of and no title: "said Jane Doe of Chainalysis.", "Kari Nordmann
    i Nkom:" (the body in brackets, "Roland Wolf (Commerzbank)", is read with the roles: :func:`_in_brackets`).

    The body stands after a connector of the language and closes the
    phrase (punctuation after it, or the bracket): more talk after it would make it another's
    ("Jane Doe of the police in Kenya").
    """
    if ontology.coarse_type(org.type) != "Organization" or org.end > sentence.end:
        return False
    gap = doc.text[person.end:org.start]
    connectors = set(lang.role_connectors) | {"of", "from", "at"}
    if _connector(gap) not in connectors - POSSESSIVES or fold(gap).strip() != fold(gap.strip()) or not gap.strip():
        return False
    return bool(_CLAUSE_END.match(doc.text[org.end:org.end + 4]))


def _connector(gap: str) -> str:
    """The connector between a name and a body, after the comma that may open it ("José Pérez, de la Policía
    Nacional,", "Ivano Gabrielli, della Polizia Postale,"): the body then closes the phrase."""
    folded = fold(gap).strip()
    return folded[1:].strip() if folded[:1] in (",", "،", "，") else folded


TITLED_CONFIDENCE = 0.8
_TITLE_STOP = re.compile(r"[,;:()\"“”„«»]")
_QUOTED_NAME = re.compile(r"«[^«»,;:]{1,20}»|„[^„“”,;:]{1,20}[“”]|“[^“”,;:]{1,20}”")


#: How many words a title written before a name or a body may have ("Șeful Direcției de Combatere a Criminalității
#: Informatice din cadrul IGPR, Mihai Ionescu").
TITLE_WORDS = 9


def _title_before(doc: Document, end: int, lang: Language, floor: int) -> str | None:
    """The role title written right before ``end`` ("administrerende direktør "), from its first role word, after
    ``floor`` (the end of the name before it: a title does not reach past another's name)."""
    stretch = doc.text[max(floor, end - MAX_ROLE):end]
    # a short name in quotes inside the title is part of it ("Начальник Управления «К» МВД России")
    cut = max((m.end() for m in _TITLE_STOP.finditer(_QUOTED_NAME.sub(lambda q: "x" * len(q.group()), stretch))),
              default=0)
    words = stretch[cut:].split()[-TITLE_WORDS:]
    if not words:
        return None
    # (a role of several words begins with its first: "Timbalan Pengarah", deputy director)
    phrases = tuple(r + " " for r in lang.roles if " " in r)
    first = next((k for k, w in enumerate(words)
                  if _has_role_word(w, lang) or (fold(" ".join(words[k:])) + " ").startswith(phrases)), None)
    if first is None:
        return None
    role = _trim_role(" ".join(words[first:]), lang)
    return role or None


def _titled(doc: Document, person: Mention, after: Mention | None, before: Mention | None, sentence: Span,
            lang: Language, ontology: Ontology, *, floor=None,
            body_end: int | None = None) -> tuple[Mention, str] | None:
    """A title before a person's name, and the organization it is held at.

    "administrerende direktør Birgitte Engebretsen i Telenor" (the body after the name, joined by a
    connector of the language) or "Ketua Penyiasatan Global Binance, Erin Fracolli" (the title, then the
    body, then the name after a comma).
    """
    connectors = set(lang.role_connectors) | set(language("en").role_connectors)
    if after is not None and ontology.coarse_type(after.type) == "Organization" and after.end <= sentence.end:
        gap = _connector(doc.text[person.end:after.start])
        if gap in connectors and gap not in POSSESSIVES and (gap == fold(doc.text[person.end:after.start]).strip()
                                                             or _CLAUSE_END.match(doc.text[after.end:after.end + 4])):
            role = _title_before(doc, person.start, lang, max(sentence.start, body_end or 0))
            if role:
                return after, role
    if before is not None and ontology.coarse_type(before.type) == "Organization" and before.start >= sentence.start:
        start = _before_brackets(doc, Pool(mentions_of(doc.mentions).overlapping(sentence.start, before.end)), before)
        gap = _past_place(doc, before.end if body_end is None else body_end, person.start)
        if _bare(gap, lang, bracketed=start != before.start) in COMMAS:
            role = _title_before(doc, start, lang, sentence.start if floor is None else floor(start))
            if role:
                return before, role
    return None


def _body_before(doc: Document, mentions: list[Mention], j: int | None, lang: Language,
                 ontology: Ontology) -> tuple[Mention | None, int]:
    """The body a title before a name is held at, and where the words naming it end.

    The mention right before the name; or the body before it that a place qualifies ("Кіберполіції України
    Олександр Гринчак": the cyber police of Ukraine); or the first of bodies joined by a connector ("jefe de la
    Unidad Central de Ciberdelincuencia de la Policía Nacional, José Pérez": the unit, whose title it is).
    """
    if j is None:
        return None, 0
    body, end = mentions[j], mentions[j].end
    if body.type in QUALIFIER_TYPES and j > 0 and ontology.coarse_type(mentions[j - 1].type) == "Organization" \
            and mentions[j - 1].end <= body.start and (_of_place(doc.text[mentions[j - 1].end:body.start], lang)
                                                       or _place_name_start(doc.text[mentions[j - 1].end:body.start])):
        j -= 1
        body = mentions[j]
    connectors = {fold(c) for c in lang.role_connectors} | {"of"}
    while j > 0 and ontology.coarse_type(body.type) == "Organization":
        first = mentions[j - 1]
        # (past the bracket that closes the first one's short name: "la Unidad … (UFECI) del Ministerio Público")
        if ontology.coarse_type(first.type) != "Organization" or first.end > body.start \
                or fold(doc.text[first.end:body.start]).strip().lstrip(")").strip() not in connectors - POSSESSIVES:
            break
        j -= 1
        body = first
    return body, end


#: The first words of a place's name the stages read in part, after a body's short name ("JSJ Bukit Aman",
#: "(JSJ) Bukit Aman": "Aman" alone is the place found).
_PLACE_NAME_START = re.compile(r"\)?\s+(?:[^\W\d_][\w'’-]*\s+){1,2}")


def _place_name_start(gap: str) -> bool:
    return bool(_PLACE_NAME_START.fullmatch(gap)) and all(w[0].isupper() for w in gap.strip(" )").split())


def _of_place(gap: str, lang: Language) -> bool:
    """Whether ``gap`` joins a body and the place it is of: nothing, a connector of the language, or one short
    lowercase word ("Кіберполіції України", "Polícia Federal em São Paulo", "Policía Nacional en Madrid")."""
    word = gap.strip()
    return not word or fold(word) in lang.role_connectors or (len(word) <= 3 and word.isalpha() and word.islower())


def _floor(mentions: list[Mention], j: int | None, sentence: Span):
    """Where a title ending at an offset may start: after the last name ending by then, from the mention at ``j``
    back (a title does not reach past another's name: "وفاقی وزیر امین الحق نے کہا ہے کہ چیئرمین پی ٹی اے")."""
    def floor(offset: int) -> int:
        if j is None:
            return sentence.start
        ends = (mentions[k].end for k in range(j, max(-1, j - 12), -1) if mentions[k].end <= offset)
        return max(sentence.start, next(ends, sentence.start))
    return floor


@lru_cache(maxsize=64)
def _speech_pattern(lang: Language) -> re.Pattern | None:
    """The speech verbs of the language ("said", "ระบุว่า", "کہا"), as whole words where the script has spaces."""
    cues = sorted({fold(c) for c in lang.person_cues if len(c) >= 3}, key=len, reverse=True)
    if not cues:
        return None
    return re.compile("|".join(re.escape(c) if is_unspaced(c[0]) else rf"(?<!\w){re.escape(c)}(?!\w)" for c in cues))


def _speech_between(text: str, lang: Language) -> bool:
    """Whether a speech verb of the language stands between a name and a body: the title after it is read in what
    was said, not of the speaker."""
    pattern = _speech_pattern(lang)
    return pattern is not None and pattern.search(fold(text)) is not None


def _next_named(doc: Document, mentions: list[Mention], k: int, sentence: Span, lang: Language) -> bool:
    """Whether the body at ``k`` is followed by another person's name with nothing but ranks between: the title
    before the body is that person's ("امین الحق نے کہا ہے کہ چیئرمین پی ٹی اے میجر جنرل (ر) حفیظ الرحمان")."""
    org = mentions[k]
    # (past the place the body is at: "Timbalan Pengarah JSJ Bukit Aman, DCP Fadil Marsus")
    while k + 1 < len(mentions) and mentions[k + 1].type in PLACE_TYPES and mentions[k + 1].end <= sentence.end:
        k += 1
    if k + 1 >= len(mentions):
        return False
    nxt = mentions[k + 1]
    if nxt.type != "Person" or nxt.start > sentence.end or nxt.start < org.end:
        return False
    return _bare(_past_place(doc, org.end, nxt.start), lang) in ("", ",")


_PLACE_WORDS = re.compile(r"\s*(\(?[^\W\d_][\w'’-]*\)?(?:\s+[^\W\d_][\w'’-]*){0,2})(?=\s*,)")


def _past_place(doc: Document, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` after the capitalised place that ends a body's name before a comma
    ("Pengarah JSJ Bukit Aman, DCP Fadil Marsus": the department at its seat, then the one who heads it)."""
    text = doc.text[start:end]
    m = _PLACE_WORDS.match(text)
    if not m or not m.group(1).lstrip("(")[:1].isupper():
        return text
    a, b = start + m.start(1), start + m.end(1)
    if any(x.type in PLACE_TYPES for x in mentions_of(doc.mentions).overlapping(a, b)):
        return text[m.end(1):]
    return text


#: The commas of the scripts, or nothing, between a body and the name after it.
COMMAS = frozenset({",", "،", "，", "、", ""})
#: A short note in brackets after a rank: "(ر)", "(retd)", retired.
_RANK_NOTE = re.compile(r"^[(（][^()（）\d]{1,6}[)）]$")


def _bare(gap: str, lang: Language, *, bracketed: bool = False) -> str:
    """The punctuation between a body and a name, without the honorifics and ranks of the language before the
    name ("(JSJK), ASP Nurul Aqila", "Mr John Carter", "میجر جنرل (ر)": a rank of two words and its note) nor the
    closing bracket of the body's short name."""
    words = gap.split()
    honorifics = {tuple(fold(h).rstrip(".").split()) for h in lang.honorifics + language("en").honorifics if h.strip()}
    longest = max((len(h) for h in honorifics), default=1)
    stripped = True
    while words and stripped:
        stripped = False
        if len(words) > 1 and _RANK_NOTE.match(words[-1]):
            words.pop()  # the note after a rank, checked with the rank before it
            if not any(tuple(fold(w).rstrip(".") for w in words[-n:]) in honorifics for n in range(1, longest + 1)):
                words.append(gap.split()[len(words)])
                break
        for n in range(min(longest, len(words)), 0, -1):
            if tuple(fold(w).rstrip(".") for w in words[-n:]) in honorifics:
                del words[-n:]
                stripped = True
                break
    bare = " ".join(words).strip()
    if bracketed and bare.startswith(")"):
        bare = bare[1:].strip()
    return bare


STRUCTURE_CONFIDENCE = 0.45
#: The method of the mentions the name stages make of a place and a body's head word ("the police in Japan").
PLACE_HEAD = "discovery:place-head"
#: The method of a city's police found by a word of where ("polisen i Reutlingen"): located in that city.
CITY_POLICE = "discovery:city-police"
#: The places a name may hold to be located there: a continent or a world region in a name ("the Council of
#: Europe", "the African Union") says whom the body gathers, not where it sits.
PLACE_TYPES = ("Country", "City", "AdministrativeArea")
OWNER_CONFIDENCE = 0.7


def owned_operations(doc: Document) -> list[Relation]:
    """An operation written as an organization's: "INTERPOL's Operation Synergia", "İnterpolun Synergia
    əməliyyatı", "l'opération Synergia d'INTERPOL", "عملیات سینرجیا اینترپل" → coordinatedBy.

    The two names stand side by side in one sentence, with nothing between them but a possessive or a
    connector of the language ("of", "d'", "de"); a body that is no operator (a company) owns no operation.
    """
    lang = language(doc.language)
    ontology = load_ontology()
    connectors = {fold(c) for c in lang.role_connectors} | {"'s", "’s", "'", "’", "of", "d'", "d’"}
    operators = OPERATORS
    ms = sorted(doc.mentions, key=lambda m: (m.start, m.end))
    out = []
    for a, b in zip(ms, ms[1:]):
        if a.end > b.start or doc.sentence_of(a.start) != doc.sentence_of(b.start):
            continue
        kinds = (ontology.coarse_type(a.type), ontology.coarse_type(b.type))
        if kinds == ("Organization", "Operation"):
            org, operation = a, b
        elif kinds == ("Operation", "Organization"):
            operation, org = a, b
        else:
            continue
        if org.type not in operators:
            continue
        gap = fold(doc.text[a.end:b.start]).strip(" ,")
        if gap and gap not in connectors:
            continue
        sentence = doc.sentence_of(a.start)
        out.append(Relation(operation.key, "coordinatedBy", org.key, Evidence(
            doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), OWNER_CONFIDENCE,
            method="relations:structure:owner")))
    return out


UNIT_CONFIDENCE = 0.7
_ACRONYM = re.compile(r"^\s*\([^()]{1,20}\)")


def units(doc: Document) -> list[Relation]:
    """A unit written with the body it belongs to: "the Zentralstelle (ZIT) der Generalstaatsanwaltschaft",
    "ГДБОП на МВР", "Europol's EC3" → partOf.

    The two names stand side by side in one sentence, with nothing between them but the unit's short name in
    brackets and a connector of the language ("of", "der", "на") or, the body first, a possessive.
    """
    lang = language(doc.language)
    ontology = load_ontology()
    connectors = {fold(c) for c in lang.role_connectors} | {"of"}
    ms = sorted(doc.mentions, key=lambda m: (m.start, m.end))
    out = []
    for a, b in zip(ms, ms[1:]):
        if a.end > b.start or ontology.coarse_type(a.type) != "Organization" \
                or ontology.coarse_type(b.type) != "Organization" or a.key == b.key:
            continue
        sentence = doc.sentence_of(a.start)
        if b.end > sentence.end:
            continue
        gap = doc.text[a.end:b.start]
        if fold(gap).strip() in POSSESSIVES:
            if b.type != "OrganizationalUnit":
                continue
            unit, body = b, a
        elif fold(_ACRONYM.sub("", gap)).strip(" )") in connectors and not _heads_a_list(doc, b, ms, lang) \
                and (b if _genitive_first(lang, a, b) else a).type != "Company":
            # ("(ГДБОП) на МВР": the short name of the unit may be a mention of its own)
            unit, body = (b, a) if _genitive_first(lang, a, b) else (a, b)
        elif not gap.strip() and (a.type == "OrganizationalUnit") != (b.type == "OrganizationalUnit") \
                and (b.type == "OrganizationalUnit" or not _heads_a_list(doc, b, ms, lang)):
            # side by side, nothing between them: the unit is the body's, whichever comes first ("Следственный
            # департамент МВД России", the body in the genitive; "경찰청 사이버수사국", the body first: a list may follow
            # the unit, "Ұлттық полицияның Стратегиялық тергеулер департаменті, Черновцы … прокуратурасы")
            unit, body = (a, b) if a.type == "OrganizationalUnit" else (b, a)
        else:
            continue
        out.append(Relation(unit.key, "partOf", body.key, Evidence(
            doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), UNIT_CONFIDENCE,
            method="relations:structure:unit")))
    return out


def _genitive_first(lang, a: Mention, b: Mention) -> bool:
    """Whether a connector between two bodies is the first one's genitive: where verbs end the clause, the
    possessor comes first and what it holds follows the connector ("सीबीआई की साइबर अपराध शाखा", "ایف آئی اے کے
    سائبر کرائم ونگ", "गृह मंत्रालय के भारतीय साइबर अपराध समन्वय केंद्र": the ministry's centre), but for a unit
    before a body that is none ("… शाखा के CBI": the unit's own name, then its body, read the other way)."""
    if not lang.verb_final:
        return False
    if lang.possessor_after:  # Persian: its connectors are prepositions ("از", from), only a unit after one is held
        return b.type == "OrganizationalUnit" and a.type != "OrganizationalUnit"
    return not (a.type == "OrganizationalUnit" and b.type != "OrganizationalUnit")


#: How many words a unit's name written after its body's genitive may have before its head word.
UNIT_WORDS = 3
_UNIT_TOKEN = re.compile(r"\S+")
_UNIT_STOP = re.compile(r"[,;:!?()\[\]«»\"“”‘’.،؛।॥။၊។៕።፣፤]")


def genitive_units(doc: Document) -> tuple[list[Relation], list[Mention]]:
    """A unit named after its body's genitive in a head-final language, with no name of its own found:
    "सीबीआई की साइबर अपराध शाखा", "ایف آئی اے کے سائبر کرائم ونگ", "पुणे पोलिसांच्या सायबर शाखेला" → a mention
    of the unit and partOf.

    After the body (and its short name in brackets), a connector of the language or nothing, then one to
    ``UNIT_WORDS`` words and a unit's head word of the language (``heads`` typed OrganizationalUnit), perhaps
    with a case ending written onto it; no word of the run is a connector, a conjunction, a number or a name
    already found.
    """
    lang = language(doc.language)
    if not lang.verb_final:
        return [], []
    heads = [fold(h) for h, t in lang.org_heads.items() if t == "OrganizationalUnit" and not h.isascii()]
    if not heads:
        return [], []
    ontology = load_ontology()
    index = mentions_of(doc.mentions)
    connectors = set(lang.role_connectors)
    stop_words = connectors | set(lang.conjunctions) | set(lang.number_words) | set(lang.honorifics)
    relations_, found = [], []

    suffixes = set(lang.suffixes) | {""}

    def is_head(word: str) -> bool:
        # the head, perhaps with a case ending of the language, or in its oblique form ("शाखेला": शाखा, ला);
        # not a word merely starting like it ("केंद्रीय": central, not "केंद्र")
        for h in heads:
            for stem in (h, h[:-1] if len(h) > 3 and unicodedata.category(h[-1]).startswith("M") else None):
                if stem and word.startswith(stem):
                    rest = word[len(stem):]
                    if rest in suffixes or (stem != h and rest[:1] and unicodedata.category(rest[0]).startswith("M")
                                            and rest[1:] in suffixes):
                        return True
        return False

    for body in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        if ontology.coarse_type(body.type) != "Organization" or body.type == "OrganizationalUnit":
            continue
        sentence = doc.sentence_of(body.start)
        at = body.end
        acronym = _ACRONYM.match(doc.text, at)
        if acronym:
            at = acronym.end()
        elif doc.text[at:at + 2].strip().startswith(")"):
            at = doc.text.index(")", at) + 1  # the body is the short name in brackets: "ادارے (ایف آئی اے) کے …"
        tokens = [(m.start(), m.end(), m.group()) for m in _UNIT_TOKEN.finditer(doc.text, at, min(sentence.end,
                                                                                                 at + 120))]
        if tokens and fold(tokens[0][2]) in connectors:
            tokens = tokens[1:]
        run = []
        for start, end, token in tokens[:UNIT_WORDS + 1]:
            cut = _UNIT_STOP.search(token)
            word = fold(token[:cut.start()] if cut else token)
            if not word or word in stop_words or any(ch.isdigit() for ch in word) \
                    or any(m.start < start + len(word) and start < m.end for m in index.overlapping(start, end)):
                break
            run.append((start, start + len(word), word))
            if cut:
                break
        k = next((i for i, (_, _, word) in enumerate(run) if i > 0 and is_head(word)), None)
        if k is None:
            continue
        start, end = run[0][0], run[k][1]
        label = doc.text[start:end]
        key = slug(f"{body.key} {label}")
        # the unit named again in another case ("Kibercinayətkarlıq Direktorluğunun" after "… Direktorluğu"): one
        words = [w for _, _, w in run[:k + 1]]
        key, label = next(((u.key, u.label) for u in found if u.key.startswith(f"{slug(body.key)}-")
                           and len(u.label.split()) == len(words)
                           and all(alike(a, fold(b)) for a, b in zip(words, u.label.split()))), (key, label))
        unit = Mention(start, end, doc.text[start:end], key, "OrganizationalUnit", label, UNIT_CONFIDENCE,
                       "relations:unit")
        found.append(unit)
        relations_.append(Relation(key, "partOf", body.key, Evidence(
            doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), UNIT_CONFIDENCE,
            method="relations:structure:genitive")))
    return relations_, found


def _heads_a_list(doc: Document, m: Mention, ordered: list[Mention], lang: Language) -> bool:
    """Whether another organization follows ``m`` after a comma or a conjunction ("composed of CICC, DICT …")."""
    i = bisect_left([x.start for x in ordered], m.end)
    if i >= len(ordered):
        return False
    between = doc.text[m.end:ordered[i].start]
    return len(between) <= 6 and ("," in between or fold(between).strip() in lang.conjunctions)


#: Bodies that run operations.
OPERATORS = frozenset({"LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization",
                       "OrganizationalUnit"})


#: The method of a known company's business in one country, named by the company and the country (gazetteer.py).
NATIONAL_COMPANY = "registry:national"


def structural(doc: Document) -> tuple[list[Relation], list[Mention]]:
    """Relations the names themselves state, with no cue word.

    - A name holding a country, a state or a city is located there ("Hongkongs polis" → Hong Kong);
      a unit's name holding its parent's is part of it ("बिनेंस इन्वेस्टिगेशन ग्रुप"); the police in a city
      ("polícia v Lüneburgu") is located in the city its words say.

    A place or an organization merely standing next to a name states nothing
    (measured: 3 right of 36 such readings on the evaluation sets); units of
    known bodies come from the registry instead.
    """
    from . import places
    from .matcher import select
    from .registry import load_registry

    lang = language(doc.language)
    ontology = load_ontology()
    langs = tuple(sorted({doc.language, "en"}))
    registry = load_registry()
    ms = sorted(doc.mentions, key=lambda m: (m.start, m.end))
    found: dict[tuple[str, str, str], Relation] = {}
    nested: dict[tuple[int, int, str], Mention] = {}

    def add(subject: Mention, predicate: str, obj: Mention | str, how: str) -> None:
        key = obj if isinstance(obj, str) else obj.key
        if key == subject.key:
            return
        sentence = doc.sentence_of(subject.start)
        found.setdefault((subject.key, predicate, key), Relation(subject.key, predicate, key, Evidence(
            doc.id, sentence.start, sentence.end, stretch(doc.text, sentence.start, sentence.end), STRUCTURE_CONFIDENCE,
            method=f"relations:structure:{how}")))

    names_in: dict[str, list] = {}  # the names inside a name, found once for each name (names repeat)
    for i, m in enumerate(ms):
        if ontology.coarse_type(m.type) != "Organization":
            continue
        if m.method == CITY_POLICE:
            for place in ms[i + 1:]:
                if place.start >= m.end:
                    break
                if place.end == m.end and place.type in PLACE_TYPES:
                    add(m, "locatedIn", place, "name")
            continue
        if m.text not in names_in:
            names_in[m.text] = (places.matcher(langs).find(m.text, suffixes=lang.suffixes)
                                + registry.matcher.find(m.text))
        inner = names_in[m.text]
        for h in select(h for h in inner if h.pattern.key != m.key and (h.start, h.end) != (0, len(m.text))):
            if h.pattern.type in PLACE_TYPES:
                if m.method == PLACE_HEAD:
                    continue  # "नेपालमा कार्यालय", "ঢাকার একটি আদালত": a place and a common noun, no name that says it
                if m.method in (NATIONAL_COMPANY, NATIONAL) or _brand_and_country(m, h):
                    # "Vodafone Україна", "ING Bank Śląski", "Orange Polska": the country names which of the company's
                    # businesses it is, or the market it serves, not where it is
                    continue
                if _elsewhere(m.key, h.pattern.key, registry):
                    continue  # "Mali Suçları Araştırma Kurulu" (Turkish: financial crimes) is Turkey's, not Mali's
                add(m, "locatedIn", h.pattern.key, "name")
            elif m.type == "OrganizationalUnit" and ontology.coarse_type(h.pattern.type) == "Organization":
                add(m, "partOf", h.pattern.key, "name")
            else:
                continue
            s0, e0 = m.start + h.start, m.start + h.end
            nested[(s0, e0, h.pattern.key)] = Mention(s0, e0, doc.text[s0:e0], h.pattern.key, h.pattern.type,
                                                      h.pattern.label, STRUCTURE_CONFIDENCE, "relations:nested")
    return list(found.values()), list(nested.values())


def _brand_and_country(m: Mention, h) -> bool:
    """Whether a company's name is two words, one of them the country it holds ("Orange Polska", "China Mobile",
    "Bitė Lietuva"): a brand and its market, which says no more than where it sells (measured on the tuning sets:
    none of 5 such readings was one an annotator states). Longer names ("Bank Melli Iran") and associations
    ("Hrvatska udruga banaka") still say where they are."""
    return m.type == "Company" and h.pattern.type == "Country" and len(m.text.split()) == 2


def _elsewhere(key: str, place: str, registry) -> bool:
    """Whether the registry puts a body in another country than a place its name holds (a word of the language
    that is also a country's name)."""
    from . import places

    known = registry.entities.get(key)
    where = places.country_of(place)
    return known is not None and bool(known.country) and where is not None and where != known.country


def set_annotations(doc: Document, relations: list[Relation]) -> Document:
    """Keep one relation per triple and sentence: the most confident reading of it."""
    best: dict[tuple, Relation] = {}
    for r in relations:
        key = (r.subject, r.predicate, r.object, r.evidence.start, r.evidence.end)
        if key not in best or (r.evidence.confidence, r.evidence.method) > (best[key].evidence.confidence,
                                                                           best[key].evidence.method):
            best[key] = r
    ordered = sorted(best.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))
    return doc.with_(relations=tuple(ordered))


def _consistent(doc: Document, found: list[Relation]) -> list[Relation]:
    """The relations that agree with the others and with the classes ``data/relations.toml`` allows.

    A unit and its parent are in no other relation than partOf ("Europol supports its EC3" is a reading
    of the unit's work); a predicate may allow only some classes on a side (an authority investigates).
    """
    units = {frozenset((r.subject, r.object)) for r in found if r.predicate == "partOf"}
    types: dict[str, str] = {}
    for m in doc.mentions:
        types.setdefault(m.key, m.type)
    table = topics()
    out = []
    for r in found:
        if r.predicate != "partOf" and frozenset((r.subject, r.object)) in units:
            continue
        allowed = table.get(r.predicate, {})
        if "only_subjects" in allowed and types.get(r.subject) not in allowed["only_subjects"]:
            continue
        if "only_objects" in allowed and types.get(r.object) not in allowed["only_objects"]:
            continue
        out.append(r)
    return out


#: The predicates whose agents a "together with" after them adds to: "launched by A, together with B".
AGENT_PREDICATES = frozenset({"launchedBy", "coordinatedBy"})
#: How much less sure an agent added by "together with" is than the one the cue names.
JOINT_AGENT_FACTOR = 0.9


def _joint_agents(cued: list[Relation]) -> list[Relation]:
    """The agents a "together with" set off after a passive's list adds to it: "No More Ransom a fost lansat de
    Europol, împreună cu companiile Kaspersky și McAfee" → the initiative was launched by the companies too (the
    cue reads them as Europol's partners, which the sentence does not say on its own)."""
    joints = [r for r in cued if r.evidence.method.startswith(JOINT)]
    if not joints:
        return []
    out: dict[tuple, Relation] = {}
    stated = [r for r in cued if r.predicate in AGENT_PREDICATES and r.evidence.method.startswith("relations:cue:")]
    for r in stated:
        agents = {x.object for x in stated if x.predicate == r.predicate and x.subject == r.subject
                  and x.evidence.start == r.evidence.start}
        for j in joints:
            if j.evidence.start != r.evidence.start or r.object not in (j.subject, j.object):
                continue
            other = j.object if j.subject == r.object else j.subject
            if other in agents or other == r.subject or (r.subject, other) in out:
                continue
            out[(r.subject, other)] = Relation(r.subject, r.predicate, other, Evidence(
                j.evidence.doc_id, j.evidence.start, j.evidence.end, j.evidence.text,
                round(r.evidence.confidence * JOINT_AGENT_FACTOR, 4),
                method="relations:joint-agent:" + j.evidence.method[len(JOINT):]))
    return list(out.values())


def annotate(doc: Document) -> Document:
    """Cue relations, roles and the relations names state (with the names nested in names)."""
    cued = match(doc)  # first, while the text's folding is still cached (structural folds many names)
    stated, nested = structural(doc)
    of_bodies, unit_mentions = genitive_units(doc)
    stated, nested = stated + of_bodies, nested + unit_mentions
    # a title held at a unit named after its body's genitive is held at the unit ("İnterpolun Kibercinayətkarlıq
    # Direktorluğunun direktor köməkçisi Bernardo Pillot")
    with_units = doc.with_(mentions=tuple(sorted(set(doc.mentions) | set(unit_mentions),
                                                 key=lambda m: (m.start, m.end, m.key)))) if unit_mentions else doc
    # "A and B took part, together with C": C took part with them (frames.partners_take_part), no partnership
    stated_cues = [r for r in cued if not r.evidence.method.startswith(JOINT)] + _joint_agents(cued)
    registry_facts = known.relations(doc)
    # where a sentence says a company sits ("Singapore-based Group-IB") is no place an operation went
    types = {m.key: m.type for m in doc.mentions}
    seats = [r for r in registry_facts if r.predicate == "locatedIn" and types.get(r.subject) in frames.PRIVATE_TYPES]
    found = _consistent(doc, stated_cues + works_for(with_units) + stated + owned_operations(doc) + units(doc)
                        + frames.targets(doc, cued + seats) + frames.participants(doc) + frames.arresting_forces(doc)
                        + frames.partners_support(doc) + frames.members_listed(doc)
                        + frames.partners_take_part(doc, cued)
                        + frames.worked_with_the_operation(doc)
                        + registry_facts)
    found = frames.companies_take_part(doc, found)
    # an organization that coordinated an operation did more than take part in it
    coordinated = {(r.object, r.subject) for r in found if r.predicate == "coordinatedBy"}
    found = [r for r in found if not (r.predicate == "participatedIn" and (r.subject, r.object) in coordinated)]
    found += frames.coordinators_supported(doc, found)
    doc = set_annotations(doc, found)
    found_spans = {(m.start, m.end, m.key) for m in doc.mentions}
    nested = [m for m in nested if (m.start, m.end, m.key) not in found_spans]  # a name already found is found once
    if nested:
        doc = doc.with_(mentions=tuple(sorted(set(doc.mentions) | set(nested), key=lambda m: (m.start, m.end, m.key))))
    return doc
