"""Pushing a store's named graphs to a Graph Store Protocol endpoint.

A real Oxigraph server (the ``oxigraph`` package of the test extra) receives the
pushes; tiny loopback servers in threads stand for a server that fails or hangs.
Every request goes to 127.0.0.1 and every server stops with its test or module.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import InputError
from graphkit.push import PushError, PushResult, graph_store_url, push

from .conftest import free_port

DOC = "https://w3id.org/graphkit/doc/"
EX = "https://w3id.org/graphkit/entity/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PARTNERS = ox.NamedNode("https://w3id.org/graphkit/ppp#partnersWith")
AMOUNT = ox.NamedNode("https://w3id.org/graphkit/ppp#amount")
XSD_DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
TRIPLES = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


# ---------------------------------------------------------------- stores


def _triples(doc: str) -> list[tuple]:
    """A few triples per document, with language tags, a datatype, a newline and quotes."""
    e = ox.NamedNode(EX + doc.split(".")[0])
    return [
        (e, RDFS_LABEL, ox.Literal(f"Binance {doc}", language="en")),
        (e, RDFS_LABEL, ox.Literal("बिनेंस", language="hi")),
        (e, PARTNERS, ox.NamedNode(EX + "interpol")),
        (e, AMOUNT, ox.Literal("1209.5", datatype=XSD_DECIMAL)),
        (e, ox.NamedNode("https://w3id.org/graphkit/ppp#note"), ox.Literal('two\nlines, "quoted"')),
    ]


def make_store(folder: Path, docs: dict[str, list[tuple]]) -> Path:
    """A pyoxigraph on-disk store with one named graph per document, closed again."""
    store = ox.Store(path=str(folder))
    for doc, triples in docs.items():
        graph = ox.NamedNode(DOC + doc)
        if store.contains_named_graph(graph):
            store.clear_graph(graph)
        store.extend([ox.Quad(s, p, o, graph) for s, p, o in triples])
    store.flush()
    del store  # releases the lock
    return folder


@pytest.fixture()
def kb(tmp_path) -> Path:
    docs = {name: _triples(name) for name in ("hi-binance.txt", "fr-interpol.txt", "th-police.md")}
    docs["th-police.md"] = docs["th-police.md"][:3]
    return make_store(tmp_path / "kb", docs)


def _rows(json_bytes: bytes) -> list[tuple]:
    """SPARQL JSON results as sorted rows of (variable, type, value, datatype, language)."""
    data = json.loads(json_bytes)
    rows = []
    for binding in data["results"]["bindings"]:
        rows.append(tuple(sorted((var, t["type"], t["value"], t.get("datatype", ""), t.get("xml:lang", ""))
                                 for var, t in binding.items())))
    return sorted(rows)


def local_rows(folder: Path, sparql: str) -> list[tuple]:
    store = ox.Store.read_only(str(folder))
    return _rows(store.query(sparql).serialize(format=ox.QueryResultsFormat.JSON))


# ---------------------------------------------------------------- the Oxigraph server (oxigraph_server, union_server: conftest.py)


def _post(url: str, body: str, content_type: str, accept: str | None = None) -> bytes:
    headers = {"Content-Type": content_type}
    if accept:
        headers["Accept"] = accept
    request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST", headers=headers)
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.read()


def server_rows(url: str, sparql: str) -> list[tuple]:
    return _rows(_post(url + "/query", sparql, "application/sparql-query", "application/sparql-results+json"))


@pytest.fixture()
def server(oxigraph_server) -> str:
    """The Oxigraph server, emptied for each test."""
    _post(oxigraph_server + "/update", "CLEAR ALL", "application/sparql-update")
    return oxigraph_server


# ---------------------------------------------------------------- pushing to a real server


def test_push_sends_every_named_graph_as_it_is(kb, server, capsys):
    result = push(kb, server)
    assert result == PushResult(graphs=3, triples=13)
    counts = server_rows(server, COUNTS)
    assert counts == local_rows(kb, COUNTS)
    assert [dict((v, val) for v, _, val, *_ in row)["n"] for row in counts] == ["5", "5", "3"]
    assert server_rows(server, TRIPLES) == local_rows(kb, TRIPLES)
    assert capsys.readouterr() == ("", "")  # library code never prints


@pytest.mark.parametrize("suffix", ["/", "/store", "/store/"])
def test_push_accepts_a_base_url_or_a_store_url(kb, server, suffix):
    assert push(kb, server + suffix).graphs == 3
    assert server_rows(server, TRIPLES) == local_rows(kb, TRIPLES)


def test_pushing_again_replaces_a_changed_graph_as_a_whole(kb, server):
    push(kb, server)
    before = server_rows(server, TRIPLES)
    changed = DOC + "fr-interpol.txt"
    e = ox.NamedNode(EX + "europol")
    make_store(kb, {"fr-interpol.txt": [(e, RDFS_LABEL, ox.Literal("Europol", language="fr"))]})

    assert push(kb, server) == PushResult(graphs=3, triples=9)
    after = server_rows(server, TRIPLES)
    assert after == local_rows(kb, TRIPLES)
    on_server = server_rows(server, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{changed}> {{ ?s ?p ?o }} }}")
    assert on_server == [(("o", "literal", "Europol", "", "fr"), ("p", "uri", RDFS_LABEL.value, "", ""),
                          ("s", "uri", e.value, "", ""))]  # nothing of the old version is left
    untouched = [r for r in before if ("g", "uri", changed, "", "") not in r]
    assert untouched == [r for r in after if ("g", "uri", changed, "", "") not in r]


def test_a_knowledge_base_of_build_store_pushes_its_current_version(tmp_path, server):
    from graphkit.kb import add, open_read

    article = tmp_path / "en-binance.txt"
    article.write_text("Binance joined INTERPOL's cybercrime programme in Lyon, INTERPOL said on 3 May 2024.",
                       encoding="utf-8")
    folder = tmp_path / "kb"
    add([article], folder, language="en")
    local = open_read(folder)
    expected = _rows(local.query(COUNTS).serialize(format=ox.QueryResultsFormat.JSON))
    expected_triples = _rows(local.query(TRIPLES).serialize(format=ox.QueryResultsFormat.JSON))
    del local

    result = push(folder, server)
    assert result.graphs == len(expected) >= 1
    assert server_rows(server, COUNTS) == expected
    assert server_rows(server, TRIPLES) == expected_triples


def test_the_cli_pushes_and_says_what_it_sent(kb, server):
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", server])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"pushed 3 graphs (13 triples) to {server}\n"
    assert server_rows(server, COUNTS) == local_rows(kb, COUNTS)


# ---------------------------------------------------------------- failing servers


def test_a_server_that_is_down_is_named_in_the_error(kb):
    endpoint = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with pytest.raises(PushError) as caught:
        push(kb, endpoint, timeout=5)
    err = caught.value
    assert err.exit_code == 5 and err.code == "E800"
    assert err.message.startswith(f"cannot connect to {endpoint}: connection refused; 0 of 3 graphs pushed")
    assert err.hint == "start the server or check the URL"
    assert err.pushed == ()
    assert err.not_pushed == tuple(DOC + d for d in ("fr-interpol.txt", "hi-binance.txt", "th-police.md"))


def test_the_cli_reports_a_server_that_is_down_in_one_line(kb):
    endpoint = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", endpoint, "--timeout", "5"])
    assert result.exit_code == 5
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith(f"error: [E800] cannot connect to {endpoint}: connection refused")
    assert lines[1] == "  hint: start the server or check the URL"
    assert "Traceback" not in result.output


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Answers the n-th request with the n-th status of ``server.statuses`` (the last one after that)."""

    def do_PUT(self):  # noqa: N802 (http.server's name)
        srv = self.server
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        srv.requests.append((self.command, self.path, self.headers.get("Content-Type"), body))
        srv.authorizations.append(self.headers.get("Authorization"))
        status = srv.statuses[min(len(srv.requests), len(srv.statuses)) - 1]
        text = srv.answer.encode("utf-8") if status >= 400 else b""
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture()
def scripted():
    """Start a loopback HTTP server answering PUTs with given statuses; stopped after the test."""
    servers = []

    def start(statuses: list[int], answer: str = "") -> tuple[str, http.server.HTTPServer]:
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
        srv.daemon_threads = True
        srv.statuses, srv.answer, srv.requests, srv.authorizations = statuses, answer, [], []
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}", srv

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def test_a_500_stops_the_push_and_names_the_graphs_not_pushed(kb, scripted):
    endpoint, srv = scripted([204, 500], "Internal error: disk full\nat line 2 of the trace")
    with pytest.raises(PushError) as caught:
        push(kb, endpoint, timeout=5)
    err = caught.value
    first, second, third = (DOC + d for d in ("fr-interpol.txt", "hi-binance.txt", "th-police.md"))
    assert err.pushed == (first,)
    assert err.not_pushed == (second, third)
    assert err.message == (f"{endpoint} answered HTTP 500 Internal Server Error to PUT <{second}>: "
                           f"Internal error: disk full; 1 of 3 graphs pushed ({first}), "
                           f"not pushed: {second}, {third}")
    assert "\n" not in str(err)
    assert len(srv.requests) == 2  # nothing was sent after the failure
    method, path, content_type, body = srv.requests[0]
    assert (method, path, content_type) == (
        "PUT", "/store?graph=https%3A%2F%2Fw3id.org%2Fgraphkit%2Fdoc%2Ffr-interpol.txt", "application/n-triples")
    assert body.count(b" .\n") == 5


def test_a_4xx_answer_is_reported_with_its_first_line(kb, scripted):
    endpoint, _ = scripted([400], "Parser error at line 1 column 27\nmore")
    with pytest.raises(PushError, match=r"answered HTTP 400 Bad Request to PUT <.*>: "
                                        r"Parser error at line 1 column 27; 0 of 3 graphs pushed, not pushed: "):
        push(kb, endpoint + "/rdf-graphs/service", timeout=5)


def test_the_rdf_graphs_service_path_is_kept(kb, scripted):
    endpoint, srv = scripted([201])
    assert push(kb, endpoint + "/rdf-graphs/service", timeout=5) == PushResult(graphs=3, triples=13)
    assert [r[1].split("?")[0] for r in srv.requests] == ["/rdf-graphs/service"] * 3


@pytest.fixture()
def silent_server():
    """A loopback server that accepts connections and never answers; stopped after the test."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    stop = threading.Event()
    held = []

    def accept():
        deadline = time.monotonic() + 15  # bounded even if the test hangs
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    listener.close()


def test_a_server_that_never_answers_times_out(kb, silent_server):
    started = time.monotonic()
    with pytest.raises(PushError) as caught:
        push(kb, silent_server, timeout=1)
    assert time.monotonic() - started < 5
    err = caught.value
    assert err.message.startswith(f"{silent_server} timed out after 1 s on PUT <{DOC}fr-interpol.txt>")
    assert err.pushed == () and len(err.not_pushed) == 3


# ---------------------------------------------------------------- bad input, no network


def test_a_missing_store_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such store folder"):
        push(tmp_path / "nowhere", "http://127.0.0.1:9")
    result = CliRunner().invoke(main, ["push", str(tmp_path / "nowhere"), "--endpoint", "http://127.0.0.1:9"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == f"error: [E100] {tmp_path / 'nowhere'}: no such store folder"
    assert "Traceback" not in result.output


def test_a_folder_that_is_not_a_store_is_left_untouched(tmp_path):
    (tmp_path / "notes.txt").write_text("not a store", encoding="utf-8")
    with pytest.raises(InputError, match="not a graphkit store"):
        push(tmp_path, "http://127.0.0.1:9")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    with pytest.raises(InputError, match="not a folder"):
        push(tmp_path / "notes.txt", "http://127.0.0.1:9")


@pytest.mark.parametrize("endpoint", ["ftp://127.0.0.1/store", "127.0.0.1:7878", "file:///tmp/x", "http://",
                                      "http://127.0.0.1:7878/store?graph=x"])
def test_an_endpoint_that_is_not_http_is_an_input_error(kb, endpoint):
    with pytest.raises(InputError, match="endpoint"):
        push(kb, endpoint)


def test_the_cli_rejects_a_non_http_endpoint_with_exit_2(kb):
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", "ftp://127.0.0.1/"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: [E100] endpoint = 'ftp://127.0.0.1/' is not an http(s) URL\n")


@pytest.mark.parametrize(("endpoint", "url"), [
    ("http://127.0.0.1:7878", "http://127.0.0.1:7878/store"),
    ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/store"),
    ("HTTP://127.0.0.1:7878/store/", "http://127.0.0.1:7878/store"),
    ("https://kb.example/repositories/kb/rdf-graphs/service", "https://kb.example/repositories/kb/rdf-graphs/service"),
    ("http://127.0.0.1:3030/ds/data", "http://127.0.0.1:3030/ds/data"),          # Fuseki
    ("http://127.0.0.1:3030/ds", "http://127.0.0.1:3030/ds"),                    # Fuseki's dataset URL
    ("http://127.0.0.1:8890/sparql-graph-crud", "http://127.0.0.1:8890/sparql-graph-crud"),  # Virtuoso
    ("http://127.0.0.1:7878/sparql", "http://127.0.0.1:7878/sparql"),            # as given, even if wrong
])
def test_graph_store_url(endpoint, url):
    assert graph_store_url(endpoint) == url


def test_timeout_must_be_positive(kb):
    with pytest.raises(ValueError, match="timeout = 0 is invalid"):
        push(kb, "http://127.0.0.1:9", timeout=0)
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", "http://127.0.0.1:9", "--timeout", "0"])
    assert result.exit_code == 2


# ---------------------------------------------------------------- servers that never stop answering


@pytest.fixture()
def raw_server():
    """A loopback server whose answer to each request is written by a given function; stopped after the test.

    ``start(answer)`` calls ``answer(conn, stop)`` with the connection once the request's headers
    and body are read (at once with ``read_request=False``); ``stop`` is set when the test ends, and no answer runs longer than 20 s.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    stop = threading.Event()
    threads = []

    def serve(conn, answer, read_request):
        with conn:
            conn.settimeout(2)
            data = b""
            try:
                if not read_request:
                    answer(conn, stop)
                    return
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head, _, body = data.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                while len(body) < length:
                    body += conn.recv(65536)
                answer(conn, stop)
            except OSError:
                pass

    def start(answer, read_request: bool = True) -> str:
        def accept():
            deadline = time.monotonic() + 20
            while not stop.is_set() and time.monotonic() < deadline:
                try:
                    conn = listener.accept()[0]
                except TimeoutError:
                    continue
                except OSError:
                    return
                worker = threading.Thread(target=serve, args=(conn, answer, read_request), daemon=True)
                worker.start()
                threads.append(worker)

        thread = threading.Thread(target=accept, daemon=True)
        thread.start()
        threads.append(thread)
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    stop.set()
    for thread in threads:
        thread.join(timeout=3)
    listener.close()


def _endless_body(status: bytes):
    """An answer with ``status`` whose body never ends (up to 20 s): a megabyte at a time, as fast as it is read."""
    def answer(conn, stop):
        conn.sendall(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
        chunk = b"x" * 1_000_000 + b"\n"
        deadline = time.monotonic() + 20
        while not stop.is_set() and time.monotonic() < deadline:
            conn.sendall(chunk)
    return answer


def _dripping(conn, stop):
    """An answer that comes one byte every 0.2 s, and never ends (up to 20 s)."""
    deadline = time.monotonic() + 20
    text = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"x" * 10_000
    for byte in text:
        if stop.is_set() or time.monotonic() > deadline:
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.2)


def test_an_answer_that_never_ends_is_not_read(kb, raw_server):
    """A 200 followed by an endless body: the status is all push needs; the body is not read."""
    endpoint = raw_server(_endless_body(b"200 OK"))
    started = time.monotonic()
    assert push(kb, endpoint, timeout=3) == PushResult(graphs=3, triples=13)
    assert time.monotonic() - started < 5


def test_an_error_that_never_ends_is_read_only_for_its_first_line(kb, raw_server):
    endpoint = raw_server(_endless_body(b"500 Internal Server Error"))
    started = time.monotonic()
    with pytest.raises(PushError, match=r"answered HTTP 500 Internal Server Error to PUT <.*>: x+…; 0 of 3"):
        push(kb, endpoint, timeout=3)
    assert time.monotonic() - started < 5


def test_a_server_that_answers_a_byte_at_a_time_times_out(kb, raw_server):
    """The timeout bounds the whole PUT, not each read: a byte every 0.2 s does not keep it going."""
    endpoint = raw_server(_dripping)
    started = time.monotonic()
    with pytest.raises(PushError) as caught:
        push(kb, endpoint, timeout=1)
    assert time.monotonic() - started < 3
    assert caught.value.message.startswith(f"{endpoint} timed out after 1 s on PUT <{DOC}fr-interpol.txt>")
    assert caught.value.pushed == () and len(caught.value.not_pushed) == 3


def _dripping_handshake(conn, stop):
    """A TLS record that announces a ServerHello of 16 KB, then a byte of it every 0.2 s (up to 20 s)."""
    conn.sendall(b"\x16\x03\x03\x40\x00" + b"\x02\x00\x3f\xfc\x03\x03")
    deadline = time.monotonic() + 20
    while not stop.is_set() and time.monotonic() < deadline:
        conn.sendall(b"\x00")
        time.sleep(0.2)


def test_a_tls_handshake_that_never_ends_times_out(kb, raw_server):
    endpoint = raw_server(_dripping_handshake, read_request=False).replace("http://", "https://")
    started = time.monotonic()
    with pytest.raises(PushError, match=r"timed out after 1 s on PUT"):
        push(kb, endpoint, timeout=1)
    assert time.monotonic() - started < 3


def test_the_cli_times_out_on_a_dripping_server(kb, raw_server):
    endpoint = raw_server(_dripping)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", endpoint, "--timeout", "1"])
    assert time.monotonic() - started < 3
    assert result.exit_code == 5
    assert result.stderr.startswith(f"error: [E800] {endpoint} timed out after 1 s on PUT <")


# ---------------------------------------------------------------- credentials


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _with_credentials(endpoint: str, userinfo: str) -> str:
    return endpoint.replace("http://", f"http://{userinfo}@", 1)


def test_user_and_password_in_the_url_are_sent_as_basic_authentication(kb, scripted):
    endpoint, srv = scripted([204])
    assert push(kb, _with_credentials(endpoint, "bob:s3cr%40t"), timeout=5) == PushResult(graphs=3, triples=13)
    assert srv.authorizations == [_basic("bob", "s3cr@t")] * 3
    assert all(path.startswith("/store?graph=") for _, path, _, _ in srv.requests)


def test_basic_and_bearer_authentication_as_keywords(kb, scripted):
    endpoint, srv = scripted([204])
    push(kb, endpoint, timeout=5, user="bob", password="pä:ss")
    push(kb, endpoint, timeout=5, token="t0k3n.abc")
    assert srv.authorizations == [_basic("bob", "pä:ss")] * 3 + ["Bearer t0k3n.abc"] * 3


def test_no_credentials_no_authorization_header(kb, scripted):
    endpoint, srv = scripted([204])
    push(kb, endpoint, timeout=5)
    assert srv.authorizations == [None] * 3


def test_a_refused_password_is_never_printed(kb, scripted):
    endpoint, srv = scripted([401], "Unauthorized")
    with pytest.raises(PushError) as caught:
        push(kb, _with_credentials(endpoint, "bob:s3cret"), timeout=5)
    text = str(caught.value)
    assert "s3cret" not in text
    assert caught.value.message.startswith(f"{_with_credentials(endpoint, 'bob:***')} answered HTTP 401 Unauthorized")
    assert "--user" in caught.value.hint and "--token" in caught.value.hint
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", endpoint, "--timeout", "5"],
                                env={"GRAPHKIT_PUSH_TOKEN": "t0k3n-secret"})
    assert result.exit_code == 5
    assert "t0k3n-secret" not in result.output
    assert srv.authorizations[-1] == "Bearer t0k3n-secret"


def test_a_password_in_the_url_of_a_server_that_is_down_is_not_printed(kb):
    endpoint = f"http://bob:s3cret@127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", endpoint, "--timeout", "5"])
    assert result.exit_code == 5
    assert "s3cret" not in result.output
    assert result.stderr.startswith(f"error: [E800] cannot connect to {endpoint.replace('s3cret', '***')}: "
                                    "connection refused")


def test_the_cli_takes_credentials_from_options_or_the_environment(kb, scripted):
    endpoint, srv = scripted([204])
    runner = CliRunner()
    result = runner.invoke(main, ["push", str(kb), "--endpoint", _with_credentials(endpoint, "bob:s3cret")])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"pushed 3 graphs (13 triples) to {_with_credentials(endpoint, 'bob:***')}\n"
    result = runner.invoke(main, ["push", str(kb), "--endpoint", endpoint, "--user", "ann"],
                           env={"GRAPHKIT_PUSH_PASSWORD": "pw1"})
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["push", str(kb), "--endpoint", endpoint],
                           env={"GRAPHKIT_PUSH_USER": "cy", "GRAPHKIT_PUSH_PASSWORD": "pw2"})
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["push", str(kb), "--endpoint", endpoint, "--token", "tk"])
    assert result.exit_code == 0, result.output
    assert "pw1" not in result.output and "tk" not in result.stderr.replace("triples", "")
    assert srv.authorizations == ([_basic("bob", "s3cret")] * 3 + [_basic("ann", "pw1")] * 3
                                  + [_basic("cy", "pw2")] * 3 + ["Bearer tk"] * 3)


@pytest.mark.parametrize(("args", "env", "message"), [
    (["--user", "bob", "--token", "tk"], {}, "give either a user and password or a token, not both"),
    (["--token", "tk"], {"GRAPHKIT_PUSH_USER": "bob", "GRAPHKIT_PUSH_PASSWORD": "pw"},
     "give either a user and password or a token, not both"),
    (["--user", "bob"], {}, "a user without a password: give it in GRAPHKIT_PUSH_PASSWORD or --password"),
    (["--password", "pw"], {}, "a password without a user: give it with --user or GRAPHKIT_PUSH_USER"),
    (["--user", "b:ob", "--password", "pw"], {}, "user = 'b:ob' is invalid: a user name for basic "
                                                  "authentication cannot hold ':'"),
    (["--token", "a\r\nX-Injected: 1"], {}, "the token holds a control character (a line break?)"),
    (["--user", "bob", "--password", "p\nw"], {}, "the password holds a control character (a line break?)"),
    (["--token", "tökén"], {}, "the token is empty or holds a character that is not ASCII"),
])
def test_credentials_that_cannot_be_sent(kb, args, env, message):
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", "http://127.0.0.1:9", *args], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[0] == f"error: [E100] {message}"
    assert "X-Injected" not in result.output and "p\nw" not in result.output


def test_credentials_twice_are_refused(kb):
    with pytest.raises(InputError, match="the endpoint's URL holds a user and password: give them once"):
        push(kb, "http://bob:pw@127.0.0.1:9", token="tk")
    with pytest.raises(InputError) as caught:
        push(kb, "http://bob:pw@127.0.0.1:9", user="ann", password="other")
    assert "pw" not in str(caught.value).replace("password", "")


# ---------------------------------------------------------------- another Graph Store Protocol layout


class _FusekiLike(http.server.BaseHTTPRequestHandler):
    """A Graph Store Protocol service at /ds/data, as Apache Jena Fuseki lays it out (and nothing at /store).

    PUT ?graph=IRI replaces that graph with the N-Triples sent; GET ?graph=IRI answers it.
    """

    def _graph(self) -> str | None:
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(self.path)
        if parts.path != "/ds/data":
            self._answer(404, b"no service at " + parts.path.encode())
            return None
        graphs = parse_qs(parts.query).get("graph", [])
        if len(graphs) != 1:
            self._answer(400, b"give ?graph=IRI")
            return None
        return graphs[0]

    def _answer(self, status: int, body: bytes = b"", content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        graph = self._graph()
        if graph is None:
            return
        if self.headers.get("Content-Type") != "application/n-triples":
            self._answer(415, b"send N-Triples")
            return
        try:
            triples = {str(q.triple) for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}
        except SyntaxError as exc:
            self._answer(400, str(exc).encode())
            return
        existed = graph in self.server.graphs
        self.server.graphs[graph] = triples
        self._answer(204 if existed else 201)

    def do_GET(self):  # noqa: N802
        graph = self._graph()
        if graph is None:
            return
        if graph not in self.server.graphs:
            self._answer(404, b"no such graph")
            return
        body = "".join(f"{t} .\n" for t in sorted(self.server.graphs[graph])).encode("utf-8")
        self._answer(200, body, "application/n-triples")

    def log_message(self, *args):
        pass


@pytest.fixture()
def fuseki_like():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FusekiLike)
    srv.daemon_threads = True
    srv.graphs = {}
    threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", srv
    srv.shutdown()
    srv.server_close()


def test_push_uses_the_graph_store_url_as_given(kb, fuseki_like):
    """Fuseki's /DATASET/data (as Virtuoso's /sparql-graph-crud …): pushed to, not to a /store beside it."""
    base, srv = fuseki_like
    endpoint = base + "/ds/data"
    assert push(kb, endpoint, timeout=5) == PushResult(graphs=3, triples=13)
    local = ox.Store.read_only(str(kb))
    for name in ("fr-interpol.txt", "hi-binance.txt", "th-police.md"):
        iri = DOC + name
        with urllib.request.urlopen(f"{endpoint}?graph={urllib.parse.quote(iri, safe='')}", timeout=5) as answer:
            served = {str(q.triple) for q in ox.parse(answer.read(), format=ox.RdfFormat.N_TRIPLES)}
        assert served == {str(q.triple) for q in local.quads_for_pattern(None, None, None, ox.NamedNode(iri))}
    # the CLI says where it pushed, and pushing again replaces each graph as a whole
    result = CliRunner().invoke(main, ["push", str(kb), "--endpoint", endpoint + "/"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"pushed 3 graphs (13 triples) to {endpoint}/\n"
    assert sorted(srv.graphs) == [DOC + n for n in ("fr-interpol.txt", "hi-binance.txt", "th-police.md")]


# ---------------------------------------------------------------- the named queries on a quad store


@pytest.fixture(scope="module")
def pushed_seeds(tmp_path_factory, union_server) -> Path:
    """The knowledge base of the seed articles, pushed to the union server."""
    from graphkit.kb import add

    from .conftest import CORPUS

    folder = tmp_path_factory.mktemp("seeds-kb") / "kb"
    add([CORPUS], folder)
    push(folder, union_server)
    return folder


def _ordered_rows(json_bytes: bytes) -> list[tuple]:
    """SPARQL JSON results as rows in their order, each a tuple of (variable, type, value, datatype, language).

    The lists GROUP_CONCAT makes (an operation's coordinators and documents) are joined in no defined
    order: their items are sorted.
    """
    def value(var: str, text: str) -> str:
        return ", ".join(sorted(text.split(", "))) if var in ("coordinators", "documents") else text

    data = json.loads(json_bytes)
    return [tuple(sorted((var, t["type"], value(var, t["value"]), t.get("datatype", ""), t.get("xml:lang", ""))
                         for var, t in binding.items())) for binding in data["results"]["bindings"]]


_NAMED = ("chain", "claims", "curation", "entities", "evidence", "extracted", "figures", "members", "operations", "partners",
          "people", "timeline")


#: Compared here: the SELECT queries that answer on the seeds ("extracted" is a CONSTRUCT; "curation" lists the
#: decisions, and the seeds have none: both are tested in tests/test_curate.py).
_COMPARED = tuple(n for n in _NAMED if n not in ("curation", "extracted"))


@pytest.mark.parametrize("name", _COMPARED)
def test_named_queries_answer_on_a_quad_store_as_on_the_knowledge_base(pushed_seeds, union_server, name):
    """A triple several document graphs hold comes once, not once per graph; ties are ordered the same way."""
    from graphkit.kb import open_read
    from graphkit.store import named_queries, query

    assert set(named_queries()) == set(_NAMED)
    text = named_queries()[name].text
    params = {"from": EX + "binance", "to": EX + "afripol"} if name == "chain" else {}
    local = _ordered_rows(query(open_read(pushed_seeds), text, union=False, params=params)
                          .serialize(format=ox.QueryResultsFormat.JSON))
    if params:  # the server binds them by a VALUES clause after the query
        names = " ".join(f"?{k}" for k in params)
        text += f"\nVALUES ({names}) {{ ({' '.join(f'<{v}>' for v in params.values())}) }}\n"
    served = _ordered_rows(_post(union_server + "/query", text, "application/sparql-query",
                                 "application/sparql-results+json"))
    assert local, "the seeds answer every named query"
    assert len(set(local)) == len(local)
    assert served == local
