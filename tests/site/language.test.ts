// The site's language (`--lang`): a language tag, canonical, or a usage error.
import { describe, expect, it } from 'vitest';
import { isRightToLeft, LanguageError, parseLanguage } from '../../src/language.ts';

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
