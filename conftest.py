"""Doctests: the attribution rules show themselves with ``demo`` (the sieve run on a sentence)."""

import pytest


@pytest.fixture(autouse=True)
def _doctest_demo(doctest_namespace: dict[str, object]) -> None:
    from quotecompare.attribution.sieve import demo

    doctest_namespace["demo"] = demo
