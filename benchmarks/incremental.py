"""Adding one article to a knowledge base of N documents, against rebuilding it all.

    python benchmarks/incremental.py --docs 1000

Writes N synthetic English articles (a few sentences each, about organizations
of the registry, invented people and operations, figures) to a temporary
folder, builds a knowledge base of them in one go, then adds one more article,
and prints both times and their ratio, with the store's size on disk.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

ORGS = ["Binance", "INTERPOL", "Europol", "AFRIPOL", "Microsoft", "Group-IB", "Mastercard", "Coinbase", "Kaspersky",
        "Fortinet", "Chainalysis", "TRM Labs", "the National Crime Agency", "the FBI", "Trend Micro", "PayPal"]
FIRST = ["Anna", "Marek", "Lena", "Tomas", "Priya", "Kenji", "Sofia", "David", "Amara", "Lucas"]
LAST = ["Novak", "Schmidt", "Okafor", "Tanaka", "Rossi", "Haddad", "Silva", "Kowalski", "Jensen", "Moreau"]
OPS = ["Cormorant", "Kestrel", "Harbour", "Lantern", "Granite", "Meridian", "Falcon", "Orchid"]
PLACES = ["Lagos", "Nairobi", "Singapore", "Manila", "Warsaw", "Lisbon", "Bangkok", "Jakarta"]


def article(i: int, rng: random.Random) -> str:
    a, b, c = rng.sample(ORGS, 3)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    op = f"Operation {rng.choice(OPS)} {i % 97}"
    return (
        f"{a} joined forces with {b} in {rng.choice(PLACES)}, {c} said on {rng.randint(1, 28)} March 2025.\n"
        f"{op} was coordinated by {b}. Police arrested {rng.randint(10, 2000):,} suspects and recovered "
        f"{rng.randint(1, 900)} million dollars, according to {person}, head of cybercrime at {b}.\n"
        f"{a} is a member of the {c} alliance and supports {b} with analysis tools.\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents already in the knowledge base")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from graphkit.kb import add

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        for i in range(args.docs):
            (corpus / f"{i:06d}.txt").write_text(article(i, rng), encoding="utf-8")
        add([corpus / "000000.txt"], work / "warm")  # load the models and the registry once, outside the timings
        t0 = time.perf_counter()
        result = add([corpus], work / "kb")
        full = time.perf_counter() - t0
        new = work / "new.txt"
        new.write_text(article(args.docs, rng), encoding="utf-8")
        t0 = time.perf_counter()
        add([new], work / "kb")
        one = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in (work / "kb").rglob("*") if p.is_file())
        print(f"{'documents':<28}{args.docs:>12,}")
        print(f"{'triples':<28}{result.triples:>12,}")
        print(f"{'store on disk':<28}{size / 1e6:>11.1f}M")
        print(f"{'full build':<28}{full:>11.2f}s")
        print(f"{'add one article':<28}{one:>11.2f}s")
        print(f"{'ratio full / one':<28}{full / one:>12.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
