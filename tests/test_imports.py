"""The import graph of the graphkit package has no cycle.

Data flows one way: files → documents → stages → resolution → RDF → store,
viewer, exports; a lower layer never imports a higher one, so no module is
ever reached again by following imports from it. Every import counts: at the
top of a module and inside a function alike (a function-level import only
hides a cycle until the function runs). The graph is read from the sources
with :mod:`ast`; nothing of graphkit is imported to build it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphkit"


def modules(root: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted module name → (source file, whether it is a package's ``__init__``), for every ``.py`` below ``root``."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts.pop()
        found[".".join(parts)] = (path, package)
    return found


def import_graph(root: Path) -> dict[str, dict[str, int]]:
    """Module → {module it imports: line of the first such import}, within the package at ``root``.

    ``from . import x`` is an import of the submodule ``x`` when there is one, else
    of the package; an import of a module inside another package (``a.b.c`` from
    outside ``a.b``) runs that package's ``__init__`` first, so it imports the
    package too (not the top package, whose ``__init__`` every module shares).
    """
    known = modules(root)
    top = root.name

    def owner(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, dict[str, int]] = {name: {} for name in known}
    for name, (path, is_package) in known.items():
        here = name if is_package else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - node.level + 1]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in known else module
                           for alias in node.names]
            for target in targets:
                if target != top and not target.startswith(top + "."):
                    continue
                found = owner(target)
                if found is None:
                    continue
                imported = [found]
                package = found.rpartition(".")[0] if not known[found][1] else found
                while package and package != top and not name.startswith(package + ".") and name != package:
                    imported.append(package)  # the package's __init__ runs before the module
                    package = package.rpartition(".")[0]
                for module in imported:
                    if module != name:
                        graph[name].setdefault(module, node.lineno)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle through each strongly connected component of more than one module (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)

    found = []
    for component in components:
        members = set(component)
        start = component[0]
        # breadth-first from start back to start, inside the component: a shortest cycle through it
        parent: dict[str, str] = {}
        frontier = [start]
        while frontier and start not in parent:
            nxt = []
            for v in frontier:
                for w in sorted(graph[v]):
                    if w in members and w not in parent:
                        parent[w] = v
                        nxt.append(w)
            frontier = nxt
        path = [start]
        while path[-1] != start or len(path) == 1:
            path.append(parent[path[-1]])
        found.append(path[::-1])
    return found


def describe(graph: dict[str, dict[str, int]], cycle: list[str]) -> str:
    steps = [f"{a} (line {graph[a][b]}) -> {b}" for a, b in zip(cycle, cycle[1:])]
    return "\n    ".join(steps)


def test_the_package_has_no_import_cycle():
    graph = import_graph(PACKAGE)
    assert len(graph) > 30 and any(graph.values())  # the package was read
    found = cycles(graph)
    assert not found, "import cycles:\n  " + "\n  ".join(describe(graph, c) for c in found)


def test_no_module_imports_the_command_line_or_the_package_facade():
    """``cli`` is the top: only ``__main__`` imports it; the package's ``__init__`` (the API) is imported by none."""
    graph = import_graph(PACKAGE)
    for name, imported in sorted(graph.items()):
        if name not in ("graphkit.__main__",):
            assert "graphkit.cli" not in imported, f"{name} imports graphkit.cli (line {imported['graphkit.cli']})"
        if name != "graphkit.cli":
            assert "graphkit" not in imported, f"{name} imports the package graphkit (line {imported['graphkit']})"


@pytest.mark.parametrize("layer, above", [
    ("graphkit.extract", ("graphkit.ingest", "graphkit.resolve", "graphkit.rdf", "graphkit.pipeline",
                          "graphkit.store", "graphkit.kb", "graphkit.view", "graphkit.analyze", "graphkit.evaluate")),
    ("graphkit.ingest", ("graphkit.extract", "graphkit.resolve", "graphkit.rdf", "graphkit.pipeline", "graphkit.kb",
                         "graphkit.sources", "graphkit.store")),
    ("graphkit.rdf", ("graphkit.pipeline", "graphkit.store", "graphkit.kb", "graphkit.sources")),
    ("graphkit.sources", ("graphkit.store", "graphkit.view", "graphkit.analyze", "graphkit.evaluate",
                          "graphkit.validate")),
    ("graphkit.store", ("graphkit.kb", "graphkit.view", "graphkit.analyze", "graphkit.evaluate", "graphkit.validate")),
])
def test_a_lower_layer_imports_no_higher_one(layer, above):
    graph = import_graph(PACKAGE)
    for name, imported in sorted(graph.items()):
        if name == layer or name.startswith(layer + "."):
            for target, line in imported.items():
                assert not any(target == a or target.startswith(a + ".") for a in above), \
                    f"{name} (line {line}) imports {target}, a higher layer"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_a_cycle_through_a_function_level_import_is_found_and_printed(tmp_path):
    root = _write(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/low.py": "def f():\n    from .high import g\n    return g\n",
        "pkg/high.py": "from . import low\n",
        "pkg/other.py": "from pkg.low import f\n",
    })
    graph = import_graph(root)
    assert graph["pkg.low"] == {"pkg.high": 2}
    assert graph["pkg.high"] == {"pkg.low": 1}
    (cycle,) = cycles(graph)
    assert cycle == ["pkg.high", "pkg.low", "pkg.high"]
    assert describe(graph, cycle) == "pkg.high (line 1) -> pkg.low\n    pkg.low (line 2) -> pkg.high"


def test_importing_a_module_of_a_subpackage_imports_its_init(tmp_path):
    root = _write(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/base.py": "",
        "pkg/sub/__init__.py": "from .part import x\n",
        "pkg/sub/part.py": "from ..base import y\nfrom .other import z\n",
        "pkg/sub/other.py": "",
        "pkg/base2.py": "from pkg.sub.other import z\n",
    })
    graph = import_graph(root)
    assert graph["pkg.base2"] == {"pkg.sub.other": 1, "pkg.sub": 1}
    assert graph["pkg.sub.part"] == {"pkg.base": 1, "pkg.sub.other": 2}  # a sibling: the package already runs
    assert cycles(graph) == []
    (root / "sub" / "other.py").write_text("from ..base2 import w\n", encoding="utf-8")
    assert cycles(import_graph(root)) == [["pkg.base2", "pkg.sub.other", "pkg.base2"]]


def test_checking_outputs_beside_the_inputs_imports_no_knowledge_base_module(tmp_path):
    # a build's outputs are checked against its inputs; the knowledge base's module (and what it imports) is
    # loaded only for an output inside a folder given as input, where it may be a knowledge base
    import subprocess
    import sys

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Europol and Microsoft signed an agreement.", encoding="utf-8")
    script = ("import sys\n"
              "from graphkit.sources import check_outputs\n"
              "check_outputs([sys.argv[1]], [('-o', sys.argv[2])])\n"
              "print('graphkit.kb' in sys.modules)\n")
    outside = subprocess.run([sys.executable, "-c", script, str(tmp_path / "articles"), str(tmp_path / "g.ttl")],
                             capture_output=True, text=True, check=True, cwd=PACKAGE.parent)
    inside = subprocess.run([sys.executable, "-c", script, str(tmp_path / "articles"),
                             str(tmp_path / "articles" / "g.ttl")],
                            capture_output=True, text=True, check=True, cwd=PACKAGE.parent)
    assert (outside.stdout.strip(), inside.stdout.strip()) == ("False", "True")


def test_a_build_imports_neither_rdflib_nor_babel_nor_logging_once_its_cache_is_filled(tmp_path):
    """rdflib (a tenth of a second of every start) is for the Python API's graphs: ``graphkit build`` writes its
    statements as strings (``graphkit.iris``); the ontology's entry in the cache is found without it too. babel
    (and its CLDR tables: time zones, names) is read once into the cache, and its entries are found by the files
    babel has installed, without importing it. rdflib's log is turned down when rdflib is imported, so that
    ``logging`` (and the patterns it compiles) is not imported either."""
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Binance joined INTERPOL in Paris to fight scams. Europol helped.",
                                    encoding="utf-8")
    script = ("import sys\nfrom graphkit.cli import main\n"
              "main(['build', sys.argv[1], '-o', sys.argv[2], '-q'], standalone_mode=False)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'babel', 'logging')))\n")
    env = {**__import__("os").environ, "GRAPHKIT_CACHE_DIR": str(tmp_path / "cache")}
    for run in ("first, the cache built", "then loaded"):
        done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "a.txt"), str(tmp_path / "g.ttl")],
                              capture_output=True, text=True, env=env, cwd=PACKAGE.parent, check=True)
        assert "gke:binance" in (tmp_path / "g.ttl").read_text(encoding="utf-8"), run
        if run == "then loaded":
            assert done.stdout.strip() == "[]", run
