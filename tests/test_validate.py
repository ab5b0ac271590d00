"""graphkit.validate: SHACL validation of graphs against the output contract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SH, SKOS, XSD

from graphkit import validate as validate_module
from graphkit.errors import OntologyError, ValidationError
from graphkit.validate import ValidationResult, check, validate
from graphkit.vocab import KIND, NIF, PPP

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
GKE = Namespace("https://w3id.org/graphkit/entity/")
GKD = Namespace("https://w3id.org/graphkit/doc/")
GKV = Namespace("https://w3id.org/graphkit/evidence/")
GKF = Namespace("https://w3id.org/graphkit/figure/")

# One document, two entities, their mentions, one relation with its evidence, one figure.
# The text: "Binance collabore avec Interpol. Binance a formé 30 agents d'Interpol."
CONFORMING = """
@prefix ppp: <https://w3id.org/graphkit/ppp#> .
@prefix kind: <https://w3id.org/graphkit/kind/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix gke: <https://w3id.org/graphkit/entity/> .
@prefix gkd: <https://w3id.org/graphkit/doc/> .
@prefix gkv: <https://w3id.org/graphkit/evidence/> .
@prefix gkf: <https://w3id.org/graphkit/figure/> .

gkd:d1 a ppp:Document, nif:Context ;
    dcterms:identifier "001_e8e737de296aae96.txt" ;
    dcterms:language "fr" ;
    ppp:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .

gke:binance a ppp:Company ; rdfs:label "Binance" ; skos:altLabel "Binance"@fr .
gke:interpol a ppp:LawEnforcementAgency ; rdfs:label "Interpol" ; skos:altLabel "Interpol"@fr .

gkd:d1_0 a nif:Phrase ; nif:referenceContext gkd:d1 ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger ;
    nif:anchorOf "Binance" ; itsrdf:taIdentRef gke:binance .
gkd:d1_23 a nif:Phrase ; nif:referenceContext gkd:d1 ;
    nif:beginIndex "23"^^xsd:nonNegativeInteger ; nif:endIndex "31"^^xsd:nonNegativeInteger ;
    nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .

gke:binance ppp:partnersWith gke:interpol .
gkv:e1 a ppp:Evidence, rdf:Statement ;
    rdf:subject gke:binance ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:referenceContext gkd:d1 ; nif:anchorOf "Binance collabore avec Interpol." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "32"^^xsd:nonNegativeInteger ;
    ppp:confidence "0.8"^^xsd:decimal ; ppp:method "relations:pattern" .

gkf:f1 a ppp:Figure ; ppp:kind kind:participants ; ppp:value "30"^^xsd:decimal ; ppp:about gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "30 agents" .
"""

CONFORMS = "Conforms: the graph follows the output contract."


@pytest.fixture()
def graph() -> Graph:
    return Graph().parse(data=CONFORMING, format="turtle")


def violation_lines(result: ValidationResult) -> list[str]:
    """The report's lines after its first (the summary)."""
    head, *lines = result.report.splitlines()
    assert head == f"Does not conform: {result.violations} violation{'s' if result.violations != 1 else ''}"
    return lines


def test_conforming_graph(graph):
    size = len(graph)
    result = validate(graph)
    assert result == ValidationResult(conforms=True, report=CONFORMS, violations=0)
    assert len(graph) == size, "validate must not add the ontology to the caller's graph"
    check(graph)  # does not raise


def test_relation_without_evidence(graph):
    graph.add((GKE.binance, PPP.supports, GKE.interpol))
    result = validate(graph)
    assert not result.conforms
    assert result.violations == 1
    assert violation_lines(result) == [
        "gke:binance – ppp:supports – This relation has no ppp:Evidence node (with rdf:subject, rdf:predicate, "
        "rdf:object matching it) saying why the graph states it, nor the ppp:AddedStatement of the curation "
        "decision that added it. (value: gke:interpol)"
    ]


def test_evidence_of_partners_with_counts_in_either_direction(graph):
    graph.remove((GKE.binance, PPP.partnersWith, GKE.interpol))
    graph.add((GKE.interpol, PPP.partnersWith, GKE.binance))
    assert validate(graph).conforms


def test_evidence_that_must_be_typed(graph):
    graph.remove((GKV.e1, RDF.type, PPP.Evidence))
    result = validate(graph)
    assert result.violations == 1
    assert "gke:binance – ppp:partnersWith – This relation has no ppp:Evidence node" in result.report


def test_evidence_for_a_triple_the_graph_lacks(graph):
    graph.remove((GKE.binance, PPP.partnersWith, GKE.interpol))
    result = validate(graph)
    assert violation_lines(result) == [
        "gkv:e1 – rdf:predicate – The evidence's rdf:subject, rdf:predicate and rdf:object name a relation "
        "triple that the graph does not have. (value: ppp:partnersWith)"
    ]


def test_mention_without_end_index(graph):
    graph.remove((GKD.d1_0, NIF.endIndex, None))
    result = validate(graph)
    assert violation_lines(result) == [
        "gkd:d1_0 – nif:endIndex – A mention needs exactly one nif:endIndex, an xsd:nonNegativeInteger."
    ]


def test_offsets_are_non_negative_integers_as_nif_says(graph):
    """NIF 2.0 types offsets xsd:nonNegativeInteger; a plain xsd:integer is reported."""
    graph.set((GKD.d1_0, NIF.beginIndex, Literal(0)))
    graph.set((GKD.d1_0, NIF.endIndex, Literal(7)))
    assert graph.value(GKD.d1_0, NIF.endIndex).datatype == XSD.integer
    assert violation_lines(validate(graph)) == [
        "gkd:d1_0 – nif:beginIndex – A mention needs exactly one nif:beginIndex, an xsd:nonNegativeInteger <= its "
        'nif:endIndex. (value: "0"^^xsd:integer)',
        "gkd:d1_0 – nif:endIndex – A mention needs exactly one nif:endIndex, an xsd:nonNegativeInteger. "
        '(value: "7"^^xsd:integer)',
    ]


def test_evidence_and_figures_with_offsets_name_their_context(graph):
    """A NIF string with offsets says which context they count in (nif:referenceContext)."""
    graph.remove((GKV.e1, NIF.referenceContext, None))
    graph.add((GKF.f1, NIF.beginIndex, Literal(36, datatype=XSD.nonNegativeInteger)))
    graph.add((GKF.f1, NIF.endIndex, Literal(45, datatype=XSD.nonNegativeInteger)))
    assert violation_lines(validate(graph)) == [
        "gkf:f1 – A figure with offsets (nif:beginIndex, nif:endIndex) needs a nif:referenceContext, the "
        "ppp:Document whose text they count in.",
        "gkv:e1 – nif:referenceContext – Evidence needs exactly one nif:referenceContext, the ppp:Document whose "
        "text its offsets count in.",
    ]
    graph.add((GKF.f1, NIF.referenceContext, GKD.d1))
    graph.add((GKV.e1, NIF.referenceContext, GKD.d1))
    assert validate(graph).conforms


def test_a_char_iri_is_an_rfc5147_string(graph):
    """A mention named by an RFC 5147 fragment (#char=0,7), as graphkit names them, is typed so."""
    char = URIRef(str(GKD.d1) + "#char=0,7")
    for _, p, o in list(graph.triples((GKD.d1_0, None, None))):
        graph.add((char, p, o))
    graph.remove((GKD.d1_0, None, None))
    assert violation_lines(validate(graph)) == [
        "<https://w3id.org/graphkit/doc/d1#char=0,7> – An IRI ending in #char=BEGIN,END names its string by "
        "RFC 5147: type it nif:RFC5147String."
    ]
    graph.add((char, RDF.type, NIF.RFC5147String))
    assert validate(graph).conforms


def test_offsets_must_be_integers(graph):
    """A string offset breaks three constraints, reported as two distinct lines."""
    graph.set((GKD.d1_0, NIF.endIndex, Literal("7")))
    result = validate(graph)
    assert result.violations == 3  # sh:or of the datatypes, sh:minInclusive, and beginIndex's sh:lessThanOrEquals
    assert violation_lines(result) == [
        "gkd:d1_0 – nif:beginIndex – A mention needs exactly one nif:beginIndex, an xsd:nonNegativeInteger <= its "
        'nif:endIndex. (value: "0"^^xsd:nonNegativeInteger)',
        'gkd:d1_0 – nif:endIndex – A mention needs exactly one nif:endIndex, an xsd:nonNegativeInteger. (value: "7")',
    ]


def test_anchor_must_be_as_long_as_the_offsets_say(graph):
    graph.set((GKD.d1_23, NIF.anchorOf, Literal("Interpo")))
    result = validate(graph)
    assert result.violations == 1
    assert violation_lines(result)[0].startswith("gkd:d1_23 – nif:anchorOf – The nif:anchorOf is not as long")


def test_mention_of_an_untyped_node(graph):
    graph.set((GKD.d1_0, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), GKE.nobody))
    result = validate(graph)
    assert result.violations == 1
    assert "A mention needs exactly one itsrdf:taIdentRef" in result.report
    assert "(value: gke:nobody)" in result.report


def test_figure_without_kind(graph):
    graph.remove((GKF.f1, PPP.kind, None))
    result = validate(graph)
    assert violation_lines(result) == [
        "gkf:f1 – ppp:kind – A figure needs exactly one ppp:kind, a kind declared in kinds.ttl such as kind:arrests."
    ]


def test_figure_with_an_undeclared_kind(graph):
    graph.set((GKF.f1, PPP.kind, URIRef(str(KIND._NS) + "goals")))
    result = validate(graph)
    assert result.violations == 1
    assert "(value: kind:goals)" in result.report


def test_figure_unit_and_value(graph):
    graph.add((GKF.f1, PPP.unit, Literal("usd")))
    graph.set((GKF.f1, PPP.value, Literal(30)))
    lines = violation_lines(validate(graph))
    assert lines == [
        "gkf:f1 – ppp:unit – A figure has at most one ppp:unit: an ISO 4217 code such as \"USD\", "
        "a crypto-asset ticker such as \"USDT\", or \"%\". (value: \"usd\")",
        "gkf:f1 – ppp:value – A figure needs exactly one ppp:value, an xsd:decimal in base units. "
        "(value: \"30\"^^xsd:integer)",
    ]


def test_works_for_from_an_organization(graph):
    """A domain violation: the subject of ppp:worksFor is a Company, not a Person."""
    graph.add((GKE.binance, PPP.worksFor, GKE.interpol))
    evidence = GKV.e2
    for _, p, o in graph.triples((GKV.e1, None, None)):
        graph.add((evidence, p, o))
    graph.set((evidence, RDF.predicate, PPP.worksFor))
    result = validate(graph)
    assert violation_lines(result) == ["gke:binance – The subject of ppp:worksFor must be a ppp:Person."]


def test_works_for_an_operation(graph):
    """A range violation, with the subject's class reached through no subclass at all."""
    graph.add((GKE.jane, RDF.type, PPP.Person))
    graph.add((GKE.jane, RDFS.label, Literal("Jane Doe")))
    graph.add((GKE.haechi, RDF.type, PPP.Operation))
    graph.add((GKE.haechi, RDFS.label, Literal("Operation HAECHI")))
    graph.add((GKE.jane, PPP.worksFor, GKE.haechi))
    evidence = GKV.e2
    for _, p, o in graph.triples((GKV.e1, None, None)):
        graph.add((evidence, p, o))
    graph.set((evidence, RDF.subject, GKE.jane))
    graph.set((evidence, RDF.predicate, PPP.worksFor))
    graph.set((evidence, RDF.object, GKE.haechi))
    result = validate(graph)
    assert violation_lines(result) == [
        "gke:jane – ppp:worksFor – The object of ppp:worksFor must be a ppp:Organization. (value: gke:haechi)"
    ]


def test_entity_with_two_labels(graph):
    graph.add((GKE.binance, RDFS.label, Literal("Binance Holdings")))
    result = validate(graph)
    assert violation_lines(result) == [
        "gke:binance – rdfs:label – An entity needs exactly one rdfs:label, its canonical name "
        "(English where one is known)."
    ]


def test_entity_of_two_scored_classes(graph):
    graph.add((GKE.binance, RDF.type, PPP.Person))
    result = validate(graph)
    assert result.violations == 1
    assert "gke:binance – An entity must be an instance of exactly one of ppp:Organization" in result.report


def test_undeclared_class(graph):
    graph.add((GKE.binance, RDF.type, URIRef(str(PPP._NS) + "Exchange")))
    result = validate(graph)
    assert violation_lines(result) == [
        "ppp:Exchange – Used as a type (rdf:type) but not declared as a class in the ontology (ppp.ttl)."
    ]


def test_alt_label_without_language(graph):
    graph.add((GKE.binance, SKOS.altLabel, Literal("BNB")))
    result = validate(graph)
    assert result.violations == 1
    assert "gke:binance – skos:altLabel – Every skos:altLabel needs a language tag" in result.report


def test_document_language_and_context(graph):
    graph.set((GKD.d1, DCTERMS.language, Literal("French")))
    graph.remove((GKD.d1, RDF.type, NIF.Context))
    lines = violation_lines(validate(graph))
    assert lines == [
        "gkd:d1 – A ppp:Document must also be typed nif:Context.",
        "gkd:d1 – dcterms:language – A document needs exactly one dcterms:language, a lowercase ISO 639 code "
        "such as \"en\" or \"fil\". (value: \"French\")",
    ]


def test_evidence_confidence_range(graph):
    graph.set((GKV.e1, PPP.confidence, Literal("1.5", datatype=XSD.decimal)))
    result = validate(graph)
    assert result.violations == 1
    assert "gkv:e1 – ppp:confidence – Evidence needs exactly one ppp:confidence" in result.report


def test_report_is_sorted_deduplicated_and_cut(graph):
    for name in ("a", "b", "c"):
        graph.add((GKE.binance, PPP.supports, GKE[name]))
        graph.add((GKE[name], RDF.type, PPP.Company))
        graph.add((GKE[name], RDFS.label, Literal(name)))
    result = validate(graph, max_lines=2)
    assert result.violations == 3
    lines = violation_lines(result)
    assert len(lines) == 3
    assert lines[0].endswith("(value: gke:a)")
    assert lines[1].endswith("(value: gke:b)")
    assert lines[2] == "… and 1 more"


def test_max_lines_must_be_positive(graph):
    with pytest.raises(ValueError, match=r"max_lines = 0 is invalid; value must be >= 1"):
        validate(graph, max_lines=0)


def test_check_raises_with_the_report(graph):
    graph.add((GKE.binance, PPP.supports, GKE.interpol))
    with pytest.raises(ValidationError) as caught:
        check(graph)
    error = caught.value
    assert error.code == "E500"
    assert error.message == "the graph does not conform to the output contract: 1 violation"
    assert error.report == validate(graph).report
    assert "gke:binance – ppp:supports" in error.report


def test_every_constraint_of_the_shapes_has_a_message():
    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    for prop in shapes.objects(None, SH.property):
        assert shapes.value(prop, SH.message) is not None, prop
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message) is not None, constraint
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        has_node_constraint = any(
            (shape, p, None) in shapes for p in (SH["class"], SH["or"], SH.xone)
        )
        if has_node_constraint:
            assert shapes.value(shape, SH.message) is not None, shape


# --- missing and broken ontology files ----------------------------------------------------------


@pytest.fixture()
def ontology_copy(tmp_path, monkeypatch):
    """A copy of ppp.ttl and kinds.ttl (not shapes.ttl) in a folder GRAPHKIT_ONTOLOGY points to."""
    for name in ("ppp.ttl", "kinds.ttl"):
        shutil.copy(ONTOLOGY / name, tmp_path / name)
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(tmp_path))
    validate_module.clear_cache()
    yield tmp_path
    monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
    validate_module.clear_cache()


def test_missing_shapes_file(ontology_copy, graph):
    with pytest.raises(OntologyError) as caught:
        validate(graph)
    assert caught.value.code == "E200"
    assert caught.value.message == f"ontology file {ontology_copy / 'shapes.ttl'} is missing"


def test_unparsable_shapes_file(ontology_copy, graph):
    (ontology_copy / "shapes.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n")
    with pytest.raises(OntologyError) as caught:
        validate(graph)
    message = caught.value.message
    assert message.startswith(f"ontology file {ontology_copy / 'shapes.ttl'} cannot be parsed: ")
    assert "\n" not in message


def test_shapes_file_that_pyshacl_cannot_use(ontology_copy, graph):
    (ontology_copy / "shapes.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ppp: <https://w3id.org/graphkit/ppp#> .
<urn:s> a sh:NodeShape ; sh:targetClass ppp:Document ;
    sh:sparql [ sh:select "SELECT $this WHERE { VALUES ?x { 1 } }" ] .
"""
    )
    with pytest.raises(OntologyError) as caught:
        validate(graph)
    message = caught.value.message
    assert message.startswith(f"shapes file {ontology_copy / 'shapes.ttl'} cannot be used: ")
    assert "VALUES" in message


def test_unparsable_ontology_file(ontology_copy, graph):
    shutil.copy(ONTOLOGY / "shapes.ttl", ontology_copy / "shapes.ttl")
    (ontology_copy / "kinds.ttl").write_text("kind:arrests a skos:Concept .\n")  # prefixes not declared
    with pytest.raises(OntologyError, match=r"kinds\.ttl cannot be parsed"):
        validate(graph)


def test_shapes_and_ontology_are_parsed_once():
    validate_module.clear_cache()
    assert validate_module.shapes_graph() is validate_module.shapes_graph()
    assert validate_module.ontology_graph() is validate_module.ontology_graph()
    assert (KIND.arrests, RDF.type, SKOS.Concept) in validate_module.ontology_graph()


# --- cost --------------------------------------------------------------------------------------


def _alliance(members: int, *, hub_is_subject: bool) -> Graph:
    """A conforming graph of an alliance and its members: one relation with its evidence per member."""
    graph = Graph().parse(data=CONFORMING, format="turtle")
    hub = GKE.alliance
    graph.add((hub, RDF.type, PPP.Initiative))
    graph.add((hub, RDF.type, PPP.Organization))
    graph.add((hub, RDFS.label, Literal("Alliance")))
    for i in range(members):
        member = GKE[f"member{i}"]
        graph.add((member, RDF.type, PPP.Company))
        graph.add((member, RDF.type, PPP.Organization))
        graph.add((member, RDFS.label, Literal(f"Member {i}")))
        s, p, o = (hub, PPP.partnersWith, member) if hub_is_subject else (member, PPP.memberOf, hub)
        graph.add((s, p, o))
        evidence = GKV[f"m{i}"]
        for triple in ((RDF.type, PPP.Evidence), (RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p),
                       (RDF.object, o), (PROV.wasDerivedFrom, GKD.d1), (NIF.anchorOf, Literal("Binance")),
                       (NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)),
                       (NIF.endIndex, Literal(7, datatype=XSD.nonNegativeInteger)),
                       (NIF.referenceContext, GKD.d1), (PPP.confidence, Literal("0.8", datatype=XSD.decimal))):
            graph.add((evidence, *triple))
    return graph


@pytest.mark.parametrize("hub_is_subject", [False, True], ids=["members-of-a-hub", "partners-of-a-hub"])
def test_validation_is_linear_in_the_graph(monkeypatch, hub_is_subject):
    """Twice the members of an alliance, twice the work: the triples the validation reads grow with the graph.

    Each relation's evidence was looked up from the alliance's end, through all of its evidence
    (12 s for 500 members, 234 s for 3,000)."""
    read = [0]
    triples = validate_module._MixedGraph.triples

    def counted(self, pattern, *args, **kwargs):
        for triple in triples(self, pattern, *args, **kwargs):
            read[0] += 1
            yield triple

    monkeypatch.setattr(validate_module._MixedGraph, "triples", counted)
    cost = {}
    for members in (150, 600):
        read[0] = 0
        graph = _alliance(members, hub_is_subject=hub_is_subject)
        assert validate(graph).conforms
        cost[members] = read[0] / len(graph)
    assert cost[600] < 1.3 * cost[150], cost  # reads per triple stay the same (they grew 4-fold, with the members)
