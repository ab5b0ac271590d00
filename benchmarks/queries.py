"""How fast the named queries run on pyoxigraph (graphkit's engine) and on rdflib.

For each size, a synthetic graph following the output contract is made with
``benchmarks/generate.py`` (cached in a temporary folder), loaded into
pyoxigraph with ``graphkit.store.open_graph`` and into an ``rdflib.Graph``,
and every query of ``ontology/queries/`` is run on both with the contract's
prefixes predeclared (``graphkit.store.query``; ``initNs`` for rdflib).

A run is timed from the query text to the last row read: parsing, planning,
evaluation and iteration. The time shown is the median of ``--repeat`` runs.
rdflib runs in a child process so that a query over its budget can be
stopped: the first rdflib query of a size to take more than ``--budget``
seconds is shown as "> BUDGET s" and the remaining rdflib queries of that
size are skipped. rdflib runs longer than ``--single-over`` seconds are not
repeated.

    python benchmarks/queries.py                       # 1k and 100k triples, about 2 minutes on 2 cores
    python benchmarks/queries.py --sizes 1k,100k,1M    # 1M triples: rdflib alone needs several minutes
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _count(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def _size_name(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def _seconds(t: float | None) -> str:
    if t is None:
        return "–"
    if t < 0.001:
        return f"{t * 1000:.2f} ms"
    if t < 1:
        return f"{t * 1000:.1f} ms" if t < 0.1 else f"{t * 1000:.0f} ms"
    return f"{t:.2f} s" if t < 10 else f"{t:.1f} s"


def _bytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _progress(message: str):
    print(message, file=sys.stderr, flush=True)


# ------------------------------------------------------------ the graphs


def graph_file(size: int, seed: int, doc_triples: float, cache: Path) -> tuple[Path, dict]:
    """The cached .nt file of a size (made if missing) and what the generator said about it."""
    import generate

    source = hashlib.sha1((HERE / "generate.py").read_bytes()).hexdigest()[:10]
    stem = f"g{_size_name(size)}-seed{seed}-d{doc_triples:g}-{source}"
    path, meta_path = cache / f"{stem}.nt", cache / f"{stem}.json"
    if path.is_file() and meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        meta["cached"] = True
        return path, meta
    cache.mkdir(parents=True, exist_ok=True)
    _progress(f"{_size_name(size)}: generating {path}")
    started = time.perf_counter()
    partial = path.with_suffix(".part")
    stats = generate.write_ntriples(partial, size, seed=seed, doc_triples=doc_triples)
    elapsed = time.perf_counter() - started
    os.replace(partial, path)
    meta = dict(vars(stats), generate_seconds=elapsed)
    meta_path.write_text(json.dumps(meta))
    meta["cached"] = False
    return path, meta


# ----------------------------------------------------------------- rdflib


def _rdflib_worker(conn, path: str, queries: list[tuple[str, str]], prefixes: dict, repeat: int, single_over: float):
    """Runs in a child process: load the graph, then every query; a message after each step."""
    import rdflib

    started = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(path, format="nt")
    conn.send(("load", time.perf_counter() - started, len(graph)))
    for name, text in queries:
        for run in range(repeat):
            gc.collect()
            started = time.perf_counter()
            rows = sum(1 for _ in graph.query(text, initNs=prefixes))
            elapsed = time.perf_counter() - started
            conn.send(("run", name, elapsed, rows))
            if elapsed > single_over:
                break
        conn.send(("done", name))
    conn.send(("end",))


def run_rdflib(path: Path, queries: dict[str, str], prefixes: dict, *, repeat: int, budget: float,
               single_over: float, load_budget: float) -> dict:
    """{'load': seconds or None, 'triples': n, 'queries': {name: {'times': [...], 'rows': n, 'over': bool}}}."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_rdflib_worker, daemon=True,
                              args=(child, str(path), list(queries.items()), prefixes, repeat, single_over))
    process.start()
    child.close()
    out: dict = {"load": None, "triples": None, "queries": {}}
    try:
        if not parent.poll(load_budget):
            out["load_over"] = load_budget
            return out
        _, out["load"], out["triples"] = parent.recv()
        _progress(f"    rdflib loaded in {_seconds(out['load'])}")
        for name in queries:
            result = out["queries"][name] = {"times": [], "rows": None, "over": False}
            while True:
                if not parent.poll(budget):
                    result["over"] = True
                    _progress(f"    rdflib {name}: > {budget:g} s, the remaining queries are skipped")
                    return out
                message = parent.recv()
                if message[0] == "done":
                    break
                _, _, elapsed, rows = message
                result["times"].append(elapsed)
                result["rows"] = rows
            _progress(f"    rdflib {name}: {_seconds(statistics.median(result['times']))} ({result['rows']} rows)")
        return out
    finally:
        if process.is_alive():
            process.terminate()
        process.join(10)
        if process.is_alive():
            process.kill()
            process.join()


# ------------------------------------------------------------- pyoxigraph


def run_pyoxigraph(path: Path, queries: dict[str, str], *, repeat: int) -> dict:
    from graphkit.store import open_graph, query

    started = time.perf_counter()
    store = open_graph(path)
    out: dict = {"load": time.perf_counter() - started, "triples": len(store), "queries": {}}
    _progress(f"    pyoxigraph loaded in {_seconds(out['load'])}")
    for name, text in queries.items():
        times, rows = [], None
        for _ in range(repeat):
            gc.collect()
            started = time.perf_counter()
            rows = sum(1 for _ in query(store, text))
            times.append(time.perf_counter() - started)
        out["queries"][name] = {"times": times, "rows": rows, "over": False}
    del store
    return out


# ------------------------------------------------------------------- main


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Time graphkit's named queries on pyoxigraph and on rdflib, on synthetic graphs.",
        epilog="example: python benchmarks/queries.py --sizes 1k,100k,1M --repeat 3")
    parser.add_argument("--sizes", default="1000,100000",
                        help="graph sizes in triples, comma-separated; 1k, 100k, 1M also work (default 1000,100000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query; the median is shown (default 3)")
    parser.add_argument("--budget", type=float, default=60,
                        help="seconds one rdflib query may take before the size's remaining rdflib queries are skipped (default 60)")
    parser.add_argument("--single-over", type=float, default=10,
                        help="rdflib runs longer than this many seconds are not repeated (default 10)")
    parser.add_argument("--load-budget", type=float, default=900, help="seconds rdflib may take to load a graph (default 900)")
    parser.add_argument("--queries", help="only these named queries, comma-separated (default: all)")
    parser.add_argument("--no-rdflib", action="store_true", help="time pyoxigraph only")
    parser.add_argument("--seed", type=int, default=0, help="the generator's seed (default 0)")
    parser.add_argument("--doc-triples", type=float, default=40, help="the generator's triples per document (default 40)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "graphkit-benchmarks",
                        help="where generated graphs are kept (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write every measurement to this JSON file")
    args = parser.parse_args(argv)
    sizes = [_count(s) for s in args.sizes.split(",") if s.strip()]
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    import pyoxigraph
    import rdflib

    from graphkit.store import named_queries
    from graphkit.vocab import PREFIXES

    queries = {name: q.text for name, q in named_queries().items()}
    if args.queries:
        wanted = [q.strip() for q in args.queries.split(",")]
        unknown = [q for q in wanted if q not in queries]
        if unknown:
            parser.error(f"no named query {', '.join(unknown)}; named queries: {', '.join(queries)}")
        queries = {q: queries[q] for q in wanted}

    started = time.perf_counter()
    results = []
    for size in sizes:
        path, meta = graph_file(size, args.seed, args.doc_triples, args.cache)
        _progress(f"{_size_name(size)}: {meta['triples']} triples in {path}")
        ox = run_pyoxigraph(path, queries, repeat=args.repeat)
        rd = None if args.no_rdflib else run_rdflib(
            path, queries, dict(PREFIXES), repeat=args.repeat, budget=args.budget,
            single_over=args.single_over, load_budget=args.load_budget)
        results.append({"size": size, "file": str(path), "bytes": path.stat().st_size, "generator": meta,
                        "pyoxigraph": ox, "rdflib": rd})

    # ---- report
    cores = os.cpu_count()
    print(f"graphkit named queries, pyoxigraph {pyoxigraph.__version__} vs rdflib {rdflib.__version__}, "
          f"Python {platform.python_version()}, {cores} cores; seed {args.seed}, "
          f"~{args.doc_triples:g} triples per document")
    print()
    header = ["size", "triples", "documents", "entities", "N-Triples", "generate", "load pyoxigraph", "load rdflib"]
    rows = []
    for r in results:
        gen, rd = r["generator"], r["rdflib"]
        if rd is None:
            rd_load = "–"
        elif rd["load"] is None:
            rd_load = f"> {args.load_budget:g} s"
        else:
            rd_load = _seconds(rd["load"])
        rows.append([_size_name(r["size"]), f"{r['pyoxigraph']['triples']:,}", f"{gen['documents']:,}",
                     f"{gen['entities']:,}", _bytes(r["bytes"]),
                     _seconds(gen["generate_seconds"]) + (" (cached)" if gen["cached"] else ""),
                     _seconds(r["pyoxigraph"]["load"]), rd_load])
    print(_table(header, rows, right={1, 2, 3, 4, 5, 6, 7}))
    print()
    header = ["size", "query", "rows", "pyoxigraph", "rdflib", "rdflib/pyoxigraph"]
    rows = []
    mismatches = 0
    for r in results:
        rd = r["rdflib"]
        for name in queries:
            o = r["pyoxigraph"]["queries"][name]
            o_time = statistics.median(o["times"])
            rows_cell, rd_cell, ratio = f"{o['rows']:,}", "–", "–"
            q = (rd or {}).get("queries", {}).get(name)
            if rd is not None and rd["load"] is None:
                rd_cell = "not loaded"
            elif q is None and rd is not None:
                rd_cell = "skipped"
            elif q is not None and q["over"]:
                rd_cell, ratio = f"> {args.budget:g} s", f"> {args.budget / o_time:,.0f}×"
            elif q is not None:
                t = statistics.median(q["times"])
                rd_cell = _seconds(t) + ("" if len(q["times"]) == args.repeat else f" ({len(q['times'])} run)")
                ratio = f"{t / o_time:,.0f}×" if t / o_time >= 10 else f"{t / o_time:.1f}×"
                if q["rows"] != o["rows"]:
                    mismatches += 1
                    rows_cell = f"{o['rows']:,} ≠ {q['rows']:,} !"
            rows.append([_size_name(r["size"]), name, rows_cell, _seconds(o_time), rd_cell, ratio])
    print(_table(header, rows, right={2, 3, 4, 5}))
    print()
    print(f"median of {args.repeat} runs, from the query text to the last row read; rdflib runs over "
          f"{args.single_over:g} s are run once; rows are checked to be the same on both engines"
          + (f" (“≠ !”: pyoxigraph ≠ rdflib, {mismatches} queries)" if mismatches else ""))
    print(f"total {time.perf_counter() - started:.0f} s; graphs cached in {args.cache}")
    if args.json:
        args.json.write_text(json.dumps({"cores": cores, "pyoxigraph": pyoxigraph.__version__,
                                         "rdflib": rdflib.__version__, "seed": args.seed,
                                         "doc_triples": args.doc_triples, "repeat": args.repeat,
                                         "results": results}, indent=1))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
