"""Discovery: the people, organizations and operations the registry does not know.

Most names in tomorrow's news are not in any list. This stage finds them from
the shape of the text and the language's resources (``[entities]`` and
``[roles]`` of ``graphkit/data/lang/<code>.toml``), after the gazetteer:

- **People**: a run of two to four capitalised words (in any cased script),
  standing next to a role word, an honorific or a speech cue ("said",
  "a declarat", "กล่าวว่า"). Later, the surname alone is the same person, and a
  word in another script whose transliteration is close to the name
  ("गाम्बेरियन" ~ "Gambaryan") is too, with the similarity kept as the reason.
- **Organizations**: a capitalised name right after a role and its connector
  ("Chief Executive of Veridian Shield", "jefe del …"), where the role is held;
  an acronym defined in brackets ("Financial Crime
  Compliance (FCC)"), whose letters are the initials of the words before it; a
  capitalised name holding an organizational head word ("… Police",
  "… Technologies", "Centrul European de …"), typed by that word; a capitalised
  name listed among known organizations ("Microsoft, Veridian and PayPal").
- **Scripts without capitals** (Devanagari, Bengali, Tamil, Arabic, Georgian,
  Hangul …): a body is its head word and the words the language lists as
  standing in bodies' names ("केंद्रीय अन्वेषण ब्यूरो (सीबीआई)"), a person the two
  or three words after a title where the name ends clearly, or before a comma
  and a title after a speech cue ("قال ستيفن كافانا، المدير"), or, in Korean, a
  word beginning with a family name before a title ("윤호중 … 장관").
- **Operations**: an operation word followed by a name or a quoted name
  ("Operation Cormorant", "opération « Cormoran »", "ปฏิบัติการ Secure"); later
  the bare name is the same operation.

Every new entity gets a key from its name (so that it is the same node in
every document) and a confidence lower than the registry's.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

import regex

from ..lang import Language, language, name_words
from ..model import OPERATION_LABEL as _OPERATION, Document, Mention
from ..text import UNSPACED_SCRIPTS, fold, fold_with_offsets, is_unspaced, script_of, slug
from . import affixes, sounds
from .places import country_of_adjective
from .spans import ByStart, SpanSet, Taken, is_free, literal_matches, lowercase_words, mentions_of, starts_sentence

#: A word, with the characters that show nothing inside it ("Veri\u00addian", "Euro\u200bpol"): no word ends there.
_WORD = r"[\p{L}\p{M}\p{N}]+(?:[\u00ad\u200b-\u200d\u2060\ufeff]+[\p{L}\p{M}\p{N}]+)*"
_TOKEN = regex.compile(rf"{_WORD}(?:[.'’\-]{_WORD})*")
_QUOTED = regex.compile(r"[«“\"„‘']\s?([^«»“”\"„‘’'\n]{2,60}?)\s?[»”\"“’']")
_ACRONYM = regex.compile(r"\(\s*(\p{Lu}[\p{Lu}\p{N}&.\-]{1,9})\s*\)")
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})

#: The words read around names whatever the article's language (``_universal.toml`` ``[names]``).
_NAMES = name_words()
_GLUE, _AND, _ARTICLES, _PREPOSITIONS, _WHERE = (_NAMES.glue, _NAMES.conjunctions, _NAMES.articles,
                                                 _NAMES.prepositions, _NAMES.where)
#: The words that never begin a run of capitalised words.
_EDGE_WORDS = _GLUE | _ARTICLES | _PREPOSITIONS
_POSSESSIVE = re.compile(r"['’]s$")

CONFIDENCE = {"place-head": 0.6, "role-of": 0.6, "person": 0.8, "person-title": 0.6, "person-speech": 0.7, "person-age": 0.7, "surname": 0.7, "acronym": 0.8, "head": 0.7, "list": 0.6, "name": 0.5, "brand": 0.6,
              "operation": 0.8, "operation-name": 0.7}
#: Methods of the gazetteer's place mentions (which a person's name may override).
PLACE_METHODS = frozenset({"cldr", "geonames", "iso3166"})
#: How close a transliteration must be to a name to be the same person.
TRANSLITERATION_THRESHOLD = 0.75


def _ascii(text: str, *, digits: bool = False) -> str:
    """The letters (and, if asked, digits) of a text, transliterated to lowercase ASCII ("كونتندر ٣٫٠" → "kwntndr30")."""
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]" if digits else r"[^a-z]", "", anyascii(text).lower())


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


@lru_cache(maxsize=2)
def _all_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every token of a text, listed once for the several passes over a document."""
    return tuple(_tokens(text))


@lru_cache(maxsize=2)
def _all_folded(text: str) -> tuple[str, ...]:
    """Every token of a text folded, in the order of :func:`_all_tokens`."""
    return tuple(fold(w) for _, _, w in _all_tokens(text))


@lru_cache(maxsize=65536)
def _folded_words(text: str) -> tuple[str, ...]:
    """The folded words of a name, for the names compared over and over (a known body's, for every article)."""
    return tuple(fold(w) for _, _, w in _tokens(text))


def _capitalised(token: str) -> bool:
    return token[0].isupper() and script_of(token[0]) in _CASED


#: The spans already taken: a :class:`Taken` in the stage, a plain list of pairs also does.
TakenSpans = Taken | list[tuple[int, int]]


def _free(start: int, end: int, taken: TakenSpans) -> bool:
    """Whether ``[start, end)`` overlaps no taken span (a :class:`Taken` answers by bisection)."""
    return is_free(start, end, taken)


def _bounded_word(word: str, lookahead: str = r"(?![\w-])") -> re.Pattern:
    """The pattern of a word standing alone: no word character or hyphen before it, ``lookahead`` after it."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}{lookahead}")


@lru_cache(maxsize=64)
def _role_words(lang: Language) -> frozenset[str]:
    return frozenset(w for phrase in lang.roles for w in phrase.split())


@lru_cache(maxsize=64)
def _inner_role_words(lang: Language) -> frozenset[str]:
    """Words that are a role only after the words before them ("huy" of Vietnamese "chỉ huy", commander, is
    also a given name): never a role alone nor the first word of one."""
    phrases = [p.split() for p in lang.roles + language("en").roles]
    alone = {w[0] for w in phrases if w}
    return frozenset(w for p in phrases for w in p[1:] if w not in alone)


#: A role word this long may end a compound word ("grupijuht", "avdelingsdirektør", "Abteilungsleiter").
COMPOUND_ROLE = 4


def _near_cue(text: str, lo: int, hi: int, cues: tuple[str, ...], *, word_ends: bool = False) -> bool:
    """Whether one of ``cues`` begins a word in ``text[lo:hi]`` (``word_ends``: or ends one, if long enough)."""
    window = fold(text[max(0, lo):hi])
    for cue in cues:
        i = window.find(cue)
        while i >= 0:
            if i == 0 or not window[i - 1].isalnum() or not cue[0].isalnum():
                return True
            end = i + len(cue)
            if word_ends and len(cue) >= COMPOUND_ROLE and (end == len(window) or not window[end].isalnum()):
                return True
            i = window.find(cue, i + 1)
    return False


# ---------------------------------------------------------------- runs of capitalised words


#: A middle initial: one capital letter, its full stop written after it.
_MIDDLE_INITIAL = regex.compile(r"\p{Lu}")


def _capital_runs(doc: Document, lang: Language, *, glue: frozenset[str], max_tokens: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised tokens joined by single spaces, with glue words inside."""
    text = doc.text
    tokens = _all_tokens(text)
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for tok in tokens:
        s, e, word = tok
        capital = _capitalised(word)
        if not current:
            if capital:
                current.append(tok)
            continue
        joined = text[current[-1][1]:s] in (" ", "\u00a0") and not _POSSESSIVE.search(current[-1][2])
        # a middle initial and its full stop inside a run ("Johnny G. Plate", "Tongam L. Tobing")
        joined = joined or (capital and len(current) >= 2 and text[current[-1][1]:s] in (". ", ".\u00a0")
                            and _MIDDLE_INITIAL.fullmatch(current[-1][2]) is not None
                            and fold(word) not in _EDGE_WORDS)
        if capital and joined:
            current.append(tok)
        elif joined and fold(word) in glue:
            current.append(tok)
        else:
            runs.append(current)
            current = [tok] if capital else []
            continue
        if len(current) > max_tokens + 3:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    # glue words never end a run, nor begin one ("The Northern Harbour Police")
    out = []
    for run in runs:
        while run and not _capitalised(run[-1][2]):
            run = run[:-1]
        while run and fold(run[0][2]) in _EDGE_WORDS:
            run = run[1:]
        if run and _POSSESSIVE.search(run[-1][2]):
            # "Europol's": the possessor's name without its ending
            s0, e0, w0 = run[-1]
            cut = _POSSESSIVE.search(w0).start()
            run = run[:-1] + [(s0, s0 + cut, w0[:cut])]
        if run:
            out.append(run)
    return out


# ---------------------------------------------------------------- people


#: The signs of a number written onto the word before it ("N°10", "Nº 4").
_NUMBER_SIGNS = frozenset("°º#№")


def _name_shaped(word: str) -> bool:
    """A word of a personal name: a capital, then lowercase (no "MoMo", "B.V", "K9"); particles pass."""
    if not word[0].isupper():
        return True
    rest = word[1:]
    parts = re.split(r"[-'’]", rest)
    return not any(c.isdigit() or c == "." for c in word) and all(p == p.lower() or p[:1].isupper() and p[1:] == p[1:].lower()
                                                                  for p in parts)


def find_people(doc: Document, lang: Language, taken: TakenSpans,
                places: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Names of people: capitalised runs next to a role, an honorific or a speech cue."""
    text = doc.text
    roles = _role_words(lang) | _role_words(language("en"))
    # (an English head in a Latin name of another language's text: "Foreign Office-ის" is a body)
    heads = set(lang.org_heads) | set(language("en").org_heads)
    months = set(lang.months)
    stop = roles | heads | months | set(lang.operation_words)
    particles = frozenset(lang.name_particles)
    role_cues = tuple(sorted(roles))
    inner = _inner_role_words(lang)
    countries = [(m.start, m.end) for m in doc.mentions if m.method == "cldr"]
    inflected = _inflected_places(doc, lang)
    found: list[Mention] = []
    found_orgs: list[Mention] = []
    written = lowercase_words(text)
    # words that begin a sentence before a name without being part of it: the first word of a speech cue
    # ("Menurut", "Secondo", "Nach"), a connector, a conjunction
    leads = {c.split()[0] for c in lang.person_cues if c.split()} | set(lang.role_connectors) | set(lang.conjunctions) \
        | set(lang.function_words)
    holders: set[str] = set()  # names standing before a role and a person's name: organizations
    bodies_by_end: dict[int, int] = {}  # the known bodies and places, where each ends → where it starts
    for m in doc.mentions:
        if m.type != "Person" and m.method in ("registry", "registry:national", *PLACE_METHODS):
            bodies_by_end[m.end] = min(m.start, bodies_by_end.get(m.end, m.start))
    listed: set[int] = set()  # where the next name of a list of people after a role would begin
    for run in _role_split(_capital_runs(doc, lang, glue=particles, max_tokens=4), roles):
        if (len(run) < 4 and fold(run[0][2]) not in stop and not _is_role(fold(run[0][2]), roles)
                and (initials := _INITIALS.search(text, max(0, run[0][0] - 12), run[0][0]))
                and initials.group(1).isupper()):
            # "Datuk M. Kumar", "K. P. Sharma Oli": initials before the name are part of it
            run = [(initials.start(), run[0][0] - 1, initials.group(1)[0])] + run
        words = [fold(w) for _, _, w in run]
        # (a head that is a role's word only after another, "divisi" of "kepala divisi", heads a name: "Divisi
        # Hubungan Internasional")
        if words and words[0] in heads and (not _is_role(words[0], roles) or words[0] in inner):
            # "Banco Central do Brasil", "Direktorat Tindak Pidana Siber": an organization's name; a name after one
            # found already is a person's after the body of their title ("o delegado da Polícia Federal João Silva")
            k = next((i for i, (s0, e0, _) in enumerate(run) if _free(s0, e0, taken)), len(run))
            if k == 0 or len(run) - k < 2 or not _near_cue(text, max(0, run[0][0] - 40), run[0][0], role_cues,
                                                          word_ends=True):
                continue
            run, words = run[k:], words[k:]
        if run[-1][2] == _HOLDER:
            holders.add(text[run[0][0]:run[-2][1]])
            continue
        # a sentence's first word, capitalised only there, that the article also writes in lowercase is an
        # ordinary word ("Nach Angaben", "En Suiza", "Menurut Friderica", "Secondo Fortra")
        if len(run) > 1 and starts_sentence(doc, run[0][0]) and (written(run[0][2]) or words[0] in leads):
            run, words = run[1:], words[1:]
        # a role or an honorific before the name is a cue, not part of it ("Directorul Neal Jetton"); so is a
        # list of people that one opened ("die Vorstandsmitglieder A (Commerzbank), B (ING) und C")
        lead_cue = run[0][0] in listed and _list_goes_on(text, run[-1][1], lang)
        # a month's name is a given name right after a role ("infoturbe juht Mai Kraft")
        blocking = stop - months if _role_before(text, run[0][0], roles) else stop
        while run and (words[0] in blocking or _is_role(words[0], roles) or words[0].rstrip(".") in lang.honorifics
                       or " ".join(words[:2]) in lang.honorifics):
            # (an honorific of two words: "Datuk Seri", "Tan Sri")
            n = 2 if " ".join(words[:2]) in lang.honorifics else 1
            lead_cue = True
            run, words = run[n:], words[n:]
            blocking = stop - months  # after a rank in the run, too ("Komjen Agus Andrianto": Agus, no August)
        # "Phó Thống đốc NHNN Phạm Tiến Dũng", "Kepala BSSN Hinsa Siburian": after a role, the acronym of where
        # it is held, then the name
        after_body = False
        while len(run) > 2 and _acronym_shaped(run[0][2]) and _role_ends_before(text, run[0][0], roles):
            run, words, lead_cue, after_body = run[1:], words[1:], True, True
        # an organization's name or acronym before the name ("direktorica HUB-a Tamara Perko", "Hovorca Europolu
        # Jan Op Gen Oorth"): its holder, not part of it
        while len(run) > 2 and (not _name_shaped(run[0][2]) or not _free(run[0][0], run[0][1], taken)):
            run, words = run[1:], words[1:]
        # an acronym before or after it, of where the person works ("operador de TI João Nazareno Roque",
        # "rikoskomisario Jussi Kortelainen KRP:n …"), is no part of it
        while len(run) > 2 and _acronym_shaped(run[0][2]):
            run, words = run[1:], words[1:]
        while len(run) > 2 and _acronym_shaped(run[-1][2].split(":")[0]):
            run, words = run[:-1], words[:-1]
        # a country's name before the name ("гражданином России Евгением Поляниным"), all of it
        country = next(((s0, e0) for s0, e0 in countries if s0 <= run[0][0] < e0), None) if len(run) > 2 else None
        if country and len([t for t in run if t[0] >= country[1]]) >= 2:
            keep = [i for i, t in enumerate(run) if t[0] >= country[1]]
            run, words = [run[i] for i in keep], [words[i] for i in keep]
        # a people's name before the name ("den 49-jährigen Vietnamesen Minh Quốc Nguyễn"): no part of it
        if len(run) > 2 and country_of_adjective(run[0][2], lang) and _aged_before(text, max(0, run[0][0] - 30),
                                                                                  run[0][0], lang):
            run, words = run[1:], words[1:]
        if lead_cue and len(run) > 2:
            # after a role, the rest of its title and its body's acronym, then the name ("Ketua Dewan Komisioner
            # OJK Mahendra Siregar", "Ketua Komisi XI DPR RI Mokhamad Misbakhun"): the name is what follows them
            k = max((i for i, (s0, e0, w0) in enumerate(run)
                     if not _name_shaped(w0) or _acronym_shaped(w0) or words[i] in heads or not _free(s0, e0, taken)),
                    default=-1)
            if 0 <= k <= len(run) - 3:
                run, words = run[k + 1:], words[k + 1:]
        if not 2 <= len(run) <= 4 or not _capitalised(run[-1][2]) or any(
                w in blocking and (w not in inner or i == 0 or words[i - 1] in roles or not run[i][2][0].isupper())
                for i, w in enumerate(words)):
            continue
        start, end = run[0][0], run[-1][1]
        if not _free(start, end, taken) or not all(_name_shaped(w) for _, _, w in run):
            continue
        if not lang.words_as_names and len(run[-1][2]) >= 4 and written(run[-1][2]):
            continue  # a last word the article also writes in lowercase: a title's or a body's ("Targeting Scams
            # Report", "Zona Norte"), no person's (but where names are words: "Lê Xuân Minh")
        if (nxt := _NEXT_WORD_AFTER.match(text, end)) and not nxt.group(1)[0].isupper() \
                and _head_of(nxt.group(1), lang) in _BODY_HEAD_CLASSES:
            continue  # "Председателя Правления Национального банка": the words of a body's name before its head
        if text[end:end + 1] in _NUMBER_SIGNS or text[end:end + 1].isdigit():
            continue  # "Correccional Federal N°10", "Unit 42": a numbered body, not a name
        if _titled_next(text, end, roles if after_body else frozenset(), lang) and not _honorific_before(text, start,
                                                                                                       lang):
            # "Pengarah JSJK Bukit Aman, Komisioner Datuk Seri Ramli …", "Pengarah Jabatan Siasatan Jenayah (JSJ)
            # Bukit Aman, Datuk Seri Mohd …": where the body is; the name follows, after its title
            continue
        if any(ps <= start and end <= pe and (ps, pe) != (start, end) for ps, pe in places):
            continue  # inside a place's name of more words ("Thành phố Hồ Chí Minh": the city, named after him)
        if (start, end) in places or any(w in heads or w.split("-")[0] in heads or w in lang.currencies
                                         for w in words):
            continue  # a whole place name ("Hà Nội") or an organization's ("Kalkan Siber Güvenlik")
        if _ends_with_head(words[-1], lang) or _head_of(run[-1][2], lang) or _ends_with_head(words[0], lang):
            # a body's name that ends with a compound of its head ("Läti Riigipolitsei", "Eesti Pangaliit") or
            # begins with one ("Arrondissementsparket Amsterdam": the district's public prosecutor's office)
            continue
        before = _tokens(text, max(0, start - 30), start)
        if not lead_cue and (rest := _body_rest(doc, run, before, lang, roles, role_cues)):
            # "Mkurugenzi wa Upelelezi wa Jinai George Kinoti": the last word of the body's name, then the name
            run, words = run[rest:], words[rest:]
            start, lead_cue = run[0][0], True
            before = _tokens(text, max(0, start - 30), start)
        if not lead_cue and _after_role(text, before, start, end, lang, roles):
            # "Daniel Okafor, Chief Executive of Veridian Shield": where the role is held, an organization
            name = text[start:end]
            found_orgs.append(Mention(start, end, name, slug(name), "Organization", name, CONFIDENCE["role-of"],
                                      "discovery:role-of"))
            taken.append((start, end))
            continue
        if (not lead_cue and before and text[before[-1][1]:start] == " " and fold(before[-1][2]) in _PREPOSITIONS
                and not starts_sentence(doc, before[-1][0])):
            continue  # "Directorul pentru Infracţiuni Cibernetice": the rest of a title (not "Para Carla Nogueira, …")
        if any(start <= s0 and e0 <= end and not (own and s0 == start and len(run) > 1) for s0, e0, own in inflected):
            # a country's name with a case ending ("Francijas Nacionālajā") or in its own language ending a name
            # ("Elisa Eesti"); opening one, that may still be a given name ("Maurice Gaillard": Mauritius in French)
            continue
        sentence = doc.sentence_of(start)
        # a role, then the bodies where it is held, then the name ("керівник Департаменту кіберполіції Національної
        # поліції України Олександр Гринчак"): the role is the name's, however long the bodies' names
        held = _before_bodies(text, start, bodies_by_end)
        role_near = lead_cue or _near_cue(text, max(sentence.start, start - 40), start, role_cues, word_ends=True) \
            or held < start and _near_cue(text, max(sentence.start, held - 40), held, role_cues, word_ends=True) \
            or _near_cue(text, end, _before_another_name(text, end, min(sentence.end, end + 40), role_cues), role_cues,
                         word_ends=True) or _titled_apposition(text, sentence.start, start, end, role_cues,
                                                                    frozenset(lang.conjunctions))
        speech_near = _near_cue(text, max(sentence.start, start - 40), min(sentence.end, end + 60), lang.person_cues)
        honorific = _honorific_before(text, start, lang)
        aged = not (role_near or speech_near or honorific) and (
            _aged_before(text, max(sentence.start, start - 30), start, lang) or _aged_after(text, end, lang))
        if not (role_near or speech_near or honorific or aged):
            continue
        if _MIDDLE_INITIAL.fullmatch(run[-1][2]) and text[end:end + 1] == ".":
            end += 1  # a family name written as its initial keeps its full stop ("Denis K.")
        name = text[start:end]
        how = "person" if (role_near or honorific) else "person-age" if aged else "person-speech"
        found.append(Mention(start, end, name, slug(name), "Person", name, CONFIDENCE[how], f"discovery:{how}"))
        taken.append((start, end))
        if how == "person" and (after := _list_goes_on(text, end, lang)):
            listed.add(after)
    # "Kalkan Siber Güvenlik Genel Müdürü Zeynep Arslan": what holds the role is no person, anywhere in the text
    found = [m for m in found if m.text not in holders]
    # "Menurut Mohd Shuhaily" after "Datuk Seri Mohd Shuhaily Mohd Zain": the first words of a longer name found
    # before are that person, called by their given names
    firsts: dict[str, Mention] = {}
    for k, m in enumerate(found):
        whole = firsts.get(m.text)
        if whole is not None and whole.start < m.start:
            found[k] = Mention(m.start, m.end, m.text, whole.key, "Person", whole.label, m.confidence, m.method)
            continue
        words = m.label.split()
        for n in range(2, len(words)):
            firsts.setdefault(" ".join(words[:n]), m)
    return found + found_orgs


def _before_bodies(text: str, start: int, bodies_by_end: dict[int, int]) -> int:
    """Where the known bodies and places written right before ``start``, one after another with only spaces
    between, begin (``start`` if none is)."""
    k = start
    while True:
        j = k
        while j > 0 and text[j - 1].isspace():
            j -= 1
        begin = bodies_by_end.get(j)
        if begin is None or begin >= k:
            return k
        k = begin


#: The places that may stand with a case ending before another word, modifying it (no city: "Jackson" is one).
_AREAS = frozenset({"Country", "Region", "AdministrativeArea"})


def _inflected_places(doc: Document, lang: Language) -> list[tuple[int, int, bool]]:
    """Where the gazetteer found a country, a region or a state written with a case ending ("Francijas",
    "Європі"), never part of a person's name, or by its name in one of its own languages ("Eesti", "Danmark",
    marked True), no surname either. A place's English name may be a person's ("Georgia Smith"), and so may a
    country's name in a language not its own ("Israël", "Dominique" in French): those are not listed."""
    from . import places

    listed = _place_names("en")  # (an English name may be a given name: "Georgia", "Jordan", "Victoria")
    own = _place_names(lang.code)
    official = places.official_territories(lang.code)
    out = []
    for m in doc.mentions:
        if (m.method not in ("cldr", "iso3166") or m.type not in _AREAS or fold(m.text) in listed
                or places.subdivision_countries(m.text)):
            continue
        if fold(m.text) not in own:
            out.append((m.start, m.end, False))
        elif places.country_of(m.key) in official:
            out.append((m.start, m.end, True))
    return out


@lru_cache(maxsize=64)
def _place_names(code: str) -> frozenset[str]:
    """The names of places as a language lists them, folded."""
    from . import places

    return frozenset(fold(name) for name, _ in places.names(code))


@lru_cache(maxsize=64)
def _age_pattern(lang: Language) -> re.Pattern | None:
    """A person's age right before their name: a number, the language's age word written onto it or after a
    hyphen ("49-jährigen", "26-vuotiaan", "33-ročného", "33-year-old"), perhaps one word more ("Vietnamesen")."""
    if not lang.age_words:
        return None
    words = "|".join(re.escape(w) for w in sorted(lang.age_words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)\d{{1,3}}\s?[-‐–]?\s?(?:{words})\w*(?:\s\w+)?$")


def _aged_before(text: str, lo: int, start: int, lang: Language) -> bool:
    """Whether a person's age stands right before ``start`` ("den 49-jährigen Vietnamesen Minh Quốc Nguyễn")."""
    pattern = _age_pattern(lang)
    return (pattern is not None and text[start - 1:start].isspace()
            and pattern.search(fold(text[lo:start]).rstrip()) is not None)


def _aged_after(text: str, end: int, lang: Language) -> bool:
    """Whether a person's age follows ``end`` as the language writes it there (``age_after``: "João Nazareno Roque,
    de 48 anos", "Jan Kowalski (48)"): a number of two digits where the pattern has "{}"."""
    pattern = _age_after_pattern(lang.age_after)
    return pattern is not None and pattern.match(fold(text[end:end + 30])) is not None


@lru_cache(maxsize=64)
def _age_after_pattern(patterns: tuple[str, ...]) -> re.Pattern | None:
    """The patterns as one regular expression, or None where none has its "{}" (a pattern without one says where
    no age stands: an empty expression would find an age after every name)."""
    # a pattern that ends with a word ("de {} anos") says an age only where the apposition closes after it ("João
    # Roque, de 48 anos, em Lisboa"): "Copa América, 20 anos depois" is a time gone by, "Rock Rio, 40 anos de
    # história" a thing's age
    forms = [r"\s?".join(re.escape(part) for part in p.split("{}")).replace(r"\s?", r"[1-9]\d(?!\d)", 1)
             + (r"(?=\s*(?:[^\w\s]|$))" if p.rstrip()[-1:].isalnum() else "") for p in patterns if "{}" in p]
    return re.compile("|".join(forms)) if forms else None


def _titled_next(text: str, end: int, roles: frozenset[str], lang: Language) -> bool:
    """Whether a comma, then a role or an honorific, follow ``end``: the title of the name after them."""
    m = re.match(r",\s+([\w'’.-]+)(?:\s+([\w'’.-]+))?", text[end:end + 60])
    if not m:
        return False
    first = fold(m.group(1)).rstrip(".")
    pair = f"{first} {fold(m.group(2) or '')}".strip()
    return _is_role(first, roles) or first in lang.honorifics or pair in lang.honorifics


#: One to three initials ("M. ", "K. P. ") right before a name.
_INITIALS = re.compile(r"(?<![\w.])((?:[^\W\d_]\. ?){1,3}) $")


def _before_another_name(text: str, end: int, hi: int, roles: tuple[str, ...]) -> int:
    """Where the text after a name stops being about it, up to ``hi``: before a role that leads another
    capitalised name ("… og Danske Regioner med skuespilleren Bodil Jørgensen": that title is hers)."""
    for m in re.finditer(r"(?<![\w'’-])(\w[\w'’-]*) (?=([^\W\d_][\w'’-]*))", text[end:hi]):
        word, nxt = m.group(1), m.group(2)
        if nxt[0].isupper() and _near_cue(word, 0, len(word), roles, word_ends=True) \
                and not _near_cue(nxt, 0, len(nxt), roles, word_ends=True):  # "Global Head of": one title
            return end + m.start()
    return hi


def _titled_apposition(text: str, floor: int, start: int, end: int, roles: tuple[str, ...],
                       conjunctions: frozenset[str] = frozenset()) -> bool:
    """Whether a name stands between commas after a clause holding a role ("Asisten Direktur Operasi Kejahatan
    Siber Interpol, Bernardo Pillot, menilai …"): the title and its body, then who holds it."""
    if text[start - 2:start] != ", " or not re.match(r"[,.;:]", text[end:end + 1]):
        return False
    clause = text[max(floor, start - 120):start - 2]
    base = start - 2 - len(clause)
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:()\"“”«»]", clause)]
    k = len(cuts) - 1
    # a title listing its fields ("Pengawas … Jasa Keuangan, Edukasi, dan Pelindungan Konsumen OJK"): its
    # parts after "and" and the short ones before them belong to it
    ends = cuts[1:] + [len(clause)]
    while k > 0 and clause[cuts[k] - 1] == ",":
        part = clause[cuts[k]:ends[k]].split()
        if not part or not (fold(part[0]) in conjunctions or len(part) <= 2):
            break
        k -= 1
    return _near_cue(text, base + cuts[k], start - 2, roles, word_ends=True)


#: The letters that :func:`fold` writes one way and articles two (Romanian "ş" and "ș", "ţ" and "ț").
_WRITTEN = {"ş": "[şș]", "ţ": "[ţț]"}


def _as_written(word: str) -> str:
    """A folded word as a regular expression that matches it as written, whichever way its folded letters are
    ("şi" matches "și" too)."""
    return "".join(_WRITTEN.get(c) or re.escape(c) for c in word)


@lru_cache(maxsize=64)
def _and_words(lang: Language) -> str:
    """The language's one-word "and"s (and the English one), longest first, as an alternation of patterns that
    match them as written."""
    return "|".join(_as_written(w) for w in sorted(set(lang.conjunctions) | _AND, key=len, reverse=True)
                    if " " not in w)


@lru_cache(maxsize=64)
def _list_gap(lang: Language) -> re.Pattern:
    """What stands between two names of a list: their organization in brackets, then a comma or an "and"."""
    ands = "|".join(_as_written(c) for c in sorted(set(lang.conjunctions) | {"and"}, key=len, reverse=True) if c)
    return re.compile(rf"(?:\s*\([^()\n]{{1,60}}\))?(?:\s*,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)",
                      re.IGNORECASE)


def _list_goes_on(text: str, end: int, lang: Language) -> int | None:
    """Where the next name of a list begins after a name ending at ``end``; at the list's end, ``end`` itself.

    "Roland Wolf (Commerzbank), Heiko Wolf (ING-DiBa) und Alexander Klotz (HypoVereinsbank).": after each
    name, its organization in brackets may stand, then a comma or the language's "and"; after the last one,
    the sentence or the clause ends. None where anything else follows.
    """
    m = _list_gap(lang).match(text, end)
    if m:
        return m.end()
    m = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*(?:[.;:!?]|$)").match(text, end)
    return end if m else None


def _acronym_shaped(token: str) -> bool:
    """Two to eight capitals (and digits): "NHNN", "BSSN", "FBI"."""
    return 2 <= len(token) <= 8 and token.isupper() and token[0].isalpha()


def _role_ends_before(text: str, start: int, roles: frozenset[str]) -> bool:
    """Whether a role of one or more words ends right before ``start`` ("Phó Thống đốc ", "Kepala ")."""
    if not text[start - 1:start].isspace():
        return False
    before = fold(text[max(0, start - 40):start]).rstrip()
    return any(before.endswith(r) and (len(before) == len(r) or not before[-len(r) - 1].isalnum()) for r in roles)


def _honorific_before(text: str, start: int, lang: Language) -> bool:
    """Whether an honorific or a personal article stands right before ``start`` ("Dr. ", "Tuan ", Tagalog "ni ")."""
    before = fold(text[max(0, start - 12):start]).rstrip(" .")
    return any(before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalnum())
               for h in lang.honorifics if h)


def _role_before(text: str, start: int, roles: frozenset[str]) -> bool:
    """Whether the word right before ``start`` is a role, or a compound ending in one ("grupijuht Mai Kraft")."""
    m = re.search(r"(\w+)\s$", text[max(0, start - 40):start])
    if not m:
        return False
    word = fold(m.group(1))
    return _is_role(word, roles) or word.endswith(_compound_role_ends(roles))


@lru_cache(maxsize=64)
def _compound_role_ends(roles: frozenset[str]) -> tuple[str, ...]:
    """The roles long enough to end a compound word, for one ``str.endswith`` (made once per set of roles)."""
    return tuple(r for r in roles if len(r) >= COMPOUND_ROLE)


def _is_role(word: str, roles: frozenset[str]) -> bool:
    """Whether a folded word is a role word, ends in one after a hyphen ("lka-präsidentin"), or is one with a
    suffix after an apostrophe (Turkish "ceo'su", "başkanı'nın")."""
    return (word in roles or ("-" in word and word.rsplit("-", 1)[1] in roles)
            or (("'" in word or "’" in word) and re.split(r"['’]", word, maxsplit=1)[0] in roles))


#: A marker token ending a run that stands before a role and a name (see ``_role_split``).
_HOLDER = "\x00holder"


def _role_split(runs: list[list[tuple[int, int, str]]], roles: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """Runs cut at the last role word inside them: "ORG ROLE NAME" is a holder and a named person.

    "Kalkan Siber Güvenlik Genel Müdürü Zeynep Arslan", "Siber Suçlarla Mücadele Daire Başkanı Emre Aksoy":
    the run after the role is a name with its role before it (kept with the role as its cue); the run before
    the role, marked with ``_HOLDER``, is what holds the role. A hyphenated role ("LKA-Präsidentin Karin
    Böhmer") is a role word too.
    """
    def is_role(word: str) -> bool:
        # (a word joining a role's words is none: "de" of "jefe de" in "Departamento de Delincuencia Económica")
        return fold(word) not in _GLUE and _is_role(fold(word), roles)

    out = []
    for run in runs:
        cut = max((i for i, (_, _, w) in enumerate(run) if is_role(w)), default=-1)
        if cut < 0 or len(run) - cut - 1 < 2:
            out.append(run)
            continue
        first = cut
        while first > 0 and is_role(run[first - 1][2]):
            first -= 1
        if first > 0:
            out.append(run[:first] + [(run[first - 1][1], run[first - 1][1], _HOLDER)])
        out.append(run[first:])  # the role words lead: a cue for the name after them
    return out


#: Scripts whose names stand before their titles, or are written without spaces: no name is read after a title.
_NAME_FIRST = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
#: The marks of writing direction, which show nothing ("الشرطة\u200f محمد"): no part of the word they stand by.
_DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: A word of a spaced script with what is written onto it, neither beginning nor ending with a mark of direction.
_SPACED_TOKEN = re.compile(rf"[^\s{_DIRECTION_MARKS}](?:\S*[^\s{_DIRECTION_MARKS}])?")
#: Punctuation that ends a name written after a title (a comma, a bracket, a full stop of any script).
_NAME_END = re.compile(r"[,;:!?()\[\]«»\"“”‘’.،؛።፣፤፥।॥။၊។៕]")
#: The quotation mark inside an abbreviated title of the Hebrew script ("סנ\"צ", "יו״ר"), which ends no name.
_ABBREVIATED = re.compile(r"(?<=[\u05d0-\u05ea])[\"״](?=[\u05d0-\u05ea])")


def find_titled(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """People named after a title or an honorific, in a script without capitals.

    In Amharic, Georgian, Tamil, Devanagari, Arabic or Khmer news a person is
    introduced by an honorific or a role ("የኢንተርፖል ዋና ጸሐፊ ዩርገን ስቶክ",
    "លោកស្រី ម៉ៅ នីង បានថ្លែងថា"): the two words after it, when neither is a
    known word of the language (a role, a connector, a conjunction, a speech
    cue, a month) nor part of a name already found, nor written more than
    three times in the article, are the person's name. A name inside a
    known organization's name right after the title is passed over (a title
    of that body: "ڈائریکٹر جنرل ایف آئی اے ثناء اللہ عباسی"). The name
    ends at punctuation; a case ending of the language stays in the mention.
    """
    text = doc.text
    if _main_script(doc) in _CASED | _NAME_FIRST:
        return []
    roles = _role_words(lang)
    honorifics = frozenset(lang.honorifics)
    rough = {w for w in lang.approximate if " " not in w}  # "சுமார்", about: no word of a name
    known_words = (roles | honorifics | set(lang.conjunctions) | set(lang.role_connectors) | set(lang.months)
                   | {w for cue in lang.person_cues for w in cue.split()} | set(lang.operation_words)
                   | set(lang.org_heads) | set(lang.number_words) | set(lang.name_words) | set(lang.function_words)
                   | rough)
    # what may stand right after a name: a connector, a conjunction, a function word, a cue's first word, a title
    stops = (set(lang.conjunctions) | set(lang.role_connectors) | set(lang.function_words) | roles | honorifics
             | {cue.split()[0] for cue in lang.person_cues if cue.split()})
    counts = Counter(fold(m.group()) for m in _SPACED_TOKEN.finditer(text))
    index = mentions_of(doc.mentions)
    found: list[Mention] = []
    phrased = _main_script(doc) in _PHRASED  # (a space there ends a phrase, not a word: someone must speak)

    def bare(token: str) -> str:
        word = fold(token.strip(".,;:!?()[]«»\"“”‘’،؛።፣፤፥।॥။၊។៕-" + _DIRECTION_MARKS))
        for p in lang.prefixes:
            if word.startswith(p) and len(word) > len(p) + 1 and word[len(p):] in roles | honorifics:
                return word[len(p):]
        return word

    heads = set(lang.org_heads)
    titles = {r for r in roles if r not in heads and len(r) >= 3} | honorifics

    ends = affixes.suffixes(lang)
    compound_titles = affixes.Affixes(t for t in titles if len(t) >= COMPOUND_ROLE)  # (looked up by a word's end)

    def is_title(word: str) -> bool:
        # a role or an honorific, perhaps with a case ending ("प्रवक्ताले"); not a body's word ("प्रहरी": police);
        # or a compound ending with a role ("प्रविधिमन्त्री": minister of technology)
        return (word in titles or any(word[:-len(x)] in titles for x in ends.of(word))
                or any(len(word) > len(t) + 1 for t in compound_titles.longest(word)))

    forms = {fold(m.group()) for m in _SPACED_TOKEN.finditer(text)}

    def ended(word: str, *, attested: bool = False) -> bool:
        # a word with a case ending of the language written onto it: its stem the article also writes with another
        # ending or none ("गुरुङका", "गुरुङले"), or a long stem and a long ending (not "शर्मा": "मा" is no locative)
        for x in lang.suffixes:
            if x and word.endswith(x) and len(word) > len(x) + 1:
                stem = word[:-len(x)]
                if stem in forms or any(stem + y in forms for y in lang.suffixes if y and y != x):
                    return True
                if len(x) >= 2 and len(stem) >= 4 and not attested:
                    return True
        return False

    cues = tuple(lang.person_cues)
    particles = frozenset(lang.name_particles)
    # a word with a clitic preposition on it ("لشركة": for a company) is no name; the article is part of names
    clitics = tuple(p for p in lang.prefixes if not p.startswith(">") and p not in ("ال",) and ">" not in p)

    def clitic(rest: str) -> bool:
        # after a bare first word, a letter that may be a clitic ("כרדי", "שלום" in Hebrew) is one only before a
        # word the article or the language knows ("لشركة": for a company)
        return rest in known_words or rest in forms or _head_of(rest, lang) is not None

    spoken: dict[tuple[int, int], bool] = {}

    def speech(sentence) -> bool:
        # a person is named where someone speaks ("said", "according to"), not in a list of bodies
        # (read once for each sentence, not for each title in it)
        key = (sentence.start, sentence.end)
        if key not in spoken:
            spoken[key] = bool(cues) and _near_cue(text, sentence.start, sentence.end, cues)
        return spoken[key]

    paired = {t for t in titles if " " in t}  # titles of two words ("মেজর জেনারেল": major general)

    for sentence in doc.sentences:
        tokens = [(m.start(), m.end(), m.group()) for m in _SPACED_TOKEN.finditer(text, sentence.start, sentence.end)]
        # the tokens that are a word of a title of two words, read as titles each
        in_pair = {x for k in range(len(tokens) - 1) if f"{bare(tokens[k][2])} {bare(tokens[k + 1][2])}" in paired
                   for x in (k, k + 1)} if paired else set()

        def titled(k: int) -> bool:
            return k in in_pair or is_title(bare(tokens[k][2]))

        i = 0
        while i < len(tokens):
            word = bare(tokens[i][2])
            if not titled(i) or _NAME_END.search(_ABBREVIATED.sub("", tokens[i][2])):
                i += 1
                continue
            speaking = speech(sentence) or word in honorifics
            opener = word
            j = i + 1
            while j < len(tokens) and titled(j) and not _NAME_END.search(tokens[j][2]):
                j += 1  # "ዋና ሥራ አስፈጻሚ": a title of several words
            j = _past_brackets(tokens, j)  # "நிர்வாக இயக்குநர் (ஏடிஜிபி) சந்தீப் மிட்டல்": the title's acronym
            inside = [m for m in (index.overlapping(tokens[j][0], tokens[j][1]) if j < len(tokens) else [])
                      if m.method not in PLACE_METHODS]
            if inside:  # the body whose title it is: the name comes after it
                end = max(m.end for m in inside)
                while j < len(tokens) and tokens[j][0] < end:
                    j += 1
                # and the place of its branch ("ڈائریکٹر ایف آئی اے سندھ عامر فاروقی")
                while j < len(tokens) and any(m.method in PLACE_METHODS and m.start == tokens[j][0]
                                              and m.end >= tokens[j][1] - 1
                                              for m in index.overlapping(tokens[j][0], tokens[j][1])):
                    j += 1
                while j < len(tokens) and titled(j) and not _NAME_END.search(tokens[j][2]):
                    j += 1
                j = _past_brackets(tokens, j)
            name = []  # the spans of the name's two or three words
            # an abbreviated honorific between the title and the name ("ড. আইজ্যাক"); an abbreviated given name
            # is the name's first word ("মো. ছিবগাত উল্লাহ": Md. Chhibgat Ullah)
            given = None
            if j < len(tokens) and tokens[j][2].endswith(".") and fold(tokens[j][2][:-1]) in honorifics:
                if fold(tokens[j][2][:-1]) in lang.given_abbreviations:
                    given = tokens[j][0]
                j += 1
            marks = []  # for each word of the name: punctuation after it, a case ending on it, its token's index
            skipped = False  # a particle inside the name: it counts as one of its three words
            bound = True
            for k in range(j, min(j + 4, len(tokens))):
                s0, e0, tok = tokens[k]
                word = bare(tok)
                if name and word in particles and len(name) == 1 and not _NAME_END.search(tok):
                    skipped = True
                    continue  # "জুবায়ের বিন হুদা": a particle between the two words
                cut = _NAME_END.search(tok)
                core = tok[:cut.start()] if cut else tok
                # (a place's name does not stop a person's: "জুবায়ের" is no inflected Juba after a title)
                if (not core or word in known_words or _particle_shaped(word) or _head_of(core, lang)
                        or counts[fold(tok)] > 3
                        or any(ch.isdigit() for ch in core)
                        or any(word.startswith(p) and len(word) - len(p) >= 3
                               and (not name or bound or clitic(word[len(p):])) for p in clitics)
                        or script_of(core[0]) in _CASED
                        or any(m.method not in PLACE_METHODS for m in index.overlapping(s0, s0 + len(core)))):
                    break
                if not name and ended(word, attested=True):
                    break  # a case ending ends a name: its first word has none ("सम्झौताका केही सर्त")
                if not name:  # a first word with a clitic or an article on it ("الحسابات"): no bare name
                    bound = any(word.startswith(p) and len(word) > len(p) + 1 for p in lang.prefixes)
                name.append((s0, s0 + len(core)))
                marks.append((bool(cut or len(core) < len(tok)), ended(word), k,
                              bool(cut) and cut.group() in "।॥.!?။။។៕"))
                if marks[-1][0] or len(name) >= 2 and marks[-1][1] or len(name) + skipped == 3:
                    break

            def stop_after(k: int) -> bool:
                # what follows a name: a known or short word (a postposition: "की", "نے"), or nothing
                if k + 1 >= len(tokens):
                    return True
                nxt = bare(tokens[k + 1][2])
                return nxt in stops or _particle_shaped(nxt) or _NAME_END.match(tokens[k + 1][2]) is not None

            if len(name) == 3 and (marks[2][3] or not (marks[2][0] or stop_after(marks[2][2]) or marks[2][1])):
                name, marks = name[:2], marks[:2]  # "ვახტანგ გომელაური ხელმძღვანელობს.": a verb, not a name
            # a name that ends clearly (punctuation, a case ending, a known word after it, the sentence's last
            # word after it) is one even where nobody speaks
            closed = len(name) >= 2 and (marks[-1][0] or marks[-1][1] or stop_after(marks[-1][2])
                                         or marks[-1][2] + 2 == len(tokens))
            i = j + max(len(name), 1)
            if not name and j < len(tokens) and titled(j):
                i = j  # a title where the name would stand opens its own ("ראש יחידת הסייבר הארצית, נצ"מ רונן אשכנזי")
            if name and not marks[-1][0] and marks[-1][2] + 1 < len(tokens) and titled(marks[-1][2] + 1) \
                    and opener not in honorifics:
                # a title right after the words: they were the title's ("தலைமை இடர் மேலாண்மை அதிகாரி ஆர்.
                # கார்த்திகேயன்": chief risk-management officer R. Karthikeyan), the name follows that one (after
                # an honorific, the words are the name and the title follows it: "ឯកឧត្តម ទូច សុខៈ រដ្ឋលេខាធិការ")
                i = marks[-1][2] + 1
                continue
            if len(name) < 2 or not (speaking or closed and not phrased):
                continue
            start, end = name[0][0] if given is None else given, name[-1][1]
            if not _free(start, end, taken):
                continue
            label = text[start:end]
            if marks[-1][1]:  # "खड्काले": the name without its case ending
                for suffix in sorted(lang.suffixes, key=len, reverse=True):
                    if suffix and fold(label).endswith(suffix) and len(label) > len(suffix) + 2:
                        label = label[:len(label) - len(suffix)]
                        break
            found.append(Mention(start, end, text[start:end], slug(label), "Person", label, CONFIDENCE["person-title"],
                                 "discovery:person-title"))
            taken.append((start, end))
    return found


#: Commas of the scripts that write a person's title after the name ("ستيفن كافانا، المدير التنفيذي").
_COMMAS = (",", "،", "፣")


def find_apposed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A person named right after a speech cue, before a comma and a title, in a script without capitals.

    "وقال ستيفن كافانا، المدير التنفيذي لخدمات الشرطة", "أوضح دميتري فولكوف، الرئيس التنفيذي لـGroup-IB": two
    or three words between a speech cue of the language (or a sentence's start) and a comma followed by a role
    word, none of them a known word of the language, a number, written more than three times in the article or
    part of a name already found, are the person's name.
    """
    text = doc.text
    if not _uncased_spaced(_main_script(doc)) or _main_script(doc) == "HANGUL":  # (Korean names stand first)
        return []
    roles = _role_words(lang)
    titles = {r for r in roles if r not in lang.org_heads and len(r) >= 3} | set(lang.honorifics)
    cue_ends = {cue.split()[-1] for cue in lang.person_cues if cue.split()}
    known_words = (roles | set(lang.honorifics) | set(lang.conjunctions) | set(lang.role_connectors)
                   | set(lang.months) | {w for cue in lang.person_cues for w in cue.split()}
                   | set(lang.operation_words) | set(lang.org_heads) | set(lang.number_words) | set(lang.name_words)
                   | set(lang.function_words))
    counts = Counter(fold(m.group()) for m in _SPACED_TOKEN.finditer(text))
    index = mentions_of(doc.mentions)
    found: list[Mention] = []

    def forms(token: str) -> set[str]:
        return _word_forms(token.strip(".,;:!?()[]«»\"“”‘’،؛።፣"), lang)

    for sentence in doc.sentences:
        tokens = [(m.start(), m.end(), m.group()) for m in _SPACED_TOKEN.finditer(text, sentence.start, sentence.end)]
        for k, (s, e, tok) in enumerate(tokens):
            if not tok.endswith(_COMMAS) or k + 1 >= len(tokens) or not forms(tokens[k + 1][2]) & titles:
                continue
            for n in (2, 3):
                first = k - n + 1
                if first < 0:
                    break
                run = tokens[first:k + 1]
                cued = first == 0 or bool(forms(tokens[first - 1][2]) & cue_ends)
                if not cued:
                    continue
                words = [fold(t.rstrip("".join(_COMMAS))) for _, _, t in run]
                if any(not w or w in known_words or counts[w] > 3 or any(c.isdigit() for c in w)
                       or script_of(w[0]) in _CASED | {"LATIN"} or _NAME_END.search(w) for w in words):
                    break
                start, end = run[0][0], e - 1
                if not _free(start, end, taken) or any(m.method not in PLACE_METHODS
                                                       for m in index.overlapping(start, end)):
                    break
                name = text[start:end]
                found.append(Mention(start, end, name, slug(name), "Person", name, CONFIDENCE["person-speech"],
                                     "discovery:person-speech"))
                taken.append((start, end))
                break
    return found


#: How many syllables a name written as one word holds, family name included ("윤호중"; the rare "남궁민수" is not read).
FAMILY_NAMED_LETTERS = (3, 3)


def find_family_named(doc: Document, lang: Language, taken: TakenSpans, others: list[Mention] = ()) -> list[Mention]:
    """A person in a language that writes a name as one word before the title (Korean).

    "유재성 경찰청장 직무대행은", "윤호중 행정안전부 장관도": a word of three syllables (``FAMILY_NAMED_LETTERS``) that
    begins with a family name of the language (``[entities] family_names``), with a particle on it or not,
    followed by a role word (with its particle, or ending a compound: "경찰청장"), perhaps after the name of
    the body where the role is held. Not a word of the language's lists, nor written more than three times.
    """
    if not lang.family_names:
        return []
    text = doc.text
    families = sorted(set(lang.family_names), key=len, reverse=True)
    roles = sorted({r for r in lang.roles if len(r) >= 2}, key=len, reverse=True)
    ends = affixes.suffixes(lang)
    known_words = set(lang.roles) | set(lang.org_heads) | set(lang.months) | set(lang.operation_words)
    tokens = _all_tokens(text)
    counts = Counter(fold(t[2]) for t in tokens)
    # (the bodies found in this stage, before people, are bodies too: "서울 국가중앙사무국")
    index = mentions_of([*doc.mentions, *others])

    def core(word: str) -> str:
        w = fold(word)
        for x in ends.longest(w):
            if len(w) > len(x):
                return w[:-len(x)]
        return w

    roles = tuple(roles)

    def is_role(word: str) -> bool:
        c, w = core(word), fold(word)
        return c.endswith(roles) or w.endswith(roles)

    def a_body(k: int) -> bool:
        s, e, w = tokens[k]
        return _head_of(w, lang) is not None or any(m.type != "Person" and m.method not in PLACE_METHODS
                                                    for m in index.overlapping(s, e))

    places = [(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS]

    def placed(k: int) -> bool:
        s, e, _ = tokens[k]
        return any(a <= s and e <= b for a, b in places)

    found: list[Mention] = []
    for i, (s, e, word) in enumerate(tokens):
        w = fold(word)
        # the name, with a particle on it or not ("윤호중은")
        name = next((x for x in (core(word), w) if FAMILY_NAMED_LETTERS[0] <= len(x) <= FAMILY_NAMED_LETTERS[1]), "")
        if (not name or script_of(name[0]) in _CASED | {"LATIN"}
                or not name.isalpha() or not any(name.startswith(f) and len(name) - len(f) >= 1 for f in families)
                or name in known_words or counts[w] > 3 or _head_of(word, lang) or is_role(word)):
            continue
        following = [k for k in range(i + 1, min(i + 3, len(tokens))) if text[tokens[k - 1][1]:tokens[k][0]] == " "]
        titled = bool(following) and is_role(tokens[following[0]][2]) or (
            len(following) == 2 and following[1] == following[0] + 1 and a_body(following[0])
            and is_role(tokens[following[1]][2])) or _body_then_role(text, tokens, i, a_body, placed, is_role) \
            or _role_then_name(text, tokens, i, roles, name)
        end = s + len(name)
        if not titled or text[s:end] != word[:len(name)] or not _free(s, end, taken):
            continue
        found.append(Mention(s, end, text[s:end], slug(text[s:end]), "Person", text[s:end], CONFIDENCE["person"],
                             "discovery:person"))
        taken.append((s, end))
    # a foreign name spelled in two words, before the body and the title ("위르겐 슈톡 인터폴 사무총장은"): two
    # bare words of two to four letters, no word of the language's lists, written once or twice in the article
    for i in range(len(tokens) - 3):
        (s, _, first), (_, e, second) = tokens[i], tokens[i + 1]
        pair = (fold(first), fold(second))
        if (text[tokens[i][1]:tokens[i + 1][0]] != " " or text[tokens[i + 1][1]:tokens[i + 2][0]] != " "
                or any(not 2 <= len(w) <= 4 or not w.isalpha() or script_of(w[0]) in _CASED | {"LATIN"}
                       or w in known_words or counts[w] > 2 or _head_of(w, lang) or is_role(w) or core(w) != w
                       for w in pair)
                or a_body(i) or a_body(i + 1) or placed(i) or placed(i + 1) or not a_body(i + 2)):
            continue
        if not _body_then_role(text, tokens, i + 1, a_body, placed, is_role) or not _free(s, e, taken):
            continue
        found.append(Mention(s, e, text[s:e], slug(text[s:e]), "Person", text[s:e], CONFIDENCE["person-title"],
                             "discovery:person-title"))
        taken.append((s, e))
    return found


#: What ends a Chinese name written after its title, besides a speech cue: punctuation, a bracket.
_HAN_NAME_END = "，,、。：:；;（(「『\n"
#: A gloss in brackets after a Chinese title, before the name ("助理總裁（法規及打擊清洗黑錢）陳景宏").
_HAN_GLOSS = re.compile(r"[（(][^（）()\n]{1,30}[）)]")


def _han(text: str) -> bool:
    return bool(text) and all(script_of(c) == "CJK" for c in text)


def find_han_titled(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A person in Chinese: a family name and one or two characters written right after the title.

    "總警司林焯豪表示", "財富情報及調查科總警司鄭麗琪指出", "金管局助理總裁（法規及打擊清洗黑錢）陳景宏介紹": after
    a role of the language (``[roles] words``), perhaps a gloss in brackets, a family name of the language
    (``[entities] family_names``) and one or two more characters, followed by a speech cue or a punctuation mark.
    """
    if not lang.family_names or _main_script(doc) != "CJK":
        return []
    text = doc.text
    roles = sorted({r for r in lang.roles if len(r) >= 2 and _han(r)}, key=len, reverse=True)
    if not roles:
        return []
    title = re.compile("|".join(re.escape(r) for r in roles))
    families = sorted(set(lang.family_names), key=len, reverse=True)
    cues = tuple(c for c in lang.person_cues if _han(c))
    words = set(lang.roles) | set(lang.org_heads) | set(lang.person_cues)
    found: list[Mention] = []
    for m in title.finditer(text):
        i = m.end()
        if gloss := _HAN_GLOSS.match(text, i):
            i = gloss.end()
        family = next((f for f in families if text.startswith(f, i)), None)
        if family is None:
            continue
        for n in (2, 1):  # a given name of two characters, else of one
            start, end = i, i + len(family) + n
            name = text[start:end]
            if not _han(name) or any(w in name for w in words if len(w) >= 2) or name[len(family):] in words:
                continue
            if not (text[end:end + 1] in _HAN_NAME_END or text.startswith(cues, end)):
                continue
            if _free(start, end, taken):
                found.append(Mention(start, end, name, slug(name), "Person", name, CONFIDENCE["person-title"],
                                     "discovery:person-title"))
                taken.append((start, end))
            break
    # the whole name written again later, without its title ("鄭麗琪呼籲市民…"): a name of three characters or more
    for person in list(found):
        if len(person.text) < 3:
            continue
        i = text.find(person.text, person.end)
        while i >= 0:
            if _free(i, i + len(person.text), taken):
                found.append(Mention(i, i + len(person.text), person.text, person.key, "Person", person.label,
                                     CONFIDENCE["surname"], "discovery:surname"))
                taken.append((i, i + len(person.text)))
            i = text.find(person.text, i + len(person.text))
    return found


def _body_then_role(text: str, tokens, i: int, a_body, placed, is_role) -> bool:
    """Whether the name at ``i`` is followed by a body's name of up to three words, places among them, and a role
    ("강기택 인터폴 서울 국가중앙사무국 부국장이"), all apart by single spaces."""
    for k in range(i + 1, min(i + 5, len(tokens))):
        if text[tokens[k - 1][1]:tokens[k][0]] != " ":
            return False
        if k > i + 1 and is_role(tokens[k][2]):
            return any(a_body(j) for j in range(i + 1, k))
        if not (a_body(k) or placed(k)):
            return False
    return False


def _role_then_name(text: str, tokens, i: int, roles: list[str], name: str) -> bool:
    """Whether the name at ``i`` stands right after a bare role word, alone before a bracket or a comma (Korean
    "경찰청(청장 윤희근)은", "센터장 김민수,")."""
    if i == 0 or text[tokens[i - 1][1]:tokens[i][0]] != " " or fold(tokens[i - 1][2]) not in roles:
        return False
    s = tokens[i][0]
    return text[s + len(name):s + len(name) + 1] in (")", "）", ",", "·")


def _particle_shaped(word: str) -> bool:
    """A postposition's shape, no name's: one letter with its vowel signs ("ने", "की", "को")."""
    letters = [c for c in word if unicodedata.category(c)[0] == "L"]
    return len(letters) <= 1


def _past_brackets(tokens: list[tuple[int, int, str]], j: int) -> int:
    """The index of the first token after a bracketed group of at most three tokens that starts at ``j``."""
    if j < len(tokens) and tokens[j][2].startswith("("):
        for k in range(j, min(j + 3, len(tokens))):
            if ")" in tokens[k][2]:
                return k + 1 if tokens[k][2].endswith(")") else j
    return j


#: A name in Latin capitals in brackets: the original spelling of the name written before it in another script.
_GLOSS = regex.compile(r"\(\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\s*\)")
#: How close the sounds of the words before a gloss must be to its own (the brackets vouch for the rest).
GLOSS_THRESHOLD = 0.75
#: Classes of consonants that sound alike (Soundex's), so that scripts that tell apart other sounds agree:
#: Khmer "ប៉ាមេឡា" reads "bamela" for Pamela, Burmese "ကျန်" "kyn" for Jiang.
_SOUND_CLASSES = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556")


_HAN = regex.compile(r"[\p{Han}々]")


def find_named_first(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """People named before their title or honorific, where a language writes them after the name.

    Japanese news writes "林芳正官房長官は", "代表の佐藤美咲氏は": the Han characters
    between a character of another kind (a particle, a bracket, a space) and
    the title are the name, two to five of them before an honorific of the
    language file (``honorifics_after``), three to five before a role where
    someone speaks in the sentence. Ordinary words are no name: a name taken
    already, one ending in a head word ("捜査部"), or one made of pairs of
    characters the article also writes apart from it ("特別捜査").
    """
    if not lang.honorifics_after:
        return []
    text = doc.text
    after = set(lang.honorifics_after)
    titles = sorted(after | {r for r in lang.roles if len(r) >= 2}, key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(t) for t in titles))
    heads = tuple(h for h in lang.org_heads if _HAN.match(h[-1:]))
    found: list[Mention] = []
    for m in pattern.finditer(text):
        end = m.start()
        start = end
        while start > 0 and _HAN.match(text[start - 1]) and end - start <= 5:
            start -= 1
        name = text[start:end]
        if (start > 0 and _HAN.match(text[start - 1])) or not (2 if m.group() in after else 3) <= len(name) <= 5:
            continue
        if not _free(start, end, taken) or name.endswith(heads):
            continue
        if m.group() not in after:
            sentence = doc.sentence_of(start)
            if not _near_cue(text, sentence.start, sentence.end, tuple(lang.person_cues)):
                continue
        # a pair of its characters written more often than the name itself: ordinary words
        times = text.count(name)
        if any(text.count(name[i:i + 2]) > times + 1 for i in range(len(name) - 1)):
            continue
        found.append(Mention(start, end, name, slug(name), "Person", name, CONFIDENCE["person-title"],
                             "discovery:person-title"))
        taken.append((start, end))
    return found


#: Scripts that glue an honorific to the given name after it (Thai "นายประเสริฐ", Mr Prasert).
_GLUED_NAME_SCRIPTS = frozenset({"THAI", "LAO"})
_NAME_TRIM = ".,;:!?()[]«»\"“”‘’،؛።፣፤፥।॥။၊។៕-"


def find_glued_titled(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """People after an honorific written inside a longer word, in a script without spaces between words.

    Thai glues the honorific to the given name ("นายประเสริฐ จันทรรวงทอง", "ด้านนายเวทางค์ พ่วงทรัพย์"): the
    rest of that word and the next word are the name. Khmer glues it to the words before it
    ("ក្រោមការណែនាំរបស់ឯកឧត្តម សា ថេត"): the two words after it are. Where someone speaks in the
    sentence, or a role follows the name; no known word of the language is part of it, nor is a word that
    begins with a role ("นายกรัฐมนตรี", prime minister, begins with "นาย", Mr).
    """
    script = _main_script(doc)
    if script not in UNSPACED_SCRIPTS or script in _NAME_FIRST or not lang.honorifics:
        return []
    text = doc.text
    honorifics = sorted((h for h in lang.honorifics if len(h) >= 2), key=len, reverse=True)
    roles = tuple(r for r in lang.roles if len(r) >= 2)
    known = (set(lang.roles) | set(lang.honorifics) | set(lang.org_heads) | set(lang.conjunctions)
             | set(lang.person_cues) | set(lang.months) | set(lang.role_connectors))
    cues = tuple(lang.person_cues)
    found: list[Mention] = []
    # Thai and Khmer sentences end at a space: words are read along the paragraph
    for paragraph in regex.finditer(r"[^\n]+", text):
        tokens = [(m.start(), m.end(), m.group()) for m in _SPACED_TOKEN.finditer(text, *paragraph.span())]
        for i, (s0, e0, tok) in enumerate(tokens[:-1]):
            hit = next(((tok.find(h), h) for h in honorifics if h in tok and len(tok) > len(h)), None)
            if hit is None:
                continue
            k, h = hit
            if tok[k + len(h):k + len(h) + 1] == ".":
                h += "."  # (the honorifics are kept without their last full stop)
            # (an abbreviated rank holds full stops: "พล.ต.อ.ดำรงศักดิ์", Police General Damrongsak)
            if _NAME_END.search(tok[:k] + tok[k + len(h):]):
                continue
            rest = tok[k + len(h):]
            if fold(tok[k:]).startswith(roles):
                continue  # "นายกรัฐมนตรี": a role that begins like an honorific
            if rest and script in _GLUED_NAME_SCRIPTS:
                parts = [(s0 + k + len(h), e0, rest), tokens[i + 1]]
                after = tokens[i + 2] if i + 2 < len(tokens) else None
            elif not rest and i + 2 < len(tokens):
                parts = [tokens[i + 1], tokens[i + 2]]
                after = tokens[i + 3] if i + 3 < len(tokens) else None
            else:
                continue
            if _NAME_END.search(parts[0][2]):
                continue
            last = parts[1][2].rstrip(_NAME_TRIM)
            if not last or _NAME_END.search(last):
                continue
            start, end = parts[0][0], parts[1][0] + len(last)
            words = [fold(parts[0][2]), fold(last)]
            if any(w in known or w.startswith(roles) or not 2 <= len(w) <= 20 for w in words):
                continue
            role_after = end == parts[1][1] and after is not None and fold(after[2]).startswith(roles)
            if not (role_after or _near_cue(text, max(paragraph.start(), start - 100), min(paragraph.end(), end + 150),
                                            cues)):
                continue
            if not _free(start, end, taken):
                continue
            name = text[start:end]
            found.append(Mention(start, end, name, slug(name), "Person", name, CONFIDENCE["person-title"],
                                 "discovery:person-title"))
            taken.append((start, end))
    return found


def _sound_classes(text: str) -> str:
    """A name's consonants by class, a vowel standing first kept as "0", repeats collapsed ("Pamela Bondi": 154153)."""
    from anyascii import anyascii

    out = []
    for word in anyascii(text).lower().split():  # word by word: a word before the name adds its own sounds
        letters = re.sub(r"[^a-z]", "", word)
        classes = re.sub(r"[^0-9]", "", letters.translate(_SOUND_CLASSES))
        out.append(re.sub(r"(.)\1+", r"\1", classes))
    letters = re.sub(r"[^a-z]", "", text and anyascii(text).lower())
    return ("0" if letters[:1] in tuple("aeiouy") and letters else "") + "".join(out)


def find_glossed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A name in another script followed by its Latin spelling in brackets: one entity, two mentions.

    "លោកស្រី ប៉ាមេឡា ប៊នឌី (Pamela Bondi)", "ស៊ូ ជីលាំង (Xu Ji Liang)": in an article whose main script is
    not Latin, the one to four words right before a bracketed Latin name whose transliteration is close to it
    (``GLOSS_THRESHOLD``, beginning with the same sound) name the same thing. A known entity or place in the
    brackets gives its key to the words before; an unknown name is an organization where it holds a head
    word of the language or of English, else a person where its two to four words are shaped like a name's.
    A translation in the brackets ("ผู้ช่วยอัจฉริยะ (Intelligent Assistant)") does not sound alike: nothing.
    """
    if _main_script(doc) in ("LATIN", ""):
        return []
    text = doc.text
    index = mentions_of(doc.mentions)
    places = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS}
    english = language("en")
    found: list[Mention] = []
    for m in _GLOSS.finditer(text):
        latin = m.group(1).strip()
        a0, a1 = m.start(1), m.start(1) + len(latin)
        before = [t for t in _tokens(text, max(0, m.start() - 80), m.start())]
        best, best_k = 0.0, 0
        target = _sound_classes(latin)
        for k in range(1, min(4, len(before)) + 1):
            run = before[-k:]
            if any(script_of(w[0]) in ("LATIN", "") for _, _, w in run) or text[run[-1][1]:m.start()].strip():
                break
            if any(text[x[1]:y[0]] not in (" ", "\u00a0") for x, y in zip(run, run[1:])):
                break
            written = _sound_classes(" ".join(w for _, _, w in run))
            if not written or written[0] != target[:1]:
                continue
            ratio = SequenceMatcher(None, written, target).ratio()
            if ratio >= best:  # the longer run, where two sound as close
                best, best_k = ratio, k
        if best < GLOSS_THRESHOLD:
            continue
        s, e = before[-best_k][0], before[-1][1]
        known = next((x for x in index.overlapping(a0, a1) if (x.start, x.end) == (a0, a1)), None)
        if known is not None:
            key, type_, label = known.key, known.type, known.label
        else:
            words = [fold(w) for w in latin.split()]
            type_ = _head_type(words, lang) or _head_type(words, english)
            if type_ is None:
                if not (2 <= len(words) <= 4 and all(_name_shaped(w) for w in latin.split())):
                    continue
                type_ = "Person"
            key, label = slug(latin), latin
        how = "person" if type_ == "Person" else "head"
        for x, y in ((s, e), (a0, a1)):
            # a place's name may be part of a person's ("ចិន ជី", Chen Zhi: ចិន is China)
            if _free(x, y, taken) or type_ == "Person" and _free(x, y, Taken(t for t in taken if t not in places)):
                found.append(Mention(x, y, text[x:y], key, type_, label, CONFIDENCE[how], "discovery:gloss"))
                taken.append((x, y))
    return found


def _after_role(text: str, before: list[tuple[int, int, str]], start: int, end: int, lang: Language,
                roles: frozenset[str]) -> bool:
    """Whether a name follows "ROLE of", "ROLE at" (a role word, then a role connector, then the name)."""
    if len(before) < 2 or text[before[-1][1]:start] != " ":
        return False
    connectors = set(lang.role_connectors) | set(language("en").role_connectors)
    words = [fold(w) for _, _, w in before]
    # "of", "of the", "del", "de la": a connector, perhaps an article, then the name
    i = len(words) - 1
    if words[i] in _ARTICLES and i > 0:
        i -= 1
    if text[end:end + 2] in ("'s", "’s"):
        return False  # "the director of Catherine De Bolle's office": the name owns what follows
    # "a spokesman for Anna Kowalski" speaks for a person: only "of", "at" … name where a role is held
    return (words[i] in connectors and words[i] not in ("and", "with", "'s", "’s", "for", "pour", "para", "für")
            and i > 0 and words[i - 1] in roles)


def _body_rest(doc: Document, run: list[tuple[int, int, str]], before: list[tuple[int, int, str]], lang: Language,
               roles: frozenset[str], role_cues: tuple[str, ...]) -> int:
    """Where the name begins in a run of three or more words that goes on a body's name after a role: "Mkurugenzi
    wa Upelelezi wa Jinai George Kinoti", director of criminal investigations George Kinoti (a role, a capitalised
    word and a connector or a conjunction before the run: "Menteri Komunikasi dan Informatika Johnny G. Plate"): its
    last two words, with a middle initial between them; 0 where the run is no such."""
    text = doc.text
    if len(run) < 3 or len(before) < 2 or text[before[-1][1]:run[0][0]] != " " \
            or fold(before[-1][2]) not in set(lang.role_connectors) | _PREPOSITIONS | set(lang.conjunctions) \
            or not before[-2][2][:1].isupper() or fold(before[-2][2]) in roles:
        return 0
    sentence = doc.sentence_of(run[0][0])
    if not _near_cue(text, max(sentence.start, before[-2][0] - 40), before[-2][0], role_cues, word_ends=True):
        return 0
    # (no glue word inside, and two words that may be a name's: "Correccional Federal N°10" is none)
    k = len(run) - 2
    if k > 1 and _MIDDLE_INITIAL.fullmatch(run[k][2]):
        k -= 1  # "Johnny G. Plate"
    if any(not _capitalised(w) for _, _, w in run) or not all(_name_shaped(w) and len(w) > 2
                                                              for w in (run[k][2], run[-1][2])):
        return 0
    return k


def find_surnames(doc: Document, people: list[Mention], taken: TakenSpans) -> list[Mention]:
    """The last word of a known person's name, standing alone later in the text.

    Every surname is found in one pass over the text. A person whose surname an
    earlier person (in the list) had, and who stands after that one, finds
    nothing more: the occurrences after the earlier person were taken then, or
    were not free, and spans once taken stay taken.
    """
    found = []
    surnames = [p.text.split()[-1] for p in people]
    patterns = {w: _bounded_word(w) for w in surnames if len(w) >= 3}
    # a surname after a given name ("Heiko Wolf") is that person's whole name, not a known one's surname
    other_given = _given_name_before(doc)
    occurrences = {w: [(s, e) for s, e in spans if not other_given(s)]
                   for w, spans in literal_matches(doc.text, patterns).items()}
    starts = {w: [s for s, _ in spans] for w, spans in occurrences.items()}
    looked_after: dict[str, int] = {}  # surname → the earliest start of a person whose occurrences were looked at
    for person, surname in zip(people, surnames):
        if len(surname) < 3:
            continue
        spans, upto = occurrences[surname], looked_after.get(surname)
        for s, e in spans[bisect_right(starts[surname], person.start):]:
            if upto is not None and s > upto:
                break  # looked at already
            if _free(s, e, taken):
                found.append(Mention(s, e, doc.text[s:e], person.key, "Person", person.label,
                                     CONFIDENCE["surname"], "discovery:surname"))
                taken.append((s, e))
        looked_after[surname] = person.start if upto is None else min(upto, person.start)
    return found


def _given_name_before(doc: Document):
    """A test of whether a given name stands right before ``start``: a capitalised word shaped like a name
    that is no role, honorific, head word or particle, and no ordinary word the article also writes in lowercase."""
    lang = language(doc.language)
    roles = _role_words(lang) | _role_words(language("en"))
    words = (roles | set(lang.org_heads) | set(lang.name_particles) | set(lang.months) | _GLUE | _ARTICLES
             | _PREPOSITIONS | {fold(h) for h in lang.honorifics} | set(lang.conjunctions))
    written = lowercase_words(doc.text)

    def test(start: int) -> bool:
        m = re.search(r"(?<![\w.-])(\w[\w'’-]*) $", doc.text[max(0, start - 40):start])
        if not m or not m.group(1)[0].isupper() or not _name_shaped(m.group(1)):
            return False
        word = fold(m.group(1))
        return (word not in words and not written(m.group(1)) and not _is_role(word, roles)
                and not any(len(r) >= COMPOUND_ROLE and word.endswith(r) for r in roles))
    return test


def find_transliterations(doc: Document, people: list[Mention], taken: TakenSpans) -> list[Mention]:
    """Words of another script that transliterate to a person's name found in the document."""
    if not people:
        return []
    parts, originals = {}, {}
    for p in people:
        for word in p.label.split():
            if len(_ascii(word)) >= 4:
                parts[_ascii(word)] = p
                originals[_ascii(word)] = word
    by_initial: dict[str, list[str]] = {}  # the first letters must agree (checked below too): skip other comparisons
    for candidate in parts:
        by_initial.setdefault(candidate[0], []).append(candidate)
    closest: dict[str, tuple[float, str]] = {}  # a word's transliteration → its closest part (words repeat)
    found = []
    for s, e, word in _all_tokens(doc.text):
        if script_of(word[0]) in ("LATIN", "") or not _free(s, e, taken):
            continue
        latin = _ascii(word)
        if len(latin) < 4:
            continue
        if latin not in closest:
            ratio, part = 0.0, ""
            for candidate in by_initial.get(latin[0], ()):
                matcher = SequenceMatcher(None, latin, candidate)
                if (matcher.real_quick_ratio() >= TRANSLITERATION_THRESHOLD
                        and matcher.quick_ratio() >= TRANSLITERATION_THRESHOLD):
                    r = matcher.ratio()
                    if r > ratio:
                        ratio, part = r, candidate
            closest[latin] = (ratio, part)
        ratio, part = closest[latin]
        # (a word of the name's own script is a form of it, "गुरुङले" of "गुरुङ", beginning as it does; "각각",
        # each, is not "강기택")
        if ratio >= TRANSLITERATION_THRESHOLD and latin[0] == part[0] \
                and (script_of(originals[part][:1]) != script_of(word[0]) or word[:2] == originals[part][:2]):
            p = parts[part]
            found.append(Mention(s, e, word, p.key, "Person", p.label, round(ratio * CONFIDENCE["person"], 3),
                                 f"discovery:transliteration:{latin}~{part}:{ratio:.2f}"))
            taken.append((s, e))
    return found


# ---------------------------------------------------------------- organizations


def _head_type(words: list[str], lang: Language) -> str | None:
    """The class of a name's last head word; where names take case endings, the last word's with its ending
    ("Kiberbűnözés Elleni Főosztályának": of the cybercrime department)."""
    found = None
    for w in words:
        if w in lang.org_heads:
            found = lang.org_heads[w]
    if lang.inflected and words and words[-1] not in lang.org_heads:
        found = _head_of(words[-1], lang) or found
    return found


def find_acronyms(doc: Document, lang: Language, taken: TakenSpans,
                  known: list[Mention]) -> list[Mention]:
    """"Long Name (ACR)": the long name and every later ACR are one organization.

    Every acronym is found in one pass over the text. An acronym defined again
    looks no further than where it was defined before: the occurrences after
    that were taken then, or were not free, and spans once taken stay taken.
    """
    text = doc.text
    found: list[Mention] = []
    definitions = list(_ACRONYM.finditer(text))
    occurrences = literal_matches(text, {a: _bounded_word(a, r"(?!\w)")
                                         for a in {m.group(1).rstrip(".") for m in definitions}})
    # a case ending after a hyphen stays in the mention ("HUB-a", "MUP-u", "EC3:n"); another word after one is a
    # compound, not the acronym ("HUB-Kampagne")
    for acronym, spans in occurrences.items():
        kept = []
        for s, e in spans:
            ending = _HYPHEN_ENDING.match(text, e)
            if ending:
                kept.append((s, ending.end()))
            elif text[e:e + 1] != "-":
                kept.append((s, e))
        spans[:] = kept
    occurrence_starts = {acronym: [s for s, _ in spans] for acronym, spans in occurrences.items()}  # in order
    looked_after: dict[str, int] = {}  # acronym → the earliest end of a definition looked after
    known_index = ByStart(known)
    places = {(m.start, m.end) for m in known if m.method in PLACE_METHODS}
    unplaced_index = None  # the known mentions but places, indexed once, when a place begins a name
    unplaced = Taken(t for t in taken if t not in places)  # the taken spans but places, kept up to date
    for m in definitions:
        acronym = m.group(1).rstrip(".")
        letters = [c for c in acronym if c.isalpha()]
        before = _tokens(text, max(0, m.start() - 200), m.start())
        # walk back over the words, matching the acronym's letters to their initials
        first = _expansion_start(before, letters, lang)
        head_type = None
        if first is None and before and _head_of(before[-1][2], lang) is None:
            # or, an acronym of the name in another language, from the head word that begins the name (a name
            # that ends with its head, "Federal Bilişim Suçları Birimi (FCCU)", begins where this cannot tell)
            first, head_type = _headed_start(text, before, lang)
        if first is None or not text[before[-1][1]:m.start()].strip() == "":
            continue
        start, end = before[first][0], before[-1][1]
        elided = _ELIDED.match(before[first][2])
        if elided:
            start += elided.end()  # "L'Observatoire de la sécurité des moyens de paiement (OSMP)"
        expansion = text[start:end]
        a0, a1 = m.start(1), m.start(1) + len(acronym)
        entity = _first_holding(known_index, start, a0)
        if entity is not None and (entity.start, entity.end) in places and (entity.start, entity.end) != (start, end):
            # a place that begins the name is not what the acronym names ("Hrvatska udruga banaka (HUB)")
            if unplaced_index is None:
                unplaced_index = ByStart([k for k in known if (k.start, k.end) not in places])
            entity = _first_holding(unplaced_index, start, a0)
        if entity is not None and head_type is not None and entity.start >= end:
            if not ({head_type, entity.type} & _PUBLIC and {head_type, entity.type} & _PRIVATE):
                continue  # a known body's acronym after its name in another language: the gazetteer's to find
            entity = None  # a known acronym of a body of the other sector ("NCA") is this one's in its language
        if entity is not None:
            key, type_, label = entity.key, entity.type, entity.label
        else:
            words = [fold(w) for _, _, w in before[first:]]
            key, type_, label = slug(expansion), head_type or _head_type(words, lang) or "Organization", expansion
        upto = looked_after.get(acronym)
        spans = [(start, end), (a0, a1)]
        starts = occurrence_starts[acronym]
        spans += occurrences[acronym][bisect_right(starts, a1):len(starts) if upto is None else bisect_right(starts, upto)]
        looked_after[acronym] = a1 if upto is None else min(upto, a1)
        for s, e in spans:
            # a place inside the name stays a mention of its own ("Hrvatska udruga banaka"); a place that is the
            # acronym itself ("HUB", a city of GeoNames) gives way to it (see set_annotations)
            if _free(s, e, unplaced):
                found.append(Mention(s, e, text[s:e], key, type_, label, CONFIDENCE["acronym"], "discovery:acronym"))
                taken.append((s, e))
                if (s, e) not in places:
                    unplaced.append((s, e))
    return found


#: The most steps the walk back from an acronym over the words of its name may take.
ACRONYM_STEPS = 500


#: The most words of a name, from its head word to an acronym in brackets that abbreviates it in another language.
HEADED_ACRONYM_WORDS = 16


def _headed_start(text: str, before: list[tuple[int, int, str]], lang: Language) -> tuple[int | None, str | None]:
    """The index of the first word of a name that begins with a head word of the language and ends right before
    an acronym in brackets whose letters are not its initials, as the acronym is the name's in another language
    ("Hiệp hội An ninh mạng quốc gia (NCA)", "Persatuan Bank-Bank dalam Malaysia (ABM)"), and the head's class;
    or None.

    Walking back from the last word, spaces only between the words, to the nearest head word (of one to three
    words), then on through capitalised words and the glue between them to the farthest head ("Shirika la
    Kimataifa la Polisi wa Jinai": Shirika, not Polisi; "Cục Cảnh sát …": Cục, not Cảnh sát).
    """
    glue = _GLUE | frozenset(lang.role_connectors) | frozenset(lang.name_particles)
    n = len(before)
    best: tuple[int | None, str | None] = (None, None)
    for i in range(n - 1, max(0, n - HEADED_ACRONYM_WORDS) - 1, -1):
        if i < n - 1 and text[before[i][1]:before[i + 1][0]] != " ":
            break  # punctuation: the name reaches no further back
        word = before[i][2]
        if best[0] is not None and not _capitalised(word) and fold(word) not in glue:
            break
        if not _capitalised(word) or i == n - 1:
            continue
        for k in (3, 2, 1):
            if i + k < n and all(text[before[j][1]:before[j + 1][0]] == " " for j in range(i, i + k - 1)):
                head = lang.org_heads.get(fold(" ".join(w for _, _, w in before[i:i + k])))
                if head is not None:
                    best = (i, head)
                    break
    return best


#: The classes of the public sector and of the private one: an acronym known as a body of one sector is no name of
#: a body of the other ("Hiệp hội … (NCA)", an association, is not the National Crime Agency).
_PUBLIC = frozenset({"LawEnforcementAgency", "GovernmentAgency", "IntergovernmentalOrganization"})
_PRIVATE = frozenset({"Company", "NonProfit"})


#: An article or a preposition elided onto the word after it ("L'Observatoire", "dell'Unione"): no part of a name.
_ELIDED = regex.compile(r"^\p{L}{1,4}['’](?=\p{L})")


def _expansion_start(before: list[tuple[int, int, str]], letters: list[str], lang: Language) -> int | None:
    """The index of the first word of the name an acronym's letters are the initials of, the name ending with the
    last word of ``before``, or None.

    Walking back from the last word: glue words and conjunctions are skipped; a word gives its initial to the
    letter matched, or two or three letters it begins with ("CIberdelincuencia": UFECI); once a word has matched,
    a connector or a short lowercase word inside the name may also be skipped ("Unidad Fiscal Especializada en
    Ciberdelincuencia": "en" is skipped, not E). Each way is tried until one matches every letter.
    """
    steps = [0]

    def walk(i: int, j: int, first: int | None) -> int | None:
        if j < 0:
            return first
        steps[0] += 1
        if i < 0 or steps[0] > ACRONYM_STEPS:
            return None
        word = _ELIDED.sub("", before[i][2])
        f = fold(word)
        if not word or f in _GLUE or f in lang.conjunctions:
            return walk(i - 1, j, first)
        if word[0].upper() == letters[j].upper():
            found = walk(i - 1, j - 1, i)
            if found is not None:
                return found
        n = _leading_letters(word, letters, j)
        if n and word[0].isupper():
            found = walk(i - 1, j - n, i)
            if found is not None:
                return found
        n = _hyphened_initials(word, letters, j)
        if n:
            found = walk(i - 1, j - n, i)
            if found is not None:
                return found
        n = _compound_initials(word, letters, j) if lang.compounds else 0
        if n and j - n < 0 and not _compound_name(word, lang):
            n = 0  # the name's first word: "betalningsföretagen (BTF)", the payment firms, names no body
        if n:
            found = walk(i - 1, j - n, i)
            if found is not None:
                return found
        if first is not None and (f in lang.role_connectors or word.islower() and len(word) <= 3):
            return walk(i - 1, j, first)  # a short preposition inside the name ("Асоциацията на банките в България (АББ)")
        return None

    return walk(len(before) - 1, len(letters) - 1, None)


def name_bare_acronyms(found: list[Mention], known: list[Mention], lang: Language) -> list[Mention]:
    """An acronym found alone, never spelled out in brackets, that is the initials of one organization the
    document names: that organization ("SPF" where "Singapore Police Force", or a name of the same body in
    another language, is in the text; "NOA" beside "Nationella operativa avdelningen"); else a word of the name of
    one organization the document names ("AOC" beside "ศูนย์ AOC 1441").

    The registry's every name of a body is tried, the text's own name of a body found by its shape too; an
    acronym that fits two bodies stays as it was.
    """
    from .registry import load_registry

    acronyms = [m for m in found if m.method == "discovery:name" and _acronym_shaped(m.text)
                and m.key == slug(m.text)]
    if not acronyms:
        return found
    entities = load_registry().entities
    bodies: dict[str, tuple[str, str, set[str]]] = {}  # key → (type, label, names)
    for m in [*known, *found]:
        if m.type == "Person" or m.key == slug(m.text) and _acronym_shaped(m.text) \
                or ontology_coarse(m.type) != "Organization":
            continue
        names = bodies.setdefault(m.key, (m.type, m.label, set()))[2]
        names.add(m.text)
        e = entities.get(m.key) if m.method == "registry" else None
        if e is not None:
            names.update(text for text, _, _ in e.names)
            names.add(e.label)
    fits: dict[str, str | None] = {}
    for acronym in {m.text for m in acronyms}:
        letters = [c for c in acronym if c.isalpha()]
        if len(letters) < 2 or len(letters) != len(acronym):
            continue
        owners = {key for key, (_, _, names) in bodies.items()
                  if len(letters) >= 3 and any(_spells(name, letters, lang) for name in names)}
        if not owners:
            # a word of one body's name: "AOC" where "ศูนย์ AOC 1441" is, "ЦБ" where the Bank of Russia ("ЦБ РФ")
            # is; not the first word of a name that goes on with a unit of its own ("ASV Tieslietu ministrija": the
            # USA's ministry of justice)
            owners = {key for key, (_, _, names) in bodies.items() if any(
                acronym in words[1:] or words[:1] == [acronym] and _no_unit(words[1:], lang)
                for words in ([w for _, _, w in _tokens(name)] for name in names if name != acronym))}
        fits[acronym] = owners.pop() if len(owners) == 1 else None
    out = []
    for m in found:
        key = fits.get(m.text) if m in acronyms else None
        if key is not None:
            type_, label, _ = bodies[key]
            m = Mention(m.start, m.end, m.text, key, type_, label, m.confidence, "discovery:acronym")
        out.append(m)
    return out


def _spells(name: str, letters: list[str], lang: Language) -> bool:
    """Whether an acronym's letters are the initials of a whole name (glue words skipped), or of the name but the
    country it ends with ("NHNN": "Ngân hàng Nhà nước Việt Nam", the State Bank of Vietnam)."""
    words = _tokens(name)
    if len(words) < 2 or not all(script_of(w[0]) in _CASED for _, _, w in words):
        return False
    if _expansion_start(words, letters, lang) == 0:
        return True
    country = _country_at_end(name, lang)
    return country is not None and len(rest := _tokens(name[:country].rstrip())) >= 2 \
        and _expansion_start(rest, letters, lang) == 0


def _country_at_end(name: str, lang: Language) -> int | None:
    """Where a country's name that ends ``name`` starts, or None."""
    from . import places

    for h in places.matcher(tuple(sorted({lang.code, "en"}))).find(name, suffixes=()):
        if h.end == len(name) and h.start > 0 and h.pattern.type == "Country" and name[h.start - 1] == " ":
            return h.start
    return None


def _hyphened_initials(word: str, letters: list[str], j: int) -> int:
    """How many of an acronym's letters up to the ``j``-th are the initials of the parts of a hyphened word, each
    part capitalised ("Inter-Agency": I-ARC's I and A), or 0."""
    parts = [p for p in word.split("-") if p]
    n = len(parts)
    if n < 2 or j + 1 < n or not all(p[0].isupper() for p in parts):
        return 0
    return n if "".join(p[0] for p in parts).casefold() == "".join(letters[j - n + 1:j + 1]).casefold() else 0


#: The shortest compound whose parts' initials an acronym may take ("Bundeskriminalamt": BKA).
COMPOUND_LENGTH = 8


def _compound_initials(word: str, letters: list[str], j: int) -> int:
    """How many of an acronym's letters up to the ``j``-th (two or three) a long compound word gives (in a language
    that writes compounds, ``[language] compounds``), its initial and then letters in order inside it ("Bundeskriminalamt": BKA, "Ekobrottsmyndigheten": EBM, "Post- och
    telestyrelsen": PTS's T and S), or 0."""
    if len(word) < COMPOUND_LENGTH or not word.isalpha():
        return 0
    folded = fold(word)
    for n in (3, 2):
        if j + 1 < n:
            continue
        wanted = "".join(letters[j - n + 1:j + 1]).casefold()
        if folded[0] != wanted[0]:
            continue
        at = 1
        for c in wanted[1:]:
            at = folded.find(c, at) + 1
            if not at:
                break
        else:
            return n
    return 0


def _compound_name(word: str, lang: Language) -> bool:
    """Whether a compound word that gives an acronym its first letters may be a name of its own: written with a
    capital ("Ekobrottsmyndigheten", not "betalningsföretagen"), and where every noun has one, ending with a word
    that heads the names of bodies ("Bundeskriminal|amt", not "Sicherheitsbehörden", the security authorities)."""
    if not word[:1].isupper():
        return False
    return not lang.capitalised_nouns or any(fold(word).endswith(h) for h in lang.org_heads)


def _leading_letters(word: str, letters: list[str], j: int) -> int:
    """How many of an acronym's letters up to the ``j``-th (two or three) a word begins with, or 0."""
    for n in (3, 2):
        if j + 1 >= n and fold(word).startswith("".join(letters[j - n + 1:j + 1]).casefold()):
            return n
    return 0


#: A case ending written after a hyphen (Croatian, Serbian, Slovene) or a colon (Finnish, Swedish) onto an acronym.
_HYPHEN_ENDING = regex.compile(r"[-:](?:\p{Ll}\p{M}*){1,5}(?![\p{L}\p{M}\p{N}-])")


def _first_holding(index: ByStart, a: int, b: int):
    """The first item (in their order) holding offset ``a`` or offset ``b`` (``start <= offset < end``), or None."""
    if not index.ordered:
        return next((k for k in index.items if (k.start <= a < k.end) or (k.start <= b < k.end)), None)
    lo, hi = min(a, b), max(a, b)
    for k in index.items[index.first_at_or_after(lo - index.longest):bisect_right(index.starts, hi)]:
        if (k.start <= a < k.end) or (k.start <= b < k.end):
            return k
    return None


def find_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """Capitalised names that hold an organizational head word ("National Crime Agency")."""
    found = []
    glue = _GLUE | frozenset(lang.role_connectors) | frozenset(lang.name_particles)
    # the first words of roles ("capo" of "capo della polizia"; the others are words of the body it names)
    roles = frozenset(p.split()[0] for p in lang.roles + language("en").roles if p.split())
    # a place may end a body's name ("Procura della Repubblica di Perugia"), and stays a mention of its own
    places = {m.end: m.start for m in doc.mentions if m.method in PLACE_METHODS}
    # … or stand inside it, before its head ("Greater Manchester Police", "West Midlands Police")
    place_spans = [(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS]
    known_at: dict[int, list[Mention]] = {}
    # known bodies' short names of one word with capitals inside, by where they start ("(ASCom)", "(CERTFin)"): a
    # body's acronym however written, not a parent's name ("(Europol)")
    bracketed: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.method == "registry" and ontology_coarse(m.type) == "Organization":
            if _acronym_shaped(m.text):
                known_at.setdefault(m.start, []).append(m)
            if " " not in m.text and sum(c.isupper() for c in m.text) >= 2:
                bracketed.setdefault(m.start, []).append(m)
    leads = ({c.split()[0] for c in lang.person_cues if c.split()} | set(lang.conjunctions)
             | set(lang.role_connectors)) - set(lang.org_heads)
    cities = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS and m.type == "City"}
    # the names a company's may hold ("ING Bank Śląski"): places, and known companies'
    held = {(m.start, m.end) for m in doc.mentions
            if m.method in PLACE_METHODS or (m.method == "registry" and m.type == "Company")}
    short: list[tuple[str, str, str, str]] = []  # the names of companies without their abbreviated form
    for run in _national_parts(_capital_runs(doc, lang, glue=glue, max_tokens=6), lang, held, places, taken):
        form = _LOWER_FORM.match(doc.text, run[-1][1])
        if form and fold(form.group(1)) in lang.org_heads:
            # a company's form written with a small letter first ends its name ("Neckar Volksbank eG")
            run = [*run, (form.start(1), form.end(1), form.group(1))]
        words = [fold(w) for _, _, w in run]
        # "Head of Operations at the European Cybercrime Centre": the name starts after the role
        # (a run that begins with a head, where heads begin names, is a body's name, whatever role its words name: "Comisaría General
        # de Policía Judicial", the commissariat, not "comisaria", a commissioner)
        # (of three words or more: "Cục Viễn", cut at the lowercase syllable of "Cục Viễn thông", names no body)
        last_role = -1 if words[0] in lang.org_heads and not lang.verb_final and len(words) >= 3 else max(
            (i for i, w in enumerate(words) if w in roles and w not in glue), default=-1)
        if last_role >= 0:
            run, words = run[last_role + 1:], words[last_role + 1:]
            while run and (words[0] in glue or words[0] in _ARTICLES):
                run, words = run[1:], words[1:]
        # a sentence's first word, capitalised only there, that opens a speech cue or is a connector or a
        # conjunction of the language is no word of the name ("Ifølge Finanstilsynet", "Hos Fyns Politi"):
        # according to, at
        if len(run) > 1 and starts_sentence(doc, run[0][0]) and words[0] in leads:
            run, words = run[1:], words[1:]
            while run and (words[0] in glue or words[0] in _ARTICLES):
                run, words = run[1:], words[1:]
        if not run:
            continue
        type_ = _head_type(words, lang)
        # a public body's head, or a compound of one, then a place's name: that place's body ("Staatsanwaltschaft
        # Köln", "Arrondissementsparket Amsterdam": the district's prosecutors, "Landeskriminalamts Niedersachsen");
        # the place stays a mention of its own. A police word alone before a state or a country is its police,
        # which find_place_headed reads, or a title's end ("Ketua Polis Johor, …": the Johor police chief)
        placed = None
        if len(run) == 2 and places.get(run[1][1]) == run[1][0] and _free(run[0][0], run[0][1], taken):
            head = _head_of(run[0][2], lang)
            compound = None if head or not lang.compounds else _compound_head(run[0][2], lang, bare=True)
            placed = (head or compound) if (head or compound) == "GovernmentAgency" or (head or compound) in \
                PLACE_HEAD_CLASSES and (compound or (run[1][0], run[1][1]) in cities) else None
        if placed:
            type_ = placed
        capitals = [w for (_, _, raw), w in zip(run, words) if _capitalised(raw) and w not in lang.org_heads]
        if type_ is None or not capitals or len(run) < 2:
            continue
        if lang.capitalised_nouns and words[0] not in lang.org_heads and any(
                w in _ARTICLES and not any(x in lang.org_heads for x in words[:i]) for i, w in enumerate(words)):
            continue  # every noun has a capital: "Betreiber der Plattform" (the platform's operators) is no name
        if len(run) == 3 and (words[1] in lang.conjunctions or words[1] in _AND):
            continue  # "Banken und Polizei", "Polizei und Wirtschaft": two things, no body's name
        start, end = run[0][0], run[-1][1]
        if len(run) > 2 and _CASE_AFTER_APOSTROPHE.fullmatch(run[0][2]) and not _free(start, end, taken) \
                and _free(run[1][0], end, taken):
            # a name with a case ending after an apostrophe before the body's ("İzmir'deki Pusula Ödeme
            # Hizmetleri A.Ş.": in İzmir) qualifies it, and is no word of it
            run, words = run[1:], words[1:]
            start = run[0][0]
        national = _national_company(run, words, lang, held, places, taken)
        if not national and not placed and not _free(start, end, taken) and not _place_ends(run, places, taken) \
                and not (type_ in PUBLIC_HEADS and not any(w in lang.conjunctions or w in _AND for w in words)
                         and _places_within(run, place_spans, taken)):
            # a known body's acronym, then a unit's name ("az NNI Kiberbűnözés Elleni Főosztályának"): the unit's
            k = next((i for i, (s, e, _) in enumerate(run) if _free(s, e, taken)), len(run))
            # … or a unit's name, then its known body's ("Divisi Hubungan Internasional Polri"): the unit's
            j = next((i for i in range(len(run), 0, -1) if _free(run[0][0], run[i - 1][1], taken)), 0)
            if k and run[0][0] in known_at and len(run) - k >= 2 and _free(run[k][0], end, taken) \
                    and _capitalised(run[k][2]) and words[k] not in glue and _head_type(words[k:], lang):
                run, words, start = run[k:], words[k:], run[k][0]
            elif 3 <= j < len(run) and words[0] in lang.org_heads and words[j - 1] not in glue \
                    and any(m.start == run[j][0] and m.method == "registry" for m in doc.mentions):
                run, words, end = run[:j], words[:j], run[j - 1][1]
            else:
                continue
            type_ = _head_type(words, lang)
        # the first part of a compound the name shares with another before it: "Midt- og Vestjyllands Politi"
        start = _suspended_start(doc.text, start, lang, taken, places)
        if _abbreviated_head(doc.text, run[-1], lang):
            end += 1  # "GIRO Zrt.", "DataVaart B.V.": a company's form, abbreviated, with its full stop
        name = doc.text[start:end]
        key, label = slug(name), name
        # a known body's acronym in brackets right after the name names it ("Biroul Federal de Investigații (FBI)")
        bracket = _BRACKETED.match(doc.text, end)
        known = next((m for m in bracketed.get(bracket.start(1), ()) if m.end == bracket.end(1)), None) \
            if bracket else None
        if known is not None:
            key, type_, label = known.key, known.type, known.label
        found.append(Mention(start, end, name, key, type_, label, CONFIDENCE["head"],
                             NATIONAL if national else "discovery:head"))
        taken.append((start, end))
        if known is None and len(run) > 1 and _abbreviated_head(doc.text, run[-1], lang):
            short.append((doc.text[start:run[-2][1]], key, type_, label))
    # a company named with its form is named without it too ("GIRO Zrt." … "GIRO")
    for name, key, type_, label in short:
        for s, e in literal_matches(doc.text, {name: _bounded_word(name)}).get(name, ()):
            if _free(s, e, taken):
                found.append(Mention(s, e, name, key, type_, label, CONFIDENCE["head"], "discovery:head"))
                taken.append((s, e))
    return found


#: The method of a company's business in a country or region, named by a known company's or a place's name, a
#: company's head word and the country or region ("ING Bank Śląski", "Santander Bank Polska"): the names inside
#: it are no mentions of their own.
NATIONAL = "discovery:national"


def _national_parts(runs, lang: Language, held: set[tuple[int, int]], places: dict[int, int], taken: TakenSpans):
    """The runs, each split at its "and"s where a part is a company's business in a country ("ING Bank Śląski i
    Santander Bank Polska": two banks)."""
    ands = _AND | frozenset(lang.conjunctions)
    for run in runs:
        cuts = [k for k, (_, _, w) in enumerate(run) if w.islower() and fold(w) in ands]
        parts = [run[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(run)])]
        parts = [q for p in parts for q in _national_trimmed(p, lang, held, places, taken)]
        if any(_national_company(p, [fold(w) for _, _, w in p], lang, held, places, taken) for p in parts):
            yield from (p for p in parts if p)
        else:
            yield run


def _national_trimmed(part, lang: Language, held: set[tuple[int, int]], places: dict[int, int], taken: TakenSpans):
    """A run, or the words before a company's business in a country it ends with and that business apart, where
    those words hold no known name ("Klienci ING Bank Śląski", customers of ING Bank Śląski: the sentence's first
    word has its capital from the sentence)."""
    words = [fold(w) for _, _, w in part]
    for k in range(1, len(part) - 2):
        if _capitalised(part[k][2]) and _national_company(part[k:], words[k:], lang, held, places, taken) \
                and _free(part[0][0], part[k - 1][1], taken):
            return [part[:k], part[k:]]
    return [part]


def _national_company(run, words: list[str], lang: Language, held: set[tuple[int, int]], places: dict[int, int],
                      taken: TakenSpans) -> bool:
    """Whether a run of capitalised words is a company's business in a country or region: a name, a company's head
    word, then a place's name that ends the run ("ING Bank Śląski", "Santander Bank Polska", "Alpha Bank Romania"),
    where what is taken inside it is all places' and known companies' names (``held``)."""
    if len(run) < 3 or lang.org_heads.get(words[-2]) != "Company" or not _capitalised(run[-2][2]):
        return False
    if places.get(run[-1][1]) != run[-1][0] or words[0] in lang.org_heads:
        return False
    start, end = run[0][0], run[-1][1]
    if _free(start, end, taken):
        return False
    inside = [(s, e) for s, e in taken if s < end and start < e]
    return all(t in held and start <= t[0] and t[1] <= end for t in inside)


def _without_sentence_opening(doc: Document, found: list[Mention], glue: frozenset[str]) -> list[Mention]:
    """The names found by their head that open a sentence (or follow a colon) less their first word (and a glue word
    after it) where the rest is a name the article writes alone too: the word has its capital from the sentence
    ("Ifølge Finanstilsynet", according to; "Tallene fra Finanstilsynet", the figures from, beside
    "Finanstilsynet")."""
    alone: dict[str, Mention] = {}
    for m in [*doc.mentions, *found]:
        if m.type != "Person":
            alone.setdefault(m.text, m)
    out = []
    for m in found:
        tokens = _tokens(doc.text, m.start, m.end)
        if len(tokens) >= 2 and m.method == "discovery:head" and script_of(m.text[0]) in _CASED and (
                starts_sentence(doc, m.start) or doc.text[:m.start].rstrip().endswith(":")):
            k = 2 if len(tokens) >= 3 and fold(tokens[1][2]) in glue else 1
            rest = doc.text[tokens[k][0]:m.end]
            other = alone.get(rest)
            if other is not None and other is not m and other.start != tokens[k][0]:
                m = Mention(tokens[k][0], m.end, rest, other.key, other.type, other.label, m.confidence, m.method)
        out.append(m)
    return out


def _abbreviated_head(text: str, token: tuple[int, int, str], lang: Language) -> bool:
    """Whether a name's last word is a head abbreviated with a full stop after it ("Zrt.", "B.V.", "A.Ş.", "Inc.")."""
    s, e, word = token
    f = fold(word)
    return (text[e:e + 1] == "." and f in lang.org_heads
            and ("." in f or f + "." in lang.org_heads or f in {fold(a) for a in lang.abbreviations}))


#: A form of company written with a small letter first and a capital after it, after a name ("eG", "e.V").
_LOWER_FORM = regex.compile(r" (\p{Ll}+\.?\p{Lu}[\p{L}.]*?)(?=\.?(?![\p{L}\p{N}]))")


#: A name and a case ending written after an apostrophe ("İzmir'deki", "Türkiye'nin").
_CASE_AFTER_APOSTROPHE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*['’][\p{Ll}\p{M}]+")


@lru_cache(maxsize=64)
def _suspended(lang: Language):
    """A capitalised first part of a compound, its hyphen, and the language's "and", ending right before a name."""
    words = _and_words(lang)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}-])\p{{Lu}}[\p{{L}}\p{{M}}]+-[ ]+(?:{words})[ ]+\Z", regex.IGNORECASE)


def _suspended_start(text: str, start: int, lang: Language, taken: TakenSpans, places: dict[int, int]) -> int:
    """Where a name starts that shares the end of a compound with a first part before it, left hanging with a hyphen
    ("Midt- og Vestjyllands Politi": the police of Central and West Jutland; "Bundes- und Landespolizei"), or
    ``start``. The first part may be a place's name of its own (``places``: their starts by their ends; "Syd")."""
    m = _suspended(lang).search(text, max(0, start - SUSPENDED_CHARS), start)
    if m is None:
        return start
    hyphen = text.index("-", m.start())
    return m.start() if _free(m.start(), start, taken) or (
        places.get(hyphen) == m.start() and _free(hyphen, start, taken)) else start


#: The most characters a compound's hanging first part and an "and" take before a name.
SUSPENDED_CHARS = 30


#: The classes of the bodies whose names may hold a place before their head ("West Midlands Police").
PUBLIC_HEADS = frozenset({"LawEnforcementAgency", "GovernmentAgency", "OrganizationalUnit"})


def _places_within(run, place_spans: list[tuple[int, int]], taken: TakenSpans) -> bool:
    """Whether a run is free but for places standing before its last word, its head, in a script with capitals
    ("Greater Manchester Police", "West Midlands Police"): the body's name holds them, and they stay mentions of
    their own."""
    head_start = run[-1][0]
    inside = [(s, e) for s, e in place_spans if run[0][0] <= s and e <= head_start]
    if not inside or not _free(head_start, run[-1][1], taken) or not _free(run[0][0], run[0][1], taken):
        return False  # (a word of the name's own opens it: a place first is find_place_headed's)
    return all(_free(s, e, taken) or any(ps <= s and e <= pe for ps, pe in inside) for s, e, _ in run[:-1])


def _place_ends(run, places: dict[int, int], taken: TakenSpans) -> bool:
    """Whether a run is free but for a place that ends it after a glue word ("Procura della Repubblica di
    Perugia", "… of New York"), three words or more before the glue."""
    start = places.get(run[-1][1])
    k = next((k for k, (s, _, _) in enumerate(run) if s == start), None)
    return (k is not None and k >= 4 and fold(run[k - 1][2]) in _GLUE
            and _free(run[0][0], run[k - 1][1], taken))


#: How many lowercase words may stand between the capitalised first word of a name and its head.
SENTENCE_CASE_WORDS = 3


def find_sentence_case_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A capitalised word, a few lowercase words and a head word: a body's name written in sentence case.

    Inflected languages capitalise only the first word of a body's name: "Tieslietu ministrija", "Digitālo
    noziegumu vienība", "Nacionaline prokuratūra", "Australskom saveznom policijom". The head (in any inflected
    form) ends the name; the words between it and the capitalised word (at most ``SENTENCE_CASE_WORDS``) are
    lowercase words of three letters or more, no conjunction, connector or preposition. The capitalised word is
    not a head itself nor a sentence's first word (capitalised whatever it is), and neither a capitalised word
    nor a connector stands right before it, nor a connector or a short word (but a conjunction) right after the
    head: the name would be longer ("Federálny úrad pre vyšetrovanie"), its edges unknown.
    """
    if not lang.inflected or lang.capitalised_nouns:
        return []
    text = doc.text
    tokens = _all_tokens(text)
    written = lowercase_words(text)
    found = []
    for i, (s, e, word) in enumerate(tokens):
        if not _capitalised(word) or not word[1:].islower() or _head_of(word, lang) or not _free(s, e, taken):
            continue
        if starts_sentence(doc, s):
            continue  # (a sentence's first word is capitalised whatever it is)
        if i and text[tokens[i - 1][1]:s] == " " and (_capitalised(tokens[i - 1][2]) or _joins(tokens[i - 1][2], lang)):
            continue  # the rest of a longer name ("Frankfurto prie Maino generalinės prokuratūros")
        end = None
        prev = e
        for k in range(i + 1, min(i + 2 + SENTENCE_CASE_WORDS, len(tokens))):
            s2, e2, w2 = tokens[k]
            if text[prev:s2] != " " or not w2.islower():
                break
            type_ = _head_of(w2, lang)
            if type_ is not None:
                end = (e2, type_) if k > i else None
                break
            f = fold(w2)
            if (len(w2) < 3 or any(c.isdigit() for c in w2) or f in lang.conjunctions or f in lang.role_connectors
                    or f in _PREPOSITIONS):
                break
            prev = e2
        if end is None or not _free(s, end[0], taken):
            continue
        after = next((t for t in tokens[i + 1:i + 3 + SENTENCE_CASE_WORDS] if t[0] >= end[0]), None)
        if after is not None and text[end[0]:after[0]] == " " and (_joins(after[2], lang) or (
                after[2].islower() and len(after[2]) <= 3 and fold(after[2]) not in lang.conjunctions)):
            continue  # the name goes on after its head ("Federálny úrad pre vyšetrovanie"): its end is unknown
        name = text[s:end[0]]
        found.append(Mention(s, end[0], name, slug(name), end[1], name, CONFIDENCE["head"], "discovery:head"))
        taken.append((s, end[0]))
    return found


def find_head_first_sentence_case(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A body's name in sentence case whose head comes first, where the language's adjectives have known endings.

    Slavic languages write a unit's name with its head first and the rest in lowercase: a capitalised head, one
    or more adjectives and the noun they qualify ("Služba kibernetičke sigurnosti", "Uprave kriminalističke
    policije", "Управе криминалистичке полиције"), or a capitalised adjective, the head and an adjective after
    it ("Policijskom upravom zagrebačkom", "Policijske uprave splitsko-dalmatinske"). An adjective is a word with
    one of the language's ``adjective_endings``; the name ends with the noun, or the adjective after the head.
    Neither a capitalised word nor a connector stands right before the name (it would be longer).
    """
    if not lang.inflected or lang.capitalised_nouns or not lang.adjective_endings:
        return []
    text = doc.text
    tokens = _all_tokens(text)

    def adjective(word: str) -> bool:
        f = fold(word)
        return word.islower() and any(f.endswith(x) and len(f) > len(x) + 2 for x in lang.adjective_endings)

    def noun(word: str) -> bool:
        f = fold(word)
        return (word.islower() and len(word) >= 4 and not any(c.isdigit() for c in word) and not adjective(word)
                and f not in lang.conjunctions and f not in lang.role_connectors and f not in _PREPOSITIONS)

    def spaced(k: int) -> bool:  # token k follows token k - 1 after one space
        return k < len(tokens) and text[tokens[k - 1][1]:tokens[k][0]] == " "

    found = []
    forms: dict[tuple[str, ...], tuple[str, str]] = {}
    for i, (s, e, word) in enumerate(tokens):
        if not _capitalised(word) or not word[1:].islower() or not _free(s, e, taken):
            continue
        before = tokens[i - 1][2] if i and text[tokens[i - 1][1]:s] == " " else ""
        if before and (_capitalised(before) or _joins(before, lang) and fold(before) not in _AND
                       and fold(before) not in lang.conjunctions):
            continue  # the rest of a longer name (but a list's "and": "… i Policijskom upravom primorsko-goranskom")
        end = type_ = None
        head = _head_of(word, lang)
        if head is not None and spaced(i + 1) and adjective(tokens[i + 1][2]):
            # the head, its adjectives and their noun: "Služba kibernetičke sigurnosti"
            k = i + 1
            while spaced(k + 1) and adjective(tokens[k + 1][2]):
                k += 1
            if spaced(k + 1) and noun(tokens[k + 1][2]):
                end, type_ = tokens[k + 1][1], head
        elif head is None and word[1:].islower() and any(
                fold(word).endswith(x) and len(word) > len(x) + 2 for x in lang.adjective_endings) \
                and spaced(i + 1) and tokens[i + 1][2].islower() and spaced(i + 2) and adjective(tokens[i + 2][2]):
            # an adjective, the head and an adjective after it: "Policijskom upravom zagrebačkom"
            inner = _head_of(tokens[i + 1][2], lang)
            if inner is not None:
                end, type_ = tokens[i + 2][1], inner
        if end is None or not _free(s, end, taken):
            continue
        if regex.match(r" \p{Lu}", text[end:end + 2]):
            type_ = "OrganizationalUnit"  # the name of the body it belongs to follows, in the genitive
        name = text[s:end]
        # the same name in another case is the same body ("Službe kibernetičke sigurnosti", "Služba …"): its
        # words alike but for their last two letters
        stems = tuple(fold(w)[:max(INFLECTED_STEM, len(w) - 2)] for w in name.split())
        key, label = forms.setdefault(stems, (slug(name), name))
        found.append(Mention(s, end, name, key, type_, label, CONFIDENCE["head"], "discovery:head"))
        taken.append((s, end))
    return found


#: The fewest letters of a word's stem, whose case endings are left out to tell two forms of one name.
INFLECTED_STEM = 4


def _joins(word: str, lang: Language) -> bool:
    """Whether a word joins the words of a name: a connector or a preposition ("of", "pre", "prie", "za")."""
    f = fold(word)
    return f in lang.role_connectors or f in _PREPOSITIONS or f in lang.name_particles


#: The shortest head word found at the end of a compound ("Digitaliseringsstyrelsen": styrelsen, agency), and the
#: shortest rest of the compound before it.
COMPOUND_HEAD, COMPOUND_REST = 5, 4


def find_compound_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """One capitalised word ending with a head word: a body's name in a compounding language.

    "Digitaliseringsstyrelsen", "Finanstilsynet", "Rahandusministeerium", "Pangaliit": Danish, Norwegian,
    Swedish, Dutch, Estonian or Finnish write a body's name as one word (in the Latin script), whose head (``COMPOUND_HEAD`` letters or
    more, perhaps with a case ending) ends it. A capitalised word at a sentence's start is one only where the
    article never writes it in lowercase; a word next to another capitalised one belongs to a longer name;
    languages that capitalise every noun (German) are not read so.
    """
    if lang.capitalised_nouns:
        return []
    heads = sorted((h for h in lang.org_heads if len(h) >= COMPOUND_HEAD), key=len, reverse=True)
    if not heads:
        return []
    written = lowercase_words(doc.text)
    text = doc.text
    tokens = _all_tokens(text)
    found = []
    for i, (s, e, word) in enumerate(tokens):
        if not _capitalised(word) or script_of(word[0]) != "LATIN" or not word[1:].islower() or not _free(s, e, taken):
            continue
        # a word of a longer name ("Den Europæiske Bankforening") is that name's, not one of its own
        if (i and _capitalised(tokens[i - 1][2]) and text[tokens[i - 1][1]:s] == " "
                or i + 1 < len(tokens) and _capitalised(tokens[i + 1][2]) and text[e:tokens[i + 1][0]] == " "):
            continue
        w = fold(word)
        stems = [w] + [w[:-len(x)] for x in lang.suffixes if x and w.endswith(x)]
        head = next((h for stem in stems for h in heads if stem.endswith(h) and len(stem) - len(h) >= COMPOUND_REST),
                    None)
        if head is None or (starts_sentence(doc, s) and written(word)):
            continue
        found.append(Mention(s, e, word, slug(word), lang.org_heads[head], word, CONFIDENCE["head"], "discovery:head"))
        taken.append((s, e))
    return found


#: What ends a phrase in a script written without spaces between words: a space, a bracket, a quote, punctuation.
_PHRASE = regex.compile(r"[^\s()\[\]«»“”\"'‘’,.;:!?、。៖។៕။၊ฯ]+")
#: The longest phrase read as one body's name.
MAX_PHRASE = 60
#: Scripts written with spaces between phrases, not words (Chinese and Japanese put none at all).
_PHRASED = frozenset({"KHMER", "MYANMAR", "THAI", "LAO", "TIBETAN"})


def find_phrase_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A body's name as a phrase of a script written without spaces between words (Khmer, Myanmar, Thai, Lao).

    Such scripts put a space between phrases, not words: a phrase that begins with a head word of the language
    ("ក្រសួងសន្តិសុខសាធារណៈចិន": ministry of public security of China), or, where the language puts the head last
    (``verb_final``), ends with one after its particles ("ပြည်ထဲရေးဝန်ကြီးဌာနနှင့်"), is a body's name, up to the
    first of the language's ``clause_words`` ("ក្រសួងបានបញ្ជាក់ថា": the ministry confirmed that …). A place
    inside the name stays a mention of its own. Only languages that list their ``clause_words`` are read so
    (Thai news runs a head word into a common noun too often: "บริษัทการเงิน", finance companies).
    """
    if not lang.org_heads or not lang.clause_words or _main_script(doc) not in _PHRASED:
        return []  # (a language whose phrases are names this way says so with its clause words)
    text = doc.text
    folded_heads = sorted(lang.org_heads, key=len, reverse=True)
    clause = [w for w in lang.clause_words if w]
    leading = sorted(set(lang.conjunctions), key=len, reverse=True)
    places = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS}
    others = Taken(t for t in taken if t not in places)
    found = []
    for m in _PHRASE.finditer(text):
        start, end = m.start(), m.end()
        phrase = fold(text[start:end])
        if len(phrase) != end - start or not is_unspaced(phrase[0]):
            continue  # (folding changed the length: offsets would not hold)
        if lang.verb_final:
            stripped = True
            while stripped:  # the particles after the name ("နှင့်": and, "များ": plural)
                stripped = False
                for w in clause + leading:
                    if phrase.endswith(w) and len(phrase) > len(w):
                        phrase, end, stripped = phrase[:-len(w)], end - len(w), True
            head = next((h for h in folded_heads if phrase.endswith(h)), None)
            if head is None:
                continue
            cut = max((phrase.rfind(w) + len(w) for w in clause if w in phrase[:-len(head)]), default=0)
            start, phrase = start + cut, phrase[cut:]
        else:
            for w in leading:  # "และสำนักงาน…": and the office …
                if phrase.startswith(w) and len(phrase) > len(w):
                    start, phrase = start + len(w), phrase[len(w):]
                    break
            head = next((h for h in folded_heads if phrase.startswith(h)), None)
            if head is None:
                continue
            cut = min((i for w in clause if (i := phrase.find(w, len(head))) >= 0), default=len(phrase))
            phrase, end = phrase[:cut], start + cut
        if len(phrase) <= len(head) + 1 or len(phrase) > MAX_PHRASE or not _free(start, end, others):
            continue
        name = text[start:end]
        type_ = lang.org_heads[head]
        found.append(Mention(start, end, name, slug(name), type_, name, CONFIDENCE["head"], "discovery:head"))
        taken.append((start, end))
        others.append((start, end))
    return found


#: The most words a body's name in a script without capitals holds beside its head ("भारतीय सायबर गुन्हे समन्वय").
UNCASED_NAME_WORDS = 5
#: An acronym in brackets right after a name ("केंद्रीय अन्वेषण ब्यूरो (सीबीआई)", "وفاقی تحقیقاتی ادارے (ایف آئی اے)").
_BRACKETED = regex.compile(r"[ \u00a0]?\(\s*([^()\n,;:،]{1,24}?)\s*\)")


def _uncased_spaced(script: str) -> bool:
    """Whether a script writes words apart without capitals (Devanagari, Tamil, Arabic, Georgian, Hangul …)."""
    return bool(script) and script not in _CASED | {"LATIN", "CJK", "HIRAGANA", "KATAKANA"} | _PHRASED


def _strip_clitic(word: str, lang: Language) -> tuple[str, int]:
    """A folded word without the clitic written onto its start where what remains is a head ("والمديرية":
    "المديرية"), and the clitic's length; else the word and 0."""
    folded = fold(word)
    if folded in lang.org_heads:
        return folded, 0
    for p in sorted((p for p in lang.prefixes if ">" not in p), key=len):
        if folded.startswith(p) and folded[len(p):] in lang.org_heads:
            return folded[len(p):], len(p)
    return folded, 0


def _word_forms(word: str, lang: Language) -> set[str]:
    """A folded word, and without a clitic of the language ("للأمن": "الأمن", "وال…")."""
    folded = fold(word)
    forms = {folded}
    for prefix in lang.prefixes:
        prefix, _, instead = prefix.partition(">")
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
            forms.add(instead + folded[len(prefix):])
    return forms


def _without_suffix(word: str, lang: Language) -> str:
    """A word of a name without the case ending or postposition written onto it ("ब्रान्चलाई": "ब्रान्च")."""
    folded = fold(word)
    if folded in lang.org_heads or folded in lang.name_words:
        return word
    for x in sorted(lang.suffixes, key=len, reverse=True):
        if x and folded.endswith(x) and len(folded) - len(x) >= 2 and fold(word[-len(x):]) == x:
            return word[:-len(x)]
    return word


def find_uncased_headed(doc: Document, lang: Language, taken: TakenSpans,
                        others_found: list[Mention] = ()) -> list[Mention]:
    """A body's name in a script without capitals: words of the language's ``name_words`` and a head word.

    Devanagari, Bengali, Tamil, Urdu or Georgian news writes a body's name as words that qualify a head, the
    head last: "केंद्रीय अन्वेषण ब्यूरो", "अहमदाबाद साइबर क्राइम ब्रान्चका", "சைபர் குற்றப் பிரிவின்", "وفاقی
    تحقیقاتی ادارے"; Arabic (``head_first``) puts the head first: "المديرية العامة للأمن الوطني". With no
    capitals to mark a name, its words are those the language lists as standing in bodies' names
    (``[entities] name_words``: national, central, cyber, crime, investigation …), a head word without a case
    ending before another head ("प्रहरी प्रधान कार्यालय"), and a place that begins it ("अहमदाबाद …"); at least
    one listed word, at most ``UNCASED_NAME_WORDS``. The case ending written onto the name's last word stays in
    the mention and out of its label, and forms of one name whose last words differ by their ending are one
    body. An acronym in brackets right after the name is the same body: a known one gives the name its entity;
    an unknown one ("(सीआईबी)") is a mention of the name, and so is every later occurrence of it, with a case
    ending or not ("सीआईबीले"); so is one after a known body's name ("… திணைக்களம் (CID)"). A company is named by
    a word of its own, written twice before its head ("कॉसमॉस बँक"), not by listed words that only describe it
    ("साइबर सुरक्षा कंपनी"); a body's description right before a known name ("شركة الأمن السيبراني Group-IB") and a
    head that begins a rank ("পুলিশ সুপার") are no names. ``others_found``: mentions found before in this stage
    (a known acronym written by its sound).
    """
    if not lang.name_words or not lang.org_heads or not _uncased_spaced(_main_script(doc)):
        return []
    text = doc.text
    tokens = _all_tokens(text)
    name_words = frozenset(lang.name_words)
    heads = lang.org_heads
    known = ByStart(sorted([*doc.mentions, *others_found], key=lambda m: (m.start, m.end)))
    place_spans = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS}
    others = Taken(t for t in taken if t not in place_spans)
    found: list[Mention] = []
    named: list[tuple[tuple[str, ...], str, str, str]] = []  # (words but the last, last word, key, label)

    def adjacent(a: int, b: int) -> bool:
        return text[tokens[a][1]:tokens[b][0]] in (" ", "\u00a0")

    def mention_ending(k: int) -> Mention | None:
        # a place (or a known body) whose name ends with token k, in the sentence
        s, e, _ = tokens[k]
        return next((m for m in known.overlapping(s, e) if m.end == e and m.type != "Person"
                     and m.method not in ("discovery:person-title",)), None)

    def mention_starting(k: int) -> Mention | None:
        s, e, _ = tokens[k]
        return next((m for m in known.overlapping(s, e) if m.start <= s and m.end >= s and m.type != "Person"), None)

    # Hangul writes a body's name as one word ending with its head ("행정안전부")
    compounds = _main_script(doc) == "HANGUL"
    by_start = {}  # name words by their first letters, to find an inflected form ("მთავარმა" of "მთავარი")
    for n in name_words:
        by_start.setdefault(n[:3], []).append(n)
    compound_ends = tuple(n for n in name_words if len(n) >= 2) if compounds else ()
    clitics = tuple(p for p in lang.prefixes if ">" not in p and not p.startswith("ال"))  # ("بشرطة دبي": at Dubai Police)
    repeated = _named_before_heads(tokens, text, lang, known) - name_words

    def name_word(w: str, agreeing: bool = False) -> bool:
        if w in name_words or w in repeated or compound_ends and w.endswith(compound_ends) and w.isalpha():
            return True  # (a Korean compound ending with one: "가상자산범죄")
        if agreeing and lang.inflected:
            # an adjective agreeing with its head's case ending ("მთავარმა სადაზვერვო სამმართველომ")
            for x in lang.suffixes:
                if x and w.endswith(x) and len(w) - len(x) >= 4:
                    stem = w[:-len(x)]
                    if stem in heads:
                        return False  # (a body's name before it, in the genitive: "प्रहरीको")
                    if stem in name_words or any(_same_stem(stem, n) for n in by_start.get(stem[:3], ())):
                        return True
        return False

    for i, (s, e, word) in enumerate(tokens):
        if lang.head_first:
            head, cut = _strip_clitic(word, lang)
            if head not in heads:
                continue
            type_ = heads[head]
            start, end, words, listed = s + cut, e, [head], 0
            k = i + 1
            inner: list[tuple[int, int]] = []  # a body the name is of ("للإنتربول": of INTERPOL)
            while k < len(tokens) and len(words) <= UNCASED_NAME_WORDS and adjacent(k - 1, k):
                m = mention_starting(k)
                of = m is not None and m.method not in PLACE_METHODS and fold(tokens[k][2]).startswith(("ل", "لل"))
                if m is not None and (m.method not in PLACE_METHODS and not of or not listed):
                    break  # another body's name ("… بشرطة دبي"): this one ends before it
                if of:
                    inner.append((m.start, m.end))
                if m is not None:
                    end = max(end, m.end)
                    words.append(fold(text[tokens[k][0]:m.end]))
                    while k < len(tokens) and tokens[k][1] <= m.end:
                        k += 1
                    continue
                if not _word_forms(tokens[k][2], lang) & name_words:
                    break
                end, listed = tokens[k][1], listed + 1
                words.append(fold(tokens[k][2]))
                k += 1
            # "وزارة الخارجية البريطانية (FCDO)": one or two more words of the name, up to its acronym
            for k2 in range(k, min(k + 2, len(tokens))):
                if (not listed or k2 == 0 or not adjacent(k2 - 1, k2) or any(c.isdigit() for c in tokens[k2][2])
                        or mention_starting(k2)):
                    break
                if _BRACKETED.match(text, tokens[k2][1]):
                    end = tokens[k2][1]
                    break
        else:
            type_ = _head_of(word, lang)
            if type_ is None and compounds and not known.overlapping(s, e):
                type_ = _compound_head(word, lang)
                listed = int(type_ is not None)  # "행정안전부", "통합대응단": the compound is a name of its own
            else:
                listed = 0
            if type_ is None:
                continue
            if ((fold(word) in heads or compounds) and i + 1 < len(tokens) and adjacent(i, i + 1)
                    and (_head_of(tokens[i + 1][2], lang) or compounds and _compound_head(tokens[i + 1][2], lang))):
                continue  # "पुलिस सेल", "디지털자산거래소 공동협의체": the name ends with the last head
            if i + 1 < len(tokens) and adjacent(i, i + 1) and f"{fold(word)} {fold(tokens[i + 1][2])}" in lang.roles:
                continue  # "অতিরিক্ত পুলিশ সুপার": a rank, no body
            if listed and compounds and type_ != "OrganizationalUnit" and _compound_rest(word, lang) in name_words:
                continue  # "수사기관", "금융당국": investigative agencies, financial authorities
            start, end = s, e
            agreeing = fold(word) not in heads  # the head has a case ending: adjectives before it may agree
            k = i - 1
            proper = 0  # words of its own, not of the language's list ("कॉसमॉस बँक", not "साइबर सुरक्षा कंपनी")
            while k >= 0 and i - k <= UNCASED_NAME_WORDS and adjacent(k, k + 1):
                w = fold(tokens[k][2])
                if (w in lang.conjunctions and k > 0 and adjacent(k - 1, k) and listed
                        and name_word(fold(tokens[k - 1][2]))):
                    start, k = tokens[k][0], k - 1  # "सञ्चार तथा सूचना प्रविधि मन्त्रालय": "and" inside the name
                    continue
                if name_word(w, agreeing):
                    listed += 1
                    proper += w in repeated
                elif w not in heads and not (compounds and _compound_head(w, lang, bare=True)):
                    m = mention_ending(k)
                    if m is not None and listed and m.method in PLACE_METHODS and not _inflected(tokens[k][2], lang):
                        start = m.start  # a place begins the name ("अहमदाबाद साइबर क्राइम ब्रान्च")
                    break
                start = tokens[k][0]
                k -= 1
            # "फेडरल ब्यूरो ऑफ इन्वेस्टिगेशन (एफबीआई)": words of the name after its head, up to its acronym
            for k in range(i + 1, min(i + 4, len(tokens))):
                if not adjacent(k - 1, k) or not (name_word(fold(tokens[k][2])) or mention_ending(k)
                                                  or name_word(fold(_without_suffix(tokens[k][2], lang)))):
                    break
                if _BRACKETED.match(text, tokens[k][1]):
                    end = tokens[k][1]
                    break
            words = [fold(t) for _, _, t in _tokens(text, start, end)]
            if type_ == "Company" and not proper:
                continue  # a company is named by a word of its own; the listed words only describe one
        if lang.head_first and type_ == "Company":
            continue  # ("شركة الأمن السيبراني": a cybersecurity company)
        if lang.head_first and inner:
            free = _free(start, end, Taken(t for t in others if t not in inner))
        else:
            free = _free(start, end, others)
        if not listed or not free:
            continue
        nxt = next((t for t in tokens[i + 1:] if t[0] >= end), None)
        if nxt is not None and text[end:nxt[0]].strip(" \"«“'") == "" and not fold(nxt[2]).startswith(clitics) and any(
                m.start == nxt[0] and m.method not in PLACE_METHODS and m.type != "Person"
                for m in known.overlapping(nxt[0], nxt[1])):
            continue  # "شركة الأمن السيبراني Group-IB": what the body after it is, not a name
        # "(सीबीआई)": the acronym of the name, known or not
        bracket = _BRACKETED.match(text, end)
        acronym = None
        label = text[start:end]
        if not lang.head_first:
            last = _tokens(text, start, end)[-1]
            label = text[start:last[0]] + _without_suffix(last[2], lang)
            if lang.particles_apart:  # the particle stays out of the mention too ("통합대응단은")
                end = start + len(label)
        key = slug(label)
        if bracket is not None:
            a0, a1 = bracket.span(1)
            inside = [m for m in known.overlapping(a0, a1) if (m.start, m.end) == (a0, a1)]
            org = next((m for m in inside if m.type != "Person" and m.method not in PLACE_METHODS), None)
            if org is not None:
                key, type_, label = org.key, org.type, org.label
            elif not inside and not any(c.isdigit() for c in bracket.group(1)) and _free(a0, a1, taken):
                acronym = bracket.group(1)
        else:
            stem_words, last_word = tuple(words[:-1]), fold(_tokens(label)[-1][2]) if _tokens(label) else ""
            for before, before_last, k0, l0 in named:
                if before == stem_words and _same_stem(before_last, last_word):
                    key, label = k0, l0  # "சைபர் குற்றப் பிரிவு", "சைபர் குற்றப் பிரிவின்"
                    break
        if _tokens(label):
            named.append((tuple(words[:-1]), fold(_tokens(label)[-1][2]), key, label))
        found.append(Mention(start, end, text[start:end], key, type_, label, CONFIDENCE["head"], "discovery:head"))
        taken.append((start, end))
        others.append((start, end))
        if acronym:
            found += _acronym_occurrences(doc, lang, acronym, key, type_, label, taken)
    # a known body's name and an acronym in brackets the registry does not know: the same body
    # ("குற்றப் புலனாய்வுத் திணைக்களம் (CID)")
    for m in doc.mentions:
        if m.method != "registry" or m.type == "Person":
            continue
        bracket = _BRACKETED.match(text, m.end)
        if bracket is None or any(c.isdigit() for c in bracket.group(1)) or _titles_someone(bracket.group(1), lang):
            continue
        a0, a1 = bracket.span(1)
        if _free(a0, a1, taken) and not known.overlapping(a0, a1):
            found += _acronym_occurrences(doc, lang, bracket.group(1), m.key, m.type, m.label, taken)
    return found


def _titles_someone(bracketed: str, lang: Language) -> bool:
    """Whether words in brackets after a body begin with a role: its head, named ("경찰청(청장 윤희근)"), no acronym."""
    words = fold(bracketed).split()
    return len(words) > 1 and words[0] in _role_words(lang)


def _named_before_heads(tokens, text: str, lang: Language, known: ByStart) -> set[str]:
    """Words that stand right before a company's head word (bank, company) at least twice, and seldom elsewhere:
    their names in a script without capitals ("कॉसमॉस बँक", "हँगसेंग बँकेतील"; not "इस", this, written before
    many nouns)."""
    common = (set(lang.conjunctions) | set(lang.role_connectors) | set(lang.roles) | set(lang.months)
              | set(lang.number_words) | set(lang.org_heads) | {w for cue in lang.person_cues for w in cue.split()})
    before: Counter = Counter()
    total: Counter = Counter()
    for k, (s, e, word) in enumerate(tokens):
        w = fold(word)
        total[w] += 1
        if (k + 1 < len(tokens) and text[e:tokens[k + 1][0]] == " " and _head_of(tokens[k + 1][2], lang) == "Company"
                and w not in common and len(w) >= 3 and not any(c.isdigit() for c in w)
                and not known.overlapping(s, e)):
            before[w] += 1
    return {w for w, n in before.items() if n >= 2 and 3 * n >= 2 * total[w]}


def _compound_rest(word: str, lang: Language) -> str:
    """What a word ending with a head holds before it, its particle taken off ("수사기관": "수사")."""
    w = fold(word)
    w = next((w[:-len(x)] for x in affixes.suffixes(lang).longest(w) if len(w) > len(x)), w)
    head = next((h for h in _heads(lang).longest(w) if w != h), "")
    return w[:len(w) - len(head)]


@lru_cache(maxsize=64)
def _heads(lang: Language) -> affixes.Affixes:
    """The language's head words, looked up by a word's last letters (made once per language)."""
    return affixes.Affixes(lang.org_heads)


@lru_cache(maxsize=1 << 16)
def _compound_head(word: str, lang: Language, *, bare: bool = False) -> str | None:
    """The class of the head a word ends with, after at least two letters of its own (three before a head of one
    letter: "연구원", a researcher, is no body), its particle taken off unless ``bare``: "행정안전부", "통합대응단은"
    (remembered across articles)."""
    w = fold(word)
    ends = affixes.suffixes(lang)
    cores = [w[:-len(x)] for x in ends.of(w) if not bare and len(w) > len(x)] or [w]
    heads = _heads(lang)
    for core in cores:
        for h in heads.longest(core):
            rest = core[:len(core) - len(h)]
            if len(rest) >= (3 if len(h) == 1 else 2) and rest.isalpha() and not ends.listed(h):
                return lang.org_heads[h]
    return None


def _inflected(word: str, lang: Language) -> bool:
    """Whether a word ends with a case ending of two letters or more, or one that begins with a vowel sign
    ("ফিলিপাইনে", in the Philippines; "যুক্তরাষ্ট্রের", of the United States)."""
    w = fold(word)
    return any(x and w.endswith(x) and len(w) > len(x) + 1
               and (len(x) >= 2 or unicodedata.category(x[0])[0] == "M") for x in lang.suffixes)


def _same_stem(a: str, b: str) -> bool:
    """Whether two words are forms of one (they differ by an ending of at most two letters)."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 3 and common >= min(len(a), len(b)) - 2


def _acronym_occurrences(doc: Document, lang: Language, acronym: str, key: str, type_: str, label: str,
                         taken: TakenSpans) -> list[Mention]:
    """Every free occurrence of an acronym in the text, with a case ending of the language written onto it."""
    endings = "|".join(regex.escape(x) for x in sorted(lang.suffixes, key=len, reverse=True) if x and " " not in x)
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(acronym)}(?:{endings})?(?![\p{{L}}\p{{M}}\p{{N}}])"
                            if endings else rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(acronym)}(?![\p{{L}}\p{{M}}\p{{N}}])")
    found = []
    for m in pattern.finditer(doc.text):
        s, e = m.span()
        if lang.particles_apart:
            e = s + len(acronym)  # the particle stays out of the mention ("합수단은": 합수단)
        if _free(s, e, taken):
            found.append(Mention(s, e, doc.text[s:e], key, type_, label, CONFIDENCE["acronym"], "discovery:acronym"))
            taken.append((s, e))
    return found


#: How many words may stand between a place and the head word of the body it names ("Hollanda Ulusal Polisi").
PLACE_HEAD_WORDS = 3
#: Classes of the heads that make a place and a head one body (a country's police, ministry, agency).
PLACE_HEAD_CLASSES = frozenset({"LawEnforcementAgency", "GovernmentAgency"})


@lru_cache(maxsize=1 << 16)
def _head_of(word: str, lang: Language) -> str | None:
    """The class a word gives as the head of a body's name, in any inflected form ("polisi", "পুলিশের"; "பிரிவின்":
    an ending that replaces the head's last vowel sign) (remembered across articles)."""
    w = fold(word)
    if w in lang.org_heads:
        return lang.org_heads[w]
    stems = _head_stems(lang)
    for suffix in affixes.suffixes(lang).of(w):
        rest = w[:-len(suffix)]
        if rest in lang.org_heads:
            return lang.org_heads[rest]
        if rest in stems and unicodedata.category(suffix[0])[0] == "M":
            return stems[rest]
    return None


@lru_cache(maxsize=64)
def _head_stems(lang: Language) -> dict[str, str]:
    """The heads that end with a vowel sign, without it, and their classes ("பிரிவு" → "பிரிவ")."""
    out = {}
    for head, type_ in lang.org_heads.items():
        stem = head
        while stem and unicodedata.category(stem[-1])[0] == "M":
            stem = stem[:-1]
        if stem != head and len(stem) >= 2:
            out.setdefault(stem, type_)
    return out


def _name_word(word: str, lang: Language) -> bool:
    """A word that may stand inside a body's name between a place and its head: no number, conjunction or
    connector, and capitalised where the script has capitals ("Ulusal", "ফেডারেল", not "ise", "za", "de")."""
    w = fold(word)
    if (any(c.isdigit() for c in word) or w in lang.conjunctions or w in lang.role_connectors or w in _PREPOSITIONS
            or w in lang.function_words):
        return False
    # a lowercase adjective in the languages that write a body's name in sentence case ("Ukrainos nacionalinė
    # policija", "Hrvatska poštanska banka")
    return script_of(word[0]) not in _CASED or word[0].isupper() or (lang.inflected and len(word) >= 4)


def find_place_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A place and the head word of a public body: that country's or city's body.

    "Hollanda polisi", "হংকংয়ের পুলিশ", "सिंगापुर पुलिस बल", "ABD Adalet Bakanlığı" (the place, then at most
    ``PLACE_HEAD_WORDS`` words ending with a head), "شرطة دبي" (a head right before the place). The body's key
    is the place's with the head's class, so that a country's police is one node in every language; the
    place stays a mention of its own, inside the body's name.
    """
    text = doc.text
    tokens = _all_tokens(text)
    starts = [t[0] for t in tokens]
    found = []
    # countries, regions and the CLDR's cities: GeoNames' many small cities are also words ("Adalet", "justice")
    # (a state's name before a head word is too often the start of a list or a title: "Ketua Polis Johor, …")
    places = [m for m in doc.mentions if m.method in PLACE_METHODS and m.type in ("Country", "City", "Region")
              and (m.method == "cldr" or m.type != "City")]
    # a state or province and the head right after it ("Nordjyllands Politi", "Tamil Nadu Police"), not before
    areas = {(m.start, m.end) for m in doc.mentions if m.method == "iso3166" and m.type == "AdministrativeArea"}
    places += [m for m in doc.mentions if (m.start, m.end) in areas]
    # a body's name holds its place: what else is taken counts, the place does not. The spans taken but the
    # places', kept up to date, and the places by start: two questions by bisection, not a copy for each place
    place_spans = {(p.start, p.end) for p in places}
    others = Taken(t for t in taken if t not in place_spans)
    taken_places = {t for t in taken if t in place_spans}
    place_index = ByStart(sorted(places, key=lambda p: (p.start, p.end)))
    listed = [m for m in doc.mentions if m.method in PLACE_METHODS and m.type in ("Country", "City", "Region")]
    list_ends, list_starts = {m.end: m for m in listed}, {m.start: m for m in listed}
    for place in places:
        sentence = doc.sentence_of(place.start)
        i = bisect_right(starts, place.end - 1)  # the first token after the place
        span = None
        prev_end = place.end
        between: list[str] = []
        for k in range(i, min(i + PLACE_HEAD_WORDS, len(tokens))):
            s, e, word = tokens[k]
            if s >= sentence.end or text[prev_end:s].strip() not in ("", "-"):
                break
            type_ = _head_of(word, lang)
            if type_ in PLACE_HEAD_CLASSES:
                span = (place.start, e, type_)
                break
            if not _name_word(word, lang):
                break  # "Belçika'dan ise …", "태국 등 7개국 …": no body's name
            between.append(word)
            prev_end = e
        j = bisect_right(starts, place.start) - 2  # the token right before the place
        if span is None and j >= 0 and not lang.verb_final and (place.start, place.end) not in areas:  # head-final languages put the head after
            s, e, word = tokens[j]
            type_ = _head_of(word, lang)
            if type_ is None and lang.prefixes:  # a clitic written onto the head ("ומשטרת קפריסין": and Cyprus's police)
                _, cut = _strip_clitic(word, lang)
                if cut and (type_ := _head_of(word[cut:], lang)):
                    s += cut
            if type_ in PLACE_HEAD_CLASSES and s >= sentence.start and not text[e:place.start].strip():
                span = (s, place.end, type_)
                if script_of(word[0]) in _CASED and not word[0].isupper() and j > 0 \
                        and tokens[j - 1][2][0].isupper() and not text[tokens[j - 1][1]:s].strip() \
                        and tokens[j - 1][0] >= sentence.start:
                    span = (tokens[j - 1][0], place.end, type_)  # "Генеральная прокуратура Украины"
                    between = [tokens[j - 1][2]]
            elif script_of(word[0]) in _CASED:
                span, between = _head_before(text, tokens, j, place, sentence, lang)
        if span is None:
            continue
        start, end, type_ = span
        # a name that goes on past its head with more words and heads is a body of its own, not the place's police
        # ("İstanbul Emniyet Müdürlüğü …", "Badan Kepolisian Nasional Jepang", "Jefatura Superior de Policía de …")
        run = _run_on(text, tokens, starts, start, end, sentence, lang, back=start < place.start)
        if run is not None:
            start, end, own_type = run
        if type_ == "LawEnforcementAgency" and (run is None or own_type is None) \
                and _listed_place(text, place, list_ends if start == place.start else list_starts, lang,
                                  before=start == place.start):
            continue  # "Latvijos, Estijos bei Jungtinės Karalystės policija": the police of many countries
        itself = (place.start, place.end)
        if not _free(start, end, others) or any((p.start, p.end) != itself and (p.start, p.end) in taken_places
                                                 for p in place_index.overlapping(start, end)):
            continue
        name = text[start:end]
        # a country's police is one body; another body is told apart by the words of its name before the head
        own = [w for w in between if fold(w) not in lang.role_connectors and fold(w) not in _PREPOSITIONS]
        if type_ != "LawEnforcementAgency" and not own:
            continue
        kind = "police" if type_ == "LawEnforcementAgency" else "-".join([slug(w) for w in own] + [type_.lower()])
        if run is not None and own_type is not None:
            # the body's own name: the place's key and the words of its name but the place's
            words = (text[start:place.start] + " " + text[place.end:end]).split()
            while words and (fold(words[-1]) in _GLUE or fold(words[-1]) in lang.role_connectors):
                words.pop()  # "Jefatura Superior de Policía de | Canarias"
            kind, type_ = slug(" ".join(words)), own_type
        key, label = f"{place.key}-{kind}", name
        known = _known_in_brackets(doc, end) if run is not None and own_type is not None else None
        if known is not None:  # "… policijos tarnyba (BKA)": the known body the brackets name
            key, type_, label = known.key, known.type, known.label
        if kind == "police":  # the registry's one police force of the country, where it knows one
            police = _police_of(place.key, place.label)
            if police is None:
                continue
            key, type_, label = police
        found.append(Mention(start, end, name, key, type_, label, CONFIDENCE["place-head"], "discovery:place-head"))
        taken.append((start, end))
        others.append((start, end))
    return found


def _listed_place(text: str, place: Mention, others: dict[int, Mention], lang: Language, *, before: bool) -> bool:
    """Whether a place ends a list of ``LISTED_PLACES`` places or more, right before it (``before``: "Latvijos,
    Estijos bei Jungtinės Karalystės policija") or right after it ("policije Austrije, Belgije, Bugarske"), joined by
    commas or the language's "and": a head shared by the places of such a list is the bodies of them all, no one
    body (two places may share one: "সিঙ্গাপুর ও হংকংয়ের পুলিশ", Singapore's and Hong Kong's police).

    Two places joined by a hyphen share the head as one pair ("မြန်မာ-တရုတ် ရဲတပ်ဖွဲ့", the Myanmar-China police:
    the forces of both).

    ``others`` are the places by their end (``before``) or by their start."""
    pair = others.get(place.start - 1) if before else others.get(place.end + 1)
    if pair is not None and pair.key != place.key and text[place.start - 1 if before else place.end] == "-":
        return True
    joins = _list_joins(lang)
    seen = {place.key}
    for _ in range(LISTED_PLACES - 1):
        if before:
            m = joins[0].search(text, max(0, place.start - LIST_JOIN_CHARS), place.start)
            other = others.get(m.start()) if m else None
        else:
            m = joins[1].match(text, place.end)
            other = others.get(m.end()) if m else None
        if other is None or other.key in seen:
            return False
        seen.add(other.key)
        place = other
    return True


#: How many places a list must hold for a head after or before it to be no one body.
LISTED_PLACES = 3
#: The most characters a comma or an "and" between two listed places takes, with its spaces.
LIST_JOIN_CHARS = 12


@lru_cache(maxsize=64)
def _list_joins(lang: Language):
    """What joins two places of a list in the language: a comma or its "and", as the end of the text before a place
    and as the start of the text after it."""
    words = _and_words(lang)
    join = rf"(?:\s*,\s*|\s+(?:{words})\s+)" if words else r"\s*,\s*"
    return regex.compile(join + r"\Z", regex.IGNORECASE), regex.compile(join, regex.IGNORECASE)


#: How many more words a place-headed body's name may run on past its head, either way ("İstanbul Emniyet
#: Müdürlüğü Siber Suçlarla Mücadele Şube Müdürlüğü").
RUN_ON_WORDS = 6
#: Classes of the heads that carry a place-headed body's name on: a directorate, a service, a unit.
RUN_ON_CLASSES = PLACE_HEAD_CLASSES | {"OrganizationalUnit"}


def _run_on(text: str, tokens, starts: list[int], start: int, end: int, sentence,
            lang: Language, *, back: bool) -> tuple[int, int, str | None] | None:
    """Where a place-headed body's name runs on past the head it was found by: to another head after it, over
    capitalised words ("İstanbul Emniyet Müdürlüğü Siber … Şube Müdürlüğü", "Алматы қаласы Полиция
    департаментінің", "… kriminalinės policijos tarnyba"), or back to a capitalised head before it, over capitalised
    words and the joining words of names ("Jefatura Superior de Policía de Canarias", "Badan Kepolisian Nasional
    Jepang"). Returns the name's new start and end and its class: None where its heads are all police words
    ("Singapore Police Force": still the place's police), else that of the outermost head (a police head
    inside makes an agency a police one); None where the name does not run on.

    In a script without capitals only heads right next to each other carry the name on. Only a name whose head
    stands before its place (``back``) runs back: a name that starts with its place starts there.
    """
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, end - 1) - 1
    new_start, new_end, classes, inside = start, end, [], [_head_of(tokens[k][2], lang) for k in range(first, last + 1)]
    # on past the head, to the last head of the run
    prev = end
    for k in range(last + 1, min(last + 1 + RUN_ON_WORDS, len(tokens))):
        s, e, word = tokens[k]
        if s >= sentence.end or text[prev:s].strip() not in ("", "-"):
            break
        type_ = _head_of(word, lang)
        if type_ in RUN_ON_CLASSES:
            new_end, outer = e, type_
            classes.append(type_)
        elif not (_capitalised(word) and _name_word(word, lang)):
            break
        prev = e
    if new_end == end and back:
        # back from the name's start, to the first capitalised head of the run
        nxt = start
        for k in range(first - 1, max(-1, first - 1 - RUN_ON_WORDS), -1):
            s, e, word = tokens[k]
            if s < sentence.start or text[e:nxt] != " ":
                break
            f = fold(word)
            type_ = _head_of(word, lang)
            if type_ in RUN_ON_CLASSES and _capitalised(word):
                new_start, outer = s, type_
                classes.append(type_)
            elif f in lang.conjunctions or f in _AND or not (
                    (_capitalised(word) and _name_word(word, lang)) or f in _GLUE or f in lang.role_connectors
                    or f in lang.name_particles):
                break
            nxt = s
    if not classes:
        return None
    if all(c == "LawEnforcementAgency" for c in classes):
        return new_start, new_end, None
    if outer == "GovernmentAgency" and "LawEnforcementAgency" in inside + classes:
        outer = "LawEnforcementAgency"  # "Badan Kepolisian Nasional": the national police agency
    return new_start, new_end, outer


#: The opening of brackets right after a name, and the end of their first item.
_BRACKET_OPENS = regex.compile(r"[ \u00a0]?\(\s*")
_BRACKET_ITEM_ENDS = regex.compile(r"\s*[)/,;]")


def _known_in_brackets(doc: Document, end: int) -> Mention | None:
    """The known organization that opens brackets right after a name, as their first item ("… (BKA)",
    "… (National Police Agency/NPA)"): the name's own body."""
    opening = _BRACKET_OPENS.match(doc.text, end)
    if opening is None:
        return None
    return next((m for m in doc.mentions if m.start == opening.end() and m.method == "registry"
                 and ontology_coarse(m.type) == "Organization" and _BRACKET_ITEM_ENDS.match(doc.text, m.end)), None)


#: The most letters of a word that says where in the language ("i", "v", "в", "în", "di"), and how many of its
#: cues of a seat (``locatedIn``: "med säte i", "so sídlom v") must end with it.
WHERE_WORD_LETTERS = 3
WHERE_WORD_CUES = 2


@lru_cache(maxsize=64)
def _where_words(lang: Language) -> frozenset[str]:
    """The language's short words of where ("in"), read off the ends of its cues of a seat: the word that ends two
    or more of them ("baserad i", "med huvudkontor i": "i")."""
    ends: dict[str, int] = {}
    for cue in lang.relation_cues:
        words = cue.phrase.split()
        if cue.predicate == "locatedIn" and len(words) > 1 and len(words[-1]) <= WHERE_WORD_LETTERS:
            ends[words[-1]] = ends.get(words[-1], 0) + 1
    return frozenset(w for w, n in ends.items() if n >= WHERE_WORD_CUES)


def find_city_police(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A police head, a word of where and a city: that city's police ("polisen i Reutlingen", "полицията в
    Антверпен"), a body of its own, not the country's. The city may be one of GeoNames' many, or a town too small
    to be looked for everywhere (``places.towns``, "polícia v Lüneburgu": the town is then a mention too): the head
    and the word of where vouch for a place. A country there is where a police is, no body ("Polizei in
    Deutschland"); a head inside a longer name is that name's ("Jefatura … de Policía en").
    """
    from . import places

    where = _where_words(lang)
    if not where:
        return []
    text = doc.text
    tokens = _all_tokens(text)
    cities = {m.start: m for m in doc.mentions if m.method in ("cldr", "geonames") and m.type == "City"}
    written = lowercase_words(text)
    found = []
    folded = _all_folded(text)
    for k in range(1, len(tokens) - 1):
        if folded[k] not in where:
            continue
        s, e, head = tokens[k - 1]
        w0, w1, word = tokens[k]
        c0, c1, name = tokens[k + 1]
        if text[e:w0] != " " or text[w1:c0] != " ":
            continue
        if script_of(name[0]) in _CASED and (not name[0].isupper() or not word.islower()):
            continue  # ("Police In Most States Lack Cyber Units": a headline in title case names no town)
        sentence = doc.sentence_of(s)
        if c0 >= sentence.end or _head_of(head, lang) != "LawEnforcementAgency" or _within_a_name(text, tokens, k - 1, lang):
            continue
        if script_of(head[0]) in _CASED and head[0].isupper() and s != sentence.start and not lang.capitalised_nouns:
            continue  # "Guardia Civil en Madrid", "Policía Nacional en …": a body's name, where it acted
        if not _free(s, w1, taken):
            continue
        city = cities.get(c0)
        if city is None:
            town = _town(name, lang, places.towns())
            if town is None or not _free(c0, c1, taken) or written(name):
                continue  # ("Police in Union with banks …", "the union of banks": a word, not the town Union)
            city = Mention(c0, c1, name, town[0], "City", town[1], GEONAMES_TOWN_CONFIDENCE, "geonames")
            found.append(city)
            taken.append((c0, c1))
        police = _police_of(city.key, city.label)
        if police is None:
            continue
        key, type_, label = police
        found.append(Mention(s, city.end, text[s:city.end], key, type_, label, CONFIDENCE["place-head"],
                             "discovery:city-police"))
        taken.append((s, city.end))
    # a town so vouched for is the town wherever the article writes it so ("v nemeckom Lüneburgu")
    for town in [m for m in found if m.type == "City"]:
        for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(town.text)}(?![\p{{L}}\p{{M}}\p{{N}}])", text):
            if _free(m.start(), m.end(), taken):
                found.append(Mention(m.start(), m.end(), town.text, town.key, town.type, town.label, town.confidence,
                                     town.method))
                taken.append(m.span())
    return found


#: Confidence of a town's name read where the words around vouch for a place.
GEONAMES_TOWN_CONFIDENCE = 0.6


def _town(word: str, lang: Language, towns: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The town a word names, as written or less a case ending of the language ("Lüneburgu"): (key, label)."""
    w = fold(word)
    if w in towns:
        return towns[w]
    return next((towns[w[:-len(x)]] for x in affixes.suffixes(lang).of(w) if w[:-len(x)] in towns), None)


@lru_cache(maxsize=4)
def _national_police(registry) -> dict[str, tuple[str, str, str]]:
    """``(key, class, label)`` of the one police force the registry knows of a country, by its ISO code: the
    country's only body (no unit) whose English name says "Police", unless that is a "Criminal Police Office" or
    has a qualifier in brackets ("Punjab Police (Pakistan)")."""
    by_country: dict[str, list] = {}
    for e in registry.entities.values():
        if e.type == "LawEnforcementAgency" and e.country and e.part_of is None and "police" in e.label.casefold():
            by_country.setdefault(e.country, []).append(e)
    return {code: (e.key, e.type, e.label) for code, (e, *others) in by_country.items()
            if not others and "criminal" not in e.label.casefold() and "(" not in e.label}


def _police_of(key: str, label: str) -> tuple[str, str, str] | None:
    """A country's police: the registry's one police force of it, or a body of its own ("Police (Greece)"); None
    for a part of the world ("Evropská policie", "Asian police": the forces of many countries, no one body)."""
    from . import places
    from .registry import load_registry

    place = places.places().get(key)
    if place is not None and place.type == "Region" and place.code.isdigit():
        return None
    known = _national_police(load_registry()).get(place.code) if place is not None else None
    return known or (f"{key}-police", "LawEnforcementAgency", f"Police ({label})")


def _within_a_name(text: str, tokens, first: int, lang: Language) -> bool:
    """Whether a head word, at most two joining words ("der", "de la") before the token ``first``, makes the
    words from there on part of its body's name."""
    k = first - 1
    for _ in range(3):
        if k < 0 or text[tokens[k][1]:tokens[k + 1][0]] != " ":
            return False
        word = tokens[k][2]
        if _head_of(word, lang) is not None or (word[:1].isupper() and _compound_head(word, lang, bare=True)):
            return True  # ("Generalinspektion": a compound ending with a head)
        f = fold(word)
        if not (f in _GLUE or f in _ARTICLES or f in lang.role_connectors or f in lang.name_particles):
            return False
        k -= 1
    return False


def find_demonym_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A country's adjective right before or after a police head word: that country's police.

    "la police nigériane", "griechische Polizei", "nizozemská policie", "الشرطة المغربية", "המשטרה הצרפתית":
    the adjective begins with the country's name in the language, but for a short ending (``DEMONYM_ENDING``
    letters at most; the name may drop one of ``_COUNTRY_ENDS``). The body is the country's police, one node with
    the place-headed "Hollanda polisi" (the same key).
    """
    from . import places

    text = doc.text
    tokens = _all_tokens(text)
    known = places.places()
    found = []
    for k, (s, e, word) in enumerate(tokens):
        if _head_of(word, lang) != "LawEnforcementAgency":
            continue
        sentence = doc.sentence_of(s)
        for j in (k + 1, k - 1):
            if not 0 <= j < len(tokens):
                continue
            s2, e2, other = tokens[j]
            gap = text[e:s2] if j > k else text[e2:s]
            if gap != " " or not other.isalpha() or len(other) < 4 or _head_of(other, lang) is not None \
                    or not sentence.start <= s2 < sentence.end:
                continue
            country = country_of_adjective(other, lang)
            if country is None:
                continue
            start, end = min(s, s2), max(e, e2)
            if not _free(start, end, taken):
                continue
            if _within_a_name(text, tokens, min(k, j), lang):
                continue  # "Generalinspektion der rumänischen Polizei": a word of another body's name
            police = _police_of(*country)
            if police is None:
                continue
            key, type_, label = police
            name = text[start:end]
            found.append(Mention(start, end, name, key, type_, label, CONFIDENCE["place-head"],
                                 "discovery:demonym-head"))
            taken.append((start, end))
            break
    return found


def find_glued_place_headed(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """A police head written onto a country's or a city's name, in a script without spaces between words.

    "ตำรวจกัมพูชา" (Cambodia's police), "ប៉ូលិសហុងកុង" (Hong Kong's), "ထိုင်းရဲ" (Thailand's), "オランダ警察" (the
    Netherlands'): the head right before the place, or right after it (where the language puts the head last,
    that way first). The body is that place's police, as :func:`find_place_headed` names it; the place stays a
    mention of its own.
    """
    text = doc.text
    heads = sorted((h for h, c in lang.org_heads.items() if c == "LawEnforcementAgency" and " " not in h),
                   key=len, reverse=True)
    if not heads:
        return []
    places = [m for m in doc.mentions if m.method == "cldr" and m.type in ("Country", "City")
              and is_unspaced(text[m.start:m.start + 1])]
    spans = {(p.start, p.end) for p in places}
    others = Taken(t for t in taken if t not in spans)
    found = []
    for place in places:
        # (folding may change a head's length: Thai "ำ" is two characters folded)
        before = next((n for h in heads for n in (len(h), len(h) - 1, len(h) - 2)
                       if 0 < n <= place.start and fold(text[place.start - n:place.start]) == h), 0)
        after = next((n for h in heads for n in (len(h), len(h) - 1, len(h) - 2)
                      if n > 0 and fold(text[place.end:place.end + n]) == h), 0)
        sides = [(0, after), (before, 0)] if lang.verb_final else [(before, 0), (0, after)]
        span = next(((place.start - b, place.end + a) for b, a in sides if b or a), None)
        if span is None or not _free(*span, others):
            continue
        start, end = span
        police = _police_of(place.key, place.label)
        if police is None:
            continue
        key, type_, label = police
        found.append(Mention(start, end, text[start:end], key, type_, label, CONFIDENCE["place-head"],
                             "discovery:place-head"))
        taken.append(span)
        others.append(span)
    return found


def _head_before(text: str, tokens, j: int, place: Mention, sentence, lang: Language):
    """A capitalised head a few lowercase words before a place: "Министерства внутренних дел Казахстана",
    "Прокуратурата на Република България", "Generalinspektion der rumänischen Polizei" is not (its head is
    after). The words between are the body's own ("внутренних дел"); a capitalised adjective right before a
    lowercase head starts the name ("Генеральная прокуратура Украины"). Returns the span and those words."""
    between: list[str] = []
    prev = place.start
    for k in range(j, max(-1, j - HEAD_BEFORE_WORDS - 1), -1):
        s, e, word = tokens[k]
        if s < sentence.start or text[e:prev].strip() not in ("",):
            break
        type_ = _head_of(word, lang)
        if type_ in PLACE_HEAD_CLASSES:
            start = s
            if not word[0].isupper():
                if k == 0 or not tokens[k - 1][2][0].isupper() or text[tokens[k - 1][1]:s].strip():
                    return None, []
                start = tokens[k - 1][0]  # "Генеральная прокуратура"
            return (start, place.end, type_), list(reversed(between))
        if any(c.isdigit() for c in word) or fold(word) in lang.conjunctions:
            break
        if _not_a_connector(word, lang):
            break  # "Polizei in Deutschland", "desarticuló en la Argentina": the police in a country, a verb's place
        if word.islower() and _predicate_word(word, lang):
            break  # "Policja współpracowała z Niemcami": the police worked with Germany, no body of Germany's
        between.append(word)
        prev = s
    return None, []


#: The longest lowercase word read as a function word between a head and its place ("дел", affairs, is a noun).
SHORT_WORD = 2


def _not_a_connector(word: str, lang: Language) -> bool:
    """Whether a word between a body's head and a place is a preposition of where or a short function word that
    joins no name: none of the language's connectors ("of", "da", "на", "wa") nor a particle of names."""
    f = fold(word)
    if f in set(lang.role_connectors) | set(lang.name_particles) | _GLUE:
        return False
    return f in _WHERE or (word.islower() and len(word) <= SHORT_WORD and f not in _PREPOSITIONS)


@lru_cache(maxsize=64)
def _predicate_stems(lang: Language) -> tuple[str, ...]:
    """The language's relation cues of one word ("współprac", "kooper"): the stems of what bodies do together,
    no words of a body's name."""
    return tuple(sorted({c.phrase for c in lang.relation_cues if " " not in c.phrase and len(c.phrase) >= 5}))


def _predicate_word(word: str, lang: Language) -> bool:
    """Whether a word begins with one of :func:`_predicate_stems`."""
    return fold(word).startswith(_predicate_stems(lang))


#: How many words may stand between a head and the place that ends a body's name.
HEAD_BEFORE_WORDS = 4


#: Quotes that may stand around a listed name ("«Київстар», «Vodafone Україна» та lifecell").
_LIST_QUOTES = "«»“”„\"‘’‹›"
#: How many words a listed name may have; how far a list may run from a known name; how far apart two known
#: names may stand for what lies between them to be listed with them.
LIST_ITEM_WORDS, LIST_SPAN, LIST_GAP = 4, 240, 120


def _past_quotes(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos] in _LIST_QUOTES:
        pos += 1
    return pos


def _past_space(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos


def _listed_item(text: str, pos: int, hi: int, lang: Language,
                 stops: dict[int, Mention], *, last: bool = False) -> tuple[int, int, list[str]] | None:
    """The capitalised name of a list's item that starts at ``pos``, past an opening quote and a lowercase article
    ("et la MAIF", "«Київстар»"): its span and its words, or None where the item is no name of its own (the first
    words of a longer phrase, a role, the head of a quoted name). A known name at ``stops`` ends the item; an
    ampersand joins two words of it ("RCS & RDS"). The ``last`` item of a list, after its "and", may be followed by
    anything but another name's words ("KPN, VodafoneZiggo en Odido werkten mee")."""
    pos = _past_quotes(text, pos, hi)
    tokens = _tokens(text, pos, hi)
    lead = set(lang.name_particles) | _ARTICLES | _GLUE
    i, at = 0, pos
    while i < len(tokens) and i < 2 and tokens[i][2].islower() and fold(tokens[i][2]) in lead:
        if text[at:tokens[i][0]].strip():
            return None
        at, i = tokens[i][1], i + 1
    words: list[tuple[int, int, str]] = []
    for s, e, w in tokens[i:]:
        if (text[at:s].strip() and not (words and text[at:s].strip() == "&" and _capitalised(w))) \
                or len(words) == LIST_ITEM_WORDS or s in stops:
            break
        if not _capitalised(w) and not (words and fold(w) in _GLUE and fold(w) not in _AND):
            break
        words.append((s, e, w))
        at = e
    while words and not _capitalised(words[-1][2]):
        words.pop()
    if not words or _is_role(fold(words[0][2]), _role_words(lang)):
        return None
    end = words[-1][1]
    if _past_space(text, end, hi) not in stops:
        if re.match(rf"\s*[{_LIST_QUOTES}]\s*\w", text[end:hi]):
            return None  # the head of a quoted name ("Асоціація «Український союз…»")
        if _list_goes_on(text, _past_quotes(text, end, hi), lang) is None and not (
                last and (nxt := _TOKEN.match(text, _past_space(text, end, hi))) and nxt.group().islower()):
            return None  # the first words of a longer phrase ("Australskom saveznom policijom")
    return words[0][0], end, [w for _, _, w in words]


def _short_forms(known: list[Mention]) -> dict[str, Mention]:
    """The known organizations by the last words of their names as written ("Secret Service" of "U.S. Secret
    Service"), two words or more."""
    forms: dict[str, Mention] = {}
    for m in known:
        words = m.text.split()
        for k in range(1, len(words) - 1):
            forms.setdefault(fold(" ".join(words[k:])), m)
    return forms


def find_listed(doc: Document, lang: Language, taken: TakenSpans, known: list[Mention]) -> list[Mention]:
    """Capitalised names listed with known organizations ("Microsoft, Veridian și PayPal").

    A list runs from a known organization on, by commas and the language's "and", past what stands in brackets
    after a name ("P4 (operator sieci Play)") and quotes around one ("«Київстар»"). The names listed before
    another known organization of the sentence, close enough, are organizations; so are those after the last
    one where an "and" ends the list ("…, Microsoft, Google, La Poste, AXA et la MAIF"). A listed name that ends
    a known one of the text ("the Secret Service" after "U.S. Secret Service") is that one.
    """
    from ..ontology import load as load_ontology

    ontology = load_ontology()
    text = doc.text
    org_mentions = [m for m in known if ontology.coarse_type(m.type) == "Organization"]
    orgs = {m.start: m for m in org_mentions}
    starts = sorted(orgs)
    short = _short_forms(org_mentions)
    places = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS}
    gap_pattern = _list_gap(lang)
    found: list[Mention] = []
    done_until = -1
    for a in sorted(org_mentions, key=lambda m: m.start):
        if a.start < done_until:
            continue
        sentence = doc.sentence_of(a.start)
        hi = min(sentence.end, a.end + LIST_SPAN)
        pos = last_known = a.end
        pending: list[tuple[int, int, list[str]]] = []
        committed: list[tuple[int, int, list[str]]] = []
        kinds = {a.type}
        while True:
            gap = gap_pattern.match(text, _past_quotes(text, pos, hi))
            item = None
            if gap is not None and gap.end() < hi:
                nxt = _past_quotes(text, gap.end(), hi)
                if nxt in orgs:
                    committed += pending
                    pending, pos = [], orgs[nxt].end
                    kinds.add(orgs[nxt].type)
                    last_known = pos
                    continue
                item = _listed_item(text, gap.end(), hi, lang, orgs)
            if item is None:
                # the names read so far stand before a known one close by ("Elisa, LHV, politsei, …, SEB")
                k = bisect_right(starts, pos)
                if k < len(starts) and starts[k] < sentence.end and starts[k] - last_known <= LIST_GAP:
                    committed += pending
                break
            pending.append(item)
            pos = item[1]
            if (nxt := _past_space(text, pos, hi)) in orgs:
                if lang.capitalised_nouns and len(item[2]) == 1 and nxt > pos:
                    pending.pop()  # a noun that says what the next one is ("der Zahlungsdienstleister Mastercard")
                committed += pending
                pending, pos = [], orgs[nxt].end
                kinds.add(orgs[nxt].type)
                last_known = pos
            elif fold(re.sub(r"\([^()]*\)", "", gap.group())).strip(" ,"):
                # an "and" before it: the list's last name; unless the short form in brackets after it holds it
                # and more, when the "and" was inside the name before ("Kementerian Koperasi dan UKM (Kemenkop UKM)")
                short_form = re.match(r"\s*\(([^()]{1,40})\)", text[pos:hi])
                if not (short_form and item[2][-1] in short_form.group(1).split()
                        and fold(short_form.group(1)) != fold(" ".join(item[2]))):
                    committed += pending
                break
        done_until = pos
        if sum((s, e) in places for s, e, _ in committed) >= 2:
            continue  # a list of places ("policije Austrije, Belgije, … i Ujedinjene Kraljevine")
        # a list names things of one kind: the names listed with banks only are banks' names
        kinds.discard("Organization")
        kind = kinds.pop() if len(kinds) == 1 else "Organization"
        for s, e, words in committed:
            if not _free(s, e, taken):
                continue
            label = " ".join(words)
            same = short.get(fold(label))
            key, type_, label = (same.key, same.type, same.label) if same else (slug(label), kind, label)
            found.append(Mention(s, e, text[s:e], key, type_, label, CONFIDENCE["list"], "discovery:list"))
            taken.append((s, e))
    return found


#: How many lowercase words may stand between a kind's word and the list of names after it ("operadoras de
#: telefonia Claro, …"); how many names a list after a kind's word holds at least, and after words that say
#: the names are some of them ("tra cui TIM e Fastweb"), with as many as ``KIND_SOME_WORDS`` lowercase words before
#: those ("furnizori de servicii de internet, între care …").
KIND_LEAD_WORDS, KIND_LIST_NAMES, KIND_SOME_NAMES, KIND_SOME_WORDS = 3, 3, 2, 5


@lru_cache(maxsize=64)
def _including_words(lang: Language) -> regex.Pattern | None:
    """The words that say the names after them are some of the kind before (``[entities] including``: "including",
    "tra cui"), after a comma, a dash or a colon, if any, and with the spaces after them."""
    if not lang.including:
        return None
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(lang.including, key=len, reverse=True))
    return regex.compile(rf"(?:[,:–—-]\s*)?(?:{words})(?![\w-])\s*", regex.IGNORECASE)


@lru_cache(maxsize=64)
def _kind_words(lang: Language) -> regex.Pattern | None:
    if not lang.list_kinds:
        return None
    words = "|".join(regex.escape(w) for w in sorted(lang.list_kinds, key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])(?:{words})(?![\w-])", regex.IGNORECASE)


def find_kind_listed(doc: Document, lang: Language, taken: TakenSpans, known: list[Mention]) -> list[Mention]:
    """Names listed after a plural word for their kind, an "and" before the last ("czterej najwięksi operatorzy:
    Orange Polska, P4 (operator sieci Play), Polkomtel i T-Mobile Polska"; ``[entities] list_kinds``): three names
    or more (known ones count), of the kind's class. A list that names a place is none of bodies."""
    pattern = _kind_words(lang)
    if pattern is None:
        return []
    including_pattern = _including_words(lang)
    from ..ontology import load as load_ontology

    ontology = load_ontology()
    text = doc.text
    orgs = {m.start: m for m in known if ontology.coarse_type(m.type) == "Organization"}
    places = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS}
    gap_pattern = _list_gap(lang)
    found: list[Mention] = []
    for cue in pattern.finditer(text):
        if cue.group()[0].isupper() and not lang.capitalised_nouns:
            continue  # the first word of a name ("Bank Islam"), not a kind's
        sentence = doc.sentence_of(cue.start())
        hi = min(sentence.end, cue.end() + LIST_SPAN)
        # the words that qualify the kind ("de telefonia", "za simu"), then the first name, or the words that say
        # the names are some of them ("furnizori de servicii de internet, între care A, B și C": among which)
        pos, lead, including = cue.end(), 0, False
        while True:
            pos = _past_space(text, pos, hi)
            if pos < hi and text[pos] == ":":
                pos += 1
                continue
            if (some := including_pattern.match(text, pos) if including_pattern else None) is not None:
                pos, including = some.end(), True
                break
            word = _TOKEN.match(text, pos)
            if word is None or _capitalised(word.group()) or not word.group().islower() or lead == KIND_SOME_WORDS:
                break
            pos, lead = word.end(), lead + 1
        if lead > KIND_LEAD_WORDS and not including:
            continue
        names, count, closed = [], 0, False
        start = _past_quotes(text, pos, hi)
        if start in orgs:
            count, pos = 1, orgs[start].end
        elif (item := _listed_item(text, pos, hi, lang, orgs)) is not None:
            names, count, pos = [item], 1, item[1]
        else:
            continue
        while not closed:
            gap = gap_pattern.match(text, _past_quotes(text, pos, hi))
            if gap is None or gap.end() >= hi:
                break
            closed = bool(fold(re.sub(r"\([^()]*\)", "", gap.group())).strip(" ,"))
            nxt = _past_quotes(text, gap.end(), hi)
            if nxt in orgs:
                count, pos = count + 1, orgs[nxt].end
                continue
            item = _listed_item(text, gap.end(), hi, lang, orgs, last=closed)
            if item is None:
                closed = False
                break
            names.append(item)
            count, pos = count + 1, item[1]
        if not closed or count < (KIND_SOME_NAMES if including else KIND_LIST_NAMES) \
                or any((s, e) in places for s, e, _ in names):
            continue
        kind = lang.list_kinds[fold(cue.group())]
        for s, e, words in names:
            # a listed name that holds places, and more, is a company's business there ("Orange România", "Telekom
            # Romania"), one mention that holds them
            method = "discovery:list" if _free(s, e, taken) else NATIONAL if len(words) > 1 and all(
                t in places and s <= t[0] and t[1] <= e for t in taken if t[0] < e and s < t[1]) else None
            if method is not None:
                label = " ".join(words)
                found.append(Mention(s, e, text[s:e], slug(label), kind, label, CONFIDENCE["list"], method))
                taken.append((s, e))
    return found


#: A capital between small letters inside a word ("HypoVereinsbank", "BtcTurk", "iServer"), or two capitals before
#: small letters ("REvil"): the shape of brands, not of words ("DDoS") nor of surnames ("McCarthy", "DiCaprio").
_BRAND = regex.compile(r"^(?!(?:Mc|Mac|Di|De|Da|Le|La|Van|Von|Fitz)\p{Lu})\p{L}*\p{Ll}\p{Lu}\p{Ll}|^\p{Lu}{2}\p{Ll}{2}")
#: The capitalised parts of a word written with capitals inside ("Telegram", "Facebook" of "TelegramFacebook").
_PARTS = regex.compile(r"\p{Lu}\p{Ll}{3,}")
#: Shortest head word a compound name may end with ("Agribank"), and the shortest part before it.
COMPOUND_HEAD, COMPOUND_LEFT = 4, 3


def _ends_with_head(word: str, lang: Language) -> bool:
    """Whether a folded word is a compound that ends with one of the language's head words of four letters or more,
    after three letters or more of its own ("riigipolitsei", "liidukriminaalamet", "pangaliit")."""
    return any(len(word) - len(h) >= COMPOUND_LEFT and word[:len(word) - len(h)].isalpha()
               for h in _compound_heads(lang).longest(word))


@lru_cache(maxsize=64)
def _compound_heads(lang: Language) -> affixes.Affixes:
    """The head words long enough to end a brand's compound name ("Agribank"), looked up by a word's end."""
    return affixes.Affixes(h for h in lang.org_heads if len(h) >= COMPOUND_HEAD and h.isalpha())


def find_brands(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """One-word names whose shape is a brand's, even where the article writes them once.

    - A word written with a capital inside ("HypoVereinsbank", "VietinBank", "BtcTurk'e", "iServer"), in a
      script with capitals.
    - A capitalised word that ends with an organization's head word of the language ("Agribank",
      "Techcombank"), away from a sentence's start, never written in lowercase, in a language that does not
      capitalise every noun (German "Datenbank" is a word).
    A suffix after an apostrophe ("BtcTurk'e") stays in the mention and out of the name.
    """
    text = doc.text
    starts = {s.start for s in doc.sentences}
    heads = _compound_heads(lang)
    written_in_lowercase = lowercase_words(text)
    words = {token for _, _, token in _all_tokens(text)}
    from .registry import load_registry

    known = load_registry().entities
    found = []
    tokens = _all_tokens(text)
    after = -1  # the last token a name took

    def joined(a: tuple[int, int, str], b: tuple[int, int, str], edge: tuple[int, int, str]) -> bool:
        return (text[a[1]:b[0]] == " " and _capitalised(edge[2]) and fold(edge[2]) not in _ARTICLES
                and fold(edge[2]) not in _GLUE and _free(edge[0], edge[1], taken))

    # a country's name right before a compound of a head is the body's ("Läti Riigipolitsei", "Eesti Pangaliit"):
    # it stays a mention of its own, inside the body's name
    countries = {(m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS and m.type == "Country"}

    def country_before(k: int) -> bool:
        return k > 0 and (tokens[k - 1][0], tokens[k - 1][1]) in countries and text[tokens[k - 1][1]:tokens[k][0]] == " "

    for i, (start, end, token) in enumerate(tokens):
        if i <= after or len(token) < 4 or script_of(token[0]) not in _CASED:
            continue
        name = re.split(r"['’]", token, maxsplit=1)[0]
        if len(name) < 4 or not name.isalpha() or text[start - 1:start] in ("#", "@") or name.endswith("aaS"):
            continue  # a hashtag or a handle (a campaign's, a person's), "RaaS": ransomware as a service
        if any(c.isdigit() for c in token) or not _free(start, end, taken):
            continue
        if _BRAND.search(name):
            parts = _PARTS.findall(name)
            if len(parts) > 1 and all(p in words or slug(p) in known for p in parts):
                continue  # "TelegramFacebook": names glued by a lost line break (each a word of the text or a known name)
        else:
            folded = fold(name)
            placed = country_before(i)
            if (lang.capitalised_nouns or not name[0].isupper()
                    or not placed and (start in starts or _after_sentence_start(text, start, starts))
                    or not any(len(folded) - len(h) >= COMPOUND_LEFT for h in heads.longest(folded))):
                continue
            if written_in_lowercase(name):
                continue
            if placed:
                s0 = tokens[i - 1][0]
                found.append(Mention(s0, end, text[s0:end], slug(text[s0:end]), "Organization", text[s0:end],
                                     CONFIDENCE["brand"], "discovery:brand"))
                taken.append((s0, end))
                after = i
                continue
        # the capitalised words around it are the rest of its name ("FinTech FinCrime Exchange")
        lo = hi = i
        while lo > 0 and hi - lo < 3 and tokens[lo - 1][0] not in starts and joined(tokens[lo - 1], tokens[lo],
                                                                                     tokens[lo - 1]):
            lo -= 1
        while hi + 1 < len(tokens) and hi - lo < 3 and joined(tokens[hi], tokens[hi + 1], tokens[hi + 1]):
            hi += 1
        start, end, after = tokens[lo][0], tokens[hi][1], hi
        written = text[start:end]
        name = text[start:tokens[hi][0]] + re.split(r"['’]", tokens[hi][2], maxsplit=1)[0]
        found.append(Mention(start, end, written, slug(name), "Organization", name, CONFIDENCE["brand"],
                             "discovery:brand"))
        taken.append((start, end))
    return found


#: A company's legal form written in capitals, then a quoted name ("ОАО «Сбер Банк»", "ПрАТ «Київстар»").
_FORM_QUOTED = regex.compile(r"(?<![\w-])(\p{Lu}[\p{Lu}\p{Ll}]{1,4})[ \u00a0]*[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"]")
#: The method of a company's name with its legal form before it: the names inside are no mentions of their own.
FORM_QUOTED = "discovery:form"


def find_form_quoted(doc: Document, lang: Language, taken: TakenSpans, known: list[Mention]) -> list[Mention]:
    """A company's legal form, abbreviated in capitals (one of the language's heads of companies), and a quoted name
    after it ("ОАО «АСБ Беларусбанк»", "ЗАО «Приорбанк»"): the company's name, one mention with its form; the form
    alone names nothing. The quoted name a known or found name is, is that body's; a quoted name that holds a known
    company's and more ("ОАО «Сбер Банк»" beside Sber) is a company of its own."""
    text = doc.text
    bodies = {(m.start, m.end): m for m in known if m.type != "Person" and ontology_coarse(m.type) == "Organization"}
    found = []
    for m in _FORM_QUOTED.finditer(text):
        form = m.group(1)
        if sum(c.isupper() for c in form) < 2 or lang.org_heads.get(fold(form)) != "Company":
            continue
        name, s, e = m.group(2).strip(), m.start(2), m.end(2)
        if not _capitalised(name) and not name[0].isdigit():
            continue
        s += len(m.group(2)) - len(m.group(2).lstrip())
        e -= len(m.group(2)) - len(m.group(2).rstrip())
        if not _free(m.start(), m.start(1) + len(form), taken):
            continue
        same = bodies.get((s, e))
        if same is not None:  # (the form says what the name alone did not: a company)
            key, type_, label = same.key, "Company" if same.type == "Organization" else same.type, same.label
        elif all((t in bodies and bodies[t].method == "registry") for t in taken if t[0] < e and s < t[1]):
            key, type_, label = slug(name), "Company", name
        else:
            continue
        found.append(Mention(m.start(), m.end(), text[m.start():m.end()], key, type_, label, CONFIDENCE["head"],
                             FORM_QUOTED))
        taken.append((m.start(), m.end()))
    return found


def _main_script(doc: Document) -> str:
    """The script most of the document's letters are written in."""
    counts: dict[str, int] = {}
    for ch, n in Counter(doc.text[:5000]).items():
        if ch.isalpha():
            sc = script_of(ch)
            counts[sc] = counts.get(sc, 0) + n
    return max(counts, key=counts.get) if counts else ""


def find_names(doc: Document, lang: Language, taken: TakenSpans, others: list[Mention] = (),
               people: list[Mention] = ()) -> list[Mention]:
    """Names by their shape: what else could they be than an organization, in this news?

    - In a text whose script has no capitals (Thai, Devanagari, Arabic, Han …),
      a run of capitalised Latin words written at least twice is a name.
    - In a cased script, a capitalised run that stands away from a sentence's
      start at least twice, and that the text never writes in lowercase, is a
      name. Languages that capitalise their nouns (``capitalised_nouns = true``)
      only take acronyms and multi-word runs.
    - Never: a bracket right after a known name ("Binance (BNB)": a ticker), a
      currency, a month, a role or an operation word.
    Names found here are organizations unless another stage said otherwise, or an honorific begins them
    (a person's alias: "Dr Hex"); ``others``, names found
    before, count as items of a list ("BlackRock, Robinhood").
    """
    text = doc.text
    main_script = _main_script(doc)
    stop = (set(lang.months) | set(lang.operation_words) | set(lang.operation_words_after) | set(lang.currencies)
            | _role_words(lang) | _role_words(language("en")))
    runs = _capital_runs(doc, lang, glue=_GLUE | frozenset(lang.name_particles), max_tokens=4)
    known_ends = {m.end for m in doc.mentions}
    starts = {s.start for s in doc.sentences}
    written_in_lowercase = lowercase_words(text)
    by_name: dict[str, list[tuple[int, int]]] = {}
    # (the people found: a name glued after one is read apart from it)
    people = SpanSet((m.start, m.end) for m in (*doc.mentions, *people) if m.type == "Person")
    for run in (part for whole in runs for part in _free_parts(whole, taken, people)):
        words = [fold(w) for _, _, w in run]
        if len(run) > 4 or any(w in stop for w in words):
            continue
        start, end = run[0][0], run[-1][1]
        name = text[start:end]
        letters = [c for c in name if c.isalpha()]
        if len(letters) < 2:
            continue
        if any(text[k:start].strip() == "(" for k in (start - 3, start - 2, start - 1) if k in known_ends):
            continue  # "Binance (BNB)": a ticker or short name of what stands before it
        by_name.setdefault(name, []).append((start, end))
    found = []
    generic = _generic_words()
    honorifics = set(lang.honorifics) | set(language("en").honorifics)
    written_in_lowercase.prepare(by_name)
    # (known bodies count as items of such a list: "Kcell, Beeline, Tele2 және Altel")
    listed = _listed_foreign(doc, lang, by_name, main_script,
                             [*others, *(m for m in doc.mentions if m.method.startswith("registry"))])
    for name, spans in sorted(by_name.items()):
        acronym = name.replace("-", "").isupper()
        if " " not in name and fold(name) in generic:
            continue  # "Cybercrime": a word many known names are made of, not a name
        if " " not in name and not acronym and _head_of(name, lang):
            continue  # "Službe", "Kaunti": a body's head word alone, in any case, names no one body
        if _amount_shaped(name, lang):
            continue  # "RM20", "RM7.2": a currency written onto its number
        if written_in_lowercase(name) and not acronym:
            continue  # written in lowercase too: an ordinary word
        inside = [sp for sp in spans if sp[0] not in starts and not _after_sentence_start(text, sp[0], starts)
                  and not (" " not in name and _after_a_place_word(text, sp[0], lang))]
        if script_of(name[0]) in _CASED and script_of(name[0]) != main_script:
            # a Latin name in a text of another script, more than once or in a list of such names
            ok = len(spans) >= 2 or name in listed
        elif lang.capitalised_nouns:
            ok = (acronym or " " in name) and len(inside) >= 2
        else:
            ok = len(inside) >= 2
        if not ok:
            continue
        # a name after an honorific is a person's, an alias too ("Dr Hex")
        type_ = "Person" if " " in name and fold(name.split()[0].rstrip(".")) in honorifics else "Organization"
        for s, e in spans:
            if _free(s, e, taken):
                found.append(Mention(s, e, text[s:e], slug(name), type_, name, CONFIDENCE["name"],
                                     "discovery:name"))
                taken.append((s, e))
    return found


def _amount_shaped(name: str, lang: Language) -> bool:
    """Whether a word is a currency of the language written onto a number ("RM20", "Rp500", "R$15")."""
    m = re.match(r"(\D+?)\d", name)
    return bool(m) and fold(m.group(1)) in lang.currencies


def _free_parts(run: list[tuple[int, int, str]], taken: TakenSpans,
                people: SpanSet) -> list[list[tuple[int, int, str]]]:
    """A run, or where it begins with a person's name found before and a glue word, the rest of it: "Kamilla
    Sharma i Nkom" with the person found is "Nkom" ("i", in, glues no name to a person's)."""
    if _free(run[0][0], run[-1][1], taken):
        return [run]
    k = 0
    while k < len(run) and _capitalised(run[k][2]) and people.overlaps(run[k][0], run[k][1]):
        k += 1
    rest = run[k + 1:]
    if k == 0 or k >= len(run) or _capitalised(run[k][2]) or not rest or not _capitalised(rest[0][2]) \
            or not _free(rest[0][0], rest[-1][1], taken):
        return []
    return [rest]


def _listed_foreign(doc: Document, lang: Language, by_name: dict[str, list[tuple[int, int]]],
                    main_script: str, others: list[Mention] = ()) -> set[str]:
    """Names in another script than the text's that stand in a list of two or more such names.

    "Kcell, Beeline, Tele2 және Altel" in a Kazakh article: commas, semicolons or the language's
    conjunctions, and nothing else, between them.
    """
    spans = sorted([(s, e, name) for name, sps in by_name.items() for s, e in sps
                    if script_of(name[0]) in _CASED and script_of(name[0]) != main_script]
                   + [(m.start, m.end, "") for m in others if script_of(m.text[0]) != main_script])
    listed: set[str] = set()
    for (_, a_end, a), (b_start, _, b) in zip(spans, spans[1:]):
        gap = fold(doc.text[a_end:b_start]).strip()
        if len(gap) <= 12 and (gap.strip(",;、，") == "" or gap.strip(",;、， ") in lang.conjunctions):
            listed.update((a, b))
    return listed


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words that stand in the names of three or more known organizations ("police", "cybercrime"); made once per
    registry, then loaded from the cache."""
    from .registry import derived, load_registry

    registry = load_registry()
    return derived(registry, "generic-words", lambda: _words_of_three(registry))


def _words_of_three(registry) -> frozenset[str]:
    seen: dict[str, set[str]] = {}
    for e in registry.entities.values():
        for text, _, _ in e.names:
            words = fold(text).split()
            if len(words) > 1:
                for w in words:
                    seen.setdefault(w, set()).add(e.key)
    return frozenset(w for w, keys in seen.items() if len(keys) >= 3)


def _after_sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    """Whether only punctuation or quotes stand between a sentence's start and ``pos``."""
    i = pos
    while i > 0 and not text[i - 1].isalnum() and text[i - 1] != "\n":
        i -= 1
    return i in starts or i == 0 or text[i - 1] == "\n"


# ---------------------------------------------------------------- operations


#: One or two lowercase words between an operation word and a quoted name, the quote next.
_ADJECTIVES_BEFORE_QUOTE = regex.compile(r"((?:[ \u00a0]+\p{Ll}[\p{Ll}\p{M}-]*){1,2})[ \u00a0]*(?=[«“\"„‘'])")


def find_operations(doc: Document, lang: Language, taken: TakenSpans) -> list[Mention]:
    """An operation word and the name after it; later, the bare name."""
    text = doc.text
    folded_words = set(lang.operation_words)
    tails = {ow.split("'")[-1] for ow in folded_words}  # "opération" of "l'opération"
    found: list[Mention] = []
    tokens = _all_tokens(text)
    names: dict[str, Mention] = {}
    folded = _all_folded(text)
    for idx, (s, e, word) in enumerate(tokens):
        w = folded[idx]
        if w not in folded_words and w not in tails:
            continue
        rest = text[e:e + 80]
        name_start = name_end = None
        q = _QUOTED.match(rest.lstrip())
        if not q and lang.operation_adjectives:
            # an adjective of the language between the word and a quoted name ("operazione internazionale
            # "X"", "operación conjunta «X»"); a preposition there names something else ("contro "X"")
            skipped = _ADJECTIVES_BEFORE_QUOTE.match(rest)
            if skipped and all(fold(a) in lang.operation_adjectives for a in skipped.group(1).split()):
                e2 = e + skipped.end(1)
                rest = text[e2:e2 + 80]
                q = _QUOTED.match(rest.lstrip())
                e = e2 if q else e
        if q:
            offset = e + len(rest) - len(rest.lstrip())
            name_start, name_end = offset + q.start(1), offset + q.end(1)
        else:
            following = _name_after(text, tokens, idx, e, lang, taken)
            if following:
                name_start, name_end = following[0][0], following[-1][1]
            elif s and text[s - 1] in _OPENING_QUOTES.values() and _uncased_word(rest.lstrip()):
                # "'ஆபரேஷன் திரைநீக்கு-2'", "'ऑपरेशन चक्र-II'": in a script without capitals, the quotes
                # around the word and the name end the name
                closing = _CLOSING_OF.get(text[s - 1], text[s - 1])
                end = text.find(closing, e, e + 60)
                inside = text[e:end] if end > 0 else ""
                if inside.strip() and not _NAME_END.search(inside.replace(".", "")) and len(inside.split()) <= 4:
                    name_start, name_end = e + len(inside) - len(inside.lstrip()), e + len(inside.rstrip())
        if name_start is None:
            continue
        name = text[name_start:name_end].strip()
        if q and text[name_end:name_end + 2].lstrip()[:1] in _CLOSING_QUOTES:
            name_end = text.index(text[name_end:name_end + 2].lstrip()[:1], name_end) + 1  # the closing quote too
        if not name or not _free(s, name_end, taken) or _ordinary_words(text, name, lang):
            continue
        label = f"Operation {name}"
        key, label = known_operation(name) or (slug(label), label)
        mention = Mention(s, name_end, text[s:name_end], key, "Operation", label, CONFIDENCE["operation"],
                          "discovery:operation")
        found.append(mention)
        names[name] = mention
        taken.append((s, name_end))
    found += _operations_named_before(doc, lang, taken, names)
    found += _operations_quoted_near(doc, lang, taken, names)
    found += _operations_named_bare(doc, lang, taken, names)
    found += _campaigns(doc, lang, taken, names)
    occurrences = literal_matches(text, {name: _bounded_word(name, r"(?![\w.-]*\w)") for name in names})
    for name, op in names.items():
        for s, e in occurrences[name]:
            if _free(s, e, taken):
                found.append(Mention(s, e, text[s:e], op.key, "Operation", op.label,
                                     CONFIDENCE["operation-name"], "discovery:operation-name"))
                taken.append((s, e))
    return found


#: The shortest prefix of the language (an article with or without a particle: Arabic "ال", "بال") whose forms of
#: a name's words make them ordinary words.
ARTICLE_PREFIX = 2


def _ordinary_words(text: str, name: str, lang: Language) -> bool:
    """Whether a name in a script without capitals is made of the language's ordinary words: each one written
    elsewhere in the text with an article prefix of the language, as a noun or adjective is and a name is not
    ("عمليات «احتيال عاطفي»", operations of romance fraud, beside "الاحتيال العاطفي")."""
    words = name.split()
    if not words or script_of(name[0]) in _CASED or is_unspaced(name[0]):
        return False
    prefixes = [p for p in lang.prefixes if len(p) >= ARTICLE_PREFIX and ">" not in p]
    if not prefixes:
        return False
    tokens = {fold(t[2]) for t in _all_tokens(text)}
    return all(any(fold(p + w) in tokens for p in prefixes) for w in words)


#: How many words an operation's name after its word may have, and how many of them may be articles inside it.
NAME_AFTER_WORDS, NAME_AFTER_ARTICLES = 5, 1


#: What may stand between an operation's word and its name's words: a space or two (no-break, thin), with marks of
#: direction or zero-width characters beside them that are no letters ("Operation \u200fShadowfax").
_WORD_GAP = regex.compile(r"[\p{Cf}]*[ \u00a0\u2009\u202f][\p{Cf}]*(?:[ \u00a0][\p{Cf}]*)?")


#: The longest word of an operation's name read after its word.
NAME_WORD_LETTERS = 40


def _name_after(text: str, tokens, idx: int, e: int, lang: Language, taken: TakenSpans) -> list:
    """The capitalised words of an operation's name after its word at ``tokens[idx]`` (ending at ``e``): up to
    three words and an edition ("Serengeti 2.0", "HAECHI IV"), an article between two of them ("Não Seja um
    Laranja"). Not a function word of the language ("Bu", "This"), not a word of another script than the
    name's first ("Goldfish Alpha Интерпол": the body after the name), not a word another mention holds, and not
    one word that is an adjective of the noun after it ("операції Європейський центр")."""
    following: list = []
    articles = 0
    for t in tokens[idx + 1:idx + 1 + NAME_AFTER_WORDS]:
        gap = text[(following[-1][1] if following else e):t[0]]
        if not _WORD_GAP.fullmatch(gap) or len(t[2]) > NAME_WORD_LETTERS:
            break  # (a "word" of thousands of letters is no name's)
        numeral = following and re.fullmatch(r"[IVX]+|\d{1,2}(\.\d+)?", t[2])  # "Serengeti 2.0", "HAECHI IV"
        if numeral:
            following.append(t)
            break
        w = fold(t[2])
        if following and w in _ARTICLES and not _capitalised(t[2]) and articles < NAME_AFTER_ARTICLES:
            following.append(t)
            articles += 1
            continue
        if following and script_of(t[2][0]) != script_of(following[0][2][0]):
            break
        if not _capitalised(t[2]) or w in lang.function_words or len(following) - articles >= 3:
            break
        if not _free(t[0], t[1], taken):
            return []  # the run goes on into another name ("Direktur Operasi Kejahatan Siber Interpol")
        following.append(t)
    while following and fold(following[-1][2]) in _ARTICLES and not _capitalised(following[-1][2]):
        following.pop()  # "Operação Jackal e a …": the article begins what follows
    if len(following) == 1 and lang.adjective_endings:
        w = fold(following[0][2])
        nxt = text[following[0][1]:following[0][1] + 2]
        if any(w.endswith(x) and len(w) > len(x) + 2 for x in lang.adjective_endings) \
                and nxt[:1] == " " and nxt[1:2].islower():
            return []
    return following


_CLOSING_QUOTES = "」』”»\"’'“"
#: The closing quote of each opening one.
_CLOSING_OF = {"「": "」", "『": "』", "“": "”", "«": "»", '"': '"', "‘": "’", "'": "'", "„": "“"}


def _uncased_word(text: str) -> bool:
    """Whether a text begins with a letter of a script without capitals, written with spaces (Tamil, Devanagari)."""
    return bool(text) and text[0].isalpha() and script_of(text[0]) not in _CASED | {"LATIN"} and not is_unspaced(text[0])

#: How close the transliteration of an operation's name must be to a known operation's (with the same consonants).
OPERATION_NAME_THRESHOLD = 0.6


@lru_cache(maxsize=1)
def _known_operations() -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str, str]]]:
    """Known operations by the folded names they are written with, and by the ASCII of their bare name and edition."""
    from ..extract.registry import load_registry

    by_name: dict[str, tuple[str, str]] = {}
    ascii_names: list[tuple[str, str, str, str]] = []
    for e in load_registry().entities.values():
        if e.type != "Operation":
            continue
        bare = re.sub(r"^operation\s+", "", e.label, flags=re.I)
        for name in {bare, e.label} | {text for text, _, _ in e.names}:
            by_name.setdefault(fold(name), (e.key, e.label))
        base, edition = _edition(bare)
        ascii_names.append((_ascii(base, digits=True), edition, e.key, e.label))
    return by_name, ascii_names


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _edition(name: str) -> tuple[str, str]:
    """A name without its edition, and the edition as a number ("HAECHI VII" → ("HAECHI", "7"), "Serengeti 2.0"
    → ("Serengeti", "2"), "Contender ٣٫٠" → ("Contender", "3"))."""
    m = re.search(r"[\s\-–]+((?:\d+)(?:[.,٫]\d+)?|[IVXivx]+)\s*$", name)
    if not m or not name[:m.start()].strip():
        return name, ""
    token = m.group(1)
    if token.lower() in _ROMAN:
        return name[:m.start()], str(_ROMAN[token.lower()])
    return name[:m.start()], str(int(re.split(r"[.,٫]", token)[0]))


def _spoken(latin: str) -> str:
    """A Latin name spelt as it sounds where spellings differ: a soft g as j ("synergia" → "synerjia", as the
    Persian "سینرجیا" is transliterated), y as i."""
    return re.sub(r"g(?=[eiy])", "j", latin).replace("y", "i")


def _skeleton(latin: str) -> str:
    """The consonants of a transliterated name, spelt one way ("morfeus", "morpheus" → "mrfs")."""
    for a, b in (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"), ("v", "w")):
        latin = latin.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", latin))


def known_operation(name: str) -> tuple[str, str] | None:
    """The key and label of the known operation a discovered name is, in any script.

    The same folded name; or, for a name in another script than Latin, a transliteration with the same
    consonants ("Морфеус" is Morpheus, "フォボス・アエトール" Phobos Aetor) and nearly the same letters, and the
    same edition ("كونتندر ٣٫٠" is Contender 3.0, not 2.0). A Latin name is the known one only as written:
    "Orpheus" is not Morpheus, and "HAECHI VII" is no edition the registry knows.
    """
    by_name, ascii_names = _known_operations()
    if fold(name) in by_name:
        return by_name[fold(name)]
    if any(script_of(c) == "LATIN" for c in name if c.isalpha()):
        return None
    base, edition = _edition(name)
    latin = _spoken(_ascii(base, digits=True))
    skeleton = _skeleton(latin)
    if len(skeleton) < 4:
        return None
    for known, known_edition, key, label in ascii_names:
        known = _spoken(known)
        if known_edition == edition and _skeleton(known) == skeleton \
                and SequenceMatcher(None, latin, known).ratio() >= OPERATION_NAME_THRESHOLD:
            return key, label
    return None


#: An edition written after an operation's name: "-II", " III", " 2", " 2.0" (not a year, not a word going on).
_EDITION_AFTER = re.compile(r"(?:[\-–]|[ \u00a0])((?:\d{1,2})(?:[.,٫]\d)?|[IVX]{1,4})(?![\w\-]|[.,٫]\d)")


@lru_cache(maxsize=1)
def _editions() -> dict[tuple[str, str], tuple[str, str]]:
    """Known operations by the key of the edition-less operation of their name and their edition: ("chakra", "2")
    → Operation Chakra-II."""
    from ..extract.registry import load_registry

    operations = [e for e in load_registry().entities.values() if e.type == "Operation"]
    bare = {}
    for e in operations:
        base, edition = _edition(re.sub(r"^operation\s+", "", e.label, flags=re.I))
        if not edition:
            bare[fold(base)] = e.key
    out = {}
    for e in operations:
        base, edition = _edition(re.sub(r"^operation\s+", "", e.label, flags=re.I))
        if edition and fold(base.strip(" -–")) in bare:
            out.setdefault((bare[fold(base.strip(" -–"))], edition), (e.key, e.label))
    return out


def edition_after(text: str, end: int, key: str, label: str) -> tuple[int, str, str] | None:
    """Where a known operation's name written before ``end`` goes on with an edition ("ऑपरेशन चक्र-II", "Operation
    HAECHI VII"): the end of the edition, and the key and label of that edition, the registry's if it knows it
    ("Operation Chakra-II"), else the name's with the edition ("Operation HAECHI VII")."""
    m = _EDITION_AFTER.match(text, end)
    if not m:
        return None
    if _edition(re.sub(r"^operation\s+", "", label, flags=re.I))[1]:
        return None  # the name has its edition already
    base, edition = _edition(f"x{m.group(0)}")
    if not edition:
        return None
    known = _editions().get((key, edition))
    if known:
        return m.end(), known[0], known[1]
    written = f"{label}{m.group(0)}"
    return m.end(), slug(written), written


_OPENING_QUOTES = {"」": "「", "』": "『", "”": "“", "»": "«", '"': '"', "’": "‘", "'": "'"}


def _operations_named_before(doc: Document, lang: Language, taken: TakenSpans,
                             names: dict[str, Mention]) -> list[Mention]:
    """Operations whose word follows the name: "Karakulak Operasyonu", "ブルーウェーブ作戦", "「X」作戦"."""
    text = doc.text
    folded, origin = fold_with_offsets(text)
    roles = _role_words(lang) | _role_words(language("en"))
    found = []
    for word in lang.operation_words_after:
        for m in re.finditer(re.escape(word), folded):
            s, e = origin[m.start()], origin[m.end()] if m.end() < len(origin) else len(text)
            if e < len(text) and text[e].isalpha() and not is_unspaced(text[e]):
                # a word that goes on: with an ending of the language ("operasyonunda") it is the word, and the
                # mention takes the ending (not a Korean particle: "작전을"); else it is another word
                # ("operasyonlarla": the operations)
                end = e
                while end < len(text) and text[end].isalpha():
                    end += 1
                if fold(text[e:end]) not in lang.suffixes:
                    continue
                if script_of(text[e]) != "HANGUL":
                    e = end
            # the text before the word, without the spaces at its end: text[:k] (not copied)
            k = s
            while k > 0 and text[k - 1] in " \u00a0":
                k -= 1
            name_start = name_end = mention_start = None
            if k and text[k - 1] in _CLOSING_QUOTES:
                opening = text.rfind(_OPENING_QUOTES[text[k - 1]], max(0, k - 62), k - 1)
                if opening >= 0:
                    name_start, name_end, mention_start = opening + 1, k - 1, opening
            elif k and is_unspaced(text[k - 1]) or (k and script_of(text[k - 1]) == "KATAKANA"):
                i = k
                while i > 0 and script_of(text[i - 1]) == "KATAKANA" or (i > 0 and text[i - 1] in "ー・"):
                    i -= 1
                if i < k:
                    name_start, name_end = i, k
            else:
                words = _tokens(text, max(0, k - 60), k)
                run = []
                for tok in reversed(words):
                    gap = text[tok[1]:(run[0][0] if run else k)]
                    uncased = not run and script_of(tok[2][0]) not in _CASED  # Hangul, Arabic …: one word
                    if uncased and any(len(tok[2]) > len(x) and fold(tok[2]).endswith(x) for x in lang.suffixes):
                        break  # a word with a particle ("한빛시큐리티는") is not the operation's name
                    if gap.strip() or not (_capitalised(tok[2]) or tok[2][0].isdigit() or uncased) or len(run) >= 3 \
                            or fold(tok[2]) in lang.function_words:
                        break  # (a determiner is no name: "Bu əməliyyat", "이번 작전")
                    run.insert(0, tok)
                    if uncased:
                        break
                if run and all(any(c.isdigit() for c in tok[2]) for tok in run):
                    run = []  # "12 əməliyyat", "3 operasyon": a count of operations, not one's name
                if run and not (_role_before(text, run[0][0], roles) or _honorific_before(text, run[0][0], lang)):
                    # (after a title, a person: "minister Boris Pistorius called the operation …")
                    name_start, name_end = run[0][0], run[-1][1]
            if name_start is None:
                continue
            name = text[name_start:name_end].strip()
            start = name_start if mention_start is None else mention_start
            if not name or not _free(start, e, taken):
                continue
            label = f"Operation {name}"
            # a case ending after an apostrophe stays in the mention ("Operasyonu'nda")
            # (not after a quote opened before the name: "'블루웨이브 작전'의" closes it)
            if e + 1 < len(text) and text[e] in "'’" and text[e + 1].isalpha() \
                    and not (start and text[start - 1] in "'‘’"):
                e += 1
                while e < len(text) and text[e].isalpha():
                    e += 1
            key, label = known_operation(name) or (slug(label), label)
            mention = Mention(start, e, text[start:e], key, "Operation", label,
                              CONFIDENCE["operation"], "discovery:operation")
            found.append(mention)
            names[name] = mention
            taken.append((start, e))
    return found


#: How far an operation word may stand before a quoted name, and after it, in one sentence.
QUOTED_NAME_BEFORE, QUOTED_NAME_AFTER = 60, 40


@lru_cache(maxsize=64)
def _operation_word_starts(lang: Language) -> regex.Pattern | None:
    """The language's words for an operation at the start of a word, whatever ending follows ("operasyonda")."""
    words = set(lang.operation_words) | set(lang.operation_words_after)
    if not words:
        return None
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alternation})")


def _operations_quoted_near(doc: Document, lang: Language, taken: TakenSpans,
                            names: dict[str, Mention]) -> list[Mention]:
    """A short quoted name that a naming word of the language introduces, near an operation word of its
    sentence, is the operation's name: "Baptisée « Lyrebird », l'opération …", "عملية أطلق عليها اسم
    "Lyrebird"", "the operation, dubbed 'Killer Bee', …", ""Lyrebird" adlı operasyon". One to three words,
    capitalised where the script has capitals. (A quoted name after a common noun is that thing's: the
    malware "Qakbot" an operation took down.)"""
    text = doc.text
    pattern = _operation_word_starts(lang)
    naming = tuple(set(lang.naming_words) | set(language("en").naming_words))
    if pattern is None or not naming:
        return []
    folded, origin = fold_with_offsets(text)
    at = [origin[m.start()] for m in pattern.finditer(folded)]
    if not at:
        return []
    found = []
    for q in _QUOTED.finditer(text):
        s, e = q.start(1), q.end(1)
        name = q.group(1).strip()
        tokens = _tokens(name)
        if not tokens or len(tokens) > 3 or len(name) > 40 or not _free(s, e, taken) or name in names:
            continue
        if script_of(name[0]) in _CASED and not _capitalised(name):
            continue
        if any(c in name for c in ",.;:!?"):
            continue
        before = fold(text[max(0, q.start() - 30):q.start()]).rstrip(" ,:\u00a0")
        after = fold(text[q.end():q.end() + 30]).lstrip(" ,\u00a0")
        if not any((before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()))
                   or (after.startswith(w) and not after[len(w):len(w) + 1].isalnum()) for w in naming):
            continue
        sentence = doc.sentence_of(s)
        near = any(sentence.start <= a < sentence.end and (q.start() - QUOTED_NAME_BEFORE <= a < q.start()
                                                           or q.end() <= a <= q.end() + QUOTED_NAME_AFTER)
                   for a in at)
        if not near:
            continue
        found.append(_named_operation(text, s, e, name, "discovery:operation-quoted", names, taken))
    return found


def _named_operation(text: str, start: int, end: int, name: str, method: str, names: dict[str, Mention],
                     taken: TakenSpans) -> Mention:
    """The mention of an operation named ``name`` at ``text[start:end]``: the known one of that name, else a new
    one; remembered under its name and its span taken."""
    key, label = known_operation(name) or (slug(f"Operation {name}"), f"Operation {name}")
    mention = Mention(start, end, text[start:end], key, "Operation", label, CONFIDENCE["operation-name"], method)
    names[name] = mention
    taken.append((start, end))
    return mention


#: The most words of an operation's name a naming word introduces without quotes ("Não Seja um Laranja").
BARE_NAME_WORDS = 5
#: How far before the naming word the operation word stands ("the operation, codenamed"; not "the operation was
#: led by the FBI, which named …").
BARE_NAME_NEAR = 30
#: The longest lowercase word inside such a name, between two capitalised ones ("um", "of").
BARE_NAME_INNER = 3


def _operations_named_bare(doc: Document, lang: Language, taken: TakenSpans,
                           names: dict[str, Mention]) -> list[Mention]:
    """A name without quotes right after a naming word of the language, the naming word following an operation
    word of its sentence, is the operation's name: "the operation, codenamed Trojan Shield, …", "a primeira
    edição da operação, batizada apenas de Não Seja um Laranja, …" (the words allowed between the naming word
    and the name are the language's naming_links: "de", "apenas de"). Only in a script with capitals: the name
    is capitalised words, a short lowercase word between two of them ("um"), ending at punctuation, the
    first other lowercase word or a known name ("… Silver Harbor in Europe")."""
    text = doc.text
    pattern = _operation_word_starts(lang)
    if pattern is None or not lang.naming_words:
        return []
    folded, origin = fold_with_offsets(text)
    at = [origin[m.start()] for m in pattern.finditer(folded)]
    if not at:
        return []
    alternation = "|".join(regex.escape(w) for w in sorted(set(lang.naming_words), key=len, reverse=True))
    links = "|".join(regex.escape(w) for w in lang.naming_links)
    naming = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alternation})[ \u00a0]+"
                           + (rf"(?:(?:{links})[ \u00a0]+)?" if links else ""))
    from .dates import month_names

    months = month_names(lang.code)
    found = []
    for m in naming.finditer(folded):
        w, s = origin[m.start()], origin[m.end()] if m.end() < len(origin) else len(text)
        sentence = doc.sentence_of(w)
        if not any(sentence.start <= a < w and w - a <= BARE_NAME_NEAR for a in at):
            continue
        run = []
        for t in _tokens(text, s, min(sentence.end, s + 80)):
            gap = text[(run[-1][1] if run else s):t[0]]
            if gap.strip() or (run and "\n" in gap) or not _free(t[0], t[1], taken) or fold(t[2]) in months:
                break  # a known name or a month ends it: "codenamed Trojan Shield in Europe", "… in May"
            if _capitalised(t[2]):
                run.append(t)
            elif run and t[2].islower() and len(t[2]) <= BARE_NAME_INNER:
                run.append(t)
            else:
                break
            if len(run) > BARE_NAME_WORDS + 1:
                break
        while run and not _capitalised(run[-1][2]):
            run.pop()
        if not run or len(run) > BARE_NAME_WORDS or run[0][0] != s:
            continue
        start, end = run[0][0], run[-1][1]
        name = text[start:end]
        if not _free(start, end, taken) or name in names or fold(run[0][2]) in lang.operation_words:
            continue
        found.append(_named_operation(text, start, end, name, "discovery:operation-named", names, taken))
    return found


#: The most words of a campaign's quoted name ("Budimo realni").
CAMPAIGN_NAME_WORDS = 4
#: The most hashtags of a sentence that may each name a campaign; more are a line of tags with one campaign among them.
CAMPAIGN_HASHTAGS = 2
_HASHTAG = regex.compile(r"(?<![\p{L}\p{M}\p{N}_#&])#(\p{L}[\p{L}\p{M}\p{N}_]{2,40})(?![\p{L}\p{M}\p{N}_])")


@lru_cache(maxsize=64)
def _campaign_word_starts(lang: Language) -> regex.Pattern | None:
    """The language's (and English's) words for a campaign at the start of a word, whatever ending follows."""
    words = set(lang.campaign_words) | set(language("en").campaign_words)
    if not words:
        return None
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alternation})[\p{{L}}\p{{M}}]*")


def _campaigns(doc: Document, lang: Language, taken: TakenSpans, names: dict[str, Mention]) -> list[Mention]:
    """Awareness campaigns, which the graph holds as operations: the quoted name right after a campaign word
    ("kampanju „Budimo realni”", "the campaign "Think Twice""), and a hashtag in a sentence with a campaign word
    ("#UnmatchPH, an information campaign", "kampanja #DontBeaMule"). A quoted name has one to four words, the
    first capitalised where the script has capitals, and no sentence's punctuation."""
    text = doc.text
    pattern = _campaign_word_starts(lang)
    if pattern is None:
        return []
    folded, origin = fold_with_offsets(text)
    words = [(origin[m.start()], origin[m.end()] if m.end() < len(origin) else len(text))
             for m in pattern.finditer(folded)]
    if not words:
        return []
    spans = []
    for _, e in words:
        rest = text[e:e + 70]
        q = _QUOTED.match(rest.lstrip(" \u00a0"))
        if not q or not rest[:1].isspace():
            continue
        offset = e + len(rest) - len(rest.lstrip(" \u00a0"))
        name = q.group(1).strip()
        if not name or len(_tokens(name)) > CAMPAIGN_NAME_WORDS or any(c in name for c in ",.;:!?"):
            continue
        if script_of(name[0]) in _CASED and not _capitalised(name):
            continue
        spans.append((offset + q.start(1), offset + q.end(1)))
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for h in _HASHTAG.finditer(text):
        sentence = doc.sentence_of(h.start())
        by_sentence.setdefault((sentence.start, sentence.end), []).append((h.start(), h.end()))
    for (start, end), tags in by_sentence.items():
        cues = [s for s, _ in words if start <= s < end]
        if not cues:
            continue
        if len(tags) > CAMPAIGN_HASHTAGS:
            # a line of tags ("#DontBeaMule #fraud #scam #banking"): the campaign is the tag nearest its word
            tags = [min(tags, key=lambda t: min(abs(t[0] - c) for c in cues))]
        spans.extend(tags)
    found = []
    for s, e in sorted(set(spans)):
        name = text[s:e].strip()
        if not _free(s, e, taken) or name in names:
            continue
        mention = Mention(s, e, text[s:e], slug(f"{name.lstrip('#')} campaign"), "Operation", name,
                          CONFIDENCE["operation-name"], "discovery:campaign")
        found.append(mention)
        names[name] = mention
        taken.append((s, e))
    return found


# ---------------------------------------------------------------- the stage


def match(doc: Document) -> list[Mention]:
    """New mentions, of entities found by their shape in the text."""
    lang = language(doc.language)
    taken = Taken((m.start, m.end) for m in doc.mentions)
    known = list(doc.mentions)
    found: list[Mention] = []
    found += find_operations(doc, lang, taken)
    # a known name written by its sound in the script of the language ("ካስፐርስኪ": Kaspersky)
    found += sounds.find(doc, lang, taken)
    found += find_acronyms(doc, lang, taken, known)
    # a place and a head word are a body ("Hollanda polisi"), found before people take the place's word
    found += find_place_headed(doc, lang, taken)
    # a country's adjective and a police head are that country's police ("la police nigériane")
    found += find_demonym_headed(doc, lang, taken)
    # … and a police head, a word of where and a city are the city's police ("polisen i Reutlingen")
    found += find_city_police(doc, lang, taken)
    # … and a police head written onto a place's name where words are not spaced ("ตำรวจกัมพูชา")
    found += find_glued_place_headed(doc, lang, taken)
    # a body's name in a script without capitals, by its head and the words of bodies' names
    found += find_uncased_headed(doc, lang, taken, found)
    # a place name may be part of a person's name ("Neil Jackson"): places do not block people
    places = frozenset((m.start, m.end) for m in doc.mentions if m.method in PLACE_METHODS)
    glossed = find_glossed(doc, lang, taken)
    found += [m for m in glossed if m.type != "Person"]
    people = [m for m in glossed if m.type == "Person"]
    people += find_people(doc, lang, Taken(t for t in taken if t not in places), places)
    # in scripts without capitals: after a title, before one (Korean), before a comma and a title
    unplaced = Taken([*(t for t in taken if t not in places), *((p.start, p.end) for p in people)])
    people += find_titled(doc, lang, unplaced)
    people += find_family_named(doc, lang, unplaced, found)
    people += find_han_titled(doc, lang, unplaced)
    people += find_apposed(doc, lang, unplaced)
    # before a title or an honorific written after the name (Japanese); an honorific glued into a word (Thai)
    people += find_named_first(doc, lang, Taken(list(taken) + [(p.start, p.end) for p in people]))
    people += find_glued_titled(doc, lang, Taken(list(taken) + [(p.start, p.end) for p in people]))
    people = _people_only(doc, lang, people)
    taken.extend((p.start, p.end) for p in people)
    found += people
    found += find_surnames(doc, people, taken)
    found += find_transliterations(doc, people, taken)
    found += find_headed(doc, lang, taken)
    found += find_phrase_headed(doc, lang, taken)
    found += find_compound_headed(doc, lang, taken)
    found += find_head_first_sentence_case(doc, lang, taken)
    found += find_sentence_case_headed(doc, lang, taken)
    found += find_brands(doc, lang, taken)
    found += find_form_quoted(doc, lang, taken, known + found)
    found += find_listed(doc, lang, taken, known + found)
    found += find_kind_listed(doc, lang, taken, known + found)
    found += find_names(doc, lang, taken, [m for m in found if m.method == "discovery:brand"],
                        [m for m in found if m.type == "Person"])
    found = _without_sentence_opening(doc, found, _GLUE | frozenset(lang.role_connectors))
    found = name_bare_acronyms(found, known, lang)
    found = _place_headed_without_place(doc, lang, found)
    found = _named_after_a_dash(doc, found)
    found = _other_cases(found, known)
    return [m for m in found if m.type == "Person" or ontology_coarse(m.type) != "Organization"
            or not _not_an_organization(m.text)]


#: A dash between a body's acronym and its name written out after it ("NASK – Państwowy Instytut Badawczy").
_ACRONYM_DASH = re.compile(r"[ \u00a0]+[–—-][ \u00a0]+\Z")


def _named_after_a_dash(doc: Document, found: list[Mention]) -> list[Mention]:
    """The bodies found by their head right after a known body's acronym and a dash ("NASK – Państwowego Instytutu
    Badawczego": NASK, the state research institute): that body, named as it is in full, one mention from its
    acronym on."""
    known = {m.end: m for m in doc.mentions if m.method == "registry" and _acronym_shaped(m.text)
             and ontology_coarse(m.type) == "Organization"}
    if not known:
        return found
    out = []
    for m in found:
        if m.method == "discovery:head" and m.key == slug(m.label):
            dash = _ACRONYM_DASH.search(doc.text, max(0, m.start - 4), m.start)
            body = known.get(dash.start()) if dash else None
            if body is not None:
                m = Mention(body.start, m.end, doc.text[body.start:m.end], body.key, body.type, body.label,
                            m.confidence, m.method)
        out.append(m)
    return out


#: How many letters at most a word's case ending adds or replaces at its end ("Kyberturvallisuuskeskus" →
#: "Kyberturvallisuuskeskuksen", "Vastaamo" → "Vastaamon"), and the fewest letters two forms share.
CASE_LETTERS, CASE_STEM = 4, 5


def _other_cases(found: list[Mention], known: list[Mention]) -> list[Mention]:
    """The organizations found by their shape whose name is another case of an organization's name the article
    writes (the registry's, or one found before): that organization. Their words pair up, each alike but for an
    ending (at most ``CASE_LETTERS`` letters, no more than two of the shorter word's replaced)."""
    slugs: dict[str, str] = {}

    def slugged(text: str) -> str:
        if text not in slugs:
            slugs[text] = slug(text)
        return slugs[text]

    # each body once, by its text, key, type and label (a long article names one many times): a body named by the
    # registry or found before at its first place in the list, one found at its earliest start
    bodies: dict[int, dict[tuple, Mention]] = {}
    for m in [*known, *found]:
        if m.type != "Person" and ontology_coarse(m.type) == "Organization" and m.key != slugged(m.text):
            bodies.setdefault(len(m.text.split()), {}).setdefault((m.text, m.key, m.type, m.label, True), m)
    for m in found:
        if m.type != "Person" and ontology_coarse(m.type) == "Organization" and m.key == slugged(m.text):
            group = bodies.setdefault(len(m.text.split()), {})
            k = (m.text, m.key, m.type, m.label, False)
            if k not in group or m.start < group[k].start:
                group[k] = m
    out = []
    for m in found:
        if m.type == "Person" or ontology_coarse(m.type) != "Organization" or not m.method.startswith("discovery") \
                or m.key != slugged(m.text):
            out.append(m)
            continue
        words = m.text.split()
        # (a body found too is the one named first: two forms found take one key, not each other's)
        other = next((b for (_, _, _, _, named), b in bodies.get(len(words), {}).items()
                      if b.key != m.key and b.text != m.text and (named or b.start < m.start)
                      and all(_case_of(a, w) for a, w in zip(b.text.split(), words))), None)
        if other is not None:
            m = Mention(m.start, m.end, m.text, other.key, other.type, other.label, m.confidence, m.method)
        out.append(m)
    return out


def _case_of(a: str, b: str) -> bool:
    """Whether two words are one in two cases: alike but for their endings."""
    if a == b:
        return True
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    short, long_ = sorted((len(a), len(b)))
    return k >= CASE_STEM and short - k <= 2 and long_ - k <= CASE_LETTERS and a[:1].isupper() == b[:1].isupper()


def _place_headed_without_place(doc: Document, lang: Language, found: list[Mention]) -> list[Mention]:
    """The headed names that are a place-headed body's name without its place, in another inflection: that body
    ("Украина Ұлттық полициясымен" … "Ұлттық полицияның": the National Police, Ukraine's, said again without
    Ukraine). Their words but the head are the same; the heads are of one class."""
    places = [m for m in doc.mentions if m.method in PLACE_METHODS]
    bodies: dict[tuple[str, ...], set[tuple[str, str, str]]] = {}
    for m in found:
        if m.method != "discovery:place-head":
            continue
        place = next((p for p in places if p.start == m.start and p.end < m.end), None)
        words = doc.text[place.end:m.end].split() if place is not None else []
        if len(words) >= 2:
            bodies.setdefault((*(fold(w) for w in words[:-1]), _head_of(words[-1], lang) or ""), set()).add(
                (m.key, m.type, m.label))
    if not bodies:
        return found
    out = []
    for m in found:
        words = m.text.split()
        if m.method == "discovery:head" and len(words) >= 2:
            body = bodies.get((*(fold(w) for w in words[:-1]), _head_of(words[-1], lang) or ""))
            if body is not None and len(body) == 1:
                key, type_, label = next(iter(body))
                m = Mention(m.start, m.end, m.text, key, type_, label, m.confidence, m.method)
        out.append(m)
    return out


#: The scripts with capitals that write the names of foreign people in their own letters ("Πολ Φόστερ", "Анна
#: Корнеева", "Ջոն Սմիթ"): a name in Latin letters there is a body's, a tool's or a team's ("Threat Leadership",
#: "Associated Press", "Cobalt Strike").
_TRANSCRIBING = _CASED - {"LATIN"}


def _people_only(doc: Document, lang: Language, people: list[Mention]) -> list[Mention]:
    """The people found, without the names of malware, tools and markets (``data/not_organizations.txt``: "Cobalt
    Strike", "Genesis Market") and, in a text of a script with capitals of its own, without the Latin names that no
    honorific marks as a person's."""
    transcribing = _main_script(doc) in _TRANSCRIBING
    return [p for p in people if not _not_an_organization(p.text) and not (
        transcribing and script_of(p.text[0]) == "LATIN" and not _honorific_before(doc.text, p.start, lang))]


def ontology_coarse(type_: str) -> str | None:
    from ..ontology import load as load_ontology

    return load_ontology().coarse_type(type_)


@lru_cache(maxsize=1)
def _not_organizations() -> tuple[frozenset[str], tuple[str, ...]]:
    """The names of ``data/not_organizations.txt`` (malware, botnets, tools, marketplaces), folded."""
    from ..errors import OntologyError
    from ..resources import DATA_DIR

    path = DATA_DIR / "not_organizations.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OntologyError(f"{path} cannot be read ({exc.strerror})", hint="reinstall graphkit") from None
    names = frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))
    return names, tuple(sorted(names, key=len, reverse=True))


def _not_an_organization(text: str) -> bool:
    """Whether a found name is one of malware, a botnet or a tool, as written or with a case ending ("Emotetu")."""
    names, longest_first = _not_organizations()
    name = fold(text.strip("\"'“”„«»‘’"))
    if name in names:
        return True
    if name.endswith("s") and name[:-1] in names:
        return True  # the plural written onto a short one ("URLs", "SIMs", "ATMs")
    return any(name.startswith(n) and len(name) - len(n) <= 4 and name[len(n):].isalpha() for n in longest_first
               if len(n) >= 4)


#: The finders of bodies by their words, whose names may be a known body's name said short.
_SHORTENABLE = frozenset({"discovery:head", "discovery:name", "discovery:phrase-head", "discovery:compound-head"})


#: The word right after a name (one space between).
_NEXT_WORD_AFTER = re.compile(r" (\w+)")
#: The classes of the heads a person's name is never written right before ("Национального банка").
_BODY_HEAD_CLASSES = frozenset({"Company", "LawEnforcementAgency", "GovernmentAgency", "NonProfit",
                                "OrganizationalUnit", "IntergovernmentalOrganization"})


def _after_a_place_word(text: str, start: int, lang: Language) -> bool:
    """Whether one of the language's prepositions of place stands right before ``start`` ("w Polsce")."""
    if not lang.prepositions_of_place:
        return False
    before = text[max(0, start - 8):start]
    m = re.search(r"(\w+)\s+$", before)
    return m is not None and fold(m.group(1)) in lang.prepositions_of_place


def _known_said_short(doc: Document, found: list[Mention]) -> list[Mention]:
    """The mentions with a body found by its words that is the first words of the name of a known body the
    article names too, in any case, that body ("Національної поліції" after "Національна поліція України",
    "Policía Federal" beside "Policía Federal Argentina"): one body, one node. Not where two known bodies fit."""
    from .registry import load_registry

    entities = load_registry().entities
    known = {m.key for m in doc.mentions if m.method == "registry" and m.key in entities}
    if not known:
        return found
    names = [(key, _folded_words(text)) for key in sorted(known) for text, _, _ in entities[key].names]
    places_by_end: dict[int, list[Mention]] = {}
    places_by_start: dict[int, list[Mention]] = {}
    for p in doc.mentions:
        if p.method in PLACE_METHODS:
            places_by_end.setdefault(p.end, []).append(p)
            places_by_start.setdefault(p.start, []).append(p)
    out = []
    for m in found:
        if m.method in _SHORTENABLE and m.key not in entities and ontology_coarse(m.type) == "Organization":
            words = [fold(w) for _, _, w in _tokens(m.text)]
            # a place written onto the short name ("Spain's National Police") says whose it is: the known body's
            # name must hold that place too (the places ending right before it or starting right after it)
            near = [p for k in range(max(0, m.start - 4), m.start + 1) for p in places_by_end.get(k, ())] \
                + [p for k in range(m.end, m.end + 3) for p in places_by_start.get(k, ())]
            own = [fold(p.text) for p in near if _touches(doc.text, p, m)]
            fits = {key for key, full in names if 2 <= len(words) < len(full)
                    and all(_same_stem(a, b) for a, b in zip(words, full))
                    and all(any(_same_stem(w, f) for f in full) for w in own)}
            if len(fits) == 1:
                e = entities[fits.pop()]
                m = Mention(m.start, m.end, m.text, e.key, e.type, e.label, m.confidence, m.method)
        out.append(m)
    return out


#: How many letters at most the longer of two forms of one word has past the letters they share ("Vastaamon",
#: "Vastaamo"; "शाखेला", "शाखेकडे"), so that a word and a longer word made on it are not one ("PandaLabs", "Panda").
FORM_LETTERS = 3


def _letters(word: str) -> int:
    """How many letters a word has, not counting the signs written onto them ("बँकेच्या": 4)."""
    return sum(1 for c in word if unicodedata.category(c)[0] != "M")


def alike(a: str, b: str) -> bool:
    """Whether two folded words are one word in two forms (an ending apart)."""
    if a == b:
        return True
    common = os.path.commonprefix([a, b])
    return (max(_letters(a), _letters(b)) - _letters(common) <= FORM_LETTERS
            and (_same_stem(a, b) or _case_of(a, b)))


def _no_consonant_replaced(a: str, b: str, lang: Language) -> bool:
    """Whether past the letters two forms of a word share, one has nothing left, or each a listed suffix or vowels
    only: "Policía Judiciaria" (Portugal's) is no form of "Policía Judicial"."""
    common = os.path.commonprefix([a, b])
    tails = (a[len(common):], b[len(common):])
    return not all(tails) or all(t in lang.suffixes or all(
        unicodedata.category(c)[0] == "M" or unicodedata.normalize("NFD", c)[0] in "aeiouyаеиоуыэюяіαεηιουω"
        for c in t) for t in tails)


def _no_unit(words: list[str], lang: Language) -> bool:
    """Whether the words after a body's first words name no body of their own: a legal form or a company's word
    ending them ("ICT Solutions Inc."), or only numbers and short capitals ("1441", "РФ")."""
    return bool(words) and (_head_of(words[-1], lang) == "Company"
                            or all(w.isdigit() or (w.isupper() and len(w) <= 4) for w in words))


def _shortened(short: list[str], full: list[str], written: list[str], lang: Language) -> bool:
    """Whether a body's name (``short``, folded words) is another body's name (``full``) said short: its last
    words ("Vastaamon" for "Psykoterapiakeskus Vastaamon", "통합대응단" for "보이스피싱 통합대응단"; one word only as
    written there, not "Πάφο" for "Επαρχιακό Δικαστήριο Πάφου"); its first and its last word with some of the words
    between ("Cosmos Bank" for "Cosmos Co-operative Bank"); or its first words, where what is left names no unit of
    its own ("Converge" for "Converge ICT Solutions Inc.", not "Microsoft" for "Microsoft Digital Crimes Unit").
    ``written`` is ``full`` as written."""
    n = len(short)
    if not 1 <= n < len(full):
        return False
    if short == full[-n:] or n >= 2 and all(alike(a, b) for a, b in zip(short, full[-n:])) \
            and _no_consonant_replaced(short[-1], full[-1], lang):
        return True
    if n >= 2 and alike(short[0], full[0]) and alike(short[-1], full[-1]):
        rest = iter(full[1:-1])
        if all(any(alike(w, r) for r in rest) for w in short[1:-1]):
            return True
    if all(alike(a, b) for a, b in zip(short, full[:n])):
        return _no_unit(written[n:], lang)
    return False


def _said_short_within(doc: Document, found: list[Mention]) -> list[Mention]:
    """The bodies found by their words whose name, in any of the forms the article writes, is by
    :func:`_shortened` the name of exactly one other body the article names in full: that body, every mention of it
    (one body, one node, however short the article names it again)."""
    lang = language(doc.language)

    def body(m: Mention) -> bool:
        return m.type != "Person" and ontology_coarse(m.type) == "Organization"

    def words(text: str) -> tuple[str, ...]:
        return tuple(w for _, _, w in _tokens(text))

    forms: dict[str, set[tuple[str, ...]]] = {}
    first: dict[str, Mention] = {}
    for m in [*doc.mentions, *found]:
        if body(m):
            forms.setdefault(m.key, set()).update({words(m.text), words(m.label)})
            first.setdefault(m.key, m)
    new = set(found)
    shortened: dict[str, Mention] = {}
    for key, m in first.items():
        if m in new and m.method.startswith("discovery") and key == slug(m.label):
            fits = {other for other, fulls in forms.items() if other != key and any(
                _shortened([fold(w) for w in short], [fold(w) for w in full], list(full), lang)
                for short in forms[key] for full in fulls)}
            if len(fits) == 1:
                shortened[key] = first[fits.pop()]
    out = []
    for m in found:
        full = shortened.get(m.key)
        if full is not None and m.method.startswith("discovery"):
            m = Mention(m.start, m.end, m.text, full.key, full.type, full.label, m.confidence, m.method)
        out.append(m)
    return out


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_OPERATION_WORD = re.compile(r"^operation\s+", re.I)


def _series_as_its_edition(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions of an operation named bare ("la Operación Jackal") where the article names one edition of it
    ("Operación Jackal III"): that edition, said short. Unless a sentence that names it bare tells another edition:
    it names the edition too ("Serengeti şi Serengeti 2.0"), a year before the article's last ("la primera
    edición … en 2022"), or a word beginning with one of the language's ``earlier_words`` ("the first", "last
    year", "предыдущей")."""
    editions: dict[str, dict[str, Mention]] = {}
    bare: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "Person" and ontology_coarse(m.type) == "Operation":
            base, edition = _edition(_OPERATION_WORD.sub("", m.label))
            base = fold(base.strip(" -–"))
            if edition:
                editions.setdefault(base, {}).setdefault(m.key, m)
            else:
                bare.setdefault(m.key, m)
    if not editions or not bare:
        return mentions
    lang = language(doc.language)
    last_year = max((int(y) for y in _YEAR.findall(doc.text)), default=0)
    earlier = regex.compile("|".join(
        (regex.escape(w) if is_unspaced(w[0]) else rf"(?<![\p{{L}}\p{{M}}]){regex.escape(w)}")
        for w in sorted(lang.earlier_words, key=len, reverse=True))) if lang.earlier_words else None
    to_edition: dict[str, Mention] = {}
    for key, m in bare.items():
        own = editions.get(fold(_edition(_OPERATION_WORD.sub("", m.label))[0].strip(" -–")), {})
        if len(own) != 1:
            continue
        edition_spans = [(x.start, x.end) for x in mentions if x.key in own]
        other = False
        for x in mentions:
            if x.key != key:
                continue
            sentence = doc.sentence_of(x.start)
            said = doc.text[sentence.start:sentence.end]
            if (any(sentence.start <= a and b <= sentence.end for a, b in edition_spans)
                    or any(int(y) < last_year for y in _YEAR.findall(said))
                    or earlier is not None and earlier.search(fold(said))):
                other = True
                break
        if not other:
            to_edition[key] = next(iter(own.values()))
    if not to_edition:
        return mentions
    out = []
    for m in mentions:
        e = to_edition.get(m.key)
        out.append(m if e is None else Mention(m.start, m.end, m.text, e.key, e.type, e.label, m.confidence, m.method))
    return out


def _touches(text: str, place: Mention, m: Mention) -> bool:
    """Whether ``place`` stands right before ``m``, but for a possessive ("Spain's", "Spain’s"), or right after it."""
    if place.end <= m.start:
        return m.start - place.end <= 4 and fold(text[place.end:m.start]).strip() in ("", "'s", "’s", "'", "’")
    return m.end <= place.start and place.start - m.end <= 2 and text[m.end:place.start].strip() == ""


def set_annotations(doc: Document, found: list[Mention]) -> Document:
    """Add the new mentions; a person's name replaces the place names inside it, an acronym the place it is."""
    found = _known_said_short(doc, found)
    found = _said_short_within(doc, found)
    people = SpanSet((m.start, m.end) for m in found if m.type == "Person")
    acronyms = {(m.start, m.end) for m in found if m.method == "discovery:acronym"}
    # a company's business in a country holds the names of its parent and its country ("ING Bank Śląski"); a
    # company's name with its form, a known company's name of fewer words ("ОАО «Сбер Банк»")
    national = SpanSet((m.start, m.end) for m in found if m.method == NATIONAL or (
        m.method == FORM_QUOTED and m.key == slug(m.label)))
    kept = [m for m in doc.mentions if not (m.method in PLACE_METHODS and (people.overlaps(m.start, m.end)
                                                                          or (m.start, m.end) in acronyms))
            and not ((m.method in PLACE_METHODS or m.method == "registry") and national.overlaps(m.start, m.end))]
    mentions = sorted(_series_as_its_edition(doc, [*kept, *found]), key=lambda m: (m.start, m.end, m.key))
    return doc.with_(mentions=tuple(dict.fromkeys(mentions)))


def annotate(doc: Document) -> Document:
    """``set_annotations(doc, match(doc))``."""
    return set_annotations(doc, match(doc))


def annotate_operation_names(doc: Document) -> Document:
    """The name inside each mention of an operation written with its word ("Serengeti" in "operațiunii
    Serengeti", "Цифровой аркан" in "операции «Цифровой аркан»"), found or known, as a mention of it too, nested in
    the other: how an analyst and other tools name it. A stage of its own, after relations and dates, which read
    each of the operation's mentions once."""
    nested = []
    for m in doc.mentions:
        name = m.label[len(_OPERATION):] if m.type == "Operation" and m.label.startswith(_OPERATION) else ""
        at = m.text.find(name) if name else -1
        if at >= 0 and name != m.text:
            nested.append(Mention(m.start + at, m.start + at + len(name), name, m.key, m.type, m.label,
                                  CONFIDENCE["operation-name"], "discovery:operation-name"))
    if not nested:
        return doc
    return doc.with_(mentions=tuple(sorted({*doc.mentions, *nested}, key=lambda m: (m.start, m.end, m.key))))
