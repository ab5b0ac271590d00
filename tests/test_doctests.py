"""The examples in the package's docstrings run and give what they show."""

import doctest
import importlib
import pkgutil

import pytest

import graphkit

MODULES = sorted(m.name for m in pkgutil.walk_packages(graphkit.__path__, "graphkit.")
                 if m.name != "graphkit.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_of_a_module_s_docstrings_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples of {name} fail"
