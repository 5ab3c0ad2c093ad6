"""``substitutiecheck export formulier``: one offline HTML form that a partner answers in any
browser, and whose saved file ``check`` reads like any proposal.

- :mod:`.vragen`: the FHIR Questionnaire of ``export fhir``, with the respondent's role and,
  from a proposal, its fixed answers read-only;
- :mod:`.pagina`: the page, with LHC-Forms (``vendor/``, see ``tools/ververs_lforms.py``) inlined.

The saved file is a FHIR R4 QuestionnaireResponse, as LHC-Forms builds it: ``check`` and
``combineer`` read it by linkId (:mod:`substitutiecheck.fhir.response`), and its
``questionnaire`` names the pack version it was answered against.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..errors import InvoerFout, probleem
from ..pack import Regelpakket
from .pagina import lforms_versie, pagina, stempel
from .vragen import VAST, formulier_questionnaire, vaste_antwoorden

__all__ = ["VAST", "bestandsbasis", "formulier", "lees_van", "lforms_versie", "stempel"]


def bestandsbasis(naam: str) -> str:
    """A file-name stem from a proposal's name: lower case, ASCII, words joined by '-'."""
    plain = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]


def formulier(
    pack: Regelpakket, taal: str = "nl", voorstel: Any = None, basis: str | None = None
) -> str:
    """The HTML form for ``pack`` in ``taal``; with ``voorstel`` (a proposal dict) its title,
    region, patient group, form and financing are fixed. ``basis`` names the saved files
    (``<basis>-<rol>.json``). Raises InvoerFout when ``voorstel`` is not a valid proposal."""
    vast = vaste_antwoorden(voorstel, pack) if voorstel is not None else {}
    doc = formulier_questionnaire(pack, taal, vast)
    stem = bestandsbasis(basis) if basis else None
    return pagina(pack, doc, taal, basis=stem or None, vast=bool(vast))


def lees_van(pad: str, pack: Regelpakket) -> Any:
    """The one proposal in the file ``pad`` (a proposal or a QuestionnaireResponse). Raises
    InvoerFout (with the file) when it is not valid input or holds more than one proposal."""
    from ..inputs import als_voorstel, iter_items

    voorstellen = []
    for item in iter_items([pad]):
        if item.fout is not None:
            raise item.fout
        try:
            voorstellen.append(als_voorstel(item.data, pack))
        except InvoerFout as e:
            raise e.met_bron(item.bron, item.regel) from None
    if len(voorstellen) != 1:
        raise InvoerFout(probleem("", "formulier.van_een", aantal=len(voorstellen))).met_bron(
            pad, None
        )
    return voorstellen[0]
