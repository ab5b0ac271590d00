"""Modules of the API that are called as their main function: ``graphkit.validate(graph)``.

``graphkit.validate``, ``graphkit.view`` and ``graphkit.analyze`` are modules;
once Python has imported one as a submodule, ``graphkit.validate`` is that
module, so the module itself must be callable. Each calls
:func:`make_callable` at its end.
"""

from __future__ import annotations

import sys
import types


class CallableModule(types.ModuleType):
    """A module that, called, calls its main function (named by its ``_main_function``)."""

    def __call__(self, *args, **kwargs):
        return getattr(self, self._main_function)(*args, **kwargs)


def make_callable(module_name: str, function: str) -> None:
    """Make the module ``module_name`` callable as its function ``function``."""
    module = sys.modules[module_name]
    module._main_function = function
    module.__class__ = CallableModule
