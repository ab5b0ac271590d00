"""The page: ``page.html`` filled with the legend, the data, vis-network and the page's own script
and style sheet (``app.js``, ``style.css``), all inlined, under a CSP that allows only those scripts."""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.resources as resources
import json
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from ..errors import MissingDependencyError
from ..vocab import RELATIONS, SCORED_CLASSES
from .palette import (CLASS_COLOURS, CLASS_SHAPES, NEUTRAL_COLOUR, OTHER_RELATION_COLOUR, RELATION_COLOURS,
                      UNDIRECTED_RELATIONS, _class_colour)
from .read import _View


@lru_cache(maxsize=1)
def _vendor_assets() -> tuple[str, str, str]:
    """(version, JS, CSS) of the newest vis-network that pyvis ships, ready to inline."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError("pyvis is not installed", hint="pip install 'pyvis==0.3.2'")
    package = Path(next(iter(spec.submodule_search_locations)))
    found = []
    for js_path in package.glob("**/vis-network.min.js"):
        css_path = js_path.with_name("vis-network.css")
        match = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", js_path.parent.name)
        if css_path.is_file() and match:
            found.append((tuple(int(g) for g in match.groups()), str(js_path), js_path, css_path))
    if not found:
        raise MissingDependencyError(
            f"pyvis in {package} ships no vis-network.min.js with vis-network.css",
            hint="reinstall pyvis==0.3.2, which ships vis-network 9.1.2 under pyvis/templates/lib/",
        )
    version, _, js_path, css_path = max(found)
    js = js_path.read_text(encoding="utf-8")
    css = css_path.read_text(encoding="utf-8")
    if "DataSet" not in js or "vis-network" not in js[:2000]:
        raise MissingDependencyError(
            f"{js_path} is not vis-network's standalone build (no DataSet in it)",
            hint="reinstall pyvis==0.3.2",
        )
    return ".".join(map(str, version)), _inline_js(js), _slim_css(css)


def _inline_js(js: str) -> str:
    """JS safe to put between ``<script>`` tags.

    The HTML parser would end the element at ``</script`` and change state at
    ``<!--`` or ``<script``; vis-network holds ``"<script>"`` in one string
    literal (a core-js fallback for old IE). ``\\x3c`` is ``<`` in JS strings
    and regular expressions, the only places such text can occur.
    """
    js = js.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"<(?=/?script|!--)", r"\\x3c", js, flags=re.IGNORECASE)


def _slim_css(css: str) -> str:
    """vis-network's CSS without the rules that embed images.

    Those rules (base64 PNG icons, ~200 kB) style the navigation buttons,
    manipulation toolbar and configurator, none of which the page turns on.
    """
    css = css.replace("\r\n", "\n").replace("\r", "\n")
    kept, start, depth = [], 0, 0
    for i, ch in enumerate(css):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                break
            if depth == 0:
                rule = css[start : i + 1]
                start = i + 1
                if "url(" not in rule:
                    kept.append(rule.strip())
    else:
        if depth == 0 and not css[start:].strip():
            css = "\n".join(kept)
    return re.sub(r"<(?=/?style)", r"\\3c ", css, flags=re.IGNORECASE)


def _script_json(value: object) -> str:
    """JSON that cannot end or confuse the ``<script>`` element it is embedded in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _legend(view: _View, data: dict) -> dict | None:
    """What the legend lists: classes (subclasses under their scored class), relations, communities, time."""
    if not view.entities:
        return None
    community_mode = "communities" in data
    by_root: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    colours: dict[str, str] = {}
    for entity in view.entities:
        by_root[entity.root][entity.cls] += 1
        colours[entity.cls] = NEUTRAL_COLOUR if community_mode else _class_colour(entity)
    classes = [
        {
            "name": root,
            "glyph": CLASS_SHAPES[root][1],
            "colour": NEUTRAL_COLOUR if community_mode else CLASS_COLOURS[root],
            "count": sum(by_root[root].values()),
            "subclasses": [{"name": cls, "colour": colours[cls], "count": by_root[root][cls]}
                           for cls in sorted(cls for cls in by_root[root] if cls != root)],
        }
        for root in SCORED_CLASSES
        if root in by_root
    ]
    counts: dict[str, int] = defaultdict(int)
    for relation in view.relations:
        counts[relation.predicate] += 1
    relations = [
        {
            "name": name,
            "head": "" if name in UNDIRECTED_RELATIONS else "\u25b6",
            "colour": RELATION_COLOURS.get(name, OTHER_RELATION_COLOUR),
            "count": counts[name],
        }
        for name in RELATIONS
        if name in counts
    ]
    return {"classes": classes, "relations": relations, "communities": data.get("communities"), "time": data["time"]}


def _asset(name: str) -> str:
    """One of the page's own files, shipped beside this module (``app.js``, ``style.css``), without its last newline."""
    return (resources.files(__package__) / name).read_text(encoding="utf-8").strip()


#: The page's script and style sheet, inlined into every page; the script's SHA-256 is in the page's CSP.
_SCRIPT = _asset("app.js")
_STYLE = _asset("style.css")


@lru_cache(maxsize=1)
def _template():
    """``page.html`` as a jinja2 template whose every value is escaped by :func:`html.escape`, unless it is
    :class:`markupsafe.Markup` (the inlined scripts and style sheets, the JSON data, the CSP)."""
    import jinja2
    from markupsafe import Markup

    def escape(value: object) -> str:
        return value if isinstance(value, Markup) else html.escape(str(value))

    environment = jinja2.Environment(autoescape=False, finalize=escape, trim_blocks=True, lstrip_blocks=True,
                                     keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return environment.from_string((resources.files(__package__) / "page.html").read_text(encoding="utf-8"))


def _page(view: _View, data: dict, *, title: str, served: bool = False) -> str:
    from markupsafe import Markup

    version, vendor_js, vendor_css = _vendor_assets()
    n_entities, n_relations = len(data["nodes"]), len(data["edges"])

    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    counts = " \u00b7 ".join(
        (
            count(n_entities, "entity", "entities"),
            count(n_relations, "relation", "relations"),
            count(view.documents, "document", "documents"),
        )
    )
    unpin = (
        "Release the pinned nodes and resume the layout"
        if data["options"]["physics"]["enabled"]
        else "Put the nodes you moved back where the layout placed them"
    )
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vendor_js)} {_csp_hash(_SCRIPT)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        # a page that `graphkit serve` serves sends its curation actions back to where it came from
        + ("; connect-src 'self'" if served else "")
    )
    return _template().render(
        title=title,
        version=version,
        counts=counts,
        unpin=unpin,
        entities=bool(view.entities),
        decisions=len(view.decisions),
        legend=_legend(view, data),
        csp=Markup(html.escape(csp, quote=False)),
        vendor_css=Markup(vendor_css),
        style=Markup(_STYLE),
        data=Markup(_script_json(data)),
        vendor_js=Markup(vendor_js),
        script=Markup(_SCRIPT),
    )
