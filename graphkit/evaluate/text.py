"""The report as text for people: score tables, then what was missed and what was wrong."""

from __future__ import annotations

from decimal import Decimal

from ..columns import render
from .report import Misses, Ratio, Report, Score, ScoreTable


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _fmt_ratio(ratio: Ratio) -> str:
    return f"{ratio.found}/{ratio.total} = {_fmt(ratio.value)}"


def _render(header: list[str], rows: list[list[str]]) -> list[str]:
    """Columns separated by two spaces; the first left-aligned, the others right-aligned."""
    return render(header, rows, right=[False] + [True] * (len(header) - 1))


def _score_lines(title: str, first: str, table: ScoreTable) -> list[str]:
    def cells(name: str, s: Score) -> list[str]:
        return [name, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1)]

    rows = [cells(name, score) for name, score in table.rows] + [cells("ALL", table.all)]
    return [title, *_render([first, "tp", "fp", "fn", "P", "R", "F1"], rows)]


def _miss_lines(misses: Misses) -> list[str]:
    def value(v: Decimal | None) -> str:
        return "?" if v is None else format(v.normalize(), "f")

    sections: list[tuple[str, list[str]]] = [
        ("Missed entities", [f"{m.id}  {m.type}  {m.name}" for m in misses.entities]),
        ("Missed mentions", [f"{m.document}  {m.text!r} -> {m.entity}" for m in misses.mentions]),
        (
            "Missed relations",
            [f"{m.subject} {m.predicate} {m.object}  [{', '.join(m.documents)}]" for m in misses.relations],
        ),
        (
            "Missed figures",
            [
                f"{m.document}  {m.kind} {value(m.value)}  {m.text!r}" + (f" about {m.subject}" if m.subject else "")
                for m in misses.figures
            ],
        ),
        (
            "Wrong roles",
            [
                f"{m.subject} worksFor {m.object}: expected {'; '.join(m.expected)};"
                f" found {'; '.join(m.found) or 'none'}"
                for m in misses.roles
            ],
        ),
        (
            "Unattached figures",
            [
                f"{m.document}  {m.kind} {value(m.value)}: about {', '.join(m.about) or 'nothing'}, not {m.subject}"
                for m in misses.unattached
            ],
        ),
        (
            "False entities",
            [
                f"{m.label!r}  {m.type}  <{m.node}>" + (f"  (split of {m.split_of})" if m.split_of else "")
                for m in misses.false_entities
            ],
        ),
        (
            "False relations",
            [
                f"{m.subject_label!r} {m.predicate} {m.object_label!r}  <{m.subject}> <{m.object}>"
                for m in misses.false_relations
            ],
        ),
        (
            "False figures",
            [f"{m.document}  {m.kind} {value(m.value)}  {m.text!r}  <{m.figure}>" for m in misses.false_figures],
        ),
    ]
    lines: list[str] = []
    for title, items in sections:
        if items:
            lines += ["", f"{title} ({len(items)})", *(f"  {item}" for item in items)]
    return lines or ["", "No misses."]


def format_report(report: Report, *, misses: bool = True) -> str:
    """The report as plain-text tables.

    Args:
        report: what :func:`evaluate` returned.
        misses: also list what was missed and the false positives.

    Returns:
        Text ending with a newline; undefined scores are shown as ``-``.
    """
    lines = [f"Documents with gold: {len(report.documents)}"]
    if report.missing_documents:
        lines.append(f"Not in the graph: {', '.join(report.missing_documents)}")
    lines += ["", *_score_lines("Entities", "type", report.entities)]
    lines += ["", f"Mentions: recall {_fmt_ratio(report.mentions)}"]
    lines += ["", *_score_lines("Relations", "predicate", report.relations)]
    lines.append(f"roles: {_fmt_ratio(report.roles)} (found worksFor with the gold role)")
    lines += ["", *_score_lines("Figures", "kind", report.figures)]
    lines.append(f"attached: {_fmt_ratio(report.attached)} (found figures about their gold subject)")
    rows = [
        [
            scores.language,
            str(len(scores.documents)),
            _fmt(scores.entities.f1),
            _fmt(scores.mentions.value),
            _fmt(scores.relations.f1),
            _fmt(scores.figures.f1),
        ]
        for scores in report.languages
    ]
    header = ["language", "docs", "entities F1", "mentions R", "relations F1", "figures F1"]
    lines += ["", "Languages", *_render(header, rows)]
    if misses:
        lines += _miss_lines(report.misses)
    return "\n".join(lines) + "\n"
