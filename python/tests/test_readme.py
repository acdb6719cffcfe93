"""The README's Python examples run as they are: every ```python block,
except the Spark job (it needs a cluster or spark-submit; test_spark.py runs
the same functions in local mode)."""

import re

import pytest

from conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_the_readme_has_python_examples():
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("block", [b for b in BLOCKS if "pyspark" not in b])
def test_readme_example(block):
    if "pandas" in block:
        pytest.importorskip("pandas")
    exec(compile(block, "README.md", "exec"), {"__name__": "readme"})


def test_the_spark_job_compiles():
    (job,) = [b for b in BLOCKS if "pyspark" in b]
    compile(job, "README.md", "exec")
