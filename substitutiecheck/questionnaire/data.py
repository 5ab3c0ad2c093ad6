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

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import probleem
from ..i18n import Tekst
from ..pack import Regelpakket, data_dir, schema_problemen
from ..schemacache import SchemaCache
from .builder import Builder
from .items import (
    Invulveld,
    Keuze,
    Sectie,
    Vraag,
    Vragenlijst,
    VragenlijstFout,
    voorstel_velden,
)

__all__ = [
    "SCHEMAS",
    "SCHEMA_DIR",
    "Keuze",
    "Sectie",
    "Tekst",
    "Invulveld",
    "Vraag",
    "Vragenlijst",
    "VragenlijstFout",
    "laad_vragenlijst",
    "lees_bestand",
    "standaard_bestand",
    "voorstel_velden",
]

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMAS = (SCHEMA_DIR / "vragenlijst.schema.json", SCHEMA_DIR / "regelpakket.schema.json")
"""The questionnaire schema and the pack schema it refers to (both in the schema cache's key)."""


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
            probleem("", "vragenlijst.bestand_ontbreekt"),
            bestand=bestand,
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise VragenlijstFout(
            probleem("", "vragenlijst.onleesbaar", reden=str(e)),
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
    return Builder(pack, data, str(p)).build()
