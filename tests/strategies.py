"""Hypothesis strategies for proposals of the shipped pack."""

from __future__ import annotations

from hypothesis import strategies as st

from substitutiecheck.pack import ANTWOORDEN, UITSLUITING_ANTWOORDEN, standaard_regelpakket

PACK = standaard_regelpakket()


def _optional_dict(items: dict) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({}, optional=items)


def voorstellen() -> st.SearchStrategy[dict]:
    """Every schema-valid proposal shape: optional fields absent or present, any valid answer."""
    patientgroep = st.fixed_dictionaries(
        {"categorie": st.sampled_from([c["id"] for c in PACK.categorieen])},
        optional={**{u["id"]: st.sampled_from(UITSLUITING_ANTWOORDEN) for u in PACK.uitsluitingen},
                  "omschrijving": st.text(max_size=20)},
    )
    return st.fixed_dictionaries(
        {"patientgroep": patientgroep},
        optional={
            "titel": st.text(max_size=30),
            "regio": st.text(max_size=10),
            "samenwerkingsvorm": st.sampled_from([v["id"] for v in PACK.samenwerkingsvormen]),
            "financiering": st.sampled_from([f["id"] for f in PACK.financiering]),
            "randvoorwaarden": _optional_dict({r["id"]: st.sampled_from(ANTWOORDEN) for r in PACK.randvoorwaarden}),
            "samenwerking": _optional_dict({e["id"]: st.sampled_from(ANTWOORDEN) for e in PACK.elementen}),
        },
    )
