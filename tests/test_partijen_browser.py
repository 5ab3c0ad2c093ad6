"""The combined report and the comparison as HTML in a real headless chromium (issue 17), as
tests/test_rapporten_browser.py does for the check report: a real page, the colours of the
answers in the DOM the browser built. Skipped only when no chromium can be found."""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path

import pytest
from test_golden_partijen import PARTNERS, VERSIES
from test_rapporten import run
from test_rapporten_browser import CHROMIUM, _browser

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found")


@pytest.fixture(scope="module", params=["combineer", "vergelijk"])
def page(request, tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp(request.param)
    html = work / "rapport.html"
    args = PARTNERS if request.param == "combineer" else VERSIES
    result = run(request.param, "--format", "html", "--lang", "en", "-o", str(html), *args)
    assert result.exit_code == 0 and html.stat().st_size > 3_000
    png = work / "rapport.png"
    with tempfile.TemporaryDirectory() as profile:
        _browser(
            f"--screenshot={png}", "--window-size=1200,1600", html.as_uri(), profile=Path(profile)
        )
    with tempfile.TemporaryDirectory() as profile:
        dom = _browser("--dump-dom", html.as_uri(), profile=Path(profile))
    return {
        "kind": request.param,
        "png": png,
        "dom": dom.stdout.decode("utf-8", "replace"),
        "rc": dom.returncode,
    }


def test_screenshot_is_a_real_page(page: dict) -> None:
    data = page["png"].read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 1600)
    assert len(data) > 40_000, len(data)


def test_the_dom_has_the_matrix_and_its_colours(page: dict) -> None:
    dom = page["dom"]
    assert page["rc"] == 0 and "</html>" in dom
    if page["kind"] == "combineer":
        assert "COMBINED ADVICE" in dom.upper() and "Differences of view (2)" in dom
        assert dom.count('<tr class="verschil"') == 2
        assert 'class="antwoord t-slecht"' in dom and 'class="antwoord t-goed"' in dom
        assert 'class="antwoord t-half"' in dom
        # the ordinary report of the combined answers follows, with its charts
        assert 'class="grafiek-stand"' in dom
    else:
        assert "Conditions met since the previous version (2)" in dom
        assert 'class="lijst opgelost"' in dom and 'class="lijst erger"' in dom
