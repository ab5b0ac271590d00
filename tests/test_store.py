"""SPARQL through pyoxigraph: loading, prefixes, named queries, errors, result formats."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef

from graphkit.errors import GraphFileError, QueryError
from graphkit.sources import open_graph
from graphkit.store import format_result, named_queries, query, resolve_query

TTL = """@prefix ppp: <https://w3id.org/graphkit/ppp#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/graphkit/entity/b> a ppp:Company ; rdfs:label "Binance"@en, "बिनेंस"@hi .
"""


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(TTL, encoding="utf-8")
    return open_graph(path)


def test_prefixes_are_predeclared(store):
    rows = list(query(store, "SELECT ?l WHERE { gke:b rdfs:label ?l } ORDER BY ?l"))
    assert [r["l"].value for r in rows] == ["Binance", "बिनेंस"]


def test_an_rdflib_graph_can_be_queried():
    g = Graph()
    g.add((URIRef("http://x/a"), URIRef("http://x/p"), Literal("v")))
    assert format_result(query(open_graph(g), "SELECT ?o WHERE { ?s ?p ?o }"), "csv") == "o\r\nv\r\n"


def test_table_compacts_iris_and_counts_rows(store):
    out = format_result(query(store, "SELECT ?s ?t WHERE { ?s a ?t }"), "table")
    assert out == "s      t\n-----  -----------\ngke:b  ppp:Company\n(1 row)\n"


def test_json_is_sparql_results_json(store):
    data = json.loads(format_result(query(store, "SELECT ?s WHERE { ?s a ppp:Company }"), "json"))
    assert data == {"head": {"vars": ["s"]},
                    "results": {"bindings": [{"s": {"type": "uri", "value": "https://w3id.org/graphkit/entity/b"}}]}}


def test_ask_in_json(store):
    assert json.loads(format_result(query(store, "ASK { ?s a ppp:Company }"), "json")) == {"head": {}, "boolean": True}


def test_unknown_format(store):
    with pytest.raises(QueryError, match="format = 'xml' is invalid"):
        format_result(query(store, "ASK {}"), "xml")


def test_missing_and_broken_graph_files(tmp_path):
    with pytest.raises(GraphFileError, match="no such graph file"):
        open_graph(tmp_path / "none.ttl")
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"bad.nt: not valid N-Triples at line 1, column \d+: "):
        open_graph(bad)


def test_trig_named_graphs_are_queried_as_one(tmp_path):
    path = tmp_path / "g.trig"
    path.write_text("<http://g1> { <http://a> <http://p> 1 } <http://g2> { <http://b> <http://p> 2 }", encoding="utf-8")
    assert format_result(query(open_graph(path), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "csv") == "n\r\n2\r\n"


def test_syntax_error_names_line_and_column(store):
    with pytest.raises(QueryError) as info:
        query(store, "SELECT *\nWHERE { ?s ?p }")
    assert info.value.message.startswith("SPARQL syntax error at line 2, column ")
    assert "\n  WHERE { ?s ?p }\n" in info.value.message


def test_named_queries_have_descriptions_and_run(store):
    queries = named_queries()
    assert {"partners", "members", "operations", "people", "evidence"} <= set(queries)
    for q in queries.values():
        assert q.description, q.name
        query(store, q.text)  # parses and runs on any graph
    assert resolve_query("partners") == queries["partners"].text


def test_resolve_query_passes_sparql_through():
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"


def test_named_query_parameters_filter_and_are_terms(seeds):
    from graphkit.sources import open_graph

    store = open_graph(seeds.graph)
    text = named_queries()["chain"].text
    rows = list(query(store, text, params={"from": "gke:binance", "to": "gke:afripol"}))
    assert rows and all(r["from"].value.endswith("/binance") and r["to"].value.endswith("/afripol") for r in rows)
    assert {int(r["steps"].value) for r in rows} == {3}  # only the shortest chains
    timeline = named_queries()["timeline"].text
    everything = list(query(store, timeline))
    only_wef = list(query(store, timeline, params={"entity": "gke:wef"}))
    assert 0 < len(only_wef) < len(everything)
    assert {r["entity"].value for r in only_wef} == {"https://w3id.org/graphkit/entity/wef"}
    # a value that looks like SPARQL is only a string term: it matches nothing, it runs nothing
    assert list(query(store, timeline, params={"entity": '" } } DELETE WHERE { ?s ?p ?o } #'})) == []


def test_a_name_as_parameter_is_the_entity_it_labels(seeds):
    from graphkit.sources import open_graph

    store = open_graph(seeds.graph)
    text = named_queries()["partners"].text
    by_iri = {r["partner"].value for r in query(store, text, params={"org": "gke:binance"})}
    assert by_iri
    for name in ("Binance", "binance", "बिनेंस"):
        assert {r["partner"].value for r in query(store, text, params={"org": name})} == by_iri
    assert list(query(store, text, params={"org": "Nobody at all"})) == []


def test_a_name_of_two_entities_is_an_error():
    from rdflib import Graph

    from graphkit.sources import open_graph

    g = Graph().parse(data="""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/graphkit/entity/a> skos:altLabel "Atlas"@en .
        <https://w3id.org/graphkit/entity/b> skos:altLabel "ATLAS"@fr .""", format="turtle")
    with pytest.raises(QueryError, match=r"'atlas' names 2 entities: gke:a, gke:b"):
        query(open_graph(g), "SELECT ?x WHERE { ?x ?p ?o }", params={"x": "atlas"})


def test_json_results_are_the_w3c_format_one_solution_a_line():
    """graphkit writes SPARQL JSON results itself (to stream them): the same data as pyoxigraph's own writer."""
    import pyoxigraph as ox

    from graphkit.store import format_result

    store = ox.Store()
    sparql = """SELECT ?u ?b ?plain ?lang ?dir ?typed ?t ?none WHERE {
      VALUES (?u ?plain ?lang ?typed) { (<https://w3id.org/graphkit/entity/a> "x \\"q\\" é" "बिनेंस"@hi 12)
                                        (<urn:b> "" "x"@en-GB "2024-05-03"^^xsd:date) }
      BIND(BNODE("b") AS ?b) BIND("a"@ar--rtl AS ?dir) BIND(<<( ?u rdfs:label ?lang )>> AS ?t) }"""
    ours = format_result(store.query(sparql, prefixes={"xsd": "http://www.w3.org/2001/XMLSchema#",
                                                       "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}), "json")
    theirs = store.query(sparql, prefixes={"xsd": "http://www.w3.org/2001/XMLSchema#",
                                           "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}).serialize(
        format=ox.QueryResultsFormat.JSON)

    def norm(data: dict) -> dict:  # blank node labels differ from one evaluation to the next
        for binding in data["results"]["bindings"]:
            binding["b"]["value"] = "_"
        return data

    assert norm(json.loads(ours)) == norm(json.loads(theirs))
    assert len(ours.splitlines()) == 2 + 2  # the head, a line per solution, the end
    empty = format_result(store.query("SELECT ?x WHERE { FILTER(false) }"), "json")
    assert json.loads(empty) == {"head": {"vars": ["x"]}, "results": {"bindings": []}}


def test_table_aligns_wide_scripts_by_display_width(tmp_path):
    """Han, Hangul and kana take two columns in a terminal: the next column starts at one place."""
    path = tmp_path / "g.ttl"
    path.write_text('@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                    '<https://w3id.org/graphkit/entity/a> rdfs:label "東京都警察"@ja .\n'
                    '<https://w3id.org/graphkit/entity/b> rdfs:label "경찰청"@ko .\n'
                    '<https://w3id.org/graphkit/entity/c> rdfs:label "Europol"@en .\n', encoding="utf-8")
    out = format_result(query(open_graph(path), "SELECT ?l ?e WHERE { ?e rdfs:label ?l } ORDER BY ?e"), "table")
    assert out.splitlines() == [
        "l           e",
        "----------  -----",
        "東京都警察  gke:a",
        "경찰청      gke:b",
        "Europol     gke:c",
        "(3 rows)",
    ]
