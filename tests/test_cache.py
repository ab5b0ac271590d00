"""graphkit.cache: built once, loaded after; never stale, never a crash, safe to share."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graphkit import cache
from graphkit.cache import cached

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A cache folder of the test's own."""
    path = tmp_path / "cache"
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(path))
    monkeypatch.delenv("GRAPHKIT_NO_CACHE", raising=False)
    return path


class Builds:
    """A build that counts its calls, and returns what its data file holds."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"words": self.data.read_text(encoding="utf-8").split(), "built": self.calls}


@pytest.fixture
def data(tmp_path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("Interpol Europol AFRIPOL", encoding="utf-8")
    return path


def entries(folder: Path, name: str = "words") -> list[Path]:
    return sorted(folder.glob(f"{name}-*.pickle"))


def test_built_once_then_loaded(folder, data):
    build = Builds(data)
    first = cached("words", build, inputs=[data])
    second = cached("words", build, inputs=[data])
    assert first == second == {"words": ["Interpol", "Europol", "AFRIPOL"], "built": 1}
    assert build.calls == 1
    assert len(entries(folder)) == 1


def test_changed_data_is_built_again_and_the_old_entry_removed(folder, data):
    build = Builds(data)
    cached("words", build, inputs=[data])
    old = entries(folder)
    data.write_text("Interpol Europol AFRIPOL Ameripol", encoding="utf-8")
    found = cached("words", build, inputs=[data])
    assert found["words"][-1] == "Ameripol" and build.calls == 2
    assert len(entries(folder)) == 1 and entries(folder) != old
    assert cached("words", build, inputs=[data])["words"][-1] == "Ameripol" and build.calls == 2


def test_the_same_bytes_elsewhere_are_the_same_entry_but_other_versions_are_not(folder, data, tmp_path):
    build = Builds(data)
    copy = tmp_path / "elsewhere" / "words.txt"
    copy.parent.mkdir()
    copy.write_bytes(data.read_bytes())
    cached("words", build, inputs=[data, "babel 2.19"])
    cached("words", build, inputs=[copy, "babel 2.19"])
    assert build.calls == 1
    cached("words", build, inputs=[data, "babel 2.20"])
    assert build.calls == 2


def test_other_code_is_another_entry(folder, data, monkeypatch):
    build = Builds(data)
    cached("words", build, inputs=[data])
    monkeypatch.setattr(cache, "code_digest", lambda: "graphkit as edited")
    cached("words", build, inputs=[data])
    assert build.calls == 2


@pytest.mark.parametrize("damage", ["cut short", "a flipped byte", "empty", "not a cache file", "a folder"])
def test_a_damaged_entry_is_built_again_not_a_crash(folder, data, damage):
    build = Builds(data)
    cached("words", build, inputs=[data])
    (path,) = entries(folder)
    raw = path.read_bytes()
    if damage == "cut short":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "a flipped byte":
        path.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0xFF]) + raw[-4:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not a cache file":
        path.write_bytes(b"\x80\x04K\x01." + raw[5:])
    else:
        path.unlink()
        path.mkdir()
    found = cached("words", build, inputs=[data])
    assert found == {"words": ["Interpol", "Europol", "AFRIPOL"], "built": 2}
    if damage != "a folder":  # rewritten whole, and loaded from then on
        assert cached("words", build, inputs=[data])["built"] == 2
        assert build.calls == 2


def test_a_folder_that_cannot_be_written_is_no_error(folder, data, monkeypatch):
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: the folder refuses as a read-only one would
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(cache.tempfile, "mkstemp", refuse)
    try:
        build = Builds(data)
        assert cached("words", build, inputs=[data])["words"][0] == "Interpol"
        assert cached("words", build, inputs=[data])["built"] == 2  # built each time, kept nowhere
        assert entries(folder) == []
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_that_cannot_be_made_is_no_error(tmp_path, data, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GRAPHKIT_CACHE_DIR", str(blocker / "cache"))
    build = Builds(data)
    assert cached("words", build, inputs=[data])["words"] == ["Interpol", "Europol", "AFRIPOL"]
    assert blocker.read_text() == "not a folder"


def test_turned_off(folder, data, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_NO_CACHE", "1")
    build = Builds(data)
    cached("words", build, inputs=[data])
    cached("words", build, inputs=[data])
    assert build.calls == 2 and not folder.exists()


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("GRAPHKIT_CACHE_DIR", raising=False)
    monkeypatch.delenv("GRAPHKIT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert cache.cache_dir() == tmp_path / "xdg" / "graphkit"
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # not absolute: ignored, as the spec says
        assert cache.cache_dir() == Path.home() / ".cache" / "graphkit"


def test_build_errors_are_raised_and_nothing_is_kept(folder, data):
    from graphkit.errors import OntologyError

    def broken():
        raise OntologyError("registry x.ttl cannot be parsed")

    with pytest.raises(OntologyError, match="cannot be parsed"):
        cached("words", broken, inputs=[data])
    assert not entries(folder)


def test_an_input_that_cannot_be_read_leaves_the_error_to_the_build(folder, tmp_path):
    with pytest.raises(FileNotFoundError):
        cached("words", Builds(tmp_path / "missing.txt"), inputs=[tmp_path / "missing.txt"])


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a file away")
def test_someone_elses_file_is_never_loaded(folder, data):
    build = Builds(data)
    cached("words", build, inputs=[data])
    (path,) = entries(folder)
    os.chown(path, 65534, -1)
    assert cached("words", build, inputs=[data])["built"] == 2


def test_temporary_files_of_killed_writers_are_removed(folder, data):
    build = Builds(data)
    folder.mkdir()
    left = folder / ".words-abc123.tmp"
    left.write_bytes(b"half a pickle")
    os.utime(left, (0, 0))
    recent = folder / ".words-def456.tmp"  # another process may be writing it now
    recent.write_bytes(b"being written")
    cached("words", build, inputs=[data])
    assert not left.exists() and recent.exists()


_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from graphkit.cache import cached

    def build():
        time.sleep(0.3)  # all of them build at once
        return {"names": [f"name {i}" for i in range(200_000)]}

    value = cached("race", build, inputs=[Path(sys.argv[1])])
    assert value["names"][-1] == "name 199999"
""")


def test_processes_writing_the_same_entry_at_once_leave_one_whole_file(folder, data):
    env = dict(os.environ, GRAPHKIT_CACHE_DIR=str(folder), PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(data)], env=env, stderr=subprocess.PIPE)
             for _ in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    (path,) = entries(folder, "race")
    assert not list(folder.glob(".race-*.tmp"))

    def fail():
        raise AssertionError("loaded, not built")

    assert cached("race", fail, inputs=[data])["names"][-1] == "name 199999"


def test_a_file_edited_in_place_with_its_time_put_back_is_hashed_again(tmp_path):
    """The hash of a file is remembered while the file is the same: an edit of the same size whose modification time
    is put back (``touch -r``, ``cp -p``) still changes its status-change time, so it is hashed again."""
    import time

    path = tmp_path / "words.txt"
    path.write_text("Interpol", encoding="utf-8")
    first = cache.file_digest(path)
    st = os.stat(path)
    time.sleep(0.05)  # beyond the file system's clock step
    path.write_text("Europol!", encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(path).st_size == st.st_size and os.stat(path).st_mtime_ns == st.st_mtime_ns
    assert cache.file_digest(path) != first
    assert cache.file_digest(str(path)) == cache.file_digest(path)


@pytest.mark.parametrize("where", [0.0, 0.3, 0.77, 1.0])
def test_a_byte_changed_anywhere_in_an_entry_is_found(folder, tmp_path, where):
    """The checksum finds one changed byte wherever it is in an entry (here one of 200 KB, strings and numbers)."""
    value = {"names": [f"name {i}" for i in range(20000)], "ends": list(range(0, 400000, 20))}
    calls = []
    cached("big", lambda: calls.append(1) or value)
    (path,) = entries(folder, "big")
    raw = bytearray(path.read_bytes())
    at = cache._HEADER.size + int(where * (len(raw) - cache._HEADER.size - 1))
    raw[at] ^= 0x01
    path.write_bytes(bytes(raw))
    assert cached("big", lambda: calls.append(1) or value) == value and calls == [1, 1]


def test_a_package_is_stamped_without_being_imported(tmp_path, monkeypatch):
    package = tmp_path / "stamped_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("raise RuntimeError('imported')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    first = cache.package_stamp("stamped_pkg")
    assert "stamped_pkg" not in sys.modules and str(package / "__init__.py") in first
    (package / "__init__.py").write_text("raise RuntimeError('imported, version 2')\n", encoding="utf-8")
    assert cache.package_stamp("stamped_pkg") != first  # another version: another entry
    assert cache.package_stamp("no_such_package_here") == "no_such_package_here ?"
