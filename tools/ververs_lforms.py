"""Refresh the copy of LHC-Forms (npm package ``lforms``) that ``export formulier`` inlines.

    python tools/ververs_lforms.py                 # the pinned version (VERSIE below)
    python tools/ververs_lforms.py --tgz FILE.tgz  # from a tarball you already have

Needs ``npm`` (only to fetch the tarball: ``npm pack lforms@VERSIE``; npm checks the registry's
integrity hash) and the standard library. To move to another version: set VERSIE and TGZ_SHA256
below to the new release (``npm view lforms@X dist.integrity``; the sha256 of the tarball
``npm pack`` gives), run this script, run the browser tests (tests/test_formulier_browser.py), and
read the diff of ``substitutiecheck/formulier/vendor/VERSIE.json`` and ``LICENSE.md``.

What it writes into ``substitutiecheck/formulier/vendor/`` (the only files the form uses):

- ``zone.min.js.gz``, ``lhc-forms.js.gz`` (the web component, one file), ``lformsFHIR.min.js.gz``
  (FHIR R4 support: Questionnaire in, QuestionnaireResponse out) and ``styles.css.gz``: gzip
  (level 9, no time stamp, so a refresh of the same version changes nothing). The form page
  unpacks them in the browser (DecompressionStream), so the file stays about a third of the size;
- the source-map comments are removed (a browser with developer tools open would otherwise look
  for the .map files) and the two images the stylesheet names are inlined as ``data:`` URLs;
- ``LICENSE.md``: lforms' own licence (BSD-style, NLM/LHNCBC; keep the notice), as shipped;
- ``VERSIE.json``: package, version, tarball sha256, and the sha256 of every file written.

Anything unexpected (a file missing, ``</script`` in a script, which would end the inline
script early) stops it with one line starting with ``ververs_lforms:`` and exit code 1.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSIE = "40.1.3"
TGZ_SHA256 = "288cff4360e8a90a44e994a01422d2cf970170000ce915b5739ccc383097edd9"
DOEL = Path(__file__).resolve().parent.parent / "substitutiecheck" / "formulier" / "vendor"
WC = "package/dist/lforms/webcomponent/"
BESTANDEN = {  # name in vendor/ -> path in the tarball
    "zone.min.js": WC + "assets/lib/zone.min.js",
    "lhc-forms.js": WC + "lhc-forms.js",
    "lformsFHIR.min.js": "package/dist/lforms/fhir/R4/lformsFHIR.min.js",
    "styles.css": WC + "styles.css",
}
AFBEELDINGEN = ("down_arrow_gray_10_10.png", "magnifying_glass.png")
SOURCE_MAP = re.compile(rb"\n?(//# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)\s*$")


def stop(message: str) -> None:
    print(f"ververs_lforms: {message}", file=sys.stderr)
    raise SystemExit(1)


def haal(werk: Path) -> Path:
    try:
        subprocess.run(
            ["npm", "pack", f"lforms@{VERSIE}", "--pack-destination", str(werk)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as e:
        stop(f"npm pack lforms@{VERSIE} mislukte: {e}")
    return werk / f"lforms-{VERSIE}.tgz"


def lees(tar: tarfile.TarFile, pad: str) -> bytes:
    try:
        f = tar.extractfile(pad)
    except KeyError:
        f = None
    if f is None:
        stop(f"{pad} ontbreekt in het pakket")
        raise AssertionError  # unreachable: stop() exits
    return f.read()


def bewerk(naam: str, data: bytes, tar: tarfile.TarFile) -> bytes:
    data = SOURCE_MAP.sub(b"\n", data)
    if naam.endswith(".js") and b"</script" in data.lower():
        stop(f"{naam} bevat '</script'; inline kan dat niet")
    if naam == "styles.css":
        for img in AFBEELDINGEN:
            png = base64.b64encode(lees(tar, WC + img)).decode("ascii")
            old = f"url({img})".encode()
            if old not in data:
                stop(f"styles.css noemt {img} niet meer; pas AFBEELDINGEN aan")
            data = data.replace(old, f"url(data:image/png;base64,{png})".encode())
        if re.search(rb"url\((?!data:)", data):
            stop("styles.css laadt nog iets anders dan data: URLs")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tgz", type=Path, help="the lforms tarball (else: npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tgz = args.tgz or haal(Path(tmp))
        raw = tgz.read_bytes()
        sha = hashlib.sha256(raw).hexdigest()
        if sha != TGZ_SHA256:
            stop(f"{tgz}: sha256 {sha}, verwacht {TGZ_SHA256} (lforms {VERSIE})")
        with tarfile.open(tgz) as tar:
            meta = json.loads(lees(tar, "package/package.json"))
            if meta.get("version") != VERSIE:
                stop(f"het pakket is versie {meta.get('version')}, verwacht {VERSIE}")
            DOEL.mkdir(parents=True, exist_ok=True)
            hashes = {}
            for naam, pad in BESTANDEN.items():
                data = bewerk(naam, lees(tar, pad), tar)
                packed = gzip.compress(data, compresslevel=9, mtime=0)
                (DOEL / f"{naam}.gz").write_bytes(packed)
                hashes[f"{naam}.gz"] = hashlib.sha256(packed).hexdigest()
            licence = lees(tar, "package/LICENSE.md")
            (DOEL / "LICENSE.md").write_bytes(licence)
            hashes["LICENSE.md"] = hashlib.sha256(licence).hexdigest()
    info = {
        "pakket": "lforms",
        "versie": VERSIE,
        "bron": f"https://registry.npmjs.org/lforms/-/lforms-{VERSIE}.tgz",
        "tgz_sha256": TGZ_SHA256,
        "licentie": "LICENSE.md (BSD-achtig, NLM/LHNCBC)",
        "bestanden": hashes,
    }
    (DOEL / "VERSIE.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"lforms {VERSIE} -> {DOEL}")


if __name__ == "__main__":
    main()
