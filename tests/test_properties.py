"""Property-based tests of extraction over random text in many scripts.

Random text alone rarely reaches the interesting paths (a name next to a
trigger word next to a number), so the texts are woven from three threads:
random characters of a dozen scripts, the words graphkit's language data
knows (trigger words, scale words, month names, roles …) and the names of the
registry, and pieces cut at random from the example articles. Whatever the
text, extraction must not raise, every offset must point into the text, and
the graph must conform to the shapes of the output contract.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graphkit.ingest import make_document
from graphkit.lang import available as available_languages
from graphkit.pipeline import build_documents, extract
from graphkit.resources import DATA_DIR, ontology_dir

from .conftest import CORPUS

#: Code point ranges of the scripts the articles come in, and some they might.
SCRIPTS = {
    "latin": (0x0041, 0x024F),
    "greek": (0x0370, 0x03FF),
    "cyrillic": (0x0400, 0x04FF),
    "hebrew": (0x05D0, 0x05EA),
    "arabic": (0x0600, 0x06FF),
    "devanagari": (0x0900, 0x097F),
    "thai": (0x0E01, 0x0E5B),
    "hangul": (0xAC00, 0xAD00),
    "kana": (0x3041, 0x30FF),
    "han": (0x4E00, 0x4FFF),
    "ethiopic": (0x1200, 0x137C),
    "georgian": (0x10D0, 0x10FF),
    "armenian": (0x0531, 0x058A),
    "khmer": (0x1780, 0x17F9),
    "myanmar": (0x1000, 0x109F),
    "lao": (0x0E81, 0x0EDF),
    "sinhala": (0x0D81, 0x0DF4),
    "tamil": (0x0B82, 0x0BFA),
    "bengali": (0x0981, 0x09FE),
    "telugu": (0x0C00, 0x0C7F),
    "punctuation": (0x2000, 0x206F),
    "fullwidth": (0xFF01, 0xFF5E),
}


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    """Every word and phrase of the language data files, and the registry's names."""
    found: set[str] = set()
    for path in sorted((DATA_DIR / "lang").glob("*.toml")):
        with path.open("rb") as fh:
            found.update(s for s in _strings(tomllib.load(fh)) if 0 < len(s) <= 40)
    registry = Graph().parse(ontology_dir() / "registry.ttl")
    found.update(str(o) for o in registry.objects() if hasattr(o, "language") and 0 < len(str(o)) <= 60)
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _articles() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


def _script_run(script: str):
    lo, hi = SCRIPTS[script]
    return st.text(st.characters(min_codepoint=lo, max_codepoint=hi), min_size=1, max_size=12)


@st.composite
def _article_piece(draw) -> str:
    text = draw(st.sampled_from(_articles()))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    return text[start:start + draw(st.integers(1, 300))]


_separators = st.sampled_from([" ", " ", " ", "\n", "\n\n", ". ", ", ", "\t", "\u00a0", "\u200b", "। ", "。", "«", "»",
                               "\"", "(", ")", "-", "–", "/", ":", "\r\n"])
_numbers = st.one_of(
    st.integers(0, 10**12).map(str),
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.integers(1900, 2600).map(str),
)
_pieces = st.one_of(
    st.sampled_from(_words()),
    st.sampled_from(_words()),
    st.sampled_from(sorted(SCRIPTS)).flatmap(_script_run),
    _numbers,
    _article_piece(),
    st.text(max_size=8),
)
#: A text: pieces of every thread, joined by separators.
texts = st.lists(st.tuples(_pieces, _separators), min_size=0, max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts)
)
#: Either a language the text is said to be in, or None: identify it.
languages = st.one_of(st.none(), st.sampled_from(sorted(available_languages())))


def _check_offsets(doc) -> None:
    text = doc.text
    for span in doc.sentences:
        assert 0 <= span.start <= span.end <= len(text)
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
    for r in doc.relations:
        e = r.evidence
        assert 0 <= e.start < e.end <= len(text), r
        assert text[e.start:e.end] == e.text, r
        assert 0.0 <= e.confidence <= 1.0
    for f in doc.figures:
        assert 0 <= f.start < f.end <= len(text), f
        assert text[f.start:f.end] == f.text, f
        assert f.value >= 0, f
    for d in doc.dates:
        assert 0 <= d.start < d.end <= len(text), d
        assert text[d.start:d.end] == d.text, d


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=texts, language=languages)
def test_extraction_never_raises_and_every_offset_points_into_the_text(text, language):
    doc = extract(make_document(text, doc_id="random.txt", language=language))
    _check_offsets(doc)
    event(f"mentions: {min(len(doc.mentions), 3)}+, relations: {min(len(doc.relations), 1)}+, "
          f"figures: {min(len(doc.figures), 1)}+")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(first=texts, second=texts, language=languages)
def test_the_graph_of_random_texts_conforms_to_the_shapes(first, second, language):
    from graphkit.validate import validate

    docs = [make_document(t, doc_id=name, language=language) for t, name in ((first, "a.txt"), (second, "b.txt"))]
    result = build_documents(docs)
    for doc in result.documents:
        _check_offsets(doc)
    report = validate(result.graph)
    assert report.conforms, report.report


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_a_long_run_of_one_script_is_harmless(script):
    lo, hi = SCRIPTS[script]
    text = "".join(chr(lo + (i * 7919) % (hi - lo + 1)) for i in range(5000))
    doc = extract(make_document(text, doc_id="run.txt"))
    _check_offsets(doc)
