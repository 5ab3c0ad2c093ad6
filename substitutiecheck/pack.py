"""Load a rule pack (a folder of JSON files) into an immutable :class:`Regelpakket`.

A pack is data only: the Nivel categories and exclusion flags, the randvoorwaarden, the
samenwerkingsvormen and financing routes, the Kaats & Opheij elements and optional extra rules.
Every file is validated against ``schemas/regelpakket.schema.json`` on load, and cross-references
(sources, groups, fields named in conditions) are checked. The decision rules of DOMAIN §7 are
derived from the items here, so that each finding carries a stable rule id, its texts and sources.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import Probleem, RegelpakketFout, json_pad

PACK_FILES = (
    "pakket.json",
    "patientgroepen.json",
    "randvoorwaarden.json",
    "samenwerkingsvormen.json",
    "samenwerking.json",
    "regels.json",
    "toelichting.json",
    "partijen.json",
)
OPTIONAL_FILES = frozenset(
    {"samenwerking.json", "regels.json", "toelichting.json", "partijen.json"}
)

ANTWOORDEN = ("ja", "deels", "nee", "onbekend")
"""Answers to a randvoorwaarde or a Kaats & Opheij element, best first."""
UITSLUITING_ANTWOORDEN = ("ja", "nee", "onbekend")
MAX_FIELDS = 200  # durable_rules rejects facts with 253+ properties (ENGINE-NOTES.md)

Tekst = Mapping[str, str]


def data_dir(name: str) -> Path:
    """Where the shipped data folder ``name`` ('rules', 'questionnaires') lives.

    Installed from a wheel it is ``substitutiecheck/_data/<name>``; in a checkout (or an editable
    install) it is the top-level folder of the repository.
    """
    here = Path(__file__).resolve().parent
    installed = here / "_data" / name
    if installed.is_dir():
        return installed
    return here.parent / name


def t(tekst: Tekst | None, taal: str) -> str:
    """Pick the language from a {'nl': ..., 'en': ...} text (Dutch when the language is absent)."""
    if not tekst:
        return ""
    return tekst.get(taal) or tekst["nl"]


@dataclass(frozen=True)
class Regel:
    """One decision rule, derived from the pack's items or written in ``regels.json``.

    ``ernst`` is the effect of a finding of this rule on the advice; ``blokkerend`` says whether
    the condition it is about is of the blocking kind (a 'nee' there means no-go). When
    ``blokkerend_als`` is set the kind depends on the proposal (ict is blocking for digital forms),
    and ``ernst_blokkerend`` is the effect in that case.
    """

    id: str
    soort: str  # uitsluiting | categorie | randvoorwaarde | samenwerking | regel
    onderwerp: str  # id of the item the rule is about
    veld: str  # the proposal field (dotted path) the finding is about
    als: Mapping[str, Any]
    ernst: str
    ernst_blokkerend: str
    blokkerend: bool
    blokkerend_als: Mapping[str, Any] | None
    naam: Tekst
    tekst: Tekst
    advies: Tekst | None
    bron: tuple[str, ...]
    groep: str | None = None

    def variants(self) -> list[tuple[str, Mapping[str, Any], bool]]:
        """(key, condition, blocking kind) for each engine rule this rule compiles into."""
        if self.blokkerend_als is None:
            return [(self.id, self.als, self.blokkerend)]
        cond_b = self.blokkerend_als
        return [
            (self.id, {"alle": [self.als, {"niet": cond_b}]}, self.blokkerend),
            (self.id + "#blokkerend", {"alle": [self.als, cond_b]}, True),
        ]


@dataclass(frozen=True)
class Regelpakket:
    """A loaded, validated rule pack. Immutable; share it freely between threads."""

    map: Path | None
    naam: str
    versie: str
    titel: Tekst
    hash: str
    bronnen: Mapping[str, Mapping[str, str]]
    sjablonen: Mapping[str, Tekst]
    """Texts of the rules derived from the items (pakket.json 'sjablonen'), e.g. 'rv_nee'."""
    categorieen: tuple[Mapping[str, Any], ...]
    uitsluitingen: tuple[Mapping[str, Any], ...]
    groepen: tuple[Mapping[str, Any], ...]
    randvoorwaarden: tuple[Mapping[str, Any], ...]
    soorten: tuple[Mapping[str, Any], ...]
    samenwerkingsvormen: tuple[Mapping[str, Any], ...]
    financiering: tuple[Mapping[str, Any], ...]
    elementen: tuple[Mapping[str, Any], ...]
    extra_regels: tuple[Mapping[str, Any], ...]
    regio: str | None = None
    uitbreiding_van: tuple[str, ...] = ()
    vormen_info: Mapping[str, Any] = field(default_factory=dict)
    """What holds for every samenwerkingsvorm (samenwerkingsvormen.json 'algemeen'): the source
    of the form -> group links, and when the status cells held."""
    toelichting: Mapping[str, Any] | None = None
    """Notes around the verdict (toelichting.json): patient support, collaboration profile,
    general financing route. Optional; never changes the verdict."""
    partijen: Mapping[str, Any] | None = None
    """Several views of one proposal (partijen.json): respondent roles and the rule that combines
    the answers of several parties. Optional; :mod:`substitutiecheck.partijen` falls back to
    the national pack's."""

    # -- the proposal fields this pack defines -------------------------------------------------
    @cached_property
    def velden(self) -> dict[str, tuple[str, ...]]:
        """Every proposal field a rule may test, with its allowed values."""
        out: dict[str, tuple[str, ...]] = {
            "patientgroep.categorie": tuple(c["id"] for c in self.categorieen)
        }
        for u in self.uitsluitingen:
            out[f"patientgroep.{u['id']}"] = UITSLUITING_ANTWOORDEN
        out["samenwerkingsvorm"] = ("",) + tuple(v["id"] for v in self.samenwerkingsvormen)
        out["financiering"] = tuple(f["id"] for f in self.financiering)
        for r in self.randvoorwaarden:
            out[f"randvoorwaarden.{r['id']}"] = ANTWOORDEN
        for e in self.elementen:
            out[f"samenwerking.{e['id']}"] = ANTWOORDEN
        return out

    @cached_property
    def voorstel_zelf(self) -> Mapping[str, Any]:
        """The optional parts about the proposal itself (toelichting.json 'voorstel_zelf'):
        'triple_aim', 'evaluatie', 'eerste_lijn', 'kernvoorwaarde', each present or not. They add
        proposal fields that no rule may test (they are not in :attr:`velden`), so they never
        change the verdict."""
        return (self.toelichting or {}).get("voorstel_zelf", {})

    @cached_property
    def stempel(self) -> dict[str, Any]:
        return {
            "naam": self.naam,
            "versie": self.versie,
            "hash": self.hash,
            "uitbreiding_van": list(self.uitbreiding_van),
        }

    def randvoorwaarde(self, rid: str) -> Mapping[str, Any]:
        return self._by_id("randvoorwaarden")[rid]

    def bron(self, bid: str) -> Mapping[str, Any]:
        return self.bronnen[bid]

    def bron_tekst(self, bid: str, veld: str, taal: str = "nl") -> str:
        """A source's ``kort`` or ``titel`` in ``taal`` (a plain string reads the same in every
        language: a title is never translated, a description or short name may be)."""
        value = self.bronnen[bid].get(veld)
        if value is None or isinstance(value, str):
            return value or ""
        return t(value, taal)

    def is_productkeuze(self, bid: str) -> bool:
        """The source is the product's own choice, not a source (``soort: productkeuze``)."""
        return self.bronnen[bid]["soort"] == "productkeuze"

    def _by_id(self, name: str) -> dict[str, Mapping[str, Any]]:
        cache = self.__dict__.setdefault("_index", {})
        if name not in cache:
            cache[name] = {x["id"]: x for x in getattr(self, name)}
        return cache[name]

    def categorie(self, cid: str) -> Mapping[str, Any]:
        return self._by_id("categorieen")[cid]

    def samenwerkingsvorm(self, vid: str) -> Mapping[str, Any]:
        return self._by_id("samenwerkingsvormen")[vid]

    def financieringsroute(self, fid: str) -> Mapping[str, Any]:
        return self._by_id("financiering")[fid]

    # -- rules ----------------------------------------------------------------------------------
    @cached_property
    def regels(self) -> tuple[Regel, ...]:
        """All decision rules of this pack, in a stable order (the order of the pack's items)."""
        return tuple(_derive_rules(self))

    @cached_property
    def regels_by_id(self) -> dict[str, Regel]:
        return {r.id: r for r in self.regels}


# ---------------------------------------------------------------------------------------------
# Deriving rules (DOMAIN §7) from the items
# ---------------------------------------------------------------------------------------------

SJABLOON_VELDEN = {
    "rv_nee": ("naam",),
    "rv_onvolledig": ("naam",),
    "uitsluiting_onbekend": ("naam_lc",),
    "samenwerking_zwak": ("naam", "faal"),
}
"""The placeholders each template (pakket.json 'sjablonen') may use: ``{naam}`` and nothing more,
no attribute, index or format spec ('{naam.__class__}', '{naam[9]}', '{naam:>999999999}')."""


def _sjabloon_delen(text: str) -> list[tuple[str, str | None]] | str:
    """A template as (literal, placeholder or None) pieces, or the offending placeholder ('{'
    for a lone brace)."""
    import string

    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # a lone '{' or '}'
        return "{"
    pieces = []
    for literal, naam, spec, conversion in parsed:
        if naam is not None and (spec or conversion or not naam.isidentifier()):
            return (
                "{"
                + naam
                + ("!" + conversion if conversion else "")
                + (":" + spec if spec else "")
                + "}"
            )
        pieces.append((literal, naam))
    return pieces


def sjabloon_problemen(sjablonen: Mapping[str, Tekst]) -> Iterator[Probleem]:
    """Templates that use anything but their documented placeholders (checked when loading)."""
    for key, allowed in SJABLOON_VELDEN.items():
        yield from _sjabloon_check(f"sjablonen.{key}", sjablonen.get(key, {}), allowed)


def _sjabloon_check(
    path: str, template: Mapping[str, str], allowed: tuple[str, ...]
) -> Iterator[Probleem]:
    """One template ({'nl', 'en'}) that uses anything but ``allowed`` placeholders."""
    for lang, text in template.items():
        pieces = _sjabloon_delen(text)
        bad = (
            pieces
            if isinstance(pieces, str)
            else next((f"{{{f}}}" for _, f in pieces if f is not None and f not in allowed), None)
        )
        if bad is not None:
            toegestaan = ", ".join("{" + a + "}" for a in allowed)
            nl, en = (
                ("losse accolade", "lone brace")
                if bad == "{"
                else (f"ongeldige plaatshouder {bad}", f"invalid placeholder {bad}")
            )
            yield Probleem(
                f"{path}.{lang}",
                f"{nl}; toegestaan: {toegestaan} (dubbele {{{{ }}}} voor een accolade)",
                f"{en}; allowed: {toegestaan} (double {{{{ }}}} for a brace)",
            )


def vul_sjabloon(template: Tekst, **per_lang: Mapping[str, str]) -> dict[str, str]:
    """Fill a template's placeholders (only plain names; anything else stays as written: the
    load-time check has already reported it)."""
    out = {}
    for lang in ("nl", "en"):
        pieces = _sjabloon_delen(template[lang])
        if isinstance(pieces, str):
            out[lang] = template[lang]
            continue
        values = {k: v[lang] for k, v in per_lang.items()}
        out[lang] = "".join(
            literal + (values.get(field, "{" + field + "}") if field is not None else "")
            for literal, field in pieces
        )
    return out


def _lc(tekst: Tekst) -> dict[str, str]:
    return {k: v[:1].lower() + v[1:] for k, v in tekst.items()}


def _derive_rules(p: Regelpakket) -> Iterator[Regel]:
    for u in p.uitsluitingen:
        veld = f"patientgroep.{u['id']}"
        yield Regel(
            id=f"uitsluiting.{u['id']}",
            soort="uitsluiting",
            onderwerp=u["id"],
            veld=veld,
            als={"veld": veld, "is": "ja"},
            ernst="blokkerend",
            ernst_blokkerend="blokkerend",
            blokkerend=True,
            blokkerend_als=None,
            naam=u["naam"],
            tekst=u["tekst"],
            advies=u["advies"],
            bron=tuple(u["bron"]),
        )
        yield Regel(
            id=f"uitsluiting.{u['id']}.onbekend",
            soort="uitsluiting",
            onderwerp=u["id"],
            veld=veld,
            als={"veld": veld, "is": "onbekend"},
            ernst="voorwaarde",
            ernst_blokkerend="voorwaarde",
            blokkerend=True,
            blokkerend_als=None,
            naam=u["naam"],
            tekst=vul_sjabloon(p.sjablonen["uitsluiting_onbekend"], naam_lc=_lc(u["naam"])),
            advies=u["onbekend_advies"],
            bron=tuple(u["bron"]),
        )
    for c in p.categorieen:
        if c["geschikt"] == "ja":
            continue
        ernst = "blokkerend" if c["geschikt"] == "nee" else "voorwaarde"
        yield Regel(
            id=f"categorie.{c['id']}",
            soort="categorie",
            onderwerp=c["id"],
            veld="patientgroep.categorie",
            als={"veld": "patientgroep.categorie", "is": c["id"]},
            ernst=ernst,
            ernst_blokkerend=ernst,
            blokkerend=ernst == "blokkerend",
            blokkerend_als=None,
            naam=c["naam"],
            tekst=c["tekst"],
            advies=c["advies"],
            bron=tuple(c["bron"]),
        )
    for r in p.randvoorwaarden:
        veld = f"randvoorwaarden.{r['id']}"
        common = dict(
            soort="randvoorwaarde",
            onderwerp=r["id"],
            veld=veld,
            blokkerend=r["blokkerend"],
            blokkerend_als=r.get("blokkerend_als"),
            naam=r["naam"],
            advies=r["advies"],
            bron=tuple(r["bron"]),
            groep=r["groep"],
        )
        yield Regel(
            id=f"randvoorwaarde.{r['id']}.nee",
            als={"veld": veld, "is": "nee"},
            ernst="blokkerend" if r["blokkerend"] else "voorwaarde",
            ernst_blokkerend="blokkerend",
            tekst=vul_sjabloon(p.sjablonen["rv_nee"], naam=r["naam"]),
            **common,
        )
        yield Regel(
            id=f"randvoorwaarde.{r['id']}.onvolledig",
            als={"veld": veld, "in": ["deels", "onbekend"]},
            ernst="voorwaarde",
            ernst_blokkerend="voorwaarde",
            tekst=vul_sjabloon(p.sjablonen["rv_onvolledig"], naam=r["naam"]),
            **common,
        )
    for e in p.elementen:
        veld = f"samenwerking.{e['id']}"
        faal = {lang: ", ".join(e["faal"][lang]) for lang in ("nl", "en")}
        yield Regel(
            id=f"samenwerking.{e['id']}.zwak",
            soort="samenwerking",
            onderwerp=e["id"],
            veld=veld,
            als={"veld": veld, "is": "nee"},
            ernst="notitie",
            ernst_blokkerend="notitie",
            blokkerend=False,
            blokkerend_als=None,
            naam=e["naam"],
            tekst=vul_sjabloon(p.sjablonen["samenwerking_zwak"], naam=e["naam"], faal=faal),
            advies=None,
            bron=tuple(e["bron"]),
        )
    for x in p.extra_regels:
        yield Regel(
            id=x["id"],
            soort="regel",
            onderwerp=x["id"],
            veld=x["veld"],
            als=x["als"],
            ernst=x["ernst"],
            ernst_blokkerend=x["ernst"],
            blokkerend=x["ernst"] == "blokkerend",
            blokkerend_als=None,
            naam=x["naam"],
            tekst=x["tekst"],
            advies=x.get("advies"),
            bron=tuple(x["bron"]),
        )


# ---------------------------------------------------------------------------------------------
# Loading and validation
# ---------------------------------------------------------------------------------------------

_SCHEMA_LOCK = threading.Lock()
_VALIDATORS: dict[str, Any] = {}


def _validator(file_name: str):
    with _SCHEMA_LOCK:
        if file_name not in _VALIDATORS:
            from jsonschema import Draft202012Validator

            path = Path(__file__).resolve().parent / "schemas" / "regelpakket.schema.json"
            schema = json.loads(path.read_text(encoding="utf-8"))
            sub = {"$ref": f"#/$defs/{file_name}", "$defs": schema["$defs"]}
            _VALIDATORS[file_name] = Draft202012Validator(sub)
        return _VALIDATORS[file_name]


def _schema_problems(file_name: str, data: Any) -> list[Probleem]:
    return schema_problemen(_validator(file_name), data)


def schema_problemen(validator: Any, data: Any) -> list[Probleem]:
    """Every JSON Schema error of ``data`` as a Dutch/English problem with its JSON path."""
    problems = []
    for err in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        # for oneOf (conditions) the best sub-error says more than "is not valid under any"
        if err.validator == "oneOf" and err.context:
            err = _beste_fout(err)
        path = json_pad(err.absolute_path) or "(hoofdniveau)"
        problems.append(Probleem(path, *_schema_message(err)))
    return problems


def _beste_fout(err):
    """The sub-error of a oneOf that says what is wrong: follow the branch whose required keys
    the object has ('niet' in {"niet": ...}) down through nested conditions; where no branch
    fits, jsonschema's best match."""
    from jsonschema.exceptions import best_match

    while err.validator == "oneOf" and err.context:
        inst, branches = err.instance, err.validator_value

        def fits(sub) -> bool:
            branch = branches[sub.relative_schema_path[0]]
            required = branch.get("required", []) if isinstance(branch, dict) else []
            return isinstance(inst, dict) and bool(required) and all(k in inst for k in required)

        fitting = [sub for sub in err.context if fits(sub)]
        if not fitting:
            return best_match(err.context) or err
        err = max(fitting, key=lambda sub: len(sub.absolute_path))
    return err


_JSON_TYPES = {
    "string": ("tekst", "text"),
    "object": ("object", "object"),
    "array": ("lijst", "list"),
    "boolean": ("true/false", "true/false"),
    "integer": ("geheel getal", "integer"),
    "number": ("getal", "number"),
}


def _schema_message(err) -> tuple[str, str]:
    """A jsonschema error in Dutch and English, for the validators our schema uses."""
    kind, value, inst = err.validator, err.validator_value, err.instance
    if (
        isinstance(err.schema, dict)
        and err.schema.get("$comment") == "blad"
        and isinstance(inst, dict)
        and inst.keys() & {"alle", "een_van", "niet"}
    ):  # the deepest level allows only leaves
        return (
            f"conditie te diep genest: hoogstens {MAX_CONDITIE_DIEPTE} niveaus alle/een_van/niet in elkaar",
            f"condition nested too deeply: at most {MAX_CONDITIE_DIEPTE} levels of alle/een_van/niet",
        )
    if kind == "maxItems":
        return f"te veel onderdelen: hoogstens {value}", f"too many parts: at most {value}"
    if kind == "maxLength":
        return f"te lang: hoogstens {value} tekens", f"too long: at most {value} characters"
    if kind == "required":
        missing = [k for k in value if isinstance(inst, dict) and k not in inst]
        name = missing[0] if missing else "?"
        return f"verplicht veld '{name}' ontbreekt", f"required field '{name}' is missing"
    if kind == "additionalProperties" and isinstance(inst, dict):
        allowed = set(err.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in allowed)
        import difflib

        close = difflib.get_close_matches(extra[0], sorted(allowed), n=1) if extra else []
        hint_nl = f"; bedoelde u '{close[0]}'?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        return (
            f"onbekend veld '{', '.join(extra)}'{hint_nl}",
            f"unknown field '{', '.join(extra)}'{hint_en}",
        )
    if kind == "enum":
        choices = ", ".join(str(v) for v in value)
        return (
            f"ongeldige waarde {inst!r}; kies uit: {choices}",
            f"invalid value {inst!r}; choose from: {choices}",
        )
    if kind == "type":
        nl, en = (
            _JSON_TYPES.get(value, (value, value))
            if isinstance(value, str)
            else (str(value), str(value))
        )
        return f"verwacht {nl}", f"expected {en}"
    if kind == "pattern":
        return (
            f"{inst!r} heeft niet de juiste vorm (kleine letters, cijfers en _)",
            f"{inst!r} does not have the right form (lower case, digits and _)",
        )
    if kind in ("minLength", "minItems"):
        return "mag niet leeg zijn", "must not be empty"
    if kind == "uniqueItems":
        return "bevat een waarde twee keer", "contains a value twice"
    return (
        f"voldoet niet aan het schema: {err.message}",
        f"does not match the schema: {err.message}",
    )


MAX_CONDITIE_DIEPTE = 8
"""Levels of alle/een_van/niet inside each other (the schema's conditie ... conditie_9)."""

BASE_PACKS = {"landelijk": "rules"}
"""Names ``uitbreiding_van`` may use for a shipped pack (else it is a folder, relative to the pack)."""
MAX_DEPTH = 5


class _Origin:
    """Where each item of a merged (extended) pack came from, to name the right file in errors."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}  # file name -> path of the file that defined it last
        self.items: dict[
            tuple[str, str, int], tuple[str, int]
        ] = {}  # (file, section, index) -> (path, index)

    def locate(self, file_name: str, path: str) -> tuple[str, str]:
        import re

        m = re.match(r"^([a-z_]+)\[(\d+)\](.*)$", path)
        if m:
            key = (file_name, m.group(1), int(m.group(2)))
            if key in self.items:
                where, index = self.items[key]
                return where, f"{m.group(1)}[{index}]{m.group(3)}"
        return self.files.get(file_name, file_name), path


def _read_json(path: Path, problems: list[Probleem]) -> Any:
    """A pack file, read as strictly as a proposal (inputs.parse_json): duplicate keys, lone
    surrogates and deep nesting are problems naming the file."""
    from .errors import InvoerFout
    from .inputs import _decode, parse_json

    try:  # the same decoding as a proposal: BOM, binary content, empty file, where a non-UTF-8 byte is
        data = parse_json(_decode(path.read_bytes()))
        if data is None:  # JSON 'null' would read as "no file" and surface later as a KeyError
            problems.append(
                Probleem(
                    "",
                    "verwacht een object {...}, kreeg null",
                    "expected an object {...}, got null",
                    bestand=str(path),
                )
            )
        return data
    except InvoerFout as e:
        problems.extend(Probleem(p.pad, p.nl, p.en, bestand=str(path)) for p in e.problemen)
    except OSError as e:
        problems.append(
            Probleem(
                "",
                f"kan bestand niet lezen: {e.strerror}",
                f"cannot read file: {e.strerror}",
                bestand=str(path),
            )
        )
    return None


def _overlay_problems(path: Path, data: Any) -> list[Probleem]:
    """An extending pack's file: an object whose lists hold objects with an 'id'."""
    if not isinstance(data, dict):
        return [
            Probleem("", "verwacht een object {...}", "expected an object {...}", bestand=str(path))
        ]
    out = []
    for section, items in data.items():
        if section == "$schema" or not isinstance(items, list):
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                out.append(
                    Probleem(
                        f"{section}[{i}]",
                        "elk item heeft een tekst-'id' nodig",
                        "every item needs a text 'id'",
                        bestand=str(path),
                    )
                )
            elif item["id"] in seen:
                out.append(
                    Probleem(
                        f"{section}[{i}].id",
                        f"dubbel id '{item['id']}'",
                        f"duplicate id '{item['id']}'",
                        bestand=str(path),
                    )
                )
            else:
                seen.add(item["id"])
    return out


def _merge_file(
    base: dict[str, Any],
    overlay: dict[str, Any],
    file_name: str,
    path: str,
    origin: _Origin,
    problems: list[Probleem],
) -> dict[str, Any]:
    merged = {
        k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for k, v in base.items()
    }
    for section, value in overlay.items():
        if section == "$schema":
            continue
        current = merged.get(section)
        if isinstance(value, list) and isinstance(current, list):
            index = {item.get("id"): i for i, item in enumerate(current) if isinstance(item, dict)}
            for j, item in enumerate(value):
                if item["id"] in index:
                    i = index[item["id"]]
                    merged_item = dict(current[i])
                    merged_item.update(item)
                    current[i] = merged_item
                else:
                    i = len(current)
                    current.append(item)
                    index[item["id"]] = i
                origin.items[(file_name, section, i)] = (path, j)
        elif isinstance(value, dict) and isinstance(current, dict):
            current.update(value)
        else:
            merged[section] = value
    return merged


def _resolve_base(folder: Path, name: str) -> Path:
    if name in BASE_PACKS:
        return data_dir(BASE_PACKS[name])
    return (folder / name).resolve()


def read_pack(folder: Path, _depth: int = 0) -> tuple[dict[str, Any], _Origin, list[str]]:
    """Read, merge (for an extending pack) and schema-validate a pack folder.

    Returns the files' contents, where each item came from, and the chain of pack names.
    Raises RegelpakketFout naming every problem found (file and field path).
    """
    if not folder.is_dir():
        raise RegelpakketFout(
            Probleem("", "regelpakket-map bestaat niet", "rule pack folder does not exist"),
            bestand=str(folder),
        )
    if _depth > MAX_DEPTH:
        raise RegelpakketFout(
            Probleem(
                "uitbreiding_van",
                f"meer dan {MAX_DEPTH} pakketten op elkaar (een kring?)",
                f"more than {MAX_DEPTH} packs extending each other (a cycle?)",
            ),
            bestand=str(folder / "pakket.json"),
        )
    problems: list[Probleem] = []
    meta_path = folder / "pakket.json"
    if not meta_path.is_file():
        raise RegelpakketFout(
            Probleem("", "bestand ontbreekt in het regelpakket", "file missing from the rule pack"),
            bestand=str(meta_path),
        )
    meta = _read_json(meta_path, problems)
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder))
    base_name = meta.get("uitbreiding_van") if isinstance(meta, dict) else None
    if isinstance(base_name, str) and (len(base_name) > 200 or any(c < " " for c in base_name)):
        # checked before it is used as a path (the schema says the same, but runs later)
        raise RegelpakketFout(
            Probleem(
                "uitbreiding_van",
                "geen geldige pakketnaam of map (hoogstens 200 tekens, geen stuurtekens)",
                "not a valid pack name or folder (at most 200 characters, no control characters)",
            ),
            bestand=str(meta_path),
        )
    origin = _Origin()
    if not isinstance(base_name, str):
        raw: dict[str, Any] = {}
        for name in PACK_FILES:
            path = folder / name
            if not path.is_file():
                if name not in OPTIONAL_FILES:
                    problems.append(
                        Probleem(
                            "",
                            "bestand ontbreekt in het regelpakket",
                            "file missing from the rule pack",
                            bestand=str(path),
                        )
                    )
                continue
            data = meta if name == "pakket.json" else _read_json(path, problems)
            if data is not None:
                raw[name] = data
                origin.files[name] = str(path)
        chain = [meta.get("naam", "?") if isinstance(meta, dict) else "?"]
    else:
        base_folder = _resolve_base(folder, base_name)
        try:
            raw, origin, chain = read_pack(base_folder, _depth + 1)
        except RegelpakketFout as e:
            if not base_folder.is_dir():
                raise RegelpakketFout(
                    Probleem(
                        "uitbreiding_van",
                        f"basispakket '{base_name}' niet gevonden ({base_folder})",
                        f"base pack '{base_name}' not found ({base_folder})",
                    ),
                    bestand=str(meta_path),
                ) from None
            raise e
        for name in PACK_FILES:
            path = folder / name
            if not path.is_file():
                continue
            data = meta if name == "pakket.json" else _read_json(path, problems)
            if data is None:
                continue
            if name == "pakket.json":
                merged = dict(raw["pakket.json"])
                merged.pop("regio", None)
                for key, value in data.items():
                    if key == "bronnen" and isinstance(value, dict):
                        merged["bronnen"] = {**merged.get("bronnen", {}), **value}
                    elif key != "$schema":
                        merged[key] = value
                raw[name] = merged
                origin.files[name] = str(path)
                continue
            found = _overlay_problems(path, data)
            if found:
                problems.extend(found)
                continue
            raw[name] = _merge_file(raw.get(name, {}), data, name, str(path), origin, problems)
            origin.files.setdefault(name, str(path))
        chain = chain + [meta.get("naam", "?")]
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder))
    from .schemacache import SchemaCache

    known = SchemaCache(raw)  # this exact content passed the schema before: skip jsonschema
    for name, data in [] if known.geldig else raw.items():
        for prob in _schema_problems(name, data):
            where, path = origin.locate(name, prob.pad)
            problems.append(Probleem(path, prob.nl, prob.en, bestand=where))
    if problems:
        fout = RegelpakketFout(
            _explain_unknown_overrides(problems, raw, origin), bestand=str(folder)
        )
        fout.hint = "pakket.eerst_schema"  # the cross-checks need schema-valid data
        raise fout
    known.onthoud()
    return raw, origin, chain


def _explain_unknown_overrides(problems: list[Probleem], raw, origin: _Origin) -> list[Probleem]:
    """A partial item with a new id is almost always an override of a misspelt id: say so."""
    import difflib
    import re

    out = []
    for prob in problems:
        m = re.match(r"^([a-z_]+)\[(\d+)\]$", prob.pad)
        if m and prob.en.startswith("required field") and prob.bestand:
            file_name = Path(prob.bestand).name
            overlay_items = [
                k
                for k, v in origin.items.items()
                if v == (prob.bestand, int(m.group(2))) and k[1] == m.group(1)
            ]
            if file_name and overlay_items:
                _, section, merged_index = overlay_items[0]
                items = raw[file_name][section]
                item_id = items[merged_index].get("id")
                others = [x.get("id") for x in items if x.get("id") != item_id]
                close = difflib.get_close_matches(item_id, others, n=1, cutoff=0.8)
                if not close:  # a new item that misses fields: the schema's own words say it
                    out.append(prob)
                    continue
                hint_nl = f"; bedoelde u '{close[0]}'?"
                hint_en = f"; did you mean '{close[0]}'?"
                if any(o.pad == f"{prob.pad}.id" and o.bestand == prob.bestand for o in out):
                    continue
                out.append(
                    Probleem(
                        f"{prob.pad}.id",
                        f"wijzigt '{item_id}', maar dat id bestaat niet in het basispakket{hint_nl} (een nieuw item heeft alle verplichte velden nodig)",
                        f"changes '{item_id}', but that id does not exist in the base pack{hint_en} (a new item needs every required field)",
                        bestand=prob.bestand,
                    )
                )
                continue
        out.append(prob)
    return out


def _content_hash(raw: Mapping[str, Any]) -> str:
    h = hashlib.sha256()
    for name in sorted(raw):
        h.update(name.encode())
        h.update(
            json.dumps(
                raw[name], sort_keys=True, ensure_ascii=False, separators=(",", ":")
            ).encode()
        )
    return "sha256:" + h.hexdigest()[:16]


def build_pack(
    raw: Mapping[str, Any],
    folder: Path | None,
    origin: _Origin | None = None,
    chain: list[str] | None = None,
) -> Regelpakket:
    """Build and cross-check a pack from schema-valid file contents."""
    meta = raw["pakket.json"]
    pg = raw["patientgroepen.json"]
    rv = raw["randvoorwaarden.json"]
    sv = raw["samenwerkingsvormen.json"]
    pack = Regelpakket(
        map=folder,
        naam=meta["naam"],
        versie=meta["versie"],
        titel=meta["titel"],
        regio=meta.get("regio"),
        uitbreiding_van=tuple((chain or [])[:-1]),
        hash=_content_hash(raw),
        bronnen=meta["bronnen"],
        sjablonen=meta["sjablonen"],
        categorieen=tuple(pg["categorieen"]),
        uitsluitingen=tuple(pg["uitsluitingen"]),
        groepen=tuple(rv["groepen"]),
        randvoorwaarden=tuple(rv["randvoorwaarden"]),
        soorten=tuple(sv["soorten"]),
        samenwerkingsvormen=tuple(sv["samenwerkingsvormen"]),
        financiering=tuple(sv["financiering"]),
        vormen_info=sv.get("algemeen", {}),
        elementen=tuple(raw.get("samenwerking.json", {}).get("elementen", ())),
        extra_regels=tuple(raw.get("regels.json", {}).get("regels", ())),
        toelichting=raw.get("toelichting.json"),
        partijen=raw.get("partijen.json"),
    )
    problems = []
    for file_name, prob in _cross_check(pack):
        if origin is not None:
            where, path = origin.locate(file_name, prob.pad)
        else:
            where, path = (str(folder / file_name) if folder else file_name), prob.pad
        problems.append(Probleem(path, prob.nl, prob.en, bestand=where))
    if problems:
        raise RegelpakketFout(problems, bestand=str(folder) if folder else None)
    return pack


def _cross_check(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    def dup(file_name: str, section: str, items) -> Iterator[tuple[str, Probleem]]:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item["id"] in seen:
                yield (
                    file_name,
                    Probleem(
                        f"{section}[{i}].id",
                        f"dubbel id '{item['id']}'",
                        f"duplicate id '{item['id']}'",
                    ),
                )
            seen.add(item["id"])

    def sources(file_name: str, section: str, items) -> Iterator[tuple[str, Probleem]]:
        for i, item in enumerate(items):
            for j, b in enumerate(item.get("bron", ())):
                if b not in p.bronnen:
                    yield (
                        file_name,
                        Probleem(
                            f"{section}[{i}].bron[{j}]",
                            f"onbekende bron '{b}' (niet in pakket.json 'bronnen')",
                            f"unknown source '{b}' (not in pakket.json 'bronnen')",
                        ),
                    )

    yield from dup("patientgroepen.json", "categorieen", p.categorieen)
    yield from dup("patientgroepen.json", "uitsluitingen", p.uitsluitingen)
    yield from dup("randvoorwaarden.json", "groepen", p.groepen)
    yield from dup("randvoorwaarden.json", "randvoorwaarden", p.randvoorwaarden)
    yield from dup("samenwerkingsvormen.json", "samenwerkingsvormen", p.samenwerkingsvormen)
    yield from dup("samenwerkingsvormen.json", "financiering", p.financiering)
    yield from dup("samenwerking.json", "elementen", p.elementen)
    yield from dup("regels.json", "regels", p.extra_regels)
    yield from sources("patientgroepen.json", "categorieen", p.categorieen)
    yield from sources("patientgroepen.json", "uitsluitingen", p.uitsluitingen)
    yield from sources("randvoorwaarden.json", "randvoorwaarden", p.randvoorwaarden)
    yield from sources("samenwerkingsvormen.json", "samenwerkingsvormen", p.samenwerkingsvormen)
    yield from sources("samenwerking.json", "elementen", p.elementen)
    yield from sources("regels.json", "regels", p.extra_regels)
    from .partijen import partijen_problemen  # partijen imports this module

    yield from partijen_problemen(p)

    yield from _check_toelichting(p)
    for prob in sjabloon_problemen(p.sjablonen):
        yield "pakket.json", prob

    reserved = {"categorie", "omschrijving"}
    for i, u in enumerate(p.uitsluitingen):
        if u["id"] in reserved:
            yield (
                "patientgroepen.json",
                Probleem(
                    f"uitsluitingen[{i}].id",
                    f"id '{u['id']}' is al een veld van patientgroep",
                    f"id '{u['id']}' is already a field of patientgroep",
                ),
            )
    groups = {g["id"] for g in p.groepen}
    for i, r in enumerate(p.randvoorwaarden):
        if r["groep"] not in groups:
            yield (
                "randvoorwaarden.json",
                Probleem(
                    f"randvoorwaarden[{i}].groep",
                    f"onbekende groep '{r['groep']}'; kies uit: {', '.join(sorted(groups))}",
                    f"unknown group '{r['groep']}'; choose from: {', '.join(sorted(groups))}",
                ),
            )
        if "blokkerend_als" in r:
            for prob in check_condition(
                p, r["blokkerend_als"], f"randvoorwaarden[{i}].blokkerend_als"
            ):
                yield "randvoorwaarden.json", prob
    kinds = {s["id"] for s in p.soorten}
    cats = {c["id"] for c in p.categorieen}
    for i, v in enumerate(p.samenwerkingsvormen):
        if v["soort"] not in kinds:
            yield (
                "samenwerkingsvormen.json",
                Probleem(
                    f"samenwerkingsvormen[{i}].soort",
                    f"onbekende soort '{v['soort']}'",
                    f"unknown kind '{v['soort']}'",
                ),
            )
        for j, c in enumerate(v["past_bij"]):
            if c not in cats:
                yield (
                    "samenwerkingsvormen.json",
                    Probleem(
                        f"samenwerkingsvormen[{i}].past_bij[{j}]",
                        f"onbekende categorie '{c}'",
                        f"unknown category '{c}'",
                    ),
                )
    for i, x in enumerate(p.extra_regels):
        if x["veld"] not in p.velden:
            yield (
                "regels.json",
                Probleem(
                    f"regels[{i}].veld",
                    f"onbekend veld '{x['veld']}'",
                    f"unknown field '{x['veld']}'",
                ),
            )
        for prob in check_condition(p, x["als"], f"regels[{i}].als"):
            yield "regels.json", prob
    if len(p.velden) > MAX_FIELDS:
        yield (
            "randvoorwaarden.json",
            Probleem(
                "",
                f"te veel velden ({len(p.velden)}); het maximum is {MAX_FIELDS}",
                f"too many fields ({len(p.velden)}); the maximum is {MAX_FIELDS}",
            ),
        )
    ids = [r.id for r in p.regels]
    if len(ids) != len(set(ids)):
        seen: set[str] = set()
        for rid in ids:
            if rid in seen:
                yield (
                    "regels.json",
                    Probleem(
                        "", f"regel-id '{rid}' komt twee keer voor", f"rule id '{rid}' occurs twice"
                    ),
                )
            seen.add(rid)


def _check_toelichting(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Cross-references of the data for the notes around the verdict (financing, toelichting.json)."""
    cats = {c["id"] for c in p.categorieen}
    fins = {f["id"] for f in p.financiering}
    forms = {v["id"] for v in p.samenwerkingsvormen}

    def unknown(file_name: str, path: str, values, known: set[str], what: tuple[str, str]):
        for j, x in enumerate(values):
            if x not in known:
                yield (
                    file_name,
                    Probleem(
                        f"{path}[{j}]", f"onbekende {what[0]} '{x}'", f"unknown {what[1]} '{x}'"
                    ),
                )

    cat_w, fin_w, form_w = (
        ("categorie", "category"),
        ("financiering", "financing route"),
        ("samenwerkingsvorm", "form"),
    )
    for i, v in enumerate(p.samenwerkingsvormen):
        yield from unknown(
            "samenwerkingsvormen.json",
            f"samenwerkingsvormen[{i}].financiering",
            v.get("financiering", ()),
            fins,
            fin_w,
        )
    for i, f in enumerate(p.financiering):
        yield from unknown(
            "samenwerkingsvormen.json",
            f"financiering[{i}].past_bij",
            f.get("past_bij", ()),
            cats,
            cat_w,
        )
        yield from unknown(
            "samenwerkingsvormen.json",
            f"financiering[{i}].bron",
            f.get("bron", ()),
            set(p.bronnen),
            ("bron", "source"),
        )
    tl = p.toelichting or {}
    name = "toelichting.json"
    for key in ("draagvlak", "samenwerkingsprofiel", "financiering"):
        yield from unknown(
            name, f"{key}.bron", tl.get(key, {}).get("bron", ()), set(p.bronnen), ("bron", "source")
        )
    for i, g in enumerate(tl.get("draagvlak", {}).get("groepen", ())):
        yield from unknown(name, f"draagvlak.groepen[{i}].categorie", [g["categorie"]], cats, cat_w)
    yield from unknown(
        name,
        "samenwerkingsprofiel.lichtere_vormen",
        tl.get("samenwerkingsprofiel", {}).get("lichtere_vormen", ()),
        forms,
        form_w,
    )
    yield from unknown(
        name, "financiering.standaard", tl.get("financiering", {}).get("standaard", ()), fins, fin_w
    )
    yield from _check_voorstel_zelf(p, cats)
    yield from _check_link_sources(p)


def _check_voorstel_zelf(p: Regelpakket, cats: set[str]) -> Iterator[tuple[str, Probleem]]:
    """The optional parts about the proposal itself (toelichting.json 'voorstel_zelf'): every
    source and quoted source exists, the social-domain question names real categories."""
    vz, name, known = p.voorstel_zelf, "toelichting.json", set(p.bronnen)

    def src(path: str, b: str) -> Iterator[tuple[str, Probleem]]:
        if b not in known:
            yield (
                name,
                Probleem(
                    path,
                    f"onbekende bron '{b}' (niet in pakket.json 'bronnen')",
                    f"unknown source '{b}' (not in pakket.json 'bronnen')",
                ),
            )

    for key, part in vz.items():
        base = f"voorstel_zelf.{key}"
        for sub_path, sub in ((base, part), (f"{base}.sociaal_domein", part.get("sociaal_domein"))):
            if not sub:
                continue
            for j, b in enumerate(sub["bron"]):
                yield from src(f"{sub_path}.bron[{j}]", b)
            citaten = [(f"{sub_path}.citaat.bron", sub["citaat"])] if "citaat" in sub else []
            citaten += [
                (f"{sub_path}.citaten[{i}].bron", c) for i, c in enumerate(sub.get("citaten", ()))
            ]
            for path, c in citaten:
                yield from src(path, c["bron"])
    if "eerste_lijn" in vz:  # filled in per provider: '{naam}' and nothing more
        for prob in _sjabloon_check(
            "voorstel_zelf.eerste_lijn.vraag", vz["eerste_lijn"]["vraag"], ("naam",)
        ):
            yield name, prob
    sd = vz.get("eerste_lijn", {}).get("sociaal_domein")
    if sd:
        for j, c in enumerate(sd["categorieen"]):
            if c not in cats:
                yield (
                    name,
                    Probleem(
                        f"voorstel_zelf.eerste_lijn.sociaal_domein.categorieen[{j}]",
                        f"onbekende categorie '{c}'",
                        f"unknown category '{c}'",
                    ),
                )


def _check_link_sources(p: Regelpakket) -> Iterator[tuple[str, Probleem]]:
    """Every link the report states as a fact (form -> group, form -> financing route, route ->
    group, the default routes) names where it comes from: a source, or 'productkeuze' when the
    product chose it. A link without one would be printed as if the e-book said so."""
    known = set(p.bronnen)
    sv, tl = "samenwerkingsvormen.json", "toelichting.json"

    def check(file_name: str, path: str, linked, bronnen) -> Iterator[tuple[str, Probleem]]:
        for j, b in enumerate(bronnen or ()):
            if b not in known:
                yield (
                    file_name,
                    Probleem(
                        f"{path}[{j}]",
                        f"onbekende bron '{b}' (niet in pakket.json 'bronnen')",
                        f"unknown source '{b}' (not in pakket.json 'bronnen')",
                    ),
                )
        if linked and not bronnen:
            yield (
                file_name,
                Probleem(
                    path,
                    "bron ontbreekt: zeg waar deze koppeling vandaan komt (een bron, of 'productkeuze' als "
                    "substitutiecheck haar zelf koos)",
                    "source missing: say where this link comes from (a source, or 'productkeuze' when "
                    "substitutiecheck chose it itself)",
                ),
            )

    yield from check(
        sv,
        "algemeen.past_bij_bron",
        any(v["past_bij"] for v in p.samenwerkingsvormen),
        p.vormen_info.get("past_bij_bron"),
    )
    for i, v in enumerate(p.samenwerkingsvormen):
        yield from check(
            sv,
            f"samenwerkingsvormen[{i}].financiering_bron",
            v.get("financiering"),
            v.get("financiering_bron"),
        )
    for i, f in enumerate(p.financiering):
        yield from check(
            sv, f"financiering[{i}].past_bij_bron", f.get("past_bij"), f.get("past_bij_bron")
        )
    fin = (p.toelichting or {}).get("financiering", {})
    yield from check(
        tl, "financiering.standaard_bron", fin.get("standaard"), fin.get("standaard_bron")
    )


def check_condition(p: Regelpakket, cond: Mapping[str, Any], path: str) -> Iterator[Probleem]:
    """Problems with a condition: fields that don't exist, values a field can never have."""
    if "alle" in cond or "een_van" in cond:
        key = "alle" if "alle" in cond else "een_van"
        for i, sub in enumerate(cond[key]):
            yield from check_condition(p, sub, f"{path}.{key}[{i}]")
        return
    if "niet" in cond:
        yield from check_condition(p, cond["niet"], f"{path}.niet")
        return
    veld = cond["veld"]
    if veld not in p.velden:
        import difflib

        close = difflib.get_close_matches(veld, list(p.velden), n=1)
        hint_nl = f"; bedoelde u '{close[0]}'?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        yield Probleem(
            f"{path}.veld", f"onbekend veld '{veld}'{hint_nl}", f"unknown field '{veld}'{hint_en}"
        )
        return
    allowed = p.velden[veld]
    for op in ("is", "is_niet", "in", "niet_in"):
        if op in cond:
            values = cond[op] if isinstance(cond[op], list) else [cond[op]]
            for v in values:
                if v not in allowed:
                    yield Probleem(
                        f"{path}.{op}",
                        f"waarde '{v}' kan veld '{veld}' nooit hebben; kies uit: {', '.join(a for a in allowed if a)}",
                        f"value '{v}' is never a value of field '{veld}'; choose from: {', '.join(a for a in allowed if a)}",
                    )


_CACHE: OrderedDict[str, Regelpakket] = OrderedDict()
_CACHE_LOCK = threading.Lock()
MAX_PAKKETTEN = 16
"""Loaded packs kept (by content; least recently used first out), like engine.MAX_ENGINES: a
pack holds its engine, so this bounds a library user who loads many distinct packs."""


def _compileer(pack: Regelpakket) -> None:
    """Build the pack's rules on the real engine now, so that what loads (and what 'regels
    valideer' accepts) also runs: a condition durable_rules refuses is a RegelpakketFout naming
    the file and path of that condition, not an internal error at the first proposal."""
    from .errors import EngineFout
    from .evaluation import _engine_for

    try:
        _engine_for(pack)
    except EngineFout as e:
        raise RegelpakketFout(
            _engine_problemen(pack, e), bestand=str(pack.map) if pack.map else None
        ) from None


def _engine_problemen(pack: Regelpakket, fout: Exception) -> list[Probleem]:
    """Which condition the engine refuses: each written condition tried alone."""
    from .engine import RuleEngine
    from .errors import EngineFout

    origin: _Origin | None = pack.__dict__.get("_origin")
    rv_index = {r["id"]: i for i, r in enumerate(pack.randvoorwaarden)}
    rx_index = {x["id"]: i for i, x in enumerate(pack.extra_regels)}
    out = []
    for regel in pack.regels:
        if regel.soort == "regel":
            file_name, path = "regels.json", f"regels[{rx_index[regel.id]}].als"
        elif regel.blokkerend_als is not None and regel.id.endswith(".nee"):
            file_name, path = (
                "randvoorwaarden.json",
                f"randvoorwaarden[{rv_index[regel.onderwerp]}].blokkerend_als",
            )
        else:
            continue
        try:
            RuleEngine(
                f"proef_{len(out)}_{pack.hash[7:]}", [(k, c) for k, c, _ in regel.variants()]
            ).sluit()
        except EngineFout as e:
            where, path = origin.locate(file_name, path) if origin else (file_name, path)
            out.append(
                Probleem(
                    path,
                    f"de regel-engine weigert deze conditie ({e}); maak haar eenvoudiger",
                    f"the rule engine refuses this condition ({e}); make it simpler",
                    bestand=where,
                )
            )
    return out or [
        Probleem(
            "",
            f"de regel-engine weigert het pakket: {fout}",
            f"the rule engine refuses the pack: {fout}",
        )
    ]


def laad_regelpakket(map: str | Path | None = None) -> Regelpakket:
    """Load (and cache) a rule pack folder; ``None`` is the shipped national pack.

    A pack whose ``pakket.json`` names ``uitbreiding_van`` extends that pack: its items override
    the base's by id, and new ids are added. Raises :class:`RegelpakketFout` naming the file and
    field path of every problem. Loading the same unchanged content twice returns the same object.
    """
    folder = Path(map) if map is not None else data_dir("rules")
    raw, origin, chain = read_pack(folder)
    key = _content_hash(raw)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    pack = build_pack(raw, folder, origin, chain)
    pack.__dict__["_origin"] = origin
    if map is not None:  # the shipped pack is compiled by its tests (and at its first proposal)
        _compileer(pack)
    with _CACHE_LOCK:
        pack = _CACHE.setdefault(key, pack)
        _CACHE.move_to_end(key)
        while len(_CACHE) > max(1, MAX_PAKKETTEN):
            _CACHE.popitem(last=False)
        return pack


def waarschuwingen(pack: Regelpakket) -> list[Probleem]:
    """Problems that don't stop a pack from working but are almost surely mistakes: conditions
    that can never hold or always hold (checked over every combination of answers)."""
    from .conditions import analyse

    origin: _Origin | None = pack.__dict__.get("_origin")

    def where(file_name: str, path: str) -> tuple[str, str]:
        return origin.locate(file_name, path) if origin else (file_name, path)

    out: list[Probleem] = []
    what = {
        "nooit": (
            "kan nooit waar zijn: de regel vuurt nooit",
            "can never hold: the rule never fires",
        ),
        "altijd": (
            "is altijd waar: de regel vuurt bij elk voorstel",
            "always holds: the rule fires for every proposal",
        ),
    }
    for i, r in enumerate(pack.randvoorwaarden):
        if "blokkerend_als" in r:
            verdict = analyse(r["blokkerend_als"], pack.velden)
            if verdict:
                nl, en = what[verdict]
                bestand, path = where(
                    "randvoorwaarden.json", f"randvoorwaarden[{i}].blokkerend_als"
                )
                out.append(
                    Probleem(
                        path,
                        f"'blokkerend_als' {nl.split(':')[0]}",
                        f"'blokkerend_als' {en.split(':')[0]}",
                        bestand=bestand,
                    )
                )
    for i, x in enumerate(pack.extra_regels):
        verdict = analyse(x["als"], pack.velden)
        if verdict:
            nl, en = what[verdict]
            bestand, path = where("regels.json", f"regels[{i}].als")
            out.append(
                Probleem(
                    path,
                    f"regel '{x['id']}': de conditie {nl}",
                    f"rule '{x['id']}': the condition {en}",
                    bestand=bestand,
                )
            )
    return out


_DEFAULT: Regelpakket | None = None


def standaard_regelpakket() -> Regelpakket:
    """The shipped national pack, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = laad_regelpakket(None)
    return _DEFAULT
