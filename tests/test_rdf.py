"""The model → RDF: the contract's shapes, stable IRIs, byte-stable serialisation, atomic writes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS, XSD

from graphkit.errors import InputError
from graphkit.model import Document, Entity, Evidence, Figure, Mention, Relation, Span
from graphkit.rdf import decimal_literal, document_iri, entity_iri, format_for, serialize, to_graph
from graphkit.writing import write_atomic
from graphkit.vocab import ITSRDF, KIND, NIF, PPP

TEXT = "Binance a rejoint Interpol."


def _doc() -> Document:
    ev = Evidence("a.txt", 0, len(TEXT), TEXT, 0.7, method="test")
    return Document(
        id="a.txt", text=TEXT, language="fr", sentences=(Span(0, len(TEXT)),), content_hash="h",
        mentions=(Mention(0, 7, "Binance", "binance", "Company", "Binance", 0.9, "registry"),
                  Mention(18, 26, "Interpol", "interpol", "IntergovernmentalOrganization", "INTERPOL", 0.9, "registry")),
        relations=(Relation("binance", "memberOf", "interpol", ev),),
        figures=(Figure("arrests", Decimal(1209), "a.txt", 0, 5, "1.209", about="binance"),),
    )


def _entities() -> list[Entity]:
    return [Entity("binance", "Company", "Binance", frozenset({("बिनेंस", "hi")})),
            Entity("interpol", "IntergovernmentalOrganization", "INTERPOL")]


def test_contract_triples():
    g = to_graph([_doc()], _entities())
    d, b, i = document_iri("a.txt"), entity_iri("binance"), entity_iri("interpol")
    assert (d, RDF.type, PPP.Document) in g and (d, RDF.type, NIF.Context) in g
    assert g.value(d, DCTERMS.identifier) == Literal("a.txt")
    assert g.value(d, DCTERMS.language) == Literal("fr")
    assert (b, RDF.type, PPP.Company) in g
    assert g.value(b, RDFS.label) == Literal("Binance", lang="en")
    assert g.value(b, SKOS.altLabel) == Literal("बिनेंस", lang="hi")
    m = next(g.subjects(ITSRDF.taIdentRef, i))
    assert str(m) == f"{d}#char=18,26"
    assert (g.value(m, NIF.beginIndex).toPython(), g.value(m, NIF.endIndex).toPython()) == (18, 26)
    assert g.value(m, NIF.anchorOf) == Literal("Interpol")
    assert (b, PPP.memberOf, i) in g
    ev = next(g.subjects(RDF.type, PPP.Evidence))
    assert (ev, RDF.type, RDF.Statement) in g
    assert (g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)) == (b, PPP.memberOf, i)
    assert g.value(ev, PROV.wasDerivedFrom) == d
    assert g.value(ev, PPP.confidence) == Literal("0.7", datatype=XSD.decimal)
    f = next(g.subjects(RDF.type, PPP.Figure))
    assert g.value(f, PPP.kind) == KIND.arrests
    assert g.value(f, PPP.value) == Literal("1209", datatype=XSD.decimal)  # as the contract writes it
    assert g.value(f, PPP.about) == b


def test_nif_strings_follow_nif_2_0():
    """Every string with offsets names its context; offsets are xsd:nonNegativeInteger; #char= IRIs are RFC 5147."""
    g = to_graph([_doc()], _entities())
    d = document_iri("a.txt")
    strings = set(g.subjects(NIF.beginIndex, None))
    assert len(strings) == 4  # two mentions, one evidence, one figure
    for node in strings:
        assert g.value(node, NIF.referenceContext) == d, node
        for offset in (NIF.beginIndex, NIF.endIndex):
            assert g.value(node, offset).datatype == XSD.nonNegativeInteger, node
        assert ((node, RDF.type, NIF.RFC5147String) in g) == ("#char=" in node), node
    m = next(g.subjects(ITSRDF.taIdentRef, entity_iri("binance")))
    assert set(g.objects(m, RDF.type)) == {NIF.Phrase, NIF.RFC5147String}
    for fmt in ("turtle", "nt", "nq", "trig"):
        assert b"nonNegativeInteger" in serialize(g, fmt) and b"XMLSchema#integer" not in serialize(g, fmt), fmt


def test_iris_are_stable_and_escaped():
    assert str(entity_iri("binance")) == "https://w3id.org/graphkit/entity/binance"
    assert str(document_iri("a b#c.txt")) == "https://w3id.org/graphkit/doc/a%20b%23c.txt"


def test_decimal_literals_are_canonical():
    assert str(decimal_literal(Decimal("3E+1"))) == "30"
    assert str(decimal_literal(Decimal("20.40"))) == "20.4"
    assert str(decimal_literal(0.7)) == "0.7"


def test_serialisation_is_byte_stable_whatever_the_insertion_order():
    one = to_graph([_doc()], _entities())
    two = to_graph([_doc()], list(reversed(_entities())))
    for fmt in ("turtle", "nt", "nq", "json-ld", "trig"):
        assert serialize(one, fmt) == serialize(two, fmt)


def test_format_for():
    assert format_for("g.jsonld", None) == "json-ld"
    assert format_for("g.nt", None) == "nt"
    assert format_for("g.trig", None) == "trig"
    assert format_for("g.nq", None) == "nq"
    assert format_for("g.weird", None) == "turtle"
    assert format_for("-", None) == "turtle"
    assert format_for("g.ttl", "nt") == "nt"
    with pytest.raises(InputError, match="format = 'xml' is invalid"):
        format_for("g.ttl", "xml")


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "sub" / "g.ttl"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["g.ttl"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "g.ttl"
    path.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("graphkit.writing.os.replace", broken)
    with pytest.raises(OSError):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_language_tags_are_lower_case_in_every_format():
    from rdflib import Graph
    from rdflib.compare import isomorphic

    doc = _doc()
    entities = [Entity("binance", "Company", "Binance", frozenset({("幣安", "zh-Hant")})),
                Entity("interpol", "IntergovernmentalOrganization", "INTERPOL")]
    g = to_graph([doc], entities)
    assert Literal("幣安", lang="zh-hant") in set(g.objects(None, SKOS.altLabel))
    for fmt, parse_as in (("turtle", "turtle"), ("nt", "nt"), ("nq", "nquads"), ("json-ld", "json-ld")):
        again = Graph().parse(data=serialize(g, fmt).decode("utf-8"), format=parse_as)
        assert isomorphic(again, g), fmt


def test_write_atomic_gives_the_usual_file_mode(tmp_path):
    """Not the 0600 of a temporary file: an output file is readable as any file the user writes."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "g.ttl", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
