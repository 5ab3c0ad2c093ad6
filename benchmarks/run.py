"""The benchmark of substitutiecheck: ``make benchmark`` (or ``.venv/bin/python benchmarks/run.py``).

Prints the table of issue 18 in one run: every row a ratio of two figures measured in the same
run next to each other, the median of the per-run ratios over ``--runs`` runs, the load average
before and after, a target and pass/fail per row (benchmarks/README.md: definitions, figures):

a. ``check BATCH --format jsonl --jobs 1`` on 20,000 generated proposals (benchmarks/genereer.py,
   seed 2013), whole process, against the floor (benchmarks/vloer.py: the same process shape,
   parse + the pack's decision in plain Python + one compact JSON line). Target <= 5x.
b. library ``evaluate()`` per proposal against the same plain decision per fact dict, on the
   same proposals (benchmarks/bibliotheek.py, in a child process); ``evaluate_many`` when the
   tree has it. Target <= 10x.
c. ``--jobs 2`` against ``--jobs 1``: wall-clock speed-up and CPU per proposal (getrusage of the
   children, workers included). Target >= 1.7x with 2 free cores (a warning when the load
   average says they are not free).
d. report size: median bytes per JSON Lines report line, with notes and ``--geen-toelichting``
   (a first line that is not a report, a header, is measured and shown apart). Targets
   <= 6 KB / <= 2 KB.
e. one-file ``check`` against ``python -c pass`` (interleaved, after a warm-up). Target <= 6x.
f. peak RSS of ``check`` on a 100,000-line JSON Lines batch, ``--jobs 1`` (the child's
   ru_maxrss from wait4, in a small launcher process: see PIEK). Target: no more than before
   (the --tegen tree's, else main's measured by this method, RSS_VOOR_MB), 5 % allowed.

``--tegen DIR`` measures every row also for a second source tree (e.g. ``git archive <commit> |
tar -x -C /tmp/voor``), interleaved in the same run, and prints both with their ratio: before and
after in one run. Each tree's children start in the tree with ``PYTHONPATH=DIR`` (and
``--tegen-python`` if the tree needs its own venv). ``--snel``: small batches, one run (a smoke
test: the figures mean nothing). ``--json``: one JSON object with every number on the last line.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from genereer import schrijf_jsonl  # noqa: E402
from vloer import exporteer  # noqa: E402

ONE_FILE = Path("examples") / "voorstellen" / "meekijkconsult-dermatologie-rotterdam.json"
RSS_VOOR_MB = 33.7
"""Row f's 'before': main at the start of the session of 2026-12-02 08:24 (da87bdc), 100,000
lines, ``/usr/bin/time -f %M`` (the launcher's method, see PIEK); before that session this row
read 32.1 MB by a method that could also show the benchmark's own RSS. The issue's 28 MB was
measured another way. With --tegen the before is that tree's."""


@dataclass
class Boom:
    """A source tree whose package the children run (``python -m substitutiecheck``)."""

    naam: str
    root: Path
    python: str

    def env(self) -> dict[str, str]:
        env = dict(os.environ, PYTHONPATH=str(self.root))
        env.pop("SUBSTITUTIECHECK_LANG", None)
        return env

    def check(self, *args: str) -> list[str]:
        return [self.python, "-m", "substitutiecheck", "check", *args]


@dataclass
class Meting:
    wall: float
    cpu: float
    maxrss_kb: int


Fact = Mapping[str, str]


def plain(cond: Any) -> Callable[[Fact], bool]:
    """The pack's condition language as a Python closure over the engine's flat fact (keys by
    ``engine.fact_key``), for a condition tree or its JSON form. Kept for the engine's tests
    (tests/test_motor_engine.py: fire_many = fire = plain Python); the floor is vloer.py."""
    from substitutiecheck.conditions import Alle, Bezoeker, Blad, EenVan, Niet, lees
    from substitutiecheck.engine import fact_key

    class Closure(Bezoeker[Callable[[Fact], bool]]):
        def blad(self, k: Blad) -> Callable[[Fact], bool]:
            key, vs, positief = fact_key(k.veld), frozenset(k.waarden), k.positief
            return lambda f: (f[key] in vs) == positief

        def alle(self, k: Alle) -> Callable[[Fact], bool]:
            parts = [self.bezoek(c) for c in k.delen]
            return lambda f: all(p(f) for p in parts)

        def een_van(self, k: EenVan) -> Callable[[Fact], bool]:
            parts = [self.bezoek(c) for c in k.delen]
            return lambda f: any(p(f) for p in parts)

        def niet(self, k: Niet) -> Callable[[Fact], bool]:
            inner = self.bezoek(k.deel)
            return lambda f: not inner(f)

    return Closure().bezoek(lees(cond))


def proces(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, uit: Any = None) -> Meting:
    """Run ``cmd`` to the end: wall-clock, CPU of it and its reaped children (getrusage deltas,
    so ``--jobs`` workers count), its peak RSS (wait4). Exit 0 and 1 (a no-go) are fine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(
            cmd,
            stdout=uit or subprocess.DEVNULL,
            stderr=err,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=env,
        )
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode not in (0, 1):
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}\n{err.read()[-800:].decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Meting(wall, cpu, ru.ru_maxrss)


def groottes(lines: Iterable[bytes]) -> dict[str, Any]:
    """Bytes per JSON Lines line (newline not counted): median, p10, p90, max over the report
    lines; a first line whose object has no top-level ``advies`` is a header, counted apart."""
    sizes: list[int] = []
    kop = None
    for i, line in enumerate(lines):
        if i == 0 and "advies" not in json.loads(line):  # a header object, not a report
            kop = len(line.rstrip(b"\n"))
            continue
        sizes.append(len(line.rstrip(b"\n")))
    sizes.sort()
    return {
        "mediaan": statistics.median(sizes),
        "p10": sizes[len(sizes) // 10],
        "p90": sizes[len(sizes) * 9 // 10],
        "max": sizes[-1],
        "regels": len(sizes),
        "kop": kop,
    }


def regelgroottes(boom: Boom, batch: Path, *opties: str) -> dict[str, Any]:
    """:func:`groottes` of ``check BATCH --format jsonl --jobs 1 [opties]``."""
    cmd = boom.check(str(batch), "--format", "jsonl", "--jobs", "1", *opties)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=boom.root, env=boom.env())
    assert p.stdout is not None
    out = groottes(p.stdout)
    if p.wait() not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}")
    return out


def bibliotheek(boom: Boom, n: int) -> dict[str, Any]:
    out = subprocess.run(
        [boom.python, str(HERE / "bibliotheek.py"), "--n", str(n)],
        cwd=boom.root,
        env=boom.env(),
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"bibliotheek.py ({boom.root}): {out.stderr[-800:]}")
    result: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return result


def bytecode(boom: Boom) -> None:
    """Start as an installed package does (pip byte-compiles a wheel): with
    PYTHONDONTWRITEBYTECODE set, an editable checkout would compile every module on every start."""
    compileall.compile_dir(str(boom.root / "substitutiecheck"), quiet=1)


def om_en_om(bomen: list[Boom], i: int) -> list[Boom]:
    """The trees in alternating order, so a load change hits both alike."""
    return bomen if i % 2 == 0 else bomen[::-1]


@dataclass
class Verzameling:
    """Raw measurements per tree, filled by the runs."""

    j1: list[Meting] = field(default_factory=list)
    j2: list[Meting] = field(default_factory=list)
    helften: list[float] = field(default_factory=list)
    """Wall time of two ``--jobs 1`` runs side by side, each on one half of the batch: what two
    processes of this tree reach on this machine without any coordination (row c's ceiling)"""
    vloer: list[Meting] = field(default_factory=list)
    vloer_na: list[Meting] = field(default_factory=list)
    """The floor again, right after ``--jobs 1``: row a divides by the mean of the two (the
    machine's speed drifts within seconds; one floor before a run of five times its length was
    half the spread of row a)"""
    lib: list[dict[str, Any]] = field(default_factory=list)
    check1: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    deps: list[float] = field(default_factory=list)
    """``python -c 'import click, durable_rules_engine'``: what the chosen dependencies cost"""
    groottes: dict[str, Any] = field(default_factory=dict)
    rss: Meting | None = None


def meet(bomen: list[Boom], args: argparse.Namespace, tmp: Path) -> dict[str, Verzameling]:
    import substitutiecheck

    pack = substitutiecheck.standaard_regelpakket()
    batch = schrijf_jsonl(tmp / "batch.jsonl", pack, args.n)
    helften = halveer(batch, tmp)
    export = tmp / "pakket.json"
    export.write_text(json.dumps(exporteer(pack)), "utf-8")
    vloer_cmd = [sys.executable, str(HERE / "vloer.py"), str(export), str(batch)]
    data = {b.naam: Verzameling() for b in bomen}
    for b in bomen:
        if not args.snel:  # a smoke test (the unit test) writes nothing into the tree
            bytecode(b)
        proces(b.check(str(batch), "--format", "jsonl", "--jobs", "1"), b.root, b.env())  # warm
    for i in range(args.runs):
        _stap(f"ronde {i + 1}/{args.runs}")
        for b in om_en_om(bomen, i):
            d = data[b.naam]
            d.vloer.append(proces([*vloer_cmd, str(tmp / "vloer.jsonl")], ROOT))
            for jobs, lijst in ((1, d.j1), (2, d.j2)):
                cmd = b.check(str(batch), "--format", "jsonl", "--jobs", str(jobs))
                lijst.append(proces(cmd, b.root, b.env()))
                if jobs == 1:
                    d.vloer_na.append(proces([*vloer_cmd, str(tmp / "vloer.jsonl")], ROOT))
            d.helften.append(
                naast_elkaar(
                    [b.check(str(h), "--format", "jsonl", "--jobs", "1") for h in helften], b
                )
            )
            d.lib.append(bibliotheek(b, args.lib_n))
    _stap("grootte")
    for b in bomen:
        data[b.naam].groottes = {
            "met": regelgroottes(b, batch),
            "zonder": regelgroottes(b, batch, "--geen-toelichting"),
        }
    _stap("start")
    for b in bomen:
        wall_once(b.check(str(ONE_FILE)), b)  # warm the file and schema caches
    for i in range(args.runs * 4):
        for b in om_en_om(bomen, i):
            data[b.naam].check1.append(wall_once(b.check(str(ONE_FILE)), b))
            data[b.naam].bare.append(wall_once([b.python, "-c", "pass"], b))
            data[b.naam].deps.append(wall_once([b.python, "-c", DEPS_IMPORT], b))
    _stap("rss")
    groot = schrijf_jsonl(tmp / "groot.jsonl", pack, args.rss_n)
    for b in bomen:
        data[b.naam].rss = piek(b.check(str(groot), "--format", "jsonl", "--jobs", "1"), b)
    return data


PIEK = (
    "import os, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, ru = os.wait4(p.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), ru.ru_maxrss, time.perf_counter() - t)\n"
)
"""Row f's launcher. A child's ru_maxrss is at least the RSS of the process that started it:
Python starts a child with vfork, and on exec Linux keeps the old memory's high-water mark in the
child's maxrss. Started from this benchmark (40-50 MB by then) every tree measured the same
45.4 MB; from a fresh, small Python (~10 MB) the figure is the check's own."""


def piek(cmd: list[str], b: Boom) -> Meting:
    """Peak RSS (and wall time) of ``cmd``, started by a small launcher process (PIEK)."""
    out = subprocess.run(
        [sys.executable, "-c", PIEK, *cmd],
        capture_output=True,
        text=True,
        cwd=b.root,
        env=b.env(),
        check=True,
    ).stdout.split()
    code, maxrss_kb, wall = int(out[0]), int(out[1]), float(out[2])
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {code}")
    return Meting(wall, float("nan"), maxrss_kb)


DEPS_IMPORT = "import click, durable_rules_engine"
"""Row e's floor of the chosen dependencies: a start that imports the CLI library and the engine
and does nothing else (click alone was 3.5-3.9x of ``python -c pass`` on 2026-12-02)."""


def halveer(batch: Path, tmp: Path) -> list[Path]:
    """The batch's first and second half of its lines, as two files."""
    lines = batch.read_bytes().splitlines(keepends=True)
    half = len(lines) // 2
    out = [tmp / "helft1.jsonl", tmp / "helft2.jsonl"]
    out[0].write_bytes(b"".join(lines[:half]))
    out[1].write_bytes(b"".join(lines[half:]))
    return out


def naast_elkaar(cmds: list[list[str]], b: Boom) -> float:
    """Wall time until all of ``cmds`` end, started together (exit 0 or 1)."""
    t = time.perf_counter()
    procs = [
        subprocess.Popen(
            c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=b.root, env=b.env()
        )
        for c in cmds
    ]
    codes = [p.wait() for p in procs]
    if any(c not in (0, 1) for c in codes):
        raise SystemExit(f"{' '.join(cmds[0])}: exit {codes}")
    return time.perf_counter() - t


def wall_once(cmd: list[str], b: Boom) -> float:
    return proces(cmd, b.root, b.env()).wall


def _stap(tekst: str) -> None:
    print(f"  ... {tekst}", file=sys.stderr, flush=True)


def med(xs: list[float]) -> float:
    return statistics.median(xs)


@dataclass
class Rij:
    sleutel: str
    figuur: str
    waarde: float
    eenheid: str
    doel: str
    gehaald: Callable[[float], bool]
    detail: str


def ratios(xs: list[float], ys: list[float]) -> list[float]:
    """x / y per run: the two were measured next to each other, so a load change between runs
    hits both; the row's figure is the median of these."""
    return [x / y for x, y in zip(xs, ys, strict=True)]


def bereik(rs: list[float]) -> str:
    return f"runs {min(rs):.2f}-{max(rs):.2f}x" if len(rs) > 1 else "1 run"


def rijen(d: Verzameling, n: int, rss_doel_mb: float) -> list[Rij]:
    """The rows of issue 18's table for one tree."""
    j1, j2 = ([m.wall for m in ms] for ms in (d.j1, d.j2))
    # the floor just before and just after each --jobs 1 run
    vl = [(v.wall + w.wall) / 2 for v, w in zip(d.vloer, d.vloer_na, strict=True)]
    cpu1 = med([m.cpu for m in d.j1]) / n * 1e6
    cpu2 = med([m.cpu for m in d.j2]) / n * 1e6
    r_a, r_c = ratios(j1, vl), ratios(j1, j2)
    r_cpu = ratios([m.cpu for m in d.j2], [m.cpu for m in d.j1])
    r_plafond = ratios(j1, d.helften) if d.helften else [float("nan")]
    ev = [r["evaluate_us"] for r in d.lib]
    pf = [r["plain_feit_us"] for r in d.lib]
    r_b = ratios(ev, pf)
    pv = med([r["plain_voorstel_us"] for r in d.lib])
    many = [r["evaluate_many_us"] for r in d.lib if "evaluate_many_us" in r]
    g_met, g_zonder = d.groottes["met"], d.groottes["zonder"]
    r_e = ratios(d.check1, d.bare)
    r_deps = ratios(d.deps, d.bare) if d.deps else [float("nan")]
    assert d.rss is not None
    rss_mb = d.rss.maxrss_kb / 1024
    kop = g_met["kop"]
    return [
        Rij(
            "a_check_vs_vloer",
            "check --format jsonl, --jobs 1, vs the floor",
            med(r_a),
            "x",
            "<= 5x",
            lambda x: x <= 5,
            f"{med(j1) / n * 1e6:.1f} us vs {med(vl) / n * 1e6:.1f} us per proposal (whole "
            f"processes; {bereik(r_a)})",
        ),
        Rij(
            "b_evaluate_vs_plain",
            "library evaluate() vs plain Python",
            med(r_b),
            "x",
            "<= 10x",
            lambda x: x <= 10,
            f"{med(ev):.1f} us vs {med(pf):.2f} us per fact dict ({pv:.1f} us from the proposal "
            f"dict; {bereik(r_b)})"
            + (
                f"; evaluate_many {med(many):.1f} us ({med(ratios(many, pf)):.1f}x)"
                if len(many) == len(pf)
                else ""
            ),
        ),
        Rij(
            "c_jobs2_vs_jobs1",
            "--jobs 2 vs --jobs 1 (speed-up)",
            med(r_c),
            "x",
            ">= 1.7x",
            lambda x: x >= 1.7,
            f"{med(j1):.2f} s vs {med(j2):.2f} s ({bereik(r_c)}); CPU per proposal "
            f"{cpu1:.1f} us (--jobs 1) vs {cpu2:.1f} us (--jobs 2): {med(r_cpu):.2f}x; two "
            f"--jobs 1 runs side by side on the two halves (no coordination: this machine's "
            f"ceiling): {med(r_plafond):.2f}x ({bereik(r_plafond)}); --jobs 2 reaches "
            f"{med(ratios(d.helften, j2)) if d.helften else float('nan'):.2f} of that ceiling "
            "(per round: the two are timed one after the other)",
        ),
        Rij(
            "d_rapport_met",
            "JSON Lines report, with notes (median)",
            g_met["mediaan"] / 1000,
            "KB",
            "<= 6 KB",
            lambda x: x <= 6,
            f"p10-p90 {g_met['p10'] / 1000:.1f}-{g_met['p90'] / 1000:.1f} KB"
            + (f"; header line {kop / 1000:.1f} KB" if kop is not None else "; no header line"),
        ),
        Rij(
            "d_rapport_zonder",
            "JSON Lines report, --geen-toelichting",
            g_zonder["mediaan"] / 1000,
            "KB",
            "<= 2 KB",
            lambda x: x <= 2,
            f"p10-p90 {g_zonder['p10'] / 1000:.1f}-{g_zonder['p90'] / 1000:.1f} KB",
        ),
        Rij(
            "e_start",
            "one-file check vs python -c pass",
            med(r_e),
            "x",
            "<= 6x",
            lambda x: x <= 6,
            f"{med(d.check1) * 1e3:.1f} ms vs {med(d.bare) * 1e3:.1f} ms ({bereik(r_e)}); "
            f"importing click and durable_rules alone: {med(r_deps):.1f}x",
        ),
        Rij(
            "f_rss",
            "peak RSS, JSON Lines batch, --jobs 1",
            rss_mb,
            "MB",
            f"<= {rss_doel_mb:.1f} MB",
            lambda x: x <= rss_doel_mb * 1.05,
            f"{d.rss.wall:.1f} s wall; target: no more than before (+5 % for noise)",
        ),
    ]


def druk(bomen: list[Boom], tabellen: dict[str, list[Rij]], out: TextIO) -> None:
    this = bomen[0].naam
    for i, rij in enumerate(tabellen[this]):
        fmt = "{:.2f}" if rij.eenheid in ("x", "KB") else "{:.1f}"
        waarde = fmt.format(rij.waarde) + " " + rij.eenheid
        status = "ok" if rij.gehaald(rij.waarde) else "NIET GEHAALD"
        print(
            f"{rij.sleutel[0]}. {rij.figuur:<44} {waarde:>10}  target {rij.doel:<9} {status}",
            file=out,
        )
        print(f"   {rij.detail}", file=out)
        for b in bomen[1:]:
            ander = tabellen[b.naam][i]
            print(
                f"   {b.naam}: {fmt.format(ander.waarde)} {rij.eenheid} ({ander.detail}); "
                f"this / {b.naam}: {rij.waarde / ander.waarde:.2f}",
                file=out,
            )


def lange_titel() -> dict[str, float]:
    """Text report of a proposal whose title is one word of N MB (issue 13: wrapping was
    quadratic): the time grows linearly with the size. This tree only, in this process."""
    import dataclasses
    import io

    import substitutiecheck
    from substitutiecheck.reporters.text import TextReporter

    r = substitutiecheck.evaluate(json.loads((ROOT / ONE_FILE).read_text("utf-8")))
    out = {}
    for mb in (10, 20):
        big = dataclasses.replace(r, titel="x" * (mb * 2**20))
        start = time.perf_counter()
        TextReporter(out=io.StringIO()).rapport(big)
        out[f"{mb}MB_s"] = time.perf_counter() - start
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="substitutiecheck benchmark (issue 18's table)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", type=int, default=20_000, help="batch size of rows a, c, d")
    ap.add_argument("--lib-n", type=int, default=5000, help="proposals of row b")
    ap.add_argument("--rss-n", type=int, default=100_000, help="batch size of row f")
    ap.add_argument("--tegen", type=Path, help="a second source tree, measured interleaved")
    ap.add_argument("--tegen-python", default=sys.executable, help="the Python for --tegen")
    ap.add_argument("--snel", action="store_true", help="smoke test: small batches, one run")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.snel:
        args.runs, args.n, args.lib_n, args.rss_n = 1, 300, 300, 1000

    bomen = [Boom("this", ROOT, sys.executable)]
    if args.tegen:
        tegen = args.tegen.resolve()
        if not (tegen / "substitutiecheck" / "__main__.py").is_file():
            sys.exit(f"{tegen}: geen substitutiecheck-broncode (substitutiecheck/__main__.py)")
        bomen.append(Boom("tegen", tegen, args.tegen_python))
    cores = os.cpu_count() or 1
    load_voor = os.getloadavg()
    print(
        f"substitutiecheck benchmark (issue 18): {cores} cores, load average "
        f"{' '.join(f'{x:.2f}' for x in load_voor)}; medians of {args.runs} runs; "
        f"{args.n:,} proposals (rows a, c, d), {args.lib_n:,} (b), {args.rss_n:,} (f)"
    )
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        data = meet(bomen, args, Path(tmp))
    load_na = os.getloadavg()
    rss_voor = RSS_VOOR_MB
    if args.tegen and data["tegen"].rss is not None:
        rss_voor = data["tegen"].rss.maxrss_kb / 1024
    tabellen = {b.naam: rijen(data[b.naam], args.n, rss_voor) for b in bomen}
    print(
        f"load average after: {' '.join(f'{x:.2f}' for x in load_na)}; "
        f"{time.perf_counter() - start:.0f} s\n"
    )
    druk(bomen, tabellen, sys.stdout)
    vrij = cores - max(load_voor[0], load_na[0])
    if vrij < 2:
        print(
            f"\nwarning: about {max(vrij, 0):.1f} of {cores} cores free (load average): row c "
            "measures a busy machine, not the 2 free cores of its target"
        )
    extra: dict[str, Any] = {}
    if not args.snel:
        try:
            extra["lange_titel"] = lange_titel()
            print(
                "\ng. text report, title one word of 10 / 20 MB (issue 13, must be linear): "
                + ", ".join(f"{v:.2f} s" for v in extra["lange_titel"].values())
            )
        except Exception as exc:  # an API change must not cost the table above
            print(f"\ng. text report with a long title: not measured ({exc!r})")
    if args.json:
        meta = {
            "load_voor": list(load_voor),
            "load_na": list(load_na),
            "cores": cores,
            "runs": args.runs,
            "n": args.n,
            "lib_n": args.lib_n,
            "rss_n": args.rss_n,
            **extra,
        }
        print(json.dumps(_als_json(bomen, tabellen, data, meta)))
    return 0


def _als_json(
    bomen: list[Boom],
    tabellen: dict[str, list[Rij]],
    data: dict[str, Verzameling],
    meta: dict[str, Any],
) -> dict[str, Any]:
    out: dict[str, Any] = dict(meta)
    for b in bomen:
        d = data[b.naam]
        out[b.naam] = {
            "root": str(b.root),
            "rijen": {
                r.sleutel: {
                    "waarde": r.waarde,
                    "eenheid": r.eenheid,
                    "doel": r.doel,
                    "gehaald": r.gehaald(r.waarde),
                    "detail": r.detail,
                }
                for r in tabellen[b.naam]
            },
            "bibliotheek": d.lib,
            "groottes": d.groottes,
            "rss_kb": d.rss.maxrss_kb if d.rss else None,
        }
    return out


if __name__ == "__main__":
    sys.exit(main())
