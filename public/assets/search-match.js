// Which of Pagefind's answers really match the query.
//
// When a word of the query is not in an index, Pagefind searches that index for the longest
// beginning of the word that is there ("backtracking": Pagefind#599, #780, no option turns it
// off): "xylophone" finds the articles that say "X", "segregated" those that say "S.". The
// archive's index is made of many bundles (see search.js), so a word that some bundles hold
// and others do not is searched for as itself in the first and as a stray beginning in the
// others. Within one bundle every word of the query is either found or backtracked, for every
// result alike; so a bundle's first result tells whether the bundle's results match.
//
// A word of the result matches a word of the query when, folded as Pagefind folds words (lower
// case, no diacritics, no punctuation), it begins with the query's word, or its stem begins
// with the stem of the query's word: Pagefind's own matching, with the English stemmer it uses
// (Snowball's, the `porter2` package), given here as `stem` so that Node can test this file.
// Query words with letters outside a-z are not judged: Pagefind's handling of other scripts
// (segmentation, its own folding) is not reproduced here, and no result is dropped for them.
//
// On a page in another language (`--lang`), whose stemmer this page does not have, a word of
// the result matches a word of the query when it begins with it, or when the two begin alike
// for at least half of the query word (and 3 letters): another form of a word shares its stem
// (`соглашения` and `соглашение`, `дождями` and `дожди`, `Häuser` and `Haus`), where a stray
// beginning is short (`Bahnhofsvorsteher` answered with `Bahnstreik`). Words of any script but
// those written without spaces (Chinese, Japanese, Thai…) are judged there.

/** What Pagefind splits a fragment's content at, to number its words (its `word_separators`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Lower case, without diacritics. */
function unaccented(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case, without diacritics and punctuation, as Pagefind compares words. */
export function fold(word) {
  return unaccented(word).replace(/[\p{P}]/gu, '');
}

/** A query's words, folded, as Pagefind splits them. */
export function queryWords(query) {
  return query.split(/\s+/).map(fold).filter(Boolean);
}

/** Whether a page's `lang` is English, the language whose stemmer judges results (see above). */
export function isEnglishPage(lang) {
  return /^en(?:-|$)/i.test(lang);
}

/** Scripts written without spaces between words, which Pagefind splits its own way (or not at all). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Whether a word of the query can be judged (see above): of a-z and 0-9 only on an English page; of letters and digits of spaced scripts on another. */
export function isJudged(word, english = true) {
  return english ? /^[a-z0-9]+$/.test(word) : /^[\p{L}\p{N}]+$/u.test(word) && !UNSPACED.test(word);
}

/** How many characters two words begin with alike. */
function sharedStart(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The forms of a word of an article that Pagefind may have indexed: the word folded, and the
 * parts between its punctuation ("COVID-19" is "covid19", "covid" and "19").
 */
function forms(word) {
  const parts = unaccented(word).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [parts.join(''), ...(parts.length > 1 ? parts : [])];
}

/** Makes the test of a result, given the English stemmer, or null on a page in another language. */
export function resultMatcher(stem) {
  const stemOf = (w) => (/^[a-z]+$/.test(w) ? stem(w) : w);
  const matches = stem
    ? (w, term, termStem) => w.startsWith(term) || stemOf(w).startsWith(termStem)
    : (w, term) => w.startsWith(term) || sharedStart(w, term) >= Math.max(3, Math.floor(term.length / 2));
  /**
   * The judged terms for which a result's data (Pagefind's `data()`: its content and the
   * positions of the words that matched) has no matching word. None for a result whose matched
   * words are unknown.
   */
  return function unmatched(data, terms) {
    if (terms.length === 0 || !data.locations?.length) return [];
    const words = data.content.split(WORD_SEPARATORS);
    const found = data.locations.flatMap((at) => forms(words[at] ?? ''));
    return terms.filter((term) => {
      const termStem = stem ? stemOf(term) : term;
      return !found.some((w) => matches(w, term, termStem));
    });
  };
}

/** The filter that tells the bundles apart: search.js gives each bundle's pages its key. */
export const BUNDLE = 'bundle';

/**
 * The months each bundle holds, `[key, first, last]` ("YYYY-MM"), from the keys of
 * search/indexes.json: a year (`2019`), years (`2003-2006`), a half, a quarter or a month of a
 * year (`2012-h2`, `2012-q3`, `2024-11`). See shardKeys in src/site/search-index.ts.
 */
export function bundleMonths(keys) {
  const month = (year, m) => `${year}-${String(m).padStart(2, '0')}`;
  return keys.flatMap((key) => {
    let m;
    if ((m = /^(\d{4})$/.exec(key))) return [[key, month(m[1], 1), month(m[1], 12)]];
    if ((m = /^(\d{4})-(\d{4})$/.exec(key))) return [[key, month(m[1], 1), month(m[2], 12)]];
    if ((m = /^(\d{4})-([hq])([1-4])$/.exec(key))) {
      const size = m[2] === 'h' ? 6 : 3;
      return [[key, month(m[1], (m[3] - 1) * size + 1), month(m[1], m[3] * size)]];
    }
    if (/^\d{4}-\d{2}$/.test(key)) return [[key, key, key]];
    return [];
  });
}

/** The key of the bundle that holds an article of `date` (YYYY-MM-DD), or undefined. */
export function bundleOf(date, months) {
  const month = date.slice(0, 7);
  return months.find(([, first, last]) => first <= month && month <= last)?.[0];
}

/**
 * An excerpt as Pagefind gives it: the record's text with only `<` and `>` escaped (as `&lt;`
 * and `&gt;`, nothing else), and the matched words between `<mark>` and `</mark>`. Parts to show
 * as text, not markup, so that `&amp;` or `<b>` in an article reads as it does on its page.
 */
export function excerptParts(excerpt) {
  const parts = [];
  for (const [i, piece] of excerpt.split(/<mark>|<\/mark>/).entries()) {
    if (piece !== '') parts.push({ text: piece.replace(/&lt;|&gt;/g, (c) => (c === '&lt;' ? '<' : '>')), marked: i % 2 === 1 });
  }
  return parts;
}
