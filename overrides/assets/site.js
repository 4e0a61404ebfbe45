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

// Light/dark toggle (partials/palette.html): apply the palette with the function the inline
// script applied it with at load, and store the choice as Material does, for the next page.
const palette = document.querySelector("form[data-palette]");
if (palette) palette.addEventListener("change", (event) => {
  const input = event.target;
  const color = {};
  for (const key of ["media", "scheme", "primary", "accent"]) color[key] = input.getAttribute(`data-md-color-${key}`);
  document.body.setAttribute("data-md-color-switching", "");  // Material's CSS: no transitions
  __palette_apply(input);
  __md_set("__palette", { index: [...palette.querySelectorAll("input")].indexOf(input), color });
  requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching"));
});
// Enter on the focused toggle switches too, as in Material (Space and the arrow keys already do).
if (palette) palette.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const inputs = [...palette.querySelectorAll("input")];
  const next = inputs[(inputs.findIndex((input) => input.checked) + 1) % inputs.length];
  next.click();
  next.focus();
});
