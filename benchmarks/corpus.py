"""Synthetic news articles in many languages, for benchmarks of the whole build.

    python benchmarks/corpus.py --docs 10000 -o /tmp/corpus10k [--seed 0] [--size 3000] [--languages en,fr,ru]

Writes ``.txt`` articles, a thousand per sub-folder (``00000/``, ``00001/`` …),
named like the seed articles (``000123_3f2a…txt``). Each article is made of
what graphkit reads, in the article's language:

- a headline and a publication line (the language's date label and the date as
  CLDR writes it: "Publié le 13 mars 2025", "2025年3月13日");
- paragraphs of sentences that state relations with the language's cue
  phrases ("Binance collabore avec Interpol"), figures with its cue words,
  currencies and number format ("1 234 arrestations"), people with their
  roles and speech verbs, operations with their dates and periods;
- sentences of the real articles in that language (``examples/corpus`` and
  ``tests/data/multilingual/corpus``), as the prose around them.

The entities come from ``generate.py``'s world: graphkit's registry (Binance,
INTERPOL, Europol …, with their names in many languages), CLDR countries and
GeoNames cities, and made-up organizations, people and operations whose names
are written in the language's script; their popularity follows a Zipf law,
and the made-up tail grows with the corpus.

Languages are weighted as in ``generate.py`` (English about a third). Article
lengths vary around ``--size`` characters (3000 by default, about 500 words).
The same seed and arguments give the same files, byte for byte; article ``i``
depends only on the seed, ``i`` and ``--docs``, so a corpus can be written in
any order.

From Python: ``corpus.articles(n, seed=0, size=3000)`` yields ``(relative
path, text)``; ``corpus.write_corpus(folder, n, …)`` writes them and returns
the number of characters written.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import hashlib
import itertools
import random
import sys
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402  (benchmarks/generate.py: the world of entities and the languages' cues)

ROOT = Path(__file__).resolve().parents[1]
#: Real articles whose sentences are the prose around the generated ones, by language.
PROSE = {
    "hi": ["examples/corpus/000_3a724b7a76be0e89.txt"],
    "fr": ["examples/corpus/001_e8e737de296aae96.txt"],
    "sv": ["examples/corpus/002_c4961fa566e269b9.txt"],
    "ro": ["examples/corpus/003_116afd1c6ca5450f.txt"],
    "th": ["examples/corpus/004_45687105508210f7.txt"],
} | {path.stem.split("_", 1)[1]: [str(path.relative_to(ROOT))]
     for path in sorted((ROOT / "tests" / "data" / "multilingual" / "corpus").glob("*.txt"))}
#: What a sentence states, and how often.
SENTENCES = (("relation", 10), ("figure", 5), ("quote", 3), ("date", 3), ("names", 2), ("prose", 77))
#: Files per sub-folder.
PER_FOLDER = 1000
_DAY0 = datetime.date(2019, 1, 1)


class Corpus:
    """The articles of one corpus: its world of entities, its languages, its seed."""

    def __init__(self, n_docs: int, *, seed: int = 0, size: int = 3000, languages: list[str] | None = None):
        self.n_docs, self.seed, self.size = n_docs, seed, size
        self.cues = generate._load_languages()
        weights = generate.LANGUAGE_WEIGHTS
        self.codes = [c for c in weights if not languages or c in languages]
        if not self.codes:
            raise SystemExit(f"no language of {languages} has data; choose among {', '.join(weights)}")
        self.cum = list(itertools.accumulate(weights[c] for c in self.codes))
        self.world = generate._World(seed, n_docs, self.cues)
        # made-up names rendered in a language are kept per entity, as generate.py does
        self.helper = generate._Generator.__new__(generate._Generator)
        self.helper.languages = self.cues

    def name(self, index: int) -> str:
        digest = hashlib.sha1(f"{self.seed}:{index}".encode()).hexdigest()[:16]
        return f"{index // PER_FOLDER:05d}/{index:06d}_{digest}.txt"

    def article(self, index: int) -> str:
        """Article ``index``: the same text whatever else was generated before."""
        rng = random.Random(f"{self.seed}:article:{index}")
        code = self.codes[bisect.bisect_left(self.cum, rng.random() * self.cum[-1])]
        lang, data = self.cues[code], _lang(code)
        spaced = lang.spaced
        sep = " " if spaced else ("" if code != "th" else " ")
        topic = self.world.pools["org"].draw(rng)
        published = _DAY0 + datetime.timedelta(days=rng.randrange(2372))
        target = max(400, int(rng.lognormvariate(0, 0.45) * self.size))
        paragraphs: list[str] = []
        length = 0
        while length < target:
            sentences = [self._sentence(rng, code, topic, published) for _ in range(rng.randint(1, 4))]
            paragraph = sep.join(s for s in sentences if s)
            if paragraph:
                paragraphs.append(paragraph)
                length += len(paragraph) + 2
        headline = self._relation(rng, code, topic, headline=True) or self._surface(topic, code, rng)
        label = rng.choice(data.date_labels) if data.date_labels else ""
        dateline = f"{label[:1].upper()}{label[1:]} {_format_date(published, code)}".strip()
        return "\n\n".join([headline, dateline, *paragraphs]) + "\n"

    # -- sentences

    def _surface(self, entity, code: str, rng: random.Random) -> str:
        return generate._Generator._surface(self.helper, entity, code, rng)[0]

    def _sentence(self, rng, code: str, topic, published: datetime.date) -> str:
        kind = generate._weighted(rng, SENTENCES)
        if kind == "prose" and PROSE.get(code):
            return rng.choice(_prose(code))
        if kind == "relation":
            return self._relation(rng, code, topic) or self._names(rng, code, topic)
        if kind == "figure":
            return self._figure(rng, code, topic)
        if kind == "quote":
            return self._quote(rng, code, topic)
        if kind == "date":
            return self._date(rng, code, published)
        return self._names(rng, code, topic)

    def _end(self, code: str) -> str:
        return "." if self.cues[code].spaced else ("" if code == "th" else "。")

    def _relation(self, rng, code: str, topic, *, headline: bool = False) -> str | None:
        lang = self.cues[code]
        predicate, sgroup, ogroup = generate._weighted(rng, [((p, s, o), w) for p, s, o, w in generate.RELATIONS])
        pools = self.world.pools
        subject = topic if sgroup in ("org", "private", "enforcer", "alliance") and rng.random() < 0.5 \
            and topic.cls in generate.GROUPS[sgroup] else pools[sgroup].draw(rng)
        obj = subject.parent if predicate == "partOf" else pools[ogroup].draw(rng)
        if obj is None or obj.iri == subject.iri:
            return None
        cue = rng.choice(lang.relations[predicate])
        s, o = self._surface(subject, code, rng), self._surface(obj, code, rng)
        if predicate == "worksFor":
            role = rng.choice(lang.roles)
            connector = rng.choice(lang.role_connectors)
            said = rng.choice(lang.person_cues)
            quote = self._prose_or_names(rng, code, topic)
            if lang.spaced:
                text = f"{s}, {role} {connector} {o}, {said}: « {quote} »"
            else:
                text = f"{o}{connector}{role}{s}{said}「{quote}」"
            return text if not headline else f"{s}, {role} {connector} {o}"
        text = f"{s} {cue} {o}" if lang.spaced else f"{s}{cue}{o}"
        return text if headline else text + self._end(code)

    def _figure(self, rng, code: str, topic) -> str:
        lang = self.cues[code]
        kind = generate._weighted(rng, list(generate.KIND_WEIGHTS.items()))
        about = self.world.pools["operation"].draw(rng) if rng.random() < 0.6 else topic
        _, unit, _ = generate._figure_value(kind, rng)
        number = _number(rng, kind, code)
        cue = rng.choice(lang.figures[kind])
        if unit and unit != "%":
            amount = f"{number} {rng.choice(lang.currencies)}"
        elif unit == "%":
            amount = f"{number} %"
        else:
            amount = f"{number} {cue}"
        who = self._surface(about, code, rng)
        if lang.spaced:
            return f"{who} {rng.choice(lang.relations['participatedIn'])} — {amount} ({cue}){self._end(code)}"
        return f"{who}：{amount}（{cue}）{self._end(code)}"

    def _quote(self, rng, code: str, topic) -> str:
        lang = self.cues[code]
        person = self.world.pools["person"].draw(rng)
        said = rng.choice(lang.person_cues)
        quote = self._prose_or_names(rng, code, topic)
        name = self._surface(person, code, rng)
        if lang.spaced:
            return f"« {quote} », {said} {name}{self._end(code)}"
        return f"{name}{said}「{quote}」"

    def _date(self, rng, code: str, published: datetime.date) -> str:
        data = _lang(code)
        op = self.world.pools["operation"].draw(rng)
        name = self._surface(op, code, rng)
        start = published - datetime.timedelta(days=rng.randrange(30, 400))
        end = start + datetime.timedelta(days=rng.randrange(10, 200))
        if data.date_periods and rng.random() < 0.6:
            when = rng.choice(data.date_periods).format(_format_date(start, code), _format_date(end, code))
        elif data.date_cues:
            when = rng.choice(data.date_cues).format(str(start.year))
        else:
            when = _format_date(start, code)
        verb = rng.choice(self.cues[code].relations["coordinatedBy"])
        by = self._surface(self.world.pools["enforcer"].draw(rng), code, rng)
        if self.cues[code].spaced:
            return f"{name} {when}, {verb} {by}{self._end(code)}"
        return f"{name}{when}{verb}{by}{self._end(code)}"

    def _names(self, rng, code: str, topic) -> str:
        lang = self.cues[code]
        names = [topic] + [self.world.pools[rng.choice(("org", "org", "place", "person", "operation"))].draw(rng)
                           for _ in range(rng.randint(1, 3))]
        unique = [self._surface(e, code, rng) for e in {e.iri: e for e in names}.values()]
        joined = ", ".join(unique[:-1]) + f" {lang.conjunction} {unique[-1]}" if len(unique) > 1 else unique[0]
        said = rng.choice(lang.person_cues)
        return f"{joined} {said}{self._end(code)}" if lang.spaced else f"{joined}{said}{self._end(code)}"

    def _prose_or_names(self, rng, code: str, topic) -> str:
        if PROSE.get(code):
            return rng.choice(_prose(code)).rstrip(".。")
        return self._names(rng, code, topic).rstrip(".。")


@lru_cache(maxsize=None)
def _lang(code: str):
    from graphkit.lang import language

    return language(code)


@lru_cache(maxsize=None)
def _prose(code: str) -> tuple[str, ...]:
    """The sentences of the real articles in ``code``, longer than a few words."""
    from graphkit.ingest import split_sentences

    out = []
    for rel in PROSE.get(code, ()):
        text = (ROOT / rel).read_text(encoding="utf-8")
        for span in split_sentences(text, abbreviations=_lang(code).abbreviations):
            sentence = " ".join(text[span.start:span.end].split())
            if len(sentence) >= 40:
                out.append(sentence)
    return tuple(out)


@lru_cache(maxsize=4096)
def _format_date(day: datetime.date, code: str) -> str:
    from babel.dates import format_date

    return format_date(day, "long", locale=code)


def _number(rng: random.Random, kind: str, code: str) -> str:
    from babel.numbers import format_decimal

    _, _, written = generate._figure_value(kind, rng)
    value = written.replace(",", "")
    try:
        return format_decimal(float(value) if "." in value else int(value), locale=code)
    except ValueError:
        return written


def articles(n_docs: int, *, seed: int = 0, size: int = 3000,
             languages: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """``(relative path, text)`` of each article, in order."""
    corpus = Corpus(n_docs, seed=seed, size=size, languages=languages)
    for i in range(n_docs):
        yield corpus.name(i), corpus.article(i)


def write_corpus(folder: str | Path, n_docs: int, *, seed: int = 0, size: int = 3000,
                 languages: list[str] | None = None) -> int:
    """Write the articles under ``folder``; the number of characters written."""
    folder = Path(folder)
    chars = 0
    for rel, text in articles(n_docs, seed=seed, size=size, languages=languages):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        chars += len(text)
    return chars


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic multilingual news articles for graphkit's benchmarks.",
                                     epilog="example: python benchmarks/corpus.py --docs 1000 -o /tmp/corpus1k")
    parser.add_argument("--docs", type=generate._count, default=1000, help="how many articles (1000, 10k, 100k)")
    parser.add_argument("-o", "--output", required=True, help="the folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); the same seed gives the same files")
    parser.add_argument("--size", type=int, default=3000, help="average length of an article in characters (3000)")
    parser.add_argument("--languages", default=None,
                        help=f"comma-separated language codes (default: all of {','.join(generate.LANGUAGE_WEIGHTS)})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    languages = args.languages.split(",") if args.languages else None
    chars = write_corpus(args.output, args.docs, seed=args.seed, size=args.size, languages=languages)
    print(f"{args.docs} articles, {chars / 1e6:.1f}M characters in {args.output} "
          f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
