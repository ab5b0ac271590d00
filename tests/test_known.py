"""graphkit.extract.known: what the registry knows, where an article names both sides."""

from __future__ import annotations

from graphkit.extract import known
from graphkit.extract.registry import load_registry
from graphkit.ingest import make_document
from graphkit.pipeline import extract


def facts(text: str, lang: str = "en") -> list[tuple[str, str, str, float]]:
    doc = extract(make_document(text, doc_id="t.txt", language=lang))
    out = []
    for r in known.relations(doc):
        assert doc.text[r.evidence.start:r.evidence.end] == r.evidence.text
        out.append((r.subject, r.predicate, r.object, r.evidence.confidence))
    return out


def test_a_unit_and_its_parent_named_in_one_article():
    unit = next(e for e in load_registry().entities.values() if e.key == "europol-ec3")
    assert unit.part_of == "europol"
    found = facts("The European Cybercrime Centre (EC3) led the analysis.\nEuropol published the results.")
    assert ("europol-ec3", "partOf", "europol", known.SAME_ARTICLE) in found


def test_a_unit_whose_parent_is_not_named_states_nothing():
    assert [f for f in facts("The European Cybercrime Centre (EC3) led the analysis.") if f[1] == "partOf"] == []


def test_a_national_body_and_its_country_and_not_a_company(monkeypatch):
    from dataclasses import replace

    from graphkit.extract.registry import Registry

    reg = load_registry()
    entities = {**reg.entities, "bka": replace(reg.entities["bka"], country="DE"),
                "sap": replace(reg.entities["binance"], key="sap", country="DE")}
    monkeypatch.setattr(known, "load_registry", lambda: Registry(entities))
    found = facts("Germany and the BKA worked together with Binance.")
    assert ("bka", "locatedIn", "germany", known.SAME_SENTENCE) in found
    assert not [f for f in found if f[0] == "binance"]


def test_a_country_named_in_another_sentence_is_not_said_to_be_the_bodys():
    # the registry says the BKA is Germany's (ppp:country "DE"); the article must say both in one sentence
    found = facts("Germany hosted the meeting.\nThe BKA took part.")
    assert not [f for f in found if f[1] == "locatedIn"]
    assert ("bka", "locatedIn", "germany", known.SAME_SENTENCE) in facts("The BKA in Germany took part.")


def test_a_seat_named_anywhere_in_the_article():
    # the registry says Europol sits in The Hague (ppp:seat): a dateline is enough, less sure than one sentence
    assert load_registry().entities["europol"].seat == "The Hague"
    found = facts("THE HAGUE – A takedown was announced.\nEuropol coordinated the action.")
    assert ("europol", "locatedIn", "the-hague", known.SEAT_ELSEWHERE) in found
    assert ("europol", "locatedIn", "the-hague", known.SAME_SENTENCE) in facts("Europol, in The Hague, led it.")


def test_no_seat_without_the_city_nor_for_a_body_without_one():
    assert not [f for f in facts("Europol coordinated the action in Lyon.") if f[1] == "locatedIn"]
    assert not [f for f in facts("Binance met the police in The Hague.") if f[0] == "binance"]


def test_a_city_named_with_a_place_of_another_country_is_no_seat():
    # "London" was enough for the National Crime Agency (seated in London) to be located in London, UK
    assert load_registry().entities["uk-nca"].seat == "London"
    for text in ("The National Crime Agency opened an office in London, Ontario, last week.",  # a province
                 "The National Crime Agency met the police of London, Texas.",  # a state, known by its ISO name
                 "BNP Paribas sent staff to Paris, New York, where the fraud started."):  # a city of another country
        assert [f for f in facts(text) if f[1] == "locatedIn"] == [], text
    # a place of its own country, or none, leaves the seat as it is
    for text, key, city in (("The National Crime Agency opened an office in London, England.", "uk-nca", "london"),
                            ("INTERPOL officers met in Lyon, France.", "interpol", "lyon"),
                            ("Barclays said in London, Ontario and in London, the fraud grew.", "barclays", "london"),
                            # a list of places qualifies none of them
                            ("Crypto.com works with Coinbase, Singapore, Addis Ababa and Guadalajara.", "crypto-com",
                             "singapore"),
                            ("Barclays has offices in London, France and Spain.", "barclays", "london")):
        assert [f[:3] for f in facts(text) if f[1] == "locatedIn"] == [(key, "locatedIn", city)], text


def test_a_country_that_opens_the_next_phrase_qualifies_no_seat():
    # "Nizozemské" (Dutch) after the comma names the police the next phrase speaks of, not where Bratislava lies
    text = "Bezpečnostní společnost ESET se sídlem v Bratislavě, Nizozemské policii poskytla technickou analýzu."
    assert ("eset", "locatedIn", "bratislava") in [f[:3] for f in facts(text, "cs")]
