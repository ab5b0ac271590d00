"""Time and memory of `graphkit build` on a synthetic corpus (benchmarks/corpus.py).

    python benchmarks/build.py --docs 1000 --jobs 1,2 [--size 3000] [--seed 0] [--format turtle]

For each number of jobs it runs ``python -m graphkit build CORPUS -o OUT
--jobs N`` in a child process and samples, every 0.5 s, the resident memory
(RSS) of that process and of its workers: the peak of their sum is what the
build needs. It prints one row per run: documents, characters, triples, wall
time, peak RSS of the main process, peak RSS of the whole process tree.

The corpus is written once to ``$TMPDIR/graphkit-benchmarks/corpus-<docs>-<size>-<seed>/``
and reused (``--corpus DIR`` to use another folder of articles). ``--keep``
keeps the output graph. Set ``PYTHONPATH`` to a checkout of another version
to measure that version with the same corpus.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus as corpus_module  # noqa: E402
import generate  # noqa: E402


def measure(command: list[str], *, interval: float = 0.5) -> dict:
    """Run ``command``; its wall time and the peaks of its RSS and of its process tree's RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak_main = peak_tree = 0
    while proc.poll() is None:
        try:
            main = ps.memory_info().rss
            tree = main
            for child in ps.children(recursive=True):
                try:
                    tree += child.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        time.sleep(interval)
    _, stderr = proc.communicate()
    if proc.returncode not in (0, 4):
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr.decode()}")
    return {"seconds": time.perf_counter() - started, "main_mb": peak_main / 2**20, "tree_mb": peak_tree / 2**20}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time and peak memory of graphkit build on a synthetic corpus.")
    parser.add_argument("--docs", type=generate._count, default=1000, help="articles (1000, 10k, 100k)")
    parser.add_argument("--size", type=int, default=3000, help="average characters per article (3000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", default="1,2", help="comma-separated numbers of jobs to run (1,2)")
    parser.add_argument("--format", default="turtle", choices=["turtle", "nt", "trig", "json-ld"])
    parser.add_argument("--corpus", default=None, help="a folder of articles to build instead of a generated one")
    parser.add_argument("--keep", action="store_true", help="keep the output graphs (their paths are printed)")
    args = parser.parse_args(argv)

    if args.corpus:
        folder = Path(args.corpus)
    else:
        folder = Path(tempfile.gettempdir()) / "graphkit-benchmarks" / f"corpus-{args.docs}-{args.size}-{args.seed}"
        if not (folder / ".complete").exists():
            print(f"writing {args.docs} articles to {folder} …", file=sys.stderr)
            corpus_module.write_corpus(folder, args.docs, seed=args.seed, size=args.size)
            (folder / ".complete").write_text("")
    files = [p for p in folder.rglob("*") if p.suffix in (".txt", ".md")]
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    ending = {"turtle": "ttl", "nt": "nt", "trig": "trig", "json-ld": "jsonld"}[args.format]
    print(f"{'docs':>8} {'chars':>8} {'jobs':>4} {'triples':>11} {'seconds':>9} {'main RSS':>9} {'tree RSS':>9}")
    for jobs in args.jobs.split(","):
        out = Path(tempfile.gettempdir()) / f"graphkit-bench-{os.getpid()}-{jobs}.{ending}"
        command = [sys.executable, "-m", "graphkit", "build", str(folder), "-o", str(out), "-f", args.format,
                   "--jobs", jobs]
        result = measure(command)
        triples = _triples(out, args.format)
        print(f"{len(files):>8} {chars / 1e6:>7.1f}M {jobs:>4} {triples:>11,} {result['seconds']:>9.1f} "
              f"{result['main_mb']:>8.0f}M {result['tree_mb']:>8.0f}M", flush=True)
        if args.keep:
            print(f"  {out}", file=sys.stderr)
        else:
            out.unlink(missing_ok=True)
    return 0


def _triples(path: Path, fmt: str) -> int:
    if fmt == "nt":
        with open(path, "rb") as f:
            return sum(1 for _ in f)
    import pyoxigraph as ox

    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "json-ld": ox.RdfFormat.JSON_LD}[fmt]
    return sum(1 for _ in ox.parse(path=str(path), format=rdf_format))


if __name__ == "__main__":
    sys.exit(main())
