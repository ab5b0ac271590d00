"""A SPARQL server as the knowledge base: build --endpoint, query URL, remove URL.

A real Oxigraph server (``oxigraph serve --union-default-graph``, the test
extra's) is started on 127.0.0.1 by conftest.py's fixtures and emptied before
each test; every answer is compared with a local knowledge base built from the
same articles.
"""

from __future__ import annotations

import http.server
import threading
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graphkit import kb
from graphkit.cli import main
from graphkit.endpoint import Endpoint, is_url
from graphkit.errors import InputError
from graphkit.push import EndpointError
from graphkit.store import format_result, named_queries, query

from .conftest import CORPUS, free_port

FILES = sorted(CORPUS.glob("*.txt"))
ALL = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"


def _clear(url: str) -> None:
    request = urllib.request.Request(url + "/update", data=b"CLEAR ALL", method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    with urllib.request.urlopen(request, timeout=10):
        pass


@pytest.fixture()
def server(union_server) -> str:
    """The union server, emptied for each test."""
    _clear(union_server)
    return union_server


@pytest.fixture(scope="module")
def seeds_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds-kb") / "kb"
    kb.add(FILES, folder)
    return folder


def _triples(source) -> set[str]:
    return {" ".join(str(row[v]) for v in ("s", "p", "o")) for row in query(source, ALL)}


def _rows(source, name: str, params=None, fmt: str = "json") -> str:
    """A query's rows as text; a CONSTRUCT's triples, one a line, sorted (a store writes them in its own order)."""
    result = query(source, name, params=params)
    if isinstance(result, ox.QueryTriples):
        return "\n".join(sorted(str(t) for t in result)) + "\n"
    return format_result(result, fmt)


# ---------------------------------------------------------------- building into a server


def test_a_build_writes_each_document_graph_and_the_server_holds_the_local_knowledge_base(server, seeds_kb):
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--endpoint", server])
    assert result.exit_code == 0, result.output
    local_size = kb._size_of(kb._current(seeds_kb))
    assert result.stderr == f"{server}: 5 added, 0 replaced, 0 unchanged ({local_size} triples)\n"
    assert _triples(server) == _triples(seeds_kb)
    graphs = {row["g"].value for row in query(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {f"https://w3id.org/graphkit/doc/{f.name}" for f in FILES}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_give_the_rows_of_a_local_knowledge_base(server, seeds_kb, name):
    kb.add(FILES, server)
    params = {"from": "gke:binance", "to": "gke:afripol"} if name == "chain" else {}
    assert _rows(server, name, params) == _rows(seeds_kb, name, params)


@pytest.mark.parametrize("name, params", [
    ("partners", {"org": "Binance"}),  # a name: the entity it labels, looked up on the server
    ("partners", {"org": "gke:interpol"}),
    ("members", {"alliance": "gke:cybercrime-atlas"}),
    ("entities", {"type": "ppp:Company"}),
    ("timeline", {"entity": "gke:binance"}),
])
def test_parameters_bind_as_on_a_local_knowledge_base(server, seeds_kb, name, params):
    kb.add(FILES, server)
    served = _rows(server, name, params)
    assert served == _rows(seeds_kb, name, params)
    assert served.count("\n") > 2  # rows, not an empty answer that would match anything


def test_the_cli_queries_a_server_as_a_folder(server, seeds_kb):
    kb.add(FILES, server)
    runner = CliRunner()
    for args in (["partners", "--param", "org=Binance"], ["entities", "--format", "csv"],
                 ["SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a ppp:Organization }", "--format", "tsv"],
                 ["ASK { ?o a ppp:Operation }"]):
        served = runner.invoke(main, ["query", server, *args])
        local = runner.invoke(main, ["query", str(seeds_kb), *args])
        assert served.exit_code == 0, served.output
        assert served.stdout == local.stdout and served.stdout


def test_construct_on_a_server_prints_the_triples_of_a_local_knowledge_base(server, seeds_kb):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    kb.add(FILES, server)
    text = "CONSTRUCT { ?o a ppp:Operation ; rdfs:label ?l } WHERE { ?o a ppp:Operation ; rdfs:label ?l }"
    served = CliRunner().invoke(main, ["query", server, text])
    local = CliRunner().invoke(main, ["query", str(seeds_kb), text])
    assert served.exit_code == 0, served.output
    a, b = Graph().parse(data=served.stdout, format="turtle"), Graph().parse(data=local.stdout, format="turtle")
    assert len(a) > 2 and isomorphic(a, b)


def test_unchanged_articles_are_skipped_and_edited_ones_replaced(server, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in FILES:
        (folder / f.name).write_bytes(f.read_bytes())
    first = kb.add(sorted(folder.glob("*.txt"))[:2], server)
    assert first.added == tuple(f.name for f in FILES[:2])
    edited = folder / FILES[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nEuropol a rejoint Interpol.\n", encoding="utf-8")
    again = kb.add(sorted(folder.glob("*.txt")), server)
    assert again.added == tuple(f.name for f in FILES[2:])
    assert again.replaced == (FILES[1].name,) and again.unchanged == (FILES[0].name,)
    # the same graph as a local knowledge base that went through the same builds
    local = tmp_path / "kb"
    kb.add(FILES[:2], local)
    kb.add(sorted(folder.glob("*.txt")), local)
    assert _triples(server) == _triples(local)


def test_removal_keeps_what_other_documents_support(server, tmp_path):
    kb.add(FILES, server)
    local = tmp_path / "kb"
    kb.add(FILES, local)
    before = _triples(server)
    result = CliRunner().invoke(main, ["remove", server, "--document", FILES[0].name])
    assert result.exit_code == 0, result.output
    kb.remove(local, [FILES[0].name])
    after = _triples(server)
    assert after == _triples(local)
    assert after < before
    assert any("gke:binance" in t or "/entity/binance>" in t for t in after)  # Binance is in other documents too
    assert result.stderr == f"{server}: 1 removed ({len(after)} triples)\n"


@pytest.mark.parametrize("order", [("a_en.txt", "b_ru.txt"), ("b_ru.txt", "a_en.txt")])
def test_a_person_in_two_scripts_resolves_against_the_people_on_the_server(server, tmp_path, two_scripts, order):
    """The stored people and texts are read from the server: the increments give one node, as in a folder."""
    articles = two_scripts
    for name in order:
        kb.add([articles / name], server)
        kb.add([articles / name], tmp_path / "kb")
    assert _triples(server) == _triples(tmp_path / "kb")
    people = {row["p"].value for row in query(server, "SELECT DISTINCT ?p WHERE { ?p a ppp:Person }")}
    assert people == {"https://w3id.org/graphkit/entity/neal-jetton"}


def test_an_update_runs_on_the_server(server):
    kb.add(FILES[:1], server)
    result = CliRunner().invoke(main, ["query", server, "--update",
                                       "INSERT DATA { GRAPH <urn:x> { gke:x rdfs:label 'x' } }"])
    assert result.exit_code == 0, result.output
    assert bool(query(server, "ASK { gke:x rdfs:label 'x' }"))
    refused = CliRunner().invoke(main, ["query", server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }"])
    assert refused.exit_code == 2 and "without --update" in refused.stderr


# ---------------------------------------------------------------- what goes wrong


def test_a_server_without_a_union_default_graph_is_named(oxigraph_server):
    _clear(oxigraph_server)
    with pytest.raises(EndpointError, match="its default graph is not the union of its named graphs") as info:
        kb.add(FILES[:1], oxigraph_server)
    assert "--union-default-graph" in info.value.hint
    result = CliRunner().invoke(main, ["query", oxigraph_server, "entities"])
    assert result.exit_code == 5
    assert "not the union of its named graphs" in result.stderr


def test_a_server_that_is_down(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--endpoint", url])
    assert result.exit_code == 5
    assert result.stderr == (f"error: [E800] cannot connect to {url}: connection refused\n"
                             "  hint: start the server or check the URL\n")
    result = CliRunner().invoke(main, ["query", url, "partners"])
    assert result.exit_code == 5 and "connection refused" in result.stderr


def test_a_malformed_query_is_refused_before_it_is_sent(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: the query never leaves
    result = CliRunner().invoke(main, ["query", url, "SELECT ?x WHERE { ?x a ppp:Organization"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: [E400] SPARQL syntax error at line 1, column 40")
    result = CliRunner().invoke(main, ["query", url, "SELECT * { SERVICE <http://x.org/s> { ?s ?p ?o } }"])
    assert result.exit_code == 2 and "graphkit does not use the network" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--store", "kb", "--endpoint", "http://127.0.0.1:1"], "--store and --endpoint do not go together"),
    (["--endpoint", "http://127.0.0.1:1", "-o", "g.ttl"], "-o does not go with --endpoint"),
    (["--endpoint", "ftp://127.0.0.1:1"], "is not an http(s) URL"),
])
def test_options_of_build_endpoint(tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", str(CORPUS), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_urls_of_a_server():
    oxigraph = Endpoint("http://127.0.0.1:7878/")
    assert (oxigraph.query_url, oxigraph.update_url, oxigraph.store_url) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    fuseki = Endpoint("http://127.0.0.1:3030/ds")
    assert fuseki.query_url == fuseki.update_url == fuseki.store_url == "http://127.0.0.1:3030/ds"
    assert str(Endpoint("http://bob:s3cret@127.0.0.1:7878")) == "http://bob:***@127.0.0.1:7878"
    assert is_url("https://kb.example/ds") and not is_url("kb/") and not is_url(ox.NamedNode("http://x.org/"))


def test_a_curation_is_not_sent_to_a_server(tmp_path):
    """Decisions are kept by a knowledge-base folder: a build into a server with --curation is refused at once."""
    from graphkit.curate import Curation

    url = f"http://127.0.0.1:{free_port()}"  # never reached
    with pytest.raises(InputError, match="a SPARQL server keeps no curation"):
        kb.add(FILES[:1], url, curation=Curation())


# --------------------------------------------------------------------------- hostile servers


class _Recording(http.server.BaseHTTPRequestHandler):
    """Answers every request with ``server.reply`` (status, headers, body) and records what it was sent."""

    def _any(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization"), body))
        reply = self.server.reply
        status, headers, data = reply(body.decode("utf-8")) if callable(reply) else reply
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(data))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = _any

    def log_message(self, *args):
        pass


@pytest.fixture()
def recording():
    """Start loopback servers that answer as told and record requests; stopped after the test."""
    servers = []

    def start(status: int, headers: dict | None = None, data: bytes = b"", *, reply=None):
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recording)
        srv.daemon_threads, srv.reply, srv.seen = True, reply or (status, headers, data), []
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}", srv

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_with_the_credentials(recording, status):
    elsewhere, target = recording(200, {"Content-Type": "application/sparql-results+json"},
                                  b'{"head": {}, "boolean": true}')
    url, _ = recording(status, {"Location": elsewhere + "/query"})
    endpoint = Endpoint(url.replace("http://", "http://bob:s3cret@"), timeout=5)
    with pytest.raises(EndpointError) as caught:
        endpoint.query("ASK { ?s ?p ?o }")
    assert target.seen == []  # neither the password nor the query went elsewhere
    assert f"it redirects to {elsewhere}/query" in caught.value.message and "s3cret" not in str(caught.value)
    assert "follows no redirect" in caught.value.hint
    result = CliRunner().invoke(main, ["query", url, "entities"])
    assert result.exit_code == 5 and result.output.startswith(f"error: [E800] {url} answered HTTP {status}")
    assert target.seen == []


def _answering(count: dict | None):
    """A server's answers: ASK true, a SELECT's projected variables with no row, and ``count`` for the COUNT."""
    import json

    from graphkit.sparql import query_form

    def reply(query: str):
        form, variables = query_form(query)
        if not query:  # a PUT
            return 204, {}, b""
        if form == "ASK":
            answer = {"head": {}, "boolean": True}
        elif "COUNT(*)" in query:
            answer = count
        else:
            answer = {"head": {"vars": list(variables or ())}, "results": {"bindings": []}}
        return 200, {"Content-Type": "application/sparql-results+json"}, json.dumps(answer).encode()
    return reply


@pytest.mark.parametrize("count, message", [
    ({"head": {}, "boolean": True}, "answered SELECT with a boolean, not solutions"),
    ({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "9"}}]}},
     "answered a SELECT of ?n with the variables ?x"),
    ({"head": {"vars": ["n"]}, "results": {"bindings": []}}, "answered a COUNT with no row, not a number"),
    ({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "many"}}]}},
     "answered a COUNT with <Literal value=many"),
])
def test_a_server_answering_the_wrong_kind_of_result_is_named(recording, tmp_path, count, message):
    url, srv = recording(200, reply=_answering(count))
    result = CliRunner().invoke(main, ["build", str(FILES[0]), "--endpoint", url])
    assert result.exit_code == 5, result.output
    assert result.output.startswith(f"error: [E800] {url} {message}") and "Traceback" not in result.output
    assert [m for m, *_ in srv.seen].count("PUT") == 1  # it got as far as the count, after the document


def test_a_server_answering_a_select_with_a_boolean_is_named(recording):
    url, _ = recording(200, reply=lambda q: (200, {"Content-Type": "application/sparql-results+json"},
                                             b'{"head": {}, "boolean": true}'))
    result = CliRunner().invoke(main, ["query", url, "entities"])
    assert result.exit_code == 5 and "Traceback" not in result.output
    assert result.output.startswith(f"error: [E800] {url} answered SELECT with a boolean, not solutions")
