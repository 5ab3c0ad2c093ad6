"""The questions generated from the rule pack: the exclusion flags, the Kaats & Opheij elements,
the randvoorwaarden (a section per group), and the optional parts about the proposal itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..pack import t, vul_sjabloon
from .builder_base import BuilderBase, _join, _lc
from .items import Keuze, Sectie, Vraag
from .texts import beide


class PackQuestions(BuilderBase):
    """One method per ``"uit_pakket"`` of the questionnaire file."""

    def uitsluitingen(self, sectie: Sectie, als: Any, path: str) -> None:
        tpl = self.data["sjablonen"]["uitsluiting_vraag"]
        for u in self.pack.uitsluitingen:
            naam_lc = _lc(u.naam)
            vraag = {
                lang: tpl[lang].format(naam=u.naam[lang], naam_lc=naam_lc[lang])
                for lang in ("nl", "en")
            }
            hulp = _join(u.tekst, self.sjabloon("hulp_uitsluiting", advies=u.onbekend_advies))
            self.add(
                Vraag(
                    id=f"patientgroep.{u.id}",
                    sectie=sectie,
                    type="keuze",
                    tekst=vraag,
                    hulp=hulp,
                    bron=tuple(u.bron),
                    als=als,
                    keuzes=self._ja_nee(),
                    kort=u.naam,
                ),
                path,
            )

    def samenwerking(self, sectie: Sectie, als: Any, path: str) -> None:
        tpl = self.data["sjablonen"]["samenwerking_vraag"]
        for e in self.pack.elementen:
            naam_lc = _lc(e.naam)
            vraag = {
                lang: tpl[lang].format(naam=e.naam[lang], naam_lc=naam_lc[lang])
                for lang in ("nl", "en")
            }
            lists = {
                k: {lang: ", ".join(woorden[lang]) for lang in ("nl", "en")}
                for k, woorden in (("succes", e.succes), ("faal", e.faal))
            }
            hulp = self.sjabloon("hulp_samenwerking", **lists)
            self.add(
                Vraag(
                    id=f"samenwerking.{e.id}",
                    sectie=sectie,
                    type="keuze",
                    tekst=vraag,
                    hulp=hulp,
                    bron=tuple(e.bron),
                    als=als,
                    keuzes=self.antwoord_keuzes("antwoorden_samenwerking"),
                    kort={lang: f"Kaats & Opheij: {e.naam[lang]}" for lang in ("nl", "en")},
                ),
                path,
            )

    def triple_aim(self, sectie: Sectie, als: Any, path: str) -> None:
        """The proposal's expected effect per Triple Aim pillar, then pilot and evaluation."""
        vz = self.pack.voorstel_zelf
        ta: Mapping[str, Any] = vz.get("triple_aim") or {}
        ev: Mapping[str, Any] = vz.get("evaluatie") or {}
        if not (ta or ev):
            self._vz("triple_aim", path)
            return
        if ta and "triple_aim_vraag" not in self.data["sjablonen"]:
            self.fail("sjablonen", "vragenlijst.sjabloon_triple_aim")
            return
        for d in ta.get("doelen", ()):
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
        for v in ev.get("vragen", ()):
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
        vormen = {v.id: v.naam for v in self.pack.samenwerkingsvormen}
        for g in self.pack.groepen:
            sectie = Sectie(
                f"{raw['id']}.{g.id}",
                beide("sectie.randvoorwaarden", titel=raw["titel"], groep=g.naam),
                raw["intro"],
            )
            for r in self.pack.randvoorwaarden:
                if r.groep != g.id:
                    continue
                waarom = self.sjabloon("hulp_blokkerend" if r.blokkerend else "hulp_adviserend")
                extra = None
                if r.blokkerend_als:
                    names = {
                        lang: ", ".join(
                            t(vormen[v], lang)
                            for _, f, vs in conditions.fields_in(r.blokkerend_als)
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
                    self.sjabloon("hulp_advies", advies=r.advies),
                    r.toelichting,
                )
                self.add(
                    Vraag(
                        id=f"randvoorwaarden.{r.id}",
                        sectie=sectie,
                        type="keuze",
                        tekst=r.vraag,
                        hulp=hulp,
                        bron=tuple(r.bron),
                        als=als,
                        keuzes=self.antwoord_keuzes(),
                        kort=r.naam,
                    ),
                    f"{path}.uit_pakket",
                )
