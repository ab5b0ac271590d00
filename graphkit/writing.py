"""How graphkit writes a file: whole or not at all; ``-`` is standard output.

Every file a command writes (a graph, a page, an export) is written to a
temporary file beside it and moved over it once complete (:func:`os.replace`),
so that a reader never sees half a file and a crash or a full disk leaves the
old file as it was. The new file gets the usual mode (0666 less the umask),
not a temporary file's 0600.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

#: The path that stands for standard output.
STDOUT = "-"


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file, so a crash never leaves half a file.

    ``-`` is standard output, as in every graphkit command.

    Raises:
        InputError: ``path`` is a folder, or its folder cannot be written.
    """
    if str(path) == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return Path(path)
    with atomic_writer(path) as fh:
        fh.write(data)
    return Path(path)


@contextmanager
def atomic_writer(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: it replaces ``path`` only once complete, else it is removed.

    A ``path`` that is a folder is refused at once, not after a long build.
    Missing folders on the way are made.

    Raises:
        InputError: ``path`` is a folder, a file stands where it needs a folder, or its
            folder cannot be written.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file; give a file name", hint="check the path")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary_beside(path)
    except OSError as exc:
        blocker = _file_on_the_way(folder) if isinstance(exc, (FileExistsError, NotADirectoryError)) else None
        if blocker is not None:
            raise InputError(f"{blocker}: is a file, not a folder", hint="check the path") from None
        raise InputError(f"{path}: cannot write ({exc.strerror})", hint="check the folder and its permissions") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _file_on_the_way(folder: Path) -> Path | None:
    """The nearest of ``folder`` and its parents that exists, if it is not a folder (a file in the way)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return None if candidate.is_dir() else candidate
    return None


def _temporary_beside(path: Path) -> tuple[int, Path]:
    """A new, empty file in ``path``'s folder, opened for writing, with the mode 0666 less the umask.

    Not :func:`tempfile.mkstemp`, whose files are 0600 (and changing the umask
    to read it would change it for every thread of the process).
    """
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file beside {path}")  # pragma: no cover - 100 collisions
