"""Load the questionnaire (``questionnaires/vragenlijst.json``) and expand it against a rule pack.

The file holds the layout (sections, intro texts) and the questions that are not about pack
items (titel, regio, omschrijving, the Kaats & Opheij gate). Everything the rule pack defines is
generated from the pack's own texts, so a regional pack that adds a randvoorwaarde, an exclusion
flag or a category gets its question without touching the questionnaire:

- ``{"uit_pakket": "uitsluitingen"}``: one question per exclusion flag;
- ``{"uit_pakket": "samenwerking"}``: one question per Kaats & Opheij element;
- a section with ``"uit_pakket": "randvoorwaarden"``: one section per group, one question per
  randvoorwaarde (``vraag``, ``toelichting``, ``advies``, ``bron``);
- ``"keuzes_uit_pakket"``: the choices of category, samenwerkingsvorm, financing.

Loading validates the file against ``schemas/vragenlijst.schema.json`` (once per content: a file
that passed before is remembered by substitutiecheck.schemacache) and then cross-checks it
against the proposal model of the pack: every question fills a field of the model, every choice
is a value of that field, conditions only name earlier questions, and every field the pack
defines has a question. Problems raise :class:`VragenlijstFout` with the file and a JSON path.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import conditions
from ..errors import Probleem, SubstitutiecheckFout
from ..model import Veld as ContractVeld
from ..model import contract
from ..pack import (
    ANTWOORDEN,
    UITSLUITING_ANTWOORDEN,
    Regelpakket,
    data_dir,
    schema_problemen,
    t,
    vul_sjabloon,
)
from ..schemacache import SchemaCache
from .texts import beide

Tekst = Mapping[str, str]
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMAS = (SCHEMA_DIR / "vragenlijst.schema.json", SCHEMA_DIR / "regelpakket.schema.json")
"""The questionnaire schema and the pack schema it refers to (both in the schema cache's key)."""
NIET_GEVRAAGD = ("respondent.",)
"""Proposal fields no question fills: who answers is set with ``vragenlijst --rol`` (issue 17)."""


class VragenlijstFout(SubstitutiecheckFout):
    """The questionnaire file is missing, broken, or does not fit the rule pack."""


# ---------------------------------------------------------------------------------------------
# The fields of the proposal model a question can fill
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Veld:
    """What a question may put in one proposal field: the questionnaire's view of a field of the
    proposal contract (:func:`substitutiecheck.model.contract`), by dotted path.

    ``soort``: 'tekst' (free text), 'keuze' (one of ``waarden``) or 'onderdeel' (an optional
    part of the proposal such as ``samenwerking``: 'ja' = present, 'nee' = left out).
    ``leeg_mag``: the field may be absent (an empty text, '' for 'no choice yet').
    """

    pad: str
    soort: str
    waarden: tuple[str, ...] = ()
    standaard: str | None = None
    leeg_mag: bool = True


def _leaf(pad: str, veld: ContractVeld) -> Veld:
    standaard = veld.standaard if isinstance(veld.standaard, str) and not veld.verplicht else None
    if veld.soort == "keuze":
        return Veld(
            pad, "keuze", veld.keuzes, standaard, leeg_mag=veld.leeg_mag or not veld.verplicht
        )
    return Veld(pad, "tekst", (), standaard, leeg_mag=not veld.verplicht)


def voorstel_velden(pack: Regelpakket) -> dict[str, Veld]:
    """Every field of the pack's proposal contract a question may fill, by dotted path. Read from
    the plain-data contract (model.contract), not from the pydantic model: starting the
    questionnaire needs no pydantic (about 100 ms of its start)."""
    out: dict[str, Veld] = {}
    for veld in contract(pack).velden:
        if veld.soort == "object":
            if veld.leeg_mag:  # an optional part: present or left out
                out[veld.naam] = Veld(veld.naam, "onderdeel", ("ja", "nee"), "nee")
            for sub in veld.velden:
                out[f"{veld.naam}.{sub.naam}"] = _leaf(f"{veld.naam}.{sub.naam}", sub)
        else:
            out[veld.naam] = _leaf(veld.naam, veld)
    return out


# ---------------------------------------------------------------------------------------------
# The expanded questionnaire
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Keuze:
    waarde: str
    naam: Tekst
    uitleg: Tekst | None = None
    past_bij: tuple[str, ...] = ()  # samenwerkingsvormen: the categories the form fits


@dataclass(frozen=True)
class Sectie:
    id: str
    titel: Tekst
    intro: Tekst


@dataclass(frozen=True)
class Vraag:
    id: str  # the proposal field path it fills
    sectie: Sectie
    type: str  # 'tekst' | 'keuze'
    tekst: Tekst
    hulp: Tekst
    bron: tuple[str, ...] = ()
    als: Mapping[str, Any] | None = None
    verplicht: bool = False
    verplicht_als: Mapping[str, Any] | None = None
    max_lengte: int | None = None
    standaard: str | None = None
    keuzes: tuple[Keuze, ...] = ()
    kort: Tekst | None = None  # a short label for the overview (default: the question text)

    @property
    def label(self) -> Tekst:
        return self.kort or self.tekst

    def keuze(self, waarde: str) -> Keuze | None:
        return next((k for k in self.keuzes if k.waarde == waarde), None)


@dataclass(frozen=True)
class Vragenlijst:
    bestand: str
    versie: str
    titel: Tekst
    intro: Tekst
    vragen: tuple[Vraag, ...]
    velden: Mapping[str, Veld]
    pack: Regelpakket = field(repr=False)

    def vraag(self, qid: str) -> Vraag:
        return self._index[qid]

    @property
    def _index(self) -> dict[str, Vraag]:
        cache = self.__dict__.get("_idx")
        if cache is None:
            cache = {q.id: q for q in self.vragen}
            object.__setattr__(self, "_idx", cache)
        return cache

    @property
    def secties(self) -> list[Sectie]:
        seen: dict[str, Sectie] = {}
        for q in self.vragen:
            seen.setdefault(q.sectie.id, q.sectie)
        return list(seen.values())


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def standaard_bestand() -> Path:
    return data_dir("questionnaires") / "vragenlijst.json"


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    own, pack_schema = (json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS)
    registry = Registry().with_resource(pack_schema["$id"], Resource.from_contents(pack_schema))
    return Draft202012Validator(own, registry=registry)


def lees_bestand(path: Path) -> Any:
    """Read and schema-validate a questionnaire file; raises VragenlijstFout."""
    bestand = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise VragenlijstFout(
            Probleem("", "vragenlijstbestand bestaat niet", "questionnaire file does not exist"),
            bestand=bestand,
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise VragenlijstFout(
            Probleem(
                "",
                f"kan vragenlijstbestand niet lezen: {e}",
                f"cannot read questionnaire file: {e}",
            ),
            bestand=bestand,
        ) from None
    from ..errors import InvoerFout
    from ..inputs import parse_json

    try:
        data = parse_json(raw)  # as strict as a proposal: duplicate keys, deep nesting
    except InvoerFout as e:
        raise VragenlijstFout(e.problemen, bestand=bestand) from None
    # this exact content passed the schema before: skip importing and running jsonschema
    known = SchemaCache({"vragenlijst": data}, schemas=SCHEMAS)
    if not known.geldig:
        problems = schema_problemen(_validator(), data)
        if problems:
            raise VragenlijstFout(problems, bestand=bestand)
        known.onthoud()
    return data


def laad_vragenlijst(pack: Regelpakket, path: str | Path | None = None) -> Vragenlijst:
    """Load the questionnaire (default: the shipped one) and expand it for ``pack``."""
    p = Path(path) if path is not None else standaard_bestand()
    data = lees_bestand(p)
    return _Builder(pack, data, str(p)).build()


def _lc(text: Tekst) -> dict[str, str]:
    return {k: v[:1].lower() + v[1:] for k, v in text.items()}


def _join(*parts: Tekst | None) -> dict[str, str]:
    return {lang: "\n\n".join(p[lang] for p in parts if p) for lang in ("nl", "en")}


class _Builder:
    def __init__(self, pack: Regelpakket, data: Mapping[str, Any], bestand: str) -> None:
        self.pack = pack
        self.data = data
        self.bestand = bestand
        self.velden = voorstel_velden(pack)
        self.problems: list[Probleem] = []
        self.vragen: list[Vraag] = []
        self.paths: dict[str, str] = {}  # question id -> json path, for errors

    def fail(self, path: str, nl: str, en: str) -> None:
        self.problems.append(Probleem(path, nl, en))

    # -- choices -----------------------------------------------------------------------------
    def antwoord_keuzes(self, soort: str = "antwoorden") -> tuple[Keuze, ...]:
        a = self.data.get(soort) or self.data["antwoorden"]
        return tuple(Keuze(w, a[w]["naam"], a[w]["uitleg"]) for w in ANTWOORDEN)

    def keuzes_uit_pakket(self, soort: str) -> tuple[Keuze, ...]:
        p = self.pack
        if soort == "antwoorden":
            return self.antwoord_keuzes()
        if soort == "categorieen":
            return tuple(
                Keuze(
                    c["id"],
                    c["naam"],
                    c.get("tekst") if c["geschikt"] != "ja" else beide("keuze.geschikt"),
                )
                for c in p.categorieen
            )
        if soort == "financiering":
            return tuple(
                Keuze(f["id"], f["naam"], f.get("toelichting"), tuple(f.get("past_bij", ())))
                for f in p.financiering
            )
        # samenwerkingsvormen: '' = no choice yet, then every form with its kind
        soorten = {s["id"]: s["naam"] for s in p.soorten}
        out = [Keuze("", beide("keuze.geen_vorm"), beide("keuze.geen_vorm_uitleg"))]
        cats = {c["id"]: c["naam"] for c in p.categorieen}
        for v in p.samenwerkingsvormen:
            uitleg = (
                dict(soorten[v["soort"]])
                if v["soort"] in soorten
                else {"nl": v["soort"], "en": v["soort"]}
            )
            if v["past_bij"]:
                names = {
                    lang: ", ".join(t(cats[c], lang) for c in v["past_bij"] if c in cats)
                    for lang in ("nl", "en")
                }
                uitleg = beide("keuze.vorm_uitleg", soort=uitleg, categorieen=names)
            out.append(Keuze(v["id"], v["naam"], uitleg, tuple(v["past_bij"])))
        return tuple(out)

    # -- questions ---------------------------------------------------------------------------
    def add(self, q: Vraag, path: str) -> None:
        if q.id in self.paths:
            self.fail(
                f"{path}.id",
                f"vraag '{q.id}' staat er al (bij {self.paths[q.id]})",
                f"question '{q.id}' already exists (at {self.paths[q.id]})",
            )
            return
        self.paths[q.id] = path
        self.vragen.append(q)

    def explicit(self, raw: Mapping[str, Any], sectie: Sectie, als: Any, path: str) -> None:
        qid = raw["id"]
        veld = self.velden.get(qid)
        if veld is None:
            close = difflib.get_close_matches(qid, list(self.velden), n=1)
            hint = (
                (f"; bedoelde u '{close[0]}'?", f"; did you mean '{close[0]}'?")
                if close
                else ("", "")
            )
            self.fail(
                f"{path}.id",
                f"'{qid}' is geen veld van het voorstel{hint[0]}",
                f"'{qid}' is not a field of the proposal{hint[1]}",
            )
            return
        if raw["type"] == "tekst":
            keuzes: tuple[Keuze, ...] = ()
            if veld.soort != "tekst":
                self.fail(
                    f"{path}.type",
                    f"veld '{qid}' heeft vaste waarden; gebruik type 'keuze'",
                    f"field '{qid}' has fixed values; use type 'keuze'",
                )
        else:
            if "keuzes" in raw:
                keuzes = tuple(Keuze(k["waarde"], k["naam"], k["uitleg"]) for k in raw["keuzes"])
            elif "keuzes_uit_pakket" in raw:
                keuzes = self.keuzes_uit_pakket(raw["keuzes_uit_pakket"])
            else:
                self.fail(
                    path,
                    "een keuzevraag heeft 'keuzes' of 'keuzes_uit_pakket' nodig",
                    "a choice question needs 'keuzes' or 'keuzes_uit_pakket'",
                )
                return
            if veld.soort == "tekst":
                self.fail(
                    f"{path}.type",
                    f"veld '{qid}' is vrije tekst; gebruik type 'tekst'",
                    f"field '{qid}' is free text; use type 'tekst'",
                )
            for i, k in enumerate(keuzes):
                if k.waarde not in veld.waarden and not (k.waarde == "" and veld.leeg_mag):
                    self.fail(
                        f"{path}.keuzes[{i}].waarde",
                        f"'{k.waarde}' is geen waarde van '{qid}'; kies uit: {', '.join(veld.waarden)}",
                        f"'{k.waarde}' is not a value of '{qid}'; choose from: {', '.join(veld.waarden)}",
                    )
        standaard = raw.get("standaard")
        if standaard is not None and keuzes and standaard not in {k.waarde for k in keuzes}:
            self.fail(
                f"{path}.standaard",
                f"standaardwaarde '{standaard}' is geen van de keuzes",
                f"default '{standaard}' is not one of the choices",
            )
        self.add(
            Vraag(
                id=qid,
                sectie=sectie,
                type=raw["type"],
                tekst=raw["tekst"],
                hulp=raw["hulp"],
                bron=tuple(raw.get("bron", ())),
                als=conditions.all_of(als, raw.get("als")),
                verplicht=raw.get("verplicht", False) or not veld.leeg_mag,
                verplicht_als=raw.get("verplicht_als"),
                max_lengte=raw.get("max_lengte"),
                standaard=standaard,
                keuzes=keuzes,
            ),
            path,
        )
        for key in ("als", "verplicht_als"):
            self.check_condition(raw.get(key), f"{path}.{key}", qid)

    def sjabloon(self, key: str, **per_lang: Mapping[str, str]) -> dict[str, str]:
        """A template of the questionnaire file (``sjablonen``), filled in per language."""
        tpl = self.data["sjablonen"][key]
        return {
            lang: tpl[lang].format(**{k: v[lang] for k, v in per_lang.items()})
            for lang in ("nl", "en")
        }

    def uitsluitingen(self, sectie: Sectie, als: Any, path: str) -> None:
        tpl = self.data["sjablonen"]["uitsluiting_vraag"]
        for u in self.pack.uitsluitingen:
            naam_lc = _lc(u["naam"])
            vraag = {
                lang: tpl[lang].format(naam=u["naam"][lang], naam_lc=naam_lc[lang])
                for lang in ("nl", "en")
            }
            hulp = _join(u["tekst"], self.sjabloon("hulp_uitsluiting", advies=u["onbekend_advies"]))
            self.add(
                Vraag(
                    id=f"patientgroep.{u['id']}",
                    sectie=sectie,
                    type="keuze",
                    tekst=vraag,
                    hulp=hulp,
                    bron=tuple(u["bron"]),
                    als=als,
                    keuzes=self._ja_nee(),
                    kort=u["naam"],
                ),
                path,
            )

    def samenwerking(self, sectie: Sectie, als: Any, path: str) -> None:
        tpl = self.data["sjablonen"]["samenwerking_vraag"]
        for e in self.pack.elementen:
            naam_lc = _lc(e["naam"])
            vraag = {
                lang: tpl[lang].format(naam=e["naam"][lang], naam_lc=naam_lc[lang])
                for lang in ("nl", "en")
            }
            lists = {
                k: {lang: ", ".join(e[k][lang]) for lang in ("nl", "en")}
                for k in ("succes", "faal")
            }
            hulp = self.sjabloon("hulp_samenwerking", **lists)
            self.add(
                Vraag(
                    id=f"samenwerking.{e['id']}",
                    sectie=sectie,
                    type="keuze",
                    tekst=vraag,
                    hulp=hulp,
                    bron=tuple(e["bron"]),
                    als=als,
                    keuzes=self.antwoord_keuzes("antwoorden_samenwerking"),
                    kort={lang: f"Kaats & Opheij: {e['naam'][lang]}" for lang in ("nl", "en")},
                ),
                path,
            )

    # -- the optional parts about the proposal itself (toelichting.json 'voorstel_zelf') -------
    def _ja_nee(self) -> tuple[Keuze, ...]:
        a = self.data["antwoorden"]
        return tuple(Keuze(w, a[w]["naam"], None) for w in UITSLUITING_ANTWOORDEN)

    def _vz(self, key: str, path: str) -> Mapping[str, Any] | None:
        part = self.pack.voorstel_zelf.get(key)
        if not part:
            self.fail(
                f"{path}.uit_pakket",
                f"het regelpakket heeft geen '{key}' (toelichting.json 'voorstel_zelf')",
                f"the rule pack has no '{key}' (toelichting.json 'voorstel_zelf')",
            )
        return part

    def triple_aim(self, sectie: Sectie, als: Any, path: str) -> None:
        """The proposal's expected effect per Triple Aim pillar, then pilot and evaluation."""
        ta, ev = self.pack.voorstel_zelf.get("triple_aim"), self.pack.voorstel_zelf.get("evaluatie")
        if not (ta or ev):
            self._vz("triple_aim", path)
            return
        if ta and "triple_aim_vraag" not in self.data["sjablonen"]:
            self.fail(
                "sjablonen",
                "sjabloon 'triple_aim_vraag' ontbreekt (nodig voor 'uit_pakket': 'triple_aim')",
                "template 'triple_aim_vraag' is missing (needed for 'uit_pakket': 'triple_aim')",
            )
            return
        for d in (ta or {}).get("doelen", ()):
            keuzes = tuple(Keuze(e["id"], e["naam"], None) for e in ta["effecten"])
            self.add(
                Vraag(
                    id=f"triple_aim.{d['id']}",
                    sectie=sectie,
                    type="keuze",
                    tekst=self.sjabloon("triple_aim_vraag", naam=d["naam"]),
                    hulp=ta["uitleg"],
                    bron=tuple(ta["bron"]),
                    als=als,
                    keuzes=keuzes,
                    standaard="onbekend",
                    kort={lang: f"Triple Aim: {d['naam'][lang]}" for lang in ("nl", "en")},
                ),
                path,
            )
        for v in (ev or {}).get("vragen", ()):
            self.add(
                Vraag(
                    id=f"triple_aim.{v['id']}",
                    sectie=sectie,
                    type="keuze",
                    tekst=v["vraag"],
                    hulp=ev["advies"],
                    bron=tuple(ev["bron"]),
                    als=als,
                    keuzes=self._ja_nee(),
                    standaard="onbekend",
                    kort=v["naam"],
                ),
                path,
            )

    def eerste_lijn(self, sectie: Sectie, als: Any, path: str) -> None:
        """Per first-line provider whether it takes part; for some groups the social domain."""
        el = self._vz("eerste_lijn", path)
        if not el:
            return
        for z in el["zorgverleners"]:
            vraag = vul_sjabloon(el["vraag"], naam=z["naam"])
            self.add(
                Vraag(
                    id=f"eerste_lijn.{z['id']}",
                    sectie=sectie,
                    type="keuze",
                    tekst=vraag,
                    hulp=el["uitleg"],
                    bron=tuple(el["bron"]),
                    als=als,
                    keuzes=self._ja_nee(),
                    standaard="onbekend",
                    kort=z["naam"],
                ),
                path,
            )
        sd = el.get("sociaal_domein")
        if sd:
            alleen = {"veld": "patientgroep.categorie", "in": list(sd["categorieen"])}
            self.add(
                Vraag(
                    id="eerste_lijn.sociaal_domein",
                    sectie=sectie,
                    type="keuze",
                    tekst=sd["vraag"],
                    hulp=_join(sd["uitleg"], sd["advies"]),
                    bron=tuple(sd["bron"]),
                    als=conditions.all_of(als, alleen),
                    keuzes=self._ja_nee(),
                    standaard="onbekend",
                    kort=sd["naam"],
                ),
                path,
            )

    def kernvoorwaarde(self, sectie: Sectie, als: Any, path: str) -> None:
        """Kaats & Opheij's core condition (a field of 'samenwerking'). It may be skipped (''), so
        that a proposal written before the field existed reads back as complete."""
        kv = self._vz("kernvoorwaarde", path)
        if not kv:
            return
        self.add(
            Vraag(
                id="samenwerking.kernvoorwaarde",
                sectie=sectie,
                type="keuze",
                tekst=kv["vraag"],
                hulp=_join(kv["tekst"], kv["advies"]),
                bron=tuple(kv["bron"]),
                als=als,
                keuzes=self.antwoord_keuzes()
                + (Keuze("", beide("keuze.overslaan"), beide("keuze.overslaan_uitleg")),),
                standaard="onbekend",
                kort=kv["naam"],
            ),
            path,
        )

    def randvoorwaarden(self, raw: Mapping[str, Any], als: Any, path: str) -> None:
        vormen = {v["id"]: v["naam"] for v in self.pack.samenwerkingsvormen}
        for g in self.pack.groepen:
            sectie = Sectie(
                f"{raw['id']}.{g['id']}",
                beide("sectie.randvoorwaarden", titel=raw["titel"], groep=g["naam"]),
                raw["intro"],
            )
            for r in self.pack.randvoorwaarden:
                if r["groep"] != g["id"]:
                    continue
                waarom = self.sjabloon("hulp_blokkerend" if r["blokkerend"] else "hulp_adviserend")
                extra = None
                if r.get("blokkerend_als"):
                    names = {
                        lang: ", ".join(
                            t(vormen[v], lang)
                            for _, f, vs in conditions.fields_in(r["blokkerend_als"])
                            if f == "samenwerkingsvorm"
                            for v in vs
                            if v in vormen
                        )
                        for lang in ("nl", "en")
                    }
                    if names["nl"]:
                        extra = self.sjabloon("hulp_blokkerend_als", vormen=names)
                # most useful first: why it counts and how to meet it, then the background
                hulp = _join(
                    waarom,
                    extra,
                    self.sjabloon("hulp_advies", advies=r["advies"]),
                    r["toelichting"],
                )
                self.add(
                    Vraag(
                        id=f"randvoorwaarden.{r['id']}",
                        sectie=sectie,
                        type="keuze",
                        tekst=r["vraag"],
                        hulp=hulp,
                        bron=tuple(r["bron"]),
                        als=als,
                        keuzes=self.antwoord_keuzes(),
                        kort=r["naam"],
                    ),
                    f"{path}.uit_pakket",
                )

    # -- conditions --------------------------------------------------------------------------
    def check_condition(self, cond: Any, path: str, own: str) -> None:
        if cond is None:
            return
        for sub, veld, values in conditions.fields_in(cond, path):
            if veld not in self.paths or veld == own:
                self.fail(
                    f"{sub}.veld",
                    f"'{veld}' is geen eerdere vraag in de vragenlijst",
                    f"'{veld}' is not an earlier question of the questionnaire",
                )
                continue
            allowed = self.velden[veld].waarden
            for v in values:
                if allowed and v not in allowed:
                    self.fail(
                        sub,
                        f"waarde '{v}' kan '{veld}' nooit hebben; kies uit: {', '.join(allowed)}",
                        f"value '{v}' is never a value of '{veld}'; choose from: {', '.join(allowed)}",
                    )

    # -- the whole file ----------------------------------------------------------------------
    def build(self) -> Vragenlijst:
        for i, s in enumerate(self.data["secties"]):
            spath = f"secties[{i}]"
            self.check_condition(s.get("als"), f"{spath}.als", "")
            als = s.get("als")
            if s.get("uit_pakket") == "randvoorwaarden":
                self.randvoorwaarden(s, als, spath)
                continue
            sectie = Sectie(s["id"], s["titel"], s["intro"])
            for j, v in enumerate(s["vragen"]):
                vpath = f"{spath}.vragen[{j}]"
                cond = conditions.all_of(als, v.get("als"))
                if "uit_pakket" in v:
                    self.check_condition(v.get("als"), f"{vpath}.als", "")
                    getattr(self, v["uit_pakket"])(sectie, cond, vpath)
                else:
                    self.explicit(v, sectie, als, vpath)
        asked = set(self.paths)
        for veld in list(self.pack.velden) + [p for p, v in self.velden.items() if not v.leeg_mag]:
            if veld not in asked and not veld.startswith(NIET_GEVRAAGD):
                self.fail(
                    "secties",
                    f"het regelpakket kent veld '{veld}', maar geen vraag vult het",
                    f"the rule pack has field '{veld}', but no question fills it",
                )
        if self.problems:
            # one line per problem, each naming the questionnaire file
            raise VragenlijstFout(list(dict.fromkeys(self.problems)), bestand=self.bestand)
        return Vragenlijst(
            bestand=self.bestand,
            versie=self.data["versie"],
            titel=self.data["titel"],
            intro=self.data["intro"],
            vragen=tuple(self.vragen),
            velden=self.velden,
            pack=self.pack,
        )
