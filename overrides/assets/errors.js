// The error index's overview page (docs/<lang>/errors/index.md): loaded there only
// (overrides/main.html), deferred, no code from elsewhere, nothing sent anywhere.
//
// 1. Old addresses: the index used to be one page, errors/#<entry>. An anchor this page no longer
//    has is looked up in the map hooks/errors_index.py wrote into the page (#error-moves) and the
//    reader is sent to the entry's new place, relative to this page (so it holds under a mike
//    version prefix too).
// 2. The paste box: what is pasted into #error-paste is normalised with the rules errors.json
//    carries (the same the build applied to every .err file), cut into words, and each entry is
//    scored by the share of its pattern's words found in it, each word weighted by how few entries
//    use it (a long error's weighty lines and sentences count as patterns too, for a paste of one); the
//    best come first in #error-matches. Below MATCH, nothing is listed and the box says so.

const ErrorIndex = (() => {
  const MATCH = 0.8;       // least share of a pattern (by weight) that counts as a match
  const LINE = 12;         // least weight of one line of a pattern to be matched on its own
  const SHOWN = 5;

  const words = (text) => text.toLowerCase().split(/[^a-z0-9_]+/).filter((w) => w.length > 1);

  function compile(data) {
    const rules = data.normalise.map(([pattern, replacement]) => [new RegExp(pattern, "g"), replacement]);
    const entries = data.entries.map((entry) => ({
      entry,
      patterns: entry.messages.map((m) => new Set(words(m.pattern))),
      // its lines, and the sentences of each line
      lines: entry.messages.flatMap((m) => m.pattern.split(/\n|(?<=[.:]) (?=[A-Z])/).map((s) => new Set(words(s)))),
    }));
    const df = new Map();
    for (const e of entries) {
      for (const w of new Set(e.patterns.flatMap((p) => [...p]))) df.set(w, (df.get(w) || 0) + 1);
    }
    const weight = new Map([...df].map(([w, n]) => [w, Math.log(1 + entries.length / n)]));
    const total = (set) => [...set].reduce((sum, w) => sum + (weight.get(w) || 0), 0);
    // A line or a sentence of a long error may be pasted alone: one with enough weight of its own
    // counts as a pattern too.
    const same = (a, b) => a.size === b.size && [...a].every((w) => b.has(w));
    for (const e of entries) {
      for (const line of e.lines) {
        if (total(line) >= LINE && !line.has("line") && !e.patterns.some((p) => same(p, line))) {
          e.patterns.push(line);  // (not a traceback's "File ..., line N, in f" frame)
        }
      }
      delete e.lines;
    }
    return { rules, entries, weight };
  }

  function normalise(index, text) {
    for (const [pattern, replacement] of index.rules) text = text.replace(pattern, replacement);
    return text.split("\n").map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim()).filter(Boolean).join("\n");
  }

  function rank(index, text) {
    const pasted = new Set(words(normalise(index, text)));
    const scored = [];
    for (const { entry, patterns } of index.entries) {
      let best = { score: 0, matched: 0 };
      for (const pattern of patterns) {
        let total = 0, matched = 0;
        for (const w of pattern) {
          const wt = index.weight.get(w) || 0;
          total += wt;
          if (pasted.has(w)) matched += wt;
        }
        const score = total ? matched / total : 0;
        if (score > best.score || (score === best.score && matched > best.matched)) best = { score, matched };
      }
      scored.push({ entry, ...best });
    }
    scored.sort((a, b) => b.score - a.score || b.matched - a.matched);
    return scored.filter((s) => s.score >= MATCH).slice(0, SHOWN);
  }

  return { compile, normalise, rank, words, MATCH };
})();

if (typeof module !== "undefined") module.exports = ErrorIndex;  // for a test under Node

if (typeof document !== "undefined") {
  // 1. Old addresses of the single-page index.
  const movesData = document.getElementById("error-moves");
  const moves = movesData ? JSON.parse(movesData.textContent) : {};
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && !document.getElementById(id) && Object.hasOwn(moves, id)) {
      location.replace(new URL(moves[id], location.href).href);
    }
  };
  follow();
  addEventListener("hashchange", follow);

  // 2. The paste box.
  const box = document.querySelector(".error-finder[data-index]");
  const input = document.getElementById("error-paste");
  const list = document.getElementById("error-matches");
  const status = document.getElementById("error-status");
  if (box && input && list && status) {
    const source = new URL(box.dataset.index, location.href);
    let loading = null;
    const load = () => loading || (loading = fetch(source)
      .then((r) => { if (!r.ok) throw new Error(`${source}: ${r.status}`); return r.json(); })
      .then(ErrorIndex.compile));

    const show = (index) => {
      const text = input.value;
      list.replaceChildren();
      if (!text.trim()) {
        status.textContent = "";
        status.dataset.state = "";
        return;
      }
      const found = ErrorIndex.rank(index, text);
      if (!found.length) {
        const link = document.createElement("a");
        link.href = "#all-entries";
        link.textContent = box.dataset.noMatch;
        status.replaceChildren(link);
        status.dataset.state = "no-match";
        return;
      }
      status.textContent = box.dataset.matches;
      status.dataset.state = "matches";
      for (const { entry, score } of found) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = new URL(entry.url, source).href;
        link.dataset.id = entry.id;
        link.dataset.score = score.toFixed(4);  // equal scores: the same message, several causes
        link.textContent = entry.title;
        const share = document.createElement("span");
        share.className = "error-score";
        share.textContent = " — " + box.dataset.score.replace("{percent}", Math.round(score * 100));
        item.append(link, share);
        list.append(item);
      }
    };

    let timer = 0;
    const update = () => {
      clearTimeout(timer);
      list.setAttribute("aria-busy", "true");  // until the list matches what the box holds
      timer = setTimeout(() => load().then(show)
        .catch((e) => { status.textContent = String(e); status.dataset.state = "failed"; })
        .finally(() => list.removeAttribute("aria-busy")), 120);
    };
    input.addEventListener("input", update);
    input.addEventListener("focus", () => load().catch(() => {}), { once: true });
    if (input.value.trim()) update();  // text the browser kept from an earlier visit
  }
}
