"""The state of building a questionnaire, and what every kind of question needs: its choices,
adding it (once), the templates of the file, and checking its conditions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import conditions
from ..errors import Probleem, melding, probleem_uit
from ..i18n import Tekst
from ..pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, Regelpakket, t
from .items import Keuze, Vraag, voorstel_velden
from .texts import beide


def _lc(text: Tekst) -> dict[str, str]:
    return {k: v[:1].lower() + v[1:] for k, v in text.items()}


def _join(*parts: Tekst | None) -> dict[str, str]:
    return {lang: "\n\n".join(p[lang] for p in parts if p) for lang in ("nl", "en")}


class BuilderBase:
    """What the parts of :class:`~.builder.Builder` share."""

    def __init__(self, pack: Regelpakket, data: Mapping[str, Any], bestand: str) -> None:
        self.pack = pack
        self.data = data
        self.bestand = bestand
        self.velden = voorstel_velden(pack)
        self.problems: list[Probleem] = []
        self.vragen: list[Vraag] = []
        self.paths: dict[str, str] = {}  # question id -> json path, for errors

    def fail(self, path: str, code: str, **params: object) -> None:
        """The problem ``code`` (texts_problems) at ``path`` of the questionnaire file."""
        self.problems.append(probleem_uit(path, melding(code, **params)))

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
                    c.id,
                    c.naam,
                    c.tekst if c.geschikt != "ja" else beide("keuze.geschikt"),
                )
                for c in p.categorieen
            )
        if soort == "financiering":
            return tuple(
                Keuze(f.id, f.naam, f.toelichting, tuple(f.past_bij or ())) for f in p.financiering
            )
        # samenwerkingsvormen: '' = no choice yet, then every form with its kind
        soorten = {s.id: s.naam for s in p.soorten}
        out = [Keuze("", beide("keuze.geen_vorm"), beide("keuze.geen_vorm_uitleg"))]
        cats = {c.id: c.naam for c in p.categorieen}
        for v in p.samenwerkingsvormen:
            uitleg = (
                dict(soorten[v.soort]) if v.soort in soorten else {"nl": v.soort, "en": v.soort}
            )
            if v.past_bij:
                names = {
                    lang: ", ".join(t(cats[c], lang) for c in v.past_bij if c in cats)
                    for lang in ("nl", "en")
                }
                uitleg = beide("keuze.vorm_uitleg", soort=uitleg, categorieen=names)
            out.append(Keuze(v.id, v.naam, uitleg, tuple(v.past_bij)))
        return tuple(out)

    # -- questions ---------------------------------------------------------------------------
    def add(self, q: Vraag, path: str) -> None:
        if q.id in self.paths:
            self.fail(f"{path}.id", "vragenlijst.vraag.dubbel", vraag=q.id, elders=self.paths[q.id])
            return
        self.paths[q.id] = path
        self.vragen.append(q)

    def sjabloon(self, key: str, **per_lang: Mapping[str, str]) -> dict[str, str]:
        """A template of the questionnaire file (``sjablonen``), filled in per language."""
        tpl = self.data["sjablonen"][key]
        return {
            lang: tpl[lang].format(**{k: v[lang] for k, v in per_lang.items()})
            for lang in ("nl", "en")
        }

    def _ja_nee(self) -> tuple[Keuze, ...]:
        a = self.data["antwoorden"]
        return tuple(Keuze(w, a[w]["naam"], None) for w in UITSLUITING_ANTWOORDEN)

    def _vz(self, key: str, path: str) -> Mapping[str, Any] | None:
        part = self.pack.voorstel_zelf.get(key)
        if not part:
            self.fail(f"{path}.uit_pakket", "vragenlijst.voorstel_zelf.ontbreekt", sleutel=key)
        return part

    # -- conditions --------------------------------------------------------------------------
    def check_condition(self, cond: Any, path: str, own: str) -> None:
        if cond is None:
            return
        for sub, veld, values in conditions.fields_in(cond, path):
            if veld not in self.paths or veld == own:
                self.fail(f"{sub}.veld", "vragenlijst.conditie.geen_eerdere_vraag", veld=veld)
                continue
            allowed = self.velden[veld].waarden
            for v in values:
                if allowed and v not in allowed:
                    self.fail(
                        sub,
                        "vragenlijst.conditie.waarde_nooit",
                        waarde=v,
                        veld=veld,
                        keuzes=", ".join(allowed),
                    )
