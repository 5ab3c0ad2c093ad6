"""The proposal contract (``voorstel``), generated from a rule pack.

The field names and ids are the public contract of DOMAIN.md. Which categories, randvoorwaarden,
samenwerkingsvormen and financing routes exist comes from the pack, so a regional pack that adds a
condition gets a proposal contract (and JSON Schema) with that field, and nothing can drift.
Unknown keys are errors: a typo must never silently change an advice.

One description of the contract, :func:`contract` (fields, their allowed values, defaults), and
two things built from it:

* :func:`voorstel_model`: the pydantic model. It gives the JSON Schema (``substitutiecheck
  schema``) and a typed model for library users.
* :func:`lees_voorstel`: the validator every evaluation uses. Plain Python, because importing
  pydantic and building its models took more than the whole start-up budget of a one-file
  ``check`` (issue 6). A property test holds the two to each other: the same inputs accepted, the
  same values out, and a problem at every field path where pydantic reports an error.
"""

from __future__ import annotations

from .contract import TEKSTEN, contract
from .fields import MAX_OMSCHRIJVING, MAX_REGIO, MAX_TITEL, Veld
from .schema import voorstel_model, voorstel_schema
from .validate import lees_voorstel

__all__ = [
    "MAX_OMSCHRIJVING",
    "MAX_REGIO",
    "MAX_TITEL",
    "TEKSTEN",
    "Veld",
    "contract",
    "lees_voorstel",
    "voorstel_model",
    "voorstel_schema",
]
