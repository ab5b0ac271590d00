"""Files → :class:`~graphkit.model.Document`: finding, decoding, language, sentences.

The text is kept exactly as decoded (no newline translation, no
normalisation), so that every offset graphkit writes points into the file as
a reader would see it.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import InputError
from .lang import language as language_data
from .model import Document, Span
from .text import is_unspaced

#: File name endings read as articles.
TEXT_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Skipped:
    """An input passed over, and why."""

    path: str
    reason: str


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Expand files and folders (recursively) into the article files to read.

    Folders contribute their ``.txt`` and ``.md`` files, sorted; other files in
    them are reported as skipped. A file named explicitly is read whatever its
    ending. A path that does not exist raises :class:`InputError`.

    Returns:
        ``(files, skipped)``, files without duplicates in a stable order.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_dir():
                    continue
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if not child.exists():
                    skipped.append(Skipped(str(child), "broken link"))
                elif child.suffix.lower() in TEXT_SUFFIXES:
                    add(child)
                else:
                    skipped.append(Skipped(str(child), "not a .txt or .md file"))
        elif path.is_file():
            add(path)
        elif path.is_symlink():
            raise InputError(f"{path}: broken link", hint="point it at an existing file")
        else:
            raise InputError(f"{path}: no such file or folder", hint="check the path")
    return files, skipped


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode an article's bytes: UTF-8, or UTF-16/32 with a byte order mark.

    Raises:
        InputError: the bytes are empty, binary, or not text in a known encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} after its byte order mark ({exc.reason} at byte {exc.start})",
                                 hint="re-save the file as UTF-8") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks binary (NUL bytes), not a text article", hint="give .txt or .md files in UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start}: {exc.reason})",
                         hint="re-save the file as UTF-8") from None


def read_text(path: Path) -> str:
    """Read and decode one file; every failure is an :class:`InputError` naming it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder", hint="give folders as inputs, they are read recursively") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check its permissions") from None
    text = decode(data, name=str(path))
    if not text.strip():
        raise InputError(f"{path}: is empty", hint="remove it or give it some text")
    return text


# ---------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder  # heavy: loaded on first use only

    return LanguageDetectorBuilder.from_all_languages().build()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``"und"`` when unsure.

    Uses lingua's statistical models, shipped in its PyPI package (offline);
    models are loaded lazily for the candidate languages only.
    """
    sample = text[:20000]
    language = _detector().detect_language_of(sample)
    if language is None:
        return "und"
    return language.iso_code_639_1.name.lower()


# ---------------------------------------------------------------- sentences

# A sentence ends after terminal punctuation (and closing quotes/brackets)
# followed by white space; CJK full stops need no space after them.
_TERMINAL = r"[.!?।॥؟۔።‼⁇⁈⁉]"
_CLOSERS = r"(?:[\"'”’»)\]」』]|[ \u00a0\u202f][»”])*"
_LATIN_END = re.compile(rf"{_TERMINAL}+{_CLOSERS}(?=\s)")
_CJK_END = re.compile(rf"[。！？]+{_CLOSERS}")
_BLOCK = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"(?:^|[\s(«“\"'])([^\s(«“\"']+)\.$")


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    """An initial ("M."), a day or ordinal number ("9."), or one of the language's abbreviations."""
    return (len(word) == 1 and word.isalpha()) or (word.isdigit() and len(word) <= 2) or word.casefold() in abbreviations


def split_sentences(text: str, *, abbreviations: Iterable[str] = ()) -> tuple[Span, ...]:
    """Sentence spans of ``text``, for any script.

    Lines are blocks (a headline, a paragraph). Inside a block, a sentence ends
    at terminal punctuation of any script (``.``, ``।``, ``。``, ``؟`` …) and its
    closing quotes, followed by space, except after an initial ("M."), a
    one- or two-digit number ("9."), one of the language's ``abbreviations``
    ("Dr", "nr"), or before a lowercase letter. In scripts written without spaces between words (Thai, Lao, Khmer,
    Myanmar) a space between two letters of that script ends a sentence, as it
    does in their typography.

    >>> [(s.start, s.end) for s in split_sentences("One. Two!\\nThree")]
    [(0, 4), (5, 9), (10, 15)]
    """
    abbrevs = frozenset(a.casefold() for a in abbreviations)
    spans: list[Span] = []
    for block in _BLOCK.finditer(text):
        cuts: set[int] = set()
        b0, b1 = block.span()
        chunk = block.group()
        for m in _LATIN_END.finditer(chunk):
            end = m.end()
            last = _LAST_WORD.search(chunk[:m.start() + 1])
            nxt = chunk[end:].lstrip()[:1]
            if (last and _is_abbreviation(last.group(1), abbrevs)) or (nxt and nxt.islower()):
                continue
            cuts.add(end)
        for m in _CJK_END.finditer(chunk):
            cuts.add(m.end())
        for i, ch in enumerate(chunk):
            if ch == " " and 0 < i < len(chunk) - 1 and is_unspaced(chunk[i - 1]) and is_unspaced(chunk[i + 1]):
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


def make_document(text: str, *, doc_id: str, language: str | None = None, path: str | None = None) -> Document:
    """A :class:`Document` from decoded text: language identified unless given, sentences split."""
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


def read_document(path: str | Path, *, language: str | None = None) -> Document:
    """Read one article file into a :class:`Document` (its id is the file's base name)."""
    path = Path(path)
    return make_document(read_text(path), doc_id=path.name, language=language, path=str(path))
