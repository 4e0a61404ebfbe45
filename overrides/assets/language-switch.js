// Keep the section: switching language from #freeze lands on #freeze of the other page
// (headings carry the same explicit anchors in both languages).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a.md-select__link[hreflang]");
  if (link && location.hash) link.hash = location.hash;
}, true);
