"""graphkit.extract.frames: what an article says of an operation across its sentences."""

from __future__ import annotations

from graphkit.ingest import make_document
from graphkit.pipeline import extract


def triples(text: str, lang: str = "en", method: str = "") -> set[tuple[str, str, str]]:
    doc = extract(make_document(text, doc_id="t.txt", language=lang))
    for r in doc.relations:
        assert doc.text[r.evidence.start:r.evidence.end] == r.evidence.text
    return {(r.subject, r.predicate, r.object) for r in doc.relations if r.evidence.method.startswith(method)}


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
    # in an article about several operations; in one about a single operation, every sentence is about it
    text = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n\n"
            "Separately, the alliance trained officers from Ghana, Kenya and Angola.")
    assert not {t for t in triples(text) if t[1] == "targets"}
    single = "Operation Serengeti was coordinated by INTERPOL.\n\nOfficers from Ghana, Kenya and Angola took part."
    assert ("serengeti", "targets", "ghana") in triples(single)


def test_a_single_place_of_an_article_about_several_operations_needs_a_list_or_a_count():
    text = "Operation Serengeti and Operation Jackal were announced.\nThe police made arrests in Nigeria."
    assert not {t for t in triples(text) if t[1] == "targets"}
    counted = "Operation Serengeti and Operation Jackal were announced. They covered 2 countries, among them Nigeria."
    assert {t for t in triples(counted) if t[1] == "targets" and t[2] == "nigeria"}


def test_support_said_of_an_operation_is_participation():
    found = triples("Group-IB supported Operation Serengeti.")
    assert ("group-ib", "participatedIn", "serengeti") in found


def test_listed_supporters_took_part_and_the_coordinator_did_more():
    text = ("Operation Serengeti was coordinated by INTERPOL. "
            "It was carried out with the support of Group-IB, Kaspersky and Trend Micro, as well as INTERPOL.")
    found = triples(text)
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti"),
            ("trend-micro", "participatedIn", "serengeti")} <= found
    assert ("interpol", "participatedIn", "serengeti") not in found


def test_a_list_without_a_participation_cue_is_no_participation():
    text = "Operation Serengeti was announced. Group-IB, Kaspersky and Trend Micro published reports."
    assert not {t for t in triples(text) if t[1] == "participatedIn"}


def test_a_list_of_partners_of_the_operation_took_part():
    text = ("Operation Serengeti was coordinated by INTERPOL. "
            "Investigators drew on intelligence from private-sector partners, among them Group-IB, Kaspersky "
            "and Trend Micro.")
    found = triples(text)
    assert {("group-ib", "participatedIn", "serengeti"), ("kaspersky", "participatedIn", "serengeti"),
            ("trend-micro", "participatedIn", "serengeti")} <= found
    french = ("L'opération Serengeti a été coordonnée par INTERPOL. Les enquêteurs se sont appuyés sur "
              "plusieurs partenaires du secteur privé, parmi lesquels Group-IB, Kaspersky et Trend Micro.")
    assert ("kaspersky", "participatedIn", "serengeti") in triples(french, "fr")


def test_lines_are_paragraphs_and_an_article_about_several_operations_moves_on():
    text = ("Operation Serengeti and Operation Jackal were coordinated by INTERPOL.\n"
            "Technical help came from Group-IB, Kaspersky and Trend Micro, with the support of the alliance.")
    assert not triples(text, method="relations:frame")


def test_a_country_alone_in_an_article_about_one_operation():
    text = ("Operation Serengeti was coordinated by INTERPOL.\n"
            "In Nigeria, investigators arrested 12 suspects.\n"
            "Group-IB, headquartered in Singapore, shared data.")
    found = triples(text)
    assert ("serengeti", "targets", "nigeria") in found
    assert ("serengeti", "targets", "singapore") not in found  # where an organization is


def test_editions_of_one_operation_are_one_frame():
    text = ("Africa Cyber Surge II followed the first Africa Cyber Surge.\n"
            "Officers in Kenya, Ghana and Nigeria made arrests.")
    doc_triples = triples(text)
    assert {t for t in doc_triples if t[1] == "targets"}


def test_listed_states_are_targets_and_a_state_alone_is_not():
    text = ("Operation Chakra was coordinated by the CBI.\n\n"
            "Officers raided premises in Bihar, Haryana, Kerala and Karnataka.")
    found = triples(text)
    assert {("chakra", "targets", k) for k in ("bihar", "haryana", "kerala", "karnataka")} <= found
    alone = "Operation Chakra was coordinated by the CBI.\n\nOfficers raided premises in Kerala."
    assert ("chakra", "targets", "kerala") not in triples(alone)


def test_the_places_of_a_dateline_are_where_the_news_was_written():
    text = ("LYON, France, 26 September 2025 – Operation Serengeti was coordinated by INTERPOL.\n"
            "Officers in Kenya, Ghana and Nigeria made arrests.")
    found = {t for t in triples(text) if t[1] == "targets"}
    assert ("serengeti", "targets", "kenya") in found
    assert not {t for t in found if t[2] in ("france", "lyon")}


# ---------------------------------------------------------------- long articles: work grows with their length

from graphkit.extract import discovery, figures, frames, gazetteer, relations  # noqa: E402

from .work import growth  # noqa: E402

#: About 4 for a stage linear in the text's length, about 16 for a quadratic one.
LINEAR = 5.5


def _annotated(text: str):
    doc = make_document(text, doc_id="t.txt", language="en")
    for stage in (gazetteer.annotate, discovery.annotate, figures.annotate):
        doc = stage(doc)
    return doc, relations.match(doc)


def test_the_relations_of_one_long_sentence_share_its_text():
    # each relation held a copy of its sentence: memory in the square of the sentence's length
    unit = "Operation Serengeti ran in Nigeria, Kenya and Angola with Microsoft, Fortinet and PayPal, and "
    doc = extract(make_document(unit * 20, doc_id="t.txt", language="en"))
    assert len(doc.sentences) == 1 and len(doc.relations) >= 2
    assert len({id(r.evidence.text) for r in doc.relations}) == 1
    # and the frames read in linear work: the sentence is sliced once, not once for each place and organization
    run = lambda found: (frames.targets(found[0], found[1]), frames.participants(found[0]))  # noqa: E731
    assert growth(_annotated, run, unit, 20, frames) < LINEAR


def test_the_operation_of_each_of_many_sentences_is_found_in_linear_work():
    # the operation a sentence names was looked for among all the article's operations, for each sentence
    unit = "Operation Serengeti ran in Nigeria and Kenya. "
    assert len(_annotated(unit * 2)[0].sentences) == 2
    assert growth(_annotated, lambda found: frames.targets(*found), unit, 25, frames) < LINEAR
