// The site's language (`--lang`): a language tag, canonical, or a usage error.
import { describe, expect, it } from 'vitest';
import { isRightToLeft, LanguageError, parseLanguage } from '../../src/language.ts';
import { redirectPage } from '../../src/site/redirects.ts';

describe('--lang', () => {
  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['pt-br', 'pt-BR'],
    ['ZH-hans', 'zh-Hans'],
    ['sr-latn-rs', 'sr-Latn-RS'],
    ['en_US', 'en-US'],
    [' de ', 'de'],
  ])('%j is %j', (given, tag) => {
    expect(parseLanguage(given)).toBe(tag);
  });

  it.each([[''], ['x'], ['english'], ['en US'], ['"><script>'], ['en-'], ['i-klingon'], ['en-u-ca-gregory'], ['x-private']])('refuses %j, naming it', (given) => {
    expect(() => parseLanguage(given)).toThrow(LanguageError);
    expect(() => parseLanguage(given)).toThrow(`not "${given}"`);
  });
});

describe('the direction a language is written in', () => {
  it.each(['ar', 'ar-EG', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug', 'az-Arab', 'pa-Arab', 'sr-Hebr'])('%j is right to left', (tag) => {
    expect(isRightToLeft(tag)).toBe(true);
  });

  it.each(['en', 'zh-Hans', 'ru-RU', 'tr', 'ku', 'az', 'ar-Latn', 'uz-Cyrl', 'hi'])('%j is not', (tag) => {
    expect(isRightToLeft(tag)).toBe(false);
  });
});

describe("an old path's page", () => {
  it("names the article in the article's language and direction, not the site's (QA 33)", () => {
    const base = { origin: null, pathPrefix: '/' };
    // An Arabic article on an English site: its title was marked lang="en", dir="auto" (left to right, opening with `CNN:`).
    const arabic = redirectPage({ url: '/2020/05/05/cnn/', title: 'CNN: قالت الحكومة', lang: 'ar' }, base, 'en');
    expect(arabic).toContain('<a href="/2020/05/05/cnn/" lang="ar" dir="rtl">CNN: قالت الحكومة</a>');
    // An article of the site's language takes the site's, and its first letter's direction.
    expect(redirectPage({ url: '/2020/05/05/a/', title: 'Talks', lang: null }, base, 'en')).toContain('<a href="/2020/05/05/a/" lang="en" dir="auto">Talks</a>');
    expect(redirectPage({ url: '/2020/05/05/b/', title: 'مقال', lang: null }, base, 'ar')).toContain('lang="ar" dir="rtl">مقال</a>');
  });
});
