"""graphkit.writing: every file a command writes is written whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from graphkit.errors import InputError
from graphkit.writing import atomic_writer, write_atomic


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_writer(path) as out:
            out.write(b"half of a ne")
            raise RuntimeError("the build stopped")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_the_file_gets_the_mode_the_umask_gives(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        path = write_atomic(tmp_path / "g.ttl", b"data")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.parametrize("inside", ["g.ttl", "sub/g.ttl", "sub/deeper/g.ttl"])
def test_a_file_where_a_folder_is_needed_is_named(tmp_path, inside):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        write_atomic(blocker / inside, b"data")
    assert caught.value.message == f"{blocker}: is a file, not a folder"
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_folder_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a file"):
        with atomic_writer(tmp_path):
            raise AssertionError("the body must not run")


def test_missing_folders_are_made_and_the_path_is_returned(tmp_path):
    path = tmp_path / "a" / "b" / "g.ttl"
    assert write_atomic(path, "Граф".encode("utf-8")) == path
    assert path.read_text(encoding="utf-8") == "Граф"


def test_dash_is_standard_output(capfdbinary):
    assert str(write_atomic("-", b"to stdout\n")) == "-"
    assert capfdbinary.readouterr().out == b"to stdout\n"
