"""``graphkit serve``: a knowledge base as a local web app (Starlette, run by uvicorn).

Routes:

- ``GET /``: the viewer's page (:func:`graphkit.view.render_html`) of the
  knowledge base's current graph, rendered once per version of the knowledge
  base (a build, a removal, an update or a curation action makes a new one, and
  the next request renders it);
- ``GET|POST /sparql``: a read-only SPARQL 1.1 Query endpoint over the
  knowledge base's default graph (the union of its documents, curated): the
  query as ``?query=``, as a form field, or as the body
  (``application/sparql-query``); results in the format the ``Accept`` header
  asks for: ``application/sparql-results+json`` (the default), ``text/csv``,
  ``text/tab-separated-values``; CONSTRUCT and DESCRIBE as ``text/turtle``
  (the default) or ``application/n-triples``. Updates are refused (403), and so
  are SERVICE and LOAD (400), as ``graphkit query`` refuses them;
- ``GET /queries`` and ``GET /queries/NAME``: the named queries
  (``ontology/queries/*.rq``) as HTML pages, their parameters from the query
  string (``?org=Binance``), with CSV and JSON downloads (``&format=csv``);
- ``POST /curate/ACTION`` (``reject-entity``, ``reject-relation``, ``merge``,
  ``rename``), only when the app is given a curation file: the decision is
  made as ``graphkit curate`` makes it, added to the file, and the file's
  decisions are replayed on the knowledge base (:func:`graphkit.kb.curate`) at
  once. Without a curation file they answer 403.

Cross-site requests: an action must carry the token of this run of the app (a
random value in the page's data, sent back in the ``X-Graphkit-Token`` header
or the ``token`` form field), which another site's page cannot read; a request
whose ``Origin`` header names another origin is refused whatever it carries.
The ``Host`` header must name the host the app serves (127.0.0.1, localhost,
::1, or the host given), so that a site that points its own name at 127.0.0.1
(DNS rebinding) reads neither the page nor its token.

Nothing here reaches the network: the page is self-contained, the query pages
load nothing and escape every value (HTML-escaped, and a Content-Security-Policy
that allows no script).
"""

from __future__ import annotations

import html
import io
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pyoxigraph as ox

from .errors import GraphkitError, MissingDependencyError, QueryError

#: The curation actions the app offers (``graphkit curate``'s, but add-relation, which needs a source).
ACTIONS = ("reject-entity", "reject-relation", "merge", "rename")

#: The hosts the app answers to when it listens on 127.0.0.1.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

_QUERY_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"


class ServeError(GraphkitError):
    """The app cannot start: its port is taken, or its host cannot be listened on."""

    code = "E950"
    exit_code = 2


def _starlette():
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(f"graphkit serve needs starlette and uvicorn ({exc})",
                                     hint="pip install 'graphkit[serve]'") from None


class _State:
    """The knowledge base as the app reads it: its current version, opened and its page rendered once."""

    def __init__(self, store_dir: Path, title: str, actions: dict | None) -> None:
        self.store_dir = store_dir
        self.title = title
        self.actions = actions
        self._lock = threading.Lock()
        self._version: str | None = None
        self._store: ox.Store | None = None
        self._page: str | None = None

    def _current(self) -> str:
        from .kb import StoreError

        try:
            return (self.store_dir / "CURRENT").read_text(encoding="utf-8").strip()
        except OSError:
            raise StoreError(f"{self.store_dir}: no such knowledge base",
                             hint="build one with `graphkit build ARTICLES --store DIR`") from None

    def store(self) -> ox.Store:
        from .kb import open_read

        with self._lock:
            version = self._current()
            if version != self._version or self._store is None:
                self._store, self._page, self._version = open_read(self.store_dir), None, version
            return self._store

    def page(self) -> str:
        from .sources import load_graph
        from .view import render_html

        store = self.store()
        with self._lock:
            if self._page is None or self._store is not store:
                # the graph `graphkit view DIR` draws: the default graph of the knowledge base's current version
                self._page = render_html(load_graph(self.store_dir), title=self.title, actions=self.actions)
            return self._page


def create_app(store_dir: str | Path, curation: str | Path | None = None, *, title: str | None = None,
               host: str = "127.0.0.1"):
    """The Starlette app that serves a knowledge base (see the module's documentation for its routes).

    Args:
        store_dir: a knowledge-base folder (``graphkit build … --store DIR``).
        curation: a curation file (created by the first action if missing): the app
            replays its decisions on the knowledge base now, and offers the curation
            actions, which it records there. None: the app only reads.
        title: the page's title. Default: the folder's name.
        host: the host the app listens on; requests must name it (or 127.0.0.1,
            localhost, ::1) in their ``Host`` header, unless it is 0.0.0.0 or ::.

    Raises:
        MissingDependencyError: starlette or uvicorn is not installed.
        StoreError: ``store_dir`` is not a knowledge base.
        CurationError: the curation file is malformed.

    Example:
        >>> from starlette.testclient import TestClient              # doctest: +SKIP
        >>> client = TestClient(create_app("kb/"), base_url="http://127.0.0.1")  # doctest: +SKIP
        >>> client.get("/sparql", params={"query": "ASK {}"}).json()  # doctest: +SKIP
        {'head': {}, 'boolean': True}
    """
    _starlette()
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
    from starlette.routing import Route

    from . import curate as curation_module
    from . import kb as knowledge_base

    store_dir = Path(store_dir)
    knowledge_base.open_read(store_dir)  # not a knowledge base: fail now, not at the first request
    curation_file = Path(curation) if curation is not None else None
    if curation_file is not None:
        knowledge_base.curate(store_dir, curation_module.load(curation_file, missing_ok=True))
    token = secrets.token_urlsafe(32)
    state = _State(store_dir, title or store_dir.resolve().name or "graphkit",
                   {"token": token} if curation_file is not None else None)
    writing = threading.Lock()
    hosts = None if host in ("0.0.0.0", "::", "") else LOCAL_HOSTS | {host.strip("[]")}

    def error(status: int, exc: GraphkitError | str, kind: str = "text") -> Response:
        text = str(exc)
        if kind == "json":
            return JSONResponse({"error": text}, status_code=status)
        return PlainTextResponse(text + "\n", status_code=status)

    def guarded(handler: Callable) -> Callable:
        async def endpoint(request):
            name = _host_name(request.headers.get("host", ""))
            if hosts is not None and name not in hosts:
                return error(421, f"this server answers to {', '.join(sorted(hosts))}, not to {name!r}")
            try:
                return await handler(request)
            except GraphkitError as exc:
                return error(400, exc, "json" if request.url.path.startswith("/curate/") else "text")
        return endpoint

    # ---- the page
    async def index(request):
        from starlette.concurrency import run_in_threadpool

        page = await run_in_threadpool(state.page)
        return HTMLResponse(page, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})

    # ---- SPARQL
    async def sparql(request):
        from starlette.concurrency import run_in_threadpool

        text, update = await _sparql_text(request)
        if update is not None:
            return error(403, "this endpoint only reads: SPARQL UPDATE is refused "
                              "(change the knowledge base with `graphkit build`, `remove` or `query --update`)")
        if text is None:
            return error(400, "give a SPARQL query: ?query=…, a form field 'query', or an application/sparql-query body")
        from .sparql import is_update

        if is_update(text):
            return error(403, "this endpoint only reads: SPARQL UPDATE is refused "
                              "(change the knowledge base with `graphkit build`, `remove` or `query --update`)")
        body, media = await run_in_threadpool(_answer, state.store(), text, request.headers.get("accept", ""))
        return Response(body, media_type=media)

    # ---- the named queries
    async def queries(request):
        from .store import named_queries

        items = "".join(
            f'<li><a href="queries/{html.escape(q.name)}">{html.escape(q.name)}</a> {html.escape(q.description)}</li>'
            for q in named_queries().values())
        return _html_page("Named queries", f"<ul>{items}</ul>")

    async def named(request):
        from starlette.concurrency import run_in_threadpool

        from .store import named_queries

        name = request.path_params["name"]
        found = named_queries().get(name)
        if found is None:
            return error(404, QueryError(f"no named query {name!r}", hint="GET /queries lists them"))
        params = {k: v for k, v in request.query_params.items() if k != "format" and v.strip()}
        unknown = sorted(set(params) - {p for p, _ in found.params})
        if unknown:
            return error(400, QueryError(f"{name} has no parameter {unknown[0]!r}",
                                         hint=f"its parameters: {', '.join(p for p, _ in found.params) or 'none'}"))
        fmt = request.query_params.get("format", "html")
        if fmt not in ("html", "csv", "json"):
            return error(400, QueryError(f"format = {fmt!r} is invalid; choose html, csv or json"))
        if fmt != "html":
            body, media = await run_in_threadpool(_named_result, state.store(), found, params, fmt)
            return Response(body, media_type=media,
                            headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
        table = await run_in_threadpool(_named_table, state.store(), found, params)
        return _html_page(name, _named_body(found, params, table))

    # ---- curation
    async def act(request):
        from starlette.concurrency import run_in_threadpool

        action = request.path_params["action"]
        if action not in ACTIONS:
            return error(404, f"no action {action!r}; the actions: {', '.join(ACTIONS)}", "json")
        if curation_file is None:
            return error(403, "this server only reads: start it with --curation FILE to record decisions", "json")
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
            return error(403, f"a request from another site ({origin}) is refused", "json")
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
        given = request.headers.get("x-graphkit-token") or form.get("token", "")
        if not secrets.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            return error(403, "the request lacks this page's token (X-Graphkit-Token): reload the page", "json")
        message = await run_in_threadpool(_record, action, form)
        return JSONResponse({"message": message})

    def _record(action: str, form: dict[str, str]) -> str:
        fields = {"reason": form.get("why") or None, "by": form.get("by") or None}
        if action == "reject-relation":
            fields.update(subject=form.get("subject"), predicate=form.get("predicate"), object=form.get("object"))
        elif action == "merge":
            fields.update(targets=[form.get("entity", "")], into=form.get("into", ""))
        elif action == "rename":
            fields.update(targets=[form.get("entity", "")], label=form.get("label"))
        else:
            fields.update(targets=[form.get("entity", "")])
        decision = curation_module.make(action, **fields)
        with writing:
            decisions, number = curation_module.add(curation_file, decision)
            try:
                report = knowledge_base.curate(store_dir, decisions)
            except GraphkitError:
                curation_module.undo(curation_file, number)
                raise
        text = f"decision {number} of {len(decisions)}: {decision.summary()}"
        if report is not None:
            missed = [m for m in report.missing if m.decision.iri == decisions.decisions[number - 1].iri]
            text += f" ({'changed nothing: ' + missed[0].reason if missed else report.describe()})"
        return text

    routes = [
        Route("/", guarded(index), methods=["GET"]),
        Route("/sparql", guarded(sparql), methods=["GET", "POST"]),
        Route("/queries", guarded(queries), methods=["GET"]),
        Route("/queries/{name}", guarded(named), methods=["GET"]),
        Route("/curate/{action}", guarded(act), methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.token = token
    return app


def _host_name(header: str) -> str:
    """The host a ``Host`` header names, without its port: ``127.0.0.1:8080`` → ``127.0.0.1``, ``[::1]:80`` → ``::1``."""
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if ":" in header else header


# --------------------------------------------------------------------------- SPARQL


async def _sparql_text(request) -> tuple[str | None, str | None]:
    """The query and the update a SPARQL protocol request carries (GET ?query=, POST form or direct)."""
    query = request.query_params.get("query")
    update = request.query_params.get("update")
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", "replace")
        if media == "application/sparql-query":
            query = body
        elif media == "application/sparql-update":
            update = body
        else:
            form = dict(parse_qsl(body, keep_blank_values=True))
            query = form.get("query", query)
            update = form.get("update", update)
    return query, update


_SOLUTIONS = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv",
              "text/tab-separated-values": "tsv"}
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def _accepted(accept: str, offered: list[str]) -> str:
    """The first media type of ``offered`` that ``accept`` takes, by its q values; the first offered by default."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *options = [p.strip() for p in part.split(";")]
        q = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    q = float(option[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, position, media.lower()))
    for q, _, media in sorted(ranked):
        if q == 0:
            continue
        for candidate in offered:
            if media in (candidate, "*/*", candidate.split("/")[0] + "/*"):
                return candidate
    return offered[0]


def _run(store: ox.Store, sparql: str, params: dict[str, str] | None = None):
    from .store import run_sparql

    return run_sparql(store, sparql, union=False, params=params)


def _answer(store: ox.Store, sparql: str, accept: str) -> tuple[bytes, str]:
    """A query's results in the format ``accept`` asks for, and its media type."""
    from .store import write_result

    result = _run(store, sparql)
    out = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        media = _accepted(accept, list(_GRAPHS))
        try:
            ox.serialize(result, out, format=_GRAPHS[media])
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {' '.join(str(exc).split())[:300]}", hint="check the query") from None
        return out.getvalue(), media
    media = _accepted(accept, list(_SOLUTIONS))
    write_result(result, _SOLUTIONS[media], out)
    return out.getvalue(), media + ("; charset=utf-8" if media.startswith("text/") else "")


def _named_result(store: ox.Store, query, params: dict[str, str], fmt: str) -> tuple[bytes, str]:
    from .store import write_result

    out = io.BytesIO()
    write_result(_run(store, query.text, params), fmt, out)
    return out.getvalue(), {"csv": "text/csv; charset=utf-8", "json": "application/sparql-results+json"}[fmt]


def _named_table(store: ox.Store, query, params: dict[str, str]) -> tuple[list[str], list[list[str]]] | bytes:
    """A named query's results as a table (variables, rows of cells), or Turtle for a CONSTRUCT."""
    from .store import _cell

    result = _run(store, query.text, params)
    try:
        if isinstance(result, ox.QueryTriples):
            from .vocab import PREFIXES

            return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
        if isinstance(result, ox.QueryBoolean):
            return ["answer"], [["true" if bool(result) else "false"]]
        variables = [v.value for v in result.variables]
        return variables, [[_cell(solution[v]) for v in variables] for solution in result]
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"the query failed: {' '.join(str(exc).split())[:300]}", hint="check the query") from None


def _named_body(query, params: dict[str, str], table) -> str:
    e = html.escape
    parts = [f"<p>{e(query.description)}</p>"]
    if query.params:
        fields = "".join(
            f'<label>{e(name)} <input name="{e(name)}" value="{e(params.get(name, ""))}" title="{e(about)}"></label> '
            for name, about in query.params)
        parts.append(f'<form method="get">{fields}<button type="submit">Run</button></form>')
    download = urlencode(params)
    sep = "&amp;" if download else ""
    parts.append(f'<p class="dl">Download: <a href="?{e(download)}{sep}format=csv">CSV</a> · '
                 f'<a href="?{e(download)}{sep}format=json">JSON</a></p>')
    if isinstance(table, bytes):
        parts.append(f"<pre>{e(table.decode('utf-8'))}</pre>")
    else:
        variables, rows = table
        head = "".join(f"<th>{e(v)}</th>" for v in variables)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
        parts.append(f"<p>{len(rows)} row{'s' if len(rows) != 1 else ''}</p>"
                     f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append(f"<details><summary>SPARQL</summary><pre>{e(query.text)}</pre></details>")
    return "".join(parts)


def _html_page(title: str, body: str):
    from starlette.responses import HTMLResponse

    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta name="referrer" content="no-referrer"><title>{html.escape(title)}</title><style>'
        "body{font:14px/1.4 system-ui,sans-serif;margin:1rem 2rem;color:#1f2328}"
        "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left;"
        "vertical-align:top}th{background:#f3f4f6}pre{background:#f6f8fa;padding:.5rem;overflow:auto}"
        '</style></head><body><nav><a href="/">graph</a> · <a href="/queries">named queries</a> · '
        f"<code>/sparql</code></nav><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(page, headers={"Content-Security-Policy": _QUERY_PAGE_CSP, "Cache-Control": "no-store"})


# --------------------------------------------------------------------------- running


def serve(store_dir: str | Path, *, host: str = "127.0.0.1", port: int = 8080, curation: str | Path | None = None,
          title: str | None = None, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve a knowledge base until interrupted (Ctrl-C, SIGTERM): :func:`create_app` run by uvicorn.

    The port is bound before anything else, so that a port in use is an error at once;
    ``on_ready(url)`` is called once the app listens. Port 0 takes a free port.

    Raises:
        ServeError: the port is in use, or the host cannot be listened on.
        MissingDependencyError, StoreError, CurationError: as :func:`create_app`.
    """
    import socket

    _starlette()
    import uvicorn

    app = create_app(store_dir, curation, title=title, host=host)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48):  # EADDRINUSE (Linux, macOS)
            raise ServeError(f"port {port} on {host} is in use", hint="give another one with --port, or stop "
                             "what listens there") from None
        raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror or exc})",
                         hint="check --host (an address of this machine) and --port") from None
    bound_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    if on_ready is not None:
        started = server.startup

        async def startup(sockets=None):
            await started(sockets=sockets)
            if server.started:
                on_ready(f"http://{shown}:{bound_port}/")

        server.startup = startup
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
