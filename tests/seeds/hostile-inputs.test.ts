// Seeds built to overflow the stack or to take quadratic time: each is read, or refused with a
// clear problem, quickly. (Bounds are generous: these inputs took seconds to minutes, or threw.)
import { describe, expect, it } from 'vitest';
import { unpackMentions } from '../../src/enrich/mentions.ts';
import { MAX_ADDRESS_END_MARKS, MAX_EMPHASIS_MARKS, MAX_FRONT_MATTER, MAX_GLUED_LINKS, MAX_LIST_ITEM_LINES, MAX_NESTING, MAX_QUOTE_LINES } from '../../src/seeds/markdown.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { deriveTitle, firstSentence } from '../../src/seeds/title.ts';
import type { ReadResult } from '../../src/types.ts';
import { expectProblems, expectRecord, htmlOf } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** readSeed's result and the milliseconds it took. */
function timedRead(file: string, text: string): { result: ReadResult; ms: number } {
  const start = performance.now();
  const result = readSeed(file, bytes(text));
  return { result, ms: performance.now() - start };
}

const MARKDOWN_HEAD = '---\ntitle: Deep quote\ndate: 2017-11-14\n---\n';

describe('names nested thousands of times', () => {
  it.each(['Department of the ', 'Office of the ', 'Director of the Office at the ', 'Secretary of ', 'Establishing ', 'Texas-based '])(
    'reads %j × 3,000 without overflowing the stack',
    (unit) => {
      const { result, ms } = timedRead('deep.txt', ` date 2017-01-02 Agency Reorganisation\n${unit.repeat(3000)}Treasury.\n`);
      const r = expectRecord(result);
      expect(r.title).toBe('Agency Reorganisation');
      expect(Array.isArray(unpackMentions(r.mentions))).toBe(true);
      expect(ms).toBeLessThan(quickly(2000));
    },
  );

  it('reads the longest phrases as before: a unit and its body, in a name of a few parts', () => {
    const r = expectRecord(readSeed('unit.txt', bytes(' date 2017-01-02 Reorganisation\nThe Criminal Division of the Department of Justice said so.\n')));
    expect(unpackMentions(r.mentions).filter((m) => m.kind === 'organization').map((m) => m.name).sort()).toEqual(['Criminal Division', 'Department of Justice']);
  });
});

describe('Markdown nested too deeply', () => {
  it('refuses 3,000 nested quotes with the line and the limit', () => {
    const problems = expectProblems(readSeed('deep.md', bytes(`${MARKDOWN_HEAD}${'>'.repeat(3000)} deep\n`)));
    expect(problems).toEqual([expect.objectContaining({ file: 'deep.md', line: 5, message: `the Markdown nests more than ${MAX_NESTING} levels deep` })]);
  });

  it.each([
    ['quotes with spaces', `${'> '.repeat(3000)}deep\n`, 5],
    ['lists on one line', `${'- '.repeat(3000)}deep\n`, 5],
    ['numbered lists', `${'1. '.repeat(3000)}deep\n`, 5],
    ['quotes and lists', `${'> - '.repeat(1500)}deep\n`, 5],
    ['lists nested by indentation', `Intro.\n\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')}\n`, 7 + MAX_NESTING],
    ['a quote one level deeper on each line', `Intro.\n\n${Array.from({ length: 150 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')}\n`, 7 + MAX_NESTING],
  ])('refuses %s, naming the line', (_name, body, line) => {
    const { result, ms } = timedRead('deep.md', MARKDOWN_HEAD + body);
    expect(expectProblems(result)).toEqual([expect.objectContaining({ line, message: `the Markdown nests more than ${MAX_NESTING} levels deep` })]);
    expect(ms).toBeLessThan(quickly(2000));
  });

  it('refuses emphasis nested past what marked can read (which overflowed its stack), with a problem and its line', () => {
    // Refused by its number of marks before marked reads it (see MAX_EMPHASIS_MARKS).
    const problems = expectProblems(readSeed('stars.md', bytes(`${MARKDOWN_HEAD}${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`)));
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('emphasis marks') })]);
  });

  it('reads quotes and lists up to the limit, and thematic breaks of many marks', () => {
    expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}${'>'.repeat(MAX_NESTING)} deep\n`)));
    expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}Text.\n\n${'- '.repeat(150)}\n\nMore text.\n`)));
    const r = expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}Intro.\n\n- one\n  - two\n    - three\n- four\n\n> quoted\n> > twice\n`)));
    expect(r.words).toBeGreaterThan(0);
  });
});

describe('linear time on long runs', () => {
  it('derives a title from 480 KB of abbreviations quickly, as before', () => {
    const text = 'Mr. A '.repeat(80_000);
    const start = performance.now();
    const title = deriveTitle(text);
    expect(performance.now() - start).toBeLessThan(quickly(2000));
    expect(title).toBe(`${'Mr. A '.repeat(16)}Mr.…`);
  });

  it('cuts a derived title at the last phrase within the limit, and keeps a French verb after a name (QA 25)', () => {
    expect(deriveTitle('The regional parliament has approved in a first vote a draft law on the early retirement of miners, with 88 deputies voting in favour and 12 against the measure on Tuesday evening.')).toBe(
      'The regional parliament has approved in a first vote a draft law on the early retirement of miners…',
    );
    expect(deriveTitle("Le ministre de l'Economie, Bruno Le Maire, a annoncé, mardi, une baisse des prix de l'électricité pour les ménages à partir du mois de février prochain.")).toMatch(/^Le ministre de l'Economie, Bruno Le Maire, a annoncé/);
    expect(deriveTitle('The Federation Council, a chamber of the Russian parliament that rarely disagrees, has approved the bill on the new rules for elections in the regions.')).toBe(
      'The Federation Council has approved the bill on the new rules for elections in the regions',
    );
  });

  it('ends first sentences where it did', () => {
    expect(firstSentence('Mr. Smith went to Washington. He stayed.')).toBe('Mr. Smith went to Washington.');
    // A shortened title ends on no article, preposition or conjunction, in the languages of the wires.
    // (And without the day of the news, which the date tells.)
    expect(deriveTitle('Le gouvernement a présenté mercredi un plan pour simplifier la procédure administrative des entreprises face à la crise', 80)).toBe('Le gouvernement a présenté un plan pour simplifier la procédure administrative…');
    expect(deriveTitle('Les ministres se sont réunis mercredi à Bruxelles longuement pour discuter du budget européen de', 60)).toMatch(/[^ ]…$/);
    expect(deriveTitle('Los ministros se reunieron el miércoles en Bruselas durante horas ante miles de manifestantes', 71)).toBe('Los ministros se reunieron el miércoles en Bruselas durante horas…');
    expect(firstSentence('H.R. McMaster met U.S. officials on Jan. 5. They talked.')).toBe('H.R. McMaster met U.S. officials on Jan. 5.');
    expect(firstSentence('George W. Bush spoke. Then he left.')).toBe('George W. Bush spoke.');
    // Chinese and Japanese end sentences with full-width marks, and no space after them.
    expect(firstSentence('中国与俄罗斯周三签署了一项贸易协定。该协定将于明年生效。')).toBe('中国与俄罗斯周三签署了一项贸易协定。');
    expect(firstSentence('政府は新しい対策を発表した！詳細は後日。')).toBe('政府は新しい対策を発表した！');
    expect(firstSentence('The U.N. envoy met 中国 officials。 Then he left. More.')).toBe('The U.N. envoy met 中国 officials。');
    expect(deriveTitle('中国与俄罗斯周三签署了一项贸易协定。该协定将于明年生效。')).toBe('中国与俄罗斯周三签署了一项贸易协定');
    // A stop inside a quotation ends no sentence, whichever marks the language quotes with.
    expect(firstSentence("« Nous ne céderons pas. Jamais. » C'est par ces mots que le ministre a répondu. Puis il est parti.")).toBe("« Nous ne céderons pas. Jamais. » C'est par ces mots que le ministre a répondu.");
    expect(firstSentence('„Wir geben nicht auf. Niemals.“ Mit diesen Worten trat er ab. Dann ging er.')).toBe('„Wir geben nicht auf. Niemals.“ Mit diesen Worten trat er ab.');
    expect(firstSentence('»Wir bleiben. Immer.« Das sagte sie. Dann ging sie.')).toBe('»Wir bleiben. Immer.« Das sagte sie.');
    expect(firstSentence('岸田首相は「関係を引き上げたい。協力を強化する」と述べた。会談は一時間続いた。')).toBe('岸田首相は「関係を引き上げたい。协力を強化する」と述べた。'.replace('协', '協'));
    expect(firstSentence('习近平指出：“中巴是伙伴。我们要合作。”双方同意。会谈结束。')).toBe('习近平指出：“中巴是伙伴。我们要合作。”双方同意。');
    // Scripts without capitals: the stop before a space and a letter ends the sentence.
    expect(firstSentence('משרד הבריאות פרסם אזהרה לקראת גל החום. הציבור מתבקש להישאר בבית.')).toBe('משרד הבריאות פרסם אזהרה לקראת גל החום.');
    expect(firstSentence('정부는 행사를 열었다. 대통령은 참석했다.')).toBe('정부는 행사를 열었다.');
    expect(firstSentence('प्रधानमंत्री ने कहा कि भारत आगे बढ़ेगा। उन्होंने धन्यवाद दिया।')).toBe('प्रधानमंत्री ने कहा कि भारत आगे बढ़ेगा।');
    expect(deriveTitle('प्रधानमंत्री ने कहा कि भारत आगे बढ़ेगा। उन्होंने धन्यवाद दिया।')).toBe('प्रधानमंत्री ने कहा कि भारत आगे बढ़ेगा');
    expect(firstSentence('هل ستعقد المحادثات؟ قال الوزير إنها ستعقد.')).toBe('هل ستعقد المحادثات؟');
    // A German day of the month has a full stop; a sentence can still end on a number.
    expect(firstSentence('Die Regierung hat am 6. Mai ein Paket beschlossen. Es gilt ab Juni.')).toBe('Die Regierung hat am 6. Mai ein Paket beschlossen.');
    expect(firstSentence('The score was 3 to 5. Fans left early.')).toBe('The score was 3 to 5.');
    // A word longer than the stretch looked at is read as it was: no abbreviation, nor an initial.
    expect(firstSentence(`${'x'.repeat(40)}.mr. Next one.`)).toBe(`${'x'.repeat(40)}.mr.`);
    expect(firstSentence(`a.${'b'.repeat(40)}.c. Next.`)).toBe(`a.${'b'.repeat(40)}.c. Next.`);
    expect(firstSentence(`${'é'.repeat(40)}.U.S. Then`)).toBe(`${'é'.repeat(40)}.U.S. Then`);
  });

  it.each([
    ['a list of names', ' date 2017-01-01 Headline here\n', 'Smith, Jones, ', 20_000],
    ['underscores', ' date 2017-01-01 Headline here\n', '_', 300_000],
    ['underscores and letters', ' date 2017-01-01 Headline here\n', '_a', 150_000],
    ['letters and underscores', ' date 2017-01-01 Headline here\n', 'ab_', 100_000],
    ['abbreviations, without a headline', ' date 2017-01-01\n', 'Mr. A ', 50_000],
  ])('reads a seed of %s (about 300 KB) in well under 2 s', (_name, head, unit, n) => {
    const { result, ms } = timedRead('long.txt', `${head}${unit.repeat(n)}\n`);
    const r = expectRecord(result);
    expect(r.title.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(quickly(2000));
  });
});

describe('Markdown with thousands of emphasis marks in one paragraph', () => {
  const md = (body: string): Buffer => Buffer.from(`---\ntitle: Marks\ndate: 2017-11-14\n---\n\nFirst paragraph.\n\n${body}\n`);

  it('is refused at once, with the line its paragraph starts on', () => {
    for (const unit of ['_a', '*a', '__a', 'a_b*']) {
      const started = performance.now();
      const problems = expectProblems(readSeed('marks.md', md(unit.repeat(500_000 / unit.length))));
      expect(performance.now() - started, unit).toBeLessThan(quickly(2000));
      expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining(`over ${MAX_EMPHASIS_MARKS} emphasis marks`) })]);
    }
  });

  it('is read when the marks are spread over paragraphs and list items, or sit in fenced code', () => {
    const items = Array.from({ length: 600 }, (_, i) => `- **Name ${i}**: _votes_`).join('\n');
    const code = `\`\`\`\n${'snake_case_name '.repeat(1500)}\n\`\`\``;
    const paragraphs = Array.from({ length: 40 }, () => '_a_ '.repeat(60)).join('\n\n');
    for (const body of [items, code, paragraphs]) expectRecord(readSeed('fine.md', md(body)));
  });
});

describe('Markdown quotes thousands of lines long', () => {
  const md = (body: string): Buffer => Buffer.from(`---\ntitle: Quotes\ndate: 2017-11-14\n---\nIntro.\n\n${body}\n`);

  it('are refused at once, with the line the quote starts on (lazy lines took marked minutes)', () => {
    for (const unit of ['> a\nb', '> a\n> b\nc', '> - a\nb', '> a']) {
      const started = performance.now();
      const problems = expectProblems(readSeed('quote.md', md(Array.from({ length: 40_000 }, () => unit).join('\n'))));
      expect(performance.now() - started, unit).toBeLessThan(quickly(2000));
      expect(problems).toEqual([expect.objectContaining({ line: 7, message: `a quote of the Markdown runs over ${MAX_QUOTE_LINES} lines` })]);
    }
  });

  it('are read when the quotes are short, or in fenced code', () => {
    const quotes = Array.from({ length: 300 }, (_, i) => `> Quoted line ${i}\ncontinued lazily.`).join('\n\n');
    const code = `\`\`\`\n${'> not a quote\n'.repeat(2000)}\`\`\``;
    for (const body of [quotes, code]) expectRecord(readSeed('fine.md', md(body)));
  });
});

describe('Markdown that marked reads in quadratic time', () => {
  const md = (body: string): Buffer => Buffer.from(`---\ntitle: Slow\ndate: 2017-11-14\n---\nIntro.\n\n${body}\n`);
  const refusedQuickly = (body: string, message: string, line = 7): void => {
    const started = performance.now();
    const problems = expectProblems(readSeed('slow.md', md(body)));
    expect(performance.now() - started).toBeLessThan(quickly(2000));
    expect(problems).toEqual([expect.objectContaining({ line, message })]);
  };

  it.each([
    ['lazy lines', `- a\n${'b\n'.repeat(50_000)}`],
    ['indented lines', `- a\n${'  b\n'.repeat(50_000)}`],
    ['a paragraph after a blank line', `- a\n\n${'  b\n'.repeat(50_000)}`],
  ])('refuses a list item of 50,000 %s (it took marked 10 s), with the line it starts on', (_name, body) => {
    refusedQuickly(body, `a list item of the Markdown runs over ${MAX_LIST_ITEM_LINES} lines without a blank line`, _name.startsWith('a paragraph') ? 9 : 7);
  });

  it('reads lists of many short items, and items of many paragraphs', () => {
    expectRecord(readSeed('fine.md', md(Array.from({ length: 3000 }, (_, i) => `- item ${i}\n  continued`).join('\n'))));
    expectRecord(readSeed('fine.md', md(`- a\n${'  b\n'.repeat(MAX_LIST_ITEM_LINES - 1)}\n${'  c\n\n'.repeat(2000)}`)));
    expectRecord(readSeed('fine.md', md(`- a\n\n${'b\n'.repeat(5000)}`)));
  });

  it('refuses 70,000 links written without a space (4.5 s), and reads them with spaces', () => {
    refusedQuickly('[a](b)'.repeat(70_000), `a line of the Markdown holds over ${MAX_GLUED_LINKS} links without a space between them`);
    refusedQuickly('[]()'.repeat(100_000), `a line of the Markdown holds over ${MAX_GLUED_LINKS} links without a space between them`);
    expectRecord(readSeed('fine.md', md('[a](b) '.repeat(20_000))));
    expectRecord(readSeed('fine.md', md('[a](b)'.repeat(MAX_GLUED_LINKS))));
  });

  it.each([')', '.,:;!?', '&amp;'])('refuses a web address that ends in 100,000 characters of %j (seconds to minutes)', (tail) => {
    refusedQuickly(`See www.example.com/${tail.repeat(100_000 / tail.length)}`, `a web address in the Markdown ends in over ${MAX_ADDRESS_END_MARKS} punctuation marks`);
  });

  it('reads web addresses that end in a few marks', () => {
    const r = expectRecord(readSeed('fine.md', md('See www.example.com/a_(b)). Or (https://example.org/x?y=1&amp;z=2)... "http://a.b/c";')));
    expect(r.words).toBeGreaterThan(0);
  });

  it('refuses front matter of 40,000 keys (6.8 s) or 200,000 open brackets, on line 1', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: v${i}`).join('\n');
    for (const fm of [`title: T\ndate: 2017-11-14\n${keys}`, `title: T\ndate: 2017-11-14\nx: ${'['.repeat(200_000)}`]) {
      const started = performance.now();
      const problems = expectProblems(readSeed('slow.md', Buffer.from(`---\n${fm}\n---\nBody.\n`)));
      expect(performance.now() - started).toBeLessThan(quickly(2000));
      expect(problems).toEqual([expect.objectContaining({ line: 1, message: `the front matter runs over ${MAX_FRONT_MATTER} characters` })]);
    }
  });

  it('says that front matter nests too deeply when its brackets overflow the YAML reader, with the line', () => {
    for (const n of [1000, 20_000]) {
      const problems = expectProblems(readSeed('deep.md', Buffer.from(`---\ntitle: T\ndate: 2017-11-14\nx: ${'['.repeat(n)}${']'.repeat(n)}\n---\nBody.\n`)));
      expect(problems).toEqual([expect.objectContaining({ line: 4, message: 'the front matter nests lists or mappings too deeply to be read' })]);
    }
    expect(expectRecord(readSeed('deep.md', Buffer.from(`---\ntitle: T\ndate: 2017-11-14\nx: ${'['.repeat(100)}${']'.repeat(100)}\n---\nBody.\n`))).title).toBe('T');
  });
});

describe("words that name Object's own members", () => {
  // Looked up in a plain object, "constructor", "toString" or "valueOf" found a function.
  const MEMBERS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

  it('stay character references as written: `&valueOf;` is no function', () => {
    const r = expectRecord(readSeed('refs.md', bytes(`${MARKDOWN_HEAD}A &valueOf; and &toString; and &amp; note on the World Bank.\n`)));
    const text = [r.title, r.lede, r.summary, r.terms].join(' ');
    expect(text).not.toMatch(/function|native|\[object/);
    expect(r.terms.split(' ')).toEqual(expect.arrayContaining(['note', 'world', 'bank']));
  });

  it.each(MEMBERS)('read %j in a name or a post as any other word', (word) => {
    const seed = (w: string): string =>
      ` date 2020-01-02 Talks in Geneva\nThe U.S. ${w} in Berlin said on Monday that talks with ${w[0]!.toUpperCase()}${w.slice(1)} Smith would go on.\nOfficials in Oslo agreed.\n`;
    const ordinary = unpackMentions(expectRecord(readSeed('a.txt', bytes(seed('builder')))).mentions);
    const odd = unpackMentions(expectRecord(readSeed('a.txt', bytes(seed(word)))).mentions);
    expect(odd.map((m) => m.name).join(' ')).not.toMatch(/function|native|\[object|Embassy/);
    // Places and bodies as with an ordinary word (no post of "the U.S. constructor" makes an embassy in Berlin).
    const places = (list: typeof odd): string[] => list.filter((m) => m.kind !== 'person').map((m) => `${m.kind} ${m.name} ${m.count}`).sort();
    expect(places(odd)).toEqual(places(ordinary));
  });
});

describe('front matter dates, template lines and shortcodes built to backtrack', () => {
  it.each([
    ['letters after a time', `Nov 14, 2017 10:00 ${'abcde'.repeat(2000)}!`],
    ['zones after a time', `Nov 14, 2017 10:00${' UTC'.repeat(2000)}!`],
    ['spaces after a time', `Nov 14, 2017 10:00${' '.repeat(50_000)}!`],
    ['weekdays', `${'Mon'.repeat(20_000)} Nov 14, 2017`],
  ])('refuses a date of %s quickly', (_name, date) => {
    const { result, ms } = timedRead('date.md', `---\ntitle: T\ndate: "${date}"\n---\nText.\n`);
    expect(expectProblems(result)[0]!.message).toMatch(/^invalid date/);
    expect(ms).toBeLessThan(quickly(2000));
  });

  it.each([
    ['a Hugo shortcode left open', `{{< figure${' '.repeat(100_000)}`],
    ['a Jekyll highlight of one long word', `{% highlight ${'a'.repeat(100_000)}`],
    ['a WordPress caption left open', `[caption${' '.repeat(100_000)}`],
  ])('reads %s quickly', (_name, line) => {
    const { result, ms } = timedRead('open.md', `${MARKDOWN_HEAD}Intro.\n\n${line}\n`);
    expect(expectRecord(result).lede).toBe('Intro.');
    expect(ms).toBeLessThan(quickly(2000));
  });

  it.each([
    ['thousands of [caption', `${'[caption'.repeat(80_000)} x`],
    ['a heading of stops that repeats no title', `# ${'.'.repeat(160_000)}x\n\nText.`],
  ])('reads %s quickly', (_name, body) => {
    const { result, ms } = timedRead('open.md', `${MARKDOWN_HEAD}${body}\n`);
    expect(expectRecord(result).words).toBeGreaterThan(0);
    expect(ms).toBeLessThan(quickly(2000));
  });

  it('reads a byline of a long run of spaces quickly', () => {
    const { result, ms } = timedRead('by.md', `---\ntitle: T\ndate: 2024-01-01\nauthor: "a${' '.repeat(60_000)}b"\n---\nText.\n`);
    expect(expectRecord(result).authors).toEqual(['a b']);
    expect(ms).toBeLessThan(quickly(2000));
  });

  it('reads a line of thousands of template tags that ends in text quickly, keeping it', () => {
    const { result, ms } = timedRead('tags.md', `${MARKDOWN_HEAD}${'{{<a>}}'.repeat(20_000)} x\n`);
    expect(expectRecord(result).words).toBeGreaterThan(0);
    expect(ms).toBeLessThan(quickly(2000));
  });
});

describe('HTML in Markdown built to be slow to turn into Markdown', () => {
  it.each([
    ['thousands of bold words glued together by stops', `<p>${'<b>a</b>.'.repeat(40_000)}</p>`],
    ['a list item of thousands of breaks', `<ul><li>a${'<br>b'.repeat(40_000)}</li></ul>`],
    ['thousands of links glued together', `<p>${'<a href="/a">a</a>'.repeat(20_000)}</p>`],
    ['bold left open before stray closing tags', `<p>${'<b></i>'.repeat(40_000)}</p>`],
    ['tens of thousands of paragraphs', '<p>a <em>b</em></p>\n\n'.repeat(30_000)],
    ['comments never closed', `${'<!--x> '.repeat(100_000)}<b>b</b>`],
    ['a long run of spaces in a <pre>', `<pre><code>a${' '.repeat(80_000)}b</code></pre> ${'word '.repeat(20_000)}`],
    ['a run of words and stops beside an <em>', `<em>x</em> ${'ab. '.repeat(50_000)}`],
  ])('reads %s in seconds, keeping its words', (_name, body) => {
    const { result, ms } = timedRead('html.md', `${MARKDOWN_HEAD}${body}\n`);
    expect(expectRecord(result).words).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(quickly(5000));
  });
});


describe('lines built to be slow for the marks of other tools (QA 19)', () => {
  const spaces = ' '.repeat(100_000);
  it.each([
    ['a kramdown attribute list far from its line\'s end', 'html.md', `${MARKDOWN_HEAD}x {: a${spaces}y\n`],
    ['a heading with a brace far from its start', 'html.md', `${MARKDOWN_HEAD}# a${spaces}b {\n`],
    ['a template tag before thousands of brackets', 'html.md', `${MARKDOWN_HEAD}{{ ${'['.repeat(60_000)}\n`],
    ['a Notion heading of spaces', 'Page 0123456789abcdef0123456789abcdef.md', `# a${spaces}#x\n\nCreated: 2019-03-04\n\nText.\n`],
    ['a credit line of spaces', 'wire.txt', ` date 2019-03-04 Oil\nOil rose.\n\n(Reporting by Jane${spaces}x)\n`],
  ])('reads %s in seconds', (_name, file, text) => {
    const { result, ms } = timedRead(file, text);
    expect(result.ok ? result.record.authors.every((a) => a.length <= 200) : result.problems.length > 0).toBe(true);
    expect(ms).toBeLessThan(quickly(2000));
  });
});

describe('wire copy of a hundred thousand paragraphs and lists (QA 21)', () => {
  it.each([
    ['lists between paragraphs', ` date 2019-03-04 T\nBody here.\n\n${'* a\n* b\n\nText\n\n'.repeat(120_000)}`],
    ['short paragraphs', ` date 2019-03-04 T\nBody here.\n\n${'Word.\n\n'.repeat(130_000)}`],
  ])('reads %s in seconds, without running out of stack', (_name, text) => {
    const { result, ms } = timedRead('wire.txt', text);
    expect(expectRecord(result).words).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(quickly(5000));
  });
});

describe('bold letters glued together, one word to a reader', () => {
  it('reads tens of thousands in seconds, as one run of strong emphasis', () => {
    const { result, ms } = timedRead('html.md', `${MARKDOWN_HEAD}<p>${'<b>a</b>'.repeat(40_000)}</p>\n`);
    expect(htmlOf(expectRecord(result))).toBe(`<p><strong>${'a'.repeat(40_000)}</strong></p>\n`);
    expect(ms).toBeLessThan(quickly(5000));
  });
});

describe('HTML tables built to be slow to turn into Markdown', () => {
  it('shows a table of thousands of cells as text, quickly, keeping its words', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>cell ${i} a</td><td>b ${i}</td></tr>`).join('');
    const { result, ms } = timedRead('table.md', `${MARKDOWN_HEAD}<table>${rows}</table>\n`);
    expect(expectRecord(result).words).toBeGreaterThan(6000);
    expect(ms).toBeLessThan(quickly(5000));
  });
});

describe("lines a saved news page leaves, by the hundred thousand (QA 23)", () => {
  it.each([
    ['Tags lines', `${'Tags\n\n'.repeat(60_000)}End of the story.\n`],
    ['credit lines', `${'© Ivan Petrov/TASS\n'.repeat(90_000)}End.\n`],
    ['button lines', `${'More\n'.repeat(200_000)}End.\n`],
    ['Read also lines', `${'Read also\n\nA linked headline\n\n'.repeat(40_000)}End.\n`],
  ])('reads %s in seconds', (_name, body) => {
    const { result, ms } = timedRead('page.txt', ` date 2020-01-01 Headline here\n\nReal story paragraph one.\n\n${body}`);
    expect(result.ok).toBe(true);
    expect(ms).toBeLessThan(quickly(2000));
  });
});

describe('what follows a story, by the ten thousand (see endings.ts)', () => {
  it.each([
    ['share buttons', 'Share\n\n'.repeat(40_000)],
    ['share buttons between end marks', 'Share this\n\n-30-\n\n'.repeat(20_000)],
    ['lines under a contacts label', `Media contact:\n${'Jane Roe\n'.repeat(40_000)}`],
    ['stamps after a sign-off', `--SPA\n${'13:52 GMT\n\n'.repeat(40_000)}`],
  ])('reads %s in seconds, in text and Markdown seeds, keeping the story', (_name, tail) => {
    for (const [file, head] of [['t.txt', ' date 2020-01-01 Headline here\n'], ['t.md', MARKDOWN_HEAD]]) {
      const { result, ms } = timedRead(file!, `${head}Real story paragraph one.\n\n${tail}`);
      expect(expectRecord(result).lede).toBe('Real story paragraph one.');
      expect(ms).toBeLessThan(quickly(2000));
    }
  });
});

describe('what shows nothing, and what is no place (QA 24 b)', () => {
  it('reports a title of Hangul fillers, a blank Braille pattern or a null notehead as no title', () => {
    for (const blank of ['\u3164\u3164', '\uFFA0', '\u115F\u1160', '\u2800\u2800', '\u{1D159}']) {
      const [p] = expectProblems(readSeed('b.txt', bytes(` date 2019-01-01 ${blank}\nSome text here.\n`)));
      expect(p?.message).toMatch(/has no title/);
    }
    // A Korean headline is one.
    expect(expectRecord(readSeed('k.txt', bytes(' date 2019-01-01 서울 회담\nSome text here.\n'))).title).toBe('서울 회담');
  });

  it('makes no topic of a listed name that shows nothing (`#`, a zero-width space)', () => {
    const r = expectRecord(readSeed('t.md', bytes('---\ntitle: Talks\ndate: 2019-01-01\ntopics: ["\\u200b", "#", "\\u3164", "C++", "Real Topic"]\n---\n\nText.\n')));
    expect(r.topics.map((t) => t.name)).toEqual(['C++', 'Real Topic']);
  });

  it('shows control characters as spaces, never writing them into a page, and keeps the lines their numbers', () => {
    const r = expectRecord(readSeed('c.txt', bytes(' date 2019-01-01 Title here\nSome \f text \u001b[31m here \u0085 and \u007f done.\n')));
    expect(r.lede.replace(/ +/g, ' ')).toBe('Some text [31m here and done.');
    expect(r.lede).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    const [p] = expectProblems(readSeed('d.md', bytes('---\ntitle: "a\fb"\f\ndate: 2019-02-30\n---\n\ntext\n')));
    expect(p?.line).toBe(3);
  });

  it("makes a title's runs of spaces one, as a page shows it: a form feed or tab in a headline, a headline typed with two spaces (QA 32)", () => {
    for (const headline of ['Markets \f close higher', 'Markets\t\tclose higher', 'Markets  close   higher']) {
      expect(expectRecord(readSeed('c.txt', bytes(` date 2019-01-01 ${headline}\nStocks closed higher.\n`))).title).toBe('Markets close higher');
    }
    expect(expectRecord(readSeed('c.md', bytes('---\ntitle: "Markets  close higher"\ndate: 2019-01-01\n---\n\nText.\n'))).title).toBe('Markets close higher');
  });

  it('reports a UTF-32 file as UTF-32', () => {
    const [p] = expectProblems(readSeed('u.txt', new Uint8Array([0xff, 0xfe, 0, 0, 0x20, 0, 0, 0])));
    expect(p?.message).toBe('the file is UTF-32 text, not UTF-8');
  });
});

describe('the rules of QA 24 in linear time', () => {
  it.each([
    ['"ed" repeated before a day of the week', `${'ed'.repeat(100_000)} on Monday said`],
    ['a day of the week repeated', ' on Monday'.repeat(20_000)],
    ['capitalised words before a verb of saying, over a comma', `The talks went well, ${'Aa '.repeat(60_000)}said.`],
  ])('derives a title from %s', (_, text) => {
    const start = performance.now();
    deriveTitle(text);
    expect(performance.now() - start).toBeLessThan(quickly(2000));
  });

  it('reads a closing line of "Copyright" and 200,000 capitals', () => {
    const { ms } = timedRead('c.txt', ` date 2019-01-01 T\nText here.\n\nCopyright ${'A'.repeat(200_000)}\n`);
    expect(ms).toBeLessThan(quickly(2000));
  });
});
