"""Text in aligned columns, measured as a terminal shows it.

A terminal gives a character of a wide script (Han, Hangul, kana, fullwidth
forms) two columns, a combining mark, a conjoining Hangul vowel or a
zero-width joiner none. Counting code points with ``len`` misaligns every
table that holds such names; :func:`width` counts columns (wcwidth's tables,
shipped in the package: nothing is fetched). The tables of ``graphkit
query``, ``analyze``, ``evaluate`` and ``languages`` are all drawn by
:func:`render`.

Example:
    >>> width("東京"), width("Tokyo")
    (4, 5)
    >>> print("\\n".join(render(["city", "n"], [["東京", "3"], ["Tokyo", "12"]])))
    city   n
    東京   3
    Tokyo  12
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from wcwidth import wcswidth, wcwidth

__all__ = ["width", "cut", "pad", "render", "table_lines"]


def width(text: str) -> int:
    """The number of terminal columns ``text`` takes (a control character takes none)."""
    columns = wcswidth(text)
    if columns >= 0:
        return columns
    return sum(max(wcwidth(c), 0) for c in text)


def cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` columns, ending with "…" when it was cut.

    Raises:
        ValueError: if ``limit`` is less than 1.
    """
    if limit < 1:
        raise ValueError(f"limit = {limit} is invalid; value must be >= 1")
    if width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        w = max(wcwidth(c), 0)
        if used + w > limit - 1:
            break
        out.append(c)
        used += w
    return "".join(out).rstrip() + "…"


def pad(text: str, columns: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``columns`` columns, on the right (or on the left, ``right=True``)."""
    fill = " " * max(columns - width(text), 0)
    return fill + text if right else text + fill


def render(header: Sequence[str], rows: Sequence[Sequence[str]], *, indent: str = "",
           max_width: int | None = None, free_last: bool = False, right: Sequence[bool] = (),
           rule: bool = False) -> list[str]:
    """Lines of aligned columns separated by two spaces, trailing spaces removed.

    Args:
        header: the column names, the first line.
        rows: the cells, one list a line.
        indent: put before every line.
        max_width: cut cells (not the header) to this many columns, with "…".
        free_last: never cut the last column.
        right: per column, whether it is aligned right (numbers); the others are aligned left.
        rule: a line of dashes under the header.
    """
    return list(table_lines(header, rows, indent=indent, max_width=max_width, free_last=free_last, right=right,
                            rule=rule))


def table_lines(header: Sequence[str], rows: Iterable[Sequence[str]], *, indent: str = "",
                max_width: int | None = None, free_last: bool = False, right: Sequence[bool] = (),
                rule: bool = False, sample: int | None = None) -> Iterator[str]:
    """:func:`render`'s lines as the rows come; with ``sample``, in memory that does not grow with the rows.

    The columns are as wide as the header and the first ``sample`` rows (all the
    rows without it) need; the rows after those are cut to these widths. The
    options are :func:`render`'s.

    Example:
        >>> list(table_lines(["n"], iter([["1"], ["22"], ["333"]]), sample=2))
        ['n', '1', '22', '3…']
    """
    last = len(header) - 1
    rows = iter(rows)
    first = list(rows if sample is None else itertools.islice(rows, sample))
    if max_width is not None:
        first = [[c if free_last and i == last else cut(c, max_width) for i, c in enumerate(row)] for row in first]
    widths = [max(width(line[i]) for line in [header, *first]) for i in range(len(header))]
    aligned = list(right) + [False] * (len(header) - len(right))

    def line(cells: Sequence[str]) -> str:
        return indent + "  ".join(pad(c, w, right=r) for c, w, r in zip(cells, widths, aligned)).rstrip()

    yield line(header)
    if rule:
        yield line(["-" * w for w in widths])
    for row in first:
        yield line(row)
    for row in rows:  # past the sample: cut to the columns' widths
        yield line([c if free_last and i == last else cut(c, max(w, 1)) for i, (c, w) in enumerate(zip(row, widths))])
