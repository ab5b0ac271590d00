"""Reading SPARQL text by its tokens: updates, SERVICE and LOAD, never fooled by comments, strings or IRIs."""

from __future__ import annotations

import pytest

from graphkit.sparql import Keyword, is_update, keywords, network_keywords, with_values


@pytest.mark.parametrize(("text", "update"), [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", True),
    ("PREFIX ex: <http://ex.org/a#>\nINSERT DATA { ex:a ex:b ex:c }", True),
    ("prefix ex: <http://ex.org/a#> # INSERT\ndelete where { ?s ?p ?o }", True),
    ("BASE <http://ex.org/#> PREFIX : <x#> WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("# INSERT DATA { }\nSELECT * WHERE { ?s ?p ?o }", False),
    ("PREFIX insert: <http://ex.org/insert#> SELECT * WHERE { ?s insert:load ?o }", False),
    ("SELECT (\"DELETE\" AS ?x) WHERE {}", False),
    ("", False),
])
def test_is_update(text, update):
    assert is_update(text) is update


def test_keywords_skip_strings_iris_names_variables_and_language_tags():
    text = ("PREFIX ex: <http://ex.org/SERVICE#load>\nSELECT ?service $load WHERE {\n"
            "  ?s ex:service 'SERVICE', \"LOAD\", '''long\nSERVICE''', \"\"\"LOAD\"\"\", \"x\"@load ; a _:service .\n"
            "  # SERVICE <http://x/> {}\n}")
    assert [k.word for k in keywords(text)] == ["PREFIX", "SELECT", "WHERE", "A"]
    assert network_keywords(text) == []


def test_network_keywords_give_line_and_column():
    text = "SELECT * WHERE {\n  ?s ?p ?o .\n  service <http://x/sparql> { ?s ?p ?o }\n}"
    assert network_keywords(text) == [Keyword("SERVICE", 3, 3)]
    assert network_keywords("LOAD<http://x/g.ttl>") == [Keyword("LOAD", 1, 1)]
    assert network_keywords("SELECT * {FILTER(?a<?b)SERVICE<http://x>{}}") == [Keyword("SERVICE", 1, 24)]


def test_the_library_refuses_service_and_load_too(tmp_path):
    import pyoxigraph as ox

    from graphkit.errors import QueryError
    from graphkit.kb import update
    from graphkit.store import query

    with pytest.raises(QueryError, match=r"^\[E400\] SERVICE at line 1, column 12 would send part of the query"):
        query(ox.Store(), "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    with pytest.raises(QueryError, match=r"^\[E400\] LOAD at line 1, column 1 would fetch a graph"):
        update(tmp_path, "LOAD <http://127.0.0.1:1/g.ttl>")  # refused before the folder is even looked at


# ---------------------------------------------------------------- parameters sent to a server


@pytest.mark.parametrize("text, expected", [
    ("SELECT ?p WHERE { ?org ?p ?o }", "SELECT ?p WHERE { VALUES (?org) { (<urn:a>) } ?org ?p ?o }"),
    ("SELECT * { ?org ?p '{' }", "SELECT * { VALUES (?org) { (<urn:a>) } ?org ?p '{' }"),
    # the template of a CONSTRUCT is not its pattern
    ("CONSTRUCT { ?org ?p '}' } WHERE { ?org ?p ?o }",
     "CONSTRUCT { ?org ?p '}' } WHERE { VALUES (?org) { (<urn:a>) } ?org ?p ?o }"),
    ("PREFIX x: <http://x.org/{> ASK { ?org x:p ?o }", "PREFIX x: <http://x.org/{> ASK { VALUES (?org) { (<urn:a>) } ?org x:p ?o }"),
    # no pattern of its own: the block goes after the query
    ("DESCRIBE ?org", "DESCRIBE ?org\nVALUES (?org) { (<urn:a>) }\n"),
    ("CONSTRUCT WHERE { ?org ?p ?o }", "CONSTRUCT WHERE { ?org ?p ?o }\nVALUES (?org) { (<urn:a>) }\n"),
])
def test_with_values_binds_at_the_start_of_the_pattern(text, expected):
    assert with_values(text, {"org": "<urn:a>"}) == expected


def test_values_at_the_start_bind_before_grouping():
    """A VALUES after the query would be joined after the count: a count of everything, not of the bound entity."""
    import pyoxigraph as ox

    store = ox.Store()
    store.extend([ox.Quad(ox.NamedNode(f"urn:{s}"), ox.NamedNode("urn:p"), ox.NamedNode(f"urn:{o}"))
                  for s, o in (("a", "b"), ("a", "c"), ("d", "e"))])
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?org <urn:p> ?o }"
    written_in = store.query("SELECT (COUNT(*) AS ?n) WHERE { <urn:a> <urn:p> ?o }")
    valued = store.query(with_values(text, {"org": "<urn:a>"}))
    after = store.query(text + " VALUES ?org { <urn:a> }")
    assert [r["n"].value for r in valued] == [r["n"].value for r in written_in] == ["2"]
    assert [r["n"].value for r in after] == ["3"]
