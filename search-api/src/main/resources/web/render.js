// Small helpers shared by the search page and the vacancy page: safe HTML, formatting, API calls.
"use strict";
window.JOINEDUP_RENDER = (function () {
  const t = window.JOINEDUP_T;

  /** Creates an element; text children become text nodes, so nothing is ever parsed as HTML. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "text") node.textContent = v;
      else if (k.startsWith("data-") || k.startsWith("aria-") || k === "href" || k === "id" || k === "for"
        || k === "type" || k === "rel" || k === "name" || k === "value" || k === "role") node.setAttribute(k, v);
      else node[k] = v;
    });
    children.flat().forEach((c) => {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  /** Parses HTML inertly (no scripts run, nothing loads) and rebuilds only what `keep` allows. */
  function rebuild(html, keep) {
    const doc = new DOMParser().parseFromString("<body>" + (html || "") + "</body>", "text/html");
    const out = document.createDocumentFragment();
    (function walk(from, to) {
      from.childNodes.forEach((n) => {
        if (n.nodeType === Node.TEXT_NODE) { to.append(document.createTextNode(n.textContent)); return; }
        if (n.nodeType !== Node.ELEMENT_NODE) return;
        const tag = n.tagName.toLowerCase();
        if (tag === "script" || tag === "style" || tag === "template") return;
        const copy = keep(n, tag);
        if (copy) { to.append(copy); walk(n, copy); } else { walk(n, to); }
      });
    })(doc.body, out);
    return out;
  }

  /** A highlighted snippet: only <mark> survives, everything else is text. */
  function snippet(html) {
    return rebuild(html, (n, tag) => (tag === "mark" ? document.createElement("mark") : null));
  }

  const BLOCKS = ["p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h2", "h3", "h4", "mark"];

  /** A description: simple text structure and http(s) links survive, nothing else. */
  function description(html) {
    return rebuild(html, (n, tag) => {
      if (BLOCKS.includes(tag)) return document.createElement(tag === "h2" ? "h3" : tag);
      if (tag === "a" && /^https?:\/\//i.test(n.getAttribute("href") || "")) {
        return el("a", { href: n.getAttribute("href"), rel: "noopener noreferrer nofollow" });
      }
      return null;
    });
  }

  function date(iso) {
    if (!iso) return "";
    const d = new Date(iso + (iso.length === 10 ? "T12:00:00Z" : ""));
    return isNaN(d) ? iso : new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "long", year: "numeric" })
      .format(d);
  }

  function money(amount, currency) {
    try {
      return new Intl.NumberFormat(t.locale, { style: "currency", currency, maximumFractionDigits: 0 })
        .format(amount);
    } catch (e) {
      return amount + " " + currency;
    }
  }

  function salary(s) {
    if (!s) return "";
    if ((s.min || s.max) && s.currency) {
      const range = s.min && s.max && s.min !== s.max ? money(s.min, s.currency) + "–" + money(s.max, s.currency)
        : money(s.min || s.max, s.currency);
      const per = s.unit ? " " + (t("salaryPer")[s.unit] || s.unit.toLowerCase()) : "";
      return range + per;
    }
    return s.rawText || "";
  }

  function valueLabel(dimension, value, label) {
    const labels = t("valueLabels")[dimension];
    return (labels && labels[value]) || label || value;
  }

  /** GETs JSON from the API; resolves to {ok, status, body} and never rejects for HTTP errors. */
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    return { ok: response.ok, status: response.status, body };
  }

  function showError(box, message) {
    box.textContent = t("errorPrefix") + message;
    box.hidden = false;
  }

  return { el, snippet, description, date, salary, valueLabel, api, showError };
})();
