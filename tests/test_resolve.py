"""graphkit.resolve: mentions of many documents → one entity per real-world thing."""

from __future__ import annotations

import pytest

from graphkit.extract import gazetteer
from graphkit.extract.registry import KnownEntity, Registry, load_registry
from graphkit.ingest import make_document
from graphkit.model import Entity, Mention
from graphkit.resolve import resolve


def doc(text: str, lang: str, doc_id: str):
    return gazetteer.annotate(make_document(text, doc_id=doc_id, language=lang))


def by_key(entities):
    return {e.key: e for e in entities}


def test_one_entity_for_two_languages():
    ro = doc("Reprezentanţii Binancei au colaborat.", "ro", "a.txt")
    hi = doc("फर्म बिनेंस को ऑनबोर्ड किया।", "hi", "b.txt")
    entities = resolve([ro, hi])
    assert [e.key for e in entities] == ["binance"]
    (binance,) = entities
    assert binance.type == "Company"
    assert binance.label == "Binance"  # the registry's English label
    assert ("Binancei", "ro") in binance.alt_labels
    assert ("बिनेंस", "hi") in binance.alt_labels


def test_known_entity_gets_every_registry_name_but_hidden_ones():
    (binance,) = resolve([doc("Binance", "en", "a.txt")])
    registry = load_registry()
    known = {(t, lang or "en") for t, lang, how in registry.entities["binance"].names if how != "hidden"}
    assert binance.alt_labels == known - {("Binance", "en")}
    assert all(text != binance.label for text, _ in binance.alt_labels)


def test_hidden_names_are_not_labels(tmp_path):
    path = tmp_path / "registry.ttl"
    path.write_text('@prefix ppp: <https://w3id.org/graphkit/ppp#> . @prefix gke: <https://w3id.org/graphkit/entity/> .\n'
                    '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
                    'gke:acme a ppp:Company ; rdfs:label "Acme Security"@en ; skos:hiddenLabel "ACMX"@en .\n', encoding="utf-8")
    registry = load_registry(path)
    docs = [gazetteer.annotate(make_document("Acme Security (ACMX)", doc_id="a.txt", language="en"), registry=registry)]
    assert [m.text for m in docs[0].mentions] == ["Acme Security", "ACMX"]
    (acme,) = resolve(docs, registry=registry)
    # the hidden form is a surface form found in the text, so it is kept, tagged with the document's language
    assert acme.alt_labels == frozenset({("ACMX", "en")})


def test_place_gets_its_names_in_the_documents_languages():
    ro = doc("Binance în Thailanda.", "ro", "a.txt")
    th = doc("ไบแนนซ์ ประเทศไทย", "th", "b.txt")
    thailand = by_key(resolve([ro, th]))["thailand"]
    assert thailand == Entity("thailand", "Country", "Thailand",
                              frozenset({("Thailanda", "ro"), ("ไทย", "th")}))
    # a Hindi document that does not name Thailand adds no Hindi name: what a place is called
    # depends on the documents that name it, so building one document at a time gives the same
    hi = doc("बिनेंस", "hi", "c.txt")
    assert by_key(resolve([ro, th, hi]))["thailand"].alt_labels == thailand.alt_labels
    hi_names = doc("बिनेंस थाईलैंड में", "hi", "d.txt")
    assert ("थाईलैंड", "hi") in by_key(resolve([ro, th, hi_names]))["thailand"].alt_labels


def test_city_with_thai_abbreviation_mark():
    th = doc("ที่กรุงเทพฯ ใน", "th", "a.txt")
    bangkok = by_key(resolve([th]))["bangkok"]
    assert bangkok.type == "City"
    assert bangkok.label == "Bangkok"
    assert bangkok.alt_labels == frozenset({("กรุงเทพ", "th"), ("กรุงเทพฯ", "th")})


def test_entities_are_sorted_by_key():
    d = doc("Europol, INTERPOL, Binance şi AFRIPOL.", "ro", "a.txt")
    assert [e.key for e in resolve([d])] == ["afripol", "binance", "europol", "interpol"]


def test_unknown_entity_takes_its_most_common_type_and_first_label():
    empty = Registry({})
    a = make_document("Tigran Gambaryan and T. Gambaryan", doc_id="a.txt", language="en").with_(mentions=(
        Mention(0, 16, "Tigran Gambaryan", "tigran", "Person"),
        Mention(21, 33, "T. Gambaryan", "tigran", "Person"),
    ))
    b = make_document("गाम्बेरियन", doc_id="b.txt", language="hi").with_(mentions=(
        Mention(0, 10, "गाम्बेरियन", "tigran", "Organization"),
    ))
    assert resolve([a, b], registry=empty) == [
        Entity("tigran", "Person", "Tigran Gambaryan",
               frozenset({("T. Gambaryan", "en"), ("गाम्बेरियन", "hi")})),
    ]


def test_mention_label_is_preferred_over_its_text():
    empty = Registry({})
    d = make_document("ACME", doc_id="a.txt", language="fr").with_(mentions=(
        Mention(0, 4, "ACME", "acme", "Company", label="Acme Corporation"),
    ))
    assert resolve([d], registry=empty) == [
        Entity("acme", "Company", "Acme Corporation", frozenset({("ACME", "fr")})),
    ]


def test_registry_type_and_label_win_over_the_mentions():
    registry = Registry({"acme": KnownEntity("acme", "Company", "Acme", (("Acme", "en", "label"),
                                                                        ("Akme", "", "alt")))})
    d = make_document("ACME", doc_id="a.txt", language="fr").with_(mentions=(
        Mention(0, 4, "ACME", "acme", "Organization", label="Other"),
    ))
    assert resolve([d], registry=registry) == [
        Entity("acme", "Company", "Acme", frozenset({("ACME", "fr"), ("Akme", "en")})),
    ]


def test_no_documents():
    assert resolve([], registry=Registry({})) == []


def _person(doc_id: str, text: str, lang: str, name: str, key: str):
    from graphkit.model import Document, Span

    return Document(id=doc_id, text=text, language=lang, sentences=(Span(0, len(text)),),
                    mentions=(Mention(0, len(name), name, key, "Person", name, 0.8, "discovery:person"),))


def test_one_person_across_scripts_with_the_reason_kept():
    from graphkit.resolve import apply_merges, merge_keys

    en = _person("a.txt", "Neal Jetton said.", "en", "Neal Jetton", "neal-jetton")
    ru = _person("b.txt", "Нил Джеттон заявил.", "ru", "Нил Джеттон", "nil-dzhetton")
    merged = merge_keys([en, ru])
    assert list(merged) == ["nil-dzhetton"]
    kept, reason = merged["nil-dzhetton"]
    assert kept == "neal-jetton"  # the Latin-script name is kept
    assert reason == ("merged 'Нил Джеттон' into 'Neal Jetton': transliterations 'nil dzhetton' ~ 'neal jetton' "
                      "= 0.70, sound 'nl jtn' ~ 'nl jtn' = 1.00")
    docs = apply_merges([en, ru], merged)
    assert {m.key for d in docs for m in d.mentions} == {"neal-jetton"}


def test_different_people_and_numbered_names_stay_apart():
    from graphkit.resolve import merge_keys

    a = _person("a.txt", "Neal Jetton said.", "en", "Neal Jetton", "neal-jetton")
    b = _person("b.txt", "Neil Jackson said.", "en", "Neil Jackson", "neil-jackson")
    c = _person("c.txt", "John Smith II said.", "en", "John Smith II", "john-smith-ii")
    d = _person("d.txt", "John Smith 2 said.", "en", "John Smith 2", "john-smith-2")
    assert merge_keys([a, b, c, d]) == {}


@pytest.mark.parametrize("a, b", [("Эрин Фраколли", "Erin Fracolli"), ("Тигран Гамбарян", "Tigran Gambaryan"),
                                  ("نيل جيتون", "Neal Jetton")])
def test_phonetic_keys_of_transliterations_agree(a, b):
    from graphkit.resolve import phonetic_key

    assert phonetic_key(a) == phonetic_key(b)


def test_registry_keys_never_merge_here():
    from graphkit.resolve import merge_keys

    a = _person("a.txt", "Binance said.", "en", "Binance", "binance")
    b = _person("b.txt", "Binanse said.", "en", "Binanse", "binanse")
    assert merge_keys([a, b]) == {}


def test_relations_whose_entities_no_longer_fit_are_dropped():
    # one document read "Veridian Shield" as a person who works for the LKA; the corpus says it is a company
    from graphkit.model import Document, Entity, Evidence, Relation
    from graphkit.resolve import fitting

    ev = Evidence("t.txt", 0, 4, "text", 0.7)
    doc = Document("t.txt", "text", "de", relations=(
        Relation("veridian-shield", "worksFor", "lka", ev), Relation("anna", "worksFor", "lka", ev)))
    entities = [Entity("veridian-shield", "Company", "Veridian Shield"), Entity("lka", "LawEnforcementAgency", "LKA"),
                Entity("anna", "Person", "Anna")]
    (kept,) = fitting([doc], entities)
    assert [(r.subject, r.object) for r in kept.relations] == [("anna", "lka")]


def test_labels_hold_no_control_character_nor_one_that_shows_nothing():
    import graphkit
    from rdflib import RDFS, SKOS

    texts = {"a.txt": "Operation «Kor\x07moran» ended. Veri\u00addian Shield Technologies trained the police, "
                      "and Trend\u200b Micro\x85helped.",
             "b.txt": "Veri\u00addian Shield Technologies said so."}
    result = graphkit.build_documents([make_document(t, doc_id=k, language="en") for k, t in texts.items()])
    labels = {str(o) for o in result.graph.objects(None, RDFS.label)}
    assert {"Operation Kor moran", "Veridian Shield Technologies", "Trend Micro"} <= labels
    for label in labels | {str(o) for o in result.graph.objects(None, SKOS.altLabel)}:
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"
                       for c in label), label
    # the mentions keep the text as written, at its offsets
    doc = next(d for d in result.documents if d.id == "a.txt")
    assert any("\x07" in m.text for m in doc.mentions)
    assert all(texts[d.id][m.start:m.end] == m.text for d in result.documents for m in d.mentions)


def test_a_joiner_between_letters_of_a_script_that_joins_them_stays_in_a_label():
    from graphkit.text import clean_label

    assert clean_label("ශ්\u200dරී ලංකාව") == "ශ්\u200dරී ලංකාව"  # Sinhala
    assert clean_label("می\u200cشود") == "می\u200cشود"  # Persian
    assert clean_label("Euro\u200dpol\u200c") == "Europol"


@pytest.mark.parametrize("arabic, latin", [("دميتري فولكوف", "Dmitry Volkov"), ("سيريل غوت", "Cyril Gout"),
                                           ("ستيفن كافانا", "Stephen Kavanagh")])
def test_a_name_in_arabic_letters_is_the_same_person_as_in_latin(arabic, latin):
    # Arabic writes few vowels, no v, g or p ("فولكوف": fwlkwf, "غوت": ghwt) and drops a silent ending
    from graphkit.resolve import merge_keys
    from graphkit.text import slug

    en = _person("a.txt", f"{latin} said.", "en", latin, slug(latin))
    ar = _person("b.txt", f"قال {arabic}.", "ar", arabic, slug(arabic))
    merged = merge_keys([en, ar])
    assert {k: v[0] for k, v in merged.items()} == {slug(arabic): slug(latin)}


def test_names_in_arabic_letters_of_other_people_stay_apart():
    from graphkit.resolve import merge_keys

    en = _person("a.txt", "Mark Stevens said.", "en", "Mark Stevens", "mark-stevens")
    ar = _person("b.txt", "قال مارك ستون.", "ar", "مارك ستون", "mark-ston")  # Mark Stone
    assert merge_keys([en, ar]) == {}


def test_an_operations_own_name_is_one_of_its_labels():
    # "операции «Цифровой аркан»" is written with its case and quotes; the name alone is how an analyst searches
    empty = Registry({})
    text = "по итогам операции «Цифровой аркан» задержаны"
    d = make_document(text, doc_id="a.txt", language="ru").with_(mentions=(
        Mention(10, 35, "операции «Цифровой аркан»", "operation-tsifrovoy-arkan", "Operation",
                label="Operation Цифровой аркан"),
    ))
    (entity,) = resolve([d], registry=empty)
    assert entity.label == "Operation Цифровой аркан"
    assert ("Цифровой аркан", "ru") in entity.alt_labels
