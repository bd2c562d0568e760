// Front matter as other tools write it: keys in another case, Hugo's and Jekyll's `tags` and
// `categories`, and numbers that must stay as written.
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { expectProblems, expectRecord, htmlOf, unmarked, unmarkedLinks } from './helpers.ts';

const read = (front: string) => readSeed('seed.md', new TextEncoder().encode(`---\n${front}\n---\nEnvoys met in Vienna on Monday to resume the talks.\n`));

describe('front matter keys', () => {
  it('are read in any case, and tags and categories are topics', () => {
    const r = expectRecord(read('Title: Talks resume in Vienna\nDate: 2017-11-20\ntags: [Syria, Geneva talks]\ncategories: [Diplomacy]\nSource: Reuters'));
    expect(r).toMatchObject({ title: 'Talks resume in Vienna', date: '2017-11-20', source: 'Reuters' });
    expect(r.topics.map((t) => t.name)).toEqual(['Syria', 'Geneva talks', 'Diplomacy']);
  });

  it('take the keys a YAML merge key brings in, as Jekyll and Hugo read them, and those written beside it first (QA 30)', () => {
    const r = expectRecord(read('defaults: &defaults\n  title: Talks resume\n  source: Reuters\n  tags: [Syria]\n<<: *defaults\ntitle: Talks resume in Vienna\ndate: 2017-11-20'));
    expect([r.title, r.source, r.topics.map((t) => t.name)]).toEqual(['Talks resume in Vienna', 'Reuters', expect.arrayContaining(['Syria'])]);
    const list = expectRecord(read('a: &a {source: AP}\nb: &b {dateline: Vienna}\n<<: [*a, *b]\ntitle: Two maps\ndate: 2017-11-20'));
    expect([list.source, list.dateline]).toEqual(['AP', 'Vienna']);
  });

  it("take Hugo's description and Jekyll's excerpt as the summary, when there is no summary", () => {
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20\nDescription: Envoys resumed talks.')).summary).toBe('Envoys resumed talks.');
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20\nexcerpt: Talks went on.')).summary).toBe('Talks went on.');
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20\ndescription: Not this.\nsummary: This one.')).summary).toBe('This one.');
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20')).summary).toBe('Envoys met in Vienna on Monday to resume the talks.');
  });

  it("name the article's language as `lang` or `language`, a language tag in its canonical case", () => {
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20\nlang: fr')).lang).toBe('fr');
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20\nLanguage: pt_br')).lang).toBe('pt-BR');
    expect(expectRecord(read('title: Talks\ndate: 2017-11-20')).lang).toBeNull();
    expect(expectRecord(readSeed('a.txt', new TextEncoder().encode(' date 2017-11-20 Talks\nText.\n'))).lang).toBeNull();
    for (const [value, shown] of [['French', '"French"'], ['[fr]', '["fr"]'], ['"fr\\" onload=\\"x"', '"fr\\" onload=\\"x"']]) {
      const [p] = expectProblems(read(`title: Talks\ndate: 2017-11-20\nlang: ${value}`));
      expect(p).toMatchObject({ line: 4, message: `"lang" must be a language tag, not ${shown}` });
    }
  });

  it('name the authors as `author` or `authors`: a name, a byline, a list, or objects with a name', () => {
    const authors = (front: string): string[] => expectRecord(read(`title: Talks\ndate: 2017-11-20\n${front}`)).authors;
    expect(authors('author: Jane Roe')).toEqual(['Jane Roe']);
    expect(authors('author: Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe']);
    expect(authors('Author: Jane Roe, John Doe & Ann Lee')).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    // Surname first: one name.
    expect(authors('author: Roe, Jane')).toEqual(['Roe, Jane']);
    expect(authors('authors: [Jane Roe, {name: John Doe, email: jd@example.org}, Jane Roe]')).toEqual(['Jane Roe', 'John Doe']);
    expect(authors('author: {name: Jane Roe, url: "https://example.org"}')).toEqual(['Jane Roe']);
    expect(authors('author: jroe')).toEqual(['jroe']);
    expect(authors('')).toEqual([]);
    expect(expectRecord(readSeed('a.txt', new TextEncoder().encode(' date 2017-11-20 Talks\nText.\n'))).authors).toEqual([]);
    const [p] = expectProblems(read('title: Talks\ndate: 2017-11-20\nauthors: [{login: jroe}]'));
    expect(p).toMatchObject({ line: 4, message: '"authors" entries must be names (text) or {name}, not {"login":"jroe"}' });
    // A byline as printed, and what names nobody.
    expect(authors('author: By Jane Roe and John Doe')).toEqual(['Jane Roe', 'John Doe']);
    // Without the agency after the names (QA 24); an agency's credit alone stays, as given.
    expect(authors('author: "By Johannes Schmitt-Tegge, dpa"')).toEqual(['Johannes Schmitt-Tegge']);
    expect(authors('author: Jane Roe and John Doe, Associated Press')).toEqual(['Jane Roe', 'John Doe']);
    expect(authors('author: Reuters Staff')).toEqual(['Reuters Staff']);
    expect(authors('author: Jane Roe and')).toEqual(['Jane Roe']);
    expect(authors('author: ", , & and ,"')).toEqual([]);
    expect(authors('author: "\\u200B"')).toEqual([]);
    expect(authors('authors: [Jane Roe, jane roe]')).toEqual(['Jane Roe']);
    // Both keys of one thing: one would be dropped unseen.
    expect(expectProblems(read('title: Talks\ndate: 2017-11-20\nauthor: Jane Roe\nauthors: [John Doe]'))[0]).toMatchObject({ line: 5, message: '"authors" is "author" given a second time' });
    expect(expectProblems(read('title: Talks\ndate: 2017-11-20\nlanguage: de\nlang: fr'))[0]).toMatchObject({ line: 5, message: '"lang" is "language" given a second time' });
    const many = Array.from({ length: 21 }, (_, i) => `Reporter ${i}`).join(', ');
    expect(expectProblems(read(`title: Talks\ndate: 2017-11-20\nauthors: [${many}]`))[0]).toMatchObject({ line: 4, message: '"authors" names 21 authors, more than the 20 an article can have' });
  });

  it('mix one name and lists: each key is read as it is written', () => {
    const r = expectRecord(read('title: Talks\ndate: 2017-11-20\ntags: [alpha, beta]\ncategories: politics\ntopics: Syria'));
    expect(r.topics.map((t) => t.name)).toEqual(['Syria', 'alpha', 'beta', 'politics']);
  });

  it('count together against the bound of topics an article can have', () => {
    const names = (prefix: string, n: number): string => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(', ');
    const [p] = expectProblems(read(`title: Talks\ndate: 2017-11-20\ntopics: [${names('t', 60)}]\ntags: [${names('g', 150)}]`));
    expect(p).toMatchObject({ line: 4, message: expect.stringContaining('list 210 topics together, more than the 200') });
  });

  it('that are not names are reported once, on the line of the key that lists them', () => {
    const problems = expectProblems(read('title: Talks\ndate: 2017-11-20\ntopics: [2020, true, null]\ntags: [ok, {kind: person}]'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, '"topics" entries must be names (text) or {name, kind}: 2 are not'],
      [5, '"tags" entries must be names (text) or {name, kind}: one is not'],
    ]);
  });

  it('that show nothing once their markup is gone name no topic, and are no problem (QA 29)', () => {
    const r = expectRecord(read('title: Talks\ndate: 2017-11-20\ntopics: ["<br>", "<b></b>", "<img src=x onerror=alert(1)>", "", ok]\ntags: ["<p></p>"]\ncategories: [{name: "<i></i>", kind: person}]'));
    expect(r.topics.map((t) => t.name)).toEqual(['ok']);
  });

  it('given twice in two cases are a mistake on the second line', () => {
    const [p] = expectProblems(read('title: Talks resume\ndate: 2017-11-20\nTitle: Talks resumed'));
    expect(p).toMatchObject({ line: 4, message: '"Title" is "title" given a second time' });
  });
});

describe('numbers in front matter', () => {
  it('stay as written where text is read', () => {
    const r = expectRecord(read('title: 007\ndate: 2017-11-20\ndateline: 02138\ntopics: [Elections, 2020, 3.10]'));
    expect(r.title).toBe('007');
    expect(r.dateline).toBe('02138');
    expect(r.topics.map((t) => t.name)).toEqual(['Elections', '2020', '3.10']);
  });

  it('are still no date', () => {
    const [p] = expectProblems(read('title: A\ndate: 20171120'));
    expect(p?.message).toBe('invalid date "20171120"');
  });
});

describe('an alias of no anchor', () => {
  it('is a mistake on its own line', () => {
    const [p] = expectProblems(read('date: 2017-11-20\nsummary: ok\ntitle: *nope'));
    expect(p).toMatchObject({ line: 4, message: 'front matter is not valid YAML: the alias *nope names no anchor set before it' });
  });
});

describe('posts exported from other tools', () => {
  const seed = (text: string) => readSeed('post.md', new TextEncoder().encode(text));

  it("read Hugo's TOML front matter, its dates as the calendar day written, and its problems on their lines", () => {
    const toml = expectRecord(seed('+++\ntitle = "Harbour"\ndate = 2023-05-02T23:30:00-05:00\ntags = ["harbour", "city"]\ndraft = false\n[params]\nimage = "x.jpg"\n+++\n\nText.\n'));
    expect([toml.title, toml.date, toml.topics.map((t) => t.name), toml.draft]).toEqual(['Harbour', '2023-05-02', ['harbour', 'city'], false]);
    expect(expectRecord(seed('+++\ntitle = "Harbour"\ndate = 2023-05-02\ndraft = true\n+++\nText.\n')).draft).toBe(true);
    expect(expectRecord(seed('+++\ntitle = "Harbour"\ndate = "May 2, 2023"\n+++\nText.\n')).date).toBe('2023-05-02');
    expect(expectProblems(seed('+++\ntitle = "Harbour"\ndate = 2023-02-30\n+++\nText.\n')).map((p) => [p.line, p.message])).toEqual([[3, 'invalid date "2023-02-30"']]);
    expect(expectProblems(seed('+++\ntitle = "Harbour\ndate = 2023-05-02\n+++\nText.\n'))[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^front matter is not valid TOML: /) });
    // Named by its date as Jekyll names posts, it needs no date.
    expect(expectRecord(readSeed('2023-05-02-harbour.md', new TextEncoder().encode('+++\ntitle = "Harbour"\n+++\nText.\n'))).date).toBe('2023-05-02');
  });

  it("refuse JSON front matter by name, not as a file without a date", () => {
    const json = expectProblems(seed('{\n  "title": "Harbour",\n  "date": "2023-05-03"\n}\n\nText.\n'));
    expect(json.map((p) => [p.line, p.message])).toEqual([[1, 'front matter in JSON ("{") is not read: front matter is YAML or TOML']]);
  });

  it('leave out WordPress\'s placeholder category and the accounts a CMS posts under, and report an empty date on its line', () => {
    const r = expectRecord(seed('---\ntitle: T\ndate: 2023-05-02\ncategories: [Uncategorized, City]\nauthor: admin\n---\nText.\n'));
    expect([r.topics.map((t) => t.name), r.authors]).toEqual([['City'], []]);
    expect(expectRecord(seed('---\ntitle: T\ndate: 2023-05-02\nauthors: [Jane Roe, Administrator]\n---\nText.\n')).authors).toEqual(['Jane Roe']);
    // Ghost's internal tags, in a list; Obsidian's `#tag` in a string of tags stays a topic.
    expect(expectRecord(seed('---\ntitle: T\ndate: 2023-05-02\ntags: ["#newsletter", City, {name: "#internal"}]\n---\nText.\n')).topics.map((t) => t.name)).toEqual(['City']);
    expect(expectRecord(seed('---\ntitle: T\ndate: 2023-05-02\ntags: "#water #downtown"\n---\nText.\n')).topics.map((t) => t.name)).toEqual(['water', 'downtown']);
    expect(expectProblems(seed('---\ntitle: T\ndate: ""\n---\nText.\n')).map((p) => [p.line, p.message])).toEqual([[3, '"date" is empty']]);
  });

  it('report a date, a kind or a visibility that is a mapping or a list as a problem, never a crash; read the day written before a time', () => {
    for (const value of ['{toString: 1}', '[1]', '{a: 1}']) {
      const [p] = expectProblems(seed(`---\ntitle: T\ndate: ${value}\n---\nText.\n`));
      expect(p, value).toMatchObject({ line: 3, message: expect.stringMatching(/^"date" must be a date, not a (mapping|list)$/) });
    }
    expect(expectProblems(seed('+++\ntitle = "T"\ndate = {toString = 1}\n+++\nText.\n'))[0]!.message).toMatch(/^"date" must be a date/);
    expect(expectProblems(seed('---\ntitle: T\ndate: 2024-01-01\ntopics: [{name: A, kind: {toString: 1}}]\n---\nText.\n'))[0]!.message).toMatch(/^topic kind \{"toString":"1"\} is not one of/);
    expect(expectRecord(seed('---\ntitle: T\ndate: 2024-01-01\nvisibility: [members]\n---\nText.\n')).draft).toBe(true);
    // The calendar day written, not the UTC day of its time, nor a day rolled over from one that is none.
    expect(expectRecord(seed('---\ntitle: T\ndate: !!timestamp 2024-01-01T23:30:00-08:00\n---\nText.\n')).date).toBe('2024-01-01');
    expect(expectProblems(seed('+++\ntitle = "T"\ndate = 2024-02-30T07:32:00\n+++\nText.\n'))[0]!.message).toBe('invalid date "2024-02-30"');
  });

  it("keep out drafts marked as Jekyll, WordPress and Ghost mark them", () => {
    const front = (extra: string) => expectRecord(seed(`---\ntitle: Embargoed\ndate: 2023-05-02\n${extra}\n---\nText.\n`)).draft;
    expect(front('published: false')).toBe(true);
    expect(front('status: draft')).toBe(true);
    expect(front('Status: Private')).toBe(true);
    expect(front('status: future')).toBe(true);
    expect(front('status: publish')).toBe(false);
    expect(front('published: true')).toBe(false);
    for (const value of ['no', '"false"', '0', 'Off']) expect(front(`published: ${value}`), value).toBe(true);
    expect(expectProblems(seed('---\ntitle: T\ndate: 2023-05-02\ndraft: "soon"\n---\nText.\n'))[0]).toMatchObject({ message: '"draft" must be true or false', hint: expect.stringContaining('without quotes') });
    // Ghost's posts for members only, and Jekyll's `_drafts` folder.
    expect(front('visibility: paid')).toBe(true);
    expect(front('Visibility: members')).toBe(true);
    expect(front('visibility: public')).toBe(false);
    // Hugo's pages it never renders.
    expect([front('headless: true'), front('_build:\n  render: never'), front('build:\n  render: never\n  list: never'), front('build:\n  render: always')]).toEqual([true, true, true, false]);
    const inDrafts = (file: string, text: string) => expectRecord(readSeed(file, new TextEncoder().encode(text))).draft;
    expect(inDrafts('_drafts/investigation.md', '---\ntitle: Embargoed\ndate: 2023-05-02\n---\nText.\n')).toBe(true);
    expect(inDrafts('site/_drafts/wire.txt', ' date 2023-05-02 Embargoed\nText.\n')).toBe(true);
    expect(inDrafts('_drafts.md', '---\ntitle: Not in a folder of drafts\ndate: 2023-05-02\n---\nText.\n')).toBe(false);
  });

  it('read a draft without a date as a draft, not a problem, as Jekyll keeps its drafts undated', () => {
    const draft = (file: string, front: string) => readSeed(file, new TextEncoder().encode(`---\ntitle: Upcoming story\n${front}---\nText.\n`));
    expect(expectRecord(draft('_drafts/upcoming-story.md', '')).draft).toBe(true);
    expect(expectRecord(draft('post.md', 'visibility: paid\n')).draft).toBe(true);
    expect(expectRecord(draft('post.md', 'status: draft\ndate:\n')).draft).toBe(true);
    // A published post still needs one; a draft's broken date is still a problem.
    expect(expectProblems(draft('post.md', ''))[0]!.message).toBe('front matter has no "date"');
    expect(expectProblems(draft('_drafts/x.md', 'date: 2023-02-30\n'))[0]!.message).toBe('invalid date "2023-02-30"');
  });

  it('split tags and categories written as one string: at commas, else at spaces; topics at commas only', () => {
    const topics = (extra: string) => expectRecord(seed(`---\ntitle: T\ndate: 2023-05-02\n${extra}\n---\nText.\n`)).topics.map((t) => t.name);
    expect(topics('tags: "infrastructure, water, #downtown"')).toEqual(['infrastructure', 'water', 'downtown']);
    expect(topics('categories: politics world')).toEqual(['politics', 'world']);
    expect(topics('topics: Geneva talks')).toEqual(['Geneva talks']);
    expect(topics('topics: European Union, trade talks,')).toEqual(['European Union', 'trade talks']);
    expect(topics('topics: ["Washington, D.C."]')).toEqual(['Washington, D.C.']);
    // A name in double quotes keeps its comma; the commas of Chinese and Arabic part names too.
    expect(topics('topics: economy, trade, "Smith, John"')).toEqual(['economy', 'trade', 'Smith, John']);
    expect(topics('topics: 经济，贸易')).toEqual(['经济', '贸易']);
    expect(topics('tags: اقتصاد، تجارة')).toEqual(['اقتصاد', 'تجارة']);
    expect(topics('topics: "#water, #downtown"')).toEqual(['water', 'downtown']);
  });

  it('leave HTML comments out of the page, its summary and its search text', () => {
    const r = expectRecord(seed('---\ntitle: T\ndate: 2023-05-02\n---\n<!-- TODO: check the quote -->\n\nThe mayor said <!-- note --> yes.\n\n<!--more-->\n\nMore text.\n\n```html\n<!-- kept in code -->\n```\n'));
    const html = htmlOf(r);
    expect(html).not.toMatch(/TODO|note|more--/);
    expect(html).toContain('&#60;!-- kept in code --&#62;');
    expect(r.summary).toBe('The mayor said  yes.');
  });
});

describe('other names for date and topics', () => {
  const seed = (front: string) => readSeed('post.md', new TextEncoder().encode(`---\ntitle: T\n${front}\n---\nText.\n`));

  it("take Hugo's publishDate and Astro's pubDate as the date when there is no date", () => {
    expect(expectRecord(seed('publishDate: 2023-05-02T09:00:00+02:00')).date).toBe('2023-05-02');
    expect(expectRecord(seed('pubDate: 2021-05-01')).date).toBe('2021-05-01');
    expect(expectRecord(seed('date: 2020-01-02\npubDate: 2021-05-01')).date).toBe('2020-01-02');
    expect(expectProblems(seed('pubDate: 2021-02-30'))[0]).toMatchObject({ line: 3, message: 'invalid date "2021-02-30"' });
    // Ghost's, as its exports write it.
    expect(expectRecord(seed('published_at: 2019-04-02T10:00:00.000Z')).date).toBe('2019-04-02');
    expect(expectRecord(seed('date_published: 2019-04-03')).date).toBe('2019-04-03');
  });

  it('take a singular tag or category as topics too', () => {
    expect(expectRecord(seed('date: 2020-01-02\ncategory: World News\ntag: harbour')).topics.map((t) => t.name)).toEqual(['harbour', 'World News']);
  });
});

describe('a Notion page as Notion exports it, its properties under its title', () => {
  const read = (text: string) => readSeed('Flood warning issued 0123456789abcdef0123456789abcdef.md', new TextEncoder().encode(text));

  it('reads its title, date, tags, author and status as front matter, and notes its links to other pages', () => {
    const r = expectRecord(read('# Flood warning issued\n\nCreated: March 4, 2019 10:12 AM\nTags: Budget, Politics\nAuthor: Jane Roe\nLast edited time: March 5, 2019 9:00 AM\n\nThe river rose overnight.\n\nSee [the earlier note](Storm%20hits%20abc123.md) and [the site](https://example.org/).\n'));
    expect([r.title, r.date, r.topics.map((t) => t.name), r.authors, r.lede]).toEqual(['Flood warning issued', '2019-03-04', ['Budget', 'Politics'], ['Jane Roe'], 'The river rose overnight.']);
    // The link to another page, resolved by the archive (see tests/archive/seed-links.test.ts).
    expect(unmarked(htmlOf(r))).toBe('<p>The river rose overnight.</p>\n<p>See <a href="#seed-link-0">the earlier note</a> and <a href="https://example.org/">the site</a>.</p>\n');
    expect(unmarkedLinks(r.seedLinks)).toEqual([{ kind: 'file', target: 'Storm hits abc123.md', href: '#seed-link-0', line: 10 }]);
    expect(expectRecord(read('# Draft page\n\nDate: March 4, 2019\nStatus: Draft\n\nText.\n')).draft).toBe(true);
  });

  it('names a property\'s own line in a problem, and reads a page without such properties as any Markdown', () => {
    expect(expectProblems(read('# Bad date\n\nTags: x\nCreated: someday\n\nText.\n'))[0]).toMatchObject({ line: 4, message: 'invalid date "someday"' });
    expect(expectProblems(read(`# ${'Long title '.repeat(100)}\n\nCreated: March 4, 2019\n\nText.\n`))[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^"title" is \d+ characters long/) });
    // "Note:" is no property of Notion's: the paragraph is the page's text, and its date is missing.
    expect(expectProblems(read('# Notes\n\nNote: this is a paragraph.\n\nMore.\n'))[0]!.message).toBe('front matter has no "date"');
  });

  it('reads a checkbox, a date range and a value of any characters as Notion writes them', () => {
    const r = expectRecord(read('# Vote\n\nPublished: Yes\nCreated: March 4, 2019 → March 6, 2019\nSummary: Line\u2028two\n\nText.\n'));
    expect([r.date, r.draft, r.summary.replace(/\s/gu, ' ')]).toEqual(['2019-03-04', false, 'Line two']);
    expect(expectRecord(read('# Vote\n\nCreated: March 4, 2019\nPublished: No\n\nText.\n')).draft).toBe(true);
    // Names Notion gives properties, and dates as it writes them (QA 21).
    const named = expectRecord(read('# Vote\n\nFiles & media: photo.jpg\nAuthor(s): Jane Roe\nReviewed?: Yes\n📅 Date: March 4, 2019 10:12 AM (GMT+1)\n\nText.\n'));
    expect([named.date, named.authors]).toEqual(['2019-03-04', ['Jane Roe']]);
    expect(expectRecord(read('# Vote\n\nDate: March 4, 2019→March 6, 2019\n\nText.\n')).date).toBe('2019-03-04');
  });

  it('is only a file Notion named, by its title and id: another Markdown file of a heading and "Name: value" lines is its text', () => {
    const r = expectRecord(readSeed('2023-05-02-town-hall.md', new TextEncoder().encode('# Town hall meeting\n\nDate: Tuesday, May 2\nWinner: Jane Roe\nCategory: Mayor\n\nResidents are invited.\n')));
    expect([r.title, r.date, r.topics.map((t) => t.name)]).toEqual(['Town hall meeting', '2023-05-02', []]);
    expect(htmlOf(r)).toContain('Winner: Jane Roe');
  });
});

describe('keys other tools keep elsewhere (QA 25)', () => {
  const read = (file: string, front: string) => readSeed(file, new TextEncoder().encode(`${front}\nThe council met on the day and voted.\n`));

  it('reads Zola\'s [taxonomies] and [extra], and Hugo\'s params, unless the top gives the key', () => {
    const zola = expectRecord(read('port.md', '+++\ntitle = "Port strike"\ndate = 2021-03-17\n[taxonomies]\ntags = ["strike", "unions"]\ncategories = ["Labour"]\n[extra]\nauthor = "Helen Mbeki"\n+++'));
    expect([zola.topics.map((t) => t.name), zola.authors]).toEqual([['strike', 'unions', 'Labour'], ['Helen Mbeki']]);
    expect(expectRecord(read('h.md', '---\ntitle: A\ndate: 2021-03-17\nparams:\n  author: Jo Bloggs\n  summary: From params.\n---')).authors).toEqual(['Jo Bloggs']);
    const top = expectRecord(read('h.md', '---\ntitle: A\ndate: 2021-03-17\nAuthor: Top Name\nparams:\n  author: Jo Bloggs\n---'));
    expect(top.authors).toEqual(['Top Name']);
    // A problem in such a key is on its own line (QA 26).
    expect(expectProblems(read('h.md', '---\ntitle: A\ndate: 2021-03-17\nother: 1\nparams:\n  summary: [1, 2]\n---'))[0]).toMatchObject({ line: 6, message: '"summary" must be text, not a list' });
  });

  it('takes Ghost\'s custom_excerpt and Pandoc\'s abstract for the summary, and Ghost\'s primary_author for the author', () => {
    const ghost = expectRecord(read('g.md', '---\ntitle: A\ndate: 2021-03-17\ncustom_excerpt: The short of it.\nprimary_author:\n  name: Sam Okafor\n---'));
    expect([ghost.summary, ghost.authors]).toEqual(['The short of it.', ['Sam Okafor']]);
    expect(expectRecord(read('p.md', '---\ntitle: A\ndate: 2021-03-17\nabstract: An abstract.\n---')).summary).toBe('An abstract.');
    expect(expectRecord(read('p.md', '---\ntitle: A\ndate: 2021-03-17\nauthor: Ann Lee\nprimary_author: {name: Sam Okafor}\n---')).authors).toEqual(['Ann Lee']);
  });

  it('takes a translation\'s language from its file name, as Hugo and Zola name them, when front matter names none', () => {
    const date = '---\ntitle: A\ndate: 2021-03-17\n---';
    expect(['index.fr.md', 'posts/ferry.de.md', 'post.pt-br.md', 'notes.old.md', 'x.ok.md', 'plain.md'].map((f) => expectRecord(read(f, date)).lang)).toEqual(['fr', 'de', 'pt-BR', null, null, null]);
    expect(expectRecord(read('index.fr.md', '---\ntitle: A\ndate: 2021-03-17\nlang: it\n---')).lang).toBe('it');
  });

  it('reads a date of one-digit months and days, and a time with its zone\'s abbreviation', () => {
    const dated = (d: string) => expectRecord(read('a.md', `---\ntitle: A\ndate: ${d}\n---`)).date;
    expect(['2021-3-4', '2021-03-17 10:00:00 CET', '2021-03-17 10:00:00 +0100 CET', '2021-3-17T09:00:00Z'].map(dated)).toEqual(['2021-03-04', '2021-03-17', '2021-03-17', '2021-03-17']);
    expect(expectProblems(read('a.md', '---\ntitle: A\ndate: 2021-03-17 10:00 garbage\n---'))[0]!.message).toBe('invalid date "2021-03-17 10:00 garbage"');
    expect(expectProblems(read('a.md', '---\ntitle: A\ndate: 2021-2-30\n---'))[0]!.message).toMatch(/^invalid date/);
  });
});

describe('front matter as editors leave it (QA 25)', () => {
  const read = (text: string, file = 'a.md') => readSeed(file, new TextEncoder().encode(text));

  it('reads front matter after blank lines, each line counted from the file\'s first', () => {
    const r = expectRecord(read('\n  \n---\ntitle: Leading blank\ndate: 2021-03-04\nslug: lead\n---\nBody text here, with ![a quay](quay.jpg) and [a note](note.md).\n'));
    expect([r.title, r.date, r.slug, r.slugLine, r.media, r.seedLinks?.map((l) => l.line)]).toEqual(['Leading blank', '2021-03-04', 'lead', 6, [{ file: 'quay.jpg', line: 8 }], [8]]);
    expect(expectProblems(read('\n\n+++\ntitle = "T"\ndate = 2021-02-30\n+++\nText.\n'))[0]).toMatchObject({ line: 5 });
    // A body that opens with a rule after a blank line is no front matter.
    expect(expectRecord(read('\n---\n\nJust text, dated by its name.\n', '2021-03-04-rule.md')).date).toBe('2021-03-04');
  });

  it('says that front matter is never closed, rather than what YAML makes of the body', () => {
    expect(expectProblems(read('---\ntitle: Unclosed\ndate: 2021-03-04\n\nBody text here, and more.\nAnother line.\n'))).toEqual([
      { file: 'a.md', line: 1, message: 'the front matter opened on line 1 is never closed', hint: 'end it with a line of three dashes, "---", before the body' },
    ]);
    // Also where all of it reads as YAML: a file cut off after its front matter, or a body of
    // `Key: value` lines, would be published empty (QA 29).
    for (const text of ['---\ntitle: Unclosed\ndate: 2021-03-04\n', '---\r\ntitle: X\r\ndate: 2021-03-04\r\n\r\nAuthor: Jane Roe\r\nStatus: the body', '---\ntitle: X\ndate: 2021-03-04']) {
      expect(expectProblems(read(text)).map((p) => [p.line, p.message]), JSON.stringify(text)).toEqual([[1, 'the front matter opened on line 1 is never closed']]);
    }
    expect(expectProblems(read('+++\ntitle = "T"\ndate = 2021-03-04\n'))).toEqual([
      { file: 'a.md', line: 1, message: 'the front matter opened on line 1 is never closed', hint: 'end it with a line of three plus signs, "+++", before the body' },
    ]);
  });

  it('reads a key followed by a no-break space, and calls a file of a byte-order mark and blank lines empty', () => {
    expect(expectRecord(read('---\ntitle:\u00a0Hello\u00a0world\ndate:\u202f2021-03-04\n---\nBody.\n')).title).toBe('Hello\u00a0world');
    for (const text of ['\ufeff', '\ufeff\n  \n', '\n\n']) expect(expectProblems(read(text)).map((p) => p.message)).toEqual(['the file is empty']);
  });
});
