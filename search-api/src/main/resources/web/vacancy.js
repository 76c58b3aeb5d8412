// The vacancy page: /vacancy.html?id=... shows one vacancy with its apply link.
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
  const id = new URLSearchParams(location.search).get("id");
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

  function render(v) {
    document.title = v.title + " – " + t("siteName");
    $("title").textContent = v.title;
    $("title").lang = v.language || "";
    $("employer-line").textContent = [v.employer && v.employer.name, v.department].filter(Boolean).join(" · ");
    $("apply").href = v.applyUrl || v.url;
    $("original").href = v.url;
    $("original").textContent = t("originalListing", { council: (v.source && v.source.council) || v.sourceId });
    facts(v);
    $("description").lang = v.language || "";
    $("description").replaceChildren(R.description(v.descriptionHtml || v.descriptionText));
    const also = ((v.cluster && v.cluster.alsoListedAt) || []).map((l) => R.el("a", { href: l.url }, l.council || l.sourceId));
    if (also.length) {
      $("also").append(t("alsoListedAt", { where: "" }));
      also.forEach((a, i) => $("also").append(i ? ", " : "", a));
    }
    if (v.licence) $("licence").textContent = t("licence") + ": " + [v.licence.id, v.licence.attribution].filter(Boolean).join(" – ");
    $("vacancy").hidden = false;
  }

  function facts(v) {
    const places = (v.locations || []).map((l) => [l.locality, l.region, l.country].filter(Boolean).join(", "));
    const rows = [
      ["location", places.join("; ")],
      ["employmentType", (v.employmentTypes || []).map((e) => R.valueLabel("employmentType", e)).join(", ")],
      ["workplaceType", v.workplaceType ? R.valueLabel("workplaceType", v.workplaceType) : ""],
      ["salary", R.salary(v.salary)],
      ["closingDate", R.date(v.validThrough)],
      ["datePosted", R.date(v.datePosted)],
      ["startDate", R.date(v.startDate)],
      ["source", v.source && v.source.council]
    ].filter(([, value]) => value);
    $("facts").replaceChildren(...rows.flatMap(([key, value]) => [R.el("dt", {}, t(key)), R.el("dd", {}, value)]));
  }
})();
