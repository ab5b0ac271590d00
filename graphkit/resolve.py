"""Mentions of many documents → one :class:`~graphkit.model.Entity` per real-world thing.

Mentions found through the registry or CLDR already carry the key of their
entity, whatever their script. Resolution gathers, for each key, the class,
the canonical label and every name: the known names (registry labels, place
names in the documents' languages and English) and the surface forms found.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

from .extract import places
from .extract.registry import Registry, load_registry
from .model import OPERATION_LABEL as _OPERATION, Document, Entity
from .text import clean_label, script_of

#: How close two discovered names must sound (their phonetic keys), to be one entity.
MERGE_THRESHOLD = 0.9
#: And how close their plain transliterations must be at least.
MERGE_FLOOR = 0.6
#: Classes whose discovered names may merge across scripts (operations differ by a numeral: never).
MERGEABLE = ("Person",)


def _ascii_name(text: str) -> str:
    from anyascii import anyascii

    return " ".join(re.sub(r"[^a-z0-9 ]", " ", anyascii(text).lower()).split())


_DIGRAPHS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("ch", "c"),
             ("sh", "s"), ("th", "t"), ("ts", "c"), ("q", "k"), ("x", "ks"), ("c", "k"), ("y", "i"), ("w", "u"))


def phonetic_key(name: str) -> str:
    """A rough sound of a transliterated name, word by word.

    Digraphs of the common romanisations are unified, doubled letters
    collapsed, and vowels dropped after each word's first letter.

    >>> phonetic_key("Нил Джеттон") == phonetic_key("Neal Jetton")
    True
    """
    words = []
    for word in _ascii_name(name).split():
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = re.sub(r"(.)\1+", r"\1", word)
        words.append(word[0] + re.sub(r"[aeiou]", "", word[1:]))
    return " ".join(words)


#: How alike each word's consonants must be for a name in Arabic letters and a Latin one to be one person's.
ABJAD_THRESHOLD = 0.8
#: Scripts that write few vowels.
ABJADS = frozenset({"ARABIC", "HEBREW"})
#: Letters an abjad writes with one letter (no v, p or hard g in Arabic: "فولكوف", "غوت"), and the consonant
#: classes of the Latin spelling ("ph", "c" before e/i/y).
_ABJAD_LETTERS = (("ph", "f"), ("gh", "g"), ("kh", "k"), ("th", "t"), ("sh", "s"), ("v", "f"), ("p", "b"),
                  ("g", "k"), ("q", "k"), ("x", "ks"))


def abjad_key(name: str) -> list[str]:
    """The consonants of each word of a name as an abjad writes them ("Dmitry Volkov", "دميتري فولكوف": dmtr flkf).

    Vowels, and the letters an abjad writes for them (w, y, h), are dropped after a word's first letter.
    """
    words = []
    for word in _ascii_name(name).split():
        word = re.sub(r"c(?=[eiy])", "s", word).replace("ck", "k").replace("c", "k")
        for a, b in _ABJAD_LETTERS:
            word = word.replace(a, b)
        word = word[0] + re.sub(r"[aeiouwyh]", "", word[1:])
        words.append(re.sub(r"(.)\1+", r"\1", word))
    return words


def _abjad_alike(a: list[str], b: list[str]) -> bool:
    """Whether two names' :func:`abjad_key` words are as many, begin alike and are each at least
    ``ABJAD_THRESHOLD`` alike."""
    return len(a) == len(b) and len("".join(a)) >= 5 and all(
        x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= ABJAD_THRESHOLD for x, y in zip(a, b))


class Tally:
    """What resolution needs of documents, gathered one document at a time, in any order.

    A build holds this instead of its documents: for each entity key, the count
    of each class, the first mention's label and text, the last mention's label,
    and every (surface form, document language); for each discovered person,
    the count of each name. Each document has a rank (by default the order of
    :meth:`add`; a build ranks documents by id), and where the result depends on
    the order of mentions (which label is first), it is the order of ranks, so
    that documents added in any order give the same entities.

    :func:`merge_keys` is ``Tally(documents).merges()``; :func:`resolve` is
    ``Tally(documents).entities()``; ``tally.entities(merged)`` equals
    ``resolve(apply_merges(documents, merged))``.
    """

    def __init__(self, documents: Iterable[Document] = (), *, registry: Registry | None = None):
        self.registry = registry or load_registry()
        self.keys: dict[str, _Key] = {}
        self.people: dict[str, _Names] = {}  # discovered keys that may merge (MERGEABLE classes)
        self._added = 0
        for doc in documents:
            self.add(doc)

    def add(self, doc: Document, rank=None) -> None:
        """Count the mentions of one document; ``rank`` orders it among the others (default: the order added)."""
        rank = self._added if rank is None else rank
        self._added += 1
        known = self.registry.entities
        for i, m in enumerate(doc.mentions):
            pos = (rank, i)
            entry = self.keys.get(m.key)
            if entry is None:
                entry = self.keys[m.key] = _Key(pos, m.label, m.text)
            elif pos < entry.first:
                entry.first, entry.first_label, entry.first_text = pos, m.label, m.text
            if pos >= entry.last:
                entry.last, entry.last_label = pos, m.label
            entry.types[m.type] = entry.types.get(m.type, 0) + 1
            entry.names.add((m.text, doc.language))
            if m.key not in known and m.method.startswith("discovery") and m.type in MERGEABLE:
                names = self.people.get(m.key)
                if names is None:
                    names = self.people[m.key] = _Names()
                seen = names.labels.get(m.label)
                names.labels[m.label] = (seen[0] + 1, seen[1]) if seen else (1, pos)
                if names.last is None or pos >= names.last:
                    names.last, names.type = pos, m.type

    def merges(self) -> dict[str, tuple[str, str]]:
        """Discovered entities of different keys that are one real-world thing: see :func:`merge_keys`."""
        people = self.people
        count = {k: sum(n for n, _ in people[k].labels.values()) for k in people}
        keys = sorted(people, key=lambda k: (-count[k], k))
        # the most common name (ties: the one met first)
        label = {k: min(people[k].labels, key=lambda text: (-people[k].labels[text][0], people[k].labels[text][1]))
                 for k in keys}
        latin = {k: label[k].isascii() for k in keys}
        plain = {k: _ascii_name(label[k]) for k in keys}
        sound = {k: phonetic_key(label[k]) for k in keys}
        # only names that could sound alike are compared: same number of words, same initials of their sounds
        buckets: dict[tuple, list[str]] = defaultdict(list)
        for k in keys:
            buckets[(people[k].type, tuple(w[0] for w in sound[k].split()))].append(k)
        merged: dict[str, tuple[str, str]] = {}
        for bucket in buckets.values():
            for i, a in enumerate(bucket):
                if a in merged:
                    continue
                for b in bucket[i + 1:]:
                    if b in merged:
                        continue
                    wa, wb = plain[a].split(), plain[b].split()
                    if len(wa) != len(wb) or [w.isdigit() for w in wa] != [w.isdigit() for w in wb]:
                        continue
                    ratio = SequenceMatcher(None, plain[a], plain[b]).ratio()
                    alike = SequenceMatcher(None, sound[a], sound[b]).ratio()
                    if alike >= MERGE_THRESHOLD and ratio >= MERGE_FLOOR:
                        keep, drop = (a, b) if latin[a] or not latin[b] else (b, a)
                        merged[drop] = (keep, f"merged '{label[drop]}' into '{label[keep]}': transliterations "
                                              f"'{plain[drop]}' ~ '{plain[keep]}' = {ratio:.2f}, "
                                              f"sound '{sound[drop]}' ~ '{sound[keep]}' = {alike:.2f}")
        # a name in Arabic or Hebrew letters, whose vowels are not written, and a Latin one
        abjad = [k for k in keys if k not in merged and script_of(next((c for c in label[k] if c.isalpha()), " "))
                 in ABJADS]
        if abjad:
            # the Latin names' consonants, made once, by what two alike must share: as many words, each begun alike
            by_initials: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
            for b in keys:
                if latin[b] and b not in merged:
                    sound_b = abjad_key(label[b])
                    by_initials.setdefault(tuple(w[0] for w in sound_b), []).append((b, sound_b))
            for a in abjad:
                sound_a = abjad_key(label[a])
                alike = [(b, sound_b) for b, sound_b in by_initials.get(tuple(w[0] for w in sound_a), ())
                         if people[b].type == people[a].type and _abjad_alike(sound_a, sound_b)]
                if len(alike) == 1:
                    b, sound_b = alike[0]
                    merged[a] = (b, f"merged '{label[a]}' into '{label[b]}': consonants '{' '.join(sound_a)}' ~ "
                                    f"'{' '.join(sound_b)}'")
        return merged

    def entities(self, merged: dict[str, tuple[str, str]] | None = None, *,
                 notes: dict[str, list[str]] | None = None) -> list[Entity]:
        """The entities, sorted by key, once the keys of ``merged`` are replaced by the kept ones.

        ``notes`` maps keys to reasons (a merge, for instance) kept on the entity.
        """
        merged = merged or {}
        kept = {k for k, _ in merged.values()}
        # a merged mention takes the kept entity's label (its last mention's), as apply_merges does
        kept_labels = {k: self.keys[k].last_label for k in kept if k not in merged and k in self.keys}
        types: dict[str, Counter] = defaultdict(Counter)
        first: dict[str, tuple] = {}
        names: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for old, entry in self.keys.items():
            key, label = old, entry.first_label
            if old in merged:
                key = merged[old][0]
                label = kept_labels.get(key, label)
            types[key].update(entry.types)
            if key not in first or entry.first < first[key][0]:
                first[key] = (entry.first, label or entry.first_text)
            names[key] |= entry.names
        labels = {key: label for key, (_, label) in first.items()}
        return _entities(types, labels, names, self.registry, notes)


class _Key:
    __slots__ = ("first", "first_label", "first_text", "last", "last_label", "types", "names")

    def __init__(self, pos: tuple, label: str, text: str):
        self.first, self.first_label, self.first_text = pos, label, text
        self.last, self.last_label = pos, label
        self.types: dict[str, int] = {}
        self.names: set[tuple[str, str]] = set()


class _Names:
    __slots__ = ("labels", "last", "type")

    def __init__(self):
        self.labels: dict[str, tuple[int, tuple]] = {}  # label → (count, first position)
        self.last: tuple | None = None
        self.type = ""


def merge_keys(documents: Sequence[Document], *, registry: Registry | None = None) -> dict[str, tuple[str, str]]:
    """Discovered entities of different keys that are one real-world thing.

    Two people found in different documents (or scripts) are one when their
    names, transliterated to ASCII, have as many words, sound alike (their
    :func:`phonetic_key` at least ``MERGE_THRESHOLD`` alike) and are at least
    ``MERGE_FLOOR`` alike as written, with no word that is a number in one and
    not the other. Only names whose sounds have the same initials are compared,
    so the cost grows with the number of look-alike names, not with its square.
    A name in Arabic or Hebrew letters, which write few vowels, is one with the
    only Latin name whose consonants, as an abjad writes them
    (:func:`abjad_key`), are as many words, each beginning alike and at least
    ``ABJAD_THRESHOLD`` alike. Keys from the registry or CLDR never merge here.

    Returns:
        ``{key: (kept key, reason)}`` for every key merged into another; the
        kept key is the one with a Latin-script name, else the most mentioned.
    """
    return Tally(documents, registry=registry).merges()


def apply_merges(documents: Sequence[Document], merged: dict[str, tuple[str, str]]) -> list[Document]:
    """The documents with merged keys replaced by the kept ones (mentions, relations, figures, dates)."""
    if not merged:
        return list(documents)

    def k(key: str | None) -> str | None:
        return merged[key][0] if key in merged else key

    # a merged mention takes the kept entity's label, so the entity keeps one label
    kept_labels = {m.key: m.label for doc in documents for m in doc.mentions
                   if m.key in {kept for kept, _ in merged.values()} and m.key not in merged}

    def relabel(m):
        if m.key not in merged:
            return m
        kept = k(m.key)
        return dataclasses.replace(m, key=kept, label=kept_labels.get(kept, m.label))

    out = []
    for doc in documents:
        out.append(doc.with_(
            mentions=tuple(relabel(m) for m in doc.mentions),
            relations=tuple(dataclasses.replace(r, subject=k(r.subject), object=k(r.object)) for r in doc.relations),
            figures=tuple(dataclasses.replace(f, about=k(f.about)) for f in doc.figures),
            dates=tuple(dataclasses.replace(d, about=k(d.about)) for d in doc.dates),
        ))
    return out


def fitting(documents: Sequence[Document], entities: Iterable[Entity]) -> list[Document]:
    """The documents without the relations whose entities, as resolved, no longer fit the predicate.

    One document may read a name as a person and the corpus, counting every document, as an
    organization: a worksFor from that organization would then break the contract.
    """
    from .ontology import load as load_ontology

    ontology = load_ontology()
    types = {e.key: ontology.coarse_type(e.type) for e in entities}

    def fits(r) -> bool:
        dom, rng = ontology.signatures.get(r.predicate, (None, None))
        return dom is None or (types.get(r.subject) in dom and types.get(r.object) in rng)

    out = []
    for doc in documents:
        kept = tuple(r for r in doc.relations if fits(r))
        out.append(doc if len(kept) == len(doc.relations) else doc.with_(relations=kept))
    return out


def resolve(documents: Iterable[Document], *, registry: Registry | None = None,
            notes: dict[str, list[str]] | None = None) -> list[Entity]:
    """The entities the documents' mentions refer to, sorted by key.

    ``notes`` maps keys to reasons (a merge, for instance) kept on the entity.
    """
    return Tally(documents, registry=registry).entities(notes=notes)


def _entities(types: dict[str, Counter], labels: dict[str, str], names: dict[str, set[tuple[str, str]]],
              registry: Registry, notes: dict[str, list[str]] | None) -> list[Entity]:
    """Entities from the counts of their classes, their first labels and their (name, language) pairs."""
    langs: dict[str, set[str]] = {key: {"en"} | {lang for _, lang in names[key]} for key in types}
    # a place's names in the languages of the documents that name it: the same whether the
    # corpus is built at once or document by document
    place_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lang in sorted({lang for ls in langs.values() for lang in ls}):
        for text, key in places.names(lang):
            if key in types and lang in langs[key]:
                place_names[key].add((text, lang))
    known_places = {k: p for k, p in places.places().items()}
    for key, label in places.city_labels().items():
        known_places.setdefault(key, places.Place(key, "City", label, key))
    for key, area in places.subdivisions().items():
        known_places.setdefault(key, places.Place(key, "AdministrativeArea", area.label, area.code))
    entities = []
    for key in sorted(types):
        key_names = set(names[key])
        known = registry.entities.get(key)
        if known is not None:
            type_, label = known.type, known.label
            key_names.update((text, lang) for text, lang, how in known.names if how != "hidden")
        elif key in known_places:
            # a place, whatever a stage guessed of a name that happens to be its name
            type_, label = known_places[key].type, known_places[key].label
            key_names.update(place_names.get(key, ()))
        else:
            type_ = min(types[key], key=lambda t: (-types[key][t], t))
            label = labels[key]
            if type_ == "Operation" and label.startswith(_OPERATION):
                # the operation's own name, as its mentions write it ("Цифровой аркан" of "операции «Цифровой
                # аркан»", labelled "Operation Цифровой аркан")
                own = label[len(_OPERATION):]
                key_names.update((own, lang) for text, lang in names[key] if own in text)
        # names as written may hold control characters or characters that show nothing ("Inter\u00adpol"): not
        # their labels
        label = clean_label(label) or label
        alt = frozenset((c, lang or "en") for t, lang in key_names if (c := clean_label(t)) and c != label)
        entities.append(Entity(key=key, type=type_, label=label, alt_labels=alt,
                               notes=tuple(sorted((notes or {}).get(key, ())))))
    return entities
