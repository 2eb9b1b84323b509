"""The site as published: valid HTML and CSS by the W3C Nu checker, and a valid Pages workflow."""

from __future__ import annotations

import subprocess

from .harness import ROOT, nu_checker_messages, tool

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_nu_html_checker_finds_nothing(built, tmp_path):
    """Every page and the stylesheet of the seed site, both builds: zero errors, zero warnings.

    One run of the checker (the JVM is slow to start) also gets a known-broken
    page, which it must report, so a clean result for the site means something.
    """
    files = [str(p) for site in built.values() for p in sorted(site.rglob("*.html")) + sorted(site.rglob("*.css"))]
    assert len(files) >= 2 * 8
    assert nu_checker_messages(files, tmp_path) == []


def test_pages_workflow_is_valid():
    """check-jsonschema's built-in GitHub workflow schema, offline."""
    done = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_pages_workflow_tests_then_builds_and_deploys():
    from ruamel.yaml import YAML

    flow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert flow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"]["group"] == "pages"
    jobs = flow["jobs"]
    # The whole suite first, as CI runs it, on Debian; nothing is published unless it passes.
    test = jobs["test"]
    assert test["container"].startswith("debian:")
    assert [s["run"] for s in test["steps"] if "run" in s] == ["bash scripts/test"]
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    build, deploy = jobs["build"]["steps"], jobs["deploy"]["steps"]
    uses = [s.get("uses", "").split("@")[0] for s in build]
    assert (
        uses.index("actions/checkout")
        < uses.index("actions/setup-python")
        < uses.index("actions/upload-pages-artifact")
    )
    assert build[uses.index("actions/setup-python")]["with"]["python-version"] == "3.11"
    runs = [s["run"] for s in build if "run" in s]
    assert len(runs) == 2 and 'pip" install .' in runs[0] and "-e" not in runs[0].split()  # as a user installs
    assert 'quote-compare" --sources seeds --out site' in runs[1]
    assert '--base-url "${{ steps.pages.outputs.base_path }}/"' in runs[1]
    assert "actions/configure-pages" in uses  # gives the base path the 404 page needs
    assert build[uses.index("actions/upload-pages-artifact")]["with"]["path"] == "site"
    assert [s["uses"].split("@")[0] for s in deploy] == ["actions/deploy-pages"]
