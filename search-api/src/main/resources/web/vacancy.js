// The vacancy page: /vacancies/{id} (JSON-LD written in by the server) or /vacancy.html?id=... shows one
// vacancy with its apply link, where else it is listed, its source's licence, and whether it has closed.
"use strict";
(async function () {
  const t = window.JOINEDUP_T;
  const R = window.JOINEDUP_RENDER;
  const $ = (id) => document.getElementById(id);
  t.apply(document);
  if (document.referrer && new URL(document.referrer).origin === location.origin
      && new URL(document.referrer).pathname === "/") {
    $("back").href = document.referrer;
  }
  const fromPath = location.pathname.match(/^\/vacancies\/([^/]+)$/);
  const id = fromPath ? decodeURIComponent(fromPath[1]) : new URLSearchParams(location.search).get("id");
  if (!id) { R.showError($("error"), t("notFound")); return; }
  let res;
  try {
    res = await R.api("/api/v1/vacancies/" + encodeURIComponent(id));
  } catch (e) {
    R.showError($("error"), t("networkError"));
    return;
  }
  if (!res.ok) {
    R.showError($("error"), res.status === 404 ? t("notFound") : (res.body && res.body.error
      ? res.body.error.message : "HTTP " + res.status));
    return;
  }
  render(res.body);
  if (!document.querySelector("script[type='application/ld+json']")) embedJsonLd(id);

  function render(v) {
    document.title = v.title + " – " + t("siteName");
    $("title").textContent = v.title;
    $("title").lang = v.language || "";
    $("employer-line").textContent = [v.employer && v.employer.name, v.department].filter(Boolean).join(" · ");
    const council = (v.source && v.source.council) || v.sourceId;
    if (v.open) {
      $("apply").href = v.applyUrl || v.url;
    } else {
      $("closed").textContent = t("closedNotice");
      $("closed").hidden = false;
      $("apply").remove();
      document.body.classList.add("is-closed");
    }
    $("original").href = v.url;
    $("original").textContent = t("originalListing", { council });
    facts(v);
    $("description").lang = v.language || "";
    $("description").replaceChildren(R.description(v.descriptionHtml || v.descriptionText));
    const also = ((v.cluster && v.cluster.alsoListedAt) || []).filter((l) => /^https?:\/\//i.test(l.url || ""))
      .map((l) => R.el("a", { href: l.url, rel: "noopener" }, l.council || l.sourceId));
    if (also.length) {
      $("also").append(t("alsoListedAtLabel"));
      also.forEach((a, i) => $("also").append(i ? ", " : "", a));
    }
    if (v.licence) {
      const licence = [v.licence.id, v.licence.attribution].filter(Boolean).join(" – ");
      $("licence").textContent = t("licenceLine", { source: council, licence });
    }
    $("vacancy").hidden = false;
  }

  function facts(v) {
    const places = (v.locations || []).map((l) => [l.locality, l.region, l.country].filter(Boolean).join(", "));
    const rows = [
      ["location", places.join("; ")],
      ["employmentType", (v.employmentTypes || []).map((e) => R.valueLabel("employmentType", e)).join(", ")],
      ["workplaceType", v.workplaceType ? R.valueLabel("workplaceType", v.workplaceType) : ""],
      ["salary", R.salary(v.salary)],
      ["closingDate", (v.validThrough ? R.date(v.validThrough) : "") + (v.open ? "" : " (" + t("closed") + ")")],
      ["datePosted", R.date(v.datePosted)],
      ["startDate", R.date(v.startDate)],
      ["source", v.source && v.source.council]
    ].filter(([, value]) => value && value.trim());
    $("facts").replaceChildren(...rows.flatMap(([key, value]) => [R.el("dt", {}, t(key)), R.el("dd", {}, value)]));
  }

  /** On /vacancy.html?id= the server wrote no JSON-LD: add the API's, which crawlers that run scripts read. */
  async function embedJsonLd(vacancyId) {
    const r = await fetch("/api/v1/vacancies/" + encodeURIComponent(vacancyId), {
      headers: { Accept: "application/ld+json" } });
    if (!r.ok) return;
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.textContent = await r.text();
    document.head.append(script);
  }
})();
