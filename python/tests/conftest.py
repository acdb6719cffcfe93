"""Shared paths for the binding's tests: the repository root (for the case
tables and the seed article) and the corpus, when it is present."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_69dfd127be070d7e.txt"
CORPUS = Path(os.environ.get("ARABIC_TEXT_CORPUS", ROOT / "data" / "corpus"))


@pytest.fixture(scope="session")
def seed_lines():
    """The seed article's non-empty lines."""
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
