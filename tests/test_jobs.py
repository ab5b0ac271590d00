"""Builds in several processes and in bounded memory: the same bytes for any jobs, any order, any size."""

from __future__ import annotations

import io
import os
import pickle
import random
import sys

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import InputError
from graphkit.ingest import make_document
from graphkit.pipeline import build, build_to, extract, jobs_count
from graphkit.rdf import SortedTriples, nt_literal, serialize, write_sorted
from graphkit.resolve import Tally, apply_merges, resolve

from .conftest import CORPUS, ROOT

MULTILINGUAL = ROOT / "tests" / "data" / "multilingual" / "corpus"
FILES = sorted(CORPUS.glob("*.txt")) + [MULTILINGUAL / "100_en.txt", MULTILINGUAL / "109_ru.txt"]


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """Articles that name one person in two scripts (a merge), and an operation with its dates."""
    folder = tmp_path_factory.mktemp("people")
    (folder / "a_en.txt").write_text(
        "Neal Jetton, director of cybercrime at INTERPOL, said the operation worked.\n"
        "Operation Serengeti ran from September 2024 to October 2024 in Nigeria.\n", encoding="utf-8")
    (folder / "b_ru.txt").write_text(
        "Нил Джеттон, директор по киберпреступности ИНТЕРПОЛа, заявил, что операция прошла успешно.\n",
        encoding="utf-8")
    (folder / "c_fr.txt").write_text("Binance a rejoint Interpol à Paris. Neal Jetton a déclaré: merci.\n",
                                     encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "json-ld"])
def test_streaming_build_writes_the_bytes_of_a_build_in_memory(seeds, fmt):
    out = io.BytesIO()
    summary = build_to([CORPUS], out, fmt)
    assert out.getvalue() == serialize(seeds.graph, fmt)
    assert (summary.documents, summary.entities, summary.triples) == (5, len(seeds.entities), len(seeds.graph))
    assert summary.relations == len({(r.subject, r.predicate, r.object) for d in seeds.documents for r in d.relations})
    assert summary.figures == sum(len(d.figures) for d in seeds.documents)


def test_streaming_build_with_merges_and_operation_dates(people):
    at_once = build([people])
    assert any(e.notes for e in at_once.entities)  # a merge happened: the test covers it
    out = io.BytesIO()
    build_to([people], out, "turtle")
    assert out.getvalue() == serialize(at_once.graph, "turtle")


def test_jobs_2_and_shuffled_inputs_give_the_bytes_of_jobs_1(seeds, tmp_path):
    """Two worker processes, the files in another order, a file to skip: the same Turtle, byte for byte."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    files = [*FILES, bad]
    random.Random(7).shuffle(files)
    one, two = tmp_path / "one.ttl", tmp_path / "two.ttl"
    runner = CliRunner()
    result = runner.invoke(main, ["build", *map(str, FILES), "-o", str(one), "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["build", *map(str, files), "-o", str(two), "-q", "--jobs", "2"])
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith(f"warning: skipped {bad}: ")
    assert one.read_bytes() == two.read_bytes()
    assert one.read_bytes() == serialize(build(FILES).graph, "turtle")


def test_a_knowledge_base_takes_jobs_too(tmp_path, people):
    from graphkit import kb

    files = sorted(people.glob("*.txt"))
    kb.add(files, tmp_path / "kb", jobs=2)
    kb.add(files, tmp_path / "kb1")
    assert _kb_nt(tmp_path / "kb") == _kb_nt(tmp_path / "kb1")


def _kb_nt(folder) -> bytes:
    import pyoxigraph as ox
    from rdflib import Graph

    from graphkit import kb

    store, _ = kb.export(folder)
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return serialize(Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt"), "nt")


def test_a_wrong_language_stops_a_build_in_workers(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Binance a rejoint Interpol à Paris.", encoding="utf-8")
    with pytest.raises(InputError, match="language = 'French' is invalid"):
        build_to([tmp_path], io.BytesIO(), "nt", jobs=2, language="French")


def test_two_files_of_one_name_are_an_error(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text("Binance a rejoint Interpol.", encoding="utf-8")
    with pytest.raises(InputError, match="two inputs share the file name 'x.txt'"):
        build_to([tmp_path], io.BytesIO())
    with pytest.raises(InputError, match="two inputs share the file name 'x.txt'"):
        build([tmp_path])


def test_jobs_count():
    assert jobs_count(3) == 3
    assert jobs_count(0) >= 1
    with pytest.raises(InputError):
        jobs_count(-1)


def test_documents_survive_pickling(seeds):
    """Workers send extracted documents back to the parent, and a build spools them to disk."""
    for doc in seeds.documents:
        assert pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)) == doc


def test_the_tally_does_not_depend_on_the_order_documents_come_in(people):
    docs = [extract(make_document(p.read_text(encoding="utf-8"), doc_id=p.name)) for p in sorted(people.glob("*.txt"))]
    in_order = Tally(docs)
    merged = in_order.merges()
    assert merged
    expected = in_order.entities(merged)
    assert expected == resolve(apply_merges(docs, merged))
    shuffled = Tally()
    for doc in reversed(docs):
        shuffled.add(doc, rank=doc.id)
    assert shuffled.merges() == merged
    assert shuffled.entities(merged) == expected


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_sorting_on_disk_gives_the_order_in_memory(seeds, fmt):
    """A budget of a few kilobytes: hundreds of runs, merged in rounds; the same bytes as in memory."""
    expected = serialize(seeds.graph, fmt)
    with SortedTriples(fmt, budget=4_000) as triples:
        for t in list(seeds.graph)[::-1] * 2:  # every triple twice: repeats go
            triples.add_nt(*(_nt(x) for x in t))
        assert len(triples._runs) > 64
        out = io.BytesIO()
        write_sorted(triples, out, fmt)
    assert out.getvalue() == expected


def _nt(term) -> str:
    from graphkit.rdf import _nt_of

    return _nt_of(term)


def test_literals_are_written_as_pyoxigraph_writes_them():
    import pyoxigraph as ox

    specials = [*range(0x00, 0x80), 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF, 0x1F600]
    for c in specials:
        text = f"a{chr(c)}b"
        assert nt_literal(text) == str(ox.Literal(text)), hex(c)
    assert nt_literal("x", "zh-Hant") == str(ox.Literal("x", language="zh-Hant"))
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert nt_literal("5", None, xsd + "integer") == str(ox.Literal("5", datatype=ox.NamedNode(xsd + "integer")))
    assert nt_literal("x", None, xsd + "string") == str(ox.Literal("x"))


def test_no_progress_bar_off_a_terminal(tmp_path):
    (tmp_path / "a.txt").write_text("Binance a rejoint Interpol à Paris.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.nt")])
    assert result.exit_code == 0
    # (joining INTERPOL, an intergovernmental body, makes no company its member: no relation)
    assert result.stderr == ("built 1 documents: 3 entities, 0 relations, 0 figures (136 triples)\n"
                             f"  nt: {tmp_path / 'g.nt'}\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pseudo-terminal")
def test_a_progress_bar_on_a_terminal_and_none_with_quiet(tmp_path, monkeypatch):
    import pty

    (tmp_path / "a.txt").write_text("Binance a rejoint Interpol à Paris.", encoding="utf-8")

    def stderr_of(*args: str) -> str:
        master, slave = pty.openpty()
        terminal = os.fdopen(slave, "w", encoding="utf-8")
        monkeypatch.setattr(sys, "stderr", terminal)
        try:
            main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.ttl"), *args], standalone_mode=False)
        finally:
            terminal.flush()
            monkeypatch.undo()
            terminal.close()
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        return b"".join(chunks).decode("utf-8")

    shown = stderr_of()
    assert "reading" in shown and "1/1" in shown and "writing" in shown and "built 1 documents" in shown
    assert stderr_of("-q") == ""


def test_extracted_documents_pickle_to_equal_documents(seeds):
    """What workers send and the build spools: every object of an extracted article comes back equal."""
    from decimal import Decimal

    from graphkit.model import DateMention, Evidence, Figure, Mention, Relation, Span

    for doc in seeds.documents:
        back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == doc and back.mentions and back.relations
        assert [type(m) for m in back.mentions] == [Mention] * len(doc.mentions)
    objects = [Span(3, 9), Mention(0, 7, "Binance", "binance", "Company"),
               Evidence("a.txt", 0, 9, "Sentence.", 0.9, role="director", date="2025"),
               Relation("binance", "partnersWith", "interpol", Evidence("a.txt", 0, 9, "Sentence.", 0.9)),
               Figure("arrests", Decimal("1209"), "a.txt", 4, 9, "1,209", about="serengeti"),
               DateMention(0, 4, "2025", "2025", end_value="2026", method="dates:years")]
    for obj in objects:
        back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == obj and type(back) is type(obj) and hash(back) == hash(obj)
    with pytest.raises(ValueError, match="span"):
        pickle.loads(pickle.dumps(Span(3, 9)).replace(b"K\x03K\t", b"K\tK\x03"))  # a span read back is checked
