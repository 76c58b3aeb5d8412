// The alert pages: sign-up, confirm, manage, unsubscribe. Every change is a POST/PATCH/DELETE made by a button:
// opening a link never changes anything (mail scanners open links).
"use strict";
(function () {
  const S = window.ALERT_STRINGS;
  const params = new URLSearchParams(location.search);
  const lang = window.JOINEDUP_LANG.current; // ?lang=, saved choice, browser languages, English (i18n.js)
  const t = (k) => (S[lang] && S[lang][k]) || S.en[k] || k;
  const $ = (id) => document.getElementById(id);

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    const heading = document.querySelector("main h2");
    if (heading) document.title = heading.textContent + " – Joined-up Jobs";
  }

  // Status messages go to a live region so screen readers announce them; errors get role=alert.
  function say(text, isError) {
    const box = $("status");
    box.className = isError ? "error" : "notice";
    box.setAttribute("role", isError ? "alert" : "status");
    box.textContent = text;
  }

  async function call(method, url, body) {
    const r = await fetch(url, { method, headers: body ? { "Content-Type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined });
    const data = r.status === 204 ? {} : await r.json().catch(() => ({}));
    if (!r.ok) {
      const e = new Error((data.error && data.error.message) || r.statusText);
      e.parameter = data.error && data.error.parameter;
      throw e;
    }
    return data;
  }

  function token() {
    const tk = params.get("token");
    if (!tk) say(t("missingToken"), true);
    return tk;
  }

  function fail(e) {
    say(t("error").replace("{m}", e.message), true);
    const field = e.parameter && document.querySelector("[name='" + e.parameter + "']");
    if (field) { field.setAttribute("aria-invalid", "true"); field.focus(); }
  }

  function signup() {
    const search = new URLSearchParams(location.search);
    ["lang", "page", "size", "sort"].forEach((k) => search.delete(k));
    const qs = search.toString();
    $("search-summary").textContent = qs ? [...search].map(([k, v]) => (k === "q" ? v : k + ": " + v)).join(" · ")
      : t("searchNone");
    $("search").value = qs;
    $("language").value = lang;
    $("alert-form").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const form = ev.target;
      form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
      say(t("working"));
      try {
        const r = await call("POST", "/api/v1/alerts", { email: form.email.value, search: form.search.value,
          frequency: form.frequency.value, language: form.language.value });
        say(t("subscribed") + (r.mailEnabled ? "" : " " + t("mailQueued")));
      } catch (e) { fail(e); }
    });
  }

  function confirmPage() {
    const tk = token();
    $("confirm").disabled = !tk;
    $("confirm").addEventListener("click", async () => {
      say(t("working"));
      try {
        await call("POST", "/api/v1/alerts/confirm", { token: tk });
        $("confirm").disabled = true;
        say(t("confirmed"));
      } catch (e) { fail(e); }
    });
  }

  function unsubscribePage() {
    const tk = token();
    $("unsubscribe").disabled = !tk;
    $("unsubscribe").addEventListener("click", async () => {
      try {
        await call("POST", "/api/v1/alerts/unsubscribe?token=" + encodeURIComponent(tk));
        $("unsubscribe").disabled = true;
        say(t("unsubscribed"));
      } catch (e) { fail(e); }
    });
  }

  async function managePage() {
    const tk = params.get("token");
    if (!tk) { say(t("manageLinkNoToken")); return; }
    const base = "/api/v1/alerts/manage";
    const q = "?token=" + encodeURIComponent(tk);
    try {
      const list = (await call("GET", base + q)).alerts;
      const ul = $("alerts");
      ul.textContent = "";
      if (!list.length) say(t("manageNone"));
      list.forEach((a) => ul.appendChild(row(a, base, q)));
    } catch (e) { fail(e); }
  }

  // "E-mail me my manage link": the answer is the same whether or not the address has alerts (nobody can learn
  // who subscribed), so the page can only say that a mail is on its way if there is anything to manage.
  function manageLinkForm() {
    $("manage-link-form").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const form = ev.target;
      form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
      say(t("working"));
      try {
        await call("POST", "/api/v1/alerts/manage-link", { email: form.email.value });
        say(t("manageLinkSent"));
      } catch (e) { fail(e); }
    });
  }

  function option(value, label, selected) {
    const o = document.createElement("option");
    o.value = value; o.textContent = label; o.selected = value === selected;
    return o;
  }

  function row(a, base, q) {
    const li = document.createElement("li");
    const h = document.createElement("h2");
    h.textContent = a.description + " (" + t("status_" + a.status) + ")";
    li.appendChild(h);
    const freq = document.createElement("select");
    freq.id = "f-" + a.id;
    ["instant", "daily", "weekly"].forEach((f) => freq.appendChild(option(f, t(f), a.frequency)));
    const lng = document.createElement("select");
    lng.id = "l-" + a.id;
    [["en", "English"], ["nl", "Nederlands"], ["da", "Dansk"], ["fi", "Suomi"]]
      .forEach(([v, l]) => lng.appendChild(option(v, l, a.language)));
    // The search itself, as the search page's query string (q=...&region=...); the server validates it exactly
    // as at sign-up and names the bad parameter.
    const search = document.createElement("input");
    search.id = "s-" + a.id; search.name = "search"; search.type = "text"; search.value = a.search;
    search.setAttribute("autocomplete", "off"); search.setAttribute("spellcheck", "false");
    [[search, "searchLabel"], [freq, "frequencyLabel"], [lng, "languageLabel"]].forEach(([sel, key]) => {
      const label = document.createElement("label");
      label.htmlFor = sel.id; label.textContent = t(key);
      li.append(label, sel);
    });
    const button = (key, fn) => {
      const b = document.createElement("button");
      b.type = "button"; b.textContent = t(key);
      b.addEventListener("click", () => fn().catch(fail));
      li.appendChild(b);
    };
    const patch = (body) => call("PATCH", base + "/" + encodeURIComponent(a.id) + q, body);
    button("save", async () => {
      const body = { frequency: freq.value, language: lng.value };
      if (search.value.trim() !== a.search) body.search = search.value.trim();
      try {
        await patch(body);
      } catch (e) {
        if (body.search !== undefined && e.parameter) { search.setAttribute("aria-invalid", "true"); search.focus(); }
        throw e;
      }
      await managePage();
      say(t("saved"));
    });
    button(a.status === "paused" ? "resume" : "pause", async () => {
      await patch({ status: a.status === "paused" ? "active" : "paused" });
      managePage();
    });
    button("remove", async () => {
      await call("DELETE", base + "/" + encodeURIComponent(a.id) + q);
      li.remove();
      say(t("removed"));
    });
    return li;
  }

  translate();
  const page = document.body.dataset.page;
  const manage = () => { manageLinkForm(); managePage(); };
  ({ signup, confirm: confirmPage, manage, unsubscribe: unsubscribePage })[page]();
})();
