// Page language, shared by every page (search, vacancy, alerts, admin): ?lang= wins, then the choice saved by
// the language switch (localStorage), then the browser's languages, then English. Load it before any other
// script of the page: it sets <html lang> at once, so strings and dates use the same language.
"use strict";
window.JOINEDUP_LANG = (function () {
  const SUPPORTED = ["en", "nl", "da", "fi"];
  /** Each language's name in itself: a reader looks for their own language's name. */
  const NAMES = { en: "English", nl: "Nederlands", da: "Dansk", fi: "Suomi" };
  const LABEL = { en: "Language", nl: "Taal", da: "Sprog", fi: "Kieli" };
  const KEY = "joinedup.lang";

  function supported(tag) {
    const base = String(tag || "").toLowerCase().slice(0, 2);
    return SUPPORTED.includes(base) ? base : null;
  }

  function saved() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; } // storage blocked: no saved choice
  }

  function pick() {
    const asked = supported(new URLSearchParams(location.search).get("lang"));
    if (asked) return asked;
    const remembered = supported(saved());
    if (remembered) return remembered;
    const browser = (navigator.languages && navigator.languages.length ? navigator.languages
      : [navigator.language]).map(supported).find(Boolean);
    return browser || "en";
  }

  const current = pick();
  document.documentElement.lang = current;

  /** Saves the choice and reloads without ?lang=, so the saved choice applies here and on every other page. */
  function choose(lang) {
    try { localStorage.setItem(KEY, lang); } catch (e) { /* storage blocked: ?lang= still carries it */ }
    const url = new URL(location.href);
    if (localStorageWorks()) url.searchParams.delete("lang");
    else url.searchParams.set("lang", lang);
    location.assign(url.toString());
  }

  function localStorageWorks() {
    try { return localStorage.getItem(KEY) !== null; } catch (e) { return false; }
  }

  /** Fills the element with a labelled language <select>; changing it switches the whole site. */
  function mountSwitch(container) {
    if (!container) return;
    const id = "lang-select";
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = LABEL[current];
    const select = document.createElement("select");
    select.id = id;
    select.autocomplete = "off";
    SUPPORTED.forEach((lang) => {
      const o = document.createElement("option");
      o.value = lang;
      o.lang = lang;
      o.textContent = NAMES[lang];
      o.selected = lang === current;
      select.append(o);
    });
    select.addEventListener("change", () => choose(select.value));
    container.replaceChildren(label, select);
  }

  function mountWhenReady() { mountSwitch(document.getElementById("lang-switch")); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountWhenReady);
  else mountWhenReady();

  return { current, supported: SUPPORTED.slice(), names: NAMES, choose, mountSwitch };
})();
