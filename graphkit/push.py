"""Push a knowledge base's named graphs to a SPARQL 1.1 Graph Store Protocol endpoint.

A knowledge base ("store") is a folder holding pyoxigraph on-disk stores with
one named graph per document: a folder made by ``graphkit build --store`` (its
current version is pushed) or a bare pyoxigraph store folder. :func:`push`
sends each named graph with one HTTP ``PUT`` to ``<gsp>?graph=<IRI>``, which
replaces that graph on the server as a whole
(https://www.w3.org/TR/sparql11-http-rdf-update/): the server never holds half
of a graph. Graphs go one after the other, in the order of their
IRIs; the first failure stops the push, and the :class:`PushError` names the
graphs that were pushed and those that were not.

HTTP is :mod:`graphkit.remote`'s, shared with :mod:`graphkit.endpoint`: only
the standard library talks it (``urllib.request``). An endpoint on a
loopback address is reached directly, never through a proxy of the environment.
Credentials go in an ``Authorization`` header: HTTP basic authentication
(``user:password@`` in the URL, or ``user`` and ``password``) or a bearer
``token``. No message ever shows them: an endpoint is shown with ``***`` for
its password (:func:`shown_url`).

Each PUT has a deadline for the whole exchange (connecting, sending, the
answer): when it passes, the connection is shut, however the server trickles
its bytes. Of an answer, push reads the status and headers, and of an error at
most the first 4 KB of its text: a server that answers without end costs
neither time nor memory.
"""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pyoxigraph as ox

from .errors import InputError, one_line
from .remote import (DEFAULT_PATH, MAX_TIMEOUT, EndpointError, _authorization, _scrub, _send,  # noqa: F401 - the API
                     graph_store_url, shown_url)

_CONTENT_TYPE = "application/n-triples"

_MAX_NAMED = 5  # graphs named in an error message before "… and N more"


class PushError(EndpointError):
    """A graph could not be pushed: the server is down, timed out, or answered an HTTP error.

    ``pushed`` and ``not_pushed`` hold the IRIs of the graphs the push did and did
    not replace on the server; ``not_pushed[0]`` is the graph whose PUT failed.
    """

    code = "E800"
    exit_code = 5

    def __init__(self, message: str, *, pushed: tuple[str, ...] = (), not_pushed: tuple[str, ...] = (),
                 hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.pushed = pushed
        self.not_pushed = not_pushed


@dataclass(frozen=True)
class PushResult:
    """What a push sent: the number of named graphs and of their triples."""

    graphs: int
    triples: int


def push(store_dir: Path, endpoint: str, *, timeout: float = 30.0, user: str | None = None,
         password: str | None = None, token: str | None = None) -> PushResult:
    """Replace each named graph of a store on a Graph Store Protocol endpoint.

    Args:
        store_dir: a knowledge base's folder (its current version is pushed) or a bare
            pyoxigraph store's folder (opened read-only: push it once it is written).
        endpoint: the server's Graph Store Protocol URL, used as given (see
            :func:`graph_store_url`); a bare server URL gets Oxigraph's ``/store``.
        timeout: seconds one graph's PUT may take in all (connecting, sending, the answer),
            at most :data:`MAX_TIMEOUT`.
        user, password: HTTP basic authentication, unless the endpoint's URL holds
            ``user:password@`` (percent-encoded); give the password alone to go with a
            user named in the URL.
        token: bearer authentication, instead of a user and password.

    Only named graphs are pushed, not the default graph: in a knowledge base the
    default graph is the union of the document graphs (a server such as
    ``oxigraph serve --union-default-graph`` makes that union itself).

    Raises:
        InputError: the endpoint is not http(s), the credentials are incomplete or given twice,
            or the folder is missing or not a readable store.
        StoreError: a knowledge-base folder whose current version cannot be opened (``graphkit.kb``).
        PushError: a PUT failed; nothing after it was sent.

    Example:
        >>> push(Path("kb"), "http://127.0.0.1:7878")  # doctest: +SKIP
        PushResult(graphs=5, triples=2922)
    """
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ValueError(f"timeout = {timeout} is invalid; value must be > 0 and <= {MAX_TIMEOUT}")
    url = graph_store_url(endpoint)
    authorization = _authorization(endpoint, user, password, token)
    secrets = tuple(x for x in (password, token, urlsplit(endpoint.strip()).password) if x)
    secrets += tuple(unquote(x) for x in secrets)
    shown = shown_url(endpoint)
    headers = {"Content-Type": _CONTENT_TYPE}
    if authorization is not None:
        headers["Authorization"] = authorization
    store = _open_store(Path(store_dir))
    names = sorted(_graph_iris(store, store_dir))
    pushed: list[str] = []
    triples = 0
    for i, iri in enumerate(names):
        graph = ox.NamedNode(iri)
        try:
            body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            count = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
        except OSError as exc:
            raise InputError(f"{store_dir}: graph <{iri}> cannot be read: {one_line(str(exc), 200)}; "
                             f"{_progress(pushed, names[i:])}", hint="check the folder") from None
        request = urllib.request.Request(
            f"{url}?graph={quote(iri, safe='')}", data=body, method="PUT", headers=headers)
        failure = _send(request, f"PUT <{iri}>", shown, timeout)
        if failure is not None:
            message, hint = (_scrub(text, secrets) for text in failure)
            raise PushError(f"{message}; {_progress(pushed, names[i:])}",
                            pushed=tuple(pushed), not_pushed=tuple(names[i:]), hint=hint)
        pushed.append(iri)
        triples += count
    return PushResult(graphs=len(pushed), triples=triples)


def _open_store(folder: Path) -> ox.Store:
    """The store of a folder, read-only: a knowledge base (CURRENT + versions/) or a bare pyoxigraph store."""
    if not folder.exists():
        raise InputError(f"{folder}: no such store folder", hint="give the folder of a knowledge base")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder", hint="give the folder of a knowledge base, not a file")
    if not (folder / "CURRENT").is_file():
        raise InputError(f"{folder}: not a graphkit store (no pyoxigraph store in it)",
                         hint="give the folder of a knowledge base")
    try:
        pointer = (folder / "CURRENT").read_text(encoding="utf-8", errors="replace").strip()
    except OSError as exc:
        raise InputError(f"{folder}: cannot be read ({exc.strerror})", hint="check the folder's permissions") from None
    if not pointer.startswith("MANIFEST-"):  # RocksDB's own CURRENT names a manifest; a knowledge base's, a version
        from .kb import open_read  # a knowledge base of `graphkit build --store`: its current version

        return open_read(folder)
    try:
        return ox.Store.read_only(str(folder))
    except (OSError, RuntimeError) as exc:
        raise InputError(f"{folder}: the store cannot be read: {one_line(str(exc), 200)}",
                         hint="check the folder and its permissions") from None


def _graph_iris(store: ox.Store, folder: Path) -> list[str]:
    try:
        names = list(store.named_graphs())
    except OSError as exc:
        raise InputError(f"{folder}: the store cannot be read: {one_line(str(exc), 200)}",
                         hint="check the folder") from None
    blank = [n for n in names if not isinstance(n, ox.NamedNode)]
    if blank:
        raise InputError(f"{folder}: {len(blank)} named graph(s) are blank nodes, which an endpoint cannot address",
                         hint="give every graph an IRI")
    return [n.value for n in names]


def _names(iris: list[str]) -> str:
    shown = ", ".join(iris[:_MAX_NAMED])
    return shown + (f" … and {len(iris) - _MAX_NAMED} more" if len(iris) > _MAX_NAMED else "")


def _progress(pushed: list[str], not_pushed: list[str]) -> str:
    total = len(pushed) + len(not_pushed)
    text = f"{len(pushed)} of {total} graphs pushed"
    if pushed:
        text += f" ({_names(pushed)})"
    return text + f", not pushed: {_names(not_pushed)}"
