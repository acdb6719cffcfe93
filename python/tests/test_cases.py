"""The crate's case tables (tests/data/*.jsonl) through the binding: the
rows whose op the binding can express (tokens, segments, normalize:search,
normalize:clean), each reported by its id; the token rows through
token_spans too."""

import json

import pytest

import arabic_text
from conftest import ROOT

OPS = {
    "tokens": lambda text: [[t.text, t.kind] for t in arabic_text.tokenize(text)],
    "segments": lambda text: [[t.text, t.kind] for t in arabic_text.segments(text)],
    "normalize:search": lambda text: arabic_text.normalize(text, "search"),
    "normalize:clean": lambda text: arabic_text.normalize(text, "clean"),
}


def rows():
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith(("#", "//")):
                continue
            row = json.loads(line)
            out.append(pytest.param(row, id=f"{path.name}:{n}:{row.get('id', '?')}"))
    return out


ROWS = rows()


def test_the_tables_have_rows_of_every_op():
    assert len(ROWS) >= 90
    assert set(OPS) <= {p.values[0]["op"] for p in ROWS}


@pytest.mark.parametrize("row", ROWS)
def test_case_row(row):
    if row["op"] not in OPS:
        pytest.skip(f"op {row['op']!r} has no Python binding")
    got = OPS[row["op"]](row["input"])
    assert got == row["expected"]
    if row["op"] == "segments":
        assert "".join(text for text, _ in got) == row["input"]
    if row["op"] in ("tokens", "segments"):
        text = row["input"]
        starts, ends, kinds = arabic_text.token_spans(text, segments=row["op"] == "segments")
        assert [[text[s:e], k] for s, e, k in zip(starts, ends, kinds)] == row["expected"]
