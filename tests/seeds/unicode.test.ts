// Lone halves of surrogate pairs: replaced where they come in (YAML escapes), never made by a cut.
import { describe, expect, it } from 'vitest';
import { parseVocabulary } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { deriveTitle } from '../../src/seeds/title.ts';
import { shorten } from '../../src/site/shorten.ts';
import { cleanLine, sliceWhole, wellFormed, wellFormedDeep } from '../../src/unicode.ts';
import { expectRecord } from './helpers.ts';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMOJI = '\u{1F600}';

describe('wellFormed', () => {
  it('replaces each lone half, at either end or alone, and keeps whole pairs', () => {
    expect(wellFormed(`a\uD83Db\uDE00c${EMOJI}\uD83D`)).toBe(`a\uFFFDb\uFFFDc${EMOJI}\uFFFD`);
    expect(wellFormed('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
    expect(wellFormed(`plain ${EMOJI}`)).toBe(`plain ${EMOJI}`);
  });

  it('reaches every string and key of what a YAML reader returns', () => {
    const date = new Date(0);
    expect(wellFormedDeep({ 'k\uD800': ['x\uDC00', { y: '\uD83D' }], n: 1, date })).toEqual({ 'k\uFFFD': ['x\uFFFD', { y: '\uFFFD' }], n: 1, date });
  });
});

describe('cuts between whole characters', () => {
  it('sliceWhole never ends on the first half of a pair', () => {
    const text = EMOJI.repeat(5);
    for (let max = 0; max <= text.length + 1; max++) {
      const cut = sliceWhole(text, max);
      expect(LONE.test(cut), `max ${max}`).toBe(false);
      expect(cut.length).toBe(Math.min(text.length, max - (max % 2)));
    }
  });

  it('sliceWhole never cuts an emoji of several, a flag, or a letter from its marks', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const flag = '\u{1F1EF}\u{1F1F5}';
    const hindi = 'नि';
    for (const unit of [family, flag, hindi, 'e\u0301\u0302']) {
      const text = `ab${unit}${unit}`;
      const ends = new Set([0, 1, 2, 2 + unit.length, 2 + 2 * unit.length].filter((n) => n <= text.length));
      for (let max = 0; max <= text.length; max++) {
        const cut = sliceWhole(text, max);
        expect(ends.has(cut.length), `${JSON.stringify(unit)} at ${max}: ${cut.length}`).toBe(true);
        expect(cut.length).toBe(Math.max(...[...ends].filter((n) => n <= max)));
      }
    }
    // A long run of flags, cut far from its start: pairs stay pairs.
    const flags = `Ab${'\u{1F1FA}\u{1F1E6}'.repeat(70)} ends`;
    for (let max = 90; max <= 110; max++) expect((sliceWhole(flags, max).length - 2) % 4, `flags at ${max}`).toBe(0);
    // Long plain text is cut at once, as before.
    expect(sliceWhole('abcdef', 3)).toBe('abc');
  });

  it('shorten and deriveTitle cut a run of emoji with no space at a whole one', () => {
    for (const max of [9, 10, 11, 100, 101]) {
      const text = `x${EMOJI.repeat(300)}`;
      expect(LONE.test(shorten(text, max)), `shorten ${max}`).toBe(false);
      expect(shorten(text, max)).toMatch(/^x(?:\u{1F600})*…$/u);
      expect(LONE.test(deriveTitle(text, max)), `deriveTitle ${max}`).toBe(false);
    }
  });
});

describe('seeds with YAML escapes of half an emoji', () => {
  it('read as U+FFFD in the title, summary, topics and source', () => {
    const md = '---\ntitle: "Breaking \\uD83D news"\nsummary: "S \\uDE00"\nsource: "Wire \\uD83D"\ntopics: ["T \\uD800"]\ndate: 2017-11-14\n---\nBody.\n';
    const r = expectRecord(readSeed('lone.md', new TextEncoder().encode(md)));
    expect([r.title, r.summary, r.source, r.topics[0]!.name]).toEqual(['Breaking \uFFFD news', 'S \uFFFD', 'Wire \uFFFD', 'T \uFFFD']);
  });

  it('and in topics.yml, as names and aliases', () => {
    const v = parseVocabulary('topics:\n  - name: "Name \\uD83D"\n    kind: person\n    aliases: ["Alias \\uDE00"]\nsuppress: ["S \\uD800"]\n', 'topics.yml');
    expect([v.topics[0]!.name, v.topics[0]!.aliases[0], v.suppress[0]]).toEqual(['Name \uFFFD', 'Alias \uFFFD', 'S \uFFFD']);
  });
});

describe('cleanLine', () => {
  it('drops control characters, and makes tabs and line breaks one space', () => {
    expect(cleanLine('A\u0000B\u001b[31mC\u007f\u0085D\tE\r\nF')).toBe('AB[31mCD E F');
  });

  it('closes the overrides and isolates a text leaves open, innermost first, and leaves closed ones alone', () => {
    expect(cleanLine('a\u202eb')).toBe('a\u202eb\u202c');
    expect(cleanLine('a\u2067b\u202dc')).toBe('a\u2067b\u202dc\u202c\u2069');
    expect(cleanLine('a\u202bb\u202cc')).toBe('a\u202bb\u202cc');
    expect(cleanLine('a\u2066b\u202ec\u2069d')).toBe('a\u2066b\u202ec\u2069d');
    expect(cleanLine('stray \u202c\u2069')).toBe('stray \u202c\u2069');
  });

  it('is applied to what a seed shows as one line: title, summary, source, dateline and topics', () => {
    const md = '---\ntitle: "Head\\u001b[2Jline \\u202Eevil"\nsummary: "S\\u0007"\nsource: "W\\tire"\ndateline: "R\\u0000ome"\ntopics: ["T\\u202E", {name: "\\u0001", kind: person}]\ndate: 2017-11-14\n---\nBody.\n';
    const r = expectRecord(readSeed('c.md', new TextEncoder().encode(md)));
    expect([r.title, r.summary, r.source, r.dateline]).toEqual(['Head[2Jline \u202eevil\u202c', 'S', 'W ire', 'Rome']);
    expect(r.topics.map((t) => t.name)).toEqual(['T\u202e\u202c']);
    const t = expectRecord(readSeed('c.txt', new TextEncoder().encode(' date 2017-11-14 Text \u202eseed\u0007\nBody.\n')));
    expect(t.title).toBe('Text \u202eseed\u202c');
  });
});

describe('invisible characters on the first line of a text seed', () => {
  const read = (line1: string) => expectRecord(readSeed('a.txt', new TextEncoder().encode(`${line1}\nThe text of the article.\n`)));

  it('are dropped around the date, where an editor or a paste put them', () => {
    expect(read('\u200F date 2024-05-01 כותרת').date).toBe('2024-05-01');
    expect(read('\u200B date\u200B 2024-05-01 Headline').title).toBe('Headline');
    expect(read('\uFEFF\u200E date 2024-05-01 Headline').title).toBe('Headline');
  });

  it('leave the date alone on line 1 when nothing visible follows it, the title derived from the lede (QA 30)', () => {
    for (const after of ['\u200B', ' \u200B', ' \u200B\u200B ', ' \uFEFF', ' \u2060\u200E']) {
      const r = read(` date 2024-05-01${after}`);
      expect([r.title, r.titleDerived], JSON.stringify(after)).toEqual(['The text of the article', true]);
    }
  });

  it('are kept in the headline, where they are part of its words', () => {
    // Persian writes some words with a zero-width non-joiner; emoji of several are joined by ZWJ.
    expect(read(' date 2024-05-01 ایران می\u200Cخواهد مذاکره کند').title).toBe('ایران می\u200Cخواهد مذاکره کند');
    expect(read(' date 2024-05-01 \u{1F468}\u200D\u{1F469}\u200D\u{1F467} 家族の日').title).toBe('\u{1F468}\u200D\u{1F469}\u200D\u{1F467} 家族の日');
  });
});

describe('one Unicode form', () => {
  it('reads a seed saved with decomposed accents (NFD) as the same text saved composed (NFC)', () => {
    const text = ' date 2024-05-01 Le café ferme à Genève\nLe café a fermé ses portes mercredi à Genève.\n';
    const nfc = expectRecord(readSeed('a.txt', new TextEncoder().encode(text.normalize('NFC'))));
    const nfd = expectRecord(readSeed('a.txt', new TextEncoder().encode(text.normalize('NFD'))));
    expect(nfd.title).toBe(nfc.title);
    expect(nfd.words).toBe(nfc.words);
    // The same fingerprint: a resend saved by another editor is folded into the first.
    expect(nfd.fingerprint).toBe(nfc.fingerprint);
    expect(nfd.digest).toBe(nfc.digest);
  });

  it('names the look-alike characters of a date that is not one', () => {
    const r = readSeed('a.txt', new TextEncoder().encode(' date 2024\u201005\u201001 Headline\nText.\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toBe('invalid date "2024\u201005\u201001" (it holds U+2010: write the date with the digits 0-9 and "-")');
    const plain = readSeed('a.txt', new TextEncoder().encode(' date 2024-02-30 Headline\nText.\n'));
    if (!plain.ok) expect(plain.problems[0]!.message).toBe('invalid date "2024-02-30"');
  });
});

describe('a summary shortened for a list (QA 23)', () => {
  it('is cut before a name, not inside it, and not after a word that leads into what was cut', () => {
    expect(shorten('The ship set sail from the port and the new terminal opened in St. Petersburg on Monday.', 68)).toBe('The ship set sail from the port and the new terminal opened…');
    expect(shorten('The ship set sail from the port and the new terminal opened in the city on Monday.', 68)).toBe('The ship set sail from the port and the new terminal opened…');
    expect(shorten('Short enough.', 68)).toBe('Short enough.');
    expect(shorten('Putin held talks on the sidelines with French President Emmanuel Macron, British Prime Minister Theresa May and others.', 88)).toBe('Putin held talks on the sidelines with French President Emmanuel Macron…');
  });
});
