#!/usr/bin/env python3
"""Build the Quote Compare site: ``python build.py [--sources DIR] [--out DIR]``."""

import sys

from quotecompare.cli import main

if __name__ == "__main__":
    sys.exit(main())
