"""A SPARQL server as the knowledge base: documents written there, named queries run there.

``graphkit build ARTICLES --endpoint URL`` keeps a knowledge base on a
SPARQL 1.1 server as ``--store DIR`` keeps one in a folder (:mod:`graphkit.kb`):
each document's statements are a named graph whose IRI is the document's,
written with one Graph Store Protocol ``PUT`` (as :mod:`graphkit.push` does),
so the server never holds half of a document; unchanged articles are skipped,
edited ones replace their graph, and a removed document takes away only the
statements no other document's graph holds. Queries read the server's default
graph, which must be the union of its named graphs (``oxigraph serve
--union-default-graph``, Fuseki's ``unionDefaultGraph``): that union is what a
knowledge base's default graph is.

URLs: a server's bare URL (``http://127.0.0.1:7878``) is laid out as
Oxigraph's: queries at ``/query``, updates at ``/update``, graphs at
``/store``. A URL with a path is a dataset's URL that answers all three
itself (Fuseki's ``http://127.0.0.1:3030/ds``). Credentials are those of
:func:`graphkit.push.push`: ``user:password@`` in the URL, a user and
password, or a bearer token; no message shows them.

What differs from a folder: the server has no lock, so two builds writing one
server at once are not kept apart (run one at a time); the documents of a
build are written one after the other, each whole: a build stopped half-way
leaves the documents it wrote, and the next build, which skips them as
unchanged, writes the others; and a server's union default graph may repeat a
statement once per document graph that holds it (Oxigraph's does), where a
folder's holds it once: the named queries, written with DISTINCT, give the
same rows, but a query of your own that counts without DISTINCT counts repeats.

The network is reached only at the URL given, which is the user's choice;
a query that holds SERVICE or LOAD is refused as on a local store.
"""

from __future__ import annotations

import re
import urllib.request
from contextlib import nullcontext
from urllib.parse import quote, urlsplit, urlunsplit

import pyoxigraph as ox

from .errors import InputError, one_line
from .remote import EndpointError, _authorization, _scrub, _send, graph_store_url, shown_url
from .vocab import PREFIXES

#: Seconds one request may take in all: connecting, sending, the whole answer.
TIMEOUT = 300.0

_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"


def is_url(source: object) -> bool:
    """Whether a graph source is a SPARQL server's URL (``http://`` or ``https://``) rather than a path."""
    return isinstance(source, str) and re.match(r"(?i)https?://", source.strip()) is not None


class Endpoint:
    """A SPARQL 1.1 server: where to query it and where to write its graphs.

    Raises:
        InputError: the URL is not http(s), or the credentials are incomplete or given twice.

    Example:
        >>> Endpoint("http://127.0.0.1:7878").query_url
        'http://127.0.0.1:7878/query'
        >>> Endpoint("http://127.0.0.1:3030/ds").store_url
        'http://127.0.0.1:3030/ds'
    """

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None,
                 token: str | None = None, timeout: float = TIMEOUT) -> None:
        base = graph_store_url(url)  # checks the URL; a bare server URL gets Oxigraph's /store
        parts = urlsplit(base)
        bare = parts.path == "/store" and urlsplit(url.strip()).path.rstrip("/") == ""
        root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        self.url = url
        self.shown = shown_url(url)
        self.store_url = base
        self.query_url = root + "/query" if bare else base
        self.update_url = root + "/update" if bare else base
        self.timeout = timeout
        self._authorization = _authorization(url, user, password, token)
        secrets = tuple(x for x in (password, token, urlsplit(url.strip()).password) if x)
        from urllib.parse import unquote

        self._secrets = secrets + tuple(unquote(x) for x in secrets)

    def __repr__(self) -> str:
        return f"Endpoint({self.shown!r})"

    def __str__(self) -> str:
        return self.shown

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, *, method: str, action: str, body: bytes | None = None,
                 content_type: str | None = None, accept: str | None = None) -> tuple[bytes, str]:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if self._authorization:
            headers["Authorization"] = self._authorization
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        answer: list[bytes] = []
        failure = _send(request, action, self.shown, self.timeout, answer)
        if failure is not None:
            message, hint = (_scrub(text, self._secrets) for text in failure)
            raise EndpointError(message, hint=hint)
        return answer[0], answer[1].decode("latin-1").split(";")[0].strip().lower()

    def query(self, sparql: str, *, prefixes: dict[str, str] | None = None,
              substitutions: dict | None = None):
        """Run a query on the server: pyoxigraph's results, as a store's ``query`` gives them.

        ``prefixes`` are declared before the query; ``substitutions`` (variable →
        term) bind variables by a VALUES block at the start of the query's pattern.

        Raises:
            EndpointError: the server cannot be reached, timed out or answered an error.
        """
        from .sparql import with_values

        text = sparql
        if substitutions:
            text = with_values(text, {v.value: str(t) for v, t in substitutions.items()})
        if prefixes:
            text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items()) + text
        data, kind = self._request(self.query_url, method="POST", action="a query", body=text.encode("utf-8"),
                                   content_type="application/sparql-query",
                                   accept=f"{_JSON}, {_NTRIPLES};q=0.9")
        try:
            if kind in (_JSON, "application/json"):
                return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
            if kind in (_NTRIPLES, "text/plain"):
                store = ox.Store()
                store.load(data, format=ox.RdfFormat.N_TRIPLES)
                return store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        except (SyntaxError, ValueError) as exc:
            raise EndpointError(f"{self.shown} answered a query with what is not {kind}: {one_line(str(exc), 200)}",
                                hint="check that the URL is a SPARQL 1.1 server's") from None
        raise EndpointError(f"{self.shown} answered a query with {kind or 'no content type'}, "
                            "not SPARQL results nor N-Triples",
                            hint="check that the URL is a SPARQL 1.1 server's query service")

    def update(self, sparql: str, *, prefixes: dict[str, str] | None = None) -> None:
        """Run a SPARQL UPDATE on the server (one request: one transaction, on servers that make it one)."""
        text = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items()) + sparql
        self._request(self.update_url, method="POST", action="an update", body=text.encode("utf-8"),
                      content_type="application/sparql-update")

    def put(self, iri: str, ntriples: bytes) -> None:
        """Replace the named graph ``iri`` with these N-Triples (Graph Store Protocol)."""
        self._request(f"{self.store_url}?graph={quote(iri, safe='')}", method="PUT", action=f"PUT <{iri}>",
                      body=ntriples, content_type=_NTRIPLES)

    def delete(self, iri: str) -> None:
        """Remove the named graph ``iri`` (Graph Store Protocol); one that is not there is no error."""
        try:
            self._request(f"{self.store_url}?graph={quote(iri, safe='')}", method="DELETE",
                          action=f"DELETE <{iri}>")
        except EndpointError as exc:
            if " answered HTTP 404" not in exc.message:
                raise

    def ask(self, sparql: str) -> bool:
        return bool(self.query(sparql))

    # ------------------------------------------------------------ as a knowledge base (graphkit.kb)

    def check(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs (queries would read nothing)."""
        if self.ask("ASK { ?s ?p ?o }") or not self.ask("ASK { GRAPH ?g { ?s ?p ?o } }"):
            return
        raise EndpointError(f"{self.shown}: its default graph is not the union of its named graphs, which graphkit "
                            "queries read", hint="start the server so, e.g. `oxigraph serve --location DIR "
                                                 "--union-default-graph` (Fuseki: unionDefaultGraph)")

    def locked(self, on_wait=None):
        """No lock: a server keeps no writer out (one build at a time writes it)."""
        return nullcontext()

    def reader(self) -> Endpoint | None:
        """What the documents and people stored are read from: the server itself, or None when it holds no graph."""
        return self if self.ask("ASK { GRAPH ?g { ?s ?p ?o } }") else None

    def curation(self, reader) -> object:
        """The decisions a server keeps: none (curation is kept by a knowledge-base folder)."""
        from .curate import Curation

        return Curation()

    def write(self, graphs: dict[str, str | None], decisions=None, new_curation: bool = False) -> tuple[int, None]:
        """Replace (or remove, for None) each document's graph, in the order of their identifiers; the statements
        after (and no curation report: a server keeps no decisions)."""
        from .rdf import document_iri

        for doc_id, ntriples in sorted(graphs.items()):
            iri = str(document_iri(doc_id))
            if ntriples:
                self.put(iri, ntriples.encode("utf-8"))
            else:
                self.delete(iri)
        self.check()
        return self.size(), None

    def size(self) -> int:
        """The number of distinct statements the server's default graph holds."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        return int(next(iter(result))["n"].value)

    def entities_named(self, name: str) -> set[str]:
        """The IRIs of the entities a name labels (rdfs:label or skos:altLabel), compared case-insensitively."""
        result = self.query(
            "SELECT DISTINCT ?e ?l WHERE { VALUES ?p { rdfs:label skos:altLabel } ?e ?p ?l "
            "FILTER(isIRI(?e) && isLiteral(?l) && LCASE(STR(?l)) = LCASE(?name)) }",
            prefixes={k: PREFIXES[k] for k in ("rdfs", "skos")}, substitutions={ox.Variable("name"): ox.Literal(name)})
        wanted = name.casefold()
        return {row["e"].value for row in result if row["l"].value.casefold() == wanted}


def as_endpoint(source, **credentials) -> Endpoint:
    """An :class:`Endpoint` for a server's URL, or the endpoint itself."""
    if isinstance(source, Endpoint):
        return source
    if not is_url(source):
        raise InputError(f"{source!r} is not a SPARQL server's URL", hint="give http://HOST:PORT")
    return Endpoint(str(source), **credentials)
