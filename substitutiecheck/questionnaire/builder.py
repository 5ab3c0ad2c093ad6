"""Expand a questionnaire file against a rule pack: :class:`Builder` (see :mod:`.data`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..errors import probleem
from ..suggest import suggest
from .items import Keuze, Sectie, Vraag, Vragenlijst, VragenlijstFout
from .pack_questions import PackQuestions

NIET_GEVRAAGD = ("respondent.",)
"""Proposal fields no question fills: who answers is set with ``vragenlijst --rol`` (issue 17)."""


class Builder(PackQuestions):
    """The questions written in the file, then the whole file."""

    def explicit(self, raw: Mapping[str, Any], sectie: Sectie, als: Any, path: str) -> None:
        qid = raw["id"]
        veld = self.velden.get(qid)
        if veld is None:
            self.problems.append(
                probleem(
                    f"{path}.id",
                    "vragenlijst.geen_veld",
                    id=qid,
                    bedoeld=suggest(qid, self.velden),
                )
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
