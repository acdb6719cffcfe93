"""A real PySpark job in local mode (local[2]): a DataFrame of corpus lines
normalized by a pandas UDF and tokenized by mapInArrow, each calling the
batch API once per Arrow batch, gives exactly the single-process results.

The lines are the seed article's (always present), plus the first 3,000
lines of saudinewsnet when the corpus is there (skipped visibly when not).
Without pyspark the module is skipped, unless ARABIC_TEXT_REQUIRE_SPARK=1
(CI sets it), where a missing pyspark fails instead."""

import os
import sys

import pytest

import arabic_text
from conftest import CORPUS

if os.environ.get("ARABIC_TEXT_REQUIRE_SPARK") == "1":
    import pandas as pd
    import pyarrow as pa
    import pyspark
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import pandas_udf
else:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    pyspark = pytest.importorskip("pyspark")
    from pyspark import cloudpickle
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import pandas_udf

NEWS = CORPUS / "saudinewsnet" / "saudinewsnet_2015-07-23.txt"

TOKEN = pa.struct(
    [
        ("text", pa.string()),
        ("kind", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)
OUT = pa.schema(
    [("id", pa.int64()), ("normalized", pa.string()), ("tokens", pa.list_(TOKEN))]
)
SPARK_OUT = (
    "id long, normalized string, "
    "tokens array<struct<text: string, kind: string, start: long, end: long>>"
)


@pytest.fixture(scope="module")
def spark():
    # The workers must run this interpreter, the one with arabic_text.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Loopback only: no other address is needed in local mode.
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    # The UDFs below live in this test module, which the workers cannot
    # import: ship them by value.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    session = (
        SparkSession.builder.master("local[2]")
        .appName("arabic-text-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def lines(seed_lines):
    out = list(seed_lines)
    if NEWS.exists():
        with NEWS.open(encoding="utf-8") as f:
            out += [line.rstrip("\n") for _, line in zip(range(3000), f)]
    return out


def normalize_column(texts: "pd.Series") -> "pd.Series":
    """The pandas UDF's body: one batch call per Arrow batch."""
    return pd.Series(arabic_text.Normalizer("search").normalize_batch(texts.tolist()))


def normalize_and_tokenize(batches):
    """The mapInArrow body: per Arrow batch, one normalize_batch and one
    tokenize_batch call."""
    normalizer = arabic_text.Normalizer("search")
    for batch in batches:
        texts = batch.column("text").to_pylist()
        normalized = normalizer.normalize_batch(texts)
        tokens = arabic_text.tokenize_batch(normalized)
        rows = [
            [{"text": t.text, "kind": t.kind, "start": t.start, "end": t.end} for t in ts]
            for ts in tokens
        ]
        yield pa.RecordBatch.from_arrays(
            [batch.column("id"), pa.array(normalized, pa.string()), pa.array(rows, pa.list_(TOKEN))],
            schema=OUT,
        )


def single_process(lines):
    n = arabic_text.Normalizer("search")
    out = []
    for i, line in enumerate(lines):
        normalized = n.normalize(line)
        tokens = [(t.text, t.kind, t.start, t.end) for t in arabic_text.tokenize(normalized)]
        out.append((i, normalized, tokens))
    return out


def test_news_corpus_is_used_when_present():
    if not NEWS.exists():
        pytest.skip(f"corpus absent ({NEWS}): the Spark job ran on the seed article only")


def test_spark_job_equals_single_process(spark, lines, seed_lines):
    df = spark.createDataFrame(list(enumerate(lines)), "id long, text string").repartition(2)
    assert df.rdd.getNumPartitions() == 2

    udf = pandas_udf(normalize_column, "string")
    by_udf = {r.id: r.normalized for r in df.select("id", udf("text").alias("normalized")).collect()}

    rows = df.mapInArrow(normalize_and_tokenize, SPARK_OUT).collect()
    got = sorted(
        (r.id, r.normalized, [(t.text, t.kind, t.start, t.end) for t in r.tokens]) for r in rows
    )

    want = single_process(lines)
    assert len(got) == len(lines)
    assert got == want
    assert by_udf == {i: normalized for i, normalized, _ in want}
    # Real work happened: the seed article's 384 tokens came back.
    assert sum(len(tokens) for _, _, tokens in got[: len(seed_lines)]) == 384
    assert got[0][1] == arabic_text.normalize(seed_lines[0])
