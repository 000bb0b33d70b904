from pathlib import Path

import pytest

from glossary.build import build
from glossary.server import site

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def database(tmp_path_factory) -> Path:
    """The full glossary built once from data/ into a temporary directory."""
    path = tmp_path_factory.mktemp("build") / "glossary.db"
    build(path)
    return path


@pytest.fixture
def datasette(database):
    return site(database)
