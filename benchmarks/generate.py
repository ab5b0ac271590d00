"""Synthetic graphs in the shape of graphkit's output contract, for benchmarks.

The graph looks like what ``graphkit build`` writes for a large corpus of
articles (see ``../shared/spec/output-contract.md`` and ``tests/golden/seeds.ttl``):

- documents (``ppp:Document, nif:Context`` with identifier, language, date,
  content hash and text) in 21 languages, English the most common;
- entities typed with a subclass of the scored classes and its superclass,
  one ``rdfs:label`` and ``skos:altLabel``s in several scripts (Latin,
  Cyrillic, Arabic, Devanagari, Thai, kana, Hangul, Han). The head of each
  distribution is graphkit's own registry (real names: Binance, INTERPOL,
  Europol, Operation Serengeti …) and CLDR countries and GeoNames cities
  with their real names in many languages; the tail is made-up names;
- popularity follows a Zipf law: a few organizations (Binance, INTERPOL,
  Europol, AFRIPOL …) appear in a large share of the documents, most appear
  once or twice;
- sentences whose text is the document's own text: mentions (``nif:Phrase``
  with offsets such that ``text[begin:end] == anchorOf``), relations between
  entities with the ontology's domain and range (``worksFor`` with a
  ``ppp:role`` on its evidence, ``coordinatedBy``, ``participatedIn``,
  ``memberOf``, ``partnersWith`` …), one ``ppp:Evidence`` per sentence stating
  a relation, and ``ppp:Figure``s (kind, value, unit for money, the entity
  they are about);
- surface forms met in a language become ``skos:altLabel``s of that language,
  as graphkit does.

The output is N-Triples written line by line (no graph is held in memory),
without duplicate triples, and the same for the same seed and arguments.
Generation stops at the first document boundary at or after the requested
number of triples, so a graph holds slightly more triples than asked.

``--doc-triples`` sets the average number of triples per document, the
document's share of the entities included (40 by default; graphkit's graph
of the five seed articles has about 580, their articles being long).

    python benchmarks/generate.py --triples 100000 -o /tmp/g100k.nt
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import io
import itertools
import math
import random
import sys
import time
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from anyascii import anyascii

from graphkit.resources import DATA_DIR, ontology_file
from graphkit.vocab import BASE, KINDS

#: Bump when the generator's output changes, so cached graphs are remade.
GENERATOR_VERSION = 1

# --------------------------------------------------------------- terms

PPP = BASE + "ppp#"
KIND = BASE + "kind/"
ENTITY = BASE + "entity/"
DOC = BASE + "doc/"
EVIDENCE = BASE + "evidence/"
FIGURE = BASE + "figure/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITS = "http://www.w3.org/2005/11/its/rdf#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _iri(value: str) -> str:
    return f"<{value}>"


A = _iri(RDF + "type")
LABEL = _iri(RDFS + "label")
ALT = _iri(SKOS + "altLabel")
P = {name: _iri(PPP + name) for name in (
    "Document", "Evidence", "Figure", "Organization", "Person", "Operation", "Location",
    "confidence", "role", "method", "kind", "value", "unit", "about", "contentHash",
    "memberOf", "partnersWith", "worksFor", "partOf", "coordinatedBy", "participatedIn",
    "targets", "locatedIn", "launchedBy", "investigates", "supports", "trains",
)}
N = {name: _iri(NIF + name) for name in (
    "Context", "Phrase", "referenceContext", "beginIndex", "endIndex", "anchorOf", "isString")}
TA_IDENT = _iri(ITS + "taIdentRef")
TA_CLASS = _iri(ITS + "taClassRef")
TA_CONF = _iri(ITS + "taConfidence")
STATEMENT = _iri(RDF + "Statement")
SUBJECT, PREDICATE, OBJECT = _iri(RDF + "subject"), _iri(RDF + "predicate"), _iri(RDF + "object")
DERIVED = _iri(PROV + "wasDerivedFrom")
IDENTIFIER, LANGUAGE, DATE = _iri(DCT + "identifier"), _iri(DCT + "language"), _iri(DCT + "date")
T_NNI, T_DEC = _iri(XSD + "nonNegativeInteger"), _iri(XSD + "decimal")
T_DATE, T_YEAR = _iri(XSD + "date"), _iri(XSD + "gYear")

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(text: str, lang: str | None = None) -> str:
    text = '"' + text.translate(_ESCAPES) + '"'
    return f"{text}@{lang}" if lang else text


def _typed(text, datatype: str) -> str:
    return f'"{text}"^^{datatype}'


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def _slug(text: str) -> str:
    ascii_text = anyascii(unicodedata.normalize("NFC", text)).lower()
    out = "".join(c if c.isalnum() else "-" for c in ascii_text)
    return "-".join(part for part in out.split("-") if part)


# ------------------------------------------------------------- languages

#: Share of documents per language (graphkit has data for these 21).
LANGUAGE_WEIGHTS = {
    "en": 30, "fr": 6, "de": 6, "es": 6, "ru": 5, "zh": 5, "pt": 4, "ar": 4, "hi": 4,
    "ja": 4, "ko": 3, "it": 3, "nl": 3, "th": 3, "tr": 3, "id": 3, "vi": 3, "pl": 2,
    "ro": 2, "sv": 2, "uk": 2,
}
#: Languages whose surface forms of made-up names are written in another script.
SCRIPT_OF = {"ru": "cyrl", "uk": "cyrl", "ar": "arab", "hi": "deva", "th": "thai",
             "ja": "kana", "ko": "hang", "zh": "hani"}

_CYRL = dict(zip("abcdefghijklmnopqrstuvwxyz",
                 ["а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м", "н", "о", "п",
                  "к", "р", "с", "т", "у", "в", "в", "кс", "й", "з"]))
_ARAB = dict(zip("abcdefghijklmnopqrstuvwxyz",
                 ["ا", "ب", "ك", "د", "ي", "ف", "غ", "ه", "ي", "ج", "ك", "ل", "م", "ن", "و", "ب",
                  "ق", "ر", "س", "ت", "و", "ف", "و", "كس", "ي", "ز"]))
_DEVA = dict(zip("abcdefghijklmnopqrstuvwxyz",
                 ["ा", "ब", "क", "ड", "े", "फ", "ग", "ह", "ि", "ज", "क", "ल", "म", "न", "ो", "प",
                  "क", "र", "स", "ट", "ु", "व", "व", "क्स", "य", "ज़"]))
_THAI = dict(zip("abcdefghijklmnopqrstuvwxyz",
                 ["า", "บ", "ค", "ด", "เ", "ฟ", "ก", "ฮ", "ิ", "จ", "ค", "ล", "ม", "น", "โ", "พ",
                  "ค", "ร", "ส", "ต", "ุ", "ว", "ว", "กซ", "ย", "ซ"]))
_KANA_ROWS = {"": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
              "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
              "p": "パピプペポ", "m": "マミムメモ", "y": "ヤイユエヨ", "r": "ラリルレロ", "w": "ワイウエヲ"}
_KANA_CONS = {"c": "k", "q": "k", "x": "k", "f": "h", "v": "b", "l": "r", "j": "z"}
_HANI = "阿巴卡达德埃法加格哈伊贾卡拉勒马曼纳尼奥帕普奎拉里萨斯塔特乌瓦维克西亚扎兹尔恩森布林罗洛莫诺索托"
_HANG_INITIAL = {"g": 0, "k": 15, "c": 15, "q": 15, "n": 2, "d": 3, "t": 16, "r": 5, "l": 5, "m": 6,
                 "b": 7, "p": 17, "v": 7, "f": 17, "s": 9, "x": 9, "": 11, "j": 12, "z": 12, "h": 18,
                 "w": 11, "y": 11}
_HANG_MEDIAL = {"a": 0, "e": 5, "i": 20, "o": 8, "u": 13}
_VOWELS = "aeiou"


def _syllables(name: str):
    """(consonants, vowel) pieces of a Latin name, for syllabic scripts."""
    out, cons = [], ""
    for ch in anyascii(name).lower():
        if not ch.isalpha():
            if cons:
                out.append((cons, ""))
            cons = ""
            continue
        if ch in _VOWELS:
            out.append((cons, ch))
            cons = ""
        else:
            cons += ch
    if cons:
        out.append((cons, ""))
    return out


def transliterate(name: str, script: str) -> str:
    """A made-up but stable rendering of a Latin name in another script."""
    if script in ("cyrl", "arab", "deva", "thai"):
        table = {"cyrl": _CYRL, "arab": _ARAB, "deva": _DEVA, "thai": _THAI}[script]
        words = []
        for word in anyascii(name).lower().split():
            rendered = "".join(table.get(c, c) for c in word)
            words.append(rendered[:1].upper() + rendered[1:] if script == "cyrl" else rendered)
        return " ".join(words)
    chars = []
    for cons, vowel in _syllables(name):
        head = cons[-1:] if cons else ""
        if script == "kana":
            row = _KANA_ROWS.get(_KANA_CONS.get(head, head), _KANA_ROWS["k"])
            chars.append(row[_VOWELS.index(vowel or "u")])
            if len(cons) > 1 and vowel:
                chars.insert(-1, "ッ")
        elif script == "hang":
            initial = _HANG_INITIAL.get(head, 11)
            medial = _HANG_MEDIAL.get(vowel or "u", 18)
            chars.append(chr(0xAC00 + (initial * 21 + medial) * 28))
        else:  # hani
            chars.append(_HANI[int(hashlib.md5((cons + vowel).encode()).hexdigest(), 16) % len(_HANI)])
    if script == "kana":
        return "".join(chars).replace("ッッ", "ッ") or "ア"
    return "".join(chars) or "阿"


@dataclass
class Language:
    code: str
    relations: dict
    roles: list
    role_connectors: list
    person_cues: list
    operation: str                    # how an operation's name is written: "{}" is the name
    figures: dict
    currencies: list
    conjunction: str
    spaced: bool


def _load_languages() -> dict[str, Language]:
    folder = DATA_DIR / "lang"
    with open(folder / "en.toml", "rb") as f:
        english = tomllib.load(f)
    out = {}
    for code in LANGUAGE_WEIGHTS:
        with open(folder / f"{code}.toml", "rb") as f:
            data = tomllib.load(f)

        def get(section, key, default=None):
            value = data.get(section, {}).get(key)
            return value if value else english.get(section, {}).get(key, default)

        relations = {p: [c.lstrip("<") for c in get("relations", p, [])] or [p]
                     for p, *_ in RELATIONS}
        figures = {k: get("figures", k, [k]) for k in KINDS}
        currencies = [w for w, code_ in data.get("currency", {}).items() if code_ in ("USD", "EUR")] or ["USD"]
        after = data.get("entities", {}).get("operation_words_after")
        spaced = code not in ("th", "ja", "zh")
        if after:
            operation = "{}" + (" " if spaced else "") + after[0]
        else:
            operation = get("entities", "operation_words", ["operation"])[0] + " {}"
        out[code] = Language(
            code=code, relations=relations, roles=get("roles", "words", ["director"]),
            role_connectors=get("entities", "role_connectors", ["of"]),
            person_cues=get("entities", "person_cues", ["said"]),
            operation=operation,
            figures=figures, currencies=currencies,
            conjunction=get("words", "and", ["and"])[0],
            spaced=spaced,
        )
    return out


# --------------------------------------------------------------- entities

ORG_CLASSES = ("Company", "LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization",
               "NonProfit", "Initiative", "OrganizationalUnit", "Media")
#: Shares of the made-up organizations by class.
ORG_CLASS_WEIGHTS = (40, 15, 10, 2, 9, 7, 12, 5)
#: The most talked-about, in this order; the rest of the registry follows them.
HEAD = ("binance", "interpol", "europol", "afripol", "chainalysis", "microsoft", "fbi", "trm-labs",
        "group-ib", "cybercrime-atlas", "wef", "kaspersky", "coinbase", "tether", "okx", "trend-micro",
        "mastercard", "hong-kong-police", "ncfta", "europol-ec3")
HEAD_OPERATIONS = ("serengeti", "serengeti-2")
HEAD_COUNTRIES = ("US", "CN", "NG", "GB", "IN", "HK", "SG", "RU", "UA", "DE", "FR", "TH", "PK", "ZA",
                  "KE", "BR", "NL", "KR", "JP", "AE", "TR", "ID", "PH", "VN", "GH", "CI", "RO", "ES")
#: Languages whose CLDR names become altLabels of places.
PLACE_LANGUAGES = ("fr", "de", "es", "ru", "ar", "hi", "th", "ja", "ko", "zh", "ro", "sv", "tr", "pt")
REGIONS = ("002", "005", "011", "014", "015", "017", "018", "029", "030", "034", "035", "039", "053",
           "142", "143", "145", "150", "151", "154", "155", "202", "419")

FIRST = ("Tigran", "Jarek", "Horest", "Maria", "Ana", "Olena", "Chen", "Wei", "Hiroshi", "Yuki", "Min-jun",
         "Aarav", "Priya", "Fatima", "Omar", "Ahmed", "Chinedu", "Ngozi", "Kwame", "Amara", "Lars", "Ingrid",
         "Pierre", "Claire", "Hans", "Katrin", "Giulia", "Marco", "Sofia", "Mateus", "Lucas", "Elena",
         "Andrei", "Ioana", "Mehmet", "Ayse", "Somchai", "Nattaya", "Nguyen", "Linh", "Budi", "Siti",
         "Piotr", "Agnieszka", "Jan", "Sanne", "David", "Sarah", "James", "Emily", "Craig", "Neal")
LAST = ("Gambaryan", "Jakubcek", "Au Yeung", "Garcia", "Silva", "Kovalenko", "Zhang", "Li", "Tanaka",
        "Sato", "Kim", "Park", "Sharma", "Patel", "Haddad", "Mansour", "Okafor", "Adeyemi", "Mensah",
        "Diallo", "Johansson", "Lindqvist", "Dubois", "Martin", "Schmidt", "Weber", "Rossi", "Bianchi",
        "Santos", "Oliveira", "Popescu", "Ionescu", "Yilmaz", "Demir", "Srisuk", "Wongsawat", "Tran",
        "Pham", "Santoso", "Rahman", "Nowak", "Kowalski", "de Vries", "Jansen", "Jones", "Smith",
        "Brown", "Taylor", "Jones", "Lee", "Wright", "Jetzer")
WORDS = ("Atlas", "Nordic", "Quantum", "Iron", "Blue", "Sentinel", "Aurora", "Vector", "Cobalt", "Harbor",
         "Meridian", "Crimson", "Summit", "Beacon", "Falcon", "Orbit", "Granite", "Lumen", "Onyx", "Polar",
         "Zenith", "Nimbus", "Vertex", "Helix", "Cipher", "Ledger", "Chain", "Block", "Secure", "Trust",
         "Pacific", "Andes", "Sahara", "Baltic", "Danube", "Mekong", "Kilimanjaro", "Everest", "Pampas")
HEADS = {
    "Company": ("Labs", "Security", "Technologies", "Exchange", "Analytics", "Bank", "Pay", "Defense",
                "Intelligence", "Networks", "Capital", "Wallet"),
    "NonProfit": ("Foundation", "Institute", "Association", "Council", "Trust", "Society"),
    "Initiative": ("Alliance against Fraud", "Coalition", "Partnership against Cybercrime", "Task Force",
                   "Network", "Initiative", "Consortium"),
    "Media": ("Times", "News", "Daily", "Post", "Observer", "Wire"),
}
UNIT_WORDS = ("Cyber Unit", "Financial Crime Unit", "Investigations Group", "Threat Intelligence Team",
              "Cybercrime Directorate", "Digital Forensics Lab", "Law Enforcement Training Team")
OPERATION_NAMES = ("Jackal", "Haechi", "First Light", "Killer Bee", "Synergia", "Endgame", "Magnus",
                   "Cookie Monster", "Trust Fall", "Red Card", "Contender", "Secure", "Storm Makers",
                   "Lyrebird", "Nervone", "Falcon", "Sentinel", "Cronos", "Talon", "Tarpit", "Shamrock",
                   "Pangea", "Kingpin", "Duck Hunt", "Phobos", "Morpheus", "Cobalt", "Unmask", "Tourniquet")
ROMAN = ("", "", "", " II", " III", " 2.0", " IV", " V")
#: Groups of organizations that relations take their subjects and objects from, by class.
GROUPS = {
    "org": frozenset(ORG_CLASSES),
    "enforcer": frozenset(("LawEnforcementAgency", "IntergovernmentalOrganization", "GovernmentAgency")),
    "private": frozenset(("Company", "NonProfit", "Media")),
    "alliance": frozenset(("Initiative", "IntergovernmentalOrganization", "NonProfit")),
    "initiative": frozenset(("Initiative",)),
    "unit": frozenset(("OrganizationalUnit",)),
    "parent": frozenset(ORG_CLASSES) - {"OrganizationalUnit"},
}


@dataclass
class Entity:
    iri: str                          # in angle brackets
    cls: str                          # most specific class (ppp: local name)
    top: str                          # Organization, Person, Operation or Location
    label: str
    alt: list = field(default_factory=list)   # [(text, lang)] written with the entity
    forms: dict = field(default_factory=dict)  # language -> [(surface form, its tag)] to write in it
    method: str = "registry"
    parent: "Entity | None" = None    # units: the organization they belong to
    latin: bool = True                # made-up names are transliterated for other scripts
    written: bool = False
    alt_written: set = field(default_factory=set)


class _Pool:
    """Entities of one group, drawn with Zipf weights by rank; made on first draw."""

    def __init__(self, size: int, exponent: float, make):
        self.size = size
        self.cum = list(itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(size)))
        self.make = make
        self.items: dict[int, Entity] = {}

    def draw(self, rng: random.Random) -> Entity:
        index = bisect.bisect_left(self.cum, rng.random() * self.cum[-1])
        return self.get(min(index, self.size - 1))

    def get(self, index: int) -> Entity:
        entity = self.items.get(index)
        if entity is None:
            entity = self.items[index] = self.make(index)
        return entity


class _World:
    """Every entity the corpus can talk about, by group, with their popularity."""

    def __init__(self, seed: int, documents: int, languages: dict[str, Language]):
        self.seed = seed
        self.languages = languages
        self.slugs: set[str] = set()
        rng = random.Random(f"{seed}:world")
        registry = self._registry()
        head = [registry[s] for s in HEAD if s in registry]
        rest = sorted((e for s, e in registry.items() if s not in HEAD and e.top == "Organization"),
                      key=lambda e: e.iri)
        rng.shuffle(rest)
        known = head + rest
        # the tail of made-up organizations grows with the corpus
        n_made = max(40, int(documents * 0.35))
        classes = rng.choices(ORG_CLASSES, weights=ORG_CLASS_WEIGHTS, k=n_made)
        orgs: list = known + [("made", i, c) for i, c in enumerate(classes)]
        self._orgs = orgs

        def entity_of(spec):
            return spec if isinstance(spec, Entity) else self._made_org(*spec)

        def cls_of(spec):
            return spec.cls if isinstance(spec, Entity) else spec[2]

        def pool(specs, exponent):
            specs = list(specs)
            return _Pool(len(specs), exponent, lambda i: entity_of_cached(specs[i]))

        cache: dict = {}

        def entity_of_cached(spec):
            key = spec.iri if isinstance(spec, Entity) else spec
            if key not in cache:
                cache[key] = entity_of(spec)
            return cache[key]

        self.pools = {name: pool((s for s in orgs if cls_of(s) in classes), 1.1) for name, classes in GROUPS.items()}
        operations = [registry[s] for s in HEAD_OPERATIONS if s in registry]
        operations += sorted((e for s, e in registry.items() if e.top == "Operation" and s not in HEAD_OPERATIONS),
                             key=lambda e: e.iri)
        n_ops = len(operations) + max(20, int(documents * 0.08))
        self.pools["operation"] = _Pool(n_ops, 1.0, lambda i: operations[i] if i < len(operations)
                                        else self._made_operation(i))
        n_people = max(30, int(documents * 0.5))
        self.pools["person"] = _Pool(n_people, 0.8, self._made_person)
        places = self._places(rng)
        self.pools["place"] = _Pool(len(places), 1.0, lambda i: places[i]())

    # -- the registry, CLDR and GeoNames

    def _registry(self) -> dict[str, Entity]:
        by_iri: dict[str, dict] = {}
        for triple in ox.parse(path=str(ontology_file("registry.ttl")), format=ox.RdfFormat.TURTLE):
            subject = triple.subject.value
            entry = by_iri.setdefault(subject, {"types": [], "labels": [], "alt": [], "parent": None})
            predicate = triple.predicate.value
            if predicate == RDF + "type":
                entry["types"].append(triple.object.value[len(PPP):])
            elif predicate == RDFS + "label":
                entry["labels"].append(triple.object.value)
            elif predicate == SKOS + "altLabel":
                entry["alt"].append((triple.object.value, triple.object.language))
            elif predicate == PPP + "partOf":
                entry["parent"] = triple.object.value
        out: dict[str, Entity] = {}
        for iri, entry in sorted(by_iri.items()):
            if not iri.startswith(ENTITY) or not entry["types"] or not entry["labels"]:
                continue
            cls = entry["types"][0]
            slug = iri[len(ENTITY):]
            top = "Operation" if cls == "Operation" else "Organization"
            alt = sorted(set(entry["alt"]))
            forms: dict[str, list] = {}
            for text, lang in alt:
                forms.setdefault(lang.split("-")[0].lower(), []).append((text, lang))
            out[slug] = Entity(_iri(iri), cls, top, entry["labels"][0], alt, forms, latin=False)
            self.slugs.add(slug)
        for slug, entity in out.items():
            parent = by_iri.get(ENTITY + slug, {}).get("parent")
            if parent and parent[len(ENTITY):] in out:
                entity.parent = out[parent[len(ENTITY):]]
        return out

    def _unique_slug(self, base: str, *more: str) -> str:
        base = base or "entity"
        for candidate in itertools.chain([base], (f"{base}-{m}" for m in more), (f"{base}-{i}" for i in itertools.count(2))):
            if candidate not in self.slugs:
                self.slugs.add(candidate)
                return candidate
        raise AssertionError("unreachable")

    def _places(self, rng: random.Random) -> list:
        """Makers of places, most talked-about first: countries, CLDR regions, cities by population."""
        from babel import Locale

        english = Locale.parse("en").territories
        names = {lang: Locale.parse(lang).territories for lang in PLACE_LANGUAGES}

        def place(code: str, cls: str):
            def make():
                label = english[code]
                alt = sorted({(names[lang][code], lang) for lang in PLACE_LANGUAGES
                              if code in names[lang] and names[lang][code] != label})
                forms: dict[str, list] = {}
                for text, lang in alt:
                    forms.setdefault(lang, []).append((text, lang))
                slug = self._unique_slug(_slug(label), code.lower())
                return Entity(_iri(ENTITY + slug), cls, "Location", label, alt, forms, method="cldr", latin=False)
            return make

        countries = [c for c in english if len(c) == 2 and c.isalpha() and c.isupper()
                     and c not in ("ZZ", "XA", "XB", "EU", "EZ", "UN", "QO", "XK")]
        rest = sorted(set(countries) - set(HEAD_COUNTRIES))
        rng.shuffle(rest)
        # the best-known countries, then the others with the regions among them, then cities by
        # population with the remaining countries among the largest
        countries = [place(c, "Country") for c in HEAD_COUNTRIES if c in english]
        countries += [place(c, "Country") for c in rest[:20]]
        countries += [place(r, "Region") for r in REGIONS if r in english]
        countries += [place(c, "Country") for c in rest[20:]]
        cities = [self._city_maker(line.split("\t"))
                  for line in (DATA_DIR / "cities.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")]
        cities.sort(key=lambda m: -m.population)
        return countries[:70] + _interleave(cities, countries[70:])

    def _city_maker(self, columns: list[str]):
        geoname, name, cc, population, *alternates = columns

        def make():
            alt, forms = [], {}
            for text in alternates:
                lang = _script_language(text)
                if lang and len(alt) < 8:
                    alt.append((text, lang))
                    forms.setdefault(lang, []).append((text, lang))
            slug = self._unique_slug(_slug(name), cc.lower(), geoname)
            return Entity(_iri(ENTITY + slug), "City", "Location", name, sorted(set(alt)), forms,
                          method="geonames", latin=False)

        make.population = int(population or 0)
        return make

    # -- made-up entities

    def _made_org(self, _tag: str, index: int, cls: str) -> Entity:
        rng = random.Random(f"{self.seed}:org:{index}")
        parent = None
        if cls == "OrganizationalUnit":
            parent = self.pools["parent"].draw(rng)
            label = f"{parent.label} {rng.choice(UNIT_WORDS)}"
        elif cls in HEADS:
            label = f"{rng.choice(WORDS)} {rng.choice(HEADS[cls])}"
            if rng.random() < 0.5:
                label = f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {rng.choice(HEADS[cls])}"
        else:
            place = self.pools["place"].draw(rng)
            label = {
                "LawEnforcementAgency": rng.choice(("{} Police", "{} Cybercrime Police", "{} National Crime Agency",
                                                    "{} Financial Crimes Unit", "{} Police Department")),
                "GovernmentAgency": rng.choice(("{} Ministry of Digital Affairs", "{} Financial Intelligence Unit",
                                                "{} Cyber Security Agency", "{} Central Bank", "{} Securities Commission")),
                "IntergovernmentalOrganization": rng.choice(("{} Police Cooperation Organisation",
                                                             "{} Cybercrime Convention Committee")),
            }[cls].format(place.label)
        slug = self._unique_slug(_slug(label))
        alt = []
        words = [w for w in label.split() if w[:1].isupper()]
        if len(words) >= 3 and rng.random() < 0.5:
            alt.append(("".join(w[0] for w in words).upper(), "en"))
        return Entity(_iri(ENTITY + slug), cls, "Organization", label, alt, {"en": [(label, "en")] + alt},
                      method="discovery:organization", parent=parent)

    def _made_person(self, index: int) -> Entity:
        rng = random.Random(f"{self.seed}:person:{index}")
        label = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        slug = self._unique_slug(_slug(label))
        return Entity(_iri(ENTITY + slug), "Person", "Person", label, [], {}, method="discovery:person")

    def _made_operation(self, index: int) -> Entity:
        rng = random.Random(f"{self.seed}:operation:{index}")
        name = rng.choice(OPERATION_NAMES + WORDS) + rng.choice(ROMAN)
        slug = self._unique_slug(_slug(name))
        return Entity(_iri(ENTITY + slug), "Operation", "Operation", f"Operation {name}", [], {},
                      method="discovery:operation")


def _interleave(a: list, b: list) -> list:
    """One of b after every two of a, until b runs out."""
    out = []
    for i, item in enumerate(a):
        out.append(item)
        if i % 2 == 1 and i // 2 < len(b):
            out.append(b[i // 2])
    return out + b[len(a) // 2:]


def _script_language(text: str) -> str | None:
    """A language tag for a name by its script (GeoNames gives none); None for Latin."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, lang in (("CYRILLIC", "ru"), ("ARABIC", "ar"), ("DEVANAGARI", "hi"), ("THAI", "th"),
                             ("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"),
                             ("GREEK", "el"), ("HEBREW", "he"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy")):
            if name.startswith(prefix):
                return lang
        return None
    return None


# -------------------------------------------------------------- documents

#: Relations: (predicate, subject group, object group, share of relation sentences).
RELATIONS = (
    ("partnersWith", "org", "org", 20),
    ("worksFor", "person", "org", 15),
    ("memberOf", "org", "alliance", 12),
    ("coordinatedBy", "operation", "enforcer", 10),
    ("participatedIn", "org", "operation", 9),
    ("supports", "private", "enforcer", 7),
    ("targets", "operation", "place", 6),
    ("locatedIn", "org", "place", 6),
    ("partOf", "unit", None, 4),
    ("trains", "private", "enforcer", 4),
    ("investigates", "enforcer", "private", 4),
    ("launchedBy", "initiative", "org", 3),
)
MONEY = {"amount_recovered", "amount_disrupted", "amount_seized", "amount_laundered", "amount_lost"}
#: Kinds of figures and how often each is reported.
KIND_WEIGHTS = {k: 1 for k in KINDS} | {"arrests": 8, "amount_seized": 5, "amount_lost": 5, "victims": 4,
                                         "countries": 4, "infrastructure_taken_down": 3, "users": 2}
#: Per sentence: a relation, a figure, or names only.
SENTENCE_KINDS = (("relation", 50), ("figure", 20), ("names", 30))
#: Triples per sentence and per document node, on average, to aim at --doc-triples.
_SENTENCE_TRIPLES, _DOCUMENT_TRIPLES = 27.0, 7.0
_START, _DAYS = 17897, 2372  # 2019-01-01 as days from 1970, and six and a half years


@dataclass
class Stats:
    triples: int = 0
    documents: int = 0
    entities: int = 0
    mentions: int = 0
    evidence: int = 0
    figures: int = 0
    relations: int = 0
    alt_labels: int = 0


class _Generator:
    def __init__(self, n_triples: int, seed: int, doc_triples: float):
        self.rng = random.Random(seed)
        self.languages = _load_languages()
        self.lang_codes = list(LANGUAGE_WEIGHTS)
        self.lang_cum = list(itertools.accumulate(LANGUAGE_WEIGHTS.values()))
        documents = max(1, int(n_triples / max(doc_triples, 10)))
        self.world = _World(seed, documents, self.languages)
        self.extra_sentences = max(0.0, (doc_triples - _DOCUMENT_TRIPLES) / _SENTENCE_TRIPLES - 1)
        self.relations_seen: set = set()
        self.stats = Stats()
        self.n_triples = n_triples
        self.kinds = list(KIND_WEIGHTS)
        self.kind_cum = list(itertools.accumulate(KIND_WEIGHTS.values()))

    # -- output

    def _entity(self, e: Entity, out: list):
        if e.written:
            return
        e.written = True
        self.stats.entities += 1
        out.append(f"{e.iri} {A} {_iri(PPP + e.cls)} .\n")
        if e.cls != e.top:
            out.append(f"{e.iri} {A} {P[e.top]} .\n")
        out.append(f"{e.iri} {LABEL} {_lit(e.label, 'en')} .\n")
        for text, lang in e.alt:
            self._alt(e, text, lang, out)

    def _alt(self, e: Entity, text: str, lang: str, out: list):
        if (text, lang) in e.alt_written or (lang == "en" and text == e.label):
            return
        e.alt_written.add((text, lang))
        self.stats.alt_labels += 1
        out.append(f"{e.iri} {ALT} {_lit(text, lang)} .\n")

    def _relation(self, s: str, predicate: str, o: str, out: list):
        key = (s, predicate, o)
        if key in self.relations_seen:
            return
        self.relations_seen.add(key)
        self.stats.relations += 1
        out.append(f"{s} {P[predicate]} {o} .\n")

    def _surface(self, e: Entity, lang: str, rng: random.Random) -> tuple[str, str]:
        """How a document in ``lang`` writes the entity's name, and the form's language tag."""
        forms = e.forms.get(lang)
        if forms is None and e.latin and lang != "en":
            # made-up names: in the language's script, operations with the language's word for one
            name = e.label.removeprefix("Operation ") if e.top == "Operation" else e.label
            if lang in SCRIPT_OF:
                name = transliterate(name, SCRIPT_OF[lang])
            if e.top == "Operation":
                name = self.languages[lang].operation.format(name)
            forms = e.forms[lang] = [(name, lang)]
        if forms and rng.random() < 0.6:
            return rng.choice(forms)
        return e.label, "en"

    # -- documents

    def documents(self):
        """N-Triples lines, a document at a time, until the graph is big enough."""
        rng, stats = self.rng, self.stats
        index = 0
        while stats.triples < self.n_triples:
            lines = self._document(index, rng)
            stats.triples += len(lines)
            stats.documents += 1
            index += 1
            yield lines

    def _document(self, index: int, rng: random.Random) -> list[str]:
        lang_code = self.lang_codes[bisect.bisect_left(self.lang_cum, rng.random() * self.lang_cum[-1])]
        lang = self.languages[lang_code]
        day = _START + rng.randrange(_DAYS)
        date = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
        name = f"{index:06d}_{_hash(self.world.seed, index)[:16]}.txt"
        doc = _iri(DOC + name)
        topic = self.world.pools["org"].draw(rng)
        n_sentences = 1 + _poisson(rng, self.extra_sentences)
        out: list[str] = []
        text_parts: list[str] = []
        offset = 0
        sep = " " if lang.spaced else ""

        for _ in range(n_sentences):
            kind = _weighted(rng, SENTENCE_KINDS)
            pieces: list = []   # strings, or (entity, surface) for mentions
            evidence = figure = None
            if kind == "relation":
                made = self._relation_sentence(rng, lang, topic)
                if made is None:
                    kind = "names"
                else:
                    pieces, evidence = made
            if kind == "figure":
                pieces, figure = self._figure_sentence(rng, lang, topic)
            if kind == "names":
                pieces = self._names_sentence(rng, lang, topic)
            if text_parts:
                gap = "\n\n" if rng.random() < 0.3 else sep or ""
                text_parts.append(gap)
                offset += len(gap)
            start = offset
            for piece in pieces:
                if isinstance(piece, str):
                    text_parts.append(piece)
                    offset += len(piece)
                    continue
                if piece[0] == "figure":
                    _, anchor = piece
                    figure["begin"], figure["anchor"] = offset, anchor
                    text_parts.append(anchor)
                    offset += len(anchor)
                    continue
                entity, (surface, tag) = piece
                self._entity(entity, out)
                if surface != entity.label:
                    self._alt(entity, surface, tag, out)
                self._mention(doc, entity, surface, offset, rng, out)
                text_parts.append(surface)
                offset += len(surface)
            sentence = "".join(text_parts[-len(pieces):]) if pieces else ""
            if evidence is not None:
                self._evidence(doc, evidence, sentence, start, rng, out)
            if figure is not None:
                self._figure(doc, figure, rng, out)

        text = "".join(text_parts)
        out.append(f"{doc} {A} {N['Context']} .\n")
        out.append(f"{doc} {A} {P['Document']} .\n")
        out.append(f"{doc} {N['isString']} {_lit(text)} .\n")
        out.append(f"{doc} {IDENTIFIER} {_lit(name)} .\n")
        out.append(f"{doc} {LANGUAGE} {_lit(lang.code)} .\n")
        out.append(f"{doc} {DATE} {_typed(date, T_DATE)} .\n")
        out.append(f"{doc} {P['contentHash']} {_lit(hashlib.sha256(text.encode('utf-8')).hexdigest())} .\n")
        return out

    def _relation_sentence(self, rng, lang: Language, topic: Entity):
        predicate, sgroup, ogroup = _weighted(rng, [((p, s, o), w) for p, s, o, w in RELATIONS])
        pools = self.world.pools
        subject = self._pick(sgroup, topic, rng)
        if predicate == "partOf":
            obj = subject.parent
            if obj is None:
                return None
        else:
            obj = self._pick(ogroup, topic, rng) if subject is not topic else pools[ogroup].draw(rng)
        if obj is subject or obj.iri == subject.iri:
            return None
        s_form, o_form = self._surface(subject, lang.code, rng), self._surface(obj, lang.code, rng)
        cue = rng.choice(lang.relations[predicate])
        role = None
        if predicate == "worksFor":
            role = rng.choice(lang.roles)
            connector = rng.choice(lang.role_connectors)
            said = rng.choice(lang.person_cues)
            if lang.spaced:
                pieces = [(subject, s_form), f", {role} {connector} ", (obj, o_form), f", {said}: …"]
            else:
                pieces = [(obj, o_form), f"{connector}{role}", (subject, s_form), f"{said}。"]
        elif lang.spaced:
            pieces = [(subject, s_form), f" {cue} ", (obj, o_form), "."]
        else:
            pieces = [(subject, s_form), cue, (obj, o_form), "。" if lang.code != "th" else " "]
        return pieces, {"s": subject, "p": predicate, "o": obj, "role": role, "cue": cue}

    def _pick(self, group: str, topic: Entity, rng) -> Entity:
        # the document's topic takes part in about half the relations it can take part in
        if group in ("org", "private", "enforcer", "alliance") and topic.cls in GROUPS[group] and rng.random() < 0.5:
            return topic
        return self.world.pools[group].draw(rng)

    def _figure_sentence(self, rng, lang: Language, topic: Entity):
        kind = self.kinds[bisect.bisect_left(self.kind_cum, rng.random() * self.kind_cum[-1])]
        about = self.world.pools["operation"].draw(rng) if rng.random() < 0.6 else topic
        value, unit, number = _figure_value(kind, rng)
        cue = rng.choice(lang.figures[kind])
        if unit and unit != "%":
            anchor = f"{number} {rng.choice(lang.currencies)}"
        elif unit == "%":
            anchor = f"{number} %"
        else:
            anchor = f"{number} {cue}"
        form = self._surface(about, lang.code, rng)
        end = "." if lang.spaced else "。"
        pieces = [(about, form), ": " if lang.spaced else "：", ("figure", anchor), f" ({cue}){end}"]
        return pieces, {"kind": kind, "value": value, "unit": unit, "about": about if rng.random() < 0.85 else None}

    def _names_sentence(self, rng, lang: Language, topic: Entity):
        names = [topic] + [self.world.pools[rng.choice(("org", "org", "place", "person", "operation"))].draw(rng)
                           for _ in range(rng.randint(0, 2))]
        unique = list({e.iri: e for e in names}.values())
        pieces: list = []
        for i, entity in enumerate(unique):
            if i:
                pieces.append(", " if i < len(unique) - 1 else f" {lang.conjunction} ")
            pieces.append((entity, self._surface(entity, lang.code, rng)))
        pieces.append(f" {rng.choice(lang.person_cues)}." if lang.spaced else f"{rng.choice(lang.person_cues)}。")
        return pieces

    def _mention(self, doc: str, e: Entity, surface: str, begin: int, rng, out: list):
        end = begin + len(surface)
        m = f"<{doc[1:-1]}#char={begin},{end}>"
        confidence = {"registry": "0.9", "cldr": "0.85", "geonames": "0.8"}.get(e.method, rng.choice(("0.6", "0.65", "0.75")))
        out += [
            f"{m} {A} {N['Phrase']} .\n",
            f"{m} {N['referenceContext']} {doc} .\n",
            f"{m} {N['beginIndex']} {_typed(begin, T_NNI)} .\n",
            f"{m} {N['endIndex']} {_typed(end, T_NNI)} .\n",
            f"{m} {N['anchorOf']} {_lit(surface)} .\n",
            f"{m} {TA_IDENT} {e.iri} .\n",
            f"{m} {TA_CLASS} {_iri(PPP + e.cls)} .\n",
            f"{m} {TA_CONF} {_typed(confidence, T_DEC)} .\n",
            f"{m} {P['method']} {_lit(e.method)} .\n",
        ]
        self.stats.mentions += 1

    def _evidence(self, doc: str, ev: dict, sentence: str, begin: int, rng, out: list):
        s, p, o = ev["s"].iri, ev["p"], ev["o"].iri
        self._relation(s, p, o, out)
        node = _iri(EVIDENCE + _hash(doc, begin, p, s, o))
        confidence = f"{rng.uniform(0.4, 0.9):.2f}"
        method = "relations:role" if ev["role"] else f"relations:cue:{ev['cue']}"
        out += [
            f"{node} {A} {STATEMENT} .\n",
            f"{node} {A} {P['Evidence']} .\n",
            f"{node} {SUBJECT} {s} .\n",
            f"{node} {PREDICATE} {P[p]} .\n",
            f"{node} {OBJECT} {o} .\n",
            f"{node} {DERIVED} {doc} .\n",
            f"{node} {N['anchorOf']} {_lit(sentence)} .\n",
            f"{node} {N['beginIndex']} {_typed(begin, T_NNI)} .\n",
            f"{node} {N['endIndex']} {_typed(begin + len(sentence), T_NNI)} .\n",
            f"{node} {P['confidence']} {_typed(confidence, T_DEC)} .\n",
            f"{node} {P['method']} {_lit(method)} .\n",
        ]
        if ev["role"]:
            out.append(f"{node} {P['role']} {_lit(ev['role'])} .\n")
        if rng.random() < 0.3:
            out.append(f"{node} {DATE} {_typed(2019 + rng.randrange(7), T_YEAR)} .\n")
        self.stats.evidence += 1

    def _figure(self, doc: str, fig: dict, rng, out: list):
        node = _iri(FIGURE + _hash(doc, fig["begin"], fig["kind"]))
        begin, anchor = fig["begin"], fig["anchor"]
        out += [
            f"{node} {A} {P['Figure']} .\n",
            f"{node} {P['kind']} {_iri(KIND + fig['kind'])} .\n",
            f"{node} {P['value']} {_typed(fig['value'], T_DEC)} .\n",
            f"{node} {DERIVED} {doc} .\n",
            f"{node} {N['anchorOf']} {_lit(anchor)} .\n",
            f"{node} {N['beginIndex']} {_typed(begin, T_NNI)} .\n",
            f"{node} {N['endIndex']} {_typed(begin + len(anchor), T_NNI)} .\n",
            f"{node} {P['confidence']} {_typed('0.8', T_DEC)} .\n",
            f"{node} {P['method']} {_lit('figures:cue')} .\n",
        ]
        if fig["unit"]:
            out.append(f"{node} {P['unit']} {_lit(fig['unit'])} .\n")
        if fig["about"] is not None:
            out.append(f"{node} {P['about']} {fig['about'].iri} .\n")
        if rng.random() < 0.3:
            out.append(f"{node} {DATE} {_typed(2019 + rng.randrange(7), T_YEAR)} .\n")
        self.stats.figures += 1


def _weighted(rng: random.Random, choices):
    total = sum(w for _, w in choices)
    x = rng.random() * total
    for item, weight in choices:
        x -= weight
        if x < 0:
            return item
    return choices[-1][0]


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _figure_value(kind: str, rng: random.Random):
    """(value as xsd:decimal lexical form, unit or None, the number as written)."""
    if kind == "percentage":
        value = round(rng.uniform(0.5, 99.5), 1)
        return f"{value}", "%", f"{value}"
    if kind == "founded":
        year = rng.randrange(1950, 2025)
        return f"{year}", None, f"{year}"
    if kind == "countries":
        n = rng.randrange(2, 196)
        return f"{n}", None, f"{n}"
    if kind in MONEY:
        n = int(math.exp(rng.uniform(math.log(1e4), math.log(5e9))))
        n = int(float(f"{n:.2g}"))
        unit = rng.choice(("USD", "USD", "USD", "EUR", "USDT", "BTC"))
        return f"{n}", unit, f"{n:,}"
    n = int(math.exp(rng.uniform(0, math.log(1e6))))
    return f"{n}", None, f"{n:,}"


# ------------------------------------------------------------------- API


def write_ntriples(out, n_triples: int, *, seed: int = 0, doc_triples: float = 40) -> Stats:
    """Write a graph of about ``n_triples`` triples as N-Triples.

    ``out`` is a path or a text file opened for writing (UTF-8). Returns the
    counts of what was written.
    """
    if isinstance(out, (str, Path)):
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            return write_ntriples(f, n_triples, seed=seed, doc_triples=doc_triples)
    generator = _Generator(n_triples, seed, doc_triples)
    buffer: list[str] = []
    for lines in generator.documents():
        buffer += lines
        if len(buffer) > 50_000:
            out.writelines(buffer)
            buffer.clear()
    out.writelines(buffer)
    return generator.stats


def generate(n_triples: int, *, seed: int = 0, doc_triples: float = 40):
    """The same graph as :func:`write_ntriples`, as an ``rdflib.Graph``."""
    import rdflib

    text = io.StringIO()
    write_ntriples(text, n_triples, seed=seed, doc_triples=doc_triples)
    return rdflib.Graph().parse(data=text.getvalue(), format="nt")


def _count(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a synthetic graph following graphkit's output contract, as N-Triples.",
        epilog="example: python benchmarks/generate.py --triples 100000 -o /tmp/g100k.nt")
    parser.add_argument("--triples", type=_count, default=100_000,
                        help="about how many triples (1000, 100k, 1M; default 100000)")
    parser.add_argument("-o", "--output", default="-", help="the .nt file to write (default: standard output)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); the same seed gives the same file")
    parser.add_argument("--doc-triples", type=float, default=40,
                        help="average triples per document, entities included (default 40)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.output == "-":
        stats = write_ntriples(sys.stdout, args.triples, seed=args.seed, doc_triples=args.doc_triples)
    else:
        stats = write_ntriples(args.output, args.triples, seed=args.seed, doc_triples=args.doc_triples)
    elapsed = time.perf_counter() - started
    print(f"{stats.triples} triples: {stats.documents} documents, {stats.entities} entities, "
          f"{stats.mentions} mentions, {stats.relations} relations with {stats.evidence} evidence, "
          f"{stats.figures} figures, {stats.alt_labels} altLabels ({elapsed:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
