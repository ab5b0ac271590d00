"""Precision of relations per confidence band, and per method, on sets with gold annotations.

    python scripts/calibration.py [--detail] GRAPH GOLD_DIR [GRAPH GOLD_DIR …]

With --detail, a third table counts each full method (``structure:name``,
``cue:lookback`` …) per predicate.

A relation triple of the graph counts as right unless `graphkit evaluate` lists it
among the false relations (so a triple between entities that only optional gold
entities match counts as right: the figures are an upper bound); its confidence
is the highest of its evidence, its method that evidence's. The bands say whether a confidence means
something: precision should grow with it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict

import pyoxigraph as ox

QUERY = """
PREFIX ppp: <https://w3id.org/graphkit/ppp#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o (MAX(?c) AS ?conf) (SAMPLE(?m) AS ?method) WHERE {
  ?e a ppp:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ppp:confidence ?c .
  OPTIONAL { ?e ppp:method ?m }
} GROUP BY ?s ?p ?o
"""
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]


def main(argv: list[str]) -> int:
    detail = "--detail" in argv
    argv = [a for a in argv if a != "--detail"]
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    band_counts = defaultdict(lambda: [0, 0])
    method_counts = defaultdict(lambda: [0, 0])
    detail_counts = defaultdict(lambda: [0, 0])
    for graph, gold in zip(argv[::2], argv[1::2]):
        done = subprocess.run([sys.executable, "-m", "graphkit", "evaluate", graph, "--gold", gold, "--json"],
                              capture_output=True, text=True, check=True)
        report = json.loads(done.stdout)
        false = {(f["subject"], f["predicate"], f["object"]) for f in report["misses"]["false_relations"]}
        store = ox.Store()
        store.load(path=graph, format=ox.RdfFormat.TURTLE)
        for row in store.query(QUERY):
            s, p, o = row["s"].value, row["p"].value.rsplit("#", 1)[-1], row["o"].value
            conf = float(row["conf"].value)
            method = row["method"].value.split(":")[1] if row["method"] is not None else "?"
            right = (s, p, o) not in false and (o, p, s) not in false
            full = ":".join(row["method"].value.split(":")[1:]) if row["method"] is not None else "?"
            for table, key in ((band_counts, next(b for b in BANDS if b[0] <= conf < b[1])), (method_counts, method),
                               (detail_counts, (full, p))):
                table[key][0 if right else 1] += 1
    print("| confidence | right | wrong | precision |\n|---|---|---|---|")
    for band in BANDS:
        r, w = band_counts[band]
        if r + w:
            print(f"| {band[0]:.1f}–{min(band[1], 1.0):.1f} | {r} | {w} | {r / (r + w):.2f} |")
    print("\n| method | right | wrong | precision |\n|---|---|---|---|")
    for method, (r, w) in sorted(method_counts.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {method} | {r} | {w} | {r / (r + w):.2f} |")
    if detail:
        print("\n| method | predicate | right | wrong | precision |\n|---|---|---|---|---|")
        for (method, p), (r, w) in sorted(detail_counts.items()):
            print(f"| {method} | {p} | {r} | {w} | {r / (r + w):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
