"""graphkit's speed, in one command and one table.

    python benchmarks/run.py            # about 15 minutes on 2 cores
    python benchmarks/run.py --quick    # a smaller corpus for each part, a few minutes
    python benchmarks/run.py --docs 1000 10000 100000   # the scaling up to 100k articles (long)
    python benchmarks/run.py --only cold languages jobs --baseline /tmp/graphkit-main
                                        # before and after: another checkout measured alternately with this one

With ``--baseline DIR`` (a checkout or an export of another version, e.g.
``git archive main | tar -x -C DIR``), the parts ``cold``, ``languages``,
``jobs`` and ``length`` measure that version and this one alternately, run
by run, in the same time window (the machine is shared: measured apart, the
two would see different loads), and print after ÷ before. The system's load
average is printed before each part.

Parts (each can be chosen with ``--only``):

- ``cold``: wall time of ``graphkit build`` on the five example articles, from
  a fresh process: the first run with an empty cache (``graphkit/cache.py``:
  matchers, the Thai dictionary, month and place names are built and kept)
  and the median of three later runs (loaded), and of ``graphkit --version``.
  Python's bytecode is written as an installed package's would be
  (``PYTHONDONTWRITEBYTECODE`` is unset for the runs; a first run, not
  counted, writes it);
- ``languages``: extraction throughput in MB/s per language, on generated
  articles of that language (``corpus.py``), measured in one warm process:
  what an article costs once every resource is loaded; per core (the
  process's CPU time, which the machine's other work changes least) and by
  the clock;
- ``scaling``: ``graphkit build --jobs 2`` of generated multilingual corpora
  of increasing size: wall time, seconds per thousand articles, peak memory
  of the process tree;
- ``jobs``: the same corpus built with ``--jobs 1`` and ``--jobs 2``;
- ``registry``: extraction cost with registries of 1k, 100k and 1M names
  (``registry.py``), the ratio to the smallest being the figure that matters;
- ``length``: extraction seconds of one article of 10 KB, 100 KB and 1 MB
  (generated French articles put end to end), in one warm process: seconds
  per MB should not grow with the length (it grew with it, quadratically,
  before the stages used indexes: 1 MB took minutes);
- ``oneline``: reading and extracting one article written on one line, in
  one warm process: initials ("A. A. A. …", 15, 60 and 240 KB), ordinary
  English sentences (75, 300 and 1,200 KB), and generated articles of eight
  languages (100 and 400 KB) joined on one line, with their sentences or with
  their full stops made commas (one sentence). Seconds per MB should not grow
  with the length (sentence splitting read the line again up to each full
  stop: 60 KB of initials took 28 s, 300 KB of English 32 s; the stages read
  a long sentence again for each name, number, cue or date in it: 100 KB of
  Korean as one sentence took 24 s in the relations stage); the last column
  names the stage whose seconds per MB grew most;
- ``validate``: ``graphkit.validate`` of an alliance with 500, 1,000, 2,000
  and 3,000 member and partner organizations, each relation with its
  evidence, in one warm process. Seconds per thousand triples should not grow
  with the graph (the evidence of each relation was looked up through all of
  the alliance's: 12 s for 500 entities, 234 s for 3,000).

Sizes are in bytes of UTF-8 text; MB is 10^6 bytes. Every corpus is generated
into a temporary folder and removed afterwards, and so is the cache the runs
build (``GRAPHKIT_CACHE_DIR`` points into it; each version has its own).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import registry as registry_bench  # noqa: E402

GRAPHKIT = [sys.executable, "-m", "graphkit"]
PARTS = ("cold", "languages", "scaling", "jobs", "registry", "length", "oneline", "validate")

#: The versions measured: (label, checkout). One, this checkout, unless --baseline adds another before it.
CHECKOUTS: list[tuple[str, Path]] = [("now", ROOT)]
_TMP: Path = Path(tempfile.gettempdir())


def _env(root: Path = ROOT) -> dict:
    """The environment of a run of the version at ``root``: its code first, a cache of its own, bytecode written."""
    env = dict(os.environ, PYTHONPATH=str(root), GRAPHKIT_CACHE_DIR=str(_TMP / f"cache-{_label(root)}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("GRAPHKIT_NO_CACHE", None)
    return env


def _label(root: Path) -> str:
    return next((label for label, r in CHECKOUTS if r == root), "now")


def _load() -> str:
    return "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""



def _tree_rss(pid: int) -> int:
    """Resident memory of a process and its children, in bytes (0 if it has ended)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_measured(cmd: list[str], *, root: Path = ROOT, **kwargs) -> tuple[float, int]:
    """Run ``cmd`` with the version at ``root``; its wall time and the peak resident memory of its process tree
    (sampled every 0.2 s)."""
    kwargs.setdefault("env", _env(root))
    kwargs.setdefault("cwd", _TMP)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    done.set()
    watcher.join()
    wall = time.perf_counter() - started
    if proc.returncode not in (0, 4):
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return wall, peak


def cold(tmp: Path) -> list[str]:
    out = tmp / "cold.ttl"
    build = [*GRAPHKIT, "build", str(ROOT / "examples" / "corpus"), "-o", str(out), "-q"]
    first, builds, version = {}, {}, {}
    for label, root in CHECKOUTS:
        run_measured([*GRAPHKIT, "--version"], root=root)  # writes the bytecode
        first[label] = run_measured(build, root=root)[0]  # an empty cache: built and kept
    for _ in range(3):
        for label, root in CHECKOUTS:  # one version, then the other: the same load for both
            builds.setdefault(label, []).append(run_measured(build, root=root)[0])
            version.setdefault(label, []).append(run_measured([*GRAPHKIT, "--version"], root=root)[0])
    rows = [("`graphkit --version` (median of 3)", version),
            ("`graphkit build` of the 5 example articles (48 KB), first run (empty cache)", {k: [v] for k, v in first.items()}),
            ("`graphkit build` of the 5 example articles, later runs (median of 3)", builds)]
    labels = [label for label, _ in CHECKOUTS]
    header = ["cold start", *labels] + (["after ÷ before"] if len(labels) > 1 else [])
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---|" * (len(header) - 1)]
    for name, values in rows:
        medians = [statistics.median(values[label]) for label in labels]
        cells = " | ".join(f"{m:.2f} s" for m in medians)
        ratio = f" | {medians[-1] / medians[0]:.2f}" if len(labels) > 1 else ""
        lines.append(f"| {name} | {cells}{ratio} |")
    return lines


_THROUGHPUT = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import corpus
from graphkit.ingest import make_document
from graphkit.pipeline import extract
lang, n, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = [text for _, text in corpus.articles(n + 3, seed=1, size=size, languages=[lang])]
for text in texts[:3]:                      # load every resource before timing
    extract(make_document(text, doc_id="warm.txt"))
started, cpu, size_bytes = time.perf_counter(), time.process_time(), 0
for i, text in enumerate(texts[3:]):
    extract(make_document(text, doc_id=f"{i}.txt"))
    size_bytes += len(text.encode("utf-8"))
print(json.dumps({"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu, "bytes": size_bytes,
                  "docs": n}))
"""


def _python(script: str, *args: str, root: Path = ROOT) -> list[dict]:
    """Run a measuring script with the version at ``root``; the JSON lines it prints."""
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                         env=_env(root), cwd=_TMP)
    return [json.loads(line) for line in out.stdout.strip().splitlines() if line.startswith("{")]


def languages(tmp: Path, *, docs: int) -> list[str]:
    """MB/s per language: per core (the process's CPU time, what the machine's other work changes least) and wall."""
    from graphkit.lang import available

    labels = [label for label, _ in CHECKOUTS]
    rows = []
    for lang in sorted(set(available()) & set(corpus.generate.LANGUAGE_WEIGHTS)):
        cpu, wall, size = {}, {}, 0.0
        for label, root in CHECKOUTS:
            r = _python(_THROUGHPUT, str(HERE), lang, str(docs), "3000", root=root)[-1]
            cpu[label], wall[label] = r["bytes"] / 1e6 / r["cpu"], r["bytes"] / 1e6 / r["seconds"]
            size = r["bytes"] / r["docs"]
        rows.append((lang, cpu, wall, size))
        print(f"# languages: {lang} " + ", ".join(f"{k} {v:.3f} MB/s per core" for k, v in cpu.items()), file=sys.stderr)
    if len(labels) == 1:
        lines = ["| language | MB/s per core (CPU time) | MB/s (wall) | bytes per article |", "|---|---|---|---|"]
        lines += [f"| {lang} | {c['now']:.3f} | {w['now']:.3f} | {size:.0f} |" for lang, c, w, size in rows]
        for name, pick in (("median", statistics.median), ("slowest", min)):
            lines.append(f"| all ({name}) | {pick(r[1]['now'] for r in rows):.3f} | {pick(r[2]['now'] for r in rows):.3f} | |")
        return lines
    before, after = labels
    lines = [f"| language | MB/s per core, {before} | MB/s per core, {after} | after ÷ before | MB/s wall, {before} "
             f"| MB/s wall, {after} | bytes per article |", "|---|---|---|---|---|---|---|"]
    for lang, c, w, size in rows:
        lines.append(f"| {lang} | {c[before]:.3f} | {c[after]:.3f} | {c[after] / c[before]:.2f} | {w[before]:.3f} "
                     f"| {w[after]:.3f} | {size:.0f} |")
    for name, pick in (("median", statistics.median), ("slowest", min)):
        b, a = pick(r[1][before] for r in rows), pick(r[1][after] for r in rows)
        lines.append(f"| all ({name}) | {b:.3f} | {a:.3f} | {a / b:.2f} | | | |")
    return lines


def _corpus(tmp: Path, n: int) -> tuple[Path, int]:
    folder = tmp / f"corpus{n}"
    if not folder.exists():
        corpus.write_corpus(folder, n, seed=0)
    size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
    return folder, size


def scaling(tmp: Path, *, sizes: list[int], jobs: int) -> list[str]:
    lines = [f"| articles | MB | build --jobs {jobs} | s per 1k articles | MB/s | peak memory |", "|---|---|---|---|---|---|"]
    for n in sizes:
        folder, size = _corpus(tmp, n)
        wall, peak = run_measured([*GRAPHKIT, "build", str(folder), "-o", str(tmp / f"scale{n}.ttl"), "-q",
                                   "--jobs", str(jobs)])
        lines.append(f"| {n:,} | {size / 1e6:.1f} | {wall:.1f} s | {1000 * wall / n:.1f} | {size / 1e6 / wall:.3f} "
                     f"| {peak / 2**20:.0f} MiB |")
        print(f"# scaling: {n} in {wall:.1f} s, {peak / 2**20:.0f} MiB", file=sys.stderr)
        (tmp / f"scale{n}.ttl").unlink(missing_ok=True)
    return lines


def jobs(tmp: Path, *, n: int) -> list[str]:
    folder, size = _corpus(tmp, n)
    lines = [f"| {n:,} articles ({size / 1e6:.1f} MB) | --jobs 1 | --jobs 2 | speed-up | MB/s, --jobs 1 | same bytes |",
             "|---|---|---|---|---|---|"]
    walls: dict[tuple[str, int], float] = {}
    for j in (1, 2):
        for label, root in CHECKOUTS:
            walls[label, j], _ = run_measured([*GRAPHKIT, "build", str(folder), "-o", str(tmp / f"jobs-{label}-{j}.ttl"),
                                               "-q", "--jobs", str(j)], root=root)
            print(f"# jobs: {label} {j} in {walls[label, j]:.1f} s", file=sys.stderr)
    for label, _ in CHECKOUTS:
        same = (tmp / f"jobs-{label}-1.ttl").read_bytes() == (tmp / f"jobs-{label}-2.ttl").read_bytes()
        lines.append(f"| build ({label}) | {walls[label, 1]:.1f} s | {walls[label, 2]:.1f} s "
                     f"| {walls[label, 1] / walls[label, 2]:.2f}× | {size / 1e6 / walls[label, 1]:.3f} "
                     f"| {'yes' if same else 'NO'} |")
    if len(CHECKOUTS) > 1:
        (before, _), (after, _) = CHECKOUTS
        same = (tmp / f"jobs-{before}-1.ttl").read_bytes() == (tmp / f"jobs-{after}-1.ttl").read_bytes()
        lines.append(f"| after ÷ before | {walls[after, 1] / walls[before, 1]:.2f} | {walls[after, 2] / walls[before, 2]:.2f}"
                     f" | | | {'the same bytes' if same else 'OTHER BYTES'} |")
    return lines


def registry(tmp: Path, *, sizes: list[int], text_kb: int) -> list[str]:
    rows = [registry_bench.measure(s, text_kb=text_kb, workdir=tmp) for s in sizes]
    return registry_bench.table(rows)


_LENGTH = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import corpus
from graphkit.ingest import make_document
from graphkit.pipeline import extract
lang, sizes = sys.argv[2], [int(s) for s in sys.argv[3:]]
texts = [text for _, text in corpus.articles(1000, seed=2, size=3000, languages=[lang])]
extract(make_document(texts[0], doc_id="warm.txt"))     # load every resource before timing
for size in sizes:
    parts, n = [], 0
    for text in texts[1:]:
        parts.append(text)
        n += len(text.encode("utf-8")) + 2
        if n >= size:
            break
    article = "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    started = time.perf_counter()
    extract(make_document(article, doc_id="long.txt", language=lang))
    print(json.dumps({"bytes": len(article.encode("utf-8")), "seconds": time.perf_counter() - started}), flush=True)
"""


def length(tmp: Path, *, sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000), lang: str = "fr") -> list[str]:
    lines = []
    for label, root in CHECKOUTS:
        rows = _python(_LENGTH, str(HERE), lang, *map(str, sizes), root=root)
        base = rows[0]["seconds"] / rows[0]["bytes"] * 1e6
        if not lines:
            lines = [f"| one article ({lang}) | version | seconds | s/MB | s/MB ÷ s/MB at {rows[0]['bytes'] / 1e3:.0f} KB |",
                     "|---|---|---|---|---|"]
        for r in rows:
            per_mb = r["seconds"] / r["bytes"] * 1e6
            lines.append(f"| {r['bytes'] / 1e3:,.0f} KB | {label} | {r['seconds']:.2f} | {per_mb:.2f} | {per_mb / base:.2f} |")
            print(f"# length: {label} {r['bytes']} bytes in {r['seconds']:.2f} s", file=sys.stderr)
    return lines


_ONELINE = r"""
import json, re, sys, time
sys.path.insert(0, sys.argv[1])
import corpus
from graphkit.ingest import make_document
from graphkit.pipeline import STAGES, extract
kind, sizes = sys.argv[2], [int(s) for s in sys.argv[3:]]
lang = kind.split(":")[1] if ":" in kind else "en"
extract(make_document("Europol and Microsoft signed an agreement. Dr. Smith said so.", doc_id="warm.txt", language="en"))
if ":" in kind:
    # generated articles of the language (corpus.py), their lines joined and, for "sentence", their full stops
    # made commas: one line, or one sentence, of many different names, numbers, dates and relations
    texts = [re.sub(r"\s*\n\s*", " ", t) for _, t in corpus.articles(2000, seed=3, size=3000, languages=[lang])]
    if kind.startswith("sentence"):
        texts = [re.sub(r"[.!?।॥؟۔።፧。！？។။]+", ",", t) for t in texts]
    extract(make_document(texts[0], doc_id="warm.txt", language=lang))
for size in sizes:
    if kind == "initials":
        article = ("A. " * (size // 3)).strip()
    elif kind == "english":
        sentence = ("The Federal Police and Microsoft announced a joint campaign against online fraud on Tuesday. "
                    "According to the agency, more than 3,000 victims reported losses of 12 million euros last year. "
                    "Dr. Smith, the head of the unit, said that the cooperation would continue. ")
        article = (sentence * (size // len(sentence) + 1))[:size]
    else:
        parts, n = [], 0
        for text in texts[1:]:
            parts.append(text)
            n += len(text.encode("utf-8")) + 1
            if n >= size:
                break
        article = " ".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    started = time.perf_counter()
    doc = make_document(article, doc_id="line.txt", language=lang)
    stages = {}
    stages["ingest"] = time.perf_counter() - started
    for stage in STAGES:
        t = time.perf_counter()
        doc = stage(doc)
        stages[stage.__module__.rsplit(".", 1)[-1]] = time.perf_counter() - t
    print(json.dumps({"bytes": len(article.encode("utf-8")), "seconds": time.perf_counter() - started,
                      "sentences": len(doc.sentences), "stages": stages}), flush=True)
"""

#: The generated articles of these languages, on one line and as one sentence, for ``oneline``.
ONELINE_LANGUAGES = ("en", "ar", "hi", "tr", "ja", "zh", "ko", "fr")


def oneline(*, initials: tuple[int, ...] = (15_000, 60_000, 240_000),
            english: tuple[int, ...] = (75_000, 300_000, 1_200_000),
            articles: tuple[int, ...] = (100_000, 400_000), languages: tuple[str, ...] = ONELINE_LANGUAGES) -> list[str]:
    lines = ["| one line of | size | sentences | seconds | s/MB | s/MB ÷ s/MB of the smallest | slowest stage ÷ its s/MB "
             "at the smallest |", "|---|---|---|---|---|---|---|"]
    kinds = [("initials", initials), ("english", english)]
    kinds += [(f"{shape}:{lang}", articles) for lang in languages for shape in ("line", "sentence")]
    for kind, sizes in kinds:
        rows = _python(_ONELINE, str(HERE), kind, *map(str, sizes))
        base = rows[0]["seconds"] / rows[0]["bytes"] * 1e6
        name = {"initials": "initials", "english": "English sentences"}.get(kind) or (
            f"{kind.split(':')[1]} articles, {'one sentence' if kind.startswith('sentence') else 'their sentences'}")
        for r in rows:
            per_mb = r["seconds"] / r["bytes"] * 1e6
            # the stage whose seconds per MB grew most from the smallest size: where a quadratic cost would show
            growth = {stage: (secs / r["bytes"]) / max(rows[0]["stages"][stage] / rows[0]["bytes"], 1e-12)
                      for stage, secs in r["stages"].items() if rows[0]["stages"][stage] >= 0.01}
            worst = max(growth, key=growth.get) if growth and r is not rows[0] else ""
            lines.append(f"| {name} | {r['bytes'] / 1e3:,.0f} KB | {r['sentences']:,} | {r['seconds']:.2f} | "
                         f"{per_mb:.2f} | {per_mb / base:.2f} | {f'{worst} {growth[worst]:.2f}' if worst else ''} |")
            print(f"# oneline: {kind} {r['bytes']} bytes in {r['seconds']:.2f} s", file=sys.stderr)
    return lines


_VALIDATE = r"""
import json, sys, time
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from graphkit.validate import validate
from graphkit.vocab import NIF, PPP
GKE = Namespace("https://w3id.org/graphkit/entity/")
GKV = Namespace("https://w3id.org/graphkit/evidence/")
doc = Namespace("https://w3id.org/graphkit/doc/")["article.txt"]

def alliance(n):
    g = Graph()
    g.add((doc, RDF.type, PPP.Document)); g.add((doc, RDF.type, NIF.Context))
    g.add((doc, DCTERMS.identifier, Literal("article.txt"))); g.add((doc, DCTERMS.language, Literal("en")))
    hub = GKE.alliance
    for t in (PPP.Initiative, PPP.Organization):
        g.add((hub, RDF.type, t))
    g.add((hub, RDFS.label, Literal("Alliance", lang="en")))
    for i in range(n):   # half members of the alliance, half its partners: a hub at either end of relations
        e = GKE[f"org{i}"]
        for t in (PPP.Company, PPP.Organization):
            g.add((e, RDF.type, t))
        g.add((e, RDFS.label, Literal(f"Organization {i}", lang="en")))
        s, p, o = (e, PPP.memberOf, hub) if i % 2 else (hub, PPP.partnersWith, e)
        g.add((s, p, o))
        ev = GKV[f"e{i}"]
        for pred, obj in ((RDF.type, PPP.Evidence), (RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, p),
                          (RDF.object, o), (PROV.wasDerivedFrom, doc), (NIF.anchorOf, Literal("Alliance")),
                          (NIF.beginIndex, Literal(0)), (NIF.endIndex, Literal(8)),
                          (PPP.confidence, Literal("0.8", datatype=XSD.decimal))):
            g.add((ev, pred, obj))
    return g

validate(alliance(10))      # shapes and ontology parsed, pySHACL loaded
for n in map(int, sys.argv[1:]):
    g = alliance(n)
    started = time.perf_counter()
    result = validate(g)
    print(json.dumps({"entities": n + 1, "triples": len(g), "seconds": time.perf_counter() - started,
                      "conforms": result.conforms}), flush=True)
"""


def validate(*, sizes: tuple[int, ...] = (500, 1000, 2000, 3000)) -> list[str]:
    proc = subprocess.Popen([sys.executable, "-c", _VALIDATE, *map(str, sizes)], stdout=subprocess.PIPE, text=True,
                            env=_env(), cwd=_TMP)
    rows = []
    for line in proc.stdout:
        rows.append(json.loads(line))
        print(f"# validate: {rows[-1]['entities']} entities in {rows[-1]['seconds']:.1f} s", file=sys.stderr)
    if proc.wait() != 0:
        raise RuntimeError("the validate benchmark failed")
    base = rows[0]["seconds"] / rows[0]["triples"] * 1000
    lines = ["| entities | triples | seconds | s per 1k triples | ÷ the smallest | conforms |", "|---|---|---|---|---|---|"]
    for r in rows:
        per_k = r["seconds"] / r["triples"] * 1000
        lines.append(f"| {r['entities']:,} | {r['triples']:,} | {r['seconds']:.1f} | {per_k:.3f} | {per_k / base:.2f} "
                     f"| {'yes' if r['conforms'] else 'NO'} |")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS), help="run only these parts")
    parser.add_argument("--quick", action="store_true", help="smaller corpora and registries (a few minutes)")
    parser.add_argument("--docs", type=int, nargs="+", default=None,
                        help="corpus sizes for the scaling part (default 1000 10000; --quick: 200 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the scaling part (default 2)")
    parser.add_argument("--baseline", type=Path, default=None, metavar="DIR",
                        help="another version's checkout, measured alternately with this one (cold, languages, jobs, "
                             "length): before and after in the same time window")
    args = parser.parse_args(argv)
    quick = args.quick
    global _TMP
    if args.baseline is not None:
        if not (args.baseline / "graphkit" / "__init__.py").is_file():
            parser.error(f"--baseline {args.baseline}: no graphkit/ package there")
        CHECKOUTS[:] = [("before", args.baseline.resolve()), ("after", ROOT)]
    print(f"graphkit benchmarks, {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          + ", ".join(f"{label}: {root}" for label, root in CHECKOUTS))
    with tempfile.TemporaryDirectory(prefix="graphkit-bench-") as name:
        tmp = _TMP = Path(name)
        sections = {
            "cold": lambda: cold(tmp),
            "languages": lambda: languages(tmp, docs=10 if quick else 40),
            "scaling": lambda: scaling(tmp, sizes=args.docs or ([200, 1000] if quick else [1000, 10000]), jobs=args.jobs),
            "jobs": lambda: jobs(tmp, n=200 if quick else 1000),
            "registry": lambda: registry(tmp, sizes=[1000, 100000] if quick else [1000, 100000, 1000000],
                                         text_kb=100 if quick else 300),
            "length": lambda: length(tmp),
            "oneline": lambda: oneline(),
            "validate": lambda: validate(sizes=(250, 500, 1000) if quick else (500, 1000, 2000, 3000)),
        }
        for part in PARTS:
            if part in args.only:
                started, load = time.perf_counter(), _load()
                lines = sections[part]()
                print(f"\n## {part} ({time.perf_counter() - started:.0f} s; {load} at its start, {_load()} at its end)\n")
                print("\n".join(lines), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
