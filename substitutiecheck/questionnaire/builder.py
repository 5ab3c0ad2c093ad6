"""Expand a questionnaire file against a rule pack: :class:`Builder` (see :mod:`.data`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..suggest import suggest
from .items import Keuze, Sectie, Vraag, Vragenlijst, VragenlijstFout
from .pack_questions import PackQuestions

NIET_GEVRAAGD = ("respondent.",)
"""Proposal fields no question fills: who answers is set with ``vragenlijst --rol`` (issue 17)."""


def _max_lengte(model: int | None, eigen: int | None) -> int | None:
    """A text question's limit: the proposal model's (one source; the questionnaire's own
    200/200/500 were stricter than the model's 500/200/2000, and a valid proposal could not be
    finished; an adversarial terminal test). A questionnaire file may make it stricter, never
    looser: a longer answer would not be a valid proposal."""
    if eigen is None or (model is not None and eigen > model):
        return model
    return eigen


class Builder(PackQuestions):
    """The questions written in the file, then the whole file."""

    def explicit(self, raw: Mapping[str, Any], sectie: Sectie, als: Any, path: str) -> None:
        qid = raw["id"]
        veld = self.velden.get(qid)
        if veld is None:
            self.fail(
                f"{path}.id", "vragenlijst.geen_veld", id=qid, bedoeld=suggest(qid, self.velden)
            )
            return
        if raw["type"] == "tekst":
            keuzes: tuple[Keuze, ...] = ()
            if veld.soort != "tekst":
                self.fail(f"{path}.type", "vragenlijst.type.keuze", id=qid)
        else:
            if "keuzes" in raw:
                keuzes = tuple(Keuze(k["waarde"], k["naam"], k["uitleg"]) for k in raw["keuzes"])
            elif "keuzes_uit_pakket" in raw:
                keuzes = self.keuzes_uit_pakket(raw["keuzes_uit_pakket"])
            else:
                self.fail(path, "vragenlijst.keuzes_nodig")
                return
            if veld.soort == "tekst":
                self.fail(f"{path}.type", "vragenlijst.type.tekst", id=qid)
            for i, k in enumerate(keuzes):
                if k.waarde not in veld.waarden and not (k.waarde == "" and veld.leeg_mag):
                    self.fail(
                        f"{path}.keuzes[{i}].waarde",
                        "vragenlijst.keuze.geen_waarde",
                        waarde=k.waarde,
                        id=qid,
                        keuzes=", ".join(veld.waarden),
                    )
        standaard = raw.get("standaard")
        if standaard is not None and keuzes and standaard not in {k.waarde for k in keuzes}:
            self.fail(f"{path}.standaard", "vragenlijst.standaard", waarde=standaard)
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
                max_lengte=_max_lengte(veld.max_lengte, raw.get("max_lengte")),
                standaard=standaard,
                keuzes=keuzes,
            ),
            path,
        )
        for key in ("als", "verplicht_als"):
            self.check_condition(raw.get(key), f"{path}.{key}", qid)

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
                self.fail("secties", "vragenlijst.veld_zonder_vraag", veld=veld)
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
