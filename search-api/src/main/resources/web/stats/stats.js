// The statistics page: reads /api/v1/stats*, shows the server-made SVG chart inline and the same figures as tables.
"use strict";
(function () {
  const S = window.STATS_STRINGS;
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  // ?lang=, then the choice saved by the site-wide switch, then the browser's languages (i18n.js).
  const lang = S[window.JOINEDUP_LANG.current] ? window.JOINEDUP_LANG.current : "en";

  function t(key, values) {
    const s = (S[lang] && S[lang][key]) || S.en[key] || key;
    return s.replace(/\{(\w+)\}/g, (m, n) => (values && n in values ? String(values[n]) : m));
  }
  function num(n) { return new Intl.NumberFormat(lang).format(n); }
  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }
  function row(cells, header) {
    const tr = el("tr");
    cells.forEach((c, i) => tr.appendChild(i === 0 && header ? el("th", c, { scope: "row" }) : el("td", c)));
    return tr;
  }
  function fill(tbody, rows, columns) {
    tbody.replaceChildren(...(rows.length ? rows
      : [(() => { const tr = el("tr", null, { class: "empty" }); tr.appendChild(el("td", t("noData"), { colspan: columns })); return tr; })()]));
  }

  function applyStrings() {
    document.documentElement.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-s]").forEach((e) => { e.textContent = t(e.dataset.s); });
  }

  function query(extra) {
    const q = new URLSearchParams({ lang, dimension: $("dimension").value, from: $("from").value, to: $("to").value });
    if ($("value").value) q.set("value", $("value").value);
    Object.entries(extra || {}).forEach(([k, v]) => q.set(k, v));
    return q;
  }

  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error ? body.error.message : r.status);
    return body;
  }

  async function chart() {
    const r = await fetch("/api/v1/stats/chart.svg?" + query());
    if (!r.ok) throw new Error(String(r.status));
    const doc = new DOMParser().parseFromString(await r.text(), "image/svg+xml");
    if (doc.querySelector("parsererror")) throw new Error("chart");
    $("chart").replaceChildren(document.importNode(doc.documentElement, true));
  }

  function monthly(data) {
    const chosen = $("value").value;
    const series = chosen ? data.series.find((s) => s.value === chosen) || data.total : data.total;
    $("monthly-caption").textContent = t("monthlyCaption", { label: series.label, from: data.from, to: data.to });
    fill($("monthly-table").tBodies[0], series.months.map((m) => row([m.month, num(m.open), num(m.new), num(m.closed)], true)), 4);
    $("values-dim").textContent = t("dim_" + data.dimension);
    $("values-open").textContent = t("openIn", { month: data.to });
    $("values-caption").textContent = t("valuesCaption", { dimension: t("dim_" + data.dimension), from: data.from, to: data.to });
    fill($("values-table").tBodies[0], data.series.map((s) => {
      const sum = (k) => s.months.reduce((a, m) => a + m[k], 0);
      return row([s.label, num(s.months[s.months.length - 1].open), num(sum("new")), num(sum("closed"))], true);
    }), 4);
    $("csv-monthly").href = "/api/v1/stats?" + query({ format: "csv" });
  }

  function values(data) {
    const select = $("value");
    const keep = select.value;
    select.replaceChildren(el("option", t("allValues"), { value: "" }));
    data.series.forEach((s) => select.appendChild(el("option", s.label, { value: s.value })));
    select.value = data.series.some((s) => s.value === keep) ? keep : "";
  }

  function salaries(data) {
    $("salaries-caption").textContent = t("salariesCaption", { from: data.from, to: data.to });
    fill($("salaries-table").tBodies[0], data.salaries.map((m) =>
      row([m.label, m.currency, new Intl.NumberFormat(lang, { style: "currency", currency: m.currency,
        maximumFractionDigits: 0 }).format(m.median), num(m.count)], true)), 4);
    $("csv-salaries").href = "/api/v1/stats/salaries?" + new URLSearchParams({ lang, from: data.from, to: data.to, format: "csv" });
  }

  function councils(data) {
    $("councils-caption").textContent = t("councilsCaption", { today: data.today });
    fill($("councils-table").tBodies[0], data.councils.map((c) => row([c.council, num(c.openNow), num(c.newLast30Days),
      num(c.closedLast30Days), c.salaries.map((m) => new Intl.NumberFormat(lang, { style: "currency",
        currency: m.currency, maximumFractionDigits: 0 }).format(m.median) + " (" + num(m.count) + ")").join(", ")], true)), 5);
    const img = $("councils-chart");
    img.alt = t("councilsChartAlt", { list: data.councils.map((c) => c.council + ": " + c.openNow).join("; ") });
    img.src = "/api/v1/stats/chart.svg?kind=councils&lang=" + lang;
  }

  async function load(resetValue) {
    $("error").hidden = true;
    $("status").textContent = t("loading");
    try {
      if (resetValue) $("value").value = "";
      const data = await getJson("/api/v1/stats?" + query());
      $("from").value = data.from;
      $("to").value = data.to;
      values(data);
      monthly(data);
      await chart();
      const [sal, cou] = await Promise.all([getJson("/api/v1/stats/salaries?" + new URLSearchParams({ lang, from: data.from, to: data.to })),
        getJson("/api/v1/stats/councils")]);
      salaries(sal);
      councils(cou);
      // The page's own address leaves the language out: the switch saves it, as on every other page.
      const own = query();
      own.delete("lang");
      if (params.get("lang")) own.set("lang", params.get("lang"));
      history.replaceState(null, "", "?" + own);
      $("status").textContent = t("updated");
      document.body.dataset.loaded = String(Date.now());
    } catch (e) {
      $("status").textContent = "";
      $("error").textContent = t("error", { m: e.message });
      $("error").hidden = false;
    }
  }

  ["dimension", "from", "to"].forEach((k) => { if (params.get(k)) $(k).value = params.get(k); });
  if (params.get("value")) $("value").appendChild(el("option", params.get("value"), { value: params.get("value") }));
  $("value").value = params.get("value") || "";
  applyStrings();
  $("dimension").addEventListener("change", () => load(true));
  $("value").addEventListener("change", () => load(false));
  $("controls").addEventListener("submit", (e) => { e.preventDefault(); load(false); });
  load(false);
})();
