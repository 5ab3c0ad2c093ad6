// The form page of `substitutiecheck export formulier`: unpacks LHC-Forms (inlined, gzip +
// base64), renders the FHIR Questionnaire with it, keeps the answers in localStorage until they
// are saved, and saves them as a FHIR QuestionnaireResponse. Conditions (enableWhen), required
// answers and the response itself are LHC-Forms' work: nothing here knows a question.
"use strict";
(function () {
  const cfg = JSON.parse(document.getElementById("sc-config").textContent);
  const T = cfg.teksten;
  const box = document.getElementById("sc-formulier");
  const melding = document.getElementById("sc-melding");
  const knop = document.getElementById("sc-opslaan");
  const sleutel = "substitutiecheck:" + cfg.sleutel;
  let klaar = false;
  let gewijzigd = false; // the user did something since the page opened or since saving
  let opgeslagen = null; // the answers (items) last saved to a file

  function meld(tekst, fout) {
    melding.textContent = tekst;
    melding.className = fout ? "fout" : "";
  }

  async function uitpakken(id) {
    const b64 = document.getElementById(id).textContent.trim();
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return await new Response(stream).text();
  }

  function script(code) {
    // a blob: URL is this page's own memory, not the network
    return new Promise(function (resolve, reject) {
      const s = document.createElement("script");
      s.src = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
      s.onload = resolve;
      s.onerror = function () { reject(new Error("script")); };
      document.head.appendChild(s);
    });
  }

  function antwoorden() {
    const qr = LForms.Util.getFormFHIRData("QuestionnaireResponse", "R4", box);
    qr.questionnaire = cfg.canonical;
    qr.language = cfg.taal;
    return qr;
  }

  function zoek(items, linkId) {
    for (const it of items || []) {
      if (it.linkId === linkId) return it;
      const sub = zoek(it.item, linkId) || zoek((it.answer || []).flatMap(a => a.item || []), linkId);
      if (sub) return sub;
    }
    return null;
  }

  function waarde(qr, linkId) {
    const it = zoek(qr.item, linkId);
    const a = it && it.answer && it.answer[0];
    if (!a) return "";
    return a.valueCoding ? a.valueCoding.code : (a.valueString || "");
  }

  function slug(tekst) {
    return tekst.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  }

  function bewaar() {
    if (!klaar || !gewijzigd) return;
    try {
      const qr = antwoorden();
      if (JSON.stringify(qr.item) === opgeslagen) localStorage.removeItem(sleutel);
      else localStorage.setItem(sleutel, JSON.stringify(qr));
    } catch (e) {
      meld(T.niet_bewaard, true);
    }
  }

  function hulpknoppen() {
    // LHC-Forms' own words for a screen reader are English: say them in the page's language
    for (const b of box.querySelectorAll("button.lhc-help-button[aria-label^='Help button for ']")) {
      b.setAttribute("aria-label", T.hulp + " " + b.getAttribute("aria-label").slice(16));
    }
    for (const e of box.querySelectorAll("[title='Required']")) e.setAttribute("title", T.verplicht);
    // the help popover lives outside the form (an overlay on body)
    for (const e of document.querySelectorAll(".lhc-popover-help .ant-popover-title")) {
      if (e.textContent.trim() === "Instruction") e.textContent = T.uitleg_kop;
    }
  }

  function radios() {
    // LHC-Forms' radio buttons (ng-zorro) show the choice with a class, but leave the native
    // 'checked' on the first selection: keep it equal, so a screen reader says what is shown
    for (const label of box.querySelectorAll("label.ant-radio-wrapper")) {
      const input = label.querySelector("input[type=radio]");
      if (input) input.checked = label.classList.contains("ant-radio-wrapper-checked");
    }
  }

  let wacht = null;
  function later() {
    gewijzigd = true;
    setTimeout(function () { radios(); hulpknoppen(); }, 0);
    clearTimeout(wacht);
    wacht = setTimeout(bewaar, 200);
  }

  function opslaan() {
    if (!klaar) return;
    const fouten = LForms.Util.checkValidity(box);
    if (fouten && fouten.length) {
      // LHC-Forms says '<question> requires a value' (in English): name the questions only,
      // and put the cursor in the first of them
      const namen = fouten.map(f => String(f).replace(/ requires a value$/, ""));
      meld(T.onvolledig + " " + namen.join("; "), true);
      for (const label of box.querySelectorAll("label[for]")) {
        const vraag = label.querySelector(".question");
        if (vraag && vraag.textContent.trim() === namen[0]) {
          const veld = document.getElementById(label.htmlFor);
          if (veld) veld.focus();
          break;
        }
      }
      return;
    }
    const qr = antwoorden();
    qr.status = "completed";
    opgeslagen = JSON.stringify(qr.item);
    const rol = waarde(qr, cfg.rol_vraag) || "antwoorden";
    const basis = cfg.basis || slug(waarde(qr, "titel")) || "voorstel";
    const naam = basis + "-" + rol + ".json";
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(qr, null, 2) + "\n"], { type: "application/fhir+json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = naam;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    clearTimeout(wacht);
    gewijzigd = false;
    try { localStorage.removeItem(sleutel); } catch (e) { /* nothing kept, nothing to remove */ }
    meld(T.opgeslagen.replace("{bestand}", naam), false);
  }

  async function start() {
    if (!("DecompressionStream" in window)) {
      meld(T.oude_browser, true);
      return;
    }
    const css = document.createElement("style");
    css.textContent = await uitpakken("sc-v-styles");
    document.head.insertBefore(css, document.head.querySelector("style"));
    for (const id of ["sc-v-zone", "sc-v-lhc", "sc-v-fhir"]) await script(await uitpakken(id));
    let def = cfg.questionnaire;
    let bewaard = null;
    try { bewaard = JSON.parse(localStorage.getItem(sleutel) || "null"); } catch (e) { bewaard = null; }
    if (bewaard) {
      def = LForms.Util.convertFHIRQuestionnaireToLForms(def, "R4");
      def = LForms.Util.mergeFHIRDataIntoLForms("QuestionnaireResponse", bewaard, def, "R4");
    }
    await LForms.Util.addFormToPage(def, box, { fhirVersion: "R4" });
    klaar = true;
    radios();
    hulpknoppen();
    new MutationObserver(hulpknoppen).observe(document.body, { childList: true, subtree: true });
    for (const ev of ["input", "change", "click", "keyup", "focusout"]) {
      box.addEventListener(ev, later);
    }
    window.addEventListener("pagehide", bewaar);
    knop.disabled = false;
    meld(bewaard ? T.hersteld : "", false);
    document.documentElement.dataset.klaar = "ja";
  }

  knop.addEventListener("click", opslaan);
  start().catch(function (e) {
    meld(T.kapot + " (" + (e && e.message ? e.message : e) + ")", true);
    document.documentElement.dataset.klaar = "fout";
  });
})();
