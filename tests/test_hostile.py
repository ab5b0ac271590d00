"""Hostile input, failure and scale: nothing crashes, nothing is lost.

Each test gives graphkit something a user may really give it (an empty file, a PNG named
.txt, an article saved in Windows-1251, a 50 MB file, a named pipe, a link loop, a graph
file cut short, a damaged ontology, a gold file that breaks the format, an output path that
is a folder …) and checks what the user sees: one line ``error: [CODE] message`` naming the
file and saying what is wrong, a hint saying what to do, the exit code of the README, no
traceback (unless ``--debug``). In a batch, a bad file is reported and skipped, the others
are built, and the exit code is 4. Outputs are written atomically: a real ``graphkit build``
killed at several moments leaves each output either as it was or complete.
"""

from __future__ import annotations

import codecs
import gc
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from graphkit.cli import main
from graphkit.errors import InputError
from graphkit.ingest import MAX_ARTICLE_BYTES, check_encoding, collect, decode, read_document, read_text
from graphkit.resources import clear_caches

from .conftest import CORPUS, ROOT

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
needs_symlink = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")

SWEDISH = ("Polisen och Swedbank inleder ett samarbete mot bedrägerier. Enligt myndigheten har antalet "
           "anmälningar ökat med 30 procent under året.\n")

#: Short invented news paragraphs, and the legacy encodings people save such text in.
LEGACY = {
    "fr": ("Europol et Microsoft s'associent contre la fraude en ligne. La coopération, annoncée mercredi à "
           "La Haye, réunit des enquêteurs européens et des ingénieurs de l'entreprise. « Nous avons démantelé "
           "un réseau qui a fait plus de 3 000 victimes », a déclaré le porte-parole. Les données saisies "
           "seront analysées dans les prochaines semaines, précise l'agence, qui évoque un préjudice de "
           "12 millions d'euros. Une deuxième phase de l'opération est déjà prévue à l'été."),
    "ro": ("Poliţia Română şi Banca Transilvania au lansat o campanie comună împotriva fraudelor informatice. "
           "Potrivit Direcţiei de Combatere a Criminalităţii Organizate, în ultimul an au fost înregistrate "
           "peste 4.000 de plângeri, iar prejudiciul estimat depăşeşte 20 de milioane de lei. Specialiştii "
           "recomandă cetăţenilor să nu îşi divulge datele bancare şi să verifice întotdeauna adresa "
           "site-ului înainte de a face plăţi online."),
    "pl": ("Centralne Biuro Zwalczania Cyberprzestępczości i bank PKO BP podpisały porozumienie o współpracy. "
           "Według policji w ubiegłym roku zgłoszono ponad 50 tysięcy oszustw internetowych, a straty "
           "przekroczyły 200 milionów złotych. Żądania przelewów od fałszywych doradców będą szybciej blokowane."),
    "ru": ("МВД России и \"Лаборатория Касперского\" объявили о совместной операции против мошеннических "
           "колл-центров. По данным ведомства, за полгода было задержано более 120 человек, а ущерб от их "
           "действий превысил 300 миллионов рублей. Эксперты компании помогли следователям установить "
           "серверы злоумышленников в трёх странах. Представитель министерства отметил, что сотрудничество "
           "будет продолжено и в следующем году."),
    "ja": ("警察庁とトレンドマイクロは、フィッシング詐欺対策で連携すると発表した。同庁によると、昨年のフィッシング"
           "報告件数は約120万件に達し、被害額は過去最悪の水準となった。両者は攻撃に使われたサーバーの情報を共有し、"
           "利用者への注意喚起を強化する。担当者は「官民が協力して被害の拡大を防ぎたい」と述べた。"),
    "zh": ("公安部与阿里巴巴集团宣布联合打击电信网络诈骗。据介绍，今年以来双方共同破获案件三千余起，抓获犯罪嫌疑人"
           "一千二百余名，挽回经济损失约五亿元。警方提醒广大群众，不要轻信陌生来电，不要向陌生账户转账，发现可疑情况"
           "及时报警。"),
    "zh-tw": ("刑事警察局與趨勢科技宣布合作打擊網路詐騙。據統計，去年全台共破獲詐騙集團三百餘個，逮捕嫌犯四千多人，"
              "追回被害金額約十億元。警方呼籲民眾，接到可疑電話時應立即撥打反詐騙專線查證，切勿依照對方指示操作提款機。"),
    "th": ("สำนักงานตำรวจแห่งชาติร่วมมือกับธนาคารกสิกรไทยเปิดตัวโครงการป้องกันการหลอกลวงทางออนไลน์ "
           "โดยในปีที่ผ่านมามีผู้เสียหายมากกว่า 3,000 ราย และมูลค่าความเสียหายรวมกว่า 500 ล้านบาท "
           "เจ้าหน้าที่แนะนำให้ประชาชนตรวจสอบข้อมูลก่อนโอนเงินทุกครั้ง"),
}

ENCODED = [
    ("fr", "windows-1252"), ("fr", "latin-1"), ("ro", "iso-8859-2"), ("ro", "windows-1250"),
    ("pl", "windows-1250"), ("pl", "iso-8859-2"), ("ru", "windows-1251"), ("ru", "koi8-r"), ("ru", "iso-8859-5"),
    ("ja", "shift_jis"), ("ja", "euc-jp"), ("ja", "iso-2022-jp"), ("zh", "gb18030"), ("zh", "gbk"),
    ("zh-tw", "big5"), ("th", "tis-620"), ("th", "cp874"),
]


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def one_line_error(result, code: str, exit_code: int, message: str | re.Pattern) -> str:
    """Check the user's view of a failure: exit code, one error line (+ hint), no traceback; returns the line."""
    stderr = result.stderr
    assert result.exit_code == exit_code, (result.exit_code, stderr, result.output)
    assert "Traceback" not in stderr and "Traceback" not in result.output
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    line = errors[0]
    assert line.startswith(f"error: [{code}] "), line
    body = line[len(f"error: [{code}] "):]
    if isinstance(message, re.Pattern):
        assert message.fullmatch(body), body
    else:
        assert body == message, body
    after = stderr.splitlines()[stderr.splitlines().index(line) + 1:]
    if code == "E400" and len(after) == 3:  # a SPARQL syntax error also shows the query's line, with a caret
        assert after[1].strip() == "^", stderr
        after = after[2:]
    assert len(after) == 1 and after[0].startswith("  hint: ") and len(after[0]) > len("  hint: ") + 5, stderr
    return line


# ================================================================ articles: decoding


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", codecs.BOM_UTF8, "\u00a0\n".encode()])
def test_an_empty_article(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert info.value.message == f"{path}: is empty"
    assert info.value.hint == "remove it or give it some text"


def test_a_png_named_txt_is_binary(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + os.urandom(2000))
    with pytest.raises(InputError) as info:
        read_text(path)
    assert info.value.message == f"{path}: looks binary (NUL bytes), not a text article"


def test_utf16_without_a_bom_is_named(tmp_path):
    with pytest.raises(InputError) as info:
        decode(LEGACY["fr"].encode("utf-16-le"), name="x.txt")
    assert info.value.message == ("x.txt: looks binary (NUL bytes), or is UTF-16LE text without a byte order mark: "
                                  "convert it with iconv -f UTF-16LE -t UTF-8")


def test_invalid_utf8_that_is_no_text_at_all():
    noise = bytes(range(128, 256)) * 20
    with pytest.raises(InputError) as info:
        decode(noise, name="x.txt")
    assert info.value.message.startswith("x.txt: not valid UTF-8 (byte 0: invalid start byte)")
    assert "iconv -f" in info.value.message and info.value.hint == "re-save the file as UTF-8"


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_unicode_with_a_byte_order_mark_is_read(tmp_path, bom, codec):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + LEGACY["ru"].encode(codec))
    assert read_text(path) == LEGACY["ru"]


@pytest.mark.parametrize("lang, encoding", ENCODED)
def test_a_legacy_encoding_is_refused_with_the_command_that_converts_it(tmp_path, lang, encoding):
    """Never decoded by guesswork (garbled evidence is worse than a skip): the message names the
    encoding the file seems to be in and the iconv command; that command gives the text back."""
    text = LEGACY[lang]
    data = text.encode(encoding)
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(path)
    message = info.value.message
    m = re.fullmatch(rf"{re.escape(str(path))}: (?:not valid UTF-8 \(byte \d+: [a-z ]+\)|holds ISO-2022 escape sequences)"
                     r"; it looks like (\S+)(?: \(or [^)]+\))?: convert it with iconv -f (\S+) -t UTF-8"
                     r"(?: and check the result)?", message)
    assert m, message
    guess = m.group(2)
    assert m.group(1) == guess
    assert data.decode(guess) == text, f"{encoding} guessed as {guess}"
    if shutil.which("iconv"):  # the very command of the message gives the text back
        out = subprocess.run(["iconv", "-f", guess, "-t", "UTF-8", str(path)], capture_output=True, check=True)
        assert out.stdout.decode("utf-8") == text
    # and a user who knows the encoding says so
    assert read_text(path, encoding=encoding) == text


def test_an_unknown_encoding_name():
    with pytest.raises(InputError, match=r"encoding = 'latin-9000' is unknown"):
        check_encoding("latin-9000")
    assert check_encoding("WINDOWS-1251") == "cp1251"
    with pytest.raises(InputError, match=r"x\.txt: not valid SHIFT_JIS \(byte \d+"):
        decode(b"\xff\xff\xff", name="x.txt", encoding="shift_jis")


# ================================================================ articles: size


def _write_big(path: Path, size: int) -> None:
    line = ("Binance and INTERPOL signed a partnership against online fraud; the police arrested 120 people. " * 10
            + "\n").encode("utf-8")
    with path.open("wb") as fh:
        for _ in range(size // len(line) + 1):
            fh.write(line)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB".replace(".0 ", " ")


def test_a_50_mb_article_is_refused_before_it_is_read(tmp_path):
    """Measured: refused in well under a second, with no more memory than a few kilobytes."""
    path = tmp_path / "dump.txt"
    _write_big(path, 50 * 1000 * 1000)
    size = path.stat().st_size
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        read_document(path)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert info.value.message == (f"{path}: is {_mb(size)}, more than the 1 MB an article may have; "
                                  "split it into articles, or raise the limit (--max-size)")
    assert elapsed < 1.0 and peak < 1_000_000, (elapsed, peak)
    assert MAX_ARTICLE_BYTES == 1_000_000


def test_the_size_limit_is_a_keyword(tmp_path):
    path = tmp_path / "long.txt"
    _write_big(path, 1_500_000)
    with pytest.raises(InputError, match="more than the 1 MB an article may have"):
        read_text(path)
    assert len(read_text(path, max_bytes=None)) == path.stat().st_size
    assert read_text(path, max_bytes=2_000_000).startswith("Binance")
    with pytest.raises(InputError, match=r"is 1\.5 MB, more than the 10 kB an article may have"):
        read_text(path, max_bytes=10_000)


def test_build_max_size_skips_a_big_article_or_reads_it(runner, tmp_path):
    """--max-size is the option the message names: below the file's size it skips it, above it builds it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    big, small = articles / "big.txt", articles / "small.txt"
    _write_big(big, 30_000)
    small.write_text("INTERPOL and Binance trained 40 police officers.\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(articles), "-o", str(out), "-q", "--max-size", "0.01"])
    assert result.exit_code == 4, result.output
    assert (f"warning: skipped {big}: is 30.8 kB, more than the 10 kB an article may have; split it into articles, "
            "or raise the limit (--max-size)") in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(main, ["build", str(articles), "-o", str(out), "-q", "--max-size", "0.05"])
    assert result.exit_code == 0, result.output
    assert "big.txt" in out.read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", str(big), "-o", str(out), "-q", "--max-size", "0"])
    assert result.exit_code == 0, result.output


# ================================================================ articles: files that are not files


@needs_fifo
def test_a_named_pipe_is_skipped_not_read(tmp_path):
    """Reading a FIFO would block forever: it is reported, in a folder or given by name."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(SWEDISH, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    files, skipped = collect([folder, folder / "pipe.txt"])
    assert files == [folder / "ok.txt"]
    assert [(s.path, s.reason) for s in skipped] == [(str(folder / "pipe.txt"), "not a regular file (a named pipe)")] * 2
    with pytest.raises(InputError, match=r"pipe\.txt: not a regular file \(a named pipe\)"):
        read_text(folder / "pipe.txt")


@needs_symlink
def test_broken_links_and_link_loops(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(SWEDISH, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)  # a walk that followed it would never end
    files, skipped = collect([folder])
    assert files == [folder / "ok.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [
        ("dangling.txt", "broken link"),
        ("loop_a.txt", "symbolic link loop"),
        ("loop_b.txt", "symbolic link loop"),
        ("up", "a link to a folder, not followed; give the folder itself as an input"),
    ]
    with pytest.raises(InputError) as info:
        collect([folder / "loop_a.txt"])
    assert info.value.message == f"{folder / 'loop_a.txt'}: symbolic link loop"
    with pytest.raises(InputError) as info:
        read_text(folder / "loop_a.txt")
    assert info.value.message == f"{folder / 'loop_a.txt'}: symbolic link loop"


def test_a_folder_named_like_a_file(tmp_path):
    empty = tmp_path / "article.txt"
    empty.mkdir()
    full = tmp_path / "more.md"
    full.mkdir()
    (full / "inside.txt").write_text(SWEDISH, encoding="utf-8")
    files, skipped = collect([empty, full])
    assert files == [full / "inside.txt"]
    assert [(s.path, s.reason) for s in skipped] == [(str(empty), "a folder holding no .txt or .md file")]
    with pytest.raises(InputError, match=r"article\.txt: is a folder"):
        read_text(empty)


def _deny_reading(path: Path, monkeypatch) -> None:
    """chmod 000; as root, who reads such a file all the same, make opening it fail as it would for others."""
    path.chmod(0)
    if IS_ROOT:
        real_open = Path.open

        def deny(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)


def test_an_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    _deny_reading(path, monkeypatch)
    try:
        with pytest.raises(InputError) as info:
            read_text(path)
    finally:
        path.chmod(0o644)
    assert info.value.message == f"{path}: cannot be read (Permission denied)"
    assert info.value.hint == "check its permissions"


def test_a_folder_nested_deeper_than_the_recursion_limit(tmp_path):
    """The walk keeps a stack, it does not recurse: a folder nested deeper than the recursion limit is walked."""
    deep = tmp_path
    for _ in range(300):
        deep = deep / "d"
        deep.mkdir()
    (deep / "bottom.txt").write_text(SWEDISH, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        files, skipped = collect([tmp_path])
    finally:
        sys.setrecursionlimit(limit)
    assert files == [deep / "bottom.txt"] and not skipped


def test_collecting_10000_files_is_fast(tmp_path):
    """10,000 articles in 10 folders: collected in well under a second (measured: ~0.3 s on 2 cores)."""
    root = tmp_path / "many"
    for i in range(10_000):
        folder = root / f"d{i // 1000}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"{i:05d}.txt").write_bytes(b"Binance and INTERPOL.\n")
    start = time.perf_counter()
    files, skipped = collect([root])
    elapsed = time.perf_counter() - start
    assert len(files) == 10_000 and not skipped
    assert files == sorted(files)
    assert elapsed < 3.0, f"collect() took {elapsed:.2f} s for 10,000 files"


@pytest.mark.slow
def test_a_folder_of_10000_tiny_articles_builds(tmp_path):
    """End to end: 10,000 one-line articles build into one graph (minutes: marked slow)."""
    root = tmp_path / "many"
    for i in range(10_000):
        folder = root / f"d{i // 1000}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"{i:05d}.txt").write_text(f"Binance and INTERPOL signed agreement number {i}.\n", encoding="utf-8")
    out = tmp_path / "g.nt"
    proc = subprocess.run([sys.executable, "-m", "graphkit", "build", str(root), "-o", str(out), "-q"],
                          capture_output=True, text=True, timeout=3000)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("<http://purl.org/dc/terms/identifier>") == 10_000


# ================================================================ build: a batch with bad files


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One build of a folder holding good articles in four Unicode forms and every kind of bad file."""
    folder = tmp_path_factory.mktemp("batch") / "articles"
    folder.mkdir()
    (folder / "good_utf8.txt").write_bytes(SWEDISH.encode("utf-8"))
    (folder / "good_bom.txt").write_bytes(codecs.BOM_UTF8 + LEGACY["fr"].encode("utf-8"))
    (folder / "good_utf16le.txt").write_bytes(codecs.BOM_UTF16_LE + LEGACY["ro"].encode("utf-16-le"))
    (folder / "good_utf16be.md").write_bytes(codecs.BOM_UTF16_BE + LEGACY["ru"].encode("utf-16-be"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    (folder / "latin1.txt").write_bytes(LEGACY["fr"].encode("windows-1252"))
    (folder / "russian.txt").write_bytes(LEGACY["ru"].encode("windows-1251"))
    _write_big(folder / "huge.txt", 50 * 1000 * 1000)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / ".hidden.txt").write_bytes(b"\x00")  # hidden: ignored without a word
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
    if hasattr(os, "symlink"):
        (folder / "dangling.txt").symlink_to(folder / "gone.txt")
        (folder / "loop.txt").symlink_to(folder / "loop.txt")
    secret = folder / "secret.txt"
    secret.write_text(SWEDISH, encoding="utf-8")
    out = folder.parent / "g.ttl"
    with pytest.MonkeyPatch.context() as mp:
        _deny_reading(secret, mp)
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "-q", "--jobs", "1"])
    secret.chmod(0o644)
    return folder, out, result


def test_a_batch_skips_each_bad_file_and_builds_the_others(batch):
    folder, out, result = batch
    assert result.exit_code == 4, result.stderr
    assert "Traceback" not in result.stderr and "error:" not in result.stderr
    lines = result.stderr.splitlines()
    assert all(line.startswith("warning: skipped ") for line in lines), lines
    reasons = dict(line.removeprefix(f"warning: skipped {folder}{os.sep}").split(": ", 1) for line in lines)
    size = (folder / "huge.txt").stat().st_size
    expected = {
        "empty.txt": "is empty",
        "image.txt": "looks binary (NUL bytes), not a text article",
        "huge.txt": f"is {_mb(size)}, more than the 1 MB an article may have; "
                    "split it into articles, or raise the limit (--max-size)",
        "report.pdf": "not a .txt or .md file",
        "secret.txt": "cannot be read (Permission denied)",
    }
    if hasattr(os, "mkfifo"):
        expected["pipe.txt"] = "not a regular file (a named pipe)"
    if hasattr(os, "symlink"):
        expected["dangling.txt"] = "broken link"
        expected["loop.txt"] = "symbolic link loop"
    for name, reason in expected.items():
        assert reasons.pop(name) == reason, name
    assert re.fullmatch(r"not valid UTF-8 \(byte \d+: [a-z ]+\); it looks like WINDOWS-1252 .*"
                        r"convert it with iconv -f WINDOWS-1252 -t UTF-8 and check the result", reasons.pop("latin1.txt"))
    assert re.fullmatch(r"not valid UTF-8 \(byte \d+: [a-z ]+\); it looks like WINDOWS-1251: "
                        r"convert it with iconv -f WINDOWS-1251 -t UTF-8", reasons.pop("russian.txt"))
    assert not reasons, reasons


def test_a_batch_keeps_the_text_of_every_unicode_form(batch):
    folder, out, _ = batch
    from rdflib.namespace import DCTERMS

    from graphkit.vocab import NIF

    graph = Graph().parse(out, format="turtle")
    texts = {str(graph.value(d, DCTERMS.identifier)): str(t) for d, t in graph.subject_objects(NIF.isString)}
    assert texts == {"good_utf8.txt": SWEDISH, "good_bom.txt": LEGACY["fr"], "good_utf16le.txt": LEGACY["ro"],
                     "good_utf16be.md": LEGACY["ru"]}


def test_a_single_bad_article_is_an_error(runner, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(path), "-o", str(out), "-q"])
    assert result.stderr.splitlines()[0] == f"warning: skipped {path}: is empty"
    one_line_error(result, "E100", 2, "no article to build: every input was skipped or none was given")
    assert not out.exists()


def test_a_missing_input(runner, tmp_path):
    result = runner.invoke(main, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "g.ttl")])
    one_line_error(result, "E100", 2, f"{tmp_path / 'nope'}: no such file or folder")


# ================================================================ build: text that hides or breaks names


def test_names_with_characters_that_show_nothing_and_control_characters(runner, tmp_path):
    from rdflib.namespace import RDFS

    from graphkit.vocab import NIF

    text = ("Inter\u00adpol and Euro\u200bpol signed with Veri\u00addian Shield Technologies.\n"
            "Operation «Kor\x07moran» ended, said Anna Be\u200brg, a spokeswoman.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out, format="turtle")
    anchors = {str(graph.value(m, NIF.anchorOf)): (int(graph.value(m, NIF.beginIndex)), int(graph.value(m, NIF.endIndex)))
               for m in graph.subjects(NIF.anchorOf, None) if "#char=" in str(m)}
    assert {"Inter\u00adpol", "Euro\u200bpol", "Veri\u00addian Shield Technologies", "Anna Be\u200brg"} <= anchors.keys()
    assert all(text[b:e] == anchor for anchor, (b, e) in anchors.items())
    labels = {str(o) for o in graph.objects(None, RDFS.label)}
    assert {"INTERPOL", "Europol", "Veridian Shield Technologies", "Anna Berg", "Operation Kor moran"} <= labels


def test_an_article_on_one_line_and_as_one_sentence_builds(runner, tmp_path):
    # the articles of the multilingual set, each on one line, their full stops made commas: one sentence each,
    # which lists a name written with two spaces (as paragraphs joined on one line may be)
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((ROOT / "tests" / "data" / "multilingual" / "corpus").glob("*.txt")):
        text = re.sub(r"\s*\n\s*", "  ", path.read_text(encoding="utf-8"))
        text = re.sub(r"[.!?。！？]+(\s)", r",\1", text) + " Microsoft, Veridian  Shield and PayPal"
        (folder / path.name).write_text(text, encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "-o", str(out), "-q"])
    # the listed name was looked for with one space: "substring not found" skipped the English article
    assert result.exit_code == 0, result.output
    from graphkit.vocab import NIF

    graph = Graph().parse(out, format="turtle")
    assert len(set(graph.subjects(NIF.anchorOf, None))) > 200


def test_a_lone_surrogate_through_the_python_api():
    import graphkit
    from graphkit.ingest import make_document

    with pytest.raises(InputError, match=r"^\[E100\] t\.txt: the text holds a lone surrogate \(U\+D800\) at offset 8, "):
        graphkit.build_documents([make_document("Europol \ud800 signed.", doc_id="t.txt")])


# ================================================================ build: outputs


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("one") / "a.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    return path


def test_an_output_that_is_a_folder(runner, tmp_path, article):
    folder = tmp_path / "out.ttl"
    folder.mkdir()
    result = runner.invoke(main, ["build", str(article), "-o", str(folder), "-q"])
    one_line_error(result, "E100", 2, re.compile(rf"{re.escape(str(folder))}: .*(folder|directory).*", re.I))
    assert folder.is_dir() and not any(folder.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name != "out.ttl"], "a temporary file was left behind"


def test_an_output_under_a_file(runner, tmp_path, article):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(main, ["build", str(article), "-o", str(blocker / "g.ttl"), "-q"])
    one_line_error(result, "E100", 2, re.compile(rf"{re.escape(str(blocker))}\S*: .+"))
    assert blocker.read_text(encoding="utf-8") == "x"


def test_view_output_errors_and_missing_folders(runner, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    made = tmp_path / "new" / "folder" / "g.html"
    result = runner.invoke(main, ["view", str(graph), "-o", str(made)])
    assert result.exit_code == 0 and made.is_file()  # missing folders are created
    folder = tmp_path / "page.html"
    folder.mkdir()
    result = runner.invoke(main, ["view", str(graph), "-o", str(folder)])
    one_line_error(result, "E100", 2, f"{folder}: is a folder, not a file; give a file name")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(main, ["view", str(graph), "-o", str(blocker / "g.html")])
    one_line_error(result, "E100", 2, f"{blocker}: is a file, not a folder")


def test_script_in_an_article_is_data_everywhere(runner, tmp_path):
    """A name with <script> in an article: the Turtle is valid and round-trips, the HTML has it only escaped."""
    from graphkit.rdf import serialize
    from graphkit.vocab import NIF

    text = ('Binance and <script>alert("x")</script> Security Labs join forces with INTERPOL\n\n'
            'Binance and the company <script>alert("x")</script> Security Labs signed a partnership with INTERPOL '
            'on Monday to fight online fraud. The company "Evil<img src=x onerror=alert(1)> Corp" also joined. '
            "The police said the operation led to 120 arrests. ]]> </script><!-- \\u003c & &amp;\n")
    path = tmp_path / "evil.txt"
    path.write_text(text, encoding="utf-8")
    ttl, html = tmp_path / "g.ttl", tmp_path / "g.html"
    result = runner.invoke(main, ["build", str(path), "-o", str(ttl), "--html", str(html), "-q"])
    assert result.exit_code == 0, result.stderr
    graph = Graph().parse(ttl, format="turtle")
    assert {str(t) for t in graph.objects(None, NIF.isString)} == {text}
    assert serialize(graph, "turtle") == ttl.read_bytes()  # parsed and written again: the same bytes
    import pyoxigraph as ox

    assert len(list(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE))) == len(graph)
    page = html.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "</script><!--" not in page
    assert page.count("</script>") == page.count("<script")  # every script element is graphkit's own
    assert "\\u003cscript\\u003ealert" in page  # the text is there, escaped


def test_a_label_with_script_is_escaped_in_the_page(runner, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(
        '@prefix ppp: <https://w3id.org/graphkit/ppp#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        '<https://w3id.org/graphkit/entity/x> a ppp:Company ; rdfs:label "</script><script>alert(1)</script>"@en .\n',
        encoding="utf-8")
    html = tmp_path / "g.html"
    result = runner.invoke(main, ["view", str(graph), "-o", str(html)])
    assert result.exit_code == 0, result.stderr
    page = html.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and page.count("</script>") == page.count("<script")


# ================================================================ query


@pytest.fixture()
def tiny(tmp_path) -> Path:
    path = tmp_path / "tiny.ttl"
    path.write_text('<https://w3id.org/graphkit/entity/b> <http://www.w3.org/2000/01/rdf-schema#label> "Binance"@en .\n',
                    encoding="utf-8")
    return path


def test_malformed_sparql_gives_line_and_column(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "SELECT ?x\nWHERE { ?x ?y }"])
    line = one_line_error(result, "E400", 2, re.compile(r"SPARQL syntax error at line 2, column \d+: .+"))
    assert line
    assert "WHERE { ?x ?y }" in result.stderr  # the line itself, with a caret under the place


def test_a_missing_sparql_file(runner, tiny, tmp_path):
    result = runner.invoke(main, ["query", str(tiny), f"@{tmp_path / 'nope.rq'}"])
    one_line_error(result, "E400", 2, f"{tmp_path / 'nope.rq'}: no such query file")
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b"SELECT \xff")
    result = runner.invoke(main, ["query", str(tiny), f"@{bad}"])
    one_line_error(result, "E400", 2, re.compile(rf"{re.escape(str(bad))}: cannot be read \(.+\)"))


def test_an_unknown_named_query(runner, tiny):
    result = runner.invoke(main, ["query", str(tiny), "partnerz"])
    one_line_error(result, "E400", 2, "no named query 'partnerz'")
    assert "named queries: " in result.stderr and "partners" in result.stderr


# ================================================================ graph files


def _readers(graph: Path, gold: Path, tmp_path: Path):
    """Every command that reads a graph file, with the arguments it needs."""
    commands = [["query", str(graph), "ASK { ?s ?p ?o }"], ["view", str(graph), "-o", str(tmp_path / "v.html")],
                ["validate", str(graph)], ["evaluate", str(graph), "--gold", str(gold)]]
    if "analyze" in main.commands:
        commands.append(["analyze", str(graph)])
    return commands


@pytest.fixture()
def gold(tmp_path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text('{"document": "a.txt", "language": "en", "entities": []}', encoding="utf-8")
    return path


def test_the_seeds_graph_cut_short_anywhere(runner, seeds_ttl, tmp_path, gold):
    """Cut at twelve places, the seeds' Turtle gives, in every reader, one line with the file, line and column."""
    import pyoxigraph as ox

    data = seeds_ttl.read_bytes()
    cuts = sorted({20, 100, 1000, len(data) // 7, len(data) // 3, len(data) // 2, 2 * len(data) // 3, len(data) - 500,
                   len(data) - 40, len(data) - 3, data.index(b'"', 5000) + 3, data.index(b"^^", 5000) + 1})
    checked = 0
    for cut in cuts:
        piece = data[:cut]
        try:
            list(ox.parse(piece, format=ox.RdfFormat.TURTLE))
            continue  # cut between two statements: a valid, smaller graph (graphkit never writes one: see below)
        except SyntaxError:
            pass
        path = tmp_path / f"cut{cut}.ttl"
        path.write_bytes(piece)
        for args in _readers(path, gold, tmp_path):
            result = runner.invoke(main, args)
            one_line_error(result, "E300", 2,
                           re.compile(rf"{re.escape(str(path))}: not valid Turtle at line \d+, column \d+: .+"))
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize("kind", ["garbage", "png", "empty", "turtle-as-jsonld", "folder", "fifo", "broken-link"])
def test_a_file_that_is_not_a_graph(runner, tmp_path, gold, seeds_ttl, kind):
    path = tmp_path / "g.ttl"
    if kind == "garbage":
        path.write_bytes(b"this is not RDF at all {{{ \n")
        expected = re.compile(rf"{re.escape(str(path))}: not valid Turtle at line 1, column \d+: .+")
    elif kind == "png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
        expected = re.compile(rf"{re.escape(str(path))}: not valid Turtle at line 1, column 1: .*UTF-8.*")
    elif kind == "empty":
        path.write_bytes(b"")
        expected = f"{path}: is empty (0 bytes), not a graph"
    elif kind == "turtle-as-jsonld":
        path = tmp_path / "g.jsonld"
        shutil.copy(seeds_ttl, path)
        expected = re.compile(rf"{re.escape(str(path))}: not valid JSON-LD at line 1, column 1: .+")
    elif kind == "folder":
        path.mkdir()
        (path / "notes.txt").write_text("x", encoding="utf-8")
        expected = f"{path}: is a folder, neither a graph file nor a knowledge base"
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("needs named pipes")
        os.mkfifo(path)
        expected = f"{path}: not a regular file"
    else:
        if not hasattr(os, "symlink"):
            pytest.skip("needs symbolic links")
        path.symlink_to(tmp_path / "gone.ttl")
        expected = f"{path}: a broken link"
    for args in _readers(path, gold, tmp_path):
        result = runner.invoke(main, args)
        one_line_error(result, "E300", 2, expected)
        if kind == "turtle-as-jsonld":
            assert "it looks like Turtle: rename it to .ttl" in result.stderr


def test_a_missing_graph_file(runner, tmp_path, gold):
    for args in _readers(tmp_path / "none.ttl", gold, tmp_path):
        one_line_error(runner.invoke(main, args), "E300", 2, f"{tmp_path / 'none.ttl'}: no such graph file")


@pytest.mark.parametrize(("given", "expected"), [
    (b"", "-: standard input is empty, not a graph"),
    (b"this is not RDF at all {{{ \n", re.compile(r"-: not valid Turtle or TriG at line 1, column \d+: .+")),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", re.compile(r"-: not valid Turtle or TriG at line 1, .+")),
    (b'{"@id": ', re.compile(r"-: not valid JSON-LD at .+")),
])
def test_a_graph_on_standard_input_that_is_not_one(runner, tmp_path, gold, given, expected):
    """``-`` as the graph of every reader: one line naming standard input, never the temporary file behind it."""
    for args in _readers(Path("-"), gold, tmp_path):
        result = runner.invoke(main, args, input=given)
        line = one_line_error(result, "E300", 2, expected)
        assert "graphkit-stdin" not in result.stderr and line


def test_an_article_on_standard_input_that_cannot_be_built(runner, tmp_path):
    out = tmp_path / "g.ttl"
    for given, reason in ((b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "looks binary (NUL bytes), not a text article")):
        result = runner.invoke(main, ["build", "-", "-o", str(out)], input=given)
        assert result.stderr.startswith(f"warning: skipped -: {reason}\n"), result.stderr
        one_line_error(result, "E100", 2, "no article to build: every input was skipped or none was given")
    result = runner.invoke(main, ["build", "-", "--max-size", "0.00001", "-o", str(out)], input=SWEDISH.encode())
    assert result.stderr.startswith("warning: skipped -: standard input holds more than the 10 bytes an article may "
                                    "have; split it into articles, or raise the limit (--max-size)\n"), result.stderr
    assert not out.exists()


def test_a_knowledge_base_is_read_by_every_reader(runner, tmp_path, article):
    kb = tmp_path / "kb"
    assert runner.invoke(main, ["build", str(article), "--store", str(kb), "-q"]).exit_code == 0
    assert runner.invoke(main, ["validate", str(kb)]).exit_code == 0
    assert runner.invoke(main, ["view", str(kb), "-o", str(tmp_path / "kb.html")]).exit_code == 0


def test_debug_shows_the_traceback(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> ", encoding="utf-8")
    result = runner.invoke(main, ["--debug", "validate", str(bad)])
    assert result.exit_code == 2 and "Traceback" in result.stderr and "error: [E300]" in result.stderr


def test_a_real_process_prints_one_line(tmp_path, seeds_ttl):
    """The same through a real process: `python -m graphkit` on a cut graph."""
    path = tmp_path / "cut.ttl"
    path.write_bytes(seeds_ttl.read_bytes()[:5000])
    proc = subprocess.run([sys.executable, "-m", "graphkit", "query", str(path), "ASK {}"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and re.fullmatch(rf"error: \[E300\] {re.escape(str(path))}: not valid Turtle at line \d+, "
                                            r"column \d+: .+", lines[0]), proc.stderr
    assert lines[1].startswith("  hint: ")


def test_an_unexpected_failure_is_one_line_too(runner, tiny, monkeypatch):
    """A bug shows as one line that says so; --debug shows its traceback."""
    import graphkit.store

    def broken(*args, **kwargs):
        raise RuntimeError("something went\nwrong")

    monkeypatch.setattr(graphkit.store, "write_result", broken)
    result = runner.invoke(main, ["query", str(tiny), "ASK {}"])
    one_line_error(result, "E000", 1, "unexpected RuntimeError: something went wrong")
    assert "--debug" in result.stderr
    result = runner.invoke(main, ["--debug", "query", str(tiny), "ASK {}"])
    assert result.exit_code == 1 and "Traceback" in result.stderr


# ================================================================ gold files


@pytest.mark.parametrize("content, field", [
    ("{not json", re.compile(r"is not valid JSON: .+ \(line 1, column 2\)")),
    ('{"language": "fr", "entities": []}', "document is missing"),
    ('{"document": "a.txt", "language": "fr", "entities": {}}', "entities is an object, not a list"),
    ('{"document": "a.txt", "language": "fr", "entities": [{"id": "x", "type": "Org", "name": "X", "mentions": []}]}',
     'entities[0].type = "Org" is not one of Organization, Person, Operation, Location'),
    ('{"document": "a.txt", "language": "fr", "entities": [], "figures": [{"kind": "arrests", "value": "12"}]}',
     'figures[0].value = "12" is not a number'),
    ('{"document": "a.txt", "language": "fr", "entities": [], "extra": 1}',
     re.compile(r"extra is not a key of the gold format \(allowed: .+\)")),
    ("[]", "(top level) is a list, not an object"),
])
def test_a_gold_file_that_breaks_the_format(runner, seeds_ttl, tmp_path, content, field):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(path)])
    if isinstance(field, re.Pattern):
        one_line_error(result, "E600", 2, re.compile(rf"{re.escape(str(path))}: {field.pattern}"))
    else:
        one_line_error(result, "E600", 2, f"{path}: {field}")


def test_gold_files_that_cannot_be_had(runner, seeds_ttl, tmp_path):
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"document": "café.txt"}'.encode("latin-1"))
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(bad)])
    one_line_error(result, "E600", 2, re.compile(rf"{re.escape(str(bad))}: is not UTF-8 text \(.+\)"))
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(tmp_path / "none")])
    one_line_error(result, "E600", 2, f"{tmp_path / 'none'}: no such file or folder")
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["evaluate", str(seeds_ttl), "--gold", str(tmp_path / "empty")])
    one_line_error(result, "E600", 2, f"no gold files found in {tmp_path / 'empty'}")


# ================================================================ a damaged ontology


@pytest.fixture()
def ontology(tmp_path, monkeypatch):
    """A copy of ontology/ that GRAPHKIT_ONTOLOGY points to, to damage; every cache is cleared before and after."""
    from graphkit.resources import ontology_dir

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(copy))
    clear_caches()
    yield copy
    monkeypatch.delenv("GRAPHKIT_ONTOLOGY")
    clear_caches()


def _cut(path: Path, at: int) -> None:
    path.write_bytes(path.read_bytes()[:at])


def test_ppp_missing(runner, ontology, tiny, article):
    (ontology / "ppp.ttl").unlink()
    expected = f"ontology file {ontology / 'ppp.ttl'} is missing (GRAPHKIT_ONTOLOGY={ontology})"
    for args in (["validate", str(tiny)], ["query", str(tiny), "partners"], ["build", str(article), "-q"]):
        one_line_error(runner.invoke(main, args), "E200", 3, expected)


def test_ontology_folder_missing(runner, ontology, tiny, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_ONTOLOGY", str(ontology / "nowhere"))
    clear_caches()
    one_line_error(runner.invoke(main, ["validate", str(tiny)]), "E200", 3,
                   f"GRAPHKIT_ONTOLOGY={ontology / 'nowhere'}: no such folder")


@pytest.mark.parametrize("name", ["ppp.ttl", "shapes.ttl", "kinds.ttl"])
def test_an_ontology_file_cut_short(runner, ontology, tiny, name):
    _cut(ontology / name, 3000)
    result = runner.invoke(main, ["validate", str(tiny)])
    one_line_error(result, "E200", 3, re.compile(
        rf"ontology file {re.escape(str(ontology / name))} cannot be parsed: line \d+, column \d+: .+"))


def test_an_ontology_file_emptied(runner, ontology, tiny):
    (ontology / "shapes.ttl").write_text("# nothing left\n", encoding="utf-8")
    one_line_error(runner.invoke(main, ["validate", str(tiny)]), "E200", 3,
                   f"ontology file {ontology / 'shapes.ttl'} holds no statements (emptied or cut short?)")


def test_shapes_that_parse_but_are_not_usable(runner, ontology, tiny):
    shapes = ontology / "shapes.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8") + """
<https://example.org/BrokenShape> a <http://www.w3.org/ns/shacl#NodeShape> ;
    <http://www.w3.org/ns/shacl#targetClass> <https://w3id.org/graphkit/ppp#Company> ;
    <http://www.w3.org/ns/shacl#sparql> [ <http://www.w3.org/ns/shacl#select> "SELECT $this WHERE { oops" ] .
""", encoding="utf-8")
    graph = Path(tiny).parent / "company.ttl"
    graph.write_text("<https://w3id.org/graphkit/entity/b> a <https://w3id.org/graphkit/ppp#Company> .\n",
                     encoding="utf-8")
    result = runner.invoke(main, ["validate", str(graph)])
    one_line_error(result, "E200", 3, re.compile(rf"shapes file {re.escape(str(shapes))} cannot be used: .+"))


@pytest.mark.parametrize("at, message", [
    (3000, "names no entity (emptied or cut short?)"),
    (20000, re.compile(r"cannot be parsed: line \d+, column \d+: .+")),
])
def test_the_registry_damaged(runner, ontology, article, tmp_path, at, message):
    registry = ontology / "registry.ttl"
    if isinstance(message, re.Pattern):
        at = registry.read_bytes().index(b'"', at) + 2  # inside a name: a cut that cannot end a statement
    else:
        at = registry.read_bytes().index(b"\n####")  # after the prefixes, before the first entity
    _cut(registry, at)
    result = runner.invoke(main, ["build", str(article), "-o", str(tmp_path / "g.ttl"), "-q"])
    if isinstance(message, re.Pattern):
        one_line_error(result, "E200", 3, re.compile(rf"registry {re.escape(str(registry))} {message.pattern}"))
    else:
        one_line_error(result, "E200", 3, f"registry {registry} {message}")
    assert not (tmp_path / "g.ttl").exists()


def test_a_size_or_timeout_beyond_any_use(runner, article, pushable, tmp_path):
    """1e300 MB is no limit at all (it was an OverflowError); a timeout beyond eleven days is refused."""
    from graphkit.push import MAX_TIMEOUT, push

    result = runner.invoke(main, ["build", str(article), "-o", str(tmp_path / "g.ttl"), "--max-size", "1e300", "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", "http://127.0.0.1:9", "--timeout", "1e300"])
    usage_error(result, "'--timeout'", f"1e+300 is not in the range 0<x<={MAX_TIMEOUT}")
    with pytest.raises(ValueError, match="timeout = 1e[+]300 is invalid"):
        push(pushable, "http://127.0.0.1:9", timeout=1e300)


def test_a_named_query_damaged(runner, ontology, tiny):
    rq = ontology / "queries" / "partners.rq"
    rq.write_text("# Partners\nSELECT ?a WHERE { ?a ppp:partnersWith }\n", encoding="utf-8")
    result = runner.invoke(main, ["query", str(tiny), "partners"])
    one_line_error(result, "E200", 3, re.compile(rf"named query {re.escape(str(rq))} is not valid SPARQL: "
                                                 r"line 2, column \d+: .+"))
    rq.write_bytes(b"# Partners\nSELECT \xff\n")
    clear_caches()
    for args in (["query", str(tiny), "partners"], ["query", str(tiny), "--list"]):
        one_line_error(runner.invoke(main, args), "E200", 3,
                       f"named query {rq} is not UTF-8 text (byte 18: invalid start byte)")


def test_the_named_queries_folder_missing(runner, ontology, tiny):
    shutil.rmtree(ontology / "queries")
    one_line_error(runner.invoke(main, ["query", str(tiny), "partners"]), "E200", 3,
                   f"the named queries' folder {ontology / 'queries'} is missing")
    # SPARQL text needs no named query
    assert runner.invoke(main, ["query", str(tiny), "ASK { ?s ?p ?o }"]).output == "true\n"


# ================================================================ atomic outputs, proven by killing real builds

_HOLD = r"""
import os, sys, time
hold = os.environ["GRAPHKIT_TEST_HOLD"]
real_replace, real_rename = os.replace, os.rename

def holding(real):
    def move(src, dst, *args, **kwargs):
        if os.path.basename(os.fspath(dst)) == hold:
            sys.stderr.write("HOLDING " + hold + "\n")
            sys.stderr.flush()
            time.sleep(600)
        return real(src, dst, *args, **kwargs)
    return move

os.replace, os.rename = holding(real_replace), holding(real_rename)
from graphkit.cli import main
main(sys.argv[1:], prog_name="graphkit")
"""


def _state(paths: list[Path]) -> tuple[bytes | None, ...]:
    return tuple(p.read_bytes() if p.exists() else None for p in paths)


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_a_killed_build_leaves_each_output_old_or_complete(tmp_path):
    """Kill real `graphkit build -o out.ttl --html out.html` runs over earlier outputs: at 0.3 s, 1 s, 2 s,
    shortly before the end, and (held there by a hook) just before each output is moved into place. Each
    output is then the earlier version byte for byte or the complete new one; temporary files left by a
    kill are hidden ``.NAME.….tmp`` files that nothing reads, and the next build works."""
    files = sorted(CORPUS.glob("*.txt"))
    old_in, new_in = tmp_path / "old", tmp_path / "new"
    old_in.mkdir()
    new_in.mkdir()
    shutil.copy(files[2], old_in)
    for f in files[1:3]:
        shutil.copy(f, new_in)
    outdir = tmp_path / "out"
    outdir.mkdir()
    outputs = [outdir / "out.ttl", outdir / "out.html"]
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"), PYTHONPATH=str(ROOT))
    (tmp_path / "tmp").mkdir()

    def command(inputs: Path) -> list[str]:
        return ["build", str(inputs), "-o", str(outputs[0]), "--html", str(outputs[1]), "-q"]

    done = subprocess.run([sys.executable, "-m", "graphkit", *command(old_in)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    old = _state(outputs)
    states = []

    def restore() -> None:  # each run starts over the earlier outputs
        for path, data in zip(outputs, old):
            path.write_bytes(data)

    def kill_at(delay: float) -> None:
        restore()
        proc = subprocess.Popen([sys.executable, "-m", "graphkit", *command(new_in)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        states.append((f"killed at {delay:.2f} s", _state(outputs)))

    def hold_at(name: str) -> float:
        """Run a build held just before it moves ``name`` into place, kill it there; returns when it got there."""
        restore()
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", _HOLD, *command(new_in)], env=dict(env, GRAPHKIT_TEST_HOLD=name),
                                stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        line = proc.stderr.readline()
        if not line.startswith("HOLDING"):
            proc.wait(timeout=60)
            pytest.fail(f"the build wrote {name} without os.replace or os.rename: is the write still atomic? "
                        f"{line}{proc.stderr.read()}")
        took = time.monotonic() - start
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
        states.append((f"held before writing {name} ({took:.1f} s)", _state(outputs)))
        return took

    for delay in (0.3, 1.0, 2.0):  # starting, reading, extracting
        kill_at(delay)
    end = min(hold_at("out.ttl"),  # the Turtle complete in its temporary file, not yet in place
              hold_at("out.html"))  # the Turtle in place, the page not yet
    for share in (0.6, 0.8, 0.95):  # towards the end (the machine's load moves it: the holds above are exact)
        kill_at(max(end * share, 2.5))

    leftovers = _leftovers(outdir, {"out.ttl", "out.html"})
    assert all(re.fullmatch(r"\.out\.(ttl|html)\..+\.tmp", name) for name in leftovers), leftovers

    # the next build works, over the leftovers, and gives the new version
    done = subprocess.run([sys.executable, "-m", "graphkit", *command(new_in)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    new = _state(outputs)
    assert new[0] != old[0] and new[1] != old[1]
    print("\n".join(f"{when}: " + ", ".join(f"{p.name} {'old' if st == o else 'new' if st == n else '??'}"
                                             for p, st, o, n in zip(outputs, state, old, new)) for when, state in states))
    print("left:", leftovers, "in TMPDIR:", sorted(p.name for p in (tmp_path / "tmp").rglob("*")))
    for when, state in states:
        for i, path in enumerate(outputs):
            assert state[i] in (old[i], new[i]), f"{when}: {path.name} is neither the old nor the new version"
    assert any(state[0] == old[0] for _, state in states)  # at least one kill landed before the write


# ================================================================ numbers, URLs and stores that no code can use


@pytest.fixture()
def pushable(tmp_path, article) -> Path:
    kb = tmp_path / "kb"
    assert CliRunner().invoke(main, ["build", str(article), "--store", str(kb), "-q"]).exit_code == 0
    return kb


def usage_error(result, option: str, message: str) -> None:
    """click's own report of a bad option value: exit 2, the option named, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert "Traceback" not in result.output and "[E000]" not in result.output
    assert f"Invalid value for {option}: {message}" in result.stderr, result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "NaN", "1e999"])
def test_a_size_or_timeout_that_is_not_a_finite_number(runner, article, pushable, tmp_path, value):
    result = runner.invoke(main, ["build", str(article), "-o", str(tmp_path / "g.ttl"), "--max-size", value])
    usage_error(result, "'--max-size'", f"{value} is not a finite number")
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", "http://127.0.0.1:9", "--timeout", value])
    usage_error(result, "'--timeout'", f"{value} is not a finite number")
    assert not (tmp_path / "g.ttl").exists()


@pytest.mark.parametrize(("endpoint", "message"), [
    ("http://[::1", "endpoint = 'http://[::1' is not a valid URL (Invalid IPv6 URL)"),
    ("http://bob:s3cret@[::1", "endpoint = 'http://bob:***@[::1' is not a valid URL (Invalid IPv6 URL)"),
    ("http://127.0.0.1:99999", "endpoint = 'http://127.0.0.1:99999' is not a valid URL (Port out of range 0-65535)"),
    ("http://127.0.0.1:abc/", re.compile(r"endpoint = 'http://127\.0\.0\.1:abc/' is not a valid URL \(Port .+\)")),
    ("http://exa mple.org/", "endpoint = 'http://exa mple.org/' holds a space or a control character"),
    ("http://127.0.0.1:9/a b", "endpoint = 'http://127.0.0.1:9/a b' holds a space or a control character"),
])
def test_an_endpoint_that_is_no_url(runner, pushable, endpoint, message):
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", endpoint])
    one_line_error(result, "E100", 2, message)
    assert "s3cret" not in result.output


def test_an_endpoint_path_in_another_script_is_sent_percent_encoded():
    from graphkit.push import graph_store_url

    assert graph_store_url("http://127.0.0.1:7878/données/") == "http://127.0.0.1:7878/donn%C3%A9es"
    assert graph_store_url("http://127.0.0.1:3030/données/data") == "http://127.0.0.1:3030/donn%C3%A9es/data"
    assert graph_store_url("http://127.0.0.1:7878/a%20b/store") == "http://127.0.0.1:7878/a%20b/store"


def test_push_on_a_knowledge_base_whose_versions_are_gone(runner, pushable):
    shutil.rmtree(pushable / "versions")
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", "http://127.0.0.1:9"])
    one_line_error(result, "E900", 2, re.compile(rf"{re.escape(str(pushable))}: its current version \S+ is missing"))


def test_push_on_a_store_whose_current_file_is_damaged(runner, tmp_path):
    import pyoxigraph as ox

    folder = tmp_path / "bare"
    store = ox.Store(str(folder))
    store.flush()
    del store
    (folder / "CURRENT").write_text("MANIFEST-999999\n", encoding="utf-8")
    result = runner.invoke(main, ["push", str(folder), "--endpoint", "http://127.0.0.1:9"])
    one_line_error(result, "E100", 2, re.compile(rf"{re.escape(str(folder))}: the store cannot be read: .+"))


# ================================================================ the network: never reached unless asked


@pytest.fixture()
def listener():
    """A SPARQL-ish HTTP server on a free loopback port that counts the connections it gets; shut down after the test.

    POST answers one SPARQL JSON result (?x = "from the server"), GET an N-Triples graph,
    and a path holding "fail" a 500. PUT (of push) answers a byte at a time on a path
    holding "drip", else 204 to the bearer token "right-token" and 401 to anything else.
    """
    import http.server
    import threading

    class Answer(http.server.BaseHTTPRequestHandler):
        def _answer(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):  # noqa: N802 (http.server's name)
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if "fail" in self.path:
                self._answer(500, "text/plain", b"the remote endpoint failed")
                return
            self._answer(200, "application/sparql-results+json",
                         b'{"head": {"vars": ["x"]}, "results": {"bindings": '
                         b'[{"x": {"type": "literal", "value": "from the server"}}]}}')

        def do_PUT(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if "drip" in self.path:  # an answer that comes a byte every 0.2 s, for up to 10 s
                deadline = time.monotonic() + 10
                for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"x" * 100:
                    if time.monotonic() > deadline:
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                    except OSError:
                        return
                    time.sleep(0.2)
                return
            if self.headers.get("Authorization") == "Bearer right-token":
                self._answer(204, "text/plain", b"")
            else:
                self._answer(401, "text/plain", b"Unauthorized")

        def do_GET(self):  # noqa: N802
            self._answer(200, "application/n-triples",
                         b'<https://w3id.org/graphkit/entity/far> <http://www.w3.org/2000/01/rdf-schema#label> "Far" .\n')

        def log_message(self, *args):
            pass

    class Counting(http.server.ThreadingHTTPServer):
        daemon_threads = True
        connections = 0

        def verify_request(self, request, client_address):
            Counting.connections += 1
            return True

    srv = Counting(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    srv.base = f"127.0.0.1:{srv.server_address[1]}"
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://{base}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <https://{base}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://{base}/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://ex.org/a#>\nselect * where {\n  ?s ?p ?o .\n  service <http://{base}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { VALUES ?e { <http://{base}/sparql> } SERVICE ?e { ?s ?p ?o } }",
])
def test_service_is_refused_before_anything_is_sent(runner, tiny, listener, sparql):
    text = sparql.replace("{base}", listener.base)
    result = runner.invoke(main, ["query", str(tiny), text])
    one_line_error(result, "E400", 2, re.compile(r"SERVICE at line \d+, column \d+ would send part of the query to "
                                                 r"another host: graphkit does not use the network"))
    assert "--allow-network" in result.stderr
    assert listener.connections == 0


def test_load_is_refused_before_anything_is_fetched(runner, pushable, listener):
    before = sorted(p.name for p in (pushable / "versions").iterdir())
    for update in (f"LOAD <http://{listener.base}/g.nt>", f"LOAD SILENT <https://{listener.base}/g.nt> INTO GRAPH <urn:x>",
                   f"PREFIX ex: <http://ex.org/a#> # a comment\nload <http://{listener.base}/g.nt>"):
        result = runner.invoke(main, ["query", str(pushable), "--update", update])
        one_line_error(result, "E400", 2, re.compile(r"LOAD at line \d, column 1 would fetch a graph from another "
                                                     r"host: graphkit does not use the network"))
    assert listener.connections == 0
    assert sorted(p.name for p in (pushable / "versions").iterdir()) == before  # no new version


def test_the_words_service_and_load_elsewhere_are_no_keywords(runner, tiny):
    sparql = ('PREFIX service: <http://ex.org/service#>\nSELECT ?load WHERE { BIND("SERVICE <http://x/>" AS ?load) '
              '?s service:load ?o . # SERVICE <http://x/> {}\n}')
    result = runner.invoke(main, ["query", str(tiny), sparql])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "(0 rows)"


def test_allow_network_lets_service_and_load_through(runner, tiny, pushable, listener):
    result = runner.invoke(main, ["query", str(tiny), "--allow-network", "-f", "csv",
                                  f"SELECT ?x WHERE {{ SERVICE <http://{listener.base}/sparql> {{ ?x ?p ?o }} }}"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "x\nfrom the server\n"
    result = runner.invoke(main, ["query", str(pushable), "--update", "--allow-network",
                                  f"LOAD <http://{listener.base}/g.nt> INTO GRAPH <urn:far>"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["query", str(pushable), "SELECT ?l WHERE { GRAPH <urn:far> { ?s rdfs:label ?l } }"])
    assert result.stdout.splitlines()[2] == "Far"
    assert listener.connections == 2


def test_a_remote_endpoint_that_fails_is_a_query_error(runner, tiny, pushable, listener):
    result = runner.invoke(main, ["query", str(tiny), "--allow-network",
                                  f"SELECT * WHERE {{ SERVICE <http://{listener.base}/fail> {{ ?s ?p ?o }} }}"])
    one_line_error(result, "E400", 2, re.compile(r"the query failed: .*500.*"))
    result = runner.invoke(main, ["query", str(tiny), "--allow-network", "-f", "json",
                                  f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{_closed_port()}/x> {{ ?s ?p ?o }} }}"])
    one_line_error(result, "E400", 2, re.compile(r"the query failed: .+"))


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_graph_files_that_point_at_other_hosts_fetch_nothing(runner, tmp_path, gold, listener):
    """A remote JSON-LD context, an external DTD or entity in RDF/XML, owl:imports: every reader reads the
    file alone and never connects."""
    base = f"http://{listener.base}"
    remote = tmp_path / "remote.jsonld"
    remote.write_text(f'{{"@context": "{base}/context.jsonld", "@id": "https://w3id.org/graphkit/entity/a", '
                      f'"name": "A"}}', encoding="utf-8")
    imported = tmp_path / "imports.ttl"
    imported.write_text(f"<https://w3id.org/graphkit/entity/a> <http://www.w3.org/2002/07/owl#imports> <{base}/o.ttl> ;\n"
                        f'  <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n', encoding="utf-8")
    dtd = tmp_path / "dtd.rdf"
    dtd.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF SYSTEM "{base}/rdf.dtd">\n'
                   '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                   'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n'
                   '  <rdf:Description rdf:about="https://w3id.org/graphkit/entity/a"><rdfs:label>A</rdfs:label>'
                   '</rdf:Description>\n</rdf:RDF>\n', encoding="utf-8")
    for args in _readers(remote, gold, tmp_path):
        one_line_error(runner.invoke(main, args), "E300", 2,
                       f"{remote}: its JSON-LD @context is a remote document, which graphkit does not fetch "
                       "(it never uses the network)")
    for path in (imported, dtd):
        for args in _readers(path, gold, tmp_path):
            result = runner.invoke(main, args)
            assert result.exit_code in (0, 1), (args, result.output)  # validate and evaluate may judge the graph
            assert "[E000]" not in result.output
    assert listener.connections == 0


def test_push_to_a_server_that_answers_a_byte_at_a_time(runner, pushable, listener):
    started = time.monotonic()
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", f"http://{listener.base}/drip", "--timeout", "1"])
    assert time.monotonic() - started < 4
    one_line_error(result, "E800", 5, re.compile(rf"http://{re.escape(listener.base)}/drip timed out after 1 s on PUT "
                                                 r"<.+> \(the server may still replace that graph\); 0 of 1 graphs "
                                                 r"pushed, not pushed: .+"))


def test_push_credentials_are_sent_and_never_shown(runner, pushable, listener):
    endpoint = f"http://bob:s3cret-pw@{listener.base}"
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", endpoint])
    one_line_error(result, "E800", 5, re.compile(rf"http://bob:\*\*\*@{re.escape(listener.base)} answered HTTP 401 "
                                                 r"Unauthorized to PUT <.+>: Unauthorized; 0 of 1 graphs pushed, .+"))
    assert "s3cret" not in result.output and "--token" in result.stderr
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", f"http://{listener.base}"],
                           env={"GRAPHKIT_PUSH_TOKEN": "wrong-token"})
    assert result.exit_code == 5 and "wrong-token" not in result.output
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", f"http://{listener.base}"],
                           env={"GRAPHKIT_PUSH_TOKEN": "right-token"})
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("pushed 1 graph (") and "right-token" not in result.output
    result = runner.invoke(main, ["push", str(pushable), "--endpoint", endpoint, "--token", "right-token"])
    one_line_error(result, "E100", 2, "the endpoint's URL holds a user and password: give them once")


# ================================================================ updates


def test_an_update_with_a_hash_in_a_prefix_iri(runner, pushable):
    update = "PREFIX ex: <http://ex.org/vocab#>\nINSERT DATA { ex:a ex:b ex:c } # a comment"
    result = runner.invoke(main, ["query", str(pushable), "--update", update])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["query", str(pushable), "-f", "csv",
                                  "SELECT ?o WHERE { <http://ex.org/vocab#a> <http://ex.org/vocab#b> ?o }"])
    assert result.stdout == "o\nhttp://ex.org/vocab#c\n"
    result = runner.invoke(main, ["query", str(pushable), update])  # without --update, still seen as an update
    one_line_error(result, "E400", 2, "SPARQL UPDATE is not run without --update: `graphkit query` only reads by default")


def test_an_update_syntax_error_gives_the_update_s_own_line(runner, pushable):
    result = runner.invoke(main, ["query", str(pushable), "--update", "INSERT DATA {\n  <urn:a> <urn:b> \n}"])
    one_line_error(result, "E400", 2, re.compile(r"SPARQL syntax error at line 3, column 1: .+"))
    assert "\n  }\n  ^\n" in result.stderr
    result = runner.invoke(main, ["query", str(pushable), "--update", "INSERT DATA { ppp:x rdfs:label 'x' ."])
    one_line_error(result, "E400", 2, re.compile(r"SPARQL syntax error at line 1, column \d+: .+"))


# ================================================================ RDF/XML that expands or nests without end

_RDF_HEAD = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
             'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n')


def _rdf_xml(entities: list[str], body: str) -> str:
    doctype = "<!DOCTYPE rdf:RDF [\n" + "\n".join(entities) + "\n]>\n" if entities else ""
    return f'<?xml version="1.0"?>\n{doctype}{_RDF_HEAD}{body}\n</rdf:RDF>\n'


def _laughs(levels: int) -> str:
    """The "billion laughs": each entity ten of the one before; ten levels are 10^10 laughs from 600 bytes."""
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return _rdf_xml(entities, f'<rdf:Description rdf:about="https://w3id.org/graphkit/entity/a">'
                              f'<rdfs:label>&l{levels - 1};</rdfs:label></rdf:Description>')


def test_rdf_xml_entities_within_entities_are_refused(runner, tmp_path, gold):
    path = tmp_path / "laughs.rdf"
    path.write_text(_laughs(3), encoding="utf-8")
    for args in _readers(path, gold, tmp_path):
        result = runner.invoke(main, args)
        one_line_error(result, "E300", 2, f"{path}: its DTD declares the entity l1 through other entities "
                                          "(&l0;), which graphkit does not expand")


@pytest.mark.parametrize("command", ["query", "view", "validate", "analyze"])
def test_a_billion_laughs_in_rdf_xml_is_refused(tmp_path, command):
    """Ten levels, 600 bytes: the RDF/XML parser aborted the process (a Rust panic, exit 134). In a real
    process, so that a regression cannot take the test run down with it."""
    path = tmp_path / "laughs.rdf"
    path.write_text(_laughs(10), encoding="utf-8")
    assert path.stat().st_size < 1000
    args = {"query": [str(path), "ASK {}"], "view": [str(path), "-o", str(tmp_path / "v.html")]}.get(command, [str(path)])
    proc = subprocess.run([sys.executable, "-m", "graphkit", command, *args], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stderr.splitlines()[0] == (f"error: [E300] {path}: its DTD declares the entity l1 through other "
                                           "entities (&l0;), which graphkit does not expand")


@pytest.mark.parametrize(("declaration", "message"), [
    ('<!ENTITY ext SYSTEM "file:///etc/passwd">', "its DTD declares the external entity ext, which graphkit does not read"),
    ('<!ENTITY % p "x">', "its DTD declares the parameter entity p, which graphkit does not expand"),
    (f'<!ENTITY big "{"x" * 2000}">', "its DTD declares the entity big of 2000 characters, more than the 1000 "
                                      "graphkit expands"),
])
def test_rdf_xml_entities_that_are_not_expanded(runner, tmp_path, declaration, message):
    path = tmp_path / "g.rdf"
    path.write_text(_rdf_xml([declaration], '<rdf:Description rdf:about="urn:a"><rdfs:label>x</rdfs:label>'
                                            '</rdf:Description>'), encoding="utf-8")
    one_line_error(runner.invoke(main, ["query", str(path), "ASK {}"]), "E300", 2, f"{path}: {message}")


@pytest.mark.parametrize(("chars", "references"), [(1000, 200_000), (100, 1_700_000)])
def test_rdf_xml_entities_that_expand_too_much_are_refused(runner, tmp_path, chars, references):
    """Entities of one level, 330 times (expat's guard) or 33 times (graphkit's) the text they stand for."""
    path = tmp_path / "g.rdf"
    label = "&e;" * references
    path.write_text(_rdf_xml([f'<!ENTITY e "{"x" * chars}">'],
                             f'<rdf:Description rdf:about="urn:a"><rdfs:label>{label}</rdfs:label></rdf:Description>'),
                    encoding="utf-8")
    one_line_error(runner.invoke(main, ["query", str(path), "ASK {}"]), "E300", 2,
                   f"{path}: its entities expand it far beyond its size; graphkit does not expand them so far")


def test_rdf_xml_with_namespace_entities_as_ontology_editors_write_it(runner, tmp_path):
    """One level of entities holding IRIs (as Protégé writes them) is read."""
    path = tmp_path / "onto.rdf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n'
                    '  <!ENTITY owl "http://www.w3.org/2002/07/owl#" >\n'
                    '  <!ENTITY rdfs "http://www.w3.org/2000/01/rdf-schema#" >\n'
                    '  <!ENTITY rdf "http://www.w3.org/1999/02/22-rdf-syntax-ns#" >\n]>\n'
                    '<rdf:RDF xmlns:rdf="&rdf;" xmlns:rdfs="&rdfs;" xmlns:owl="&owl;">\n'
                    '  <owl:Class rdf:about="&owl;Thing"><rdfs:label>Thing &amp; co</rdfs:label></owl:Class>\n'
                    '</rdf:RDF>\n', encoding="utf-8")
    result = runner.invoke(main, ["query", str(path), "-f", "csv", "SELECT ?l WHERE { owl:Thing rdfs:label ?l }"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "l\nThing & co\n"


def test_rdf_xml_nested_without_end_is_refused(runner, tmp_path, gold):
    """100,000 nested elements (2 MB) kept the RDF/XML parser busy for minutes."""
    path = tmp_path / "deep.rdf"
    depth = 100_000
    path.write_text(_rdf_xml([], '<rdf:Description><rdfs:seeAlso>' * depth + "x"
                             + "</rdfs:seeAlso></rdf:Description>" * depth), encoding="utf-8")
    started = time.monotonic()
    for args in _readers(path, gold, tmp_path):
        one_line_error(runner.invoke(main, args), "E300", 2,
                       f"{path}: its elements are nested more than 1000 deep (at line 3), "
                       "deeper than graphkit reads RDF/XML")
    assert time.monotonic() - started < 30


def test_rdf_xml_that_is_not_well_formed_gives_line_and_column(runner, tmp_path):
    path = tmp_path / "g.rdf"
    path.write_text(_rdf_xml([], '<rdf:Description rdf:about="urn:a"><rdfs:label>x</rdfs:comment>'), encoding="utf-8")
    one_line_error(runner.invoke(main, ["query", str(path), "ASK {}"]), "E300", 2,
                   re.compile(rf"{re.escape(str(path))}: not valid RDF/XML at line 3, column \d+: .+"))


# ================================================================ parameters and names that are no IRI


@pytest.mark.parametrize(("value", "why"), [
    ("http://x y", "Invalid IRI code point ' '"),
    ("gke:a>b", "Invalid IRI code point '>'"),
    ("https://[::1", "Invalid character '[' in host"),
])
def test_a_parameter_or_chain_end_that_is_no_iri(runner, tiny, value, why):
    result = runner.invoke(main, ["query", str(tiny), "--param", f"org={value}", "SELECT * WHERE { ?org ?p ?o }"])
    one_line_error(result, "E400", 2, f"{value!r} is not a valid IRI ({why})")
    result = runner.invoke(main, ["analyze", str(tiny), "--chain", value, "Binance"])
    one_line_error(result, "E400", 2, f"{value!r} is not a valid IRI ({why})")


# ================================================================ file names and text in any locale


def _latin1_named(folder: Path) -> Path:
    """An article whose name is Latin-1 bytes (café.txt from an older system): not UTF-8."""
    folder.mkdir(exist_ok=True)
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(SWEDISH.encode("utf-8"))
    return Path(os.fsdecode(raw))


def test_a_file_name_that_is_not_utf8_is_skipped_and_named(runner, tmp_path):
    folder = tmp_path / "in"
    bad = _latin1_named(folder)
    (folder / "good.txt").write_text(SWEDISH, encoding="utf-8")
    out = tmp_path / "g.ttl"
    for args in (["-o", str(out)], ["--store", str(tmp_path / "kb")]):
        result = runner.invoke(main, ["build", str(folder), *args, "-q"])
        assert result.exit_code == 4, result.output
        assert "[E000]" not in result.output
        first = result.stderr.splitlines()[0]  # the path as the terminal can show it, then why
        assert first.startswith(f"warning: skipped {folder}{os.sep}caf") and first.endswith(
            ".txt: its name is not UTF-8 (caf\\xe9.txt); rename it, e.g. with `convmv -f latin1 -t utf8 --notest FILE`")
    assert "good.txt" in out.read_text(encoding="utf-8")
    result = runner.invoke(main, ["build", str(bad), "-o", str(out)])
    one_line_error(result, "E100", 2, "no article to build: every input was skipped or none was given")


def test_non_ascii_names_and_text_under_a_locale_that_is_not_utf8(tmp_path):
    """LC_ALL=C without Python's UTF-8 mode: names and arguments come with surrogate escapes, which were an E000."""
    article = tmp_path / "café-ü.txt"
    article.write_text(SWEDISH, encoding="utf-8")
    env = dict(os.environ, LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0", PYTHONPATH=str(ROOT))
    env.pop("PYTHONIOENCODING", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "graphkit", *args], env=env, capture_output=True, timeout=300)

    assert run("--version").returncode == 0
    check = subprocess.run([sys.executable, "-c", "import sys; print(sys.getfilesystemencoding())"], env=env,
                           capture_output=True, text=True)
    if check.stdout.strip() == "utf-8":
        pytest.skip("this Python reads file names as UTF-8 even under LC_ALL=C")
    kb = tmp_path / "kb"
    done = run("build", str(article), "--store", str(kb), "-q")
    assert done.returncode == 0, done.stderr
    done = run("build", str(article), "-o", str(tmp_path / "g.ttl"), "-q")
    assert done.returncode == 0, done.stderr
    assert "café-ü.txt" in (tmp_path / "g.ttl").read_text(encoding="utf-8")
    done = run("query", str(kb), "-f", "csv", "SELECT ?id WHERE { ?d dcterms:identifier ?id FILTER(?id = 'café-ü.txt') }")
    assert done.returncode == 0 and done.stdout.decode("utf-8").splitlines() == ["id", "café-ü.txt"], done.stderr
    done = run("query", str(kb), "--param", "org=Polisén", "SELECT * WHERE { ?org ?p ?o }")
    assert done.returncode == 0, done.stderr
    done = run("view", str(tmp_path / "g.ttl"), "-o", str(tmp_path / "g.html"), "--title", "Polisén")
    assert done.returncode == 0, done.stderr
    assert "<title>Polisén" in (tmp_path / "g.html").read_text(encoding="utf-8")
    done = run("remove", str(kb), "--document", "café-ü.txt")
    assert done.returncode == 0, done.stderr


# ================================================================ long queries: Ctrl-C, and results as they come


@pytest.fixture()
def thousand(tmp_path) -> Path:
    """A graph of 1,000 labels: a join of it with itself has a million rows, of three a billion."""
    path = tmp_path / "thousand.nt"
    path.write_text("".join(f'<https://w3id.org/graphkit/entity/e{i}> <http://www.w3.org/2000/01/rdf-schema#label> '
                            f'"label {i}" .\n' for i in range(1000)), encoding="utf-8")
    return path


_BILLION = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
_SORTED_MILLION = "SELECT ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f"


def _graphkit(*args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "graphkit", *args], env=env, **kwargs)


@pytest.mark.parametrize(("fmt", "sparql"), [("csv", _BILLION), ("json", _SORTED_MILLION), ("table", _BILLION),
                                             ("table", _SORTED_MILLION)])
def test_ctrl_c_stops_a_long_query_at_once(thousand, fmt, sparql):
    """pyoxigraph evaluates in Rust, where Python's handlers wait: Ctrl-C was ignored until the query ended."""
    proc = _graphkit("query", str(thousand), sparql, "-f", fmt, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(3)  # started, the graph loaded, the query running (it runs for minutes)
        assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGINT)
        sent = time.monotonic()
        out, err = proc.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert took < 3, took
    assert proc.returncode == 130, err
    assert err.decode().endswith("interrupted\n")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_results_come_as_they_are_computed(thousand, fmt):
    """The first rows of a billion are printed at once, and a reader that has enough (`| head`) ends the query."""
    proc = _graphkit("query", str(thousand), "SELECT ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "-f", fmt,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    import threading

    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout.readline() for _ in range(5)), daemon=True)
    try:
        reader.start()
        reader.join(timeout=30)
        assert len(lines) == 5, "no rows within 30 s: the results are collected before they are written"
        proc.stdout.close()  # as `head` does
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert all(line.endswith(b"\n") for line in lines), lines
    assert b"label" in b"".join(lines)
    assert proc.returncode == 0, proc.stderr.read()


def test_a_table_is_written_in_bounded_memory(thousand):
    """A table of 360,000 rows: only the first 1,000 are held (to size the columns), not all of them."""
    import io

    from graphkit.sources import open_graph
    from graphkit.store import query, write_result

    store = open_graph(thousand)
    sparql = ("SELECT ?a ?f WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(?c) = 9 && STRLEN(?f) = 9 "
              "&& ?c < 'label 700' && ?f < 'label 700') }")

    class Sink(io.RawIOBase):
        lines = 0

        def writable(self):
            return True

        def write(self, data):
            Sink.lines += bytes(data).count(b"\n")
            return len(data)

    tracemalloc.start()
    try:
        write_result(query(store, sparql), "table", Sink())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert Sink.lines == 600 * 600 + 3
    assert peak < 20_000_000, peak


# ================================================================ numbers Python will not write


#: A number longer than the 4,300 digits Python converts between int and str.
HUGE = "9" * 4_400


@pytest.mark.parametrize("how", [["-o", "OUT"], ["-o", "OUT", "--jobs", "2"], ["--store", "KB"]],
                         ids=["build", "jobs-2", "store"])
def test_an_article_with_a_number_of_4400_digits_is_built_with_the_others(runner, tmp_path, how):
    """It stopped the whole batch: `[E000] … Exceeds the limit (4300 digits)`, naming no file."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_huge.txt").write_text(f"Europol seized {HUGE} euros from the criminals.\n", encoding="utf-8")
    (folder / "b_plain.txt").write_text(SWEDISH, encoding="utf-8")
    out, kb = tmp_path / "g.ttl", tmp_path / "kb"
    args = [{"OUT": str(out), "KB": str(kb)}.get(a, a) for a in how]
    result = runner.invoke(main, ["build", str(folder), *args, "-q"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    graph = out if "-o" in how else kb
    done = runner.invoke(main, ["query", str(graph), "SELECT ?d ?v WHERE { ?d a ppp:Document . "
                                "OPTIONAL { ?f ppp:value ?v ; prov:wasDerivedFrom ?d } } ORDER BY ?d", "-f", "csv"])
    assert done.exit_code == 0, done.stderr
    rows = done.stdout.splitlines()[1:]
    assert [r.split(",")[0].rsplit("/", 1)[-1] for r in rows] == ["a_huge.txt", "b_plain.txt"]
    assert rows[0].split(",")[1] == HUGE  # the figure, as written, not rounded


def test_a_page_of_a_value_of_4400_digits(runner, tmp_path):
    """`view` of a figure of 4,400 digits stopped with `[E000]`; the page shows it in full."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Europol seized {HUGE} euros from the criminals.\n", encoding="utf-8")
    ttl, html = tmp_path / "g.ttl", tmp_path / "g.html"
    assert runner.invoke(main, ["build", str(folder), "-o", str(ttl), "-q"]).exit_code == 0
    result = runner.invoke(main, ["view", str(ttl), "-o", str(html)])
    assert result.exit_code == 0, result.stderr
    assert "99," + "999," * 1465 + "999" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("value, why", [
    (f'"{HUGE}"^^xsd:integer', "a number of 4,400 digits, more than the 4,300 graphkit reads"),
    ('"abc"^^xsd:integer', "not a valid xsd:nonNegativeInteger"),
], ids=["4400-digits", "not-a-number"])
def test_an_offset_graphkit_cannot_read(runner, tmp_path, value, why):
    """An offset that is no integer Python reads: `validate` blamed the shapes file ([E200], exit 3) and
    every reader printed rdflib's tracebacks; now one line naming the value, and the page is made."""
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix ppp: <https://w3id.org/graphkit/ppp#> .\n@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/graphkit/doc/a.txt> a ppp:Document, nif:Context ; "
        "<http://purl.org/dc/terms/identifier> \"a.txt\" ; <http://purl.org/dc/terms/language> \"en\" .\n"
        "<https://w3id.org/graphkit/entity/europol> a ppp:LawEnforcementAgency, ppp:Organization ; rdfs:label \"Europol\"@en .\n"
        "<https://w3id.org/graphkit/doc/a.txt#char=0,7> a nif:Phrase ; nif:referenceContext <https://w3id.org/graphkit/doc/a.txt> ;"
        f" nif:beginIndex {value} ; nif:endIndex 7 ; nif:anchorOf \"Europol\" ;"
        " itsrdf:taIdentRef <https://w3id.org/graphkit/entity/europol> .\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(graph)])
    line = one_line_error(result, "E300", 2, re.compile(r"<https://w3id\.org/graphkit/doc/a\.txt#char=0,7> nif:beginIndex .+"))
    assert line.endswith(f": {why}, so the shapes cannot be checked")
    result = runner.invoke(main, ["view", str(graph), "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 0 and "Traceback" not in result.stderr, result.stderr


def test_an_article_a_stage_fails_on_is_skipped_and_named(runner, tmp_path, monkeypatch):
    """A stage that fails on one article (a bug) costs that article only, named with the error, in a
    build and in a knowledge base; the others are built and the exit code is 4."""
    from graphkit import pipeline

    def fragile(doc):
        if "Swedbank" in doc.text:
            raise ValueError("a stage failed")
        return doc

    monkeypatch.setattr(pipeline, "STAGES", (*pipeline.STAGES, fragile))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (folder / "b.txt").write_text(LEGACY["fr"], encoding="utf-8")
    reason = ("could not be extracted (ValueError: a stage failed); this is a bug in graphkit: "
              "report it with the article")
    out = tmp_path / "g.ttl"
    result = runner.invoke(main, ["build", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 4, result.stderr
    assert result.stderr.splitlines() == [f"warning: skipped {folder / 'a.txt'}: {reason}"]
    assert "b.txt" in out.read_text(encoding="utf-8") and "a.txt" not in out.read_text(encoding="utf-8")
    kb = tmp_path / "kb"
    result = runner.invoke(main, ["build", str(folder), "--store", str(kb)])
    assert result.exit_code == 4, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"warning: skipped {folder / 'a.txt'}: {reason}"
    assert re.fullmatch(rf"{re.escape(str(kb))}: 1 added, 0 replaced, 0 unchanged \(\d+ triples\)", lines[1]), lines
    assert len(lines) == 2


# ================================================================ documents of one name


@pytest.mark.parametrize("how", [["-o", "OUT"], ["-o", "OUT", "--jobs", "2"], ["--store", "KB"]],
                         ids=["build", "jobs-2", "store"])
def test_two_articles_of_one_file_name_are_refused_the_same_way_everywhere(runner, tmp_path, how):
    """`build a/x.txt b/x.txt --store kb` said "2 added" and kept only b/x.txt; with -o it was refused.
    Now both are refused before anything is read or written, naming the two files."""
    for sub, text in (("a", SWEDISH), ("b", LEGACY["fr"])):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(text, encoding="utf-8")
    out, kb = tmp_path / "g.ttl", tmp_path / "kb"
    args = [{"OUT": str(out), "KB": str(kb)}.get(a, a) for a in how]
    result = runner.invoke(main, ["build", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b"), *args])
    one_line_error(result, "E100", 2, f"two inputs share the file name 'x.txt': {tmp_path / 'a' / 'x.txt'} "
                                      f"and {tmp_path / 'b' / 'x.txt'}")
    assert "rename one of them" in result.stderr
    assert not out.exists() and not kb.exists()


# ================================================================ knowledge bases: writers, disks, folders


_HOLD_SWITCH = r"""
import os, sys, time
go = os.environ["GRAPHKIT_TEST_GO"]
real_replace = os.replace

def replace(src, dst, *args, **kwargs):
    if os.path.basename(os.fspath(dst)) == "CURRENT":   # the new version complete, not yet current
        sys.stderr.write("HOLDING\n")
        sys.stderr.flush()
        deadline = time.monotonic() + 120
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.05)
    return real_replace(src, dst, *args, **kwargs)

os.replace = replace
from graphkit.cli import main
main(sys.argv[1:], prog_name="graphkit")
"""


def test_two_builds_at_once_on_one_knowledge_base_give_one_person(tmp_path, two_scripts):
    """Two real `graphkit build --store` on one knowledge base: the second waits for the first (and says so),
    then resolves against the version the first made, so that one person stays one node. (It resolved against
    the version it had read at its start: both succeeded and the person was split in two.)"""
    from graphkit import kb as kb_module
    from graphkit.pipeline import build

    articles = two_scripts
    kb = tmp_path / "kb"
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=str(ROOT), GRAPHKIT_TEST_GO=str(go))
    first = subprocess.Popen([sys.executable, "-c", _HOLD_SWITCH, "build", str(articles / "a_en.txt"), "--store", str(kb)],
                             env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    second = None
    try:
        assert first.stderr.readline() == "HOLDING\n"  # the first holds the lock, its version not yet current
        second = subprocess.Popen([sys.executable, "-m", "graphkit", "build", str(articles / "b_ru.txt"), "--store",
                                   str(kb)], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        said = second.stderr.readline()
        assert said == (f"{kb}: another build, removal or update is writing it; waiting for it to finish "
                        "(Ctrl-C stops)\n"), said + second.stderr.read()
        go.touch()
        assert first.wait(timeout=120) == 0, first.stderr.read()
        assert second.wait(timeout=300) == 0, second.stderr.read()
        assert second.stderr.read().startswith(f"{kb}: 1 added, 0 replaced, 0 unchanged (")
    finally:
        go.touch()
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    store = kb_module.open_read(kb)
    people = {r["e"].value for r in store.query(
        "SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/graphkit/ppp#Person> }")}
    assert people == {"https://w3id.org/graphkit/entity/neal-jetton"}
    assert set(kb_module.documents(store)) == {"a_en.txt", "b_ru.txt"}
    at_once = build([articles]).graph
    assert len(list(store.query("SELECT * WHERE { ?s ?p ?o }"))) == len(at_once)


def test_a_pyoxigraph_store_is_not_taken_for_a_knowledge_base(runner, tmp_path, article):
    """A bare pyoxigraph folder has a CURRENT file too (RocksDB's): it was told that its "current version
    MANIFEST-000005 is missing; restore from a backup"."""
    import pyoxigraph as ox

    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c")))
    store.flush()
    del store
    before = sorted(p.name for p in folder.iterdir())
    message = f"{folder}: a pyoxigraph store, not a graphkit knowledge base"
    for args in (["build", str(article), "--store", str(folder)], ["query", str(folder), "ASK { ?s ?p ?o }"],
                 ["export", str(folder), "-o", str(tmp_path / "x.ttl")]):
        result = runner.invoke(main, args)
        one_line_error(result, "E900", 2, message)
    assert sorted(p.name for p in folder.iterdir()) == before  # no lock file put into it


def test_a_first_build_stopped_half_way_leaves_a_folder_the_next_build_takes(tmp_path, article):
    """A lock file and a versions folder, no CURRENT yet: what a first build killed before its end leaves."""
    from graphkit import kb as kb_module

    folder = tmp_path / "kb"
    (folder / "versions" / "20250101T000000-1-1").mkdir(parents=True)
    (folder / ".lock").write_text("", encoding="utf-8")
    assert kb_module.add([article], folder).added == (article.name,)
    assert [p.name for p in (folder / "versions").iterdir()] == [(folder / "CURRENT").read_text().strip()]


@pytest.mark.parametrize("where", ["copy", "write"])
def test_a_full_disk_leaves_the_knowledge_base_as_it_was(runner, tmp_path, monkeypatch, where):
    """A build on a full disk printed copytree's list of every file it could not copy (`shutil.Error`, one
    long line) and left a new folder under versions/ each time; now one line, and nothing left."""
    import errno

    from graphkit import kb as kb_module

    folder = tmp_path / "kb"
    files = sorted(CORPUS.glob("*.txt"))
    kb_module.add(files[:1], folder)
    versions = sorted((folder / "versions").iterdir())
    copied = []

    def copy_on_a_full_disk(src, dst):
        copied.append(src)
        if len(copied) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), dst)
        shutil.copy2(src, dst)

    def write_on_a_full_disk(store, graphs):
        raise OSError("IO error: No space left on device: While appending to file: 000034.log: No space left on device")

    if where == "copy":
        monkeypatch.setattr(kb_module, "_link_or_copy", copy_on_a_full_disk)
        expected = re.compile(rf"{re.escape(str(folder))}: cannot write a new version: No space left on device "
                              r"\(\d+ files? not copied\)")
    else:
        monkeypatch.setattr(kb_module, "_replace_graphs", write_on_a_full_disk)
        expected = re.compile(rf"{re.escape(str(folder))}: cannot write a new version: IO error: No space left on device: .+")
    for _ in range(2):
        result = runner.invoke(main, ["build", str(files[1]), "--store", str(folder), "-q"])
        one_line_error(result, "E900", 2, expected)
        assert "the knowledge base is as it was" in result.stderr
        assert sorted((folder / "versions").iterdir()) == versions
    monkeypatch.undo()
    assert kb_module.add(files[1:2], folder).added == (files[1].name,)


# ================================================================ outputs over inputs, endings, options


@pytest.fixture()
def small_graph(runner, tmp_path, article) -> Path:
    ttl = tmp_path / "g.ttl"
    assert runner.invoke(main, ["build", str(article), "-o", str(ttl), "-q"]).exit_code == 0
    return ttl


def test_an_output_over_an_input_is_refused(runner, tmp_path, small_graph):
    """`view g.ttl -o g.ttl`, `build a.txt -o a.txt`, `-o x.ttl --html x.ttl` overwrote their input or each
    other; each is refused before anything is read or written, and the files are as they were."""
    article = tmp_path / "a.txt"
    article.write_text(SWEDISH, encoding="utf-8")
    graph_bytes = small_graph.read_bytes()
    link = tmp_path / "link.ttl"
    link.symlink_to(small_graph)
    cases = [
        (["view", str(small_graph), "-o", str(small_graph)], f"{small_graph}: is an input; -o would overwrite it"),
        (["view", str(small_graph), "-o", str(link)], f"{link}: is an input; -o would overwrite it"),
        (["build", str(article), "-o", str(article)], f"{article}: is an input; -o would overwrite it"),
        (["build", str(article), "-o", str(tmp_path / "x.ttl"), "--html", str(tmp_path / "." / "x.ttl")],
         f"{tmp_path / '.' / 'x.ttl'}: given to both -o and --html"),
        (["build", str(tmp_path), "-o", str(article)],
         f"{article}: is an article of the folder {tmp_path}; -o would overwrite it"),
        (["analyze", str(small_graph), "--graphml", str(small_graph)],
         f"{small_graph}: is an input; --graphml would overwrite it"),
        (["analyze", str(small_graph), "--nodes-csv", str(tmp_path / "n.csv"), "--edges-csv", str(tmp_path / "n.csv")],
         f"{tmp_path / 'n.csv'}: given to both --nodes-csv and --edges-csv"),
    ]
    for args, message in cases:
        result = runner.invoke(main, args)
        one_line_error(result, "E100", 2, message)
    assert small_graph.read_bytes() == graph_bytes
    assert article.read_text(encoding="utf-8") == SWEDISH
    assert not (tmp_path / "x.ttl").exists() and not (tmp_path / "n.csv").exists()


def test_an_output_into_a_knowledge_base_is_refused(runner, tmp_path, article):
    kb = tmp_path / "kb"
    assert runner.invoke(main, ["build", str(article), "--store", str(kb), "-q"]).exit_code == 0
    current = (kb / "CURRENT").read_bytes()
    for args in (["export", str(kb), "-o", str(kb / "CURRENT")], ["view", str(kb), "-o", str(kb / "page.html")]):
        result = runner.invoke(main, args)
        one_line_error(result, "E100", 2, f"{args[-1]}: is inside the knowledge base {kb}; -o would write into it")
    assert (kb / "CURRENT").read_bytes() == current


def test_an_ending_graphkit_would_not_read_back_is_refused(runner, tmp_path, article):
    """`export -o x.rdf` (or `x.nq`) wrote Turtle that graphkit then refused to read, and so did `build`."""
    kb = tmp_path / "kb"
    assert runner.invoke(main, ["build", str(article), "--store", str(kb), "-q"]).exit_code == 0
    cases = [
        (["export", str(kb), "-o", str(tmp_path / "x.rdf")], "x.rdf", "graphkit does not write RDF/XML (.rdf); "
                                                                     "it writes .ttl, .nt, .trig, .nq, .jsonld"),
        (["export", str(kb), "-o", str(tmp_path / "x.nq")], "x.nq", "graphkit does not write N-Quads (.nq); "
                                                                   "it writes .ttl, .nt, .trig, .nq, .jsonld"),
        (["build", str(article), "-o", str(tmp_path / "y.rdf")], "y.rdf", "graphkit does not write RDF/XML (.rdf); "
                                                                         "it writes .ttl, .nt, .trig, .nq, .jsonld"),
        (["build", str(article), "-o", str(tmp_path / "y.nt"), "-f", "turtle"], "y.nt",
         "its ending .nt says N-Triples, not Turtle (--format turtle)"),
        (["export", str(kb), "-o", str(tmp_path / "y.ttl"), "-f", "json-ld"], "y.ttl",
         "its ending .ttl says Turtle, not JSON-LD (--format json-ld)"),
    ]
    if "nq" in __import__("graphkit.rdf", fromlist=["FORMATS"]).FORMATS:
        cases = [c for c in cases if c[1] != "x.nq"]  # written now: the ending names what is written
    for args, name, message in cases:
        result = runner.invoke(main, args)
        one_line_error(result, "E100", 2, f"{tmp_path / name}: {message}")
        assert not (tmp_path / name).exists()
    # what is written is read back: N-Triples in a .ttl file is Turtle
    assert runner.invoke(main, ["export", str(kb), "-o", str(tmp_path / "z.ttl"), "-f", "nt"]).exit_code == 0
    assert runner.invoke(main, ["validate", str(tmp_path / "z.ttl")]).exit_code == 0


@pytest.mark.parametrize("extra", [["-o", "g.ttl"], ["--html", "g.html"], ["-f", "nt"], ["-o", "g.ttl", "--html", "g.html"]])
def test_store_with_file_options_is_refused(runner, tmp_path, article, extra):
    """`build --store` ignored -o and --html without a word."""
    kb = tmp_path / "kb"
    args = [str(tmp_path / a) if a.startswith("g.") else a for a in extra]
    result = runner.invoke(main, ["build", str(article), "--store", str(kb), *args])
    assert result.exit_code == 2, result.output
    given = [a for a in extra if a.startswith("-")]
    names = " and ".join({"-o": "-o", "--html": "--html", "-f": "--format"}[a] for a in given)
    assert (f"Error: {names} {'do' if len(given) > 1 else 'does'} not go with --store, which adds the articles to a "
            "knowledge base: write files from it with `graphkit export DIR -o FILE` and `graphkit view DIR -o FILE.html`"
            ) in result.stderr
    assert not kb.exists() and not any(tmp_path.glob("g.*"))


def test_a_file_name_cannot_forge_lines(runner, tmp_path):
    """A newline in a file name printed a warning line of its own choosing; control characters and the
    bidirectional overrides are shown escaped, each message stays one line. A name with ": " in it is
    no longer cut at it."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SWEDISH, encoding="utf-8")
    (folder / "evil\nwarning: skipped everything.txt").write_bytes(b"")
    (folder / "red\x1b[31m\u202etxt.exe.txt").write_bytes(b"")
    (folder / "a: b.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "g.ttl"), "-q"])
    assert result.exit_code == 4
    assert sorted(result.stderr.splitlines()) == sorted([
        f"warning: skipped {folder}/a: b.txt: is empty",
        f"warning: skipped {folder}/evil\\nwarning: skipped everything.txt: is empty",
        f"warning: skipped {folder}/red\\x1b[31m\\u202etxt.exe.txt: is empty",
    ])
    result = runner.invoke(main, ["build", str(tmp_path / "gone\nerror: fake"), "-o", str(tmp_path / "g.ttl")])
    one_line_error(result, "E100", 2, f"{tmp_path}/gone\\nerror: fake: no such file or folder")


def test_utf8_with_one_bad_byte_is_called_damaged(tmp_path):
    """A UTF-8 article with one bad byte was said to "look like CP775" (a legacy encoding to convert from)."""
    text = ("Polisi Indonesia dan Binance bekerja sama melawan penipuan daring. Menurut kepolisian, kerugian "
            "mencapai Rp 12 miliar; «kerja sama ini penting», kata juru bicara. Ñandú, café, naïve, Zürich.\n")
    data = text.encode("utf-8")
    path = tmp_path / "damaged.txt"
    at = data.index(b"Menurut")
    path.write_bytes(data[:at] + b"\x9c" + data[at:])
    with pytest.raises(InputError) as info:
        read_text(path)
    assert info.value.message == (f"{path}: not valid UTF-8 (byte {at}: invalid start byte), though the rest of it is "
                                  "UTF-8 (1 bad byte): the file is damaged; drop it with iconv -f UTF-8 -t UTF-8 -c, "
                                  "or repair the file")


# ---------------------------------------------------------------- hostile text: time linear in its length


def _stage_seconds(stage, text: str, language: str) -> float:
    """The CPU time ``stage`` takes on ``text``, after the stages before it (their time not counted)."""
    from graphkit.ingest import make_document
    from graphkit.pipeline import STAGES
    doc = make_document(text, doc_id="hostile.txt", language=language)
    for before in STAGES[:STAGES.index(stage)]:
        doc = before(doc)
    gc.collect()
    gc.disable()  # a collection of the garbage of earlier runs is no time of this one
    try:
        started = time.process_time()
        done = stage(doc)
        elapsed = time.process_time() - started
    finally:
        gc.enable()
    for m in done.mentions:
        assert text[m.start:m.end] == m.text
    for f in done.figures:
        assert text[f.start:f.end] == f.text
    for r in done.relations:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text
    return elapsed


def _grows_linearly(stage, make_text, language: str, size: int) -> None:
    """Four times the text takes well under sixteen times as long (what a quadratic step gives)."""
    _stage_seconds(stage, make_text(size // 4), language)  # warm the caches of the language's data
    # the fastest of three runs of each: a busy machine slows a run, never speeds one up
    small = max(min(_stage_seconds(stage, make_text(size), language) for _ in range(3)), 0.01)
    large = min(_stage_seconds(stage, make_text(4 * size), language) for _ in range(3))
    assert large < 8 * small, f"{small:.3f} s for {size} characters, {large:.3f} s for {4 * size}"


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def test_many_acronym_definitions_take_linear_time():
    """Each "Long Name (ACR)" rebuilt the set of all spans taken so far, for every span it took: a page of
    definitions took minutes (200 KB: 139 s)."""
    from graphkit.extract import discovery
    _grows_linearly(discovery.annotate, lambda n: _repeated("National Cyber Crime Unit (NCCU) and ", n) + ".", "en",
                    6_000)


def test_a_number_of_many_thousand_digits_takes_linear_time():
    """A figure's value was made plain through int(), which converts a number of n digits in n² time
    (200 000 digits: 6 s)."""
    from graphkit.extract import figures
    _grows_linearly(figures.annotate, lambda n: "Police arrested " + "9" * n + " suspects.", "en", 30_000)


def test_a_long_list_of_partners_takes_linear_time():
    """The support of an operation's private partners to its coordinator read the mentions of the sentence
    again for each partner's part in it: one sentence listing thousands of partners took quadratic time."""
    from graphkit.extract import relations
    _grows_linearly(relations.annotate, lambda n: "INTERPOL coordinated Operation HAECHI; private partners "
                    + _repeated("Group-IB, Kaspersky and Trend Micro and ", n) + "Fortinet supported it.", "en", 20_000)


def test_a_word_of_many_thousand_letters_takes_linear_time():
    """The index of inflected names looked up every prefix of a word, however long, each sliced and hashed: a
    Tamil word of 200 000 letters took 34 s in the names stage."""
    from graphkit.extract import gazetteer
    _grows_linearly(gazetteer.annotate, lambda n: "காவல்துறை " + _repeated("பிரிவுகாவல்ாிீ", n) + " கூறினார்.", "ta",
                    6_000)


# ---------------------------------------------------------------- hostile text: marks of direction


def _extracted(text: str, language: str):
    from graphkit.ingest import make_document
    from graphkit.pipeline import extract
    return extract(make_document(text, doc_id="rtl.txt", language=language))


def test_a_right_to_left_mark_after_a_title_is_no_part_of_a_name():
    """A right-to-left mark written after a word (as web pages in Arabic and Hebrew do) made the word unknown:
    "مدير الشرطة\u200f محمد علي" (the police director Muhammad Ali) gave a person "الشرطة\u200f محمد علي", the
    word for the police read as his first name. The mark shows nothing: the words around it are read as without it."""
    with_mark = _extracted("قال مدير الشرطة\u200f محمد علي إن الإنتربول ومايكروسوفت اعتقلت خمسة.", "ar")
    without = _extracted("قال مدير الشرطة محمد علي إن الإنتربول ومايكروسوفت اعتقلت خمسة.", "ar")
    assert [m.text for m in with_mark.mentions if m.type == "Person"] == \
        [m.text for m in without.mentions if m.type == "Person"]
    assert not any("الشرطة" in m.text for m in with_mark.mentions if m.type == "Person")


def test_a_mark_of_direction_inside_a_name_is_no_part_of_its_label():
    """A right-to-left mark between the words of a name ("דוד\u200f כהן") stayed in the person's rdfs:label,
    where it shows nothing and makes the label differ from the name as read."""
    from graphkit.ingest import make_document
    from graphkit.pipeline import build_documents
    text = "מפקד משטרת ישראל\u200f, דוד\u200f כהן, אמר כי האינטרפול עצר חמישה. דוד\u200f כהן הוסיף כי המבצע הצליח.\n"
    result = build_documents([make_document(text, doc_id="he.txt", language="he")])
    people = [e for e in result.entities if e.type == "Person"]
    assert [e.label for e in people] == ["דוד כהן"]
    assert not any(c in "\u200e\u200f" for e in result.entities for name, _ in e.alt_labels for c in name)


# ---------------------------------------------------------------- hostile text: numbers beyond 28 digits


@pytest.mark.parametrize("written, value", [
    ("$" + "1" * 40 + "bn", "1" * 40 + "0" * 9),
    ("$" + "9" * 38 + " trillion", "9" * 38 + "0" * 12),
    ("$" + "1" * 30 + ".5 million", "1" * 30 + "500000"),
])
def test_a_number_of_many_digits_with_a_scale_keeps_every_digit(written, value):
    """A number multiplied by its scale ("bn", "trillion") was rounded to the 28 digits of Python's default
    decimal context: "$111…1bn" (40 ones) had the value 1111111111111111111111111111000000000000, a number the
    text does not hold. The value is now the number the text writes, every digit of it."""
    from decimal import Decimal
    text = f"Police said the gang stole {written} from 7 banks."
    figures = _extracted(text, "en").figures
    assert [f.text for f in figures if f.value > 1000] == [written]
    assert [f.value for f in figures if f.value > 1000] == [Decimal(value)]
