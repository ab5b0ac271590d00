"""The language graphkit gives each article of the tuning sets, in two versions of graphkit, side by side.

    python benchmarks/langid.py --baseline /tmp/graphkit-main [--blind] [--generated 200]
    python benchmarks/langid.py --baseline /tmp/graphkit-main --speed en,fr,de,ru,tr,zh,hi

Each version runs in a process of its own (``PYTHONPATH`` its folder) and identifies the language of every
text as ``graphkit build`` does (``read_text`` then ``detect_language``): the articles of the tuning sets,
the sentences of ``tests/data/lang-smoke`` (short texts, each on its own), and ``--generated`` articles of
``corpus.py`` (21 languages). It prints, per set, how many texts changed language, and for the tuning sets
which ones (file, before → after), and the CPU time each version spent identifying them (the models it
loaded included: each version runs in one process, so the sets first in the list load most).

``--speed LANGS``: instead, the CPU seconds per MB of identification alone, in each version, for 20 generated
articles of each language (``corpus.py``, 3000 characters) after 3 that load the models, the best of three
rounds. ``--blind`` adds the blind sets, with counts only: their texts are not read here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TUNING = ["/work/shared/corpus/seeds", "tests/data/multilingual/corpus", "tests/data/dev/corpus", "/tmp/dev2c",
          "tests/data/dev3/corpus", "tests/data/dev4/corpus", "tests/data/dev5/corpus"]
BLIND = ["tests/data/blind/corpus", "tests/data/blind-languages/corpus", "tests/data/blind3/corpus",
         "tests/data/blind4/corpus"]

WORKER = r"""
import json, sys, time
from pathlib import Path
from graphkit.ingest import detect_language, read_text
items = json.load(open(sys.argv[1]))
out, cpu = {}, {}
for group, key, kind, value in items:
    text = read_text(Path(value)) if kind == "file" else value
    t = time.process_time()
    out[key] = detect_language(text)
    cpu[group] = cpu.get(group, 0.0) + time.process_time() - t
json.dump({"languages": out, "cpu": cpu}, sys.stdout)
"""


SPEED = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import corpus
from graphkit.ingest import detect_language
out = {}
for lang in sys.argv[2].split(","):
    texts = [text for _, text in corpus.articles(23, seed=1, size=3000, languages=[lang])]
    for text in texts[:3]:
        detect_language(text)
    size = sum(len(t.encode("utf-8")) for t in texts[3:]) / 1e6
    best = None
    for _ in range(3):
        t = time.process_time()
        for text in texts[3:]:
            detect_language(text)
        cpu = time.process_time() - t
        best = cpu if best is None else min(best, cpu)
    out[lang] = best / size
json.dump(out, sys.stdout)
"""


def speed(root: Path, langs: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", SPEED, str(ROOT / "benchmarks"), langs], env=env, cwd=root,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def items(*, blind: bool, generated: int) -> list[tuple[str, str, str, str]]:
    """``(set, key, kind, value)``: a file to read, or a text."""
    out = []
    for folder in TUNING + (BLIND if blind else []):
        base = Path(folder) if Path(folder).is_absolute() else ROOT / folder
        for path in sorted(base.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".md"):
                out.append((folder, f"{folder}/{path.relative_to(base)}", "file", str(path)))
    for path in sorted((ROOT / "tests/data/lang-smoke").glob("*.toml")):
        for i, text in enumerate(s for s in _strings(tomllib.loads(path.read_text())) if len(s.split()) > 2):
            out.append(("lang-smoke", f"lang-smoke/{path.stem}#{i}", "text", text))
    if generated:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import corpus

        for name, text in corpus.articles(generated, seed=0, size=3000):
            out.append(("generated", f"generated/{name}", "text", text))
    return out


def run(root: Path, todo: list[tuple[str, str, str, str]]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(todo, fh)
    try:
        env = {**os.environ, "PYTHONPATH": str(root), "GRAPHKIT_NO_CACHE": "1"}
        done = subprocess.run([sys.executable, "-c", WORKER, fh.name], env=env, cwd=root, capture_output=True,
                              text=True, check=True)
    finally:
        os.unlink(fh.name)
    return json.loads(done.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, metavar="DIR", help="the other version's folder")
    parser.add_argument("--blind", action="store_true", help="also the blind sets (counts only)")
    parser.add_argument("--generated", type=int, default=0, metavar="N", help="and N articles of corpus.py")
    parser.add_argument("--speed", metavar="LANGS", help="CPU s/MB of identification in these languages instead")
    args = parser.parse_args(argv)
    if args.speed:
        before, after = speed(args.baseline.resolve(), args.speed), speed(ROOT, args.speed)
        print("| language | s/MB before | s/MB after | after ÷ before |\n|---|---|---|---|")
        for lang in args.speed.split(","):
            print(f"| {lang} | {before[lang]:.2f} | {after[lang]:.2f} | {after[lang] / before[lang]:.2f} |")
        return 0
    todo = items(blind=args.blind, generated=args.generated)
    before, after = run(args.baseline.resolve(), todo), run(ROOT, todo)
    changed = 0
    for folder in dict.fromkeys(s for s, *_ in todo):
        keys = [key for s, key, *_ in todo if s == folder]
        diff = [k for k in keys if before["languages"][k] != after["languages"][k]]
        changed += len(diff)
        print(f"{folder}: {len(keys)} texts, {len(diff)} changed language; CPU time identifying them "
              f"{before['cpu'][folder]:.2f} s before, {after['cpu'][folder]:.2f} s after")
        if folder not in BLIND:
            for k in diff:
                print(f"    {k}: {before['languages'][k]} -> {after['languages'][k]}")
    print(f"CPU time identifying languages, in all: before {sum(before['cpu'].values()):.2f} s, "
          f"after {sum(after['cpu'].values()):.2f} s (in one process each: the first texts of a script load models)")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
