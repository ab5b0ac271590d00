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

Only the standard library talks HTTP (``urllib.request``). An endpoint on a
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

import base64
import http.client
import ipaddress
import re
import socket
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pyoxigraph as ox

from .errors import GraphkitError, InputError

#: The path a server's bare URL gets: Oxigraph's Graph Store Protocol service.
DEFAULT_PATH = "/store"

_CONTENT_TYPE = "application/n-triples"
#: The longest timeout, in seconds (eleven days): the system's timers take no more than a few billion.
MAX_TIMEOUT = 1_000_000

_MAX_NAMED = 5  # graphs named in an error message before "… and N more"
_MAX_ERROR_TEXT = 4096  # bytes of an error answer read, for its first line


class EndpointError(GraphkitError):
    """A SPARQL server could not be reached, timed out, or answered an HTTP error."""

    code = "E800"
    exit_code = 5


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


def shown_url(endpoint: str) -> str:
    """An endpoint as messages show it: a password in it is replaced by ``***``.

    Example:
        >>> shown_url("http://bob:s3cret@127.0.0.1:7878/store")
        'http://bob:***@127.0.0.1:7878/store'
    """
    text = endpoint.strip()
    m = re.match(r"(?s)([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@(.*)", text)
    if m is None:
        return text
    user, sep, _ = m.group(2).partition(":")
    return f"{m.group(1)}{user}{':***' if sep else ''}@{m.group(3)}"


def graph_store_url(endpoint: str) -> str:
    """The Graph Store Protocol URL of an endpoint: the URL as given, without a trailing slash, query string nor credentials.

    Servers name their service differently (Oxigraph ``/store``, Fuseki
    ``/DATASET/data``, Virtuoso ``/sparql-graph-crud``, GraphDB and RDF4J
    ``/repositories/REPO/rdf-graphs/service``), so a path is kept as it is;
    only a server's bare URL (``http://host:7878``) gets Oxigraph's ``/store``.

    Raises:
        InputError: the endpoint is not an http(s) URL with a host.

    Example:
        >>> graph_store_url("http://127.0.0.1:7878/")
        'http://127.0.0.1:7878/store'
        >>> graph_store_url("http://127.0.0.1:3030/ds/data")
        'http://127.0.0.1:3030/ds/data'
    """
    text = endpoint.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number from 0 to 65535
    except ValueError as exc:
        raise InputError(f"endpoint = {shown_url(endpoint)!r} is not a valid URL ({exc})",
                         hint="give the server's URL, e.g. http://127.0.0.1:7878 or http://[::1]:7878/store") from None
    if re.search(r"[\x00-\x20\x7f]", text):
        raise InputError(f"endpoint = {shown_url(endpoint)!r} holds a space or a control character",
                         hint="check the URL; write a space in its path as %20")
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(f"endpoint = {shown_url(endpoint)!r} is not an http(s) URL",
                         hint="give the server's URL, e.g. http://127.0.0.1:7878 or http://127.0.0.1:7878/store")
    if parts.query or parts.fragment:
        raise InputError(f"endpoint = {shown_url(endpoint)!r} has a query string or a fragment",
                         hint="give the server's base URL or its Graph Store Protocol URL, without ?… or #…")
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~").rstrip("/") or DEFAULT_PATH  # a path in any script, as ASCII
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme.lower(), netloc, path, "", ""))


def _authorization(endpoint: str, user: str | None, password: str | None, token: str | None) -> str | None:
    """The ``Authorization`` header's value, from the URL's ``user:password@`` or the keywords; None for none.

    Raises:
        InputError: credentials given twice, half of them, or that a header cannot carry; the
            message never holds a password or a token.
    """
    parts = urlsplit(endpoint.strip())
    if parts.username is not None:
        if user is not None or token is not None or (password is not None and parts.password is not None):
            raise InputError("the endpoint's URL holds a user and password: give them once",
                             hint="keep user:password@ in the URL, or give --user and --password (or --token), "
                                  "not both")
        user = unquote(parts.username)
        if parts.password is not None:
            password = unquote(parts.password)
    if token is not None and (user is not None or password is not None):
        raise InputError("give either a user and password or a token, not both",
                         hint="basic authentication takes --user and --password, bearer authentication --token")
    if user is not None and password is None:
        raise InputError("a user without a password: give it in GRAPHKIT_PUSH_PASSWORD or --password",
                         hint="the environment keeps it out of the shell's history")
    if password is not None and user is None:
        raise InputError("a password without a user: give it with --user or GRAPHKIT_PUSH_USER",
                         hint="or put user:password@ in the endpoint's URL")
    for what, value in (("user", user), ("password", password), ("token", token)):
        if value is not None and re.search(r"[\x00-\x1f\x7f]", value):
            raise InputError(f"the {what} holds a control character (a line break?)",
                             hint="give it as it is, without line breaks or tabs")
    if token is not None:
        if not token.isascii() or not token.strip():
            raise InputError("the token is empty or holds a character that is not ASCII",
                             hint="give the bearer token the server issued, as it is")
        return f"Bearer {token.strip()}"
    if user is None:
        return None
    if ":" in user:
        raise InputError(f"user = {user!r} is invalid: a user name for basic authentication cannot hold ':'",
                         hint="check the user name")
    return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with each secret (a password, a token) replaced by ``***``, should a server echo one."""
    for secret in secrets:
        if len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


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
            raise InputError(f"{store_dir}: graph <{iri}> cannot be read: {_one_line(str(exc))}; "
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
        raise InputError(f"{folder}: the store cannot be read: {_one_line(str(exc))}",
                         hint="check the folder and its permissions") from None


def _graph_iris(store: ox.Store, folder: Path) -> list[str]:
    try:
        names = list(store.named_graphs())
    except OSError as exc:
        raise InputError(f"{folder}: the store cannot be read: {_one_line(str(exc))}",
                         hint="check the folder") from None
    blank = [n for n in names if not isinstance(n, ox.NamedNode)]
    if blank:
        raise InputError(f"{folder}: {len(blank)} named graph(s) are blank nodes, which an endpoint cannot address",
                         hint="give every graph an IRI")
    return [n.value for n in names]


class _Deadline:
    """Shuts the connections of one PUT when its time is up, whatever the server is sending.

    A socket timeout bounds each read, not the exchange: a server that sends a byte a
    second would keep a PUT going for ever. A timer shuts the sockets down at the
    deadline, so that the read in progress ends at once.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed
        pass


def _watched(base: type, deadline: _Deadline) -> type:
    """A subclass of an ``http.client`` connection class whose sockets the deadline watches.

    The socket is watched from the moment it is made, so that a proxy's tunnel and the
    TLS handshake are bounded too.
    """

    class Watched(base):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            create = self._create_connection

            def create_watched(*a, **k):
                sock = create(*a, **k)
                deadline.watch(sock)
                return sock

            self._create_connection = create_watched

    return Watched


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPConnection, deadline)

    def http_open(self, req):
        return self.do_open(self._connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPSConnection, deadline)

    def https_open(self, req):
        return self.do_open(self._connection, req, context=self._context)


def _opener(url: str, deadline: _Deadline) -> urllib.request.OpenerDirector:
    """An opener whose connections the deadline watches; it honours the environment's proxies, except for loopback hosts."""
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    handlers = [_HTTPHandler(deadline), _HTTPSHandler(deadline)]
    if loopback:
        handlers.append(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener(*handlers)


def _send(request: urllib.request.Request, action: str, endpoint: str, timeout: float,
          answer: list[bytes] | None = None) -> tuple[str, str] | None:
    """None when the request succeeded, else (message, hint); the whole exchange takes at most ``timeout`` s.

    ``action`` names the request in messages (``PUT <graph IRI>``). With ``answer``, a list,
    the body of a successful answer is read, within the same deadline, and appended to it.
    """
    with _Deadline(timeout) as deadline:
        failure = _exchange(_opener(request.full_url, deadline), request, action, endpoint, timeout, answer)
    if failure is not None and deadline.expired:  # whatever the shut connection raised, the reason is the time
        return _timed_out(endpoint, action, timeout)
    return failure


def _exchange(opener, request: urllib.request.Request, action: str, endpoint: str,
              timeout: float, answer: list[bytes] | None = None) -> tuple[str, str] | None:
    try:
        with opener.open(request, timeout=timeout) as response:
            if answer is not None:
                answer.append(response.read())
                answer.append(response.headers.get("Content-Type", "").encode("latin-1", "replace"))
            # else a success: its status is all we need, its body is not read
        return None
    except urllib.error.HTTPError as exc:
        text = _first_line(exc)
        status = f"HTTP {exc.code} {exc.reason}".rstrip()
        hint = "check the endpoint's URL and that it accepts Graph Store Protocol PUTs"
        if not action.startswith(("PUT", "DELETE")):
            hint = "check the endpoint's URL and that it is a SPARQL 1.1 server"
        if exc.code in (401, 403):
            hint = ("check the credentials: user:password@ in the URL, --user and --password, or --token "
                    "(GRAPHKIT_PUSH_USER, GRAPHKIT_PUSH_PASSWORD, GRAPHKIT_PUSH_TOKEN)")
        return (f"{endpoint} answered {status} to {action}" + (f": {text}" if text else ""), hint)
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return _timed_out(endpoint, action, timeout)
        if isinstance(reason, ConnectionRefusedError):
            return (f"cannot connect to {endpoint}: connection refused",
                    "start the server or check the URL")
        return (f"cannot reach {endpoint}: {_one_line(str(reason))}", "start the server or check the URL")
    except TimeoutError:
        return _timed_out(endpoint, action, timeout)
    except (OSError, http.client.HTTPException) as exc:
        detail = _one_line(str(exc)) or type(exc).__name__
        return (f"the connection to {endpoint} failed during {action}: {detail}",
                "check that the URL is the server's and that the server is healthy")


def _timed_out(endpoint: str, action: str, timeout: float) -> tuple[str, str]:
    maybe = " (the server may still replace that graph)" if action.startswith(("PUT", "DELETE")) else ""
    return (f"{endpoint} timed out after {timeout:g} s on {action}{maybe}",
            "check that the server is healthy, or give it a longer timeout")


def _first_line(exc: urllib.error.HTTPError) -> str:
    try:
        text = exc.read(_MAX_ERROR_TEXT).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    for line in text.splitlines():
        if line.strip():
            return _one_line(line)
    return ""


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(iris: list[str]) -> str:
    shown = ", ".join(iris[:_MAX_NAMED])
    return shown + (f" … and {len(iris) - _MAX_NAMED} more" if len(iris) > _MAX_NAMED else "")


def _progress(pushed: list[str], not_pushed: list[str]) -> str:
    total = len(pushed) + len(not_pushed)
    text = f"{len(pushed)} of {total} graphs pushed"
    if pushed:
        text += f" ({_names(pushed)})"
    return text + f", not pushed: {_names(not_pushed)}"
