"""The errors users see: one line naming the culprit file or folder.

>>> str(InputError("a.txt", "first line\\nsecond line"))
'a.txt: first line second line'
"""

from __future__ import annotations


def display_name(name: str) -> str:
    """A file name safe to print and to write as UTF-8.

    Names that are not valid UTF-8 reach Python with lone surrogates; show the
    undecodable bytes as U+FFFD instead of failing later.

    >>> display_name("caf\\udce9.txt")
    'caf\\ufffd.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class InputError(Exception):
    """Bad input, reported as one line naming the culprit file."""

    def __init__(self, file: str, message: str) -> None:
        file = display_name(file)
        message = " ".join(display_name(message).split())
        super().__init__(f"{file}: {message}")
        self.file = file
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Raised in a worker process, it comes back through pickle with both fields.
        return type(self), (self.file, self.message)

    @classmethod
    def from_os_error(cls, exc: OSError, where: object) -> InputError:
        """A file-system failure as one line, naming its file, else ``where`` (the folder being built)."""
        return cls(str(exc.filename or where), str(exc.strerror or exc))


class NoArticles(InputError):
    """A sources folder with no article to build from (empty, unreadable, or nothing but other files).

    A single-story build fails on it; an archive skips that story with a warning.
    """


class OutputError(InputError):
    """The output folder cannot be written, or is not ours to replace."""
