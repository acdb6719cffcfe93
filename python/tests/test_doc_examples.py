"""Every example in the stub's docstrings (arabic_text.pyi) and in the
module's own docstring runs and gives the output shown."""

import ast
import doctest
import inspect
from pathlib import Path

import pytest

import arabic_text

STUB = Path(__file__).resolve().parents[1] / "arabic_text.pyi"


def docstrings():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    out = [("module", ast.get_docstring(tree))]
    for node in ast.walk(tree):
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            out.append((node.name, ast.get_docstring(node)))
    out.append(("runtime module docstring", arabic_text.__doc__))
    return [pytest.param(doc, id=name) for name, doc in out if doc and ">>>" in doc]


DOCS = docstrings()


def test_the_stub_has_examples():
    assert len(DOCS) >= 15


@pytest.mark.parametrize("doc", DOCS)
def test_example(doc):
    globs = {name: getattr(arabic_text, name) for name in dir(arabic_text)}
    globs["arabic_text"] = arabic_text
    test = doctest.DocTestParser().get_doctest(doc, globs, "stub", str(STUB), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures = []
    runner.run(test, out=failures.append)
    assert runner.tries > 0
    assert runner.failures == 0, "".join(failures)


def test_the_stub_names_every_public_name_of_the_module():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    stub = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    # The wheel is a package around the extension module `arabic_text.arabic_text`.
    module = {
        name
        for name in dir(arabic_text)
        if not name.startswith("_") and not inspect.ismodule(getattr(arabic_text, name))
    }
    assert stub == module
