"""graphkit.extract.gazetteer: registry and places found in a document, as mentions."""

from __future__ import annotations

import pytest

from graphkit.extract import gazetteer
from graphkit.extract.registry import LABEL_CONFIDENCE, KnownEntity, Registry, load_registry
from graphkit.ingest import make_document
from graphkit.model import Mention


def mentions(text: str, language: str, **kw) -> list[tuple]:
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language=language), **kw)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text, m.key, m.type) for m in doc.mentions]


def test_registry_and_places_in_romanian():
    doc = gazetteer.annotate(make_document("Binance şi INTERPOL în Thailanda.", doc_id="t.txt", language="ro"))
    assert doc.mentions == (
        Mention(0, 7, "Binance", "binance", "Company", "Binance", LABEL_CONFIDENCE["label"], "registry"),
        Mention(11, 19, "INTERPOL", "interpol", "IntergovernmentalOrganization", "INTERPOL", LABEL_CONFIDENCE["label"],
                "registry"),
        Mention(23, 32, "Thailanda", "thailand", "Country", "Thailand", 0.85, "cldr"),
    )


def test_longest_name_wins():
    assert mentions("Operaţiunea Serengeti 2.0 şi Operaţiunea Serengeti.", "ro") == [
        (0, 25, "Operaţiunea Serengeti 2.0", "serengeti-2", "Operation"),
        (29, 50, "Operaţiunea Serengeti", "serengeti", "Operation"),
    ]


def test_swedish_genitive_and_police_name():
    assert mentions("Hongkongs polis och Binance i Hongkong.", "sv") == [
        (0, 15, "Hongkongs polis", "hong-kong-police", "LawEnforcementAgency"),
        (20, 27, "Binance", "binance", "Company"),
        (30, 38, "Hongkong", "hong-kong", "Country"),
    ]


def test_romanian_suffixes_and_hyphen():
    # an acronym takes its case ending after a hyphen, and the mention is the word as written
    assert mentions("INTERPOL-ului şi Interpolului, Binancei", "ro") == [
        (0, 13, "INTERPOL-ului", "interpol", "IntergovernmentalOrganization"),
        (17, 29, "Interpolului", "interpol", "IntergovernmentalOrganization"),
        (31, 39, "Binancei", "binance", "Company"),
    ]


HIDDEN_REGISTRY = """@prefix ppp: <https://w3id.org/graphkit/ppp#> .
@prefix gke: <https://w3id.org/graphkit/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
gke:acme a ppp:Company ; rdfs:label "Acme Security"@en ; skos:altLabel "Acme"@en ; skos:hiddenLabel "ACMX"@en .
"""


@pytest.fixture()
def hidden_registry(tmp_path):
    path = tmp_path / "registry.ttl"
    path.write_text(HIDDEN_REGISTRY, encoding="utf-8")
    return load_registry(path)


def test_each_kind_of_name_has_its_confidence(hidden_registry):
    doc = gazetteer.annotate(make_document("Acme Security, Acme (ACMX)", doc_id="t.txt", language="en"),
                             registry=hidden_registry)
    assert [(m.text, m.key, m.confidence, m.method) for m in doc.mentions] == [
        ("Acme Security", "acme", LABEL_CONFIDENCE["label"], "registry"),
        ("Acme", "acme", LABEL_CONFIDENCE["alt"], "registry"),
        ("ACMX", "acme", LABEL_CONFIDENCE["hidden"], "registry"),
    ]
    assert LABEL_CONFIDENCE["label"] > LABEL_CONFIDENCE["alt"] > LABEL_CONFIDENCE["hidden"]


def test_hidden_labels_are_read(hidden_registry):
    assert hidden_registry.entities["acme"].names == (
        ("Acme Security", "en", "label"), ("Acme", "en", "alt"), ("ACMX", "en", "hidden"))


def test_label_mention_gets_label_confidence():
    doc = gazetteer.annotate(make_document("Binance", doc_id="t.txt", language="en"))
    assert doc.mentions[0].confidence == LABEL_CONFIDENCE["label"]


def test_thai_and_hindi_mentions():
    assert mentions("ไบแนนซ์ร่วมมือกับอินเตอร์โพลที่กรุงเทพฯ", "th") == [
        (0, 7, "ไบแนนซ์", "binance", "Company"),
        (17, 28, "อินเตอร์โพล", "interpol", "IntergovernmentalOrganization"),
        (31, 39, "กรุงเทพฯ", "bangkok", "City"),
    ]
    assert mentions("पाकिस्तान की जांच एजेंसी ने बिनेंस को नोटिस दिया।", "hi") == [
        (0, 9, "पाकिस्तान", "pakistan", "Country"),
        (28, 34, "बिनेंस", "binance", "Company"),
    ]


def test_english_place_names_are_found_in_every_language():
    assert mentions("Binance a Bangkok.", "ro")[1:] == [(10, 17, "Bangkok", "bangkok", "City")]


def test_existing_mentions_are_kept():
    doc = make_document("Tigran Gambaryan de la Binance", doc_id="t.txt", language="ro")
    person = Mention(0, 16, "Tigran Gambaryan", "tigran-gambaryan", "Person", "Tigran Gambaryan", 0.6, "discovery")
    doc = gazetteer.annotate(doc.with_(mentions=(person,)))
    assert [(m.key, m.method) for m in doc.mentions] == [("tigran-gambaryan", "discovery"), ("binance", "registry")]


def test_tiny_registry():
    registry = Registry({
        "acme": KnownEntity("acme", "Company", "Acme Corp", (("Acme Corp", "en", "label"), ("ACME", "en", "alt"))),
    })
    assert mentions("ACME and acme and Acme Corp and Binance", "en", registry=registry) == [
        (0, 4, "ACME", "acme", "Company"),
        (18, 27, "Acme Corp", "acme", "Company"),
    ]


def test_real_registry_has_the_expected_keys():
    registry = load_registry()
    for key, type_ in [("binance", "Company"), ("interpol", "IntergovernmentalOrganization"),
                       ("europol", "LawEnforcementAgency"), ("afripol", "IntergovernmentalOrganization"),
                       ("cybercrime-atlas", "Initiative"), ("serengeti", "Operation"), ("wef", "NonProfit")]:
        assert registry.entities[key].type == type_
    assert registry.entities["binance"].label == "Binance"
    assert ("बिनेंस", "hi", "alt") in registry.entities["binance"].names


# ---------------------------------------------------------------- one long line: work grows with its length

from graphkit.extract import matcher  # noqa: E402

from .work import CountedList, growth  # noqa: E402

#: About 4 for a stage linear in the text's length, about 16 for one that reads the line for each name.
LINEAR = 5.5


def test_inflected_names_of_one_long_line_are_checked_in_linear_work():
    # each inflected form was compared with every exact hit of its name in the whole text
    unit = "Interpol i Interpolu oraz Interpolem, "
    make = lambda text: make_document(text, doc_id="line.txt", language="pl")  # noqa: E731
    doc = gazetteer.annotate(make(unit))
    assert [(m.text, m.key) for m in doc.mentions] == [("Interpol", "interpol"), ("Interpolu", "interpol"),
                                                       ("Interpolem", "interpol")]
    assert growth(make, gazetteer.match, unit, 25, gazetteer) < LINEAR


def test_names_ending_before_a_vowel_sign_in_one_long_line_are_found_in_linear_work(monkeypatch):
    # a name ending on a letter whose vowel sign starts a suffix ("চীন" + "ের") copied the offsets of the rest
    # of the text to find where the letter's cluster ends
    unit = "চীনের পুলিশ এবং চীনের সাথে "
    folding = matcher.fold_with_offsets
    monkeypatch.setattr(matcher, "fold_with_offsets", lambda text: (lambda f, o: (f, CountedList(o)))(*folding(text)))
    make = lambda text: make_document(text, doc_id="line.txt", language="bn")  # noqa: E731
    assert [(m.text, m.key) for m in gazetteer.annotate(make(unit)).mentions] == [("চীনের", "china")] * 2
    assert growth(make, gazetteer.match, unit, 25, gazetteer, matcher) < LINEAR


# ---------------------------------------------------------------- characters that show nothing


@pytest.mark.parametrize("text, expected", [
    # a soft hyphen, a zero-width space or joiner inside a name hid it
    ("Inter\u00adpol and Euro\u200bpol worked with Micro\u200dsoft.",
     [("Inter\u00adpol", "interpol"), ("Euro\u200bpol", "europol"), ("Micro\u200dsoft", "microsoft")]),
    ("Trend\u200c Micro helped Inter\u00ad\u00adpol.", [("Trend\u200c Micro", "trend-micro"), ("Inter\u00ad\u00adpol", "interpol")]),
    # before or after a name, they are no part of it
    ("Interpol\u00ad and \u2060Europol\ufeff said.", [("Interpol", "interpol"), ("Europol", "europol")]),
])
def test_a_character_that_shows_nothing_hides_no_name(text, expected):
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language="en"))
    assert [(m.text, m.key) for m in doc.mentions] == expected
    assert all(text[m.start:m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("text", ["ශ්\u200dරී ලංකාව පොලිසිය", "ශ්රී ලංකාව පොලිසිය"])
def test_a_joiner_a_script_writes_in_its_names_still_matches(text):
    # Sinhala writes "ශ්‍රී" with a zero-width joiner, or without
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language="si"))
    assert [(m.text, m.key) for m in doc.mentions] == [(text.split()[0] + " ලංකාව", "sri-lanka")]
