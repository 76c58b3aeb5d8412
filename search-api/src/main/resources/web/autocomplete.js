// Accessible autocomplete for the search box (WAI-ARIA combobox with a listbox popup): arrow keys move
// through suggestions (aria-activedescendant), Enter picks one, Escape closes; without an active option Enter
// submits the search as usual.
"use strict";
window.JOINEDUP_AUTOCOMPLETE = function (input, list, onPick) {
  const R = window.JOINEDUP_RENDER;
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  function close() {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function show(suggestions) {
    items = suggestions.map((s) => s.text);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (!items.length) { close(); return; }
    list.replaceChildren(...items.map((text, i) => {
      const li = R.el("li", { id: "q-option-" + i, role: "option", "aria-selected": "false", className: "suggestion" },
        text);
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(i); });
      return li;
    }));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function highlight(i) {
    active = i;
    list.querySelectorAll("[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) input.setAttribute("aria-activedescendant", "q-option-" + i);
    else input.removeAttribute("aria-activedescendant");
  }

  function pick(i) {
    input.value = items[i];
    close();
    onPick(input.value);
  }

  async function fetchSuggestions() {
    const q = input.value.trim();
    if (q.length < 2 || q.length > 100) { close(); return; }
    const mine = ++seq;
    try {
      const res = await R.api("/api/v1/suggest?q=" + encodeURIComponent(q) + "&size=8");
      if (mine === seq && res.ok && document.activeElement === input) show(res.body.suggestions || []);
    } catch (e) {
      close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (e.key === "Escape") { e.preventDefault(); close(); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(active); }
    else if (e.key === "Enter" || e.key === "Tab") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return { close };
};
