// Small fixes on top of Material, loaded on every page.

// Keep the section when switching language: #freeze on one page lands on #freeze of its twin
// (headings carry the same explicit anchors in both languages).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.md-select__link[hreflang]");
  if (link && location.hash) link.hash = location.hash;
}, true);

// Material's search dialog has no accessible name; give it the search box's own label.
const search = document.querySelector(".md-search[role=dialog]");
const query = document.querySelector(".md-search__input");
if (search && query) search.setAttribute("aria-label", query.getAttribute("aria-label"));
