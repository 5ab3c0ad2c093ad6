"""Build the durable-rules wheel this Python needs, into a folder (standard library only).

    python tools/bouw_durable.py MAP              # the wheel for the running interpreter
    python tools/bouw_durable.py --alleen-nodig --installeer MAP  # what `make` does: on 3.13
                                                  # only, and installs it too

durable-rules 2.0.28 (its last release, 2020) is a source package only. On Python 3.11 and
3.12 pip compiles it as is. On 3.13 ``PyEval_CallObject`` has left the C API: a compiler that
still accepts the undeclared call builds it, and its import fails (``undefined symbol:
PyEval_CallObject``); GCC 14 refuses to compile it. Upstream fixed this in
jruizgit/rules PR #403 (2025) by calling ``PyObject_CallObject`` instead (same arguments, same
semantics), but never released it. On 3.13 this script therefore:

1. downloads the 2.0.28 sdist from the package index (``pip download --no-binary :all:``);
2. checks its sha256 against the one pinned below, so a changed sdist stops the build;
3. makes that one substitution in ``src/rulespy/rules.c``, which must occur exactly five times,
   and gives the version the local label ``+pr403`` (so ``pip list`` shows which build it is, and
   PyPI, which refuses local versions, can never serve a package of that name and version);
4. builds the wheel with pip, for the running interpreter, into MAP.

Anything unexpected stops it with one line starting with ``bouw_durable:`` and exit code 1.
Run it with the interpreter the wheel is for (``make`` uses the virtual environment's).
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

NAAM = "durable-rules"
VERSIE = "2.0.28"
SDIST = f"durable_rules-{VERSIE}.tar.gz"
SDIST_SHA256 = "053b26f5e48d312d4fa27995243f954671be6eece477f150c059c364eb4d7d61"
LABEL = "pr403"
GEPATCHTE_VERSIE = f"{VERSIE}+{LABEL}"
"""The version pyproject.toml requires on Python 3.13 (tests/test_bouw_durable.py checks this)."""

NODIG_VANAF = (3, 13)
"""From this Python on, PyPI's durable-rules 2.0.28 does not import."""

# (file in the sdist, text, replacement, how often the text must occur)
VERVANGINGEN = [
    ("src/rulespy/rules.c", "PyEval_CallObject(", "PyObject_CallObject(", 5),
    ("setup.py", f"version = '{VERSIE}',", f"version = '{GEPATCHTE_VERSIE}',", 1),
]


class BouwFout(Exception):
    """Something is not as expected: the message says what, in one line."""


def controleer_sha256(pad: Path, verwacht: str = SDIST_SHA256) -> None:
    gevonden = hashlib.sha256(pad.read_bytes()).hexdigest()
    if gevonden != verwacht:
        raise BouwFout(
            f"{pad.name} heeft sha256 {gevonden}, verwacht {verwacht}: het bronpakket op de "
            f"package index is veranderd; controleer het en pas SDIST_SHA256 in "
            f"tools/bouw_durable.py pas aan als de nieuwe inhoud klopt"
        )


def pas_toe(bron: Path, vervangingen=VERVANGINGEN) -> None:
    """Make every substitution in the unpacked sdist at ``bron``; each must occur exactly as
    often as listed, else nothing is built."""
    for naam, oud, nieuw, aantal in vervangingen:
        bestand = bron / naam
        if not bestand.is_file():
            raise BouwFout(f"{naam} ontbreekt in het bronpakket van {NAAM} {VERSIE}")
        tekst = bestand.read_text("utf-8")
        gevonden = tekst.count(oud)
        if gevonden != aantal:
            raise BouwFout(
                f"{naam}: '{oud}' staat er {gevonden} keer in, verwacht {aantal}: het bronpakket "
                f"is niet meer het pakket waarvoor deze reparatie is gemaakt"
            )
        bestand.write_text(tekst.replace(oud, nieuw), "utf-8")


def pak_uit(sdist: Path, doel: Path) -> Path:
    with tarfile.open(sdist) as tar:
        tar.extractall(doel, filter="data")
    bron = doel / SDIST.removesuffix(".tar.gz")
    if not (bron / "setup.py").is_file():
        raise BouwFout(f"{sdist.name} bevat geen map {bron.name} met setup.py")
    return bron


def pip(*args: str) -> None:
    """Run pip for the running interpreter; its output (setuptools' warnings about the 2020
    setup.py) is shown only when it fails."""
    cmd = [sys.executable, "-m", "pip", *args]
    proc = subprocess.run(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout)
        raise BouwFout(f"'{' '.join(cmd)}' faalde met exitcode {proc.returncode} (zie hierboven)")


def bestaand_wiel(map_: Path, versie: str) -> Path | None:
    """The wheel of ``versie`` for the running interpreter in ``map_``, if it is there."""
    tag = f"cp{sys.version_info[0]}{sys.version_info[1]}"
    stam = f"durable_rules-{versie}-{tag}-{tag}-"
    return next((p for p in sorted(map_.glob(stam + "*.whl"))), None)


def bouw_gepatcht(map_: Path) -> Path:
    """Download, check, patch and build; return the wheel in ``map_``."""
    with tempfile.TemporaryDirectory(prefix="bouw_durable_") as tmp:
        tmp_pad = Path(tmp)
        pip(
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--dest",
            str(tmp_pad),
            f"{NAAM}=={VERSIE}",
        )
        sdist = tmp_pad / SDIST
        if not sdist.is_file():
            raise BouwFout(f"pip download leverde geen {SDIST} op")
        controleer_sha256(sdist)
        bron = pak_uit(sdist, tmp_pad / "bron")
        pas_toe(bron)
        pip("wheel", "--no-deps", "--wheel-dir", str(map_), str(bron))
    wiel = bestaand_wiel(map_, GEPATCHTE_VERSIE)
    if wiel is None:
        raise BouwFout(f"pip wheel leverde geen wiel van {NAAM} {GEPATCHTE_VERSIE} op in {map_}")
    return wiel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("map", type=Path, help="map voor het wiel (wordt aangemaakt)")
    parser.add_argument(
        "--alleen-nodig",
        action="store_true",
        help="niets doen op Python < 3.13, waar pip durable-rules zelf bouwt",
    )
    parser.add_argument(
        "--installeer",
        action="store_true",
        help="het wiel ook installeren in deze Python (vóór het project)",
    )
    args = parser.parse_args(argv)
    args.map.mkdir(parents=True, exist_ok=True)
    nodig = sys.version_info[:2] >= NODIG_VANAF
    try:
        if not nodig:
            if not args.alleen_nodig:  # PyPI's release works here: its wheel, as pip builds it
                pip("wheel", "--no-deps", "--wheel-dir", str(args.map), f"{NAAM}=={VERSIE}")
            return 0
        wiel = bestaand_wiel(args.map, GEPATCHTE_VERSIE)
        if wiel is None:
            wiel = bouw_gepatcht(args.map)
        print(f"bouw_durable: {wiel}")
        if args.installeer:
            pip("install", "--no-deps", str(wiel))
        return 0
    except BouwFout as e:
        print(f"bouw_durable: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
