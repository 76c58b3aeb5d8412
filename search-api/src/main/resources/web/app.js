// The search page: state lives in the URL query string, so every search can be bookmarked and shared.
"use strict";
(function () {
  const t = window.JOINEDUP_T;
  const R = window.JOINEDUP_RENDER;
  const DIMENSIONS = ["employer", "region", "occupation", "employmentType", "workplaceType", "language"];
  /** Single-choice facets: one value at a time, shown as radio buttons with an "any" choice. */
  const CHOICES = { posted: "posted", salaryBand: "salaryBand" };
  const OPTIONS = ["sort", "place", "radius", "posted", "salaryBand"];
  const PAGE_SIZE = 20;
  const $ = (id) => document.getElementById(id);

  /** Reads the search state from the address bar. */
  function stateFromUrl() {
    const p = new URLSearchParams(location.search);
    const state = { q: p.get("q") || "", page: Math.max(1, parseInt(p.get("page"), 10) || 1), filters: {} };
    DIMENSIONS.forEach((d) => { state.filters[d] = p.getAll(d); });
    OPTIONS.forEach((o) => { state[o] = p.get(o) || ""; });
    return state;
  }

  function toParams(state) {
    const p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    if (state.page > 1) p.set("page", String(state.page));
    DIMENSIONS.forEach((d) => state.filters[d].forEach((v) => p.append(d, v)));
    if (state.place) { p.set("place", state.place); p.set("radius", state.radius || "25"); }
    if (state.sort && state.sort !== "relevance") p.set("sort", state.sort);
    if (state.posted) p.set("posted", state.posted);
    if (state.salaryBand) p.set("salaryBand", state.salaryBand);
    return p;
  }

  let current = stateFromUrl();

  function go(state) {
    current = state;
    const qs = toParams(state).toString();
    history.pushState(null, "", qs ? "?" + qs : location.pathname);
    search();
  }

  function showState() {
    $("q").value = current.q;
    $("place").value = current.place;
    $("radius").value = current.radius || "25";
    $("sort").value = current.sort || "relevance";
    $("sort").querySelector("option[value=distance]").disabled = !current.place;
  }

  let latest = 0; // only the newest search may render: answers can arrive out of order

  async function search() {
    const mine = ++latest;
    showState();
    $("error").hidden = true;
    $("summary").textContent = t("loading");
    document.body.setAttribute("aria-busy", "true");
    const p = toParams(current);
    p.set("size", String(PAGE_SIZE));
    const feedQuery = toParams({ ...current, page: 1 }).toString();
    $("rss-link").href = "/feeds/vacancies.rss" + (feedQuery ? "?" + feedQuery : "");
    $("atom-link").href = "/feeds/vacancies.atom" + (feedQuery ? "?" + feedQuery : "");
    $("alert-link").href = "/alerts/" + (feedQuery ? "?" + feedQuery : "");
    try {
      const res = await R.api("/api/v1/vacancies?" + p);
      if (mine !== latest) return;
      if (!res.ok) {
        R.showError($("error"), res.body && res.body.error ? res.body.error.message : "HTTP " + res.status);
        $("summary").textContent = "";
        return;
      }
      render(res.body);
    } catch (e) {
      if (mine === latest) R.showError($("error"), t("networkError"));
    } finally {
      if (mine === latest) document.body.removeAttribute("aria-busy");
    }
  }

  function render(body) {
    const n = body.total;
    $("summary").replaceChildren(n === 0 ? t("resultsNone")
      : R.el("span", { id: "total", "data-total": String(n) }, n === 1 ? t("resultsOne") : t("resultsMany", { n })));
    $("hits").replaceChildren(...body.hits.map(hit));
    renderFacets(body.facets || {});
    renderPager(body);
  }

  function hit(h) {
    const place = [h.locality, h.region].filter(Boolean).join(", ");
    const meta = [h.employer, place, h.distanceKm != null ? t("distance", { km: h.distanceKm }) : "",
      h.validThrough ? t("closes", { date: R.date(h.validThrough) }) : "", R.salary(h.salary)].filter(Boolean);
    const also = (h.alsoListedAt || []).map((l) => l.council || l.sourceId).filter(Boolean);
    const source = h.source && (h.source.council || h.source.id);
    return R.el("li", { className: "hit", "data-id": h.id, "data-language": h.language,
      "data-employer": h.employer, "data-region": h.region || "",
      "data-employment-types": (h.employmentTypes || []).join(" ") },
      R.el("h3", {}, R.el("a", { href: h.url, className: "hit-title", lang: h.language }, h.title)),
      R.el("p", { className: "meta" }, meta.join(" · ")),
      h.snippet ? R.el("p", { className: "snippet", lang: h.language }, R.snippet(h.snippet)) : null,
      also.length ? R.el("p", { className: "also" }, t("alsoListedAt", { where: also.join(", ") })) : null,
      source ? R.el("p", { className: "attribution" }, t("sourceLine", { source,
        licence: (h.licence && h.licence.id) || "" })) : null,
      R.el("p", { className: "more" }, R.el("a", { href: "/vacancies/" + encodeURIComponent(h.id),
        "aria-label": t("detailsFor", { title: h.title }) }, t("details"))));
  }

  function renderFacets(facets) {
    const groups = DIMENSIONS.filter((d) => (facets[d] || []).length > 0).map((d) => {
      const items = facets[d].map((f, i) => {
        const id = "facet-" + d + "-" + i;
        const box = R.el("input", { type: "checkbox", id, "data-dimension": d, "data-value": f.value,
          checked: current.filters[d].includes(f.value) });
        box.addEventListener("change", () => toggle(d, f.value, box.checked));
        return R.el("li", {}, box, R.el("label", { for: id },
          R.valueLabel(d, f.value, f.label), " ", R.el("span", { className: "count" }, "(" + f.count + ")")));
      });
      return R.el("fieldset", { className: "facet", "data-dimension": d },
        R.el("legend", {}, t("facetNames")[d] || d), R.el("ul", {}, items));
    });
    Object.keys(CHOICES).forEach((d) => { if ((facets[d] || []).length) groups.push(choice(d, facets[d])); });
    $("facets").replaceChildren(...groups);
    $("clear-filters").hidden = !DIMENSIONS.some((d) => current.filters[d].length) && !current.posted
      && !current.salaryBand;
  }

  /** A single-choice facet (posted within, salary band) as radio buttons, "any" first. */
  function choice(d, values) {
    const radio = (value, label, count, i) => {
      const id = "facet-" + d + "-" + i;
      const input = R.el("input", { type: "radio", name: "facet-" + d, id, "data-dimension": d, "data-value": value,
        checked: (current[d] || "") === value });
      input.addEventListener("change", () => go({ ...current, page: 1, [d]: value }));
      return R.el("li", {}, input, R.el("label", { for: id }, label,
        count === null ? "" : R.el("span", { className: "count" }, " (" + count + ")")));
    };
    const items = [radio("", t("any"), null, "any")]
      .concat(values.map((f, i) => radio(f.value, R.valueLabel(d, f.value, f.label), f.count, i)));
    return R.el("fieldset", { className: "facet", "data-dimension": d },
      R.el("legend", {}, t("facetNames")[d] || d), R.el("ul", {}, items));
  }

  function toggle(dimension, value, on) {
    const filters = { ...current.filters };
    filters[dimension] = on ? [...filters[dimension], value] : filters[dimension].filter((v) => v !== value);
    go({ ...current, page: 1, filters });
  }

  function renderPager(body) {
    const pages = Math.max(1, Math.min(Math.ceil(body.total / body.size), Math.floor(10000 / body.size)));
    $("pager").hidden = pages <= 1;
    $("page-info").textContent = t("pageOf", { page: body.page, pages });
    $("prev").disabled = body.page <= 1;
    $("next").disabled = body.page >= pages;
  }

  function movePage(delta) {
    go({ ...current, page: Math.max(1, current.page + delta) });
    $("results").focus();
  }

  function fromForm() {
    const place = $("place").value.trim();
    let sort = $("sort").value;
    if (sort === "distance" && !place) sort = "relevance";
    return { ...current, q: $("q").value.trim(), place, radius: $("radius").value, sort, page: 1 };
  }

  t.apply(document);
  const complete = window.JOINEDUP_AUTOCOMPLETE($("q"), $("q-suggestions"), () => go(fromForm()));
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    complete.close();
    go(fromForm());
  });
  $("sort").addEventListener("change", () => go(fromForm()));
  $("radius").addEventListener("change", () => { if (current.place) go(fromForm()); });
  $("prev").addEventListener("click", () => movePage(-1));
  $("next").addEventListener("click", () => movePage(1));
  $("clear-filters").addEventListener("click", () => {
    const filters = {};
    DIMENSIONS.forEach((d) => { filters[d] = []; });
    go({ ...current, page: 1, filters, posted: "", salaryBand: "" });
  });
  window.addEventListener("popstate", () => { current = stateFromUrl(); search(); });
  search();
})();
