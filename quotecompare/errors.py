"""The one error type users see: a problem with one named input file."""

from __future__ import annotations


class InputError(Exception):
    """Bad input, reported as one line naming the culprit file."""

    def __init__(self, file: str, message: str) -> None:
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message
