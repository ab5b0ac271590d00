"""The ontology (ppp.ttl, kinds.ttl) agrees with graphkit.vocab, and the named queries work."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery

from graphkit import vocab
from graphkit.validate import validate
from graphkit.vocab import KIND, PPP

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
QUERIES = sorted((ONTOLOGY / "queries").glob("*.rq"))
PPP_NS = str(PPP._NS)
KIND_NS = str(KIND._NS)
ENTITY = "https://w3id.org/graphkit/entity/"


def _terms(namespace_class: type) -> set[str]:
    """The local names a DefinedNamespace class declares."""
    return set(namespace_class.__annotations__)


def _local(node: object, namespace: str) -> str | None:
    text = str(node)
    return text[len(namespace):] if isinstance(node, URIRef) and text.startswith(namespace) else None


@pytest.fixture(scope="module")
def ppp() -> Graph:
    return Graph().parse(ONTOLOGY / "ppp.ttl", format="turtle")


@pytest.fixture(scope="module")
def kinds() -> Graph:
    return Graph().parse(ONTOLOGY / "kinds.ttl", format="turtle")


# --- ppp.ttl ------------------------------------------------------------------------------------


def test_vocab_term_lists_match_their_classes():
    assert set(vocab.RELATIONS) <= _terms(PPP)
    assert set(vocab.SCORED_CLASSES) <= _terms(PPP)
    assert set(vocab.KINDS) == _terms(KIND) - {"Scheme"}


def test_every_ppp_term_is_declared_and_nothing_else(ppp):
    declared = {_local(s, PPP_NS) for s in ppp.subjects(RDF.type, None)} - {None}
    subjects = {_local(s, PPP_NS) for s in ppp.subjects()} - {None}
    assert declared == _terms(PPP)
    assert subjects == _terms(PPP)


def test_no_file_of_the_ontology_uses_an_undeclared_ppp_or_kind_term():
    used: dict[str, set[str]] = {}
    for path in [*ONTOLOGY.glob("*.ttl"), *QUERIES]:
        text = path.read_text(encoding="utf-8")
        used[path.name] = set(re.findall(r"\bppp:(\w+)", text)) | set(re.findall(r"\bkind:(\w+)", text))
    unknown = {name: terms - _terms(PPP) - _terms(KIND) for name, terms in used.items()}
    assert {name: terms for name, terms in unknown.items() if terms} == {}


def test_ontology_header(ppp):
    onto = URIRef("https://w3id.org/graphkit/ppp")
    assert (onto, RDF.type, OWL.Ontology) in ppp
    assert ppp.value(onto, DCTERMS.title) is not None
    assert ppp.value(onto, DCTERMS.description) is not None
    assert str(ppp.value(onto, OWL.versionInfo)) == "0.1.0"


def test_every_term_has_an_english_label_and_comment(ppp):
    for name in _terms(PPP):
        term = PPP[name]
        labels = [o for o in ppp.objects(term, RDFS.label) if o.language == "en"]
        comments = [o for o in ppp.objects(term, RDFS.comment) if o.language == "en"]
        assert len(labels) == 1, name
        assert len(comments) == 1, name


CLASS_PARENTS = {
    "Organization": None, "Person": None, "Operation": None, "Location": None,
    "LawEnforcementAgency": "Organization", "GovernmentAgency": "Organization",
    "IntergovernmentalOrganization": "Organization", "Company": "Organization",
    "NonProfit": "Organization", "Initiative": "Organization",
    "OrganizationalUnit": "Organization", "Media": "Organization",
    "Country": "Location", "Region": "Location", "City": "Location", "AdministrativeArea": "Location",
    "Document": None, "Evidence": None, "Figure": None,
    "Decision": None, "RejectEntity": "Decision", "RejectRelation": "Decision", "Merge": "Decision",
    "Rename": "Decision", "AddRelation": "Decision", "RemovedStatement": None, "AddedStatement": None,
}


def test_class_tree(ppp):
    classes = {_local(c, PPP_NS) for c in ppp.subjects(RDF.type, OWL.Class)} - {None}
    assert classes == set(CLASS_PARENTS)
    for name, parent in CLASS_PARENTS.items():
        ppp_parents = {_local(o, PPP_NS) for o in ppp.objects(PPP[name], RDFS.subClassOf)} - {None}
        assert ppp_parents == ({parent} if parent else set()), name


def test_every_class_reaches_a_scored_class_or_is_provenance(ppp):
    scored = {PPP[name] for name in vocab.SCORED_CLASSES}
    provenance = {PPP.Document, PPP.Evidence, PPP.Figure, PPP.Decision, PPP.RejectEntity, PPP.RejectRelation,
                  PPP.Merge, PPP.Rename, PPP.AddRelation, PPP.RemovedStatement, PPP.AddedStatement}
    for cls in ppp.subjects(RDF.type, OWL.Class):
        if not isinstance(cls, URIRef):
            continue  # the owl:unionOf class expressions
        ancestors = set(ppp.transitive_objects(cls, RDFS.subClassOf))
        assert len(ancestors & scored) == 1 or cls in provenance, cls
        if cls in provenance:
            assert not ancestors & scored, cls


def test_scored_classes_are_pairwise_disjoint(ppp):
    scored = [PPP[name] for name in vocab.SCORED_CLASSES]
    for a in scored:
        for b in scored:
            if a != b:
                assert (a, OWL.disjointWith, b) in ppp, (a, b)


def test_alignments(ppp):
    org = "http://www.w3.org/ns/org#"
    schema = "https://schema.org/"
    assert (PPP.Organization, RDFS.subClassOf, URIRef(org + "Organization")) in ppp
    assert (PPP.Organization, RDFS.subClassOf, URIRef(schema + "Organization")) in ppp
    assert (PPP.OrganizationalUnit, RDFS.subClassOf, URIRef(org + "OrganizationalUnit")) in ppp
    assert (PPP.Evidence, RDFS.subClassOf, RDF.Statement) in ppp
    assert (PPP.Evidence, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in ppp
    assert (PPP.Document, RDFS.subClassOf, URIRef(schema + "CreativeWork")) in ppp
    assert (PPP.memberOf, RDFS.subPropertyOf, URIRef(org + "memberOf")) in ppp
    assert (PPP.worksFor, RDFS.subPropertyOf, URIRef(schema + "worksFor")) in ppp


RELATION_SIGNATURES = {
    "memberOf": ("Organization", "Organization"),
    "partnersWith": ("Organization", "Organization"),
    "worksFor": ("Person", "Organization"),
    "partOf": ("Organization", "Organization"),
    "coordinatedBy": ("Operation", "Organization"),
    "participatedIn": ("Organization", "Operation"),
    "targets": ("Operation", "Location"),
    "locatedIn": (("Organization", "Operation"), "Location"),
    "launchedBy": ("Organization", "Organization"),
    "investigates": ("Organization", "Organization"),
    "supports": ("Organization", "Organization"),
    "trains": ("Organization", "Organization"),
}


def _class_expression(graph: Graph, node: object) -> str | tuple[str, ...]:
    """A named ppp: class as its local name, an owl:unionOf as a tuple of local names."""
    if isinstance(node, BNode):
        members = Collection(graph, graph.value(node, OWL.unionOf))
        return tuple(_local(m, PPP_NS) for m in members)
    return _local(node, PPP_NS)


def test_relation_domains_and_ranges_follow_the_contract(ppp):
    assert set(RELATION_SIGNATURES) == set(vocab.RELATIONS)
    for name, (domain, range_) in RELATION_SIGNATURES.items():
        prop = PPP[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in ppp, name
        domains = [_class_expression(ppp, d) for d in ppp.objects(prop, RDFS.domain)]
        ranges = [_class_expression(ppp, r) for r in ppp.objects(prop, RDFS.range)]
        assert domains == [domain], name
        assert ranges == [range_], name
    symmetric = {_local(p, PPP_NS) for p in ppp.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == {"partnersWith"}


def test_data_properties(ppp):
    datatype = {_local(p, PPP_NS) for p in ppp.subjects(RDF.type, OWL.DatatypeProperty)}
    assert datatype == {"confidence", "role", "method", "value", "unit", "sourcePath", "contentHash", "startDate", "endDate",
                        "country", "seat", "newLabel", "reason", "notApplied"}
    assert ppp.value(PPP.confidence, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert ppp.value(PPP.value, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    assert ppp.value(PPP.kind, RDFS.domain) == PPP.Figure
    assert ppp.value(PPP.kind, RDFS.range) == SKOS.Concept
    assert _class_expression(ppp, ppp.value(PPP.about, RDFS.range)) == vocab.SCORED_CLASSES
    assert ppp.value(PPP.contentHash, RDFS.domain) == PPP.Document


# --- kinds.ttl ----------------------------------------------------------------------------------


def test_every_kind_is_declared_and_nothing_else(kinds):
    subjects = {_local(s, KIND_NS) for s in kinds.subjects()} - {None}
    assert subjects == _terms(KIND)
    assert (KIND.Scheme, RDF.type, SKOS.ConceptScheme) in kinds
    concepts = {_local(c, KIND_NS) for c in kinds.subjects(RDF.type, SKOS.Concept)}
    assert concepts == set(vocab.KINDS)


def test_every_kind_is_a_top_concept_with_label_and_definition(kinds):
    for name in vocab.KINDS:
        concept = KIND[name]
        assert (concept, SKOS.inScheme, KIND.Scheme) in kinds, name
        assert (concept, SKOS.topConceptOf, KIND.Scheme) in kinds, name
        assert (KIND.Scheme, SKOS.hasTopConcept, concept) in kinds, name
        assert len([o for o in kinds.objects(concept, SKOS.prefLabel) if o.language == "en"]) == 1, name
        assert len([o for o in kinds.objects(concept, SKOS.definition) if o.language == "en"]) == 1, name
    definition = kinds.value(KIND.amount_disrupted, SKOS.definition)
    assert str(definition) == "Value of criminal activity disrupted or illicit funds blocked."


# --- named queries ------------------------------------------------------------------------------

EXPECTED_QUERIES = {"partners", "members", "operations", "people", "evidence", "entities", "figures", "chain", "timeline",
                    "claims", "curation", "extracted"}
PARAM_LINE = re.compile(r"^# param: (\w+) — \S.*$")


def test_the_named_queries_exist():
    assert {q.stem for q in QUERIES} == EXPECTED_QUERIES


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_header_and_parameters(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert re.match(r"^# \S.{10,}$", lines[0]), "first line must be '# <description>'"
    params = []
    for line in lines[1:]:
        if not line.startswith("# param:"):
            break
        match = PARAM_LINE.match(line)
        assert match, f"malformed parameter line: {line!r}"
        params.append(match.group(1))
    body = "\n".join(lines[1 + len(params):])
    for name in params:
        assert re.search(rf"\?{name}\b", body), f"parameter {name} is not a variable of the query"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_parses_in_both_engines(path):
    text = path.read_text(encoding="utf-8")
    prepareQuery(text)
    assert list(ox.Store().query(text)) == []


# A small graph written by hand, following the contract. The texts:
# 001 (fr): "Binance collabore avec Interpol. Binance a formé 30 agents d'Interpol."
# 002 (en): "Operation HAECHI, coordinated by Interpol, led to 1,209 arrests and USD 97 million seized.
#            Interpol and Europol work together. Jane Doe, Director of Cybercrime at Interpol, said
#            Binance and Interpol joined the Cybercrime Atlas."   (one line, single spaces)
GRAPH = """
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

gkd:d1 a ppp:Document, nif:Context ; dcterms:identifier "001_e8e737de296aae96.txt" ; dcterms:language "fr" .
gkd:d2 a ppp:Document, nif:Context ; dcterms:identifier "002_c4961fa566e269b9.txt" ; dcterms:language "en" .

gke:binance a ppp:Company ; rdfs:label "Binance" ; skos:altLabel "Binance"@fr .
gke:interpol a ppp:LawEnforcementAgency ; rdfs:label "Interpol" ; skos:altLabel "Interpol"@fr .
gke:europol a ppp:LawEnforcementAgency ; rdfs:label "Europol" .
gke:atlas a ppp:Initiative ; rdfs:label "Cybercrime Atlas" .
gke:haechi a ppp:Operation ; rdfs:label "Operation HAECHI" .
gke:jane_doe a ppp:Person ; rdfs:label "Jane Doe" .

gkd:d1_0 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger ; nif:anchorOf "Binance" ; itsrdf:taIdentRef gke:binance .
gkd:d1_23 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:beginIndex "23"^^xsd:nonNegativeInteger ; nif:endIndex "31"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d1_33 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:beginIndex "33"^^xsd:nonNegativeInteger ; nif:endIndex "40"^^xsd:nonNegativeInteger ; nif:anchorOf "Binance" ; itsrdf:taIdentRef gke:binance .
gkd:d1_61 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:beginIndex "61"^^xsd:nonNegativeInteger ; nif:endIndex "69"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d2_0 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "16"^^xsd:nonNegativeInteger ; nif:anchorOf "Operation HAECHI" ; itsrdf:taIdentRef gke:haechi .
gkd:d2_33 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "33"^^xsd:nonNegativeInteger ; nif:endIndex "41"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d2_91 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "91"^^xsd:nonNegativeInteger ; nif:endIndex "99"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d2_104 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "104"^^xsd:nonNegativeInteger ; nif:endIndex "111"^^xsd:nonNegativeInteger ; nif:anchorOf "Europol" ; itsrdf:taIdentRef gke:europol .
gkd:d2_127 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "127"^^xsd:nonNegativeInteger ; nif:endIndex "135"^^xsd:nonNegativeInteger ; nif:anchorOf "Jane Doe" ; itsrdf:taIdentRef gke:jane_doe .
gkd:d2_163 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "163"^^xsd:nonNegativeInteger ; nif:endIndex "171"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d2_178 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "178"^^xsd:nonNegativeInteger ; nif:endIndex "185"^^xsd:nonNegativeInteger ; nif:anchorOf "Binance" ; itsrdf:taIdentRef gke:binance .
gkd:d2_190 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "190"^^xsd:nonNegativeInteger ; nif:endIndex "198"^^xsd:nonNegativeInteger ; nif:anchorOf "Interpol" ; itsrdf:taIdentRef gke:interpol .
gkd:d2_210 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:beginIndex "210"^^xsd:nonNegativeInteger ; nif:endIndex "226"^^xsd:nonNegativeInteger ; nif:anchorOf "Cybercrime Atlas" ; itsrdf:taIdentRef gke:atlas .

gke:binance ppp:partnersWith gke:interpol ; ppp:memberOf gke:atlas ; ppp:trains gke:interpol .
gke:interpol ppp:partnersWith gke:europol ; ppp:memberOf gke:atlas .
gke:haechi ppp:coordinatedBy gke:interpol .
gke:jane_doe ppp:worksFor gke:interpol .

gkv:e1 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:referenceContext gkd:d1 ; nif:anchorOf "Binance collabore avec Interpol." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "32"^^xsd:nonNegativeInteger ; ppp:confidence "0.8"^^xsd:decimal .
gkv:e2 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:referenceContext gkd:d1 ; nif:anchorOf "Binance a formé 30 agents d'Interpol." ;
    nif:beginIndex "33"^^xsd:nonNegativeInteger ; nif:endIndex "70"^^xsd:nonNegativeInteger ; ppp:confidence "0.5"^^xsd:decimal .
gkv:e3 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:trains ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:referenceContext gkd:d1 ; nif:anchorOf "Binance a formé 30 agents d'Interpol." ;
    nif:beginIndex "33"^^xsd:nonNegativeInteger ; nif:endIndex "70"^^xsd:nonNegativeInteger ; ppp:confidence "0.7"^^xsd:decimal .
# written in the other direction: ppp:partnersWith is symmetric
gkv:e4 a ppp:Evidence, rdf:Statement ; rdf:subject gke:europol ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d2 ; nif:referenceContext gkd:d2 ; nif:anchorOf "Interpol and Europol work together." ;
    nif:beginIndex "91"^^xsd:nonNegativeInteger ; nif:endIndex "126"^^xsd:nonNegativeInteger ; ppp:confidence "0.7"^^xsd:decimal .
gkv:e5 a ppp:Evidence, rdf:Statement ; rdf:subject gke:haechi ; rdf:predicate ppp:coordinatedBy ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d2 ; nif:referenceContext gkd:d2 ; nif:anchorOf "Operation HAECHI, coordinated by Interpol, led to 1,209 arrests and USD 97 million seized." ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "90"^^xsd:nonNegativeInteger ; ppp:confidence "0.9"^^xsd:decimal .
gkv:e6 a ppp:Evidence, rdf:Statement ; rdf:subject gke:jane_doe ; rdf:predicate ppp:worksFor ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d2 ; nif:referenceContext gkd:d2 ; nif:anchorOf "Jane Doe, Director of Cybercrime at Interpol, said Binance and Interpol joined the Cybercrime Atlas." ;
    nif:beginIndex "127"^^xsd:nonNegativeInteger ; nif:endIndex "227"^^xsd:nonNegativeInteger ; ppp:confidence "0.85"^^xsd:decimal ;
    ppp:role "Director of Cybercrime" .
gkv:e7 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:memberOf ; rdf:object gke:atlas ;
    prov:wasDerivedFrom gkd:d2 ; nif:referenceContext gkd:d2 ; nif:anchorOf "Jane Doe, Director of Cybercrime at Interpol, said Binance and Interpol joined the Cybercrime Atlas." ;
    nif:beginIndex "127"^^xsd:nonNegativeInteger ; nif:endIndex "227"^^xsd:nonNegativeInteger ; ppp:confidence "0.6"^^xsd:decimal .
gkv:e8 a ppp:Evidence, rdf:Statement ; rdf:subject gke:interpol ; rdf:predicate ppp:memberOf ; rdf:object gke:atlas ;
    prov:wasDerivedFrom gkd:d2 ; nif:referenceContext gkd:d2 ; nif:anchorOf "Jane Doe, Director of Cybercrime at Interpol, said Binance and Interpol joined the Cybercrime Atlas." ;
    nif:beginIndex "127"^^xsd:nonNegativeInteger ; nif:endIndex "227"^^xsd:nonNegativeInteger ; ppp:confidence "0.6"^^xsd:decimal .

gkf:f1 a ppp:Figure ; ppp:kind kind:arrests ; ppp:value "1209"^^xsd:decimal ; ppp:about gke:haechi ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "1,209 arrests" .
gkf:f2 a ppp:Figure ; ppp:kind kind:amount_seized ; ppp:value "97000000"^^xsd:decimal ; ppp:unit "USD" ; ppp:about gke:haechi ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "USD 97 million" .
gkf:f3 a ppp:Figure ; ppp:kind kind:participants ; ppp:value "30"^^xsd:decimal ; ppp:about gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "30 agents" .
"""

D1, D2 = "001_e8e737de296aae96.txt", "002_c4961fa566e269b9.txt"
E2_SENTENCE = "Binance a formé 30 agents d'Interpol."


def _short(value: str | None) -> str | None:
    """Entity, ppp: and kind: IRIs as short names, so that expected rows stay readable."""
    if value is None:
        return None
    for namespace, prefix in ((ENTITY, "gke:"), (PPP_NS, "ppp:"), (KIND_NS, "kind:")):
        if value.startswith(namespace):
            return prefix + value[len(namespace):]
    return value


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(data=GRAPH, format="turtle")


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.load(GRAPH.encode("utf-8"), ox.RdfFormat.TURTLE)
    return store


def run_both(graph: Graph, store: ox.Store, name: str, **params: str) -> list[tuple]:
    """Rows of a named query from rdflib and Oxigraph; they must agree."""
    text = (ONTOLOGY / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    rdflib_rows = [
        tuple(_short(None if term is None else str(term)) for term in row)
        for row in graph.query(text, initBindings={k: URIRef(v) for k, v in params.items()})
    ]
    substitutions = {ox.Variable(k): ox.NamedNode(v) for k, v in params.items()}
    ox_rows = [
        tuple(_short(None if term is None else term.value) for term in row)
        for row in store.query(text, substitutions=substitutions)
    ]
    assert rdflib_rows == ox_rows
    return rdflib_rows


def test_the_query_graph_follows_the_contract(graph):
    result = validate(graph)
    assert result.report == "Conforms: the graph follows the output contract."


def test_partners(graph, store):
    assert run_both(graph, store, "partners") == [
        ("gke:binance", "Binance", "gke:interpol", "Interpol", "2"),
        ("gke:europol", "Europol", "gke:interpol", "Interpol", "1"),
        ("gke:interpol", "Interpol", "gke:binance", "Binance", "2"),
        ("gke:interpol", "Interpol", "gke:europol", "Europol", "1"),
    ]
    assert run_both(graph, store, "partners", org=ENTITY + "europol") == [
        ("gke:europol", "Europol", "gke:interpol", "Interpol", "1"),
    ]


def test_members(graph, store):
    expected = [
        ("gke:atlas", "Cybercrime Atlas", "gke:binance", "Binance", "1"),
        ("gke:atlas", "Cybercrime Atlas", "gke:interpol", "Interpol", "1"),
    ]
    assert run_both(graph, store, "members") == expected
    assert run_both(graph, store, "members", alliance=ENTITY + "atlas") == expected
    assert run_both(graph, store, "members", alliance=ENTITY + "interpol") == []


def test_operations(graph, store):
    f = "https://w3id.org/graphkit/figure/"
    expected = [
        ("gke:haechi", "Operation HAECHI", "Interpol", D2, f + "f2", "kind:amount_seized", "97000000", "USD", D2),
        ("gke:haechi", "Operation HAECHI", "Interpol", D2, f + "f1", "kind:arrests", "1209", None, D2),
    ]
    assert run_both(graph, store, "operations") == expected
    assert run_both(graph, store, "operations", operation=ENTITY + "haechi") == expected


def test_people(graph, store):
    assert run_both(graph, store, "people") == [
        ("gke:jane_doe", "Jane Doe", "gke:interpol", "Interpol", "Director of Cybercrime"),
    ]


def test_evidence(graph, store):
    rows = run_both(graph, store, "evidence")
    assert len(rows) == 8
    rows = run_both(graph, store, "evidence", subject=ENTITY + "binance", object=ENTITY + "interpol")
    ev = "https://w3id.org/graphkit/evidence/"
    assert rows == [
        ("gke:binance", "Binance", "ppp:partnersWith", "gke:interpol", "Interpol",
         "Binance collabore avec Interpol.", D1, "0.8", ev + "e1"),
        ("gke:binance", "Binance", "ppp:partnersWith", "gke:interpol", "Interpol", E2_SENTENCE, D1, "0.5", ev + "e2"),
        ("gke:binance", "Binance", "ppp:trains", "gke:interpol", "Interpol", E2_SENTENCE, D1, "0.7", ev + "e3"),
    ]
    assert [row[2] for row in run_both(graph, store, "evidence", object=ENTITY + "atlas")] == ["ppp:memberOf"] * 2


def test_entities(graph, store):
    assert run_both(graph, store, "entities") == [
        ("gke:interpol", "ppp:LawEnforcementAgency", "Interpol", "6"),
        ("gke:binance", "ppp:Company", "Binance", "3"),
        ("gke:atlas", "ppp:Initiative", "Cybercrime Atlas", "1"),
        ("gke:europol", "ppp:LawEnforcementAgency", "Europol", "1"),
        ("gke:jane_doe", "ppp:Person", "Jane Doe", "1"),
        ("gke:haechi", "ppp:Operation", "Operation HAECHI", "1"),
    ]
    assert [row[0] for row in run_both(graph, store, "entities", type=PPP_NS + "LawEnforcementAgency")] == [
        "gke:interpol", "gke:europol",
    ]


def test_figures(graph, store):
    f = "https://w3id.org/graphkit/figure/"
    assert run_both(graph, store, "figures") == [
        (f + "f3", "kind:participants", "30", None, "gke:interpol", "Interpol", "30 agents", D1),
        (f + "f2", "kind:amount_seized", "97000000", "USD", "gke:haechi", "Operation HAECHI", "USD 97 million", D2),
        (f + "f1", "kind:arrests", "1209", None, "gke:haechi", "Operation HAECHI", "1,209 arrests", D2),
    ]
    assert len(run_both(graph, store, "figures", kind=KIND_NS + "arrests")) == 1


def test_queries_ignore_the_ontology_when_it_is_loaded_with_the_graph(graph, store):
    """A store holding the ontology too lists the same entities: classes are not entities."""
    both = Graph()
    both += graph
    both.parse(ONTOLOGY / "ppp.ttl", format="turtle")
    both.parse(ONTOLOGY / "kinds.ttl", format="turtle")
    text = (ONTOLOGY / "queries" / "entities.rq").read_text(encoding="utf-8")
    assert len(list(both.query(text))) == 6
    assert Literal("Interpol") in {row[2] for row in both.query(text)}


def test_iris_give_the_same_terms_as_vocab_as_strings():
    from graphkit import iris

    for plain, defined in ((iris.PPP, PPP), (iris.KIND, KIND), (iris.NIF, vocab.NIF), (iris.ITSRDF, vocab.ITSRDF)):
        assert set(plain.names) == _terms(defined)
        for name in plain.names:
            assert plain[name] == str(defined[name]) and type(plain[name]) is str
    assert iris.PPP.memberOf == str(PPP.memberOf)
    assert (iris.ENTITY, iris.DOC, iris.CURATION) == (str(vocab.ENTITY), str(vocab.DOC), str(vocab.CURATION))
    assert vocab.PREFIXES["ppp"] == str(PPP._NS) == iris.PPP.ns


@pytest.mark.parametrize("name", ["Organisation", "memberof", "", "Organization "])
def test_a_term_no_vocabulary_declares_is_an_error_as_a_string_too(name):
    from graphkit import iris

    with pytest.raises(AttributeError, match="not in namespace"):
        iris.PPP[name]
    with pytest.raises(AttributeError):
        PPP[name]
