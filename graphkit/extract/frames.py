"""Operation frames: what an article says of an operation across its sentences and paragraphs.

Articles about an operation name it once or twice and then go on about it:
which countries it covered ("across 19 African countries: Angola, Benin, …",
"arrests in the United Kingdom, Spain, Italy and Nigeria"), often in sentences
that do not repeat its name. This stage reads that frame with signals that
hold in any language:

- the **operation a sentence is about**: one it names, else the last one named
  before it in its paragraph, else, before any is named, the article's most
  mentioned operation (a lead that names it only later); the confidence falls
  in that order. A sentence in a later paragraph that names none may be about
  something else (a training, the alliance behind the operation): it has no
  operation;
- **countries and regions it covered** (``targets``): the places of such a
  sentence that stand in a list of two or more (commas, semicolons, colons,
  brackets or the language's conjunctions between them), or any place of a
  sentence that counts countries (a ``countries`` figure) or holds a
  ``targets`` cue. A place that qualifies an organization ("Spain's Policía
  Nacional", "Policía Nacional (Spain)", "la policía de Perú") is where that
  organization is, not where the operation went, and is left out.

Each relation keeps the sentence it was read from as its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lang import Language, language
from ..model import Document, Evidence, Mention, Relation, Span, most_mentioned
from ..ontology import load as load_ontology
from ..text import fold
from .spans import mentions_of

#: Confidence by how the operation of a sentence was found.
NAMED, IN_PARAGRAPH, MAIN = 0.6, 0.55, 0.45
PLACE_TYPES = ("Country", "Region")
#: What may stand between the members of a list of places.
_SEPARATORS = re.compile(r"^[\s,;:()\[\]、，；：·•\-–—/]*$")
_PARAGRAPH = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[int]:
    """Offsets where the paragraphs after the first begin (a blank line ends a paragraph)."""
    return [m.end() for m in _PARAGRAPH.finditer(text)]


def operation_of(doc: Document, operations: list[Mention], starts: list[int]):
    """A function: sentence → (the operation it is about, confidence), or None."""
    main = most_mentioned(operations)
    breaks = paragraphs(doc.text)

    def about(sentence: Span) -> tuple[Mention, float] | None:
        inside = [m for m in operations if sentence.start <= m.start < sentence.end]
        if inside:
            return inside[0], NAMED
        i = bisect_right(starts, sentence.start) - 1
        if i >= 0:
            before = operations[i]
            para = bisect_right(breaks, sentence.start)
            same_paragraph = bisect_right(breaks, before.start) == para
            # an operation named in an earlier paragraph: the article may have gone on to something else
            return (before, IN_PARAGRAPH) if same_paragraph else None
        return (main, MAIN) if main is not None else None

    return about


def _attached(doc: Document, place: Mention, ordered: list[Mention], lang: Language, coarse) -> bool:
    """Whether a place qualifies the organization beside it ("Spain's Policía Nacional", "Polizia (Italy)")."""
    connectors = set(lang.role_connectors) | {"'s", "'", "’s", "’"}
    i = ordered.index(place)
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
    listed: set[Mention] = set()
    for a, b in zip(places, places[1:]):
        gap = doc.text[a.end:b.start]
        words = fold(gap).strip(" ,;:()、，")
        if len(gap) <= 40 and (_SEPARATORS.match(gap) and gap.strip() or words in lang.conjunctions
                               or _conjunction_only(words, lang)):
            listed.update((a, b))
    return listed


def _conjunction_only(words: str, lang: Language) -> bool:
    """"and the", ", and", "as well as": only conjunctions and punctuation."""
    rest = words
    for c in sorted(lang.conjunctions, key=len, reverse=True):
        rest = rest.replace(c, " ")
    return words != "" and not rest.strip(" ,;:")


def targets(doc: Document, cued: list[Relation]) -> list[Relation]:
    """``targets`` relations of the article's operations, read from its frame (``cued``: the cue relations)."""
    ontology = load_ontology()
    coarse = ontology.coarse_type
    index = mentions_of(doc.mentions)
    operations = [m for m in sorted(doc.mentions, key=lambda m: m.start) if coarse(m.type) == "Operation"]
    if not operations:
        return []
    lang = language(doc.language)
    about = operation_of(doc, operations, [m.start for m in operations])
    counted = {doc.sentence_of(f.start) for f in doc.figures if f.kind == "countries"}
    cued_in = {doc.sentence_of(r.evidence.start) for r in cued if r.predicate == "targets"}
    out: list[Relation] = []
    for sentence in doc.sentences:
        inside = sorted(index.within(sentence.start, sentence.end), key=lambda m: (m.start, m.end))
        places = [m for m in inside if m.type in PLACE_TYPES]
        if not places:
            continue
        found = about(sentence)
        if found is None:
            continue
        operation, confidence = found
        chosen = set(places) if sentence in counted or sentence in cued_in else _in_lists(doc, places, lang)
        for place in sorted(chosen, key=lambda m: m.start):
            if _attached(doc, place, inside, lang, coarse):
                continue
            out.append(Relation(operation.key, "targets", place.key, Evidence(
                doc.id, sentence.start, sentence.end, doc.text[sentence.start:sentence.end], confidence,
                method="relations:frame:targets")))
    return out
