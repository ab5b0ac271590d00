"""Headless Chromium for the viewer's browser tests (tests/test_browser.py) and benchmarks/viewer.py.

Debian's ``chromium`` package (``make test`` installs it when it is missing)
is driven by Python Playwright, with Playwright's own browser download never
used: :func:`launch` points ``executable_path`` at the system's chromium.

Every page is opened by :func:`open_page` in a context of its own, with

- **no network**: every request other than the page's own ``file://`` URL
  (and ``data:``/``blob:``) is aborted and recorded in ``Page.blocked``;
- **errors recorded**: console messages of type ``error``, uncaught
  exceptions (``pageerror``), dialogs (``alert``, ``confirm`` …: dismissed and
  recorded) and Content-Security-Policy violations (``securitypolicyviolation``
  events, recorded by an init script);
- **time to interactive**: an init script notes ``performance.now()`` (whose
  origin is the navigation's start) when ``document.body.dataset.ready``
  becomes ``"true"``; :meth:`Page.wait_ready` waits for it.

The viewer's page has a strict CSP (no ``'unsafe-eval'``), so nothing here
uses Playwright's ``wait_for_function`` with a string predicate (it evaluates
the string with ``eval`` in the page, which the CSP refuses): waiting is a
loop of ``page.evaluate`` calls, which DevTools runs outside the CSP.
"""

from __future__ import annotations

import os
import shutil
import struct
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

#: Set to 1 to skip the browser tests explicitly; otherwise a missing browser fails them.
SKIP_ENV = "GRAPHKIT_SKIP_BROWSER"
#: Path of the chromium binary to use instead of the one on PATH.
CHROMIUM_ENV = "GRAPHKIT_CHROMIUM"

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-dev-shm-usage",  # containers often have a small /dev/shm
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
]

# Runs in every frame before the page's own scripts (DevTools injects it: the page's CSP does not apply).
_INIT_SCRIPT = r"""
(function () {
  window.__gk = {csp: [], readyAt: null};
  document.addEventListener("securitypolicyviolation", function (e) {
    window.__gk.csp.push(e.violatedDirective + " " + (e.blockedURI || "") + " " + (e.sample || ""));
  }, true);
  function check() {
    if (window.__gk.readyAt === null && document.body && document.body.dataset.ready === "true") {
      window.__gk.readyAt = performance.now();
    }
  }
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true,
                                                 attributeFilter: ["data-ready"]});
})();
"""


class BrowserUnavailable(RuntimeError):
    """Playwright or chromium is missing; the message says how to install them."""


def chromium_executable() -> str:
    """Path of the system's chromium: $GRAPHKIT_CHROMIUM, else ``chromium`` on PATH."""
    explicit = os.environ.get(CHROMIUM_ENV)
    if explicit:
        if not Path(explicit).is_file():
            raise BrowserUnavailable(f"{CHROMIUM_ENV}={explicit} is not a file")
        return explicit
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    raise BrowserUnavailable(
        "chromium is not installed: the browser tests drive Debian's chromium with Playwright. "
        "Run `make test` (its `chromium` step runs `apt-get install -y --no-install-recommends chromium`), "
        f"or install it by hand, or set {CHROMIUM_ENV}=/path/to/chromium; "
        f"set {SKIP_ENV}=1 to skip the browser tests on purpose."
    )


class Browser:
    """One headless chromium (a fresh temporary profile, removed on close) and its Playwright driver."""

    def __init__(self) -> None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            raise BrowserUnavailable(
                f"Python Playwright cannot be imported ({exc}): `pip install -e '.[test]'` installs it "
                f"(never `playwright install`: the tests use the system's chromium); set {SKIP_ENV}=1 to skip."
            ) from exc
        executable = chromium_executable()
        self._driver = sync_playwright().start()
        try:
            # launch() gives chromium a new --user-data-dir in the temporary folder and deletes it on close
            self.browser = self._driver.chromium.launch(
                executable_path=executable, headless=True, args=CHROMIUM_ARGS, timeout=60_000
            )
        except Exception as exc:
            self._driver.stop()
            raise BrowserUnavailable(f"chromium at {executable} does not start under Playwright: {exc}") from exc
        self.executable = executable
        self.version = self.browser.version

    def close(self) -> None:
        try:
            self.browser.close()
        finally:
            self._driver.stop()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class Page:
    """A page opened by :func:`open_page`, with what it did."""

    page: object  # playwright.sync_api.Page
    context: object  # playwright.sync_api.BrowserContext
    url: str
    blocked: list[str] = field(default_factory=list)  # requests aborted: anything but the page itself
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    started: float = 0.0  # time.perf_counter() just before navigation

    def js(self, expression: str, arg=None):
        """``page.evaluate``: an expression, or a function applied to ``arg``."""
        return self.page.evaluate(expression, arg)

    def wait_for(self, expression: str, *, timeout: float = 30.0, interval: float = 0.05, what: str = ""):
        """Poll ``expression`` until it is truthy; return its value. Raises AssertionError after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.page.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out after {timeout:g} s waiting for {what or expression}; last value {value!r}; "
                    f"console errors {self.console_errors}; page errors {self.page_errors}"
                )
            time.sleep(interval)

    def wait_ready(self, timeout: float = 60.0) -> float:
        """Wait for ``document.body.dataset.ready === "true"``; return the time to it, in ms from navigation start."""
        self.wait_for(
            "document.body !== null && document.body.dataset.ready === 'true'",
            timeout=timeout,
            what='document.body.dataset.ready === "true"',
        )
        at = self.page.evaluate("window.__gk && window.__gk.readyAt")
        return float(at) if at is not None else float(self.page.evaluate("performance.now()"))

    def csp_violations(self) -> list[str]:
        return list(self.page.evaluate("window.__gk ? window.__gk.csp : []"))

    def problems(self) -> dict[str, list[str]]:
        """Everything that should not have happened, by kind (empty lists when the page behaved)."""
        return {
            "network requests": list(self.blocked),
            "console errors": list(self.console_errors),
            "page errors": list(self.page_errors),
            "dialogs": list(self.dialogs),
            "CSP violations": self.csp_violations(),
        }

    def assert_clean(self) -> None:
        found = {kind: items for kind, items in self.problems().items() if items}
        assert not found, f"the page at {self.url} misbehaved: {found}"

    def close(self) -> None:
        self.context.close()


def open_page(
    browser: Browser,
    path: str | Path,
    *,
    viewport: tuple[int, int] = (1280, 800),
    init_script: str | None = None,
) -> Page:
    """Open ``path`` (a local HTML file, or the URL of a server on 127.0.0.1) in a new context, network
    blocked (but for that server's origin), errors recorded.

    The page is loaded (``load`` event) but not waited for: call :meth:`Page.wait_ready`.
    """
    local = str(path).startswith("http://127.0.0.1:")
    url = str(path) if local else Path(path).resolve().as_uri()
    origin = url[: url.index("/", len("http://")) + 1] if local else None
    context = browser.browser.new_context(
        viewport={"width": viewport[0], "height": viewport[1]},
        accept_downloads=True,
        service_workers="block",
        locale="en-US",
        timezone_id="UTC",
    )
    tab = context.new_page()
    result = Page(page=tab, context=context, url=url)

    def route(request_route) -> None:
        request_url = request_route.request.url
        if request_url == url or request_url.startswith(("data:", "blob:")) or (
                origin is not None and request_url.startswith(origin)):
            request_route.continue_()
        else:
            result.blocked.append(f"{request_route.request.method} {request_url}")
            request_route.abort("blockedbyclient")

    context.route("**/*", route)
    tab.on("websocket", lambda ws: result.blocked.append(f"WebSocket {ws.url}"))
    tab.on("console", lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: result.page_errors.append(str(exc)))

    def dialog(d) -> None:
        result.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    tab.on("dialog", dialog)
    tab.add_init_script(_INIT_SCRIPT)
    if init_script:
        tab.add_init_script(init_script)
    tab.set_default_timeout(30_000)
    result.started = time.perf_counter()
    tab.goto(url, wait_until="load", timeout=120_000)
    return result


# --------------------------------------------------------------------------- big graphs


def load_graph_fast(path: Path, fmt: str = "nt"):
    """An rdflib graph of a big file, parsed by pyoxigraph.

    rdflib's own N-Triples parser (which ``graphkit.sources.load_graph`` ends with)
    takes tens of seconds on the 340k triples of the 5,000-entity graph; this
    takes a few, and rdflib's ``SimpleMemory`` store adds triples faster than
    the default one.
    """
    import pyoxigraph as ox
    from rdflib import BNode, Graph, Literal, URIRef

    cache: dict = {}

    def term(t):
        found = cache.get(t)
        if found is None:
            if isinstance(t, ox.NamedNode):
                found = URIRef(t.value)
            elif isinstance(t, ox.BlankNode):
                found = BNode(t.value)
            elif t.language:
                found = Literal(t.value, lang=t.language)
            else:
                found = Literal(t.value, datatype=URIRef(t.datatype.value))
            cache[t] = found
        return found

    graph = Graph(store="SimpleMemory")
    add = graph.add
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.from_extension(fmt)):
        add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


# --------------------------------------------------------------------------- PNG, without Pillow


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR; AssertionError if ``data`` is not a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"not a PNG: starts with {data[:8]!r}"
    assert data[12:16] == b"IHDR", "PNG without IHDR first"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Decode an 8-bit, non-interlaced PNG (grey, RGB, grey+alpha or RGBA): (width, height, channels, raw pixels)."""
    width, height = png_size(data)
    pos, chunks, ihdr = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    assert ihdr is not None
    _, _, depth, colour_type, _, _, interlace = ihdr
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    assert depth == 8 and channels and interlace == 0, f"unsupported PNG: depth {depth}, colour type {colour_type}"
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    out = bytearray(stride * height)
    prev = bytearray(stride)
    bpp = channels
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif kind != 0:
            raise AssertionError(f"bad PNG filter type {kind} on row {y}")
        out[y * stride : (y + 1) * stride] = line
        prev = line
    return width, height, channels, bytes(out)


def colour_counts(
    width: int, channels: int, pixels: bytes, box: tuple[int, int, int, int] | None = None
) -> dict[bytes, int]:
    """How many pixels of each colour (alpha ignored) in ``box`` = (x0, y0, x1, y1), or the whole image."""
    height = len(pixels) // (width * channels)
    x0, y0, x1, y1 = box or (0, 0, width, height)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(width, x1), min(height, y1)
    counts: dict[bytes, int] = {}
    keep = min(channels, 3)
    for y in range(y0, y1):
        row = pixels[(y * width + x0) * channels : (y * width + x1) * channels]
        for i in range(0, len(row), channels):
            colour = row[i : i + keep]
            counts[colour] = counts.get(colour, 0) + 1
    return counts
