"""HTTP to a SPARQL server: URLs, credentials, and one request under one deadline.

What :mod:`graphkit.push` and :mod:`graphkit.endpoint` share. Only the
standard library talks HTTP (``urllib.request``). An endpoint on a loopback
address is reached directly, never through a proxy of the environment.
Credentials go in an ``Authorization`` header: HTTP basic authentication
(``user:password@`` in the URL, or ``user`` and ``password``) or a bearer
``token``; no message ever shows them (:func:`shown_url`, :func:`_scrub`).
Each request has a deadline for the whole exchange (connecting, sending, the
answer): when it passes, the connection is shut, however the server trickles
its bytes.
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
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from .errors import GraphkitError, InputError, one_line

#: The path a server's bare URL gets: Oxigraph's Graph Store Protocol service.
DEFAULT_PATH = "/store"

#: The longest timeout, in seconds (eleven days): the system's timers take no more than a few billion.
MAX_TIMEOUT = 1_000_000

_MAX_ERROR_TEXT = 4096  # bytes of an error answer read, for its first line


class EndpointError(GraphkitError):
    """A SPARQL server could not be reached, timed out, or answered an HTTP error."""

    code = "E800"
    exit_code = 5


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
        return (f"cannot reach {endpoint}: {one_line(str(reason), 200)}", "start the server or check the URL")
    except TimeoutError:
        return _timed_out(endpoint, action, timeout)
    except (OSError, http.client.HTTPException) as exc:
        detail = one_line(str(exc), 200) or type(exc).__name__
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
            return one_line(line, 200)
    return ""
