// The search page: queries the Pagefind index written at build time. Results are built with
// DOM methods and text nodes only, so no article text is ever parsed as markup on the page.
import { BUNDLE, bundleMonths, bundleOf, excerptParts, isEnglishPage, isJudged, queryWords, resultMatcher } from './search-match.js';
import { stem } from './porter2.js';

const form = document.querySelector('.search-form');
// Hidden in the page, for readers without JavaScript, whom the form could not serve.
form.hidden = false;
const input = document.getElementById('search-query');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const fieldset = document.querySelector('.search-filters');
const filterList = fieldset.querySelector('.filter-list');
const orderSelect = document.getElementById('search-order');
/** The orders the reader may choose, by their value in the address (`order=newest`), as Pagefind sorts by date. */
const ORDERS = { newest: 'desc', oldest: 'asc' };
const ORDER = 'order';
/** Results shown at first, and added by each press of "Show more results". */
const PAGE = 50;
const FIRST_RESULTS = 10;
/** The address's parameter for how many results are shown, when more than PAGE (`shown=100`). */
const SHOWN = 'shown';
// Pagefind's answers are judged with the English stemmer on an English site (`--lang`), and by
// how alike words begin on a site in another language, whose stemmer this page does not have
// (see search-match.js).
const english = isEnglishPage(document.documentElement.lang);
const unmatched = resultMatcher(english ? stem : null);

// The index is one Pagefind bundle per year (past years of few articles share one, years of
// many are split in halves, quarters or months; per month in the newest year) under
// ../pagefind/, listed newest first in ../search/indexes.json; paths are relative to this
// script, so search works under any prefix.
const bundlesUrl = new URL('../pagefind/', import.meta.url);
const params = new URLSearchParams(window.location.search);
input.value = params.get('q') ?? '';
// An order the page does not offer is none: results come best match first.
orderSelect.value = Object.hasOwn(ORDERS, params.get(ORDER) ?? '') ? params.get(ORDER) : '';
// A large archive's index takes seconds to open: say so rather than show nothing.
if (input.value.trim()) status.textContent = 'Searching…';
const shards = await (await fetch(new URL('../search/indexes.json', import.meta.url))).json();
const pagefind = shards.length ? await import(new URL(`${shards[0]}/pagefind.js`, bundlesUrl).href) : null;
if (pagefind) {
  // Result URLs are written complete (with the path prefix) at build time: no base to add. Each
  // bundle's pages carry its key as a filter of the search page's own (BUNDLE), so that a
  // search can leave out the bundles that answered for a stray beginning of a word.
  await pagefind.options({ excerptLength: 30, baseUrl: '/', mergeFilter: { [BUNDLE]: shards[0] } });
  // Merged all at once, not one after another: at 100,000 articles (60 bundles, on one machine)
  // their entry and metadata files load in 1.3 s instead of 2.05 s, and the first results come
  // about 0.4 s sooner. Pagefind keeps the bundles in the order of the calls.
  await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(new URL(`${shard}/`, bundlesUrl).href, { baseUrl: '/', mergeFilter: { [BUNDLE]: shard } })));
  await pagefind.init();
}
const months = bundleMonths(shards);

// The filters chosen: from the address until the filter lists are there, then from the lists.
// The lists are loaded after the first search, not before: pagefind.filters() reads every
// bundle's filter index (at 100,000 articles, 650 requests and 4 s before the first results).
const selects = new Map();
let filtersLoaded = false;
// Only the index's filters count (the page names them): not `utm_source` and the like. A page
// without the names (an older one, cached) takes every parameter but the query.
const filterNames = fieldset.dataset.filters === undefined ? null : new Set(fieldset.dataset.filters.split(' '));
const wanted = new Map([...params].filter(([name, value]) => (filterNames ? filterNames.has(name) : name !== 'q' && name !== SHOWN && name !== ORDER) && value));

function chosenFilters() {
  if (!filtersLoaded) return Object.fromEntries(wanted);
  return Object.fromEntries([...selects].filter(([, select]) => select.value).map(([name, select]) => [name, select.value]));
}

async function loadFilters() {
  const available = pagefind ? await pagefind.filters() : {};
  // In the page's order of the filters (year, source, then the kinds of topics), not the index's.
  const order = fieldset.dataset.filters?.split(' ') ?? [];
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const [name, values] of Object.entries(available).sort((a, b) => rank(a[0]) - rank(b[0]))) {
    if (name === BUNDLE) continue;
    const id = `filter-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const wrap = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = name.charAt(0).toUpperCase() + name.slice(1);
    // The filters' names are the tool's own words (see time, below).
    if (!english) label.lang = 'en';
    const select = document.createElement('select');
    select.id = id;
    select.name = name;
    const any = new Option('Any', '');
    if (!english) any.lang = 'en';
    select.append(any);
    const entries = Object.entries(values).sort((a, b) => (name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
    for (const [value, count] of entries) {
      const option = new Option(`${value} (${count})`, value);
      // The archive's count, shown while nothing is searched for (see showCounts).
      option.dataset.total = String(count);
      select.append(option);
    }
    // A value the index does not have (or a name that is no filter) is dropped, as the list shows.
    select.value = wanted.get(name) ?? '';
    select.addEventListener('change', () => void run());
    wrap.append(label, select);
    filterList.append(wrap);
    selects.set(name, select);
  }
  fieldset.hidden = selects.size === 0;
  const before = JSON.stringify(chosenFilters());
  filtersLoaded = true;
  if (session?.search) showCounts(session.search);
  // The first search used the address's filters: search again if the lists dropped any, showing
  // as many results as before.
  if (JSON.stringify(chosenFilters()) !== before) await run(session?.limit);
}

/**
 * Each filter's values counted for the search shown (null: none, the archive's counts): how many
 * results choosing the value would give, with the query and the other filters chosen; a value
 * that would give none cannot be chosen. A filter already chosen is counted over the query alone
 * (Pagefind's totalFilters), so that its other values stay on offer; with other filters chosen
 * too, those counts may be more than a choice would give, never fewer.
 */
function showCounts(search) {
  for (const [name, select] of selects) {
    const counts = search === null ? null : ((select.value ? search.totalFilters : search.filters)?.[name] ?? {});
    for (const option of select.options) {
      if (option.dataset.total === undefined) continue;
      const count = counts === null ? Number(option.dataset.total) : (counts[option.value] ?? 0);
      option.textContent = `${option.value} (${count})`;
      option.disabled = count === 0 && option.value !== select.value;
    }
  }
}

function excerptNodes(excerpt) {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function render(data) {
  const li = document.createElement('li');
  const article = document.createElement('article');
  const h3 = document.createElement('h3');
  // A title or text in a language written right to left runs that way, as the pages' own lists
  // run it (the record says so: see searchRecord); any other takes its first letter's.
  h3.dir = data.meta.dir ?? 'auto';
  // An article in a language of its own (front matter `lang`) is read out in it.
  if (data.meta.lang) h3.lang = data.meta.lang;
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title;
  h3.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = data.meta.date;
  time.textContent = data.meta.dateLabel;
  // Dates are the tool's own words, English on a site in another language, as on its pages.
  if (!english) time.lang = 'en';
  meta.append(time);
  const excerpt = document.createElement('p');
  excerpt.className = 'summary';
  excerpt.dir = data.meta.dir ?? 'auto';
  if (data.meta.lang) excerpt.lang = data.meta.lang;
  excerpt.append(...excerptNodes(data.excerpt));
  article.append(h3, meta, excerpt);
  li.append(article);
  return li;
}

// Past the first PAGE results, a button shows the next PAGE, until all are shown. It is the
// page's own: without JavaScript there are no results, so no button either.
const moreButton = document.createElement('button');
moreButton.type = 'button';
moreButton.className = 'search-more';
moreButton.hidden = true;
if (!english) moreButton.lang = 'en';
list.after(moreButton);
setLoading(false);

/** How many results the address asks for: PAGE, or a larger multiple of it. */
function shownAsked(value) {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isSafeInteger(n) && n > PAGE ? Math.ceil(n / PAGE) * PAGE : PAGE;
}

/** The search in the address (replaced, not pushed: Back leaves the page), so that a reload or Back shows it again. */
function writeAddress(query, filters, limit, order) {
  const next = new URLSearchParams();
  if (query) next.set('q', query);
  if (order) next.set(ORDER, order);
  for (const [name, value] of Object.entries(filters)) next.set(name, value);
  if (limit > PAGE) next.set(SHOWN, String(limit));
  const qs = next.toString();
  window.history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
}

function countText(n, shown) {
  if (n === 0) return 'No articles found.';
  const found = `${n} ${n === 1 ? 'article' : 'articles'} found`;
  if (n <= PAGE) return `${found}.`;
  return shown < n ? `${found}; showing the first ${shown}.` : `${found}; showing all ${n}.`;
}

function setLoading(loading) {
  // aria-disabled, not disabled: the button keeps the focus while the next results load.
  moreButton.setAttribute('aria-disabled', String(loading));
  moreButton.textContent = loading ? 'Loading more results…' : 'Show more results';
}

let latest = 0;
/**
 * The search on show: its query, filters, order (`order` as the address names it, `sort` as
 * Pagefind takes it) and judge, Pagefind's answer (null while it is searched for again), how many
 * of its results are in the list (`shown`) and how many the reader asked for (`limit`), the result
 * to move the focus to once it is there (`focusAt`), whether results are being loaded (`busy`)
 * and the answer whose count was checked (`audited`).
 */
let session = null;

async function run(limit = PAGE) {
  const id = ++latest;
  session = null;
  moreButton.hidden = true;
  const query = input.value.trim();
  const filters = chosenFilters();
  const order = orderSelect.value;
  writeAddress(query, filters, limit, order);
  if (!pagefind) {
    status.textContent = 'The archive has no articles to search yet.';
    return;
  }
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = '';
    list.replaceChildren();
    showCounts(null);
    return;
  }
  // Best match first; with no words to match, newest first.
  const direction = ORDERS[order] ?? (query ? null : 'desc');
  const sort = direction ? { sort: { date: direction } } : {};
  session = { query, filters, order, sort, judge: new Judge(query, filters), search: null, shown: 0, limit, focusAt: null, busy: false, audited: null };
  await show(id, session);
}

moreButton.addEventListener('click', () => {
  const s = session;
  if (!s || moreButton.getAttribute('aria-disabled') === 'true') return;
  s.focusAt = s.shown;
  s.limit = s.shown + PAGE;
  setLoading(true);
  writeAddress(s.query, s.filters, s.limit, s.order);
  // Results still being checked (the count, say) take the new limit when they are done.
  if (!s.busy) void show(latest, s);
});

/** Shows the session's results up to its limit: those in the list stay, the others are appended. */
async function show(id, s) {
  s.busy = true;
  try {
    for (;;) {
      if (!s.search) {
        const search = await pagefind.search(s.query || null, { filters: s.judge.filters, ...s.sort });
        if (id !== latest || !search) return;
        s.search = search;
        s.shown = 0;
      }
      const search = s.search;
      const n = search.results.length;
      const from = s.shown;
      const wanted = await resultsBetween(s, search, from, s.limit);
      if (id !== latest) return;
      // Each result's data is a request of its own: a new list shows its first few as soon as
      // they are there and appends the rest (50 took about 0.9 s to load from a local server);
      // the next page, asked for with the button, comes whole.
      const early = from === 0 ? FIRST_RESULTS : wanted.length;
      const first = await Promise.all(wanted.slice(0, early).map((r) => r.data()));
      if (id !== latest) return;
      if (await s.judge.narrowed(first, search)) {
        s.search = null;
        continue;
      }
      if (id !== latest) return;
      status.textContent = countText(n, Math.min(s.limit, n));
      if (from === 0) {
        showCounts(search);
        list.replaceChildren(...first.map(render));
      } else list.append(...first.map(render));
      s.shown = from + first.length;
      const rest = await Promise.all(wanted.slice(early).map((r) => r.data()));
      if (id !== latest) return;
      if (await s.judge.narrowed(rest, search)) {
        s.search = null;
        continue;
      }
      if (id !== latest) return;
      list.append(...rest.map(render));
      s.shown += rest.length;
      moreButton.hidden = s.shown >= n;
      setLoading(false);
      placeFocus(s);
      // The count, checked after the first results are shown: it may need a search per word.
      if (s.audited !== search) {
        const narrowed = await s.judge.audited(search);
        if (id !== latest) return;
        if (narrowed) {
          s.search = null;
          continue;
        }
        s.audited = search;
      }
      // The reader asked for more while the count was checked.
      if (s.shown < Math.min(s.limit, n)) continue;
      return;
    }
  } finally {
    s.busy = false;
  }
}

/**
 * A search's results `from` to `to`, in the session's order. Best match first, as Pagefind
 * gives them. By date, Pagefind sorts each bundle's results, but merges the bundles' lists by
 * their scores, which in a sorted search are each page's place in its own bundle: the bundle of
 * the most pages came first (`climate` newest first, on the 2,500 real documents, opened with
 * December 2022, the 2023-2026 articles after it). The bundles hold spans of dates one after
 * another, newest first in `shards`, so their lists are put end to end instead, each bundle
 * searched alone once its results are wanted (see bundleResults).
 */
async function resultsBetween(s, search, from, to) {
  const direction = s.sort.sort?.date;
  if (!direction) return search.results.slice(from, to);
  const order = direction === 'asc' ? [...shards].reverse() : shards;
  // A bundle the check of the words left out (see Judge.keepOnly) gives none.
  const counts = order.map((bundle) => (s.judge.bundles && !s.judge.bundles.includes(bundle) ? 0 : countIn(search, bundle)));
  // Counts that do not add up to the results (an index without the bundles' filter) cannot
  // place them: Pagefind's order then, rather than results left out.
  if (counts.reduce((sum, n) => sum + n, 0) !== search.results.length) return search.results.slice(from, to);
  const out = [];
  let start = 0;
  for (let i = 0; i < order.length && start < to; i++) {
    const count = counts[i];
    if (count > 0 && start + count > from) {
      const results = await bundleResults(s, search, order[i]);
      out.push(...results.slice(Math.max(0, from - start), to - start));
    }
    start += count;
  }
  return out;
}

/** Each bundle's results of a search, sorted as asked, searched for once (by search). */
const bundleAnswers = new WeakMap();

async function bundleResults(s, search, bundle) {
  let answers = bundleAnswers.get(search);
  if (!answers) bundleAnswers.set(search, (answers = new Map()));
  if (!answers.has(bundle)) {
    answers.set(bundle, pagefind.search(s.query || null, { filters: { ...s.judge.filters, [BUNDLE]: bundle }, ...s.sort }).then((answer) => answer?.results ?? []));
  }
  return answers.get(bundle);
}

/** After "Show more results": the focus goes to the first result added (or the last, if the search shrank). */
function placeFocus(s) {
  if (s.focusAt === null) return;
  const at = Math.min(s.focusAt, s.shown - 1);
  s.focusAt = null;
  const active = document.activeElement;
  // Unless the reader has moved on while the results loaded.
  if (active !== moreButton && active !== document.body && active !== null) return;
  const link = list.children[at]?.querySelector('h3 a');
  if (link) link.focus();
}

/**
 * Leaves out of a search the bundles where Pagefind searched for a stray beginning of a word of
 * the query (see search-match.js). The results shown are checked as they load; once they are
 * shown, the bundles none of them came from are checked too, so that the count is of matches.
 * A bundle is checked by searching each judged word alone and exactly (`"word"`), which
 * Pagefind never shortens: a bundle that holds them all is kept. For the words a bundle lacks,
 * which may be beginnings of longer words ("minis", "press"), Pagefind completes them in that
 * bundle alone, and the bundle is kept if its best result has words that begin with them.
 */
class Judge {
  constructor(query, filters) {
    const words = queryWords(query);
    // A quoted query is searched exactly, never shortened.
    this.terms = /^\s*".+"\s*$/.test(query) ? [] : [...new Set(words.filter((w) => isJudged(w, english)))];
    this.filters = filters;
    this.userFilters = filters;
    /** The bundles searched: at first every one with results, then those kept. */
    this.bundles = null;
    /** Bundles known to match: they gave a result that matches, or passed a check. */
    this.good = new Set();
    /** Exact searches of single words, by word. */
    this.exact = new Map();
  }

  /** Narrows the search if some of the loaded results do not match: true if it did. */
  async narrowed(loaded, search) {
    const lacking = new Set();
    for (const data of loaded) {
      const missing = unmatched(data, this.terms);
      if (missing.length === 0) this.good.add(bundleOf(data.meta.date, months));
      for (const word of missing) lacking.add(word);
    }
    if (lacking.size === 0) return false;
    this.start(search);
    return this.keepOnly(await this.passing(this.bundles, [...lacking]));
  }

  /** Once the results are shown: narrows the search if bundles none of them came from do not match. */
  async audited(search) {
    if (this.terms.length === 0) return false;
    this.start(search);
    const unknown = this.bundles.filter((bundle) => !this.good.has(bundle));
    if (unknown.length === 0) return false;
    const passing = new Set(await this.passing(unknown, this.terms));
    return this.keepOnly(this.bundles.filter((bundle) => this.good.has(bundle) || passing.has(bundle)));
  }

  start(search) {
    this.bundles ??= Object.keys(search.filters[BUNDLE] ?? {}).filter((bundle) => countIn(search, bundle) > 0);
  }

  /** Those of `bundles` that hold `words` (see above); null if a search failed. */
  async passing(bundles, words) {
    await Promise.all(words.filter((word) => !this.exact.has(word)).map(async (word) => this.exact.set(word, await pagefind.search(`"${word}"`, { filters: this.userFilters }))));
    if (words.some((word) => !this.exact.get(word))) return bundles;
    const kept = await Promise.all(
      bundles.map(async (bundle) => {
        if (this.good.has(bundle)) return true;
        const missing = words.filter((word) => countIn(this.exact.get(word), bundle) === 0);
        if (missing.length > 0) {
          const alone = await pagefind.search(missing.join(' '), { filters: { ...this.userFilters, [BUNDLE]: bundle } });
          if (!(alone?.results.length > 0 && unmatched(await alone.results[0].data(), missing).length === 0)) return false;
        }
        this.good.add(bundle);
        return true;
      }),
    );
    return bundles.filter((_, i) => kept[i]);
  }

  /** Searches only `keep` from now on: true if that leaves a bundle out. */
  keepOnly(keep) {
    // No bundle to leave out: the check and Pagefind disagree; what Pagefind found is shown.
    if (keep.length === this.bundles.length) return false;
    this.bundles = keep;
    // Pagefind reads an empty `any` as no filter: a filter value no bundle has stands for none.
    this.filters = { ...this.userFilters, [BUNDLE]: { any: keep.length ? keep : [''] } };
    return true;
  }
}

/** How many of an answer's results a bundle gave. */
function countIn(answer, bundle) {
  return answer.filters[BUNDLE]?.[bundle] ?? 0;
}

/** Whether the search on show (or on its way) is of this query, these filters and this order. */
function onShow(query, filters, order) {
  if (!session || session.query !== query || session.order !== order) return false;
  const keys = Object.keys(filters);
  return keys.length === Object.keys(session.filters).length && keys.every((k) => session.filters[k] === filters[k]);
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  // Typed and taken back, or already searched for when a filter was chosen meanwhile: the list
  // stays as it is. Shown again, its links would be new elements under a reader's pointer, and
  // a click begun on one and ended on the next is lost.
  timer = setTimeout(() => {
    if (!onShow(input.value.trim(), chosenFilters(), orderSelect.value)) void run();
  }, 150);
});
orderSelect.addEventListener('change', () => void run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
await run(shownAsked(params.get(SHOWN)));
await loadFilters();
