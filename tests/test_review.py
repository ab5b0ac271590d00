"""Defects an adversarial review found in the extraction of real articles; each test failed before its fix."""

from __future__ import annotations

from decimal import Decimal

import pytest

from graphkit.extract import figures, gazetteer
from graphkit.extract.discovery import known_operation
from graphkit.ingest import detect_language, make_document
from graphkit.pipeline import extract


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = extract(make_document(text, doc_id="t.txt", language=lang))
    return {(r.subject, r.predicate, r.object) for r in doc.relations}


@pytest.mark.parametrize("name", ["HAECHI VII", "HAECHI", "Contender 4.0", "Serengeti 3.0", "Atlanta", "Grinder",
                                  "Orpheus", "Rupture", "Орфеус"])
def test_a_name_that_is_no_known_operation(name):
    # another edition, a bare series name, or a Latin name that only sounds like a known one
    assert known_operation(name) is None


def test_a_new_edition_is_a_new_operation():
    text = "INTERPOL announced Operation HAECHI VII, which led to 5,500 arrests. Operation Contender 4.0 followed."
    doc = extract(make_document(text, doc_id="t.txt", language="en"))
    keys = {m.key for m in doc.mentions if m.type == "Operation"}
    assert not keys & {"haechi-2", "haechi-1", "contender-2"}


@pytest.mark.parametrize("lang, text, wrong", [
    ("pl", "Rzecznik Adam Kubacki z Perugii powiedział, że Interpolacja danych pomogła.",
     {"cuba", "peru", "interpol"}),
    ("pl", "Robert Kubica i Jan Malik rozmawiali.", {"mali"}),
    ("de", "Die Iraner und die Europäer sprachen.", {"iran", "europe"}),
])
def test_letters_added_to_a_whole_name_must_be_a_suffix_of_the_language(lang, text, wrong):
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language=lang))
    assert not {m.key for m in doc.mentions} & wrong


def test_listed_suffixes_still_inflect_a_name():
    doc = gazetteer.annotate(make_document("Współpraca z Europolem i Interpolu.", doc_id="t.txt", language="pl"))
    assert {m.text: m.key for m in doc.mentions} == {"Europolem": "europol", "Interpolu": "interpol"}


@pytest.mark.parametrize("text, expected", [
    ("Police seized $2 million 30% of which was returned.", (Decimal("2000000"), "USD")),
    ("The gang stole $3 million 12 companies were hit.", (Decimal("3000000"), "USD")),
])
def test_a_number_after_a_million_is_no_part_of_it(text, expected):
    doc = gazetteer.annotate(make_document(text, doc_id="t.txt", language="en"))
    assert (figures.find_quantities(doc)[0].value, figures.find_quantities(doc)[0].unit) == expected


def test_a_quotation_in_another_script_does_not_make_the_language():
    text = ("Greek police (Ελληνική Αστυνομία, Διεύθυνση Δίωξης) cooperated with Europol and Microsoft during the "
            "operation against a botnet that infected a hundred thousand computers in Europe.")
    assert detect_language(text) == "en"


def test_vowel_signs_count_for_their_script():
    assert detect_language("ប៉ូលិសកម្ពុជា Interpol Europol Binance Operation HAECHI ប៉ូលិសកម្ពុជា") == "km"


@pytest.mark.parametrize("text, name", [
    ("A spokesman for Anna Kowalski declined to comment.", "Anna Kowalski"),
    ("The director of Catherine De Bolle's office spoke.", "Catherine De Bolle"),
])
def test_a_person_after_a_role_word_is_no_organization(text, name):
    doc = extract(make_document(text, doc_id="t.txt", language="en"))
    assert [m for m in doc.mentions if m.text == name and m.type != "Person"] == []


def test_a_country_ending_an_organizations_name_is_no_target():
    text = ("INTERPOL coordinated Operation Jackal III. The Bank of England and the Central Bank of Ireland, "
            "with South Africa's SAPS, supported it.")
    assert ("jackal-3", "targets", "ireland") not in triples(text, "en")


def test_an_intergovernmental_body_is_located_nowhere_by_adjacency():
    assert ("interpol", "locatedIn", "china") not in triples("চীনের ইন্টারপোলের ব্যুরো কাজ করেছে।", "bn")
