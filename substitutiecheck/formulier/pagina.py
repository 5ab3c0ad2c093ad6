"""One self-contained HTML page: the Questionnaire of :mod:`.vragen`, LHC-Forms (from ``vendor/``,
gzip + base64, unpacked by the browser) and the small script and stylesheet beside this module.

Nothing is loaded from elsewhere: a Content-Security-Policy allows only the page's own inline
code, ``blob:`` (the unpacked scripts) and ``data:`` (the stylesheet's images), and no
connections at all, so even a change in LHC-Forms cannot make the page reach the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..fhir import respondent as resp
from ..fhir.common import questionnaire_versie, vragenlijst_voor
from ..pack import Regelpakket

HIER = Path(__file__).resolve().parent
VENDOR = HIER / "vendor"
SCRIPTS = (  # element id -> file in vendor/, in the order they run
    ("sc-v-styles", "styles.css.gz"),
    ("sc-v-zone", "zone.min.js.gz"),
    ("sc-v-lhc", "lhc-forms.js.gz"),
    ("sc-v-fhir", "lformsFHIR.min.js.gz"),
)
CSP = (
    "default-src 'none'; script-src 'unsafe-inline' blob:; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)

TEKSTEN: Mapping[str, Mapping[str, str]] = {
    "kop": {"nl": "Substitutiecheck: uw antwoorden", "en": "Substitution check: your answers"},
    "uitleg": {
        "nl": "Beantwoord de vragen en druk op \u201cOpslaan\u201d: uw browser bewaart dan een "
        "bestand met uw antwoorden. Stuur dat bestand terug aan wie u dit formulier stuurde. Uw "
        "antwoorden blijven in deze browser bewaard tot u opslaat, ook als u de pagina sluit. Het "
        "formulier werkt zonder internet.",
        "en": "Answer the questions and press \u201cSave\u201d: your browser then saves a file with "
        "your answers. Send that file back to whoever sent you this form. Your answers are kept "
        "in this browser until you save, even if you close the page. The form works offline.",
    },
    "vast": {
        "nl": "Titel, regio, patiëntengroep, samenwerkingsvorm en financiering liggen vast in "
        "het voorstel en zijn niet te wijzigen.",
        "en": "Title, region, patient group, form of collaboration and financing are fixed by "
        "the proposal and cannot be changed.",
    },
    "stempel": {"nl": "Regelpakket", "en": "Rule pack"},
    "vragenlijst": {"nl": "vragenlijst", "en": "questionnaire"},
    "opslaan": {"nl": "Opslaan", "en": "Save"},
    "laden": {"nl": "Het formulier wordt geladen\u2026", "en": "Loading the form\u2026"},
    "noscript": {
        "nl": "Dit formulier heeft JavaScript nodig. Zet het aan, of open het bestand in een "
        "andere browser.",
        "en": "This form needs JavaScript. Turn it on, or open the file in another browser.",
    },
    "oude_browser": {
        "nl": "Deze browser is te oud voor dit formulier. Open het in een recente versie van "
        "Edge, Chrome, Firefox of Safari.",
        "en": "This browser is too old for this form. Open it in a recent version of Edge, "
        "Chrome, Firefox or Safari.",
    },
    "kapot": {
        "nl": "Het formulier kon niet worden geladen.",
        "en": "The form could not be loaded.",
    },
    "onvolledig": {
        "nl": "Nog niet opgeslagen: vul eerst in wat verplicht is:",
        "en": "Not saved yet: first fill in what is required:",
    },
    "hulp": {"nl": "Uitleg bij", "en": "Help for"},
    "verplicht": {"nl": "Verplicht", "en": "Required"},
    "uitleg_kop": {"nl": "Uitleg", "en": "Help"},
    "opgeslagen": {
        "nl": "Opgeslagen als {bestand} (in uw map Downloads). Stuur dat bestand terug.",
        "en": "Saved as {bestand} (in your Downloads folder). Send that file back.",
    },
    "hersteld": {
        "nl": "Uw eerdere, nog niet opgeslagen antwoorden zijn teruggezet.",
        "en": "Your earlier answers, not yet saved, have been restored.",
    },
    "niet_bewaard": {
        "nl": "Let op: deze browser bewaart uw antwoorden niet tussendoor; sla op voor u sluit.",
        "en": "Note: this browser does not keep your answers meanwhile; save before you close.",
    },
}


def _t(key: str, taal: str) -> str:
    return TEKSTEN[key][taal]


@cache
def _vendor(naam: str) -> str:
    return base64.b64encode((VENDOR / naam).read_bytes()).decode("ascii")


@cache
def lforms_versie() -> str:
    """The version of LHC-Forms in vendor/ (see tools/ververs_lforms.py)."""
    return str(json.loads((VENDOR / "VERSIE.json").read_text(encoding="utf-8"))["versie"])


def stempel(pack: Regelpakket, taal: str = "nl") -> str:
    """'Regelpakket: landelijk 1.0.0 (sha256:…) · vragenlijst 1.0.0'."""
    vl = vragenlijst_voor(pack)
    return (
        f"{_t('stempel', taal)}: {pack.naam} {pack.versie} ({pack.hash}) \u00b7 "
        f"{_t('vragenlijst', taal)} {vl.versie}"
    )


def _json_script(data: Any) -> str:
    # '<' as \u003c: no '</script>' or '<!--' can end or bend the element
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def pagina(
    pack: Regelpakket,
    doc: Mapping[str, Any],
    taal: str = "nl",
    basis: str | None = None,
    vast: bool = False,
) -> str:
    """The HTML page for the form Questionnaire ``doc`` of ``pack``.

    ``basis``: the start of the saved file's name (``<basis>-<rol>.json``; else from the title
    answered); ``vast``: whether a proposal fixed the first answers (said above the form)."""
    vl = vragenlijst_voor(pack)
    canonical = f"{doc['url']}|{questionnaire_versie(vl)}"
    q_json = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    config = {
        "taal": taal,
        "canonical": canonical,
        "questionnaire": doc,
        "sleutel": hashlib.sha256(q_json.encode("utf-8")).hexdigest()[:16],
        "basis": basis,
        "rol_vraag": resp.ROL,
        "teksten": {k: _t(k, taal) for k in TEKSTEN},
    }
    titel = doc.get("title", _t("kop", taal))
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{taal}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f'<meta name="substitutiecheck-pakket" content="{e(pack.naam)} {e(pack.versie)} '
        f'{e(pack.hash)}">',
        f'<meta name="generator" content="substitutiecheck, LHC-Forms {e(lforms_versie())}">',
        f"<title>{e(titel)}</title>",
        f"<style>{(HIER / 'formulier.css').read_text(encoding='utf-8')}</style>",
        "</head>",
        "<body>",
        '<header class="sc-kop">',
        f"<h1>{e(_t('kop', taal))}</h1>",
        f'<p class="sc-stempel" id="sc-stempel">{e(stempel(pack, taal))}</p>',
        f"<p>{e(_t('uitleg', taal))}</p>",
        f"<p>{e(_t('vast', taal))}</p>" if vast else "",
        f"<noscript><p><strong>{e(_t('noscript', taal))}</strong></p></noscript>",
        "</header>",
        '<main id="sc-formulier"></main>',
        '<div class="sc-acties">',
        f'<button type="button" id="sc-opslaan" disabled>{e(_t("opslaan", taal))}</button>',
        f'<p id="sc-melding" role="status" aria-live="polite">{e(_t("laden", taal))}</p>',
        "</div>",
        f'<script type="application/json" id="sc-config">{_json_script(config)}</script>',
    ]
    for element_id, naam in SCRIPTS:
        parts.append(
            f'<script type="application/octet-stream" id="{element_id}">{_vendor(naam)}</script>'
        )
    parts.append(f"<script>{(HIER / 'formulier.js').read_text(encoding='utf-8')}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(p for p in parts if p)
