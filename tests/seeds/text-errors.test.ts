// Plain-text seeds that cannot be read: each is one problem naming the file and the line.
import { describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES, readSeed } from '../../src/seeds/read.ts';
import { MAX_TITLE } from '../../src/types.ts';
import { expectProblems, expectRecord, fixtureBytes, problemOf } from './helpers.ts';

describe('plain-text seeds that are problems', () => {
  it('an empty file', () => {
    expect(fixtureBytes('text-errors/empty.txt').length).toBe(0);
    const p = problemOf('text-errors/empty.txt');
    expect(p).toMatchObject({ file: 'empty.txt', line: 1 });
    expect(p.message).toMatch(/empty/);
  });

  it('a first line that is not a date line', () => {
    const p = problemOf('text-errors/no-date-line.txt');
    expect(p).toMatchObject({ file: 'no-date-line.txt', line: 1 });
    expect(p.message).toContain('date YYYY-MM-DD');
    expect(p.message).toContain('Talks Resume in Geneva');
  });

  it(`a headline over ${MAX_TITLE} characters is a problem on line 1, one of ${MAX_TITLE} is not`, () => {
    const read = (headline: string) => readSeed('long.txt', Buffer.from(` date 2017-11-14 ${headline}\nThe body.\n`));
    const word = 'Geneva-'.repeat(MAX_TITLE).slice(0, MAX_TITLE);
    expect(expectRecord(read(word)).title).toBe(word);
    const [p] = expectProblems(read(`${word}X`));
    expect(p).toMatchObject({ file: 'long.txt', line: 1, message: `the title is ${MAX_TITLE + 1} characters long, over the ${MAX_TITLE} a title can have` });
  });

  it('a headline with no body is a problem on line 1', () => {
    const p = problemOf('text-errors/headline-only.txt');
    expect(p).toMatchObject({ file: 'headline-only.txt', line: 1 });
    expect(p.message).toMatch(/no text/);
  });

  it.each([
    ['text-errors/feb-30.txt', '2017-02-30'],
    ['text-errors/month-13.txt', '2017-13-01'],
    ['text-errors/short-year.txt', '17-11-14'],
  ])('%s: invalid date %s on line 1', (file, date) => {
    const p = problemOf(file);
    expect(p.line).toBe(1);
    expect(p.file).toBe(file.split('/')[1]);
    expect(p.message).toBe(`invalid date "${date}"`);
    expect(p.hint).toMatch(/YYYY-MM-DD/);
  });

  it.each([
    ['text-errors/nul.txt', 'LF'],
    ['text-errors/nul-cr.txt', 'lone CR'],
  ])('%s: a NUL byte is binary, reported on its line (%s line ends)', (file) => {
    expect(fixtureBytes(file).indexOf(0)).toBeGreaterThan(0);
    const p = problemOf(file);
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/binary/);
  });

  it.each([
    ['text-errors/latin1.txt', 'LF'],
    ['text-errors/latin1-crlf.txt', 'CRLF'],
    ['text-errors/latin1-cr.txt', 'lone CR'],
  ])('%s: a Latin-1 byte 0xE9 is not UTF-8, reported on its line (%s line ends)', (file) => {
    expect(fixtureBytes(file).indexOf(0xe9)).toBeGreaterThan(0);
    const p = problemOf(file);
    expect(p.line).toBe(3);
    expect(p.message).toMatch(/not valid UTF-8/);
    expect(p.hint).toMatch(/UTF-8/);
  });

  it('invalid UTF-8 in the headline is on line 1', () => {
    const bytes = Buffer.from(' date 2017-11-14 Caf\xe9 Talks\nThe talks resumed.\n', 'latin1');
    const result = readSeed('cafe.txt', bytes);
    const problems = expectProblems(result);
    expect(problems).toEqual([expect.objectContaining({ file: 'cafe.txt', line: 1 })]);
  });

  it('a file over MAX_SEED_BYTES, but not one of exactly MAX_SEED_BYTES', () => {
    const head = ' date 2017-11-14 Talks Resume in Geneva\n';
    const line = `${'The talks went on. '.repeat(20).trim()}\n`;
    let text = head;
    while (text.length + line.length <= MAX_SEED_BYTES) text += line;
    text += 'x'.repeat(MAX_SEED_BYTES - text.length);
    const exact = Buffer.from(text, 'utf8');
    expect(exact.length).toBe(MAX_SEED_BYTES);
    expect(expectRecord(readSeed('big.txt', exact)).title).toBe('Talks Resume in Geneva');

    const over = Buffer.concat([exact, Buffer.from('x')]);
    const problems = expectProblems(readSeed('big.txt', over));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'big.txt', line: 1 });
    expect(problems[0]?.message).toContain(String(MAX_SEED_BYTES));
  });

  it('a file that is neither .txt, .md nor starts like a seed', () => {
    const problems = expectProblems(readSeed('notes.json', Buffer.from('{"title": "x"}\n')));
    expect(problems).toEqual([expect.objectContaining({ file: 'notes.json', line: 1 })]);
    expect(problems[0]?.message).toContain('.json');
  });
});

describe('a body that is only a byline (QA 34)', () => {
  const read = (text: string) => readSeed('byline.txt', Buffer.from(text));
  it.each([
    [' date 2023-11-14\nBy JOHN SMITH, Associated Press\n', 2],
    [' date 2023-11-14\n\nBy JANE DOE AND JOHN ROE\n', 3],
    [' date 2023-11-14\nJane Doe, Reuters\n', 2],
    [' date 2023-11-14\nBy JOHN SMITH\nAssociated Press\n', 2],
    [' date 2023-11-14 Council passes budget\nBy JOHN SMITH, Associated Press\n', 2],
    [' date 2023-11-14 Council passes budget\nBy JOHN SMITH, Associated Press\n\n-30-\n', 2],
  ])('%j is a seed with no text, on the byline\'s line, not one with no title', (text, line) => {
    const [p] = expectProblems(read(text));
    expect(p).toMatchObject({ file: 'byline.txt', line });
    expect(p!.message).toMatch(/no text/);
    expect(p!.message).toMatch(/only a byline/);
    expect(p!.message).not.toMatch(/no title/);
  });

  it('keeps a story under its byline, and a line that only looks like one', () => {
    expect(expectRecord(read(' date 2023-11-14 Budget\nBy JOHN SMITH, Associated Press\n\nThe council approved the budget on Tuesday.\n')).authors).toEqual(['John Smith']);
    expect(expectRecord(read(' date 2023-11-14 Budget\nBy Popular Demand\n')).title).toBe('Budget');
  });
});

describe('a Markdown body that is only a byline, as a text seed\'s (QA 36)', () => {
  const read = (text: string) => readSeed('byline.md', Buffer.from(text));
  it.each([
    ['---\ndate: 2023-11-14\n---\nBy JOHN SMITH, Associated Press\n', 4, false],
    ['---\ntitle: Talks\ndate: 2023-11-14\n---\nBy JOHN SMITH, Associated Press\n', 5, true],
    ['---\ntitle: Talks\ndate: 2023-11-14\n---\n\nBy JANE DOE AND JOHN ROE\n', 6, true],
    ['---\ndate: 2023-11-14\n---\nJane Doe, Reuters\n', 4, false],
    ['---\ndate: 2023-11-14\n---\nBy JOHN SMITH\n\nAssociated Press\n', 4, false],
    ['---\ndate: 2023-11-14\n---\n# Council passes budget\n\n**By JOHN SMITH, Associated Press**\n\n-30-\n', 6, true],
    ['---\ntitle: Talks\ndate: 2023-11-14\nauthor: John Smith\n---\nBy JOHN SMITH, Associated Press\n', 6, true],
  ])('%j is a seed with no text, on the byline\'s line', (text, line, headline) => {
    const [p] = expectProblems(read(text));
    expect(p).toMatchObject({ file: 'byline.md', line });
    expect(p!.message).toMatch(/no text: its body is only a byline/);
    expect(p!.message.includes('a headline but')).toBe(headline);
  });

  it('keeps a story under its byline, and a line that only looks like one', () => {
    expect(expectRecord(read('---\ntitle: Budget\ndate: 2023-11-14\n---\nBy JOHN SMITH, Associated Press\n\nThe council approved the budget on Tuesday.\n')).authors).toEqual(['John Smith']);
    expect(expectRecord(read('---\ntitle: Budget\ndate: 2023-11-14\n---\nBy Popular Demand\n')).lede).toBe('By Popular Demand');
  });
});

describe('a body with no headline that is only a table or a list (QA 37)', () => {
  const TABLE = 'Boston          10   2  .833\nPhiladelphia     8   4  .667\nNew York         7   5  .583\n';
  const read = (file: string, text: string) => readSeed(file, new TextEncoder().encode(text));
  const only = (file: string, text: string) => {
    const r = read(file, text);
    return r.ok ? `published, titled ${r.record.title}` : r.problems.map((p) => ({ line: p.line, message: p.message, hint: p.hint }));
  };
  const TEXT_HINT = 'write a headline after the date on the first line';
  const MD_HINT = 'give it a `title:` in the front matter or a `# heading` above it';
  const table = 'the article has no title: its body is only a table, and no headline is made from its cells';
  const list = 'the article has no title: its body is only a list, and no headline is made from its items';

  it('a table set in columns, or of cells between pipes, is a problem on its first line, in text and Markdown seeds alike', () => {
    expect(only('t.txt', ` date 2023-11-14\n${TABLE}`)).toEqual([{ line: 2, message: table, hint: TEXT_HINT }]);
    expect(only('t.txt', ` date 2023-11-14\n\n\n${TABLE}`)).toEqual([{ line: 4, message: table, hint: TEXT_HINT }]);
    expect(only('t.md', `---\ndate: 2023-11-14\n---\n${TABLE}`)).toEqual([{ line: 4, message: table, hint: MD_HINT }]);
    expect(only('p.txt', ' date 2023-11-14\n| Team | W | L |\n|---|---|---|\n| Boston | 10 | 2 |\n')).toEqual([{ line: 2, message: table, hint: TEXT_HINT }]);
    expect(only('p.md', '---\ndate: 2023-11-14\n---\n\n| Team | W | L |\n|---|---|---|\n| Boston | 10 | 2 |\n')).toEqual([{ line: 5, message: table, hint: MD_HINT }]);
  });

  it('so is a list, whose items joined are no headline', () => {
    expect(only('l.txt', ' date 2023-11-14\n* Wash your hands\n* Keep your distance\n')).toEqual([{ line: 2, message: list, hint: TEXT_HINT }]);
    expect(only('l.md', '---\ndate: 2023-11-14\n---\n* Wash your hands\n* Keep your distance\n')).toEqual([{ line: 4, message: list, hint: MD_HINT }]);
    expect(only('n.md', '---\ndate: 2023-11-14\n---\n1. Wash your hands\n2. Keep your distance\n')).toEqual([{ line: 4, message: list, hint: MD_HINT }]);
    const both = 'the article has no title: its body is only tables and lists, and no headline is made from them';
    expect(only('b.txt', ` date 2023-11-14\n${TABLE}\n* Wash your hands\n* Keep your distance\n`)).toEqual([{ line: 2, message: both, hint: TEXT_HINT }]);
    expect(only('b.md', `---\ndate: 2023-11-14\n---\n${TABLE}\n---\n\n* Wash your hands\n* Keep your distance\n`)).toEqual([{ line: 4, message: both, hint: MD_HINT }]);
  });

  it('a headline over the table or list, or a sentence beside it, makes an article', () => {
    expect(expectRecord(read('t.txt', ` date 2023-11-14 NBA standings\n${TABLE}`)).title).toBe('NBA standings');
    expect(expectRecord(read('t.md', `---\ntitle: NBA standings\ndate: 2023-11-14\n---\n${TABLE}`)).title).toBe('NBA standings');
    expect(expectRecord(read('h.md', `---\ndate: 2023-11-14\n---\n# NBA standings\n\n${TABLE}`)).title).toBe('NBA standings');
    expect(expectRecord(read('l.md', '---\ndate: 2023-11-14\n---\nHealth officials urged residents to take precautions on Tuesday.\n\n* Wash your hands\n* Keep your distance\n')).title).toBe('Health officials urged residents to take precautions on Tuesday');
    expect(expectRecord(read('l.txt', ' date 2023-11-14\nHealth officials urged residents to take precautions on Tuesday.\n\n* Wash your hands\n* Keep your distance\n')).title).toBe('Health officials urged residents to take precautions on Tuesday');
  });
});

describe('a Markdown body with no headline that is only a table written as HTML (QA 38)', () => {
  const read = (file: string, text: string) => readSeed(file, new TextEncoder().encode(text));
  const only = (text: string) => {
    const r = read('h.md', `---\ndate: 2023-11-14\n---\n${text}`);
    return r.ok ? `published, titled ${r.record.title}` : r.problems.map((p) => ({ line: p.line, message: p.message, hint: p.hint }));
  };
  const problem = (line: number, message = 'the article has no title: its body is only a table, and no headline is made from its cells') => [{ line, message, hint: 'give it a `title:` in the front matter or a `# heading` above it' }];
  const ROWS = '<tr><th>Team</th><th>W</th><th>L</th></tr>\n<tr><td>Boston</td><td>10</td><td>2</td></tr>\n<tr><td>Philadelphia</td><td>8</td><td>4</td></tr>\n';

  it('is a problem on the table\'s first line, whatever of it is turned into a GFM table', () => {
    // Turned into a GFM table: a table.
    expect(only(`<table>\n${ROWS}</table>\n`)).toEqual(problem(4));
    expect(only(`\n\n<table>\n${ROWS}</table>\n`)).toEqual(problem(6));
    // Left as HTML, its cells holding lists or headings, in a WordPress figure or not: it was titled `<div…`.
    expect(only('<table>\n<tr><th>Team</th><th>Notes</th></tr>\n<tr><td>Boston</td><td><ul><li>won</li><li>lost</li></ul></td></tr>\n</table>\n')).toEqual(problem(4));
    expect(only('\n<figure class="wp-block-table"><table><tr><td><h3>East</h3></td><td>10</td></tr><tr><td>Boston</td><td>10</td></tr></table></figure>\n')).toEqual(problem(5));
    // Of more cells than are turned, shown as written: it was titled by its tags, `<table> <tr><td>Team 0…`.
    const big = Array.from({ length: 600 }, (_, i) => `<tr><td>Team ${i}</td><td>${i}</td></tr>`).join('\n');
    expect(only(`<table>\n${big}\n</table>\n`)).toEqual(problem(4));
    // With a list beside it: tables and lists.
    expect(only('<table>\n<tr><td>Boston</td><td><ul><li>won</li></ul></td></tr>\n</table>\n\n- Wash your hands\n- Keep your distance\n')).toEqual(problem(4, 'the article has no title: its body is only tables and lists, and no headline is made from them'));
  });

  it('is an article with a headline over it, or a sentence beside it', () => {
    const table = '<table>\n<tr><td>Boston</td><td><ul><li>won</li><li>lost</li></ul></td></tr>\n</table>\n';
    expect(expectRecord(read('t.md', `---\ntitle: NBA standings\ndate: 2023-11-14\n---\n${table}`)).title).toBe('NBA standings');
    expect(expectRecord(read('h.md', `---\ndate: 2023-11-14\n---\n# NBA standings\n\n${table}`)).title).toBe('NBA standings');
    expect(expectRecord(read('s.md', `---\ndate: 2023-11-14\n---\nBoston won again on Tuesday, the league said.\n\n${table}`)).title).toBe('Boston won again on Tuesday, the league said');
    // A table of one cell, which is shown as its text, is no table.
    expect(expectRecord(read('o.md', '---\ndate: 2023-11-14\n---\n<table><tr><td>Boston won again on Tuesday.</td></tr></table>\n')).title).toBe('Boston won again on Tuesday');
  });
});
