"""Files → :class:`~graphkit.model.Document`: finding, decoding, language, sentences.

The text is kept exactly as decoded (no newline translation, no
normalisation), so that every offset graphkit writes points into the file as
a reader would see it.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .lang import language as language_data
from .model import Document, Span
from .text import SPACE_ENDS_SENTENCE, fold, is_unspaced, script_of

#: File name endings read as articles.
TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Skipped:
    """An input passed over, and why."""

    path: str
    reason: str

    @classmethod
    def of(cls, path: str | Path, error: InputError) -> Skipped:
        """The file ``error`` was raised for, and its reason: the message without the file's name in front.

        >>> Skipped.of("a: b.txt", InputError("a: b.txt: is empty")).reason
        'is empty'
        """
        return cls(str(path), error.message.removeprefix(f"{path}: "))


#: The largest article read by default, in bytes. A news article is a few kilobytes, a very long
#: report a few hundred; a bigger file is most likely not one article (a dump, a log, a book).
#: ``max_bytes=None`` lifts the limit.
MAX_ARTICLE_BYTES = 1_000_000

#: The build option that raises the limit, named in the message of a file over it.
MAX_SIZE_OPTION = "--max-size"

_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_regular(mode: int) -> str:
    """Why a file of this mode is not read: ``not a regular file (a named pipe)``."""
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return f"not a regular file ({kind})"


def _link_problem(path: Path) -> str | None:
    """``broken link`` or ``symbolic link loop`` when ``path`` is a link that leads nowhere, else None."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if os.path.islink(path):
            return "broken link"
    return None


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders (recursively) into the article files to read.

    Folders contribute their ``.txt`` and ``.md`` files, in the order of their
    sorted paths; hidden files and folders (names starting with ``.``) are
    ignored; other files in them are reported as skipped, and so are broken
    links, link loops, links to folders (not followed, so a link can never
    make the walk go round in circles), named pipes and other special files,
    folders that cannot be read, and a folder given as input that holds no
    article at all. A file named explicitly is read whatever its ending. A path
    that does not exist, or a link given explicitly that leads nowhere, raises
    :class:`InputError`.

    Folders are walked with :func:`os.scandir`, so that collecting tens of
    thousands of files costs one ``stat`` per file.

    Returns:
        ``(files, skipped)``, files without duplicates in a stable order.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()

    def add(path: Path, st: os.stat_result) -> None:
        key = (st.st_dev, st.st_ino)
        if key not in seen:
            seen.add(key)
            files.append(path)

    def listing(folder: Path) -> list[os.DirEntry] | None:
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(str(folder), f"cannot be read ({exc.strerror})"))
            return None

    def walk(root: Path) -> int:
        """Add the articles under ``root``; returns how many entries it reported (added or skipped).

        Depth first, each folder's entries by name (the order of the sorted paths), with a
        stack instead of recursion: a folder nested thousands deep is walked like any other.
        """
        first = listing(root)
        if first is None:
            return 1
        reported = 0
        stack = [(root, iter(first))]
        while stack:
            folder, entries = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    inner = listing(child)
                    if inner is None:
                        reported += 1
                    else:
                        stack.append((child, iter(inner)))
                    continue
                reported += 1
                if entry.is_symlink():
                    problem = _link_problem(child)
                    if problem:
                        skipped.append(Skipped(str(child), problem))
                        continue
                    if entry.is_dir():
                        skipped.append(Skipped(str(child),
                                               "a link to a folder, not followed; give the folder itself as an input"))
                        continue
                st = entry.stat()
            except OSError as exc:
                skipped.append(Skipped(str(child), f"cannot be read ({exc.strerror})"))
                continue
            if child.suffix.lower() not in TEXT_SUFFIXES:
                skipped.append(Skipped(str(child), "not a .txt or .md file"))
            elif not stat.S_ISREG(st.st_mode):
                skipped.append(Skipped(str(child), _not_regular(st.st_mode)))
            else:
                add(child, st)
        return reported

    for raw in paths:
        path = Path(raw)
        try:
            st = path.stat()
        except OSError as exc:
            problem = _link_problem(path)
            if problem:
                raise InputError(f"{path}: {problem}", hint="point it at an existing file") from None
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                raise InputError(f"{path}: no such file or folder", hint="check the path") from None
            raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check its permissions") from None
        if stat.S_ISDIR(st.st_mode):
            if walk(path) == 0:
                skipped.append(Skipped(str(path), "a folder holding no .txt or .md file"))
        elif stat.S_ISREG(st.st_mode):
            add(path, st)
        else:
            skipped.append(Skipped(str(path), _not_regular(st.st_mode)))
    return files, skipped


def duplicate_name(name: str, first: str | Path | None = None, second: str | Path | None = None) -> InputError:
    """The error for two inputs of the same file name, naming both when they are known."""
    where = f": {first} and {second}" if first is not None and second is not None else ""
    return InputError(f"two inputs share the file name {name!r}{where}",
                      hint="a document is known by its file name (its IRI, `graphkit remove --document`): "
                           "rename one of them, or build them into separate graphs")


def check_names(files: Iterable[Path]) -> None:
    """Refuse two articles of the same file name, before anything is read.

    A document is known by its file name; of two ``x.txt`` from two folders,
    one would silently take the other's place.

    Raises:
        InputError: two of ``files`` have the same base name; the message names both.
    """
    seen: dict[str, Path] = {}
    for path in files:
        first = seen.setdefault(path.name, path)
        if first is not path:
            raise duplicate_name(path.name, first, path)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def check_encoding(encoding: str) -> str:
    """The codec name of an encoding the user gave (``windows-1252``, ``KOI8-R``, ``Shift_JIS`` …).

    Raises:
        InputError: Python knows no such encoding.
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise InputError(f"encoding = {encoding!r} is unknown",
                         hint="give an encoding name such as windows-1252, iso-8859-2, koi8-r, shift_jis, gb18030") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"encoding = {encoding!r} is not a text encoding", hint="give an encoding such as windows-1252")
    return info.name


#: Legacy encodings to name first when several decode a file equally well: the ones news sites
#: and office programs used, Windows code pages before ISO ones.
_PREFERRED = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859-2", "iso8859-15", "iso8859-16",
              "koi8-r", "koi8-u", "cp874", "tis-620", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030",
              "big5", "cp949", "euc_kr", "cp1255", "cp1256", "cp1258")

#: Codec names as ``iconv -f`` (and Python) spell them.
_ICONV_NAMES = {"cp874": "CP874", "shift_jis": "SHIFT_JIS", "mac-cyrillic": "MACCYRILLIC", "mac-roman": "MACINTOSH",
                "euc_jis_2004": "EUC-JISX0213", "euc_jisx0213": "EUC-JISX0213", "iso2022_jp": "ISO-2022-JP",
                "big5hkscs": "BIG5-HKSCS", "shift_jis_2004": "SHIFT_JISX0213", "shift_jisx0213": "SHIFT_JISX0213",
                "utf_16_le": "UTF-16LE", "utf_16_be": "UTF-16BE", "utf_32_le": "UTF-32LE", "utf_32_be": "UTF-32BE"}


def encoding_name(codec: str) -> str:
    """How ``iconv`` spells a codec: ``cp1252`` → ``WINDOWS-1252``, ``iso8859-2`` → ``ISO-8859-2``."""
    name = codecs.lookup(codec).name
    if name in _ICONV_NAMES:
        return _ICONV_NAMES[name]
    m = re.fullmatch(r"cp(125\d)", name)
    if m:
        return f"WINDOWS-{m.group(1)}"
    m = re.fullmatch(r"iso8859-(\d+)", name)
    if m:
        return f"ISO-8859-{m.group(1)}"
    return name.upper().replace("_", "-")


def guess_encodings(data: bytes) -> list[str]:
    """The legacy encodings ``data`` is most likely in, most likely first (``iconv`` names), or [].

    A hint for the user, never used to decode silently: single-byte encodings
    cannot be told apart for sure (French in Windows-1252 decodes as well, with
    other letters, in Windows-1257), and a wrong guess would put garbled text
    into the graph as evidence. Uses ``charset_normalizer`` when it is
    installed; without it, no guess.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - an optional helper
        return []
    try:
        matches = list(from_bytes(data[:200_000]))
    except Exception:  # noqa: BLE001 - a hint must never break reading
        return []
    matches = [m for m in matches if m.encoding and not m.encoding.startswith(("utf", "ascii"))]
    if not matches:
        return []
    best = min(m.chaos for m in matches)
    if best > 0.3:  # garbled in every encoding: not text
        return []
    close = [m for m in matches if m.chaos <= best + 0.02]
    rank = {name: i for i, name in enumerate(_PREFERRED)}

    def odd(text: str) -> int:
        # non-ASCII characters that are not letters (¹ ³ º ¿ …): what a wrong code page turns letters into
        return sum(1 for c in text if ord(c) > 127 and (unicodedata.category(c) not in ("Ll", "Lu") or c in "ªº"))

    def order(m) -> tuple:
        # the language model's fit first (French as Windows-1252 beats French as Windows-1257), then
        # the fewest stray symbols, then the commoner encoding
        name = codecs.lookup(m.encoding).name
        return (-round(m.coherence, 2), odd(str(m)), rank.get(name, len(rank)), m.chaos, name)

    # encodings that give the same text are one candidate, named by the commonest of them
    groups: dict[str, list] = {}
    for m in sorted(close, key=order):
        groups.setdefault(str(m), []).append(m)
    names = [encoding_name(min(group, key=lambda m: rank.get(codecs.lookup(m.encoding).name, len(rank))).encoding)
             for group in groups.values()]
    return names[:3]


def _damaged_utf8(data: bytes) -> int:
    """How many bad bytes there are in ``data``, when the rest of it is UTF-8 text beyond ASCII; else 0.

    A file in a legacy encoding has a bad byte at almost every letter beyond
    ASCII, and hardly ever a valid UTF-8 sequence; a UTF-8 file damaged in a
    few places has many valid sequences and a few bad bytes.
    """
    text = data[:1_000_000].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for c in text if c > "\x7f") - bad
    return bad if wide >= max(bad, 1) else 0


def _not_utf8(data: bytes, name: str, exc: UnicodeDecodeError) -> InputError:
    message = f"{name}: not valid UTF-8 (byte {exc.start}: {exc.reason})"
    bad = _damaged_utf8(data)
    if bad:  # no legacy encoding to name: it would be a wrong guess
        message += (f", though the rest of it is UTF-8 ({bad} bad byte{'s' if bad != 1 else ''}): the file is "
                    f"damaged; drop {'it' if bad == 1 else 'them'} with iconv -f UTF-8 -t UTF-8 -c, or repair the file")
        return InputError(message, hint="take the article again from where it came, or save it again as UTF-8")
    guesses = guess_encodings(data)
    if len(guesses) == 1:
        message += f"; it looks like {guesses[0]}: convert it with iconv -f {guesses[0]} -t UTF-8"
    elif guesses:
        message += (f"; it looks like {guesses[0]} (or {', '.join(guesses[1:])}): convert it with "
                    f"iconv -f {guesses[0]} -t UTF-8 and check the result")
    else:
        message += ", nor text in another encoding graphkit recognises (if it is text, convert it with iconv -f ENCODING -t UTF-8)"
    return InputError(message, hint="re-save the file as UTF-8")


def _utf16_without_bom(data: bytes) -> str | None:
    """``UTF-16LE`` or ``UTF-16BE`` when the NUL bytes of ``data`` fall where UTF-16 text puts them."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) // 2)
    odd = sample[1::2].count(0) / (len(sample) // 2)
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 0.3 and other < 0.05:
            try:
                sample.decode(name)
            except UnicodeDecodeError:
                return None
            return name.upper().replace("UTF-16-", "UTF-16")
    return None


def decode(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> str:
    """Decode an article's bytes: UTF-8, or UTF-16/32 with a byte order mark, or ``encoding`` if given.

    graphkit never guesses an encoding silently: text that is not UTF-8 is
    refused with a message that names the encoding it seems to be in and the
    ``iconv`` command that converts it, unless the caller says which encoding
    it is (``encoding="windows-1251"``). A byte order mark always wins.

    Raises:
        InputError: the bytes are binary, or not text in UTF-8 (or in ``encoding``).
    """
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(bom_encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {bom_encoding} after its byte order mark ({exc.reason} at byte {exc.start})",
                                 hint="re-save the file as UTF-8") from None
    if encoding is not None:
        codec = check_encoding(encoding)
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding_name(codec)} (byte {exc.start}: {exc.reason})",
                             hint="give the file's real encoding, or re-save it as UTF-8") from None
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise InputError(f"{name}: looks binary (NUL bytes), or is {utf16} text without a byte order mark: "
                             f"convert it with iconv -f {utf16} -t UTF-8",
                             hint="give .txt or .md files in UTF-8") from None
        raise InputError(f"{name}: looks binary (NUL bytes), not a text article", hint="give .txt or .md files in UTF-8")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(data, name, exc) from None
    if "\x1b$" in text or "\x1b(" in text:  # ISO-2022-JP/-KR/-CN: 7-bit, so valid UTF-8, but escape sequences
        guess = next((g for g in guess_encodings(data) if g.startswith("ISO-2022")), "ISO-2022-JP")
        raise InputError(f"{name}: holds ISO-2022 escape sequences; it looks like {guess}: "
                         f"convert it with iconv -f {guess} -t UTF-8", hint="re-save the file as UTF-8")
    return text


def _size(n: int) -> str:
    """A size as people read it: ``812 bytes``, ``40.3 kB``, ``52.4 MB``."""
    if n < 1000:
        return f"{n} bytes"
    for unit, scale in (("kB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if n < scale * 1000 or unit == "GB":
            value = n / scale
            return f"{value:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"  # pragma: no cover


def read_bytes(path: str | Path, *, max_bytes: int | None = MAX_ARTICLE_BYTES, location: str | Path | None = None) -> bytes:
    """The bytes of one article file; every failure is an :class:`InputError` naming it.

    Args:
        max_bytes: refuse a file larger than this many bytes, before reading
            it (None: no limit). A file over the limit is never loaded into memory.
        location: where to open the file when it is not ``path`` itself (a worker of
            a cluster reads ``path`` by its absolute name); messages name ``path``.
    """
    path = Path(path)
    where = Path(location) if location is not None else path
    try:
        st = where.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: {_not_regular(st.st_mode)}", hint="give .txt or .md files")
        if max_bytes is not None and st.st_size > max_bytes:
            raise InputError(f"{path}: is {_size(st.st_size)}, more than the {_size(max_bytes)} an article may have; "
                             f"split it into articles, or raise the limit ({MAX_SIZE_OPTION})",
                             hint="graphkit reads news articles, a few kilobytes each")
        with where.open("rb") as fh:
            # one byte over the limit tells a file that grew since stat(); a limit past 1 GB is no limit to a read
            bounded = max_bytes is not None and max_bytes < 1 << 30
            data = fh.read(max_bytes + 1) if bounded else fh.read()
    except FileNotFoundError:
        problem = _link_problem(where)
        raise InputError(f"{path}: {problem or 'no such file'}", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder", hint="give folders as inputs, they are read recursively") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: symbolic link loop", hint="point it at an existing file") from None
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check its permissions") from None
    return data


def text_of(path: str | Path, data: bytes, *, max_bytes: int | None = MAX_ARTICLE_BYTES,
            encoding: str | None = None) -> str:
    """The text of an article file's bytes (:func:`read_bytes`): within the limit, decoded, not empty.

    Raises:
        InputError: more than ``max_bytes`` bytes (the file grew since it was measured), not text in
            the encoding, or empty; the message names ``path``.
    """
    if max_bytes is not None and len(data) > max_bytes:  # it grew since stat()
        raise InputError(f"{path}: is more than the {_size(max_bytes)} an article may have; split it into articles, "
                         f"or raise the limit ({MAX_SIZE_OPTION})", hint="graphkit reads news articles")
    text = decode(data, name=str(path), encoding=encoding)
    if not text.strip():
        raise InputError(f"{path}: is empty", hint="remove it or give it some text")
    return text


def read_text(path: Path, *, max_bytes: int | None = MAX_ARTICLE_BYTES, encoding: str | None = None) -> str:
    """Read and decode one file; every failure is an :class:`InputError` naming it.

    Args:
        max_bytes: refuse a file larger than this many bytes, before reading
            it (None: no limit). A file over the limit is never loaded into memory.
        encoding: the file's encoding when it is not UTF-8 (see :func:`decode`).
    """
    return text_of(path, read_bytes(path, max_bytes=max_bytes), max_bytes=max_bytes, encoding=encoding)


# ---------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder  # heavy: loaded on first use only

    return LanguageDetectorBuilder.from_all_languages().build()


@lru_cache(maxsize=64)
def _detector_of(codes: tuple[str, ...]):
    """lingua weighing these languages only; it loads their models alone (the detectors share them)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        *(Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in codes)).build()


def _scripts(sample: str) -> tuple[str, int, int]:
    """The script of most letters (and their marks) other than Latin, how many it has, and how many Latin has."""
    from .text import script_of

    counts: Counter[str] = Counter()
    for c, n in Counter(sample[:4000]).items():  # letters and their marks (Khmer vowel signs), each character once
        counts[script_of(c)] += n
    latin = counts.pop("LATIN", 0)
    counts.pop("", None)
    counts.pop("DIGIT", None)
    if not counts:
        return "", 0, latin
    script, n = counts.most_common(1)[0]
    return script, n, latin


def _main_script(sample: str, scripts: tuple[str, int, int] | None = None) -> str:
    """The script an article is written in: that of most letters other than Latin, where it has at least half as
    many as Latin (names of companies and bodies are written as they are), else Latin (a quotation in another
    script does not make the article's script). ``scripts``: :func:`_scripts` of the sample, if counted."""
    script, n, latin = scripts or _scripts(sample)
    return script if script and 2 * n >= latin else ("LATIN" if latin else script)


def _script_language(sample: str, scripts: tuple[str, int, int] | None = None) -> str | None:
    """The language a text's main script names (``data/scripts.toml``), if the script names one.

    The main script is that of most letters and their marks, and it must have at
    least half as many as the Latin script (names of companies and bodies are written
    as they are; an article in a Latin script may quote a name in Greek).
    """
    from .lang import script_languages

    script, n, latin = scripts or _scripts(sample)
    # the script of most letters, not a quotation in an article of another script
    return script_languages().get(script) if n >= 20 and 2 * n >= latin else None


def _script_words(sample: str, main: str) -> tuple[Counter[str], int, list[str]]:
    """The words of ``sample`` written in its main script, folded, and how many times each is; how many words
    it has in other scripts, a character of a script written without spaces (Chinese, Japanese) being a word;
    and the folded words of the main script in the order the text writes them."""
    from .text import script_of

    words: Counter[str] = Counter()
    others = 0
    tokens = _WORD_SPLIT.split(sample)
    folded: dict[str, str] = {}
    for w, n in Counter(tokens).items():  # each different word folded once
        script = script_of(w[0]) if w else ""
        if script == main:
            folded[w] = fold(w)
            words[folded[w]] += n
        elif script and script != "DIGIT":
            others += n * (sum(1 for c in w if is_unspaced(c)) or 1)
    return words, others, [folded[w] for w in tokens if w in folded]


#: The fewest frequent words (``data/langid.toml``) of one language a text needs, and the share of the words of
#: its script they must make, for lingua to weigh only the languages they name; a language is weighed where it
#: has at least 1/``CANDIDATE_RATIO`` of the frequent words of the language with most, or as many as the second
#: with most, and with its neighbours. The words of other scripts may be at most ``OTHER_SCRIPT_SHARE`` of those of
#: the main one.
MIN_FREQUENT, FREQUENT_SHARE, CANDIDATE_RATIO, OTHER_SCRIPT_SHARE = 5, 0.1, 2, 1 / 3
#: More languages than this with at least 1/``CANDIDATE_RATIO`` of the frequent words of the first: the words
#: name no language, and lingua weighs them all.
MAX_NEAR_TOP = 8
#: A text of at least ``SURE_WORDS`` words in its script, ``SURE_SHARE`` of them frequent words of one language,
#: more than ``SURE_RATIO`` times those of any other, is in that language, when no neighbour of it is known
#: (``[neighbours]``) and no other language has more than ``SURE_FOREIGN`` of its words (a quotation): lingua is
#: not asked.
SURE_WORDS, SURE_SHARE, SURE_RATIO, SURE_FOREIGN = 100, 0.2, 2, 0.05
#: The text is also read in runs of ``WINDOW`` words of its script: the language with most frequent words in a run
#: that has at least ``WINDOW_MIN`` of them (no more than ``MAX_NEAR_TOP`` languages tied) leads that run, and is
#: weighed. A language that writes few words apart (Finnish, Estonian, Latvian) leads the runs of an article in it,
#: where a quotation of English or French, three times as full of frequent words, has more of them over the text.
#: A text is in one language without lingua only where fewer than ``SURE_FOREIGN_RUNS`` of the runs that have a
#: leader are led by other languages (an English name, "Ministry of Justice", leads its run in a German article).
WINDOW, WINDOW_MIN, SURE_FOREIGN_RUNS = 20, 2, 0.2


def _leaders(order: list[str], marked: dict[str, frozenset[str]]) -> list[frozenset[str]]:
    """The languages leading each run of ``WINDOW`` words of ``order`` (the text's words in its script, in their
    order) that has ``WINDOW_MIN`` frequent words of two letters or more; ``marked``: each frequent word's
    languages."""
    marked = {w: codes for w, codes in marked.items() if len(w) > 1}  # "s" of "Microsoft's", "a", "i": everyone's
    out: list[frozenset[str]] = []
    for start in range(0, len(order), WINDOW):
        hits = [codes for w in order[start:start + WINDOW] if (codes := marked.get(w))]
        if len(hits) < WINDOW_MIN:
            continue
        scores = Counter(chain.from_iterable(hits))
        top = max(scores.values())
        lead = frozenset(code for code, count in scores.items() if count == top)
        if top >= WINDOW_MIN and len(lead) <= MAX_NEAR_TOP:
            out.append(lead)
    return out


def _candidates(main: str, words: Counter[str], others: int, order: list[str] | None = None) -> tuple[str, ...] | None:
    """The languages lingua need weigh for a text of this main script, its words in it and the words in other
    scripts (:func:`_script_words`), or None: all of them; one language: the text is in it.

    In the Latin and Cyrillic scripts, lingua knows many languages (49 and 8), and loading the models of all of
    them for the first article of the script is most of a cold start, weighing them all most of the time an
    article takes. The frequent words of each (``data/langid.toml``: "the", "of", "und", "et", "și" …, and the
    words with letters few others write, Turkish "ı", Polish "ł", Kazakh "қ") that a text is full of name the
    few languages it can be in: those with most of them, the second with most, their neighbours (Danish with
    Norwegian and Swedish), and any language of the script that has no frequent words listed. lingua weighs each
    language apart from the others, so among these it chooses what it would choose among all, as long as that is
    one of them. Where many languages have nearly as many of the words as the first (``MAX_NEAR_TOP``), the text
    is in none of them: a language none of the lists is of, such as Hausa, whose "a", "da", "na" are everyone's.

    A long text whose frequent words are those of one language by far (``SURE_RATIO``) is in that language,
    unless the language has neighbours or the text quotes another at length (lingua weighs the letters of a
    language, Turkish "ı", Polish "ł", more than its share of the words). Where the words are too few, or another
    script is too present, lingua weighs all the languages: it chooses the languages of the script most words are
    written in, and a Chinese character is a word to it.

    ``order``: the words in the order the text writes them (:func:`_script_words`); the language leading each run
    of them (:func:`_leaders`) is weighed too, and a text is in one language without lingua only where that
    language leads nearly every run (``SURE_FOREIGN_RUNS``).
    """
    from .lang import frequent_words

    table = frequent_words()
    known = table.scripts.get(main)
    if not known:
        return None
    if others > OTHER_SCRIPT_SHARE * sum(words.values()):
        return None
    by_word, by_letter, listed = table.words.get(main, {}), table.letters.get(main, {}), table.listed[main]
    marked: list[tuple[str, frozenset[str], int]] = []  # each word of some language's, its languages, its count
    for w, count in words.items():
        codes = by_word.get(w, frozenset())
        if by_letter and (letters := by_letter.keys() & set(w)):
            codes = codes.union(*(by_letter[letter] for letter in letters))
        if codes:
            marked.append((w, codes, count))
    scores: Counter[str] = Counter()
    for _, codes, count in marked:
        for code in codes:
            scores[code] += count
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) < 2:
        return None
    (first, top), total = ranked[0], sum(words.values())
    if top < MIN_FREQUENT or top < FREQUENT_SHARE * total:
        return None
    leaders = _leaders(order or [], {w: codes for w, codes, _ in marked})
    if (top > SURE_RATIO * ranked[1][1] and top >= SURE_SHARE * total and total >= SURE_WORDS
            and first not in table.neighbours and known <= listed
            and sum(first not in lead for lead in leaders) < SURE_FOREIGN_RUNS * len(leaders)):
        # no quotation in another language: its words that are not the first's are few
        foreign: Counter[str] = Counter()
        for w, codes, count in marked:
            if first not in codes and len(w) > 1:
                for code in codes:
                    foreign[code] += count
        if max(foreign.values(), default=0) < SURE_FOREIGN * total:
            return (first,)
    near_top = [code for code, count in ranked if count * CANDIDATE_RATIO >= top]
    if len(near_top) > MAX_NEAR_TOP:  # words every language writes: a language none of the lists is of (Hausa)
        return None
    chosen = {*near_top, *(code for code, count in ranked if count == ranked[1][1])}.union(*leaders)
    chosen |= {near for code in chosen for near in table.neighbours.get(code, ())}
    return tuple(sorted((chosen | (known - listed)) & known))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``"und"`` when unsure.

    A text written in a script that names its language (``data/scripts.toml``:
    Khmer, Burmese, Ethiopic, Georgian …) is in that language; for the others,
    lingua's statistical models decide, shipped in its PyPI package (offline);
    in the Latin and Cyrillic scripts, among the languages whose frequent words the text
    is full of (:func:`_candidates`: a long text full of those of one language is in it),
    else among all; models are loaded lazily, for the languages weighed only.
    """
    sample = text[:20000]
    scripts = _scripts(sample)
    by_script = _script_language(sample, scripts)
    if by_script:
        return by_script
    main = _main_script(sample, scripts)
    words, others, order = _script_words(sample, main)
    codes = _candidates(main, words, others, order)
    if codes is not None and len(codes) == 1:
        return _by_words(sample, codes[0], words=words)
    language = (_detector_of(codes) if codes else _detector()).detect_language_of(sample)
    if language is None:
        return "und"
    return _by_words(sample, language.iso_code_639_1.name.lower(), words=words)


_WORD_SPLIT = re.compile(r"[\s.,;:!?।॥\"'“”‘’()\[\]«»–—-]+")
#: How many identifying words a text needs at least, what share of the words of its script they must be, and how
#: many times more than those of the language found, to be of another language.
MIN_IDENTIFYING, IDENTIFYING_SHARE, IDENTIFYING_RATIO = 2, 0.05, 2
#: How many it needs at least to be of a language lingua knows (lingua weighed that language already: Hindi writes
#: "या", "or", which is also a Marathi identifying word), and lingua's confidence in the language it found above
#: which its choice stands, whatever the words.
MIN_IDENTIFYING_KNOWN, LINGUA_SURE = 5, 0.9


def _by_words(sample: str, found: str, *, words: Counter[str] | None = None) -> str:
    """Another language than ``found`` whose identifying words (``[language] identify``) the text is full of.

    lingua knows no Nepali and calls it Hindi; Nepali's "छ", "भएको", "गरेको" outnumber Hindi's
    "है", "था", "में" in a Nepali text many times over. Only the words written in the article's main script
    count (a Hindi quotation makes no English article Hindi), and they must be at least ``MIN_IDENTIFYING``, a
    share ``IDENTIFYING_SHARE`` of the words of that script (a short text needs few, a long one many) and more
    than ``IDENTIFYING_RATIO`` times those of ``found``. For a language lingua knows, which it weighed and did
    not choose, they must be at least ``MIN_IDENTIFYING_KNOWN``, and lingua's choice stands where it is sure
    of it (``LINGUA_SURE``). ``words``: :func:`_script_words` of the sample, if counted.
    """
    from .lang import _lingua_codes, identifying_words

    table = identifying_words()
    if not table:
        return found
    if words is None:
        words = _script_words(sample, _main_script(sample))[0]
    scores = {code: sum(words[w] for w in ws) for code, ws in table.items()}
    own = scores.get(found, 0)
    best = max((c for c in scores if c != found), key=lambda c: (scores[c], c), default=None)
    if best is None:
        return found
    score = scores[best]
    known = best in _lingua_codes()
    if (score < (MIN_IDENTIFYING_KNOWN if known else MIN_IDENTIFYING) or score < IDENTIFYING_SHARE * sum(words.values())
            or score <= IDENTIFYING_RATIO * own):
        return found
    if known and found in _lingua_codes():
        from lingua import IsoCode639_1, Language

        sure = _detector().compute_language_confidence(sample, Language.from_iso_code_639_1(IsoCode639_1.from_str(found)))
        if sure >= LINGUA_SURE:
            return found
    return best


# ---------------------------------------------------------------- sentences

# A sentence ends after terminal punctuation (and closing quotes/brackets)
# followed by white space; CJK full stops need no space after them.
_TERMINAL = r"[.!?।॥؟۔።፧‼⁇⁈⁉։]"  # with the Devanagari, Arabic, Urdu, Ethiopic and Armenian full stops
_CLOSERS = r"(?:[\"'”’»)\]」』]|[ \u00a0\u202f][»”])*"
# A run of terminal marks is taken whole (possessive) and only from its first mark (the look-behind):
# a run that no space follows costs its length once, not its length at each of its marks.
_LATIN_END = re.compile(rf"(?<!{_TERMINAL}){_TERMINAL}++{_CLOSERS}(?=\s)")
# full stops of scripts written without spaces, which need none after them: Han, Khmer "។", Myanmar "။", Tibetan "།"
_CJK_END = re.compile(rf"[。！？។။།༎]+{_CLOSERS}")
_BLOCK = re.compile(r"[^\n]+")
#: Scripts whose letters Unicode calls lowercase though their texts write no capitals (Georgian Mkhedruli, whose
#: Mtavruli capitals are kept for titles): a sentence may start with such a letter.
CASELESS_IN_USE = frozenset({"GEORGIAN"})
# The word before a full stop, read backwards in the reversed block from the full stop: what stands between
# the full stop and the white space, bracket or quote before it. Each full stop reads its word only, so
# splitting a block is linear in its length.
_LAST_WORD_REVERSED = re.compile(r"\.([^\s(«“\"']+)")
_NEXT_CHAR = re.compile(r"\S")


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    """An initial ("M."), a day or ordinal number ("9."), or one of the language's abbreviations."""
    return (len(word) == 1 and word.isalpha()) or (word.isdigit() and len(word) <= 2) or word.casefold() in abbreviations


def split_sentences(text: str, *, abbreviations: Iterable[str] = ()) -> tuple[Span, ...]:
    """Sentence spans of ``text``, for any script.

    Lines are blocks (a headline, a paragraph). Inside a block, a sentence ends
    at terminal punctuation of any script (``.``, ``।``, ``。``, ``؟`` …) and its
    closing quotes, followed by space, except after an initial ("M."), a
    one- or two-digit number ("9."), one of the language's ``abbreviations``
    ("Dr", "nr"), or before a lowercase letter (of a script that writes capitals: Georgian's are all lowercase to
    Unicode). In scripts written without spaces between words (Thai, Lao, Khmer,
    Myanmar) words run together; in Thai and Lao, which have no full stop, a space
    between two letters ends a sentence, as it does in their typography (a space
    next to a digit does not: it sets a number apart), and a full stop after a letter
    marks an abbreviation ("บช.สอท.", "กสทช."), no end; Khmer "។" and Burmese "။"
    end theirs, and their spaces only set phrases apart.

    >>> [(s.start, s.end) for s in split_sentences("One. Two!\\nThree")]
    [(0, 4), (5, 9), (10, 15)]
    """
    abbrevs = frozenset(a.casefold() for a in abbreviations)
    spans: list[Span] = []
    for block in _BLOCK.finditer(text):
        cuts: set[int] = set()
        b0, b1 = block.span()
        chunk = block.group()
        reversed_chunk = chunk[::-1]
        for m in _LATIN_END.finditer(chunk):
            end = m.end()
            last = _LAST_WORD_REVERSED.match(reversed_chunk, len(chunk) - 1 - m.start())
            nxt = _NEXT_CHAR.search(chunk, end)
            if (last and _is_abbreviation(last.group(1)[::-1], abbrevs)) or (
                    nxt and nxt.group().islower() and script_of(nxt.group()) not in CASELESS_IN_USE):
                continue
            if m.start() and chunk[m.start()] == "." and script_of(chunk[m.start() - 1]) in SPACE_ENDS_SENTENCE:
                continue  # Thai has no full stop: one after its letters marks an abbreviation ("บช.สอท.", "กสทช.")
            cuts.add(end)
        for m in _CJK_END.finditer(chunk):
            cuts.add(m.end())
        for i, ch in enumerate(chunk):
            if (ch == " " and 0 < i < len(chunk) - 1 and script_of(chunk[i - 1]) in SPACE_ENDS_SENTENCE
                    and script_of(chunk[i + 1]) in SPACE_ENDS_SENTENCE
                    and not chunk[i - 1].isdigit() and not chunk[i + 1].isdigit()):  # "๑,๒๐๙ ราย": one count
                cuts.add(i)
        start = 0
        for cut in sorted(cuts) + [len(chunk)]:
            piece = chunk[start:cut]
            stripped = piece.strip()
            if stripped:
                s = b0 + start + (len(piece) - len(piece.lstrip()))
                spans.append(Span(s, s + len(stripped)))
            start = cut
    return tuple(spans)


# ---------------------------------------------------------------- documents


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, name: str) -> None:
    """Refuse a text that holds a lone surrogate: no Unicode text does (a file decoded with ``surrogateescape``,
    a string cut in the middle of a UTF-16 pair); it cannot be written as UTF-8, hashed, nor read by lingua."""
    if not isinstance(text, str):
        raise InputError(f"{name}: the text is a {type(text).__name__}, not a str", hint="decode it first")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise InputError(f"{name}: the text holds a lone surrogate (U+{ord(bad.group()):04X}) at offset {bad.start()}, "
                         "which is no Unicode character",
                         hint='decode its bytes as UTF-8, or replace it: text.encode("utf-8", "replace").decode("utf-8")')


def make_document(text: str, *, doc_id: str, language: str | None = None, path: str | None = None) -> Document:
    """A :class:`Document` from decoded text: language identified unless given, sentences split."""
    check_text(text, doc_id)
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
        raise InputError(f"language = {language!r} is invalid; give an ISO 639-1 code such as 'fr' or 'hi'")
    lang = language or detect_language(text)
    return Document(
        id=doc_id,
        text=text,
        language=lang,
        sentences=split_sentences(text, abbreviations=language_data(lang).abbreviations),
        path=path,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def file_name(path: str | Path) -> str:
    """A file's base name as text, whatever the locale: the UTF-8 it is written in on disk.

    Python gives a name it cannot decode in the locale's encoding with surrogate
    escapes (any non-ASCII name under ``LC_ALL=C`` without UTF-8 mode, or a name
    in Latin-1 bytes): its bytes are read again as UTF-8.

    Raises:
        InputError: the name's bytes are not UTF-8 (a name copied from an older system).

    Example:
        >>> file_name("articles/café.txt")
        'café.txt'
    """
    name = Path(path).name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        shown = raw.decode("utf-8", "backslashreplace")
        raise InputError(f"{path}: its name is not UTF-8 ({shown}); rename it, e.g. with "
                         "`convmv -f latin1 -t utf8 --notest FILE`",
                         hint="a document is known by its file name, which graphkit writes as UTF-8") from None


def read_document(path: str | Path, *, language: str | None = None, max_bytes: int | None = MAX_ARTICLE_BYTES,
                  encoding: str | None = None, data: bytes | None = None,
                  location: str | Path | None = None) -> Document:
    """Read one article file into a :class:`Document` (its id is the file's base name, :func:`file_name`).

    ``max_bytes`` and ``encoding`` are :func:`read_text`'s. ``data``: the file's
    bytes, already read (by :func:`read_bytes`, elsewhere); ``location``: where to
    open the file when it is not ``path`` itself. Either way, the document and
    every message are those of ``path``.
    """
    path = Path(path)
    doc_id = file_name(path)
    if data is None:
        data = read_bytes(path, max_bytes=max_bytes, location=location)
    text = text_of(path, data, max_bytes=max_bytes, encoding=encoding)
    return make_document(text, doc_id=doc_id, language=language, path=str(path))
