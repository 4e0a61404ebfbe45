// Version selector and outdated-version banner for versions deployed with mike (hooks/i18n.py
// adds this script only then). Material's own selector takes the site root for the version root;
// here every other language sits one level below it (/0.2/en/), so the version root is worked
// out from the language's prefix (config.version.prefix, set by hooks/i18n.py), and switching
// versions keeps both the language and the page.
(function () {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base, location.href);             // this language's root
  const language = config.version.prefix;                       // "" or e.g. "en/"
  const root = language ? new URL("../", base) : base;
  const page = location.pathname.slice(root.pathname.length);   // e.g. "en/freeze/"
  const here = root.pathname.split("/").filter(Boolean).pop();  // "0.2", or an alias
  const inVersion = (version, rest) => new URL(`../${version}/${rest}`, root);

  async function go(version) {
    const same = inVersion(version, page);
    // Read the (empty) body so that the request has finished before the page goes away.
    const found = await fetch(same, { method: "HEAD" }).then(r => r.text().then(() => r.ok), () => false);
    location.href = found ? same + location.hash : inVersion(version, language);
  }

  function render(versions, current) {
    const selector = document.createElement("div");
    selector.className = "md-version";
    const button = document.createElement("button");
    button.className = "md-version__current";
    button.setAttribute("aria-label", config.version.label);
    button.textContent = current.title;
    const list = document.createElement("ul");
    list.className = "md-version__list";
    for (const v of versions) {
      const item = document.createElement("li");
      item.className = "md-version__item";
      const link = document.createElement("a");
      link.className = "md-version__link";
      link.href = inVersion(v.version, page);
      link.textContent = v.title + (v.aliases.length ? ` (${v.aliases.join(", ")})` : "");
      link.addEventListener("click", event => { event.preventDefault(); go(v.version); });
      item.appendChild(link);
      list.appendChild(item);
    }
    selector.append(button, list);
    document.querySelector(".md-header__topic").appendChild(selector);
  }

  fetch(new URL("../versions.json", root))
    .then(response => (response.ok ? response.json() : []))
    .then(versions => {
      if (!versions.length) return;
      const current = versions.find(v => v.version === here || v.aliases.includes(here)) || versions[0];
      render(versions, current);
      if (!current.aliases.includes("latest")) {
        const latest = versions.find(v => v.aliases.includes("latest"));
        for (const banner of document.querySelectorAll("[data-md-component=outdated]")) {
          const link = banner.querySelector("[data-latest-link]");
          if (link && latest) link.href = inVersion(latest.version, page);
          banner.hidden = false;
        }
      }
    }, () => {});
})();
