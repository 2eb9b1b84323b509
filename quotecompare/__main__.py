"""The command: ``python -m quotecompare``, ``quote-compare`` and ``build.py`` all start here.

The command line's modules are imported with the garbage collector off.
Importing them makes tens of thousands of objects that live as long as the
process; collecting among them while they are being made finds nothing and
costs the seed build a twentieth of its time. The collector is back on
before anything is built, and what the imports made is frozen out of its
reach.
"""

from __future__ import annotations

import gc


def run() -> None:
    """Import :mod:`quotecompare.cli` with the collector off, then run it (see :func:`quotecompare.cli.run`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from quotecompare.cli import run as run_cli
    finally:
        if was_enabled:
            gc.enable()
    run_cli()


if __name__ == "__main__":
    run()
