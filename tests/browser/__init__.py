"""Browser and publishing tests of the built site (see harness.py)."""
