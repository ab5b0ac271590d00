"""How big and how fast the viewer's page is: render time in Python, time to interactive in Chromium.

For the graph of the five seed articles and for synthetic graphs of about
1,000 and 5,000 entities (benchmarks/generate.py), it renders the page with
``graphkit.view.write_html`` and opens it in headless Chromium (Debian's
``chromium``, driven by Playwright as in tests/test_browser.py, network
blocked), then prints one row per graph:

    graph     nodes  edges     HTML   render  interactive  notes
    seeds        52     42   0.6 MB   0.03 s       1.38 s
    1k         1006    755   1.1 MB   1.47 s       1.54 s
    5k         5154   4548   3.8 MB   4.26 s       3.46 s

(2 shared cores, chromium 156; "notes" lists what the page did wrong: requests,
console errors, page errors, dialogs, CSP violations.)

- *render*: ``write_html`` on a graph already in memory (reading the file is
  not counted), the better of two runs;
- *interactive*: from the navigation's start to ``document.body.dataset.ready
  === "true"`` (the network drawn and usable), the median of ``--repeat``
  loads, each in a fresh browser context.

Run it from the repository root, with the project's environment:

    .venv/bin/python benchmarks/viewer.py                   # seeds, 1k, 5k: about a minute
    .venv/bin/python benchmarks/viewer.py --sizes 5k --repeat 3
"""

from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import browser as bw  # noqa: E402

#: --triples and --doc-triples of generate.py for about this many entities (seed 0).
SIZES = {
    "1k": (55_000, 10),  # ~1,000 entities
    "5k": (340_000, 10),  # 5,154 entities
    "10k": (700_000, 10),
}


def _seeds_graph():
    from graphkit import build

    return build([ROOT / "examples" / "corpus"]).graph


def _generated_graph(size: str, folder: Path):
    triples, doc_triples = SIZES[size]
    nt = folder / f"g{size}.nt"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--triples", str(triples),
         "--doc-triples", str(doc_triples), "-o", str(nt)],
        check=True, capture_output=True,
    )
    return bw.load_graph_fast(nt)


def measure(browser: bw.Browser, name: str, graph, folder: Path, repeat: int, timeout: float) -> dict:
    from graphkit.view import write_html

    render = math.inf
    for _ in range(2):  # the best of two: the first pays for imports (the layout's numpy/scipy) and caches
        started = time.perf_counter()
        html = write_html(graph, folder / f"{name}.html", title=name)
        render = min(render, time.perf_counter() - started)
    row = {"graph": name, "nodes": "?", "edges": "?", "html": html.stat().st_size, "render": render,
           "interactive": None, "problems": ""}
    times = []
    for _ in range(repeat):
        page = bw.open_page(browser, html)
        try:
            times.append(page.wait_ready(timeout=timeout) / 1000)
            row["nodes"] = page.js("window.graphkit ? window.graphkit.nodeCount : '?'")
            row["edges"] = page.js("window.graphkit ? window.graphkit.edges.length : '?'")
            found = {kind: len(items) for kind, items in page.problems().items() if items}
            row["problems"] = ", ".join(f"{n} {kind}" for kind, n in found.items())
        except AssertionError:
            row["problems"] = f"not interactive within {timeout:g} s"
            break
        finally:
            page.close()
    if times:
        row["interactive"] = statistics.median(times)
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="seeds,1k,5k",
                        help=f"comma-separated: seeds and/or {', '.join(SIZES)} (default seeds,1k,5k)")
    parser.add_argument("--repeat", type=int, default=1, help="page loads per graph; the median is shown")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for the page (default 120)")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s != "seeds" and s not in SIZES]
    if unknown:
        parser.error(f"unknown sizes {unknown}")

    header = f"{'graph':<8} {'nodes':>6} {'edges':>6} {'HTML':>8} {'render':>8} {'interactive':>12}  notes"
    with tempfile.TemporaryDirectory(prefix="graphkit-viewer-") as tmp, bw.Browser() as browser:
        folder = Path(tmp)
        print(f"# chromium {browser.version} ({browser.executable})")
        print(header)
        for size in sizes:
            graph = _seeds_graph() if size == "seeds" else _generated_graph(size, folder)
            row = measure(browser, size, graph, folder, args.repeat, args.timeout)
            interactive = f"{row['interactive']:.2f} s" if row["interactive"] is not None else "-"
            print(f"{row['graph']:<8} {row['nodes']!s:>6} {row['edges']!s:>6} {row['html'] / 1e6:>5.1f} MB "
                  f"{row['render']:>6.2f} s {interactive:>12}  {row['problems']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
