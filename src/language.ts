// Languages: the site's (`--lang`), and an article's own (front matter `lang`). The site's is the
// `lang` of its pages, the language of its feeds, and the language Pagefind indexes the articles
// in (its word stemming, and word segmentation for Chinese and Japanese, which have no spaces
// between words); an article's own is the `lang` of its text wherever it is shown.

export class LanguageError extends Error {}

/** The language of a site when none is given. */
export const DEFAULT_LANGUAGE = 'en';

/** A language tag as pages and feeds carry it: a language and optional subtags (`pt-BR`, `zh-Hant`, `sr-Latn`). */
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A language tag (BCP 47) in its canonical case (`pt-br` is `pt-BR`; `en_US`, as Unix writes
 * locales, is `en-US`), or null for anything else: no value from a seed or the command line
 * reaches a page or Pagefind unchecked.
 */
export function languageTag(tag: string): string | null {
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
    return canonical !== undefined && TAG.test(canonical) ? canonical : null;
  } catch {
    // Not a well-formed tag.
    return null;
  }
}

/** The site's language from `--lang` (see languageTag); throws LanguageError, naming the value, for anything else. */
export function parseLanguage(tag: string): string {
  const canonical = languageTag(tag);
  if (canonical === null) throw new LanguageError(`--lang must be a language tag such as en, fr, pt-BR or zh-Hans, not "${tag}"`);
  return canonical;
}

/** Whether a language tag names English, the language of the tool's own words (see SiteMeta.uiLang). */
export function isEnglish(tag: string): boolean {
  return /^en(?:-|$)/.test(tag);
}

/** Scripts written right to left (ISO 15924 codes, as a tag's script subtag names them). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/**
 * Languages written right to left when their tag names no script, in the script they are
 * usually written in: Arabic, Hebrew (and its old code `iw`), Persian and Dari, Urdu, Yiddish,
 * Pashto, Sorani Kurdish, Dhivehi, Sindhi, Uyghur, Syriac, Aramaic, N'Ko, Kashmiri, Western
 * Punjabi, Mazanderani, Northern Luri. Listed rather than asked of Intl.Locale, whose answer
 * depends on the ICU data Node was built with (Node 20's says Dhivehi is left to right), so that
 * a build's pages stay the same on every machine.
 */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** Whether text in the language of a (canonical) tag is written right to left: `ar`, `he`, `az-Arab`; not `ar-Latn`. */
export function isRightToLeft(tag: string): boolean {
  const [language = '', ...subtags] = tag.split('-');
  const script = subtags.find((s) => /^[A-Z][a-z]{3}$/.test(s));
  return script === undefined ? RIGHT_TO_LEFT_LANGUAGES.has(language) : RIGHT_TO_LEFT_SCRIPTS.has(script);
}

/**
 * The `dir` of an article's title and text in `lang` (its own, else the site's): `rtl` for a
 * language written right to left, `auto` otherwise. With `auto` alone the first letter decides:
 * an Arabic article whose text opened with a Latin name (`CNN قالت …`) was laid out left to
 * right, every paragraph of it.
 */
export function textDirection(lang: string): 'rtl' | 'auto' {
  return isRightToLeft(lang) ? 'rtl' : 'auto';
}
