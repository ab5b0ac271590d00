"""graphkit.analyze and `graphkit analyze`: the projection, centrality, communities,
public-private pairs, chains, exports, on a hand-built graph with known answers, the
seeds and a generated graph of more than 5,000 entities."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

import graphkit
from graphkit import analyze as an
from graphkit.cli import main
from graphkit.errors import QueryError

from .conftest import ROOT

SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
GENERATOR = ROOT / "benchmarks" / "generate.py"
E = "https://w3id.org/graphkit/entity/"

# A small graph following the contract. Its entity network (directions ignored):
#
#   hk_police - binance = interpol - ec3 - europol - jane        lonely   bybit
#                  |         |                                   (no relations)
#                atlas    serengeti - kenya
#                  |         |
#               group_ib ----+
#
# binance = interpol is two relations (partnersWith, stated both ways, and trains).
SMALL = """
@prefix ppp: <https://w3id.org/graphkit/ppp#> .
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
@prefix ex: <http://example.org/> .

ex:Exchange rdfs:subClassOf ppp:Company .

gkd:d1 a ppp:Document, nif:Context ; dcterms:identifier "001_a.txt" ; dcterms:language "en" .
gkd:d2 a ppp:Document, nif:Context ; dcterms:identifier "002_b.txt" ; dcterms:language "hi" .

gke:interpol a ppp:IntergovernmentalOrganization, ppp:Organization ;
    rdfs:label "INTERPOL"@en, "Interpol"@fr ; skos:altLabel "इंटरपोल"@hi, "Интерпол"@ru .
gke:europol a ppp:LawEnforcementAgency ; rdfs:label "Europol" ; skos:altLabel "police"@en .
gke:hk_police a ppp:LawEnforcementAgency ; rdfs:label "Hong Kong Police Force" ; skos:altLabel "Police"@en, "Hongkongs polis"@sv .
gke:ec3 a ppp:OrganizationalUnit ; rdfs:label "European Cybercrime Centre" ; skos:altLabel "EC3"@en .
gke:binance a ppp:Company ; rdfs:label "Binance" ; skos:altLabel "बिनेंस"@hi .
gke:group_ib a ppp:Company ; rdfs:label "Group-IB" .
gke:bybit a ex:Exchange ; rdfs:label "Bybit" .
gke:atlas a ppp:Initiative ; rdfs:label "Cybercrime Atlas" .
gke:serengeti a ppp:Operation ; rdfs:label "Operation Serengeti" .
gke:jane a ppp:Person ; rdfs:label "Jane Doe" .
gke:kenya a ppp:Country, ppp:Location ; rdfs:label "Kenya" .
gke:lonely a ppp:NonProfit .

gkd:m1 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:anchorOf "Binance" ; itsrdf:taIdentRef gke:binance .
gkd:m2 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:anchorOf "बिनेंस" ; itsrdf:taIdentRef gke:binance .
gkd:m3 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:anchorOf "INTERPOL" ; itsrdf:taIdentRef gke:interpol .
gkd:m4 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:anchorOf "operațiunii Serengeti" ; nif:beginIndex 40 ;
    nif:endIndex 61 ; itsrdf:taIdentRef gke:serengeti .
gkd:m5 a nif:Phrase ; nif:referenceContext gkd:d1 ; nif:anchorOf "Serengeti" ; nif:beginIndex 52 ;
    nif:endIndex 61 ; itsrdf:taIdentRef gke:serengeti .
gkd:m6 a nif:Phrase ; nif:referenceContext gkd:d2 ; nif:anchorOf "Serengeti" ; nif:beginIndex 52 ;
    nif:endIndex 61 ; itsrdf:taIdentRef gke:serengeti .

gke:binance ppp:partnersWith gke:interpol ; ppp:trains gke:interpol ; ppp:memberOf gke:atlas , ex:not_an_entity .
gke:interpol ppp:partnersWith gke:binance .
gke:group_ib ppp:memberOf gke:atlas ; ppp:participatedIn gke:serengeti .
gke:serengeti ppp:coordinatedBy gke:interpol ; ppp:targets gke:kenya .
gke:ec3 ppp:partOf gke:europol ; ppp:partnersWith gke:interpol .
gke:jane ppp:worksFor gke:europol .
gke:hk_police ppp:investigates gke:binance .

gkv:e1 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "Binance works with INTERPOL." ; ppp:confidence "0.9"^^xsd:decimal .
gkv:e2 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "बिनेंस और इंटरपोल साथ काम करते हैं।" ; ppp:confidence "0.7"^^xsd:decimal .
gkv:e3 a ppp:Evidence, rdf:Statement ; rdf:subject gke:interpol ; rdf:predicate ppp:partnersWith ; rdf:object gke:binance ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "INTERPOL partners with Binance." ; ppp:confidence "0.6"^^xsd:decimal .
gkv:e4 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:trains ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "Binance trained INTERPOL officers." ; ppp:confidence "0.8"^^xsd:decimal .
gkv:e5 a ppp:Evidence, rdf:Statement ; rdf:subject gke:binance ; rdf:predicate ppp:memberOf ; rdf:object gke:atlas ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "Binance joined the Cybercrime Atlas." ; ppp:confidence "0.7"^^xsd:decimal .
gkv:e6 a ppp:Evidence, rdf:Statement ; rdf:subject gke:group_ib ; rdf:predicate ppp:memberOf ; rdf:object gke:atlas ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "Group-IB is a member of the Cybercrime Atlas." ; ppp:confidence "0.5"^^xsd:decimal .
gkv:e7 a ppp:Evidence, rdf:Statement ; rdf:subject gke:group_ib ; rdf:predicate ppp:participatedIn ; rdf:object gke:serengeti ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "Group-IB took part in Operation Serengeti." ; ppp:confidence "0.75"^^xsd:decimal .
gkv:e8 a ppp:Evidence, rdf:Statement ; rdf:subject gke:serengeti ; rdf:predicate ppp:coordinatedBy ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "Operation Serengeti, coordinated by INTERPOL." ; ppp:confidence "0.85"^^xsd:decimal .
gkv:e9 a ppp:Evidence, rdf:Statement ; rdf:subject gke:serengeti ; rdf:predicate ppp:targets ; rdf:object gke:kenya ;
    prov:wasDerivedFrom gkd:d2 ; nif:anchorOf "Operation Serengeti in Kenya." ; ppp:confidence "0.6"^^xsd:decimal .
gkv:e10 a ppp:Evidence, rdf:Statement ; rdf:subject gke:ec3 ; rdf:predicate ppp:partOf ; rdf:object gke:europol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "EC3 of Europol." ; ppp:confidence "0.95"^^xsd:decimal .
gkv:e11 a ppp:Evidence, rdf:Statement ; rdf:subject gke:ec3 ; rdf:predicate ppp:partnersWith ; rdf:object gke:interpol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "EC3 and INTERPOL work together." ; ppp:confidence "0.65"^^xsd:decimal .
gkv:e12 a ppp:Evidence, rdf:Statement ; rdf:subject gke:jane ; rdf:predicate ppp:worksFor ; rdf:object gke:europol ;
    prov:wasDerivedFrom gkd:d1 ; nif:anchorOf "Jane Doe, Executive Director of Europol." ; ppp:confidence "0.8"^^xsd:decimal ;
    ppp:role "Executive Director" .
"""
# gke:hk_police ppp:investigates gke:binance has no evidence: evidence 0, confidence 0.0.

N = 12  # entities


@pytest.fixture(scope="module")
def small_graph() -> Graph:
    return Graph().parse(data=SMALL, format="turtle")


@pytest.fixture(scope="module")
def small(small_graph) -> nx.MultiDiGraph:
    return an.project(small_graph)


@pytest.fixture(scope="module")
def small_ttl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("small") / "small.ttl"
    path.write_text(SMALL, encoding="utf-8")
    return path


def e(name: str) -> str:
    return E + name


# --------------------------------------------------------------------------- projection


def test_projection_nodes(small):
    assert list(small.nodes) == sorted(small.nodes)
    assert small.number_of_nodes() == N
    assert small.nodes[e("interpol")] == {"label": "INTERPOL", "cls": "IntergovernmentalOrganization",
                                          "root": "Organization", "sector": "public", "mentions": 1}
    assert small.nodes[e("binance")] == {"label": "Binance", "cls": "Company", "root": "Organization",
                                         "sector": "private", "mentions": 2}
    # a unit takes the sector of the organization it is part of; a subclass declared in the graph its superclass's
    assert small.nodes[e("ec3")]["sector"] == "public"
    assert small.nodes[e("bybit")] == {"label": "Bybit", "cls": "Exchange", "root": "Organization",
                                       "sector": "private", "mentions": 0}
    assert small.nodes[e("atlas")]["sector"] == ""
    assert small.nodes[e("kenya")] == {"label": "Kenya", "cls": "Country", "root": "Location", "sector": "",
                                       "mentions": 0}
    assert small.nodes[e("lonely")]["label"] == "lonely"  # no label: the IRI's local name
    # a name nested in a longer mention of the same entity ("Serengeti" in "operațiunii Serengeti") is the same
    # occurrence: named once in d1, once in d2
    assert small.nodes[e("serengeti")]["mentions"] == 2


def test_projection_edges(small):
    edges = list(small.edges(keys=True, data=True))
    assert [(u, v, k) for u, v, k, _ in edges] == sorted((u, v, k) for u, v, k, _ in edges)
    assert small.number_of_edges() == 11
    # partnersWith stated both ways is one edge, smaller IRI first, with the evidence of both
    assert small.get_edge_data(e("binance"), e("interpol")) == {
        "partnersWith": {"predicate": "partnersWith", "evidence": 3, "confidence": 0.9},
        "trains": {"predicate": "trains", "evidence": 1, "confidence": 0.8},
    }
    assert not small.has_edge(e("interpol"), e("binance"))
    assert small.get_edge_data(e("hk_police"), e("binance")) == {
        "investigates": {"predicate": "investigates", "evidence": 0, "confidence": 0.0}}
    assert small.get_edge_data(e("jane"), e("europol"), "worksFor") == {
        "predicate": "worksFor", "evidence": 1, "confidence": 0.8}
    # no edge to something that is not an entity
    assert all(v.startswith(E) for _, v in small.edges())


def test_projection_of_a_store_and_of_rdflib_is_the_same(small, small_ttl):
    G = an.project(an.load(small_ttl))
    assert list(G.nodes(data=True)) == list(small.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(small.edges(keys=True, data=True))


def test_empty_graph():
    G = an.project(Graph())
    assert G.number_of_nodes() == 0
    assert an.centrality(G, "degree") == {} == an.centrality(G, "betweenness")
    assert an.communities(G) == {} and an.public_private_pairs(G) == []
    assert an.format_report(an.report(G), name="empty") == "empty: 0 entities, 0 relations linking 0 pairs; " \
                                                             "0 components, the largest of 0 entities, 0 alone\n"


# --------------------------------------------------------------------------- measures


def test_degree_centrality(small):
    degree = an.centrality(small, "degree")
    assert list(degree) == list(small.nodes)
    links = {"binance": 3, "interpol": 3, "serengeti": 3, "atlas": 2, "group_ib": 2, "ec3": 2, "europol": 2,
             "kenya": 1, "jane": 1, "hk_police": 1, "lonely": 0, "bybit": 0}
    assert degree == pytest.approx({e(k): v / (N - 1) for k, v in links.items()})


def test_betweenness_centrality(small):
    between = an.centrality(small, "betweenness")
    pairs = (N - 1) * (N - 2) / 2  # pairs of other entities
    # europol: jane to the 8 others; ec3: {jane, europol} to the 7 beyond; interpol: {jane, europol, ec3}
    # to the 6 beyond, and binance/hk_police to serengeti/kenya (shorter than round the Atlas)
    assert between[e("europol")] == pytest.approx(8 / pairs)
    assert between[e("ec3")] == pytest.approx(14 / pairs)
    assert between[e("interpol")] == pytest.approx(22 / pairs)
    assert between[e("jane")] == between[e("lonely")] == between[e("kenya")] == 0.0
    assert between == pytest.approx(nx.betweenness_centrality(nx.Graph(small.to_undirected())))


def test_betweenness_sampling_is_seeded(small):
    sampled = an.centrality(small, "betweenness", sample=4)
    assert sampled == an.centrality(small, "betweenness", sample=4)
    assert sampled != an.centrality(small, "betweenness")
    assert an.betweenness_sample(an.BETWEENNESS_SAMPLE) is None
    assert an.betweenness_sample(an.BETWEENNESS_SAMPLE + 1) == an.BETWEENNESS_SAMPLE
    # a sample as large as the component is exact
    assert an.centrality(small, "betweenness", sample=10) == an.centrality(small, "betweenness")


def test_unknown_measure(small):
    with pytest.raises(ValueError, match="pagerank"):
        an.centrality(small, "pagerank")


def test_communities(small):
    found = an.communities(small)
    assert list(found) == list(small.nodes)
    groups: dict[int, list[str]] = {}
    for node, index in found.items():
        groups.setdefault(index, []).append(node[len(E):])
    # the partition of highest modularity (0.376; found by trying every partition of the 10 linked entities),
    # numbered by size, then by smallest member; entities without relations alone
    assert groups == {
        0: ["atlas", "group_ib", "kenya", "serengeti"],
        1: ["binance", "hk_police", "interpol"],
        2: ["ec3", "europol", "jane"],
        3: ["bybit"],
        4: ["lonely"],
    }
    H = nx.Graph()  # the links, weighted by their relations
    for u, v in small.edges():
        H.add_edge(u, v, weight=H.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    parts = [{e(n) for n in members} for i, members in groups.items() if i < 3]
    assert nx.community.modularity(H, parts, weight="weight") == pytest.approx(0.376, abs=5e-4)


def test_communities_do_not_depend_on_the_hash_seed(small_ttl):
    code = ("import sys, json; from graphkit import analyze as an; G = an.project(an.load(sys.argv[1])); "
            "print(json.dumps([an.communities(G), an.centrality(G, 'betweenness', sample=5)]))")
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, str(small_ttl)], env=env, capture_output=True,
                              text=True, check=True, cwd=ROOT)
        outputs.add(done.stdout)
    assert len(outputs) == 1


# --------------------------------------------------------------------------- public-private pairs


def test_public_private_pairs(small, small_graph):
    pairs = an.public_private_pairs(small, small_graph)
    assert pairs == [
        an.Pair(e("interpol"), e("binance"), relations=2, evidence=4, predicates=("partnersWith", "trains"), shared=()),
        an.Pair(e("hk_police"), e("binance"), relations=1, evidence=0, predicates=("investigates",), shared=()),
        an.Pair(e("interpol"), e("group_ib"), relations=0, evidence=0, predicates=(), shared=(e("serengeti"),)),
    ]
    assert [p.via for p in pairs] == ["direct", "direct", "shared"]
    assert an.public_private_pairs(small, shared=False) == pairs[:2]


def test_sectors_come_from_the_ontology():
    from rdflib import URIRef

    from graphkit.ontology import class_sectors
    from graphkit.vocab import PPP

    sectors = class_sectors()
    assert sectors == {PPP.LawEnforcementAgency: "public", PPP.GovernmentAgency: "public",
                       PPP.IntergovernmentalOrganization: "public", PPP.Company: "private"}
    assert all(isinstance(k, URIRef) for k in sectors)


def test_pairs_need_sectors():
    G = nx.MultiDiGraph([("a", "b")])
    with pytest.raises(ValueError, match="sector"):
        an.public_private_pairs(G)


# --------------------------------------------------------------------------- chains


def test_shortest_chain_with_evidence(small, small_graph):
    steps = an.shortest_chain(small, small_graph, "Jane Doe", "Group-IB")
    assert [(s.source[len(E):], s.predicate, s.direction, s.target[len(E):]) for s in steps] == [
        ("jane", "worksFor", "forward", "europol"),
        ("europol", "partOf", "backward", "ec3"),
        ("ec3", "partnersWith", "symmetric", "interpol"),
        ("interpol", "coordinatedBy", "backward", "serengeti"),
        ("serengeti", "participatedIn", "backward", "group_ib"),
    ]
    assert (steps[1].subject, steps[1].object) == (e("ec3"), e("europol"))
    assert steps[0].evidence == (an.Evidence("Jane Doe, Executive Director of Europol.", "001_a.txt", 0.8,
                                             role="Executive Director"),)
    assert steps[0].source_label == "Jane Doe" and steps[-1].target_label == "Group-IB"
    assert steps[3].confidence == 0.85


def test_chain_picks_the_best_supported_relation(small, small_graph):
    (step,) = an.shortest_chain(small, small_graph, "इंटरपोल", "बिनेंस")
    assert (step.source, step.target, step.predicate, step.direction) == (
        e("interpol"), e("binance"), "partnersWith", "symmetric")
    # the evidence of both directions, most confident first
    assert [(ev.document, ev.confidence) for ev in step.evidence] == [
        ("001_a.txt", 0.9), ("002_b.txt", 0.7), ("001_a.txt", 0.6)]
    assert step.evidence[1].sentence == "बिनेंस और इंटरपोल साथ काम करते हैं।"


def test_chain_between_unlinked_or_equal_entities(small, small_graph):
    assert an.shortest_chain(small, small_graph, "Binance", "gke:lonely") == []
    assert an.shortest_chain(small, small_graph, "binance", E + "binance") == []


@pytest.mark.parametrize("name, expected", [
    ("INTERPOL", "interpol"), ("interpol", "interpol"), ("Интерпол", "interpol"), ("  hongkongs   POLIS ", "hk_police"),
    ("gke:ec3", "ec3"), (E + "kenya", "kenya"), ("\u092c\u093f\u0928\u0947\u0902\u0938", "binance"),
])
def test_resolve_entity(small, small_graph, name, expected):
    assert an.resolve_entity(small, small_graph, name) == e(expected)


def test_resolve_entity_errors(small, small_graph):
    with pytest.raises(QueryError, match=r"'police' names 2 entities: Europol \(gke:europol") as info:
        an.resolve_entity(small, small_graph, "police")
    assert "IRI" in info.value.hint
    with pytest.raises(QueryError, match="no entity of the graph is named 'Binanse'") as info:
        an.resolve_entity(small, small_graph, "Binanse")
    assert "'Binance'" in info.value.hint
    with pytest.raises(QueryError, match="not an entity"):
        an.resolve_entity(small, small_graph, "gke:nobody")
    with pytest.raises(QueryError, match="empty"):
        an.resolve_entity(small, small_graph, " ")


# --------------------------------------------------------------------------- exports


def _same(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    assert list(H.nodes) == list(G.nodes)
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))


def test_graphml_round_trip(small, tmp_path):
    path = an.write_graphml(small, tmp_path / "g.graphml")
    _same(small, nx.read_graphml(path, edge_key_type=str, force_multigraph=True))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_gexf_round_trip(small, tmp_path):
    H = nx.read_gexf(an.write_gexf(small, tmp_path / "g.gexf"))
    for _, _, data in H.edges(data=True):
        data.pop("id")  # GEXF's own edge ids
    _same(small, H)


def _read_csv(nodes: Path, edges: Path) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    with nodes.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            H.add_node(row.pop("id"), **{**row, "mentions": int(row["mentions"])})
    with edges.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            H.add_edge(row.pop("source"), row.pop("target"), key=row.pop("key"),
                       **{**row, "evidence": int(row["evidence"]), "confidence": float(row["confidence"])})
    return H


def test_csv_round_trip(small, tmp_path):
    nodes, edges = an.write_csv(small, tmp_path / "nodes.csv", tmp_path / "edges.csv")
    assert nodes.read_text(encoding="utf-8").splitlines()[0] == "id,label,cls,root,sector,mentions"
    assert edges.read_text(encoding="utf-8").splitlines()[0] == "source,target,key,predicate,evidence,confidence"
    _same(small, _read_csv(nodes, edges))


def test_exports_convert_none_lists_and_control_characters(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="bad\x0bchar", tags=["x", "y"], missing=None, weight=1.5, flag=True)
    G.add_node("b")
    G.add_edge("a", "b", key="k", note=None, ids=("1", "2"))
    H = nx.read_graphml(an.write_graphml(G, tmp_path / "g.graphml"), edge_key_type=str, force_multigraph=True)
    assert H.nodes["a"] == {"label": "bad\ufffdchar", "tags": "x; y", "weight": 1.5, "flag": True}
    assert H.get_edge_data("a", "b", "k") == {"ids": "1; 2"}
    H = nx.read_gexf(an.write_gexf(G, tmp_path / "g.gexf"))
    assert H.nodes["a"]["tags"] == "x; y" and "missing" not in H.nodes["a"]
    nodes, _ = an.write_csv(G, tmp_path / "n.csv", tmp_path / "e.csv")
    assert nodes.read_text(encoding="utf-8").split("\n") == ["id,label,flag,tags,weight", "a,bad\x0bchar,True,x; y,1.5",
                                                             "b,,,,", ""]


# --------------------------------------------------------------------------- report and CLI


def test_report_data(small):
    data = an.report(small, top=3)
    assert data["entities"] == N and data["relations"] == 11 and data["linked_pairs"] == 10
    assert data["classes"] == {"Organization": 8, "Person": 1, "Operation": 1, "Location": 1} or \
        sum(data["classes"].values()) == N
    assert data["components"] == {"count": 3, "largest": 10, "alone": 2}
    assert [r["label"] for r in data["degree"]] == ["Binance", "INTERPOL", "Operation Serengeti"]
    assert [r["label"] for r in data["betweenness"]["top"]] == ["INTERPOL", "European Cybercrime Centre", "Binance"]
    assert data["betweenness"]["method"] == "exact"
    assert [(g["index"], g["size"]) for g in data["communities"]["top"]] == [(0, 4), (1, 3), (2, 3)]
    assert data["public_private_pairs"][0]["via"] == "direct"


REPORT = """\
{path}: 12 entities, 11 relations linking 10 pairs; 3 components, the largest of 10 entities, 2 alone
  Organization 9, Person 1, Operation 1, Location 1

Most linked (degree centrality: the share of the other entities each is linked to)
  #  entity               class                          degree  links
  1  Binance              Company                        0.273   3
  2  INTERPOL             IntergovernmentalOrganization  0.273   3
  3  Operation Serengeti  Operation                      0.273   3

Brokers (betweenness centrality: the share of shortest paths through each; exact)
  #  entity                      class                          betweenness  links
  1  INTERPOL                    IntergovernmentalOrganization  0.400        3
  2  European Cybercrime Centre  OrganizationalUnit             0.255        2
  3  Binance                     Company                        0.218        3

Communities (Louvain, seed 0): 3 of 2 or more entities, 2 entities alone
  #  size  main members
  0  4     Operation Serengeti, Cybercrime Atlas, Group-IB, Kenya
  1  3     Binance, INTERPOL, Hong Kong Police Force
  2  3     European Cybercrime Centre, Europol, Jane Doe

Public-private pairs (by direct relations, then their evidence, then shared operations and initiatives)
  #  public                  private   relations  evidence  via     what links them
  1  INTERPOL                Binance   2          4         direct  partnersWith, trains
  2  Hong Kong Police Force  Binance   1          0         direct  investigates
  3  INTERPOL                Group-IB  0          0         shared  both in Operation Serengeti
"""


def test_cli_report(small_ttl):
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert result.output == REPORT.format(path=small_ttl)


def test_cli_json(small_ttl):
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--format", "json", "--top", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["graph"] == str(small_ttl)
    assert [r["id"] for r in data["degree"]] == [e("binance"), e("interpol")]
    assert data["public_private_pairs"][1] == {
        "public": {"id": e("hk_police"), "label": "Hong Kong Police Force", "cls": "LawEnforcementAgency"},
        "private": {"id": e("binance"), "label": "Binance", "cls": "Company"},
        "relations": 1, "evidence": 0, "predicates": ["investigates"], "shared": [], "via": "direct"}


CHAIN = """\
Jane Doe to Operation Serengeti: 4 steps
1. Jane Doe —worksFor→ Europol  (1 sentence)
     “Jane Doe, Executive Director of Europol.” (001_a.txt, confidence 0.8, role: Executive Director)
2. Europol ←partOf— European Cybercrime Centre  (1 sentence)
     “EC3 of Europol.” (001_a.txt, confidence 0.95)
3. European Cybercrime Centre —partnersWith— INTERPOL  (1 sentence)
     “EC3 and INTERPOL work together.” (001_a.txt, confidence 0.65)
4. INTERPOL ←coordinatedBy— Operation Serengeti  (1 sentence)
     “Operation Serengeti, coordinated by INTERPOL.” (002_b.txt, confidence 0.85)
"""


def test_cli_chain(small_ttl):
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--chain", "jane doe", "Operation Serengeti"])
    assert result.exit_code == 0, result.output
    assert result.output == CHAIN
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--chain", "gke:kenya", "Bybit", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == {
        "from": {"id": e("kenya"), "label": "Kenya", "cls": "Country"},
        "to": {"id": e("bybit"), "label": "Bybit", "cls": "Exchange"},
        "connected": False, "length": 0, "steps": []}
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--chain", "Kenya", "Bybit"])
    assert result.output == "no chain links Kenya and Bybit: they are in different components of the graph\n"


@pytest.mark.parametrize("args, code, message", [
    (["--chain", "Binance", "Nobody"], 2, "error: [E400] no entity of the graph is named 'Nobody'"),
    (["--chain", "police", "Binance"], 2, "error: [E400] 'police' names 2 entities"),
    (["--nodes-csv", "n.csv"], 2, "--nodes-csv and --edges-csv go together"),
    (["--top", "0"], 2, "Invalid value for '--top'"),
])
def test_cli_errors(small_ttl, args, code, message):
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), *args])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_missing_or_bad_graph(tmp_path):
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2 and "error: [E300]" in result.output and "Traceback" not in result.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(bad)])
    assert result.exit_code == 2 and "error: [E300]" in result.output


def test_cli_exports(small, small_ttl, tmp_path):
    out = {name: tmp_path / name for name in ("g.graphml", "g.gexf", "nodes.csv", "edges.csv")}
    result = CliRunner().invoke(main, ["analyze", str(small_ttl), "--graphml", str(out["g.graphml"]), "--gexf",
                                       str(out["g.gexf"]), "--nodes-csv", str(out["nodes.csv"]), "--edges-csv",
                                       str(out["edges.csv"])])
    assert result.exit_code == 0, result.output
    H = nx.read_graphml(out["g.graphml"], edge_key_type=str, force_multigraph=True)
    assert set(H.nodes[e("europol")]) == {"label", "cls", "root", "sector", "mentions", "degree", "betweenness",
                                          "community"}
    assert H.nodes[e("europol")]["betweenness"] == pytest.approx(8 / 55)
    assert H.nodes[e("jane")]["community"] == 2
    assert sorted(H.edges(keys=True)) == sorted(small.edges(keys=True))
    assert nx.read_gexf(out["g.gexf"]).number_of_edges() == 11
    assert out["nodes.csv"].read_text(encoding="utf-8").splitlines()[0] == \
        "id,label,cls,root,sector,mentions,betweenness,community,degree"
    assert f"graphml: {out['g.graphml']}" in result.output


def test_cli_help():
    result = CliRunner().invoke(main, ["analyze", "--help"])
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "graphkit analyze graph.ttl --chain Binance Europol" in text
    assert "sampled with a fixed seed" in text


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seeds_graph() -> Graph:
    return graphkit.build([SEEDS]).graph


@pytest.fixture(scope="module")
def seeds_net(seeds_graph) -> nx.MultiDiGraph:
    return an.project(seeds_graph)


def test_seeds_projection(seeds_net):
    assert seeds_net.number_of_nodes() == 54
    assert seeds_net.nodes[e("binance")]["sector"] == "private"
    assert seeds_net.nodes[e("europol-ec3")]["sector"] == "public"  # a unit of Europol
    edge = seeds_net.get_edge_data(e("binance"), e("interpol"))
    assert set(edge) == {"partnersWith", "trains"} and edge["partnersWith"]["evidence"] >= 2


def test_seeds_measures(seeds_net):
    degree = an.centrality(seeds_net, "degree")
    between = an.centrality(seeds_net, "betweenness")
    assert max(degree, key=lambda n: (degree[n], n)) == e("cybercrime-atlas")
    assert sorted(between, key=lambda n: (-between[n], n))[:3] == [e("cybercrime-atlas"), e("binance"), e("interpol")]
    groups = an.communities(seeds_net)
    assert groups[e("binance-fcc")] == groups[e("binance")]
    assert groups[e("interpol-cybercrime-directorate")] == groups[e("interpol")]


def test_seeds_pairs_and_chain(seeds_net, seeds_graph):
    pairs = an.public_private_pairs(seeds_net, seeds_graph)
    assert (pairs[0].public, pairs[0].private) == (e("interpol"), e("binance"))
    assert set(pairs[0].predicates) == {"partnersWith", "trains"}
    # names in Swedish and Hindi
    steps = an.shortest_chain(seeds_net, seeds_graph, "Hongkongs polis", "Byrån för cybersäkerhet och teknisk brottslighet")
    assert [s.predicate for s in steps] == ["partOf"]
    assert steps[0].evidence and all(ev.document.endswith(".txt") for ev in steps[0].evidence)
    steps = an.shortest_chain(seeds_net, seeds_graph, "बिनेंस", "NCFTA")
    assert [s.predicate for s in steps] == ["memberOf"]
    assert steps[0].evidence and all(ev.document.endswith(".txt") for ev in steps[0].evidence)


def test_seeds_exports_round_trip(seeds_net, tmp_path):
    _same(seeds_net, nx.read_graphml(an.write_graphml(seeds_net, tmp_path / "s.graphml"), edge_key_type=str,
                                     force_multigraph=True))
    H = nx.read_gexf(an.write_gexf(seeds_net, tmp_path / "s.gexf"))
    for _, _, data in H.edges(data=True):
        data.pop("id")
    _same(seeds_net, H)
    _same(seeds_net, _read_csv(*an.write_csv(seeds_net, tmp_path / "n.csv", tmp_path / "e.csv")))


def test_seeds_cli(seeds_graph, tmp_path):
    from graphkit.rdf import serialize

    path = tmp_path / "seeds.ttl"
    path.write_bytes(serialize(seeds_graph, "turtle"))
    result = CliRunner().invoke(main, ["analyze", str(path), "--top", "1"])
    assert result.exit_code == 0, result.output
    assert "54 entities" in result.output.splitlines()[0]
    assert "  1  INTERPOL  Binance" in result.output


# --------------------------------------------------------------------------- a generated graph of 5,000+ entities

#: Generator settings that give at least 5,000 entities (those of tests/test_browser.py).
BIG_TRIPLES, BIG_DOC_TRIPLES = 340_000, 10


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.nt"
    subprocess.run([sys.executable, str(GENERATOR), "--triples", str(BIG_TRIPLES), "--doc-triples",
                    str(BIG_DOC_TRIPLES), "--seed", "0", "-o", str(path)], check=True, cwd=ROOT, capture_output=True)
    source = an.load(path)
    started = time.perf_counter()
    G = an.project(source)
    projected = time.perf_counter()
    between = an.centrality(G, "betweenness")
    done = time.perf_counter()
    return source, G, between, projected - started, done - projected


def test_big_graph(big):
    source, G, between, project_time, betweenness_time = big
    assert G.number_of_nodes() >= 5000
    components = sorted((len(c) for c in nx.connected_components(nx.Graph(G.to_undirected()))), reverse=True)
    assert an.betweenness_sample(components[0]) == an.BETWEENNESS_SAMPLE
    # generous bounds on a shared machine; benchmarked figures are in the report
    assert project_time < 60 and betweenness_time < 60
    assert all(0.0 <= v <= 1.0 for v in between.values())
    top = sorted(between, key=lambda n: (-between[n], n))[:3]
    assert G.nodes[top[0]]["label"] in {"Binance", "INTERPOL", "Europol", "AFRIPOL"}
    groups = an.communities(G)
    assert set(groups.values()) == set(range(max(groups.values()) + 1))
    sizes = [list(groups.values()).count(i) for i in range(3)]
    assert sizes == sorted(sizes, reverse=True)
    pairs = an.public_private_pairs(G, source)
    assert pairs and pairs[0].relations >= 1
    steps = an.shortest_chain(G, source, top[0], top[1])
    assert 1 <= len(steps) <= 3 and all(step.evidence for step in steps)
    text = an.format_report(an.report(G, betweenness=between, community=groups, pairs=pairs), name="big")
    assert "estimated from 100 sources sampled in each component larger than that, seed 0" in text


def test_report_tables_align_wide_scripts_by_display_width():
    """Han and Hangul (here decomposed, as some systems write it) line up as a terminal shows them."""
    import unicodedata

    from graphkit.columns import width

    hangul = unicodedata.normalize("NFD", "경찰청")
    graph = Graph().parse(data=f"""
        @prefix ppp: <https://w3id.org/graphkit/ppp#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix gke: <https://w3id.org/graphkit/entity/> .
        gke:a a ppp:LawEnforcementAgency ; rdfs:label "{hangul}" .
        gke:b a ppp:LawEnforcementAgency ; rdfs:label "東京都警察" .
        gke:c a ppp:Company ; rdfs:label "Binance" .
        gke:a ppp:partnersWith gke:b . gke:b ppp:partnersWith gke:c .
        """, format="turtle")
    G = an.project(graph)
    lines = an.format_report(an.report(G, top=3), name="g").splitlines()
    table = lines[lines.index("Most linked (degree centrality: the share of the other entities each is linked to)") + 1:][:4]
    assert [line.split()[1] for line in table] == ["entity", "東京都警察", hangul, "Binance"]
    columns = {width(line[:line.index(word)]) for line, word in zip(table, ["class", "LawEnforcementAgency",
                                                                             "LawEnforcementAgency", "Company"])}
    assert columns == {17}


# --------------------------------------------------------------------------- what `graphkit analyze` runs


def test_run_gives_the_report_the_chain_and_writes_the_exports(small_graph, small_ttl, tmp_path):
    from graphkit.analyze.command import run

    G = an.project(small_graph)
    outcome = run(small_ttl, top=3)
    expected = an.report(G, top=3, pairs=an.public_private_pairs(G, small_graph))
    assert outcome.text == an.format_report(expected, name=str(small_ttl)) and outcome.written == ()
    assert json.loads(run(small_graph, fmt="json", top=3).text) == {"graph": "graph", **expected}
    chain = run(small_ttl, chain=("Hong Kong Police Force", "Europol"))
    assert chain.text.startswith("Hong Kong Police Force to Europol: 4 steps")
    nodes, edges = tmp_path / "n.csv", tmp_path / "e.csv"
    written = run(small_ttl, graphml=tmp_path / "g.graphml", nodes_csv=nodes, edges_csv=edges)
    assert written.written == (("graphml", (str(tmp_path / "g.graphml"),)), ("csv", (str(nodes), str(edges))))
    assert "betweenness" in nodes.read_text(encoding="utf-8").splitlines()[0]


def test_run_refuses_what_the_command_line_refuses(small_ttl):
    from graphkit.analyze.command import run
    from graphkit.errors import InputError

    with pytest.raises(ValueError, match="fmt = 'xml' is invalid"):
        run(small_ttl, fmt="xml")
    with pytest.raises(ValueError, match="go together"):
        run(small_ttl, nodes_csv="n.csv")
    with pytest.raises(ValueError, match="only one export can go to standard output"):
        run(small_ttl, graphml="-", gexf="-")
    with pytest.raises(InputError, match="is an input"):
        run(small_ttl, graphml=small_ttl)


def test_occurrences_of_an_entity_named_thousands_of_times_in_one_text_are_counted_at_once():
    # every phrase was compared with every other of its entity in the text: 20,000 names took minutes
    from rdflib import URIRef
    from rdflib.namespace import XSD
    from rdflib import Literal

    from graphkit.terms import occurrences
    from graphkit.vocab import ITSRDF, NIF

    g = Graph()
    doc, entity = URIRef("https://example.org/doc/a.txt"), URIRef("https://example.org/e/europol")
    spans = [(16 * i, 16 * i + 7) for i in range(20000)]   # "Europol helped. " said 20,000 times
    spans += [(16 * i, 16 * i + 3) for i in range(0, 20000, 2)]  # and 10,000 nested in them
    spans += [(5, 30), (5, 30)]                            # one across two, written twice: one more
    for b, e in spans:
        phrase = URIRef(f"{doc}#char={b},{e}")
        g.add((phrase, ITSRDF.taIdentRef, entity))
        g.add((phrase, NIF.beginIndex, Literal(b, datatype=XSD.nonNegativeInteger)))
        g.add((phrase, NIF.endIndex, Literal(e, datatype=XSD.nonNegativeInteger)))
        g.add((phrase, NIF.referenceContext, doc))
    start = time.perf_counter()
    count = occurrences(g, {entity})
    assert count[entity] == 20000 + 1 - 1  # (16, 23) lies inside (5, 30); (5, 30) is in none
    assert time.perf_counter() - start < 5.0
