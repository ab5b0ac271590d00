"""How fast the named queries run on pyoxigraph (graphkit's engine) and on rdflib.

For each size, a synthetic graph following the output contract is made with
``benchmarks/generate.py`` (cached in a temporary folder), loaded into
pyoxigraph with ``graphkit.sources.open_graph`` and into an ``rdflib.Graph``,
and every query of ``ontology/queries/`` is run on both with the contract's
prefixes predeclared (``graphkit.store.query``; ``initNs`` for rdflib).
Parameters stay unbound ("all"), except those of ``PARAMS`` (``chain`` needs
its two ends).

A run is timed from the query text to the last row read: parsing, planning,
evaluation and iteration. The time shown is the median of ``--repeat`` runs;
runs longer than ``--single-over`` seconds are not repeated. Each engine runs
in a child process, so that a query can be stopped after ``--budget``
seconds: it is shown as "> BUDGET s", the size's other queries still run,
and the engine skips it on the larger sizes.

    python benchmarks/queries.py                       # 1k and 100k triples, about 3 minutes on 2 cores
    python benchmarks/queries.py --sizes 1k,100k,1M    # and 1M triples: about 8 minutes more
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


# ---------------------------------------------------------------- engines

#: Values for parameters a query cannot go without (the others stay unbound: "all").
#: chain unbound would look for the shortest chains between every two entities.
PARAMS = {"chain": {"from": "gke:binance", "to": "gke:afripol"}}
_GRACE = 15  # seconds past the budget before a child that does not answer is stopped


class _OverBudget(BaseException):
    """Raised by the alarm in a child; a BaseException so that no `except Exception` swallows it."""


def _alarm(signum, frame):
    raise _OverBudget


def _worker(conn, engine: str, path: str, queries: list, repeat: int, single_over: float, budget: float):
    """Runs in a child process: load the graph, then run the queries, with a message after each step.

    A run over the budget is stopped by an alarm where the engine gives control
    back to Python (rdflib always does; pyoxigraph between rows), else the
    parent stops the process.
    """
    import signal

    from graphkit.vocab import PREFIXES

    started = time.perf_counter()
    if engine == "rdflib":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(path, format="nt")
        size = len(graph)

        def run(text, params):
            bindings = {k: _rdflib_term(v, rdflib, PREFIXES) for k, v in params.items()}
            return graph.query(text, initNs=dict(PREFIXES), initBindings=bindings or None)
    else:
        from graphkit.sources import open_graph
        from graphkit.store import query

        store = open_graph(path)
        size = len(store)

        def run(text, params):
            return query(store, text, params=params) if params else query(store, text)
    conn.send(("load", time.perf_counter() - started, size))
    signal.signal(signal.SIGALRM, _alarm)
    for name, text, params in queries:
        for _ in range(repeat):
            gc.collect()
            started = time.perf_counter()
            try:
                signal.setitimer(signal.ITIMER_REAL, budget)
                rows = sum(1 for _ in run(text, params))
            except _OverBudget:
                conn.send(("over", name))
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - started
            conn.send(("run", name, elapsed, rows))
            if elapsed > single_over:
                break
        conn.send(("done", name))
    conn.send(("end",))


def _rdflib_term(value: str, rdflib, prefixes: dict):
    if value.startswith(("http://", "https://")):
        return rdflib.URIRef(value)
    prefix, _, local = value.partition(":")
    return rdflib.URIRef(prefixes[prefix] + local) if prefix in prefixes and local else rdflib.Literal(value)


def run_engine(engine: str, path: Path, queries: list, *, repeat: int, budget: float, single_over: float,
               load_budget: float) -> dict:
    """Load the graph and time the queries in a child process.

    Returns {'load': seconds (None if over the load budget), 'triples': n,
    'queries': {name: {'times': [...], 'rows': n, 'over': bool}}}. A child
    that does not answer within the budget is stopped, and a new one loads
    the graph again for the remaining queries.
    """
    context = multiprocessing.get_context("spawn")
    out: dict = {"load": None, "triples": None, "queries": {}, "reloads": 0}
    remaining = list(queries)
    while remaining:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, daemon=True,
                                  args=(child, engine, str(path), remaining, repeat, single_over, budget))
        process.start()
        child.close()
        try:
            if not parent.poll(load_budget):
                return out
            _, load, out["triples"] = parent.recv()
            if out["load"] is None:
                out["load"] = load
                _progress(f"    {engine} loaded in {_seconds(load)}")
            else:
                out["reloads"] += 1
            while remaining:
                name = remaining[0][0]
                result = out["queries"].setdefault(name, {"times": [], "rows": None, "over": False})
                if not parent.poll(budget + _GRACE):
                    result["over"] = True
                    _progress(f"    {engine} {name}: > {budget:g} s (stopped)")
                    remaining.pop(0)
                    break  # a new child for the rest
                message = parent.recv()
                if message[0] == "run":
                    result["times"].append(message[2])
                    result["rows"] = message[3]
                elif message[0] == "over":
                    result["over"] = True
                elif message[0] == "done":
                    remaining.pop(0)
                    _progress(f"    {engine} {name}: " + (f"> {budget:g} s" if result["over"] else
                              f"{_seconds(statistics.median(result['times']))} ({result['rows']} rows)"))
        finally:
            if process.is_alive():
                process.terminate()
            process.join(10)
            if process.is_alive():
                process.kill()
                process.join()
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
                        help="seconds a query may take on an engine; one over it is stopped, shown as '> N s', "
                             "and not run on that engine at the larger sizes (default 60)")
    parser.add_argument("--single-over", type=float, default=5,
                        help="runs longer than this many seconds are not repeated (default 5)")
    parser.add_argument("--load-budget", type=float, default=900,
                        help="seconds an engine may take to load a graph (default 900)")
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

    queries = {name: q.text for name, q in named_queries().items()}
    if args.queries:
        wanted = [q.strip() for q in args.queries.split(",")]
        unknown = [q for q in wanted if q not in queries]
        if unknown:
            parser.error(f"no named query {', '.join(unknown)}; named queries: {', '.join(queries)}")
        queries = {q: queries[q] for q in wanted}

    queries = [(name, text, PARAMS.get(name, {})) for name, text in queries.items()]
    engines = ["pyoxigraph"] + ([] if args.no_rdflib else ["rdflib"])
    started = time.perf_counter()
    results = []
    over: dict[str, dict[str, str]] = {engine: {} for engine in engines}  # query -> the size it went over the budget
    for size in sizes:
        path, meta = graph_file(size, args.seed, args.doc_triples, args.cache)
        _progress(f"{_size_name(size)}: {meta['triples']} triples in {path}")
        result = {"size": size, "file": str(path), "bytes": path.stat().st_size, "generator": meta}
        for engine in engines:
            todo = [q for q in queries if q[0] not in over[engine]]
            result[engine] = run_engine(engine, path, todo, repeat=args.repeat, budget=args.budget,
                                        single_over=args.single_over, load_budget=args.load_budget)
            for name, q in result[engine]["queries"].items():
                if q["over"]:
                    over[engine].setdefault(name, _size_name(size))
        results.append(result)

    # ---- report
    cores = os.cpu_count()
    print(f"graphkit named queries, pyoxigraph {pyoxigraph.__version__} vs rdflib {rdflib.__version__}, "
          f"Python {platform.python_version()}, {cores} cores; seed {args.seed}, "
          f"~{args.doc_triples:g} triples per document")
    print()

    def load_cell(r, engine):
        e = r.get(engine)
        if e is None:
            return "–"
        return f"> {args.load_budget:g} s" if e["load"] is None else _seconds(e["load"])

    header = ["size", "triples", "documents", "entities", "N-Triples", "generate", "load pyoxigraph", "load rdflib"]
    rows = []
    for r in results:
        gen = r["generator"]
        rows.append([_size_name(r["size"]), f"{gen['triples']:,}", f"{gen['documents']:,}",
                     f"{gen['entities']:,}", _bytes(r["bytes"]),
                     _seconds(gen["generate_seconds"]) + (" (cached)" if gen["cached"] else ""),
                     load_cell(r, "pyoxigraph"), load_cell(r, "rdflib")])
    print(_table(header, rows, right={1, 2, 3, 4, 5, 6, 7}))
    print()

    def measure(r, engine, name):
        """(median seconds or None, the cell to print, rows or None)."""
        e = r.get(engine)
        if e is None:
            return None, "–", None
        q = e["queries"].get(name)
        if q is None:
            if e["load"] is None:
                return None, "not loaded", None
            went_over = over[engine].get(name)
            return None, f"skipped (> {args.budget:g} s at {went_over})" if went_over else "skipped", None
        if q["over"]:
            return None, f"> {args.budget:g} s", None
        t = statistics.median(q["times"])
        return t, _seconds(t) + ("" if len(q["times"]) == args.repeat else f" ({len(q['times'])} run{'s' if len(q['times']) > 1 else ''})"), q["rows"]

    def ratio(a, b):
        r = a / b
        return f"{r:,.0f}×" if r >= 10 else f"{r:.1f}×" if r >= 0.1 else f"{r:.2f}×"

    header = ["size", "query", "rows", "pyoxigraph", "rdflib", "rdflib/pyoxigraph"]
    rows = []
    mismatches = 0
    for r in results:
        for name, _, _ in queries:
            o_time, o_cell, o_rows = measure(r, "pyoxigraph", name)
            r_time, r_cell, r_rows = measure(r, "rdflib", name)
            rows_cell = f"{o_rows:,}" if o_rows is not None else f"{r_rows:,}" if r_rows is not None else "–"
            if o_rows is not None and r_rows is not None and o_rows != r_rows:
                mismatches += 1
                rows_cell = f"{o_rows:,} ≠ {r_rows:,} !"
            if o_time is not None and r_time is not None:
                ratio_cell = ratio(r_time, o_time)
            elif o_time is not None and r_cell.startswith(">"):
                ratio_cell = "> " + ratio(args.budget, o_time)
            elif r_time is not None and o_cell.startswith(">"):
                ratio_cell = "< " + ratio(r_time, args.budget)
            else:
                ratio_cell = "–"
            rows.append([_size_name(r["size"]), name, rows_cell, o_cell, r_cell, ratio_cell])
    print(_table(header, rows, right={2, 3, 4, 5}))
    print()
    print(f"median of {args.repeat} run{'s' if args.repeat > 1 else ''}, from the query text to the last row read; "
          f"runs over {args.single_over:g} s are not repeated; a query over {args.budget:g} s is stopped "
          f"and not run on larger graphs")
    bound = [f"{name} ({', '.join(f'{k} = {v}' for k, v in PARAMS[name].items())})"
             for name, _, _ in queries if PARAMS.get(name)]
    print("parameters: " + ("; ".join(bound) + "; the others unbound" if bound else "all unbound"))
    if mismatches:
        print(f"rows differ between the engines on {mismatches} quer{'ies' if mismatches > 1 else 'y'} "
              f"(marked “pyoxigraph ≠ rdflib !”)")
    else:
        print("rows: the same on both engines wherever both finished")
    print(f"total {time.perf_counter() - started:.0f} s; graphs cached in {args.cache}")
    if args.json:
        args.json.write_text(json.dumps({"cores": cores, "pyoxigraph": pyoxigraph.__version__,
                                         "rdflib": rdflib.__version__, "seed": args.seed,
                                         "doc_triples": args.doc_triples, "repeat": args.repeat,
                                         "budget": args.budget, "params": PARAMS, "results": results},
                                        indent=1))
    return 1 if mismatches else 0

if __name__ == "__main__":
    sys.exit(main())
