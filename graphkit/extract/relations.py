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
the object nearer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import Language, RelationCue, language
from ..model import Document, Evidence, Mention, Relation, Span
from ..ontology import Ontology
from ..ontology import load as load_ontology
from ..segment import at_edge, word_edges
from ..text import fold, fold_with_offsets, joins

BASE_CONFIDENCE = 0.7
LOOKBACK_FACTOR = 0.7
#: How far (in characters) an argument may stand from its cue.
MAX_GAP = 80


@dataclass(frozen=True)
class CueHit:
    cue: RelationCue
    start: int
    end: int


def find_cues(doc: Document, sentence: Span, lang: Language) -> list[CueHit]:
    """Cue phrases in a sentence, outside mentions, starting at a word start."""
    text = doc.text[sentence.start:sentence.end]
    masked = list(text)
    for m in doc.mentions:
        for i in range(max(m.start, sentence.start), min(m.end, sentence.end)):
            masked[i - sentence.start] = "\u2063"  # invisible separator: names hold no cue
    folded, origin = fold_with_offsets("".join(masked))
    edges = word_edges(doc.text)
    hits = []
    taken: list[tuple[int, int]] = []
    for cue in lang.relation_cues:  # longest phrases first
        for m in re.finditer(re.escape(cue.phrase), folded):
            a, b = m.start(), m.end()
            if a > 0 and joins(folded[a - 1], folded[a]):
                continue
            start, end = sentence.start + origin[a], sentence.start + origin[b] if b < len(origin) else sentence.end
            if not at_edge(doc.text, start, edges) or any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            hits.append(CueHit(cue, start, end))
    return sorted(hits, key=lambda h: h.start)


def _list_from(doc: Document, ordered: list[Mention], first: int, fits, lang: Language, step: int) -> list[Mention]:
    """The mention at ``first`` and those coordinated with it, walking by ``step``."""
    chosen = [ordered[first]]
    i = first + step
    while 0 <= i < len(ordered) and fits(ordered[i]):
        a, b = (chosen[-1], ordered[i]) if step > 0 else (ordered[i], chosen[-1])
        gap = doc.text[a.end:b.start]
        between = fold(gap.strip(" ,;、，"))
        if between not in lang.conjunctions and not (between == "" and gap.strip()):
            break  # members of a list are separated by a comma or a conjunction, not by a space
        chosen.append(ordered[i])
        i += step
    return chosen


def _side(doc: Document, mentions: list[Mention], fits, lang: Language, *, before: int | None = None,
          after: int | None = None) -> list[Mention]:
    """The nearest fitting mention before/after an offset, with its coordinated list."""
    if before is not None:
        pool = [m for m in mentions if m.end <= before and before - m.end <= MAX_GAP]
        for i in range(len(pool) - 1, -1, -1):
            if fits(pool[i]):
                return _list_from(doc, pool, i, fits, lang, -1)
    else:
        pool = [m for m in mentions if m.start >= after and m.start - after <= MAX_GAP]
        for i, m in enumerate(pool):
            if fits(m):
                return _list_from(doc, pool, i, fits, lang, +1)
    return []


def match(doc: Document) -> list[Relation]:
    """Relations read from the cue phrases of every sentence."""
    lang = language(doc.language)
    if not lang.relation_cues or not doc.mentions:
        return []
    ontology = load_ontology()
    relations: dict[tuple, Relation] = {}
    sentences = doc.sentences
    for index, sentence in enumerate(sentences):
        in_sentence = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
        previous = sentences[index - 1] if index else None
        in_previous = [m for m in doc.mentions if previous and previous.start <= m.start and m.end <= previous.end]
        for hit in find_cues(doc, sentence, lang):
            for subj, obj, confidence, span in _pairs(doc, hit, in_sentence, in_previous, sentence, previous,
                                                       ontology, lang):
                s_key, o_key, predicate = subj.key, obj.key, hit.cue.predicate
                if s_key == o_key:
                    continue
                if predicate in ontology.symmetric and o_key < s_key:
                    s_key, o_key = o_key, s_key
                key = (s_key, predicate, o_key, span.start)
                if key in relations and relations[key].evidence.confidence >= confidence:
                    continue
                relations[key] = Relation(
                    s_key, predicate, o_key,
                    Evidence(doc.id, span.start, span.end, doc.text[span.start:span.end], confidence,
                             method=f"relations:cue:{hit.cue.phrase}"),
                )
    return sorted(relations.values(), key=lambda r: (r.evidence.start, r.subject, r.predicate, r.object))


def _pairs(doc, hit: CueHit, in_sentence, in_previous, sentence: Span, previous: Span | None,
           ontology: Ontology, lang: Language):
    """``(subject, object, confidence, evidence span)`` for one cue."""
    predicate = hit.cue.predicate
    dom, rng = ontology.signatures[predicate]

    def fits_subject(m: Mention) -> bool:
        return ontology.coarse_type(m.type) in dom

    def fits_object(m: Mention) -> bool:
        return ontology.coarse_type(m.type) in rng

    typed_direction = not (dom & rng)  # classes alone say which side is which
    orders = [hit.cue.subject_first] + ([not hit.cue.subject_first] if typed_direction else [])
    for subject_first in orders:
        if lang.verb_final:
            # subject … object … verb: both arguments stand before the cue, the object nearer
            objects = _side(doc, in_sentence, fits_object, lang, before=hit.start)
            rest = [m for m in in_sentence if objects and m.end <= objects[-1].start]
            subjects = _side(doc, rest, fits_subject, lang, before=objects[-1].start) if objects else []
            if not subject_first:
                subjects, objects = objects, subjects
        elif subject_first:
            subjects = _side(doc, in_sentence, fits_subject, lang, before=hit.start)
            objects = _side(doc, in_sentence, fits_object, lang, after=hit.end)
        else:
            subjects = _side(doc, in_sentence, fits_subject, lang, after=hit.end)
            objects = _side(doc, in_sentence, fits_object, lang, before=hit.start)
        confidence, span = BASE_CONFIDENCE, sentence
        if previous is not None and (not subjects or not objects) and (subjects or objects):
            # an empty slot may refer to what the sentence before named
            if not subjects:
                subjects = [m for m in in_previous if fits_subject(m)]
            if not objects:
                objects = [m for m in in_previous if fits_object(m)]
            confidence, span = BASE_CONFIDENCE * LOOKBACK_FACTOR, Span(previous.start, sentence.end)
        if subjects and objects:
            return [(s, o, confidence, span) for s in subjects for o in objects]
    return []


def set_annotations(doc: Document, relations: list[Relation]) -> Document:
    return doc.with_(relations=tuple(relations))


def annotate(doc: Document) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc))
