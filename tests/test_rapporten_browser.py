"""The HTML report opened in a real headless browser (Debian's chromium): it renders offline, the
screenshot is a real page, and the charts are in the DOM the browser built.

Skipped, with the reason, only when no chromium binary can be found (set SUBSTITUTIECHECK_CHROMIUM
to its path if it is not on PATH). On Debian: ``apt-get install -y chromium``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_rapporten import GOLDEN_INPUTS, run

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def _chromium() -> str | None:
    env = os.environ.get("SUBSTITUTIECHECK_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary found (install Debian's chromium: apt-get install -y chromium, "
    "or set SUBSTITUTIECHECK_CHROMIUM)",
)


def _browser(*args: str, profile: Path) -> subprocess.CompletedProcess:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> dict:
    """The batch report as HTML, its screenshot and the DOM chromium built from it."""
    work = tmp_path_factory.mktemp("browser")
    html = work / "rapport.html"
    result = run("check", "--format", "html", "-o", str(html), *GOLDEN_INPUTS)
    assert result.exit_code == 1 and html.stat().st_size > 10_000
    png = work / "rapport.png"
    with tempfile.TemporaryDirectory() as profile:
        shot = _browser(
            f"--screenshot={png}", "--window-size=1200,1600", html.as_uri(), profile=Path(profile)
        )
    with tempfile.TemporaryDirectory() as profile:
        dom = _browser("--dump-dom", html.as_uri(), profile=Path(profile))
    return {
        "html": html,
        "png": png,
        "shot": shot,
        "dom": dom.stdout.decode("utf-8", "replace"),
        "dom_rc": dom.returncode,
    }


def test_screenshot_is_a_real_page(page: dict) -> None:
    png: Path = page["png"]
    assert png.exists(), page["shot"].stderr.decode("utf-8", "replace")[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR
    assert (width, height) == (1200, 1600)
    # a blank or error page compresses to a few kB; this page has text, tables and charts
    assert len(data) > 60_000, len(data)


def test_charts_are_in_the_rendered_dom(page: dict) -> None:
    dom = page["dom"]
    assert page["dom_rc"] == 0 and "</html>" in dom
    assert dom.count('class="grafiek-stand"') == 6
    assert dom.count('class="grafiek-samenwerking"') == 3
    assert 'class="grafiek-advies"' in dom
    assert dom.count('<rect class="seg seg-') >= 6 * 5  # at least one segment per group
    assert "seg seg-nee" in dom and "seg seg-deels" in dom
    assert dom.count('<rect class="cel cel-') == 3 * 5 * 3
    assert "COPD-controles naar de POH" in dom and "NO-GO" in dom


def test_every_source_link_lands_on_its_entry_in_the_list(page: dict) -> None:
    """Issue 18: each label in the body is an in-page link to the list of sources at the end;
    in the DOM the browser built, every link has its target and every entry is linked to."""
    import re

    dom = page["dom"]
    targets = set(re.findall(r'href="#(bron-\d+)"', dom))
    entries = re.findall(r'<li id="(bron-\d+)"', dom)
    assert targets and len(entries) == len(set(entries)) and targets == set(entries)
    assert 'aria-labelledby="bronnen-kop"' in dom and '<h2 id="bronnen-kop">Bronnen</h2>' in dom
    assert dom.rindex('id="bronnen"') > dom.rindex("<article")  # at the end, after every report
