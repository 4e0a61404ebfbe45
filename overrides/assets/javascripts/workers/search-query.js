// Material's search worker, with each query turned into the words of the index before Material
// runs it, and its results ranked by how much of the query they answer (hooks/search.py points
// the pages' search at this file; ?worker= names Material's worker, which it loads and drives).
//
// - Chinese: the index holds jieba's words (cut at build time); the query is cut into the same
//   words, the fewest that cover it (Material's own cut misses the longest word, 检查点 became
//   检查, and keeps characters the index lacks whole, so 节点名 found nothing).
// - Synonyms: words readers type that the pages say otherwise (固化 for 冻结) count as the same
//   word, and words of a question that say nothing of its subject (怎么, 如何) are left out:
//   i18n/<lang>.yml, passed in the index's config.
// - Ranking: a page's best section first by how many of the query's words it holds, then by how
//   many its page or section title names, then by Material's score. A word the index lacks stays
//   in the query, so that Material shows it struck out.
"use strict"

const SETUP = 0, QUERY = 2                       // Material's SearchMessageType
// (WORKER_URL: the offline copy runs this file in a frame, whose location is not the file's.)
const material = new URL(self.WORKER_URL || location.href).searchParams.get("worker")
if (!/^search\.[0-9a-f]+\.min\.js$/.test(material || ""))
  throw new Error(`search-query.js: ?worker= must name Material's worker, not ${material}`)

// Material's worker adds one "message" listener and answers with postMessage: both are taken
// over here, so that this file asks Material and answers the page.
const listeners = []
const listen = self.addEventListener.bind(self)
self.addEventListener = (type, fn, options) => type === "message" ? listeners.push(fn) : listen(type, fn, options)
const post = self.postMessage.bind(self)
let capture = null
self.postMessage = reply => capture ? capture(reply) : post(reply)

let index = null                                 // the lunr index Material builds
let pipeline = null                              // what made its words (stop words, stemmer)
let terms = []                                   // its words, sorted
const ready = Promise.resolve(importScripts(material)).then(() => {
  const build = self.lunr.Builder.prototype.build
  self.lunr.Builder.prototype.build = function () {
    index = build.call(this)
    pipeline = this.pipeline
    const postings = index.invertedIndex
    terms = Object.keys(postings).sort()
    // Lunr's minimised token set can hold words the index lacks (lunr.js issue #279: "3*" became
    // 357, whose postings are undefined, and the whole query failed): expansions keep only words
    // that have postings.
    const intersect = index.tokenSet.intersect.bind(index.tokenSet)
    index.tokenSet.intersect = other => {
      const found = intersect(other), toArray = found.toArray.bind(found)
      found.toArray = () => toArray().filter(word => Object.hasOwn(postings, word))
      return found
    }
    // The query reaches Material already cut into index words: its own cut, which looks words up
    // with `in`, must leave them whole, so to it the index holds no word (lunr reads postings).
    index.invertedIndex = new Proxy(postings, { has: () => false })
    return index
  }
})

function ask(data) {                             // Material's answer, before it is posted
  return new Promise(resolve => {
    capture = reply => { capture = null; resolve(reply) }
    for (const fn of listeners) fn({ data })
  })
}

const HAN = /\p{sc=Han}/u
const HAN_RUNS = /(\p{sc=Han}+)/u
let separator = /\s+/
let vocabulary = new Set()                       // the index's Chinese words
let dictionary = new Set()                       // those and the synonyms' phrases: what a query is cut into
let synonyms = []                                // [a phrase as words, its group's alternatives], longest first
let ignore = new Set()

// The index's words that start with `word` (Material matches each query word as a prefix).
function starting(word) {
  let lo = 0, hi = terms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (terms[mid] < word) lo = mid + 1; else hi = mid
  }
  let end = lo
  while (end < terms.length && terms[end].startsWith(word)) end++
  return terms.slice(lo, end)
}
const known = word => starting(word).length > 0

// A run of Chinese characters cut into the fewest words of `words` (each at least `shortest`
// long); a character that no word covers costs more than any word, and the characters that no
// word covers, side by side, make one word (犀牛 stays 犀牛).
function cut(run, words, shortest = 1) {
  const best = [{ cost: 0, words: [] }]
  for (let end = 1; end <= run.length; end++) {
    let pick = null
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const piece = run.slice(start, end)
      const cost = best[start].cost + (words.has(piece) && piece.length >= shortest ? 1
        : end - start === 1 ? 10 : Infinity)
      if (!pick || cost < pick.cost) pick = { cost, words: [...best[start].words, piece] }
    }
    best.push(pick)
  }
  return best[run.length].words.reduce((out, piece) => {
    const last = out.length - 1
    if (last >= 0 && !words.has(piece) && !words.has(out[last])) out[last] += piece
    else out.push(piece)
    return out
  }, [])
}

// A text as words: split where the index splits, Chinese runs cut into words of `vocabulary`.
function words(text, vocabulary = dictionary) {
  const out = []
  // Lunr's query syntax (+word, word^2, field:word, ...) is not the reader's: those are spaces.
  for (const part of text.toLowerCase().replace(/[+~^:*"]/g, " ").split(separator))
    for (const piece of part.split(HAN_RUNS))
      if (piece) out.push(...(HAN.test(piece) ? cut(piece, vocabulary) : [piece]))
  return out
}

// A long Chinese word of the query may stand in the index as its parts (jieba cuts 输入输出 whole
// in one sentence, 输入 和 输出 in another): the word, or its parts of two characters or more.
function alternatives(word) {
  if (!HAN.test(word) || word.length < 4) return [[word]]
  const parts = cut(word, vocabulary, 2)
  return parts.length > 1 && parts.every(part => vocabulary.has(part)) ? [[word], parts] : [[word]]
}

// A word as the index's pipeline made the index's words (stemmed where the index is), or null
// for a stop word.
function normal(word) {
  if (HAN.test(word)) return word
  const [term] = pipeline.runString(word)
  return !term ? null : known(term) || !known(word) ? term : word
}

function setup(config) {
  separator = new RegExp(config.separator)
  ignore = new Set(config.ignore || [])
  const groups = config.synonyms || []
  vocabulary = new Set(terms.filter(term => HAN.test(term)))
  dictionary = new Set(vocabulary)
  for (const phrase of [...groups.flat(), ...ignore])
    if (HAN.test(phrase) && !/\s/.test(phrase)) dictionary.add(phrase)
  // A phrase is found in a query cut either way; its alternatives are the index's words.
  synonyms = groups
    .flatMap(group => group.flatMap(phrase => [words(phrase), words(phrase, vocabulary)]
      .map(found => [found, group.map(alt => words(alt, vocabulary))])))
    .sort((a, b) => b[0].length - a[0].length)
}

// The query's concepts: the words the reader typed for it, and its alternatives, each a list
// of index words (a synonym's group, or the word itself).
function concepts(query) {
  const list = words(query), out = []
  for (let i = 0; i < list.length;) {
    const match = synonyms.find(([phrase]) => phrase.every((word, k) => list[i + k] === word))
    const size = match ? match[0].length : 1
    const typed = list.slice(i, i + size).join(" ")
    // The reader's own words first: those are the ones shown as found, when they are.
    const alts = match ? [...match[1]].sort((a, b) => (b.join(" ") === typed) - (a.join(" ") === typed))
      : alternatives(list[i])
    out.push({ typed, alts })
    i += size
  }
  return out
    .filter(c => !ignore.has(c.typed))
    .map(c => ({ ...c, alts: c.alts.map(alt => alt.map(normal).filter(Boolean)).filter(alt => alt.length) }))
    .filter(c => c.alts.length)
}

// Each page's sections, and the pages: first those that hold more of the query's words, then
// those whose title, or whose page's title, names more of them, then by Material's score.
function rank(items, query) {
  const title = text => text.replace(/<[^>]*>/g, "").toLowerCase().split(separator).filter(Boolean)
  const has = (tokens, word) => tokens.some(token => token.startsWith(word))
  const key = (item, page) => {
    const named = [...title(item.title), ...title(page.title)]
    const found = query.map(c => c.alts.find(alt => alt.every(word => item.terms[word])))
    // What Material shows of the query: the words found, and the reader's words not found.
    item.terms = Object.fromEntries(query.flatMap((c, i) =>
      found[i] ? found[i].map(word => [word, true]) : [[c.typed, false]]))
    return [
      found.filter(Boolean).length,
      query.filter(c => c.alts.some(alt => alt.every(word => has(named, word)))).length,
      item.score
    ]
  }
  const order = (a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || b.key[2] - a.key[2]
  return items
    .map(group => {
      const page = group.find(item => !item.location.includes("#")) || group[0]
      const ranked = group.map(item => ({ item, key: key(item, page) })).sort(order)
      return { group: ranked.map(r => r.item), key: ranked[0].key }
    })
    .sort(order)
    .map(r => r.group)
}

let queue = Promise.resolve()
listen("message", ev => {
  queue = queue.then(async () => {
    await ready
    const message = ev.data
    if (message.type === SETUP) {
      const reply = await ask(message)
      setup(message.data.config)
      return post(reply)
    }
    if (message.type !== QUERY || !index)
      return post(await ask(message))
    const query = concepts(message.data)
    // Each word once; of a synonym's alternatives only the words the index has.
    const asked = query.flatMap(c => c.alts.length > 1 ? c.alts.flat().filter(known) : c.alts[0])
    const reply = await ask({ type: QUERY, data: [...new Set(asked)].join(" ") })
    reply.data.items = rank(reply.data.items, query)
    post(reply)
  })
})
