"""What a bigger registry costs: 1k, 100k and 1M aliases against the shipped one.

For each size, a copy of the ontology folder gets a registry.ttl with the
shipped entities plus made-up organizations (five names each: a Latin name
and its renderings in Cyrillic, Arabic, Devanagari and Thai, from
``generate.transliterate``) until the number of names reaches the size.
Two fresh processes (``GRAPHKIT_ONTOLOGY`` pointing at the copy, an empty
cache folder of their own) then measure, one after the other:

- build (the first process): reading registry.ttl into graphkit's registry
  and building the Aho-Corasick matcher over every name, which the first
  process keeps in the cache (``graphkit/cache.py``);
- load (the second process, and every later one, workers included): the
  registry and its matcher loaded from the cache;
- extract: extraction of the example articles, repeated to ``--text-kb`` of
  text, once everything is loaded (this is the cost per article that a
  registry adds, and the figure that should not grow with it), in the
  second process;
- peak RSS of the second process.

Load and extraction are given by the clock and in the process's CPU time,
which the machine's other work changes least (on 2 shared cores at a load
of 10, the clock shows four to five times the CPU time).

    python benchmarks/registry.py                 # 1k, 100k, 1M
    python benchmarks/registry.py --sizes 1000 10000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from generate import transliterate  # noqa: E402

SCRIPTS = (("ru", "cyrl"), ("ar", "arab"), ("hi", "deva"), ("th", "thai"))
SYLLABLES = ("ka", "lo", "mi", "ren", "tar", "vel", "zu", "bri", "dan", "sol", "qui", "xen", "mor", "pal", "tek",
             "vor", "nix", "sha", "gul", "fen", "dro", "lin", "cas", "ber")
SUFFIXES = ("Labs", "Security", "Systems", "Holdings", "Networks", "Cyber", "Group", "Bank", "Exchange", "Pay")


def _name(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    return f"{word.capitalize()} {rng.choice(SUFFIXES)}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_registry(path: Path, n_aliases: int, *, seed: int = 0) -> int:
    """The shipped registry plus made-up organizations, ``n_aliases`` names in all; returns the count."""
    shipped = (ROOT / "ontology" / "registry.ttl").read_text(encoding="utf-8")
    rng = random.Random(seed)
    seen: set[str] = set()
    count = shipped.count("rdfs:label") + shipped.count("skos:altLabel") + shipped.count("skos:hiddenLabel")
    lines = [shipped, "\n# made-up organizations for benchmarks/registry.py\n"]
    i = 0
    while count < n_aliases:
        name = _name(rng)
        if name in seen:
            continue
        seen.add(name)
        i += 1
        names = [f'rdfs:label "{_escape(name)}"@en']
        names += [f'skos:altLabel "{_escape(transliterate(name, script))}"@{lang}' for lang, script in SCRIPTS]
        names = names[: max(1, min(len(names), n_aliases - count))]
        lines.append(f"gke:bench-{i} a ppp:Company ;\n    " + " ;\n    ".join(names) + " .\n")
        count += len(names)
    path.write_text("".join(lines), encoding="utf-8")
    return count


_PROBE = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from graphkit.extract.registry import load_registry
from graphkit.ingest import make_document
from graphkit.pipeline import extract
t1, c1 = time.perf_counter(), time.process_time()
registry = load_registry()
t2 = time.perf_counter()
registry.matcher
t3, c3 = time.perf_counter(), time.process_time()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for text in texts:   # every other resource (places, dates, Thai segmentation …) loaded before timing
    extract(make_document(text, doc_id="warm.txt"))
budget, size, n = int(sys.argv[2]) * 1024, 0, 0
t4, c4 = time.perf_counter(), time.process_time()
while size < budget:
    text = texts[n % len(texts)]
    extract(make_document(text, doc_id=f"{n}.txt"))
    size += len(text.encode("utf-8"))
    n += 1
t5, c5 = time.perf_counter(), time.process_time()
print(json.dumps({"entities": len(registry.entities), "import": t1 - t0, "load": t2 - t1, "automaton": t3 - t2,
                  "load_cpu": c3 - c1, "extract": t5 - t4, "extract_cpu": c5 - c4, "bytes": size,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(n_aliases: int, *, text_kb: int, workdir: Path) -> dict:
    onto = workdir / f"ontology-{n_aliases}"
    if onto.exists():
        shutil.rmtree(onto)
    shutil.copytree(ROOT / "ontology", onto)
    names = write_registry(onto / "registry.ttl", n_aliases)
    cache = workdir / f"cache-{n_aliases}"
    shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, GRAPHKIT_ONTOLOGY=str(onto), GRAPHKIT_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    env.pop("GRAPHKIT_NO_CACHE", None)
    runs = []
    for kb in (0, text_kb):  # the first process builds (and extracts nothing more), the second loads
        out = subprocess.run([sys.executable, "-c", _PROBE, str(ROOT / "examples" / "corpus"), str(kb)],
                             env=env, capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    row = runs[1]
    row["build"] = runs[0]["load"] + runs[0]["automaton"]
    row["names"] = names
    row["file_mb"] = (onto / "registry.ttl").stat().st_size / 1e6
    return row


def table(rows: list[dict]) -> list[str]:
    """The measurements as a Markdown table, extraction compared with the first row."""
    base = rows[0]["extract"] / (rows[0]["bytes"] / 1e6)
    base_cpu = rows[0]["extract_cpu"] / (rows[0]["bytes"] / 1e6)
    lines = [f"| names | entities | registry.ttl | build (first run) | load (later runs) | load, CPU | extract s/MB "
             f"| vs {rows[0]['names']:,} names | extract CPU s/MB | vs {rows[0]['names']:,} names | peak RSS |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        per_mb = r["extract"] / (r["bytes"] / 1e6)
        cpu_mb = r["extract_cpu"] / (r["bytes"] / 1e6)
        lines.append(f"| {r['names']:,} | {r['entities']:,} | {r['file_mb']:.1f} MB | {r['build']:.2f} s "
                     f"| {r['load'] + r['automaton']:.2f} s | {r['load_cpu']:.2f} s | {per_mb:.2f} | {per_mb / base:.2f}× "
                     f"| {cpu_mb:.2f} | {cpu_mb / base_cpu:.2f}× | {r['rss_mb']:.0f} MB |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--text-kb", type=int, default=500, help="how much text to extract per size (default 500)")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="graphkit-registry-") as tmp:
        for size in args.sizes:
            rows.append(measure(size, text_kb=args.text_kb, workdir=Path(tmp)))
            r = rows[-1]
            print(f"# {size}: done ({r['load'] + r['automaton'] + r['extract']:.1f} s)", file=sys.stderr)
    print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
