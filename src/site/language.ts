// The site's language: the `lang` of its pages, the language of its feeds, and the language
// Pagefind indexes the articles in (its word stemming, and word segmentation for Chinese and
// Japanese, which have no spaces between words).

export class LanguageError extends Error {}

/** The language of a site when none is given. */
export const DEFAULT_LANGUAGE = 'en';

/** A language tag as pages and feeds carry it: a language and optional subtags (`pt-BR`, `zh-Hant`, `sr-Latn`). */
const TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * A language tag (BCP 47), in its canonical case: `pt-br` is `pt-BR`. Throws LanguageError for
 * anything else, so that no value from the command line reaches a page or Pagefind unchecked.
 */
export function parseLanguage(tag: string): string {
  let canonical: string | undefined;
  try {
    // `en_US`, as locales are written on Unix, is `en-US`.
    canonical = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
  } catch {
    // Not a well-formed tag: said below.
  }
  if (canonical === undefined || !TAG.test(canonical)) {
    throw new LanguageError(`--lang must be a language tag such as en, fr, pt-BR or zh-Hans, not "${tag}"`);
  }
  return canonical;
}
