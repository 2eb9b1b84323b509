#!/usr/bin/env python3
"""Build the Quote Compare site: ``python build.py [--sources DIR] [--out DIR]``."""

from quotecompare.__main__ import run

if __name__ == "__main__":
    run()
