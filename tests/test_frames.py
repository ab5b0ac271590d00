"""graphkit.extract.frames: what an article says of an operation across its sentences."""

from __future__ import annotations

from graphkit.ingest import make_document
from graphkit.pipeline import extract


def triples(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    doc = extract(make_document(text, doc_id="t.txt", language=lang))
    for r in doc.relations:
        assert doc.text[r.evidence.start:r.evidence.end] == r.evidence.text
    return {(r.subject, r.predicate, r.object) for r in doc.relations}


def test_listed_countries_of_a_sentence_that_does_not_name_the_operation():
    text = ("INTERPOL coordinated Operation Serengeti. "
            "Officers made 37 arrests in Nigeria, Kenya and Angola last month.")
    assert {("serengeti", "targets", k) for k in ("nigeria", "kenya", "angola")} <= triples(text)


def test_a_place_that_qualifies_an_organization_is_not_a_target():
    text = "Operation Serengeti ran in Nigeria and Kenya, with Spain's Policía Nacional."
    found = triples(text)
    assert ("serengeti", "targets", "nigeria") in found
    assert ("serengeti", "targets", "spain") not in found


def test_a_later_paragraph_that_names_no_operation_is_about_something_else():
    text = ("Operation Serengeti was coordinated by INTERPOL.\n\n"
            "Separately, the alliance trained officers from Ghana, Kenya and Angola.")
    assert not {t for t in triples(text) if t[1] == "targets"}


def test_a_single_place_needs_a_list_or_a_count_of_countries():
    assert not {t for t in triples("Operation Serengeti led to arrests in Nigeria.") if t[1] == "targets"}
    assert ("serengeti", "targets", "nigeria") in triples("Operation Serengeti covered 2 countries, among them Nigeria.")


def test_support_said_of_an_operation_is_participation():
    found = triples("Group-IB supported Operation Serengeti.")
    assert ("group-ib", "participatedIn", "serengeti") in found
