"""What graphkit makes of its data, built once and then loaded from a cache on disk.

Matching automatons (the registry's names, the GeoNames cities, the CLDR's
places of a language) take from a tenth of a second to a minute to build,
and a fraction of that to load: :func:`cached` returns what ``build()``
returns, from the cache when an earlier run left it there.

Never stale: an entry's key is a hash of everything it is made from, the
bytes of the data files it reads, the versions of the libraries that build
it, Python's version and graphkit's own source code. Edit a language file or
the registry, upgrade babel or graphkit, and the next run builds the entry
again (and removes the older one).

Where: ``$GRAPHKIT_CACHE_DIR``; else ``$XDG_CACHE_HOME/graphkit``, else
``~/.cache/graphkit`` (``~/Library/Caches/graphkit`` on macOS,
``%LOCALAPPDATA%\\graphkit\\Cache`` on Windows). ``GRAPHKIT_NO_CACHE=1``
turns the cache off: everything is built in memory, as on a first run.

Safe to share: an entry is written to a temporary file beside it and renamed
over its name, so two processes writing the same entry at once each put a
whole file there, and a reader never sees half of one. A file that cannot be
read back (cut short by a full disk, damaged, written by another version of
a library) is built again, never an error; a cache folder that cannot be
written is no error either (what is built is used, not kept). A pickle runs
code when it is loaded: only files owned by the user running graphkit are.

Example:
    >>> table = cached("squares", lambda: {n: n * n for n in range(10)}, inputs=["v1"])  # doctest: +SKIP
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import mmap
import os
import pickle
import struct
import sys
import tempfile
import time
import zlib
from array import array
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Bumped when the layout of the cache files changes.
FORMAT = b"GKC2"
#: format, payload length, Adler-32 of the payload (it finds a damaged byte as CRC-32 does, in half the time: the
#: 45 MB of entries a build of the seed articles loads took 30 to 55 ms to check with CRC-32)
_HEADER = struct.Struct("<4sQI")
#: Temporary files older than this (left by a process that was killed while writing) are removed.
STALE_TEMPORARY_SECONDS = 3600


def cache_dir() -> Path | None:
    """The folder of the cache, or None when it is turned off (``GRAPHKIT_NO_CACHE``) or has no place."""
    if os.environ.get("GRAPHKIT_NO_CACHE", "") not in ("", "0"):
        return None
    override = os.environ.get("GRAPHKIT_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "graphkit" / "Cache" if base else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "graphkit"
    try:
        home = Path.home()
    except RuntimeError:  # no home folder to be found
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "graphkit"
    return home / ".cache" / "graphkit"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A hash of graphkit's own source files (its version among them): an entry built by other code is another
    entry."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
    return h.hexdigest()


_FILE_DIGESTS: dict[tuple, str] = {}


def file_digest(path: str | Path) -> str:
    """The SHA-256 of a file's bytes (hashed once per process while the file stays the same size and time)."""
    st = os.stat(path)
    stamp = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)  # the file, not its path: no resolve
    found = _FILE_DIGESTS.get(stamp)
    if found is None:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        found = _FILE_DIGESTS[stamp] = h.hexdigest()
    return found


def digest(inputs: Iterable[str | bytes | Path]) -> str:
    """The key of what is made of ``inputs``: files (their bytes), strings and bytes (as they are), with graphkit's
    code and Python's version."""
    h = hashlib.sha256(FORMAT)
    h.update(code_digest().encode())
    h.update(f"{sys.implementation.cache_tag} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    for item in inputs:
        if isinstance(item, Path):
            h.update(b"file\0" + item.name.encode("utf-8", "surrogatepass") + b"\0" + file_digest(item).encode())
        elif isinstance(item, bytes):
            h.update(b"bytes\0" + hashlib.sha256(item).digest())
        else:
            h.update(b"str\0" + hashlib.sha256(str(item).encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()


def path_name(name: str, path: str | Path) -> str:
    """An entry's name for what is made of the file at ``path``: one entry per file, each kept apart from the
    others (the shipped registry and another one given by ``GRAPHKIT_ONTOLOGY``)."""
    where = os.path.abspath(path).encode("utf-8", "surrogatepass")
    return f"{name}-{hashlib.sha256(where).hexdigest()[:12]}"


def library_stamp(module) -> str:
    """What tells one installed version of an extension module from another: its file's size and time."""
    where = _file_stamp(getattr(module, "__file__", None) or "")
    if where is None:
        return f"{module.__name__} {getattr(module, '__version__', '?')}"
    return f"{module.__name__} {getattr(module, '__version__', '')} {where}"


def package_stamp(name: str) -> str:
    """What tells one installed version of a package from another, without importing it: the size and time of
    its ``__init__`` (or its module's file), found on ``sys.path`` as an import finds an installed package (import
    hooks are not asked: this is no import)."""
    from importlib.machinery import PathFinder

    try:
        spec = PathFinder.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    where = _file_stamp(getattr(spec, "origin", None) or "")
    return f"{name} ?" if where is None else f"{name} {where}"


def _file_stamp(path: str) -> str | None:
    """A file's path, size and time, or None if it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{path} {st.st_size} {st.st_mtime_ns}"


def cached(name: str, build: Callable[[], T], *, inputs: Iterable[str | bytes | Path] = ()) -> T:
    """``build()``, or what an earlier ``build()`` of the same ``inputs`` (and the same code) left in the cache.

    Args:
        name: the entry's name, a file name's start (letters, digits, hyphens); one file per name is kept.
        build: makes the value (a picklable object); its errors are raised as they are, and nothing is kept.
        inputs: what the value is made from: files (hashed by their bytes), and strings or bytes such as the
            versions of the libraries ``build`` uses.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = digest(inputs)
    except OSError:  # an input that cannot be read: ``build`` says why, in its words
        return build()
    path = folder / f"{name}-{key[:32]}.pickle"
    found = _load(path)
    if found is not _MISSING:
        return found
    value = build()
    _store(path, name, value)
    return value


_MISSING = object()


def _load(path: Path):
    """The value in the file at ``path``, or ``_MISSING`` when there is none that can be trusted and read."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if hasattr(os, "getuid") and st.st_uid != os.getuid():
                return _MISSING  # someone else's file: never unpickled
            if st.st_size < _HEADER.size:
                return _MISSING
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
                fmt, length, check = _HEADER.unpack_from(data)
                if fmt != FORMAT or length != st.st_size - _HEADER.size:
                    return _MISSING
                with memoryview(data) as view:
                    payload = view[_HEADER.size:]
                    try:
                        if zlib.adler32(payload) != check:
                            return _MISSING
                        return _unpickle(payload)
                    finally:
                        payload.release()
    except OSError:
        return _MISSING
    except Exception:  # noqa: BLE001 - a damaged pickle raises anything (EOFError, UnpicklingError, ImportError …)
        return _MISSING


def _unpickle(payload):
    """``pickle.loads`` with the cyclic garbage collector paused: the hundreds of thousands of tuples an automaton's
    names make would set it off again and again, each time over every object of the process (a tenth of a second to
    load alone, most of a second in a process that has read its ontology)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(payload)
    finally:
        if enabled:
            gc.enable()


def _store(path: Path, name: str, value) -> None:
    """Write ``value`` to ``path`` through a temporary file and a rename; a folder that refuses is no error."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_HEADER.pack(FORMAT, len(payload), zlib.adler32(payload)))
            f.write(payload)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _prune(folder, name, keep=path.name)


def _prune(folder: Path, name: str, *, keep: str) -> None:
    """Remove the other entries of ``name`` (built from other inputs), and temporary files left by killed writers."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.endswith(".pickle") and entry.name != keep and entry.name.rpartition("-")[0] == name:
                os.unlink(entry.path)
            elif (entry.name.startswith(f".{name}-") and entry.name.endswith(".tmp")
                  and now - entry.stat().st_mtime > STALE_TEMPORARY_SECONDS):
                os.unlink(entry.path)
        except OSError:
            pass


class Strings:
    """Many strings kept as one, for what goes into the cache: their concatenation and the offset where each ends.

    Pickled, that is one string and one array, whatever their number: a million names load in hundredths of a
    second, where a list of them takes most of a second.

    >>> names = Strings(["Europol", "", "INTERPOL"])
    >>> len(names), names[2], list(names), names.length(0)
    (3, 'INTERPOL', ['Europol', '', 'INTERPOL'], 7)
    """

    def __init__(self, strings: Iterable[str]) -> None:
        strings = list(strings)
        self.joined = "".join(strings)
        self.ends = array("Q", itertools.accumulate(map(len, strings)))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> str:
        return self.joined[self.ends[i - 1] if i else 0:self.ends[i]]

    def __iter__(self):
        start = 0
        for end in self.ends:
            yield self.joined[start:end]
            start = end

    def length(self, i: int) -> int:
        return self.ends[i] - (self.ends[i - 1] if i else 0)
