// The admin console: sign in with a bearer token (kept in sessionStorage only, never in a URL), sources with
// their health, add/edit with "Validate" before "Save", pause/resume, crawl now, delete with a confirm step, and
// the paged audit log. Only same-origin requests; every value from the API is written with textContent.
"use strict";
(function () {
  const S = window.ADMIN_STRINGS;
  const lang = window.JOINEDUP_LANG.current;
  const TOKEN_KEY = "joinedup.adminToken";
  const API = "/api/v1/admin";
  const AUDIT_PAGE = 20;
  const $ = (id) => document.getElementById(id);

  function t(key, values) {
    const s = (S[lang] && S[lang][key]) || S.en[key] || key;
    return s.replace(/\{(\w+)\}/g, (m, k) => (values && k in values ? String(values[k]) : m));
  }

  /** An element with text children only (never parsed as HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) return;
      if (k === "className") node.className = v;
      else node.setAttribute(k, v === true ? "" : v);
    });
    children.flat().forEach((c) => {
      if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return node;
  }

  // ---- session --------------------------------------------------------------------------------------------
  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  function signedIn(on) {
    $("signin").hidden = on;
    $("console").hidden = !on;
  }

  /** Thrown for any non-2xx answer; carries the API's error body. */
  class ApiError extends Error {
    constructor(status, body) {
      const e = body && body.error;
      super(e && e.message ? e.message : "HTTP " + status);
      this.status = status;
      this.parameter = e && e.parameter;
    }
  }

  async function call(method, path, body) {
    const headers = { Accept: "application/json", Authorization: "Bearer " + token() };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const r = await fetch(API + path, { method, headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body) });
    const data = r.status === 204 ? null : await r.json().catch(() => null);
    if (r.status === 401) {
      signOut(t("sessionExpired"));
      throw new ApiError(401, data);
    }
    if (!r.ok) throw new ApiError(r.status, data);
    return data;
  }

  // ---- messages -------------------------------------------------------------------------------------------
  function showError(e) {
    $("status").textContent = "";
    const field = e.parameter && document.querySelector("#source-form [name='" + CSS.escape(e.parameter) + "']");
    $("alert").textContent = t("errorPrefix") + e.message + (e.parameter ? " (" + e.parameter + ")" : "");
    if (field && !$("editor").hidden) {
      field.setAttribute("aria-invalid", "true");
      field.focus();
    }
  }

  function say(text) {
    $("alert").textContent = "";
    $("status").textContent = text;
  }

  const guard = (fn) => (...args) => Promise.resolve().then(() => fn(...args)).catch((e) => {
    if (!(e instanceof ApiError && e.status === 401)) showError(e);
  });

  // ---- sign in / out --------------------------------------------------------------------------------------
  async function signIn(ev) {
    ev.preventDefault();
    const value = $("token").value.trim();
    if (!value) { showError(new Error(t("tokenMissing"))); $("token").focus(); return; }
    sessionStorage.setItem(TOKEN_KEY, value);
    try {
      await call("GET", "/sources");
    } catch (e) {
      sessionStorage.removeItem(TOKEN_KEY);
      signedIn(false);
      showError(e.status === 401 ? new Error(t("tokenRejected")) : e);
      $("token").focus();
      return;
    }
    $("token").value = "";
    signedIn(true);
    say(t("signedIn"));
    await loadAll();
    $("main").focus();
  }

  function signOut(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    $("sources").replaceChildren();
    $("audit").replaceChildren();
    closeEditor();
    signedIn(false);
    if (message) showError(new Error(message));
    else say(t("signedOut"));
    $("token").focus();
  }

  // ---- sources --------------------------------------------------------------------------------------------
  let sources = [];

  async function loadAll() {
    await Promise.all([loadSources(), loadAudit(null)]);
  }

  async function loadSources() {
    sources = (await call("GET", "/sources")).sources;
    const health = await Promise.all(sources.map((s) => call("GET", "/sources/" + encodeURIComponent(s.id)
      + "/health").catch(() => null)));
    $("sources").replaceChildren(...sources.map((s, i) => sourceRow(s, health[i])));
  }

  function when(iso) {
    if (!iso) return t("never");
    const d = new Date(iso);
    return isNaN(d) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "medium" }).format(d);
  }

  function sourceRow(s, h) {
    const health = (h && h.health) || {};
    const errors = health.recentErrors || [];
    const last = errors.length ? errors[errors.length - 1] : null;
    const ratio = h ? Math.round((h.notModifiedRatio || 0) * 100) + " %" : "–";
    const actions = el("td", { className: "actions-cell" });
    const row = el("tr", { "data-source": s.id },
      el("th", { scope: "row" }, el("span", { className: "council" }, s.council || s.id),
        el("span", { className: "sub" }, s.id + " · " + t("format" + s.format) + " · "
          + t("origin_" + s.origin)), s.url ? el("span", { className: "sub url" }, s.url) : null),
      el("td", { className: "status-" + s.status }, t("status_" + s.status)),
      el("td", {}, when(health.lastAttempt)),
      el("td", {}, when(health.lastSuccess)),
      el("td", {}, health.lastHttpStatus ? String(health.lastHttpStatus) : "–"),
      el("td", {}, health.itemsFound !== undefined ? String(health.itemsFound) : "–"),
      el("td", {}, ratio),
      el("td", { className: "last-error" }, last ? [last.stage + ": " + (last.reason || ""),
        last.url ? el("span", { className: "sub url" }, last.url) : null] : t("none")),
      actions);
    fillActions(actions, s);
    return row;
  }

  /** A row button names its source for screen readers; the visible text comes first (WCAG 2.5.3 label in name). */
  const named = (label, name) => label + " – " + name;

  function button(label, onClick, attrs) {
    const b = el("button", Object.assign({ type: "button" }, attrs || {}), label);
    b.addEventListener("click", guard(onClick));
    return b;
  }

  function fillActions(cell, s) {
    const id = encodeURIComponent(s.id);
    const name = s.council || s.id;
    const list = [];
    if (s.origin === "admin") {
      list.push(button(t("edit"), () => openEditor(s), { "aria-label": named(t("edit"), name),
        "data-action": "edit", className: "secondary" }));
    }
    list.push(button(s.paused ? t("resume") : t("pause"), async () => {
      await call("POST", "/sources/" + id + (s.paused ? "/resume" : "/pause"));
      say(t(s.paused ? "resumed" : "paused", { name }));
      await loadAll();
    }, { "aria-label": named(s.paused ? t("resume") : t("pause"), name),
      "data-action": s.paused ? "resume" : "pause", className: "secondary" }));
    if (s.format !== "PUSH") {
      list.push(button(t("crawl"), async () => {
        await call("POST", "/sources/" + id + "/crawl");
        say(t("crawlStarted", { name }));
        await loadAudit(null);
      }, { "aria-label": named(t("crawl"), name), "data-action": "crawl", className: "secondary" }));
    }
    if (s.origin === "admin") {
      list.push(button(t("delete"), () => confirmDelete(cell, s), { "aria-label": named(t("delete"), name),
        "data-action": "delete", className: "danger" }));
    }
    cell.replaceChildren(...list);
  }

  /** The confirm step: the row's actions become "Delete … for good?" with a yes and a no. */
  function confirmDelete(cell, s) {
    const name = s.council || s.id;
    const yes = button(t("deleteYes"), async () => {
      const r = await call("DELETE", "/sources/" + encodeURIComponent(s.id));
      say(t("deleted", { name, n: r.closedVacancies }));
      await loadAll();
      $("sources-heading").focus();
    }, { "data-action": "confirm-delete", className: "danger" });
    const no = button(t("deleteNo"), () => { fillActions(cell, s); cell.querySelector("[data-action=delete]").focus(); },
      { "data-action": "cancel-delete", className: "secondary" });
    cell.replaceChildren(el("p", { className: "confirm", id: "confirm-" + s.id }, t("deleteQuestion", { name })),
      yes, no);
    yes.setAttribute("aria-describedby", "confirm-" + s.id);
    yes.focus();
  }

  // ---- editor ---------------------------------------------------------------------------------------------
  let editing = null; // id of the source being edited, null when adding
  let validatedAs = null; // the form values the last validation ran on

  function field(name) { return document.querySelector("#source-form [name='" + name + "']"); }

  function formValues() {
    const v = (name) => { const x = field(name).value.trim(); return x === "" ? null : x; };
    const licence = { id: v("licence.id"), attribution: v("licence.attribution") };
    return { id: editing || v("id"), council: v("council"), url: v("url"), format: v("format"), region: v("region"),
      country: v("country") && v("country").toUpperCase(), language: v("language"),
      licence: licence.id || licence.attribution ? licence : null, schedule: v("schedule"),
      fullSnapshot: field("fullSnapshot").checked, enabled: field("enabled").checked };
  }

  function fillForm(s) {
    const set = (name, value) => { field(name).value = value || ""; };
    ["id", "council", "url", "region", "country", "language", "schedule"].forEach((n) => set(n, s[n]));
    set("format", s.format || "AUTO");
    set("licence.id", s.licence && s.licence.id);
    set("licence.attribution", s.licence && s.licence.attribution);
    field("fullSnapshot").checked = s.fullSnapshot !== false;
    field("enabled").checked = s.enabled !== false;
  }

  function openEditor(s) {
    editing = s ? s.id : null;
    fillForm(s || { format: "AUTO", schedule: "PT1H" });
    field("id").readOnly = !!s;
    $("editor-heading").textContent = s ? t("editHeading", { name: s.council || s.id }) : t("addHeading");
    $("preview").hidden = true;
    $("preview-body").replaceChildren();
    validatedAs = null;
    updateSave();
    $("editor").hidden = false;
    $("editor-heading").focus();
  }

  function closeEditor() {
    $("editor").hidden = true;
    editing = null;
    validatedAs = null;
  }

  /** Save is offered once the current values were validated (push sources cannot be fetched, so need none). */
  function updateSave() {
    const values = JSON.stringify(formValues());
    const ok = field("format").value === "PUSH" || validatedAs === values;
    $("save").disabled = !ok;
    $("validate-hint").hidden = ok;
  }

  async function validate() {
    document.querySelectorAll("#source-form [aria-invalid]").forEach((f) => f.removeAttribute("aria-invalid"));
    const values = formValues();
    say(t("validating"));
    $("validate").disabled = true;
    try {
      const report = await call("POST", "/sources/validate", values);
      validatedAs = JSON.stringify(values);
      showReport(report);
      say(report.ok ? t("validOk", { n: report.itemsFound }) : t("validProblems"));
    } catch (e) {
      validatedAs = null;
      $("preview").hidden = true;
      throw e;
    } finally {
      $("validate").disabled = false;
      updateSave();
    }
  }

  function showReport(r) {
    const facts = el("dl", { className: "facts" },
      el("dt", {}, t("reportResult")), el("dd", { id: "preview-result" }, r.ok ? t("reportOk") : t("reportNotOk")),
      el("dt", {}, t("colHttp")), el("dd", {}, r.httpStatus ? String(r.httpStatus) : "–"),
      el("dt", {}, t("reportFormat")), el("dd", {}, r.formatDetected ? t("format" + r.formatDetected) : "–"),
      el("dt", {}, t("colItems")), el("dd", { id: "preview-items" }, String(r.itemsFound)),
      el("dt", {}, t("reportComplete")), el("dd", {}, r.complete ? t("yes") : t("no")));
    const parts = [facts];
    if ((r.sample || []).length) {
      parts.push(el("h4", {}, t("reportSample")), el("ul", { className: "sample" }, r.sample.map((p) => {
        const meta = [p.ref, p.datePosted && t("postedOn", { date: p.datePosted }),
          p.validThrough && t("closesOn", { date: p.validThrough })].filter(Boolean).join(" · ");
        return el("li", {}, el("strong", {}, p.title || p.ref || "?"), meta ? " – " + meta : "");
      })));
    }
    if ((r.errors || []).length) {
      parts.push(el("h4", {}, t("reportErrors")), el("ul", { className: "problems" }, r.errors.map((p) =>
        el("li", {}, p.stage + ": " + (p.reason || ""), p.url ? el("span", { className: "sub url" }, p.url) : null))));
    }
    $("preview-body").replaceChildren(...parts);
    $("preview").hidden = false;
  }

  async function save(ev) {
    ev.preventDefault();
    if ($("save").disabled) return;
    const values = formValues();
    const name = values.council || values.id;
    if (editing) await call("PUT", "/sources/" + encodeURIComponent(editing), values);
    else await call("POST", "/sources", values);
    closeEditor();
    say(t("savedSource", { name }));
    await loadAll();
    const row = document.querySelector("#sources tr[data-source='" + CSS.escape(values.id || "") + "'] th");
    if (row) { row.tabIndex = -1; row.focus(); }
  }

  // ---- audit log ------------------------------------------------------------------------------------------
  const auditCursors = []; // "before" cursors of the pages shown so far; the last one is the current page
  let auditNext = null;

  async function loadAudit(before) {
    const page = await call("GET", "/audit?limit=" + AUDIT_PAGE + (before ? "&before=" + encodeURIComponent(before)
      : ""));
    if (before === null) auditCursors.length = 0;
    if (!auditCursors.length || auditCursors[auditCursors.length - 1] !== before) auditCursors.push(before);
    auditNext = page.next ? new URLSearchParams(page.next.split("?")[1]).get("before") : null;
    $("audit").replaceChildren(...page.entries.map((e) => el("tr", {},
      el("td", {}, when(e.at)), el("td", {}, e.actor), el("td", {}, e.action), el("td", {}, e.target || ""),
      el("td", { className: "detail" }, e.detail ? JSON.stringify(e.detail) : ""), el("td", {}, e.remoteAddress || ""))));
    $("audit-older").disabled = !auditNext;
    $("audit-newer").disabled = auditCursors.length <= 1;
    $("audit-page").textContent = t("pageN", { n: auditCursors.length });
  }

  // ---- start ----------------------------------------------------------------------------------------------
  document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.title = t("heading") + " – Joined-up Jobs";
  $("signin-form").addEventListener("submit", signIn);
  $("signout").addEventListener("click", () => signOut(null));
  $("refresh").addEventListener("click", guard(async () => { await loadAll(); say(t("refreshed")); }));
  $("add-source").addEventListener("click", () => openEditor(null));
  $("cancel").addEventListener("click", () => { closeEditor(); $("add-source").focus(); });
  $("validate").addEventListener("click", guard(validate));
  $("source-form").addEventListener("submit", guard(save));
  $("source-form").addEventListener("input", updateSave);
  $("source-form").addEventListener("change", updateSave);
  $("audit-older").addEventListener("click", guard(() => loadAudit(auditNext)));
  $("audit-newer").addEventListener("click", guard(() => {
    auditCursors.pop();
    return loadAudit(auditCursors.pop() || null);
  }));
  if (token()) {
    signedIn(true);
    guard(loadAll)();
  } else {
    signedIn(false);
  }
})();
