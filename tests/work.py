"""How much work a call does, counted rather than timed: for tests that a stage stays linear in a text's length.

:func:`work` counts the bytecode instructions run in some modules' code (each
turn of a loop or a comprehension counts) and the characters sliced out of a
:class:`Counted` text (``text[a:b]``, a copy made in C that no line shows).
:func:`growth` compares that work on a text and on the same text four times
as long: about 4 for a linear stage, 16 for a quadratic one.

The text is best one long sentence, or one line: what was quadratic read the
whole sentence (or line) again for each name, number or cue in it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


class Counted(str):
    """A text that counts the characters sliced out of it (in :data:`Counted.sliced`)."""

    sliced = 0

    def __getitem__(self, key):
        out = str.__getitem__(self, key)
        if isinstance(key, slice):
            Counted.sliced += len(out)
        return out


class CountedList(list):
    """A list that counts the items sliced out of it (in :data:`Counted.sliced` too)."""

    def __getitem__(self, key):
        out = list.__getitem__(self, key)
        if isinstance(key, slice):
            Counted.sliced += len(out)
        return out


def work(call: Callable[[], object], *modules: ModuleType) -> int:
    """Bytecode instructions run in the code of ``modules`` while ``call()`` runs (comprehensions included),
    plus the characters sliced out of Counted texts."""
    files = {m.__file__ for m in modules}
    steps = 0

    def local(frame, event, arg):
        nonlocal steps
        if event == "opcode":
            steps += 1
        return local

    def scope(frame, event, arg):
        if frame.f_code.co_filename not in files:
            return None
        frame.f_trace_opcodes = True
        return local

    Counted.sliced = 0
    previous = sys.gettrace()
    sys.settrace(scope)
    try:
        call()
    finally:
        sys.settrace(previous)
    return steps + Counted.sliced


def growth(make: Callable[[str], object], run: Callable[[object], object], unit: str, times: int,
           *modules: ModuleType) -> float:
    """``work`` of ``run(make(text))`` for ``unit`` repeated ``4 * times`` over that for it repeated ``times``.

    ``make`` gets a :class:`Counted` text and prepares what ``run`` needs (a document, its mentions): it is not
    counted. Both are called once before, so that what is loaded and cached on first use is not counted either.
    """
    run(make(Counted(unit)))
    small, large = make(Counted(unit * times)), make(Counted(unit * (4 * times)))
    return work(lambda: run(large), *modules) / work(lambda: run(small), *modules)
