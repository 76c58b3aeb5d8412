// Every user-visible string of the web pages, per language. Add "nl", "da", "fi" objects with the same keys.
"use strict";
window.JOINEDUP_STRINGS = {
  en: {
    siteName: "Joined-up Jobs",
    tagline: "Public-sector vacancies from councils, in one search.",
    skipToResults: "Skip to results",
    searchLabel: "Search vacancies",
    searchHint: "Job title, skill or place, in any language",
    searchButton: "Search",
    filtersHeading: "Filter results",
    clearFilters: "Clear all filters",
    loading: "Searching…",
    resultsOne: "1 vacancy",
    resultsMany: "{n} vacancies",
    resultsNone: "No vacancies match your search.",
    pageOf: "Page {page} of {pages}",
    previous: "Previous",
    next: "Next",
    pagesLabel: "Result pages",
    closes: "Closes {date}",
    posted: "Posted {date}",
    details: "Details",
    detailsFor: "Details for {title}",
    alsoListedAt: "Also listed at {where}",
    errorPrefix: "Sorry, something went wrong: ",
    networkError: "the service could not be reached.",
    backToSearch: "Back to search",
    apply: "Apply",
    originalListing: "Original listing at {council}",
    notFound: "This vacancy could not be found. It may have been removed.",
    employer: "Employer",
    department: "Department",
    location: "Location",
    employmentType: "Employment type",
    workplaceType: "Workplace",
    salary: "Salary",
    closingDate: "Closing date",
    datePosted: "Date posted",
    startDate: "Start date",
    source: "Source",
    licence: "Licence",
    placeLabel: "Near a place",
    placeHint: "Town, e.g. Harrogate or Aarhus",
    radiusLabel: "Distance",
    sortLabel: "Sort by",
    sortRelevance: "Best match",
    sortDate: "Newest",
    sortClosing: "Closing soonest",
    sortSalary: "Highest salary",
    sortDistance: "Nearest",
    rssFeed: "RSS feed of this search",
    atomFeed: "Atom feed",
    distance: "{km} km away",
    sourceLine: "Source: {source} ({licence})",
    any: "Any",
    closedNotice: "This vacancy has closed and no longer takes applications.",
    closed: "Closed",
    alsoListedAtLabel: "Also listed at: ",
    licenceLine: "From {source}. Licence: {licence}",
    salaryPer: { HOUR: "per hour", DAY: "per day", WEEK: "per week", MONTH: "per month", YEAR: "per year" },
    facetNames: {
      employer: "Employer", region: "Region", occupation: "Occupation", employmentType: "Employment type",
      workplaceType: "Workplace", language: "Language", salaryBand: "Salary", posted: "Posted"
    },
    valueLabels: {
      language: { en: "English", nl: "Dutch", da: "Danish", fi: "Finnish", und: "Other" },
      employmentType: {
        "full-time": "Full-time", "part-time": "Part-time", permanent: "Permanent",
        "fixed-term": "Fixed-term", temporary: "Temporary", casual: "Casual or shift"
      },
      workplaceType: { onsite: "On site", hybrid: "Hybrid", remote: "Remote" }
    }
  }
};

window.JOINEDUP_T = (function () {
  const all = window.JOINEDUP_STRINGS;
  const lang = (document.documentElement.lang || "en").slice(0, 2);
  const strings = all[lang] || all.en;
  /** The string for a key with {placeholders} filled in. */
  function t(key, values) {
    const s = strings[key] !== undefined ? strings[key] : all.en[key];
    if (typeof s !== "string") return s;
    return s.replace(/\{(\w+)\}/g, (m, name) => (values && name in values ? String(values[name]) : m));
  }
  t.locale = lang;
  /** Fills elements marked data-i18n with their strings. */
  t.apply = function (root) {
    root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  };
  return t;
})();
