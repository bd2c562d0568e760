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
