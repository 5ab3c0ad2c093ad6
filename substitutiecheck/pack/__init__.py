"""The rule pack: a folder of JSON files, loaded into an immutable :class:`Regelpakket`.

Every file is validated against ``schemas/regelpakket.schema.json`` on load, and cross-references
(sources, groups, fields named in conditions) are checked. The decision rules of DOMAIN §7 are
derived from the items, so that each finding carries a stable rule id, its texts and sources.

- :mod:`.model`: :class:`Regelpakket`, :class:`Regel` and the answers a field may take;
- :mod:`.items`: the pack's items, typed and deeply immutable (frozen dataclasses built once
  from the schema-checked file entries; :func:`.items.to_json` gives an entry back);
- :mod:`.rules`: deriving the rules from the items, the rule texts' templates;
- :mod:`.loading`: :func:`laad_regelpakket` (reading, the schema check, building, the cache);
- :mod:`.merge`: an extending pack merged onto its base, and where each item came from;
- :mod:`.checks`: the cross-checks of a schema-valid pack;
- :mod:`.analysis`: what a condition can do (unknown fields; never or always true: warnings);
- :mod:`.schema_messages`: the JSON Schema check with its messages in Dutch and English.

This module re-exports what other modules and library users import from
``substitutiecheck.pack`` (also the item types and ``to_json``); ``t`` and ``data_dir`` live in
:mod:`..i18n` and :mod:`..resources`.
"""

from __future__ import annotations

from ..i18n import Tekst, t
from ..resources import data_dir
from .analysis import check_condition, waarschuwingen
from .items import (
    Benoemd,
    Categorie,
    Element,
    ExtraRegel,
    Financieringsroute,
    Randvoorwaarde,
    Samenwerkingsvorm,
    Uitsluiting,
    to_json,
)
from .loading import build_pack, laad_regelpakket, read_pack, standaard_regelpakket
from .model import (
    ANTWOORDEN,
    MAX_FIELDS,
    OPTIONAL_FILES,
    PACK_FILES,
    UITSLUITING_ANTWOORDEN,
    Regel,
    Regelpakket,
)
from .rules import sjabloon_problemen, vul_sjabloon
from .schema_messages import schema_problemen

__all__ = [
    "ANTWOORDEN",
    "MAX_FIELDS",
    "OPTIONAL_FILES",
    "PACK_FILES",
    "UITSLUITING_ANTWOORDEN",
    "Benoemd",
    "Categorie",
    "Element",
    "ExtraRegel",
    "Financieringsroute",
    "Randvoorwaarde",
    "Regel",
    "Regelpakket",
    "Samenwerkingsvorm",
    "Tekst",
    "Uitsluiting",
    "build_pack",
    "check_condition",
    "data_dir",
    "laad_regelpakket",
    "read_pack",
    "schema_problemen",
    "sjabloon_problemen",
    "standaard_regelpakket",
    "t",
    "to_json",
    "vul_sjabloon",
    "waarschuwingen",
]
