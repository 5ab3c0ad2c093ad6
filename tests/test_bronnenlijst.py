"""The list of sources at the end of every human document (issue 18, lever 2): each source the
document cites stands there once with its full title; in the body every label carries the number
of its entry (text '[2]', Markdown a reference link to ``#bron-2``, HTML an in-page link); no
entry that the body does not cite; English without a Dutch word of it; and the same document
however many processes rendered it.

The body is read back from the output itself, so a label printed without its number, a number
without an entry or an entry nobody cites each fails here.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from conftest import EXAMPLES, run_cli
from test_rapporten import GOLDEN_INPUTS, run

from substitutiecheck.context_common import bronverwijzingen
from substitutiecheck.evaluation import evaluate
from substitutiecheck.pack import standaard_regelpakket
from substitutiecheck.report import BronVerwijzing
from substitutiecheck.reporters import reporter_by_name
from substitutiecheck.reporters.bronnenlijst import Bronnenlijst

HUMAN = ("text", "markdown", "html")


def _bekend(taal: str) -> dict[str, BronVerwijzing]:
    """Every source of the pack as a report names it (label -> source)."""
    pack = standaard_regelpakket()
    return {b.kort: b for b in bronverwijzingen(pack, pack.bronnen, taal)}


# -- reading a document back ---------------------------------------------------------------------


def _text(doc: str, kop: str) -> tuple[list[tuple[str, int]], dict[int, tuple[str, str]]]:
    """(every label in the body with its number, {number: (label, title)} of the list)."""
    body, sep, lijst = doc.rpartition(f"\n{kop}\n")
    assert sep, "no list of sources"
    refs = []
    lines = body.splitlines()
    for i, line in enumerate(lines):
        m = re.match(
            r"( *)(?:Bron|Source|Koppeling|Link|Advies en indeling|Advice and classification)"
            r"[^:]*: (.*)",
            line,
        )
        if not m:
            continue
        text = m[2]  # with its continuation lines (two spaces further in)
        for more in lines[i + 1 :]:
            if not re.match(f"{m[1]}  \\S", more):
                break
            text += " " + more.strip()
        for item in text.split("; "):
            ref = re.fullmatch(r"(.+) \[(\d+)\]", item)
            assert ref, f"a label without its number: {item!r}"
            refs.append((ref[1], int(ref[2])))
    entries = {}
    for m in re.finditer(r"^  \[(\d+)\] (.+?) \(([^()]*)\)\n((?: {6}.*\n?)+)", lijst, re.M):
        entries[int(m[1])] = (m[2], " ".join(m[4].split()))
    return refs, entries


def _markdown(doc: str, kop: str):
    body, sep, lijst = doc.rpartition(f"\n## {kop}\n")
    assert sep, "no list of sources"
    refs = []
    kop_re = r"(?:Bron|Source|Koppeling|Link|Advies en indeling|Advice and classification)"
    for line in re.findall(kop_re + r": (.+?)\*?$", body, re.M):
        for item in line.split("; "):
            m = re.fullmatch(r"(.+) \[(\d+)\]", item)
            assert m, f"a label without its number: {item!r}"
            refs.append((m[1].replace("\\", ""), int(m[2])))
    entries = {}
    for m in re.finditer(
        r'^(\d+)\. <a id="bron-(\d+)"></a>\*\*(.+?)\*\* \(([^()]*)\): (.+)$', lijst, re.M
    ):
        assert m[1] == m[2]
        entries[int(m[1])] = (m[3].replace("\\", ""), m[5].replace("\\", ""))
    # every number used in the body is a reference link defined below the list
    defined = {int(n) for n in re.findall(r"^\[(\d+)\]: #bron-(?:\d+)$", lijst, re.M)}
    assert defined == set(entries)
    return refs, entries


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.entries: dict[str, list[str]] = {}
        self._link: str | None = None
        self._entry: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "a" and str(a.get("href", "")).startswith("#bron-"):
            self._link, self._text = str(a["href"])[1:], []
        if tag == "li" and str(a.get("id", "")).startswith("bron-"):
            self._entry = str(a["id"])
            self.entries[self._entry] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link:
            self.links.append((self._link, "".join(self._text)))
            self._link = None
        if tag == "li":
            self._entry = None

    def handle_data(self, data: str) -> None:
        if self._link:
            self._text.append(data)
        if self._entry:
            self.entries[self._entry].append(data)


def _html(doc: str, kop: str):
    p = _Html()
    p.feed(doc)
    assert len(p.ids) == len(set(p.ids)), "an id used twice"
    assert f">{kop}</h2>" in doc
    refs = []
    for href, text in p.links:
        m = re.fullmatch(r"(.+) \[(\d+)\]", text)
        assert m and href == f"bron-{m[2]}", (href, text)
        refs.append((m[1], int(m[2])))
    entries = {}
    for eid, parts in p.entries.items():
        label, titel = parts[0], parts[-1]
        entries[int(eid.removeprefix("bron-"))] = (label, titel)
    return refs, entries


LEZERS = {"text": _text, "markdown": _markdown, "html": _html}
KOP = {"nl": "Bronnen", "en": "Sources"}


def _check(
    doc: str, fmt: str, taal: str, bekend: dict[str, BronVerwijzing]
) -> dict[int, tuple[str, str]]:
    refs, entries = LEZERS[fmt](doc, KOP[taal])
    assert refs and entries
    # numbered 1..n in the order of first citation
    assert sorted(entries) == list(range(1, len(entries) + 1))
    eerste = list(dict.fromkeys(n for _, n in refs))
    assert eerste == sorted(eerste) == list(range(1, len(entries) + 1)), "an uncited entry"
    for label, n in refs:  # every label in the body resolves to its own entry
        assert entries[n][0] == label, (label, n, entries[n])
    labels = [label for label, _ in entries.values()]
    assert len(labels) == len(set(labels)), "a source listed twice"
    for label, titel in entries.values():  # the full title, as the pack gives it, once
        bron = bekend[label]
        assert titel == bron.titel
    if "Nivel 2013" in labels:  # a title stands once in the document, in the list
        assert doc.count("Van Dijk CE et al.") == 1
    return entries


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("fmt", HUMAN)
def test_each_cited_source_is_listed_once_and_every_label_points_to_it(fmt, taal):
    bekend = _bekend(taal)
    many = run("check", "--format", fmt, "--lang", taal, *GOLDEN_INPUTS).stdout
    entries = _check(many, fmt, taal, bekend)
    assert len(entries) >= 6  # the batch cites the e-book, Nivel, Kaats & Opheij, ...
    one = run("check", "--format", fmt, "--lang", taal, GOLDEN_INPUTS[0]).stdout
    assert len(_check(one, fmt, taal, bekend)) <= len(entries)


@pytest.mark.parametrize("fmt", HUMAN)
def test_english_has_no_dutch_word_of_the_list(fmt):
    doc = run("check", "--format", fmt, "--lang", "en", *GOLDEN_INPUTS).stdout
    tail = doc[doc.rindex("Sources") :]
    for dutch in (
        "Bronnen",
        "brondocument",
        "externe bron",
        "productkeuze",
        "periode",
        "Elke bron",
    ):
        assert dutch not in tail, dutch
    assert "source document" in tail and "Bron:" not in doc


@pytest.mark.parametrize("fmt", HUMAN)
def test_a_document_without_sources_has_no_list(fmt):
    out = io.StringIO()
    rep = reporter_by_name(fmt)(out=out)
    rep.einde()
    assert "Bronnen" not in out.getvalue()


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("fmt", HUMAN)
def test_the_combined_report_has_one_list_for_its_own_part_and_the_report(fmt, taal):
    from test_golden_partijen import PARTNERS

    doc = run("combineer", *PARTNERS, "--format", fmt, "--lang", taal).stdout
    assert doc.count(f"{KOP[taal]}<" if fmt == "html" else f"{KOP[taal]}\n") == 1
    _check(doc, fmt, taal, _bekend(taal))


# -- --jobs N: the same document ------------------------------------------------------------------


def _as_worker(cls, chunks, monkeypatch):
    """Fragments as worker processes render them: a fresh renderer per chunk, each chunk sent
    back as one block of bytes with the length of each report (batch_worker._worker_run)."""
    from substitutiecheck import batch_worker

    monkeypatch.setattr(
        batch_worker,
        "_W",
        {
            "pack": standaard_regelpakket(),
            "taal": "nl",
            "cls": cls,
            "opmaak": {"kleur": False, "breedte": 88},
            "toelichting": True,
        },
    )
    return [batch_worker._worker_run(chunk, False) for chunk in chunks]


def test_text_fragments_from_many_workers_give_the_one_process_document(monkeypatch):
    from substitutiecheck.inputs import iter_items

    work = [(i.bron, i.regel, i.data) for i in iter_items([str(EXAMPLES)]) if i.fout is None]
    work = work * 3  # sources cited again in later chunks, by other renderers
    cls = reporter_by_name("text")
    assert cls.fragments
    een = io.StringIO()
    rep = cls(out=een)
    pack = standaard_regelpakket()
    for bron, regel, data in work:
        rapport = evaluate(data, pack, "nl").met_invoer(bron, regel)
        rep.samenvatting.tel(rapport)
        rep.rapport(rapport)
    rep.einde()
    for size in (1, 4, 7):
        chunks = [work[i : i + size] for i in range(0, len(work), size)]
        results = _as_worker(cls, chunks, monkeypatch)
        veel = io.StringIO()
        parent = cls(out=veel)
        for brok in results:
            parent.samenvatting.neem_op(brok.samenvatting)
            parent.rapport_bytes(brok.tekst, [d for d in brok.delen if isinstance(d, int)])
        parent.einde()
        assert veel.getvalue() == een.getvalue()
    # a title travels once per renderer, not once per report
    (brok,) = _as_worker(cls, [work], monkeypatch)
    titel = "Van Dijk CE et al. (2013)"
    assert brok.tekst.decode("utf-8").count(titel) == 1
    assert een.getvalue().count(titel) == 1


@pytest.mark.parametrize("fmt", HUMAN)
def test_jobs_give_the_same_document(fmt, tmp_path):
    from substitutiecheck.inputs import iter_items

    lines = []
    import json

    for item in iter_items([str(EXAMPLES)]):
        if item.fout is None:
            lines.append(json.dumps(item.data, ensure_ascii=False))
    big = tmp_path / "veel.jsonl"
    big.write_text("\n".join(lines * 60) + "\n", "utf-8")  # more than one chunk per worker
    args = ["check", str(big), str(EXAMPLES), "--format", fmt]
    one = run_cli(*args, "--jobs", "1")
    two = run_cli(*args, "--jobs", "2")
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout and len(one.stdout) > 100_000


def test_numbers_go_in_the_order_of_first_citation():
    lijst = Bronnenlijst()
    a = BronVerwijzing(id="a", soort="seed", kort="A", titel="Titel A")
    b = BronVerwijzing(id="b", soort="extern", kort="B", titel="Titel B", periode="2015")
    assert [n for n, _ in lijst.nummers([b, a, b])] == [1, 2, 1]
    assert list(lijst) == [(1, b), (2, a)] and len(lijst) == 2


def test_control_characters_in_a_proposal_never_pass_for_a_placeholder():
    """The text format marks lines of sources with NUL and STX inside a fragment; a proposal's
    own NUL or STX is shown escaped, so it can neither end a placeholder nor start a definition."""
    pack = standaard_regelpakket()
    r = evaluate(
        {"titel": "\x02a\x00b\x02", "regio": "x\x00", "patientgroep": {"categorie": "diabetes"}},
        pack,
    )
    out = io.StringIO()
    rep = reporter_by_name("text")(out=out)
    rep.rapport(r)
    rep.einde()
    doc = out.getvalue()
    assert "\x00" not in doc and "\x02" not in doc
    assert doc.startswith("\\x02a\\x00b\\x02\n") and "Regio: x\\x00\n" in doc
    _check(doc, "text", "nl", _bekend("nl"))
