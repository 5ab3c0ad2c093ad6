"""The problems a person can meet, by stable code, in Dutch and English: what is wrong with a
proposal, a file, a rule pack or its scenarios. Rendered by
:meth:`substitutiecheck.errors.Melding.tekst` (made with :func:`substitutiecheck.errors.probleem`);
tests/test_problemen.py checks that both languages have the same parameters. The problems of
a rule pack and of the questionnaire and FHIR are in texts_problems_pack.py and
texts_problems_forms.py.

A parameter that is itself a text (a reason, a suggestion) is a Melding rendered in the same
language; literal braces are doubled ('{{...}}')."""

from __future__ import annotations

from .texts_problems_forms import TEKSTEN_PROBLEMEN_VRAGENLIJST
from .texts_problems_pack import TEKSTEN_PROBLEMEN_PAKKET

_ALGEMEEN: dict[str, dict[str, str]] = {
    # durable_rules does not load (engine.durable_ontbreekt)
    "installatie.durable_eigen_bouw": {
        "nl": "durable-rules kan niet worden geladen ({fout}): op Python {versie} werkt de release "
        "op PyPI niet; draai in de broncode van substitutiecheck 'make wheelhouse' en "
        "installeer dan beide wielen met 'pip install wheelhouse/*.whl' (of gebruik "
        "'make voorbeelden', dat dit zelf doet)",
        "en": "durable-rules cannot be loaded ({fout}): on Python {versie} the release on PyPI "
        "does not work; run 'make wheelhouse' in the substitutiecheck source, then install both "
        "wheels with 'pip install wheelhouse/*.whl' (or use 'make voorbeelden', which does "
        "this itself)",
    },
    "installatie.durable_pip": {
        "nl": "durable-rules kan niet worden geladen ({fout}): installeer het met "
        "'pip install durable-rules==2.0.28' (dat heeft een C-compiler en de "
        "Python-headers nodig)",
        "en": "durable-rules cannot be loaded ({fout}): install it with "
        "'pip install durable-rules==2.0.28' (this needs a C compiler and the Python "
        "headers)",
    },
    # a suggestion after a problem (substitutiecheck.suggest)
    "hint.bedoeld": {"nl": "; bedoelde u '{optie}'?", "en": "; did you mean '{optie}'?"},
    "hint.geen": {"nl": "", "en": ""},
    "hint.zie_regels": {
        "nl": "; zie 'substitutiecheck regels' voor de lijst",
        "en": "; see 'substitutiecheck regels' for the list",
    },
    "hint.zie_fhir": {
        "nl": "; zie 'substitutiecheck export fhir' voor de vragen",
        "en": "; see 'substitutiecheck export fhir' for the questions",
    },
    "hint.kies_uit": {"nl": "; kies uit: {keuzes}", "en": "; choose from: {keuzes}"},
    # the operating system's refusals (errors.os_melding)
    "os.ENOENT": {
        "nl": "de map of het bestand bestaat niet",
        "en": "the folder or file does not exist",
    },
    "os.EACCES": {"nl": "geen toegang", "en": "permission denied"},
    "os.EPERM": {"nl": "geen toegang", "en": "permission denied"},
    "os.EISDIR": {"nl": "dit is een map", "en": "this is a folder"},
    "os.ENOTDIR": {
        "nl": "een deel van het pad is geen map",
        "en": "part of the path is not a folder",
    },
    "os.ENOSPC": {"nl": "de schijf is vol", "en": "the disk is full"},
    "os.EROFS": {"nl": "alleen-lezen bestandssysteem", "en": "read-only file system"},
    "os.EDQUOT": {"nl": "de schijfruimte (quotum) is op", "en": "the disk quota is exceeded"},
    "os.EFBIG": {"nl": "het bestand wordt te groot", "en": "the file grows too large"},
    "os.EBUSY": {"nl": "het bestand of apparaat is in gebruik", "en": "the file or device is busy"},
    "os.ETXTBSY": {"nl": "het bestand is in gebruik", "en": "the file is busy"},
    "os.EIO": {
        "nl": "invoer-/uitvoerfout van het apparaat",
        "en": "input/output error of the device",
    },
    "os.ENXIO": {
        "nl": "het apparaat is er niet (of een FIFO zonder lezer)",
        "en": "no such device (or a FIFO without a reader)",
    },
    "os.ENODEV": {"nl": "het apparaat is er niet", "en": "no such device"},
    "os.EINVAL": {"nl": "hier kan niet naar geschreven worden", "en": "this cannot be written to"},
    "os.EXDEV": {
        "nl": "kan niet tussen bestandssystemen hernoemen",
        "en": "cannot rename across file systems",
    },
    "os.ENAMETOOLONG": {"nl": "de naam is te lang", "en": "the name is too long"},
    "os.ELOOP": {
        "nl": "te veel symbolische koppelingen (een lus?)",
        "en": "too many symbolic links (a loop?)",
    },
    "os.anders": {"nl": "{tekst}", "en": "{tekst}"},  # the system's own words
    "os.map_weigert": {  # /proc, /sys: a folder that refuses new files
        "nl": "in deze map kan geen bestand worden aangemaakt",
        "en": "no file can be created in this folder",
    },
    # writing output (fileio.uitvoer_fout)
    "uitvoer.schrijven": {"nl": "schrijven mislukt: {reden}", "en": "writing failed: {reden}"},
    "uitvoer.stdout": {
        "nl": "schrijven naar standaarduitvoer mislukt: {reden}",
        "en": "writing to standard output failed: {reden}",
    },
    "uitvoer.bezig": {
        "nl": "schrijven naar het uitvoerbestand mislukt: {reden}",
        "en": "writing the output file failed: {reden}",
    },
    "uitvoer.openen": {
        "nl": "kan het uitvoerbestand niet schrijven: {reden}",
        "en": "cannot write the output file: {reden}",
    },
    # the kind of a JSON value, as a proposal's problems name it (model.validate)
    "soort.str": {"nl": "tekst", "en": "text"},
    "soort.int": {"nl": "getal", "en": "number"},
    "soort.float": {"nl": "getal", "en": "number"},
    "soort.bool": {"nl": "true/false", "en": "true/false"},
    "soort.list": {"nl": "lijst", "en": "list"},
    "soort.dict": {"nl": "object", "en": "object"},
    "soort.NoneType": {"nl": "null", "en": "null"},
    "soort.anders": {"nl": "{naam}", "en": "{naam}"},  # a Python type name
    # a proposal (model.validate.lees_voorstel)
    "voorstel.het_voorstel": {"nl": "het voorstel", "en": "the proposal"},
    "voorstel.geen_object": {
        "nl": "verwacht een object {{...}} voor {waar}, kreeg {soort}",
        "en": "expected an object {{...}} for {waar}, got {soort}",
    },
    "voorstel.verplicht": {"nl": "verplicht veld ontbreekt", "en": "required field is missing"},
    "voorstel.veld.elders": {
        "nl": "onbekend veld '{veld}' hier; het hoort onder `{waar}`",
        "en": "unknown field '{veld}' here; it belongs under `{waar}`",
    },
    "voorstel.veld.hoogste_niveau": {
        "nl": "onbekend veld '{veld}' hier; het hoort op het hoogste niveau van het voorstel",
        "en": "unknown field '{veld}' here; it belongs at the top level of the proposal",
    },
    "voorstel.veld.bedoeld": {
        "nl": "onbekend veld '{veld}'{bedoeld}",
        "en": "unknown field '{veld}'{bedoeld}",
    },
    "voorstel.veld.onbekend": {
        "nl": "onbekend veld '{veld}'; toegestaan: {toegestaan}",
        "en": "unknown field '{veld}'; allowed: {toegestaan}",
    },
    "voorstel.tekst.te_lang": {
        "nl": "tekst is te lang: {lengte} tekens, hoogstens {max}",
        "en": "text is too long: {lengte} characters, at most {max}",
    },
    "voorstel.tekst.verwacht": {
        "nl": "verwacht tekst, kreeg {soort}",
        "en": "expected text, got {soort}",
    },
    "voorstel.waarde.bedoeld": {
        "nl": "ongeldige waarde {waarde}{bedoeld} (kies uit: {keuzes})",
        "en": "invalid value {waarde}{bedoeld} (choose from: {keuzes})",
    },
    "voorstel.waarde.ongeldig": {
        "nl": "ongeldige waarde {waarde}; kies uit: {keuzes}",
        "en": "invalid value {waarde}; choose from: {keuzes}",
    },
    # JSON text (jsonparse)
    "json.ongeldig": {
        "nl": "ongeldige JSON op regel {regel}, kolom {kolom}: {reden}",
        "en": "invalid JSON at line {regel}, column {kolom}: {reden}",
    },
    "json.ongeldig_kolom": {
        "nl": "ongeldige JSON in kolom {kolom}: {reden}",
        "en": "invalid JSON in column {kolom}: {reden}",
    },
    "json.dubbel_veld": {
        "nl": "veld '{veld}' staat twee keer in hetzelfde object",
        "en": "field '{veld}' occurs twice in the same object",
    },
    "json.te_diep": {
        "nl": "JSON is te diep genest (meer dan {max} niveaus)",
        "en": "JSON is nested too deeply (more than {max} levels)",
    },
    "json.losse_surrogaat": {
        "nl": "ongeldig teken in tekst: losse surrogaat {teken}",
        "en": "invalid character in text: lone surrogate {teken}",
    },
    "json.reden.getal": {
        "nl": "een getal met te veel cijfers",
        "en": "a number with too many digits",
    },
    "json.reden.onaf": {
        "nl": "de JSON houdt hier op voordat hij af is (ontbreekt er een `}}` of `]`?)",
        "en": "the JSON ends here before it is complete (a missing `}}` or `]`?)",
    },
    "json.reden.komma_regel": {
        "nl": "komma ontbreekt aan het eind van deze regel",
        "en": "comma missing at the end of this line",
    },
    "json.reden.komma_waarde": {
        "nl": "komma ontbreekt na deze waarde",
        "en": "comma missing after this value",
    },
    "json.reden.komma_te_veel": {
        "nl": "komma te veel vóór `{teken}`",
        "en": "one comma too many before `{teken}`",
    },
    "json.reden.waarde": {"nl": "waarde verwacht", "en": "value expected"},
    "json.reden.komma": {"nl": "komma verwacht", "en": "comma expected"},
    "json.reden.dubbele_punt": {"nl": "dubbele punt verwacht", "en": "colon expected"},
    "json.reden.veldnaam": {
        "nl": "veldnaam tussen dubbele aanhalingstekens verwacht",
        "en": "field name in double quotes expected",
    },
    "json.reden.komma_object": {
        "nl": "overbodige komma voor het einde van het object",
        "en": "superfluous comma before the end of the object",
    },
    "json.reden.komma_lijst": {
        "nl": "overbodige komma voor het einde van de lijst",
        "en": "superfluous comma before the end of the list",
    },
    "json.reden.extra": {
        "nl": "extra tekst na het einde van de JSON",
        "en": "extra text after the end of the JSON",
    },
    "json.reden.tekst_open": {
        "nl": "tekst zonder afsluitend aanhalingsteken",
        "en": "unterminated string",
    },
    "json.reden.stuurteken": {
        "nl": "ongeldig stuurteken in tekst",
        "en": "invalid control character in string",
    },
    "json.reden.escape": {
        "nl": "ongeldige escape (\\) in tekst",
        "en": "invalid escape (\\) in string",
    },
    "json.reden.anders": {"nl": "{tekst}", "en": "{tekst}"},  # the parser's own words
    # the bytes of a file (jsonparse)
    "bestand.binair": {
        "nl": "geen tekstbestand (binaire inhoud)",
        "en": "not a text file (binary content)",
    },
    "bestand.leeg": {"nl": "bestand is leeg", "en": "file is empty"},
    "bestand.waar_regel": {"nl": "regel {regel}, byte {byte}", "en": "line {regel}, byte {byte}"},
    "bestand.waar_byte": {"nl": "byte {byte}", "en": "byte {byte}"},
    "bestand.utf16": {
        "nl": "UTF-16-tekst (zo slaat Kladblok 'Unicode' op); sla het bestand op als UTF-8 (in "
        "Kladblok: Opslaan als, Codering UTF-8)",
        "en": "UTF-16 text (as Notepad saves 'Unicode'); save the file as UTF-8 (in Notepad: Save "
        "as, Encoding UTF-8)",
    },
    "bestand.latin1": {
        "nl": "geen UTF-8-tekst ({waar}); het lijkt Latin-1 of Windows-1252: sla het bestand op als "
        "UTF-8 (in Kladblok: Opslaan als, Codering UTF-8)",
        "en": "not UTF-8 text ({waar}); it looks like Latin-1 or Windows-1252: save the file as UTF-8 "
        "(in Notepad: Save as, Encoding UTF-8)",
    },
    "bestand.geen_utf8": {
        "nl": "geen geldige UTF-8-tekst ({waar}); sla het bestand op als UTF-8",
        "en": "not valid UTF-8 text ({waar}); save the file as UTF-8",
    },
    "bestand.onleesbaar": {
        "nl": "kan bestand niet lezen: {reden}",
        "en": "cannot read file: {reden}",
    },
    # the questionnaire file and the proposal it writes (questionnaire/*)
    "voorstel.geen_object_kort": {
        "nl": "verwacht een object {{...}} voor het voorstel",
        "en": "expected an object {{...}} for the proposal",
    },
    # the inputs of 'check' (inputs.py)
    "invoer.binaire_regel": {
        "nl": "binaire inhoud op deze regel",
        "en": "binary content on this line",
    },
    "invoer.te_groot": {
        "nl": "{wat} is groter dan de grens van {mb} MB (verhoog die met --max-grootte)",
        "en": "{wat} is larger than the limit of {mb} MB (raise it with --max-grootte)",
    },
    "invoer.wat.regel": {"nl": "regel", "en": "line"},
    "invoer.wat.invoer": {"nl": "invoer", "en": "input"},
    "invoer.stdin_leeg": {
        "nl": "geen invoer op standaardinvoer",
        "en": "no input on standard input",
    },
    "invoer.map_onleesbaar": {
        "nl": "kan deze map niet lezen: {reden}; de voorstellen erin zijn niet gecontroleerd",
        "en": "cannot read this folder: {reden}; the proposals in it were not checked",
    },
    "invoer.opgeslagen_uitvoer": {
        "nl": "dit is uitvoer van substitutiecheck ({wat}), geen voorstel; geef het voorstel zelf",
        "en": "this is output of substitutiecheck ({wat}), not a proposal; give the proposal itself",
    },
    "invoer.opgeslagen_rapport": {
        "nl": "dit is uitvoer van substitutiecheck (een rapport), geen voorstel; twee versies "
        "vergelijkt u met 'substitutiecheck vergelijk OUD NIEUW' (per versie een voorstel of "
        "het rapport van één voorstel)",
        "en": "this is output of substitutiecheck (a report), not a proposal; compare two "
        "versions with 'substitutiecheck vergelijk OLD NEW' (per version a proposal or the "
        "report of one proposal)",
    },
    "invoer.wat.kop": {
        "nl": "de kopregel van een JSON Lines-rapport",
        "en": "the header line of a JSON Lines report",
    },
    "vergelijk.andere_uitvoer": {
        "nl": "dit is {wat}, geen voorstel en geen rapport van één voorstel; vergelijk de "
        "voorstellen zelf, of hun rapporten van 'check'",
        "en": "this is {wat}, not a proposal nor the report of one proposal; compare the "
        "proposals themselves, or their reports of 'check'",
    },
    "invoer.wat.combinatie": {
        "nl": "een gecombineerd rapport van 'combineer'",
        "en": "a combined report of 'combineer'",
    },
    "invoer.wat.vergelijking": {
        "nl": "een vergelijking van 'vergelijk'",
        "en": "a comparison of 'vergelijk'",
    },
    "invoer.map_leeg": {
        "nl": "map bevat geen voorstellen (*.json, *.jsonl)",
        "en": "folder contains no proposals (*.json, *.jsonl)",
    },
    "invoer.geen_voorstelbestand": {
        "nl": "een {soort}-bestand is geen voorstel: substitutiecheck leest voorstellen als JSON "
        "(.json) of JSON Lines (.jsonl); een rapport van check wordt niet opnieuw ingelezen",
        "en": "a {soort} file is not a proposal: substitutiecheck reads proposals as JSON (.json) "
        "or JSON Lines (.jsonl); a report of check is not read back",
    },
    "invoer.bestaat_niet": {
        "nl": "bestand of map bestaat niet",
        "en": "file or folder does not exist",
    },
    "invoer.naam_geen_utf8": {
        "nl": "de bestandsnaam is geen geldige UTF-8; hernoem het bestand",
        "en": "the file name is not valid UTF-8; rename the file",
    },
    # the HTML form (formulier)
    "formulier.van_een": {
        "nl": "--van neemt één voorstel; dit bestand heeft er {aantal}",
        "en": "--van takes one proposal; this file has {aantal}",
    },
}

TEKSTEN_PROBLEMEN: dict[str, dict[str, str]] = {
    **_ALGEMEEN,
    **TEKSTEN_PROBLEMEN_PAKKET,
    **TEKSTEN_PROBLEMEN_VRAGENLIJST,
}
"""Every problem's text, by code."""
