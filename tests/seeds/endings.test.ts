// What agency copy and saved pages print after the story (see src/seeds/endings.ts): codes,
// stamps, copyright lines, notices, share buttons, contacts, links, biographies. They are left out
// of the body of text and Markdown seeds alike; the story's own last paragraphs stay.
import { describe, expect, it } from 'vitest';
import { unpackMentions } from '../../src/enrich/mentions.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf, blockText } from '../../src/seeds/words.ts';
import { expectRecord } from './helpers.ts';

const STORY = 'The minister met his Saudi counterpart in Riyadh on Tuesday, the ministry said.';
const read = (file: string, text: string) => expectRecord(readSeed(file, new TextEncoder().encode(text)));
/** A text seed of the story and what follows it. */
const txt = (tail: string, story = STORY) => read('s.txt', ` date 2023-12-05 Talks\n${story}\n\n${tail}\n`);
/** A Markdown seed of the same. */
const md = (tail: string, story = STORY) => read('s.md', `---\ntitle: Talks\ndate: 2023-12-05\n---\n${story}\n\n${tail}\n`);
/** The body's text, block by block (a Markdown body is one block of HTML: its tags and blank lines dropped). */
const body = (r: ReturnType<typeof read>): string[] =>
  blocksOf(r).flatMap((b) => blockText(b).split('\n')).map((t) => t.trim()).filter((t) => t !== '');

/** The tail is cut from both kinds of seed: the story alone is left. */
function cut(tail: string, story = STORY): void {
  expect(body(txt(tail, story)), `text seed: ${tail}`).toEqual([story]);
  expect(body(md(tail, story)), `Markdown seed: ${tail}`).toEqual([story]);
}

/** The tail is kept whole, in both kinds of seed. */
function kept(tail: string, story = STORY): void {
  const lines = tail.split('\n').filter((l) => l.trim() !== '');
  expect(body(txt(tail, story)).slice(-lines.length), `text seed: ${tail}`).toEqual(lines.map((l) => l.trim()));
  expect(body(md(tail, story)).join(' '), `Markdown seed: ${tail}`).toContain(lines.at(-1)!.trim());
}

describe("agencies' marks and codes after the story", () => {
  it("cuts SPA's sign-off with its transmission stamp and number, and keeps SPA as the source", () => {
    cut('--SPA\n13:52 LOCAL TIME 10:52 GMT\n0003');
    cut('--SPA\n09:05 LOCAL TIME 06:05 GMT\n0147');
    expect(txt('--SPA\n13:52 LOCAL TIME 10:52 GMT\n0003').source).toBe('SPA');
  });

  it('cuts the Arabic end mark `//انتهى//`, on its line with the stamp after it, or run on', () => {
    const story = 'التقى وزير الخارجية نظيره في الرياض يوم الثلاثاء.';
    cut('//انتهى//\n13:52ت م\n0060', story);
    cut('// انتهى //', story);
    expect(body(read('a.txt', ` date 2023-12-05 لقاء\n${story} //انتهى//\n`))).toEqual([story]);
    expect(body(read('a.md', `---\ntitle: لقاء\ndate: 2023-12-05\n---\n${story} //انتهى//\n`))).toEqual([story]);
  });

  it("cuts Lusa's `Lusa/Fim` and the editors' initials before it, and APA's code after its end mark", () => {
    const story = 'O ministro reuniu-se com o homólogo em Lisboa na terça-feira, disse o ministério.';
    cut('SBR // VM\n\nLusa/Fim', story);
    cut('Lusa/fim', story);
    const apa = 'Der Minister traf am Dienstag in Wien seinen Amtskollegen, teilte das Ministerium mit.';
    cut('(Schluss) ste/kan\n\nAPA0312 2023-12-05/11:42', apa);
    cut('OTS0087 2023-12-05/09:15', apa);
  });

  it("cuts Antara's credits and copyright line, and a bracketed agency's name", () => {
    cut('Reporter: Aria Cindyara\nEditor: Rahmad Nasution\nCopyright © ANTARA 2023');
    cut('Editor: Azis Kurmala\n\nCOPYRIGHT © ANTARA 2024');
    cut('(ANTARA)');
  });

  it('keeps what only looks like a mark without a sure one: a credit, a number, a sentence after "Editor:"', () => {
    kept('Editor: Rahmad Nasution');
    kept('0003');
    kept('13:52 LOCAL TIME 10:52 GMT');
    // A sentence after a role is the story's, even before a copyright line.
    const r = txt('Editor: the paper said its reporters would keep covering the talks.\n\n© 2023 Reuters. All rights reserved.');
    expect(body(r)).toEqual([STORY, 'Editor: the paper said its reporters would keep covering the talks.']);
  });
});

describe('blocks after the story', () => {
  it('cuts share buttons', () => {
    cut('Share this page');
    cut('Share this article\nShare on Facebook\nTweet');
    cut('Share this:\n\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)\nLike this:\nLike Loading...');
    cut('Share\n\nFacebook\nTwitter\nWhatsApp\nEmail');
  });

  it("cuts a release's contacts at its very end, in lines or on one", () => {
    cut('Media contact:\nJane Roe\nDirector of Communications, Acme Corp.\n+1 (555) 123-4567\njane.roe@acme.example', 'Acme Corp. announced record quarterly revenue of $1.2 billion on Tuesday.');
    cut('Contacts:\n\nInvestors: John Doe, +44 20 7946 0000\nMedia: Ann Lee, press@acme.example', 'Acme Corp. announced record quarterly revenue of $1.2 billion on Tuesday.');
    cut('Press contact: Ann Lee, ann.lee@globex.example, 020 7946 0018');
    cut('FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE NEWS DESK AT (202) 555-0199 OR NEWS-DESK@AGENCY.EXAMPLE.');
    // With the release's end mark and its issuer after them.
    expect(body(txt('Media Contact:\nJohn Doe\npress@acme.example\n\n###\n\nSOURCE Acme Corp'))).toEqual([STORY]);
  });

  it("cuts Bloomberg's contacts of its reporters and editors, with its credit to those who helped and its copyright", () => {
    cut(
      '--With assistance from Jane Doe and John Roe.\n\nTo contact the reporter on this story:\nJohn Smith in London at jsmith@bloomberg.example\n\nTo contact the editors responsible for this story:\nAlaric Nightingale at anightingale@bloomberg.example\n\n©2024 Bloomberg L.P.',
    );
    // The credit alone is the story's last line.
    kept('--With assistance from Jane Doe.');
  });

  it('keeps a paragraph that speaks of contacts, and a label with no contact under it', () => {
    kept('Contacts between the two sides will continue next week, the ministry said.');
    kept('For more information, contact the ministry, which said on Tuesday that the talks would resume.');
    kept('Contact:\nThe two delegations met again on Wednesday');
    kept('Media contact:\nThe two delegations met again on Wednesday, and talks resumed after a break of two hours over lunch.');
    // A heading that starts with the word, and the story under it.
    expect(body(txt('Contact Tracing:\n\nThe ministry traced 4,000 contacts, it said.'))).toEqual([STORY, 'Contact Tracing:', 'The ministry traced 4,000 contacts, it said.']);
  });

  it("cuts an agency's notice about its copy", () => {
    cut('Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.');
    cut('(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)');
    cut('This article was generated from an automated news agency feed without modifications to text.');
    cut('Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.');
  });

  it('cuts copyright lines at the end, and keeps a sentence that opens with the word', () => {
    cut('© 2023 Reuters. All rights reserved.');
    cut('Copyright © 2024 Agence France-Presse');
    cut('(c) Copyright Thomson Reuters 2023. Click For Restrictions - https://agency.reuters.com/en/copyright.html');
    kept('Copyright holders said the ruling would cost them millions, the court heard.');
    kept('Copyright 2019 is the year the law changed.');
    kept('© 2020 lawsuit filed by the author claims the publisher owes him millions in unpaid royalties');
  });

  it('cuts them all together, whatever their order, and never the only paragraph', () => {
    // Reuters' credit line is the story's (its reporters are the authors): what follows it is not.
    const credited = txt('Reporting by Jane Roe; Editing by John Doe\n\nShare this article\n\n© 2023 Reuters. All rights reserved.');
    expect([body(credited), credited.authors]).toEqual([[STORY, 'Reporting by Jane Roe; Editing by John Doe'], ['Jane Roe']]);
    expect(body(txt('With files from The Canadian Press\n\nShare this article\nShare on Facebook\n\nCopyright © 2023 The Canadian Press'))).toEqual([STORY]);
    expect(body(read('o.txt', ' date 2023-12-05 Talks\nShare this article\n'))).toEqual(['Share this article']);
    expect(body(read('o.md', '---\ntitle: Talks\ndate: 2023-12-05\n---\nShare this article\n\n© 2023 Reuters\n'))).toEqual(['Share this article', '© 2023 Reuters']);
  });
});

describe('lines that label rather than tell', () => {
  it('cuts a credit for files at the end, and makes none a subheading elsewhere', () => {
    cut('With files from The Canadian Press');
    cut('— With files from Reuters and the Associated Press');
    const r = txt('With files from The Canadian Press\n\nThe talks resume next week in Jeddah.');
    expect(blocksOf(r).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    kept('With files from the archive, the historians rebuilt the timeline.');
  });

  it("cuts the author's biography under its label at the end, and keeps a long text under one", () => {
    cut('ABOUT THE AUTHOR\n\nJane Roe is a reporter based in Ottawa. She covers federal politics and trade.');
    cut('About the authors:\n\nJane Roe teaches history at McGill University.\n\nJohn Doe is a fellow of the Wilson Center.');
    cut('About the author: Jane Roe is a senior fellow at the Brookings Institution.');
    const long = Array.from({ length: 6 }, (_, i) => `Part ${i + 1} of the story goes on here, with more of what the minister said.`).join('\n\n');
    expect(body(txt(`About the author\n\n${long}`)).length).toBe(8);
  });

  it('cuts links to other stories at the end: a label with a headline, or a label with headlines under it', () => {
    cut('Related: Saudi Arabia and Iran restore ties');
    cut('READ MORE: Why the oil price is rising again');
    cut('Read more:\nSaudi Arabia and Iran restore ties\nOil prices rise on supply fears');
    // A sentence under the label is the story's, as text.ts's `Read also` judges.
    expect(body(txt('Read more\n\nThe talks will resume in Jeddah next week, officials said.'))).toContain('The talks will resume in Jeddah next week, officials said.');
    kept('Read more about the partnership here');
  });
});

describe("the story's own last paragraphs (QA 28)", () => {
  it.each([
    'For more information, contact the library on 01234 567890.',
    'Read more: The row began in September when a newspaper published receipts.',
    'Recommended: at least 150 minutes of moderate activity each week, according to the WHO.',
  ])('keeps %j', (last) => {
    for (const r of [txt(last), md(last)]) expect(body(r).at(-1)).toBe(last);
  });

  it('keeps a reading list that closes an article', () => {
    const list = 'Further reading\n\nThe Guns of August by Barbara Tuchman\n\nThe Sleepwalkers by Christopher Clark';
    expect(body(txt(list)).slice(-3)).toEqual(['Further reading', 'The Guns of August by Barbara Tuchman', 'The Sleepwalkers by Christopher Clark']);
    expect(body(md('## Further reading\n\n- The Guns of August by Barbara Tuchman\n- The Sleepwalkers by Christopher Clark')).at(-1)).toBe('The Sleepwalkers by Christopher Clark');
  });
});

describe('what is cut feeds no summary and no topic', () => {
  it('gives a short story its lede for a summary, not a share button or a notice', () => {
    const one = (tail: string) => read('o.txt', ` date 2023-12-05\n${STORY}\n\n${tail}\n`);
    expect(one('Share this article\nShare on Facebook\nTweet').summary).toBe(STORY);
    expect(one('With files from The Canadian Press').summary).toBe(STORY);
  });

  it('names no agency of a notice or a credit as a topic', () => {
    const names = (r: ReturnType<typeof read>) => unpackMentions(r.mentions).map((m) => m.name);
    expect(names(txt('Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form. Please contact us for subscription options.')).join(' ')).not.toMatch(/Anadolu|News Broadcast/);
    expect(names(md('With files from The Canadian Press')).join(' ')).not.toMatch(/Canadian Press/);
  });
});

describe("agencies' closing lines (QA 34)", () => {
  it("cuts EFE's sign-off with its editors' initials, and ANSA's copyright line", () => {
    cut('EFE mr/jd');
    cut('EFE-EPA jd/mr');
    cut('EFE\n\nmr/jd/ac');
    cut('ALL RIGHTS RESERVED © Copyright ANSA');
    cut('RIPRODUZIONE RISERVATA © Copyright ANSA');
    cut('© Todos los derechos reservados. Agencia EFE');
    // EFE named in the story's own sentence stays.
    kept('The figures were first reported by EFE on Tuesday.');
  });

  it("cuts Anadolu's credit with its asterisk, and its writer is the author", () => {
    cut('*Writing by Jane Doe');
    cut('*Writing by Jane Doe in Ankara\n\n*Contributed by John Roe');
    expect(txt('*Writing by Jane Doe').authors).toEqual(['Jane Doe']);
    expect(txt('*Reporting by Jane Doe and John Roe\n\n*Editing by Ann Lee').authors).toEqual(['Jane Doe', 'John Roe']);
    // A footnote that is a sentence stays.
    kept('*Writing by hand was the only way to keep the records, the clerk said.');
  });

  it("cuts Dow Jones's sign-off, its writer's address and its stamp, and IANS's sign-off with initials", () => {
    cut('--Dow Jones Newswires');
    cut('Write to Jane Doe at jane.doe@wsj.example\n\n(END) Dow Jones Newswires\n\nNovember 14, 2023 10:15 ET (15:15 GMT)\n\nCopyright (c) 2023 Dow Jones & Company, Inc.');
    cut('--IANS ab/cd');
    expect(txt('--IANS ab/cd').source).toBe('IANS');
  });

  it("cuts Reuters' editing credit alone, and keeps its credit line that names the reporters", () => {
    cut('(Editing by Jane Roe)');
    cut('(Editing by Jane Roe and Ann Lee)\n\n(c) 2023 Reuters');
    kept('(Reporting by Jane Roe; Editing by Ann Lee)');
  });

  it("cuts Yonhap's reporter's address before its end mark", () => {
    cut('jhk@yna.co.kr\n\n(END)');
  });

  it('cuts a `Source:` line naming an agency, which gives the source when no dateline does; a sentence or a table\'s source note stays', () => {
    cut('Source: Xinhua');
    cut('Source: Xinhua | Editor: Zhang Xin');
    expect(txt('Source: Xinhua').source).toBe('Xinhua');
    kept('Source: the ministry said the talks would resume next week.');
    const table = read('t.txt', ` date 2023-12-05 Prices\n${STORY}\n\nItem        2022    2023\nBread       1.10    1.25\nMilk        0.90    1.05\n\nSource: Office for National Statistics\n`);
    expect(body(table).at(-1)).toBe('Source: Office for National Statistics');
  });
});

describe("the reporters a credit cut from the story's end names, in Markdown as in text (QA 36)", () => {
  it.each([md, txt])("reads Anadolu's credit's writer as the author when no byline names one (%#)", (seed) => {
    expect(seed('*Writing by Jane Doe').authors).toEqual(['Jane Doe']);
    expect(seed('*Reporting by Jane Doe and John Roe\n\n*Editing by Ann Lee').authors).toEqual(['Jane Doe', 'John Roe']);
    expect(seed('*Writing by Jane Doe', `By John Roe\n\n${STORY}`).authors).toEqual(['John Roe']);
  });

  it.each([md, txt])("reads Dow Jones's writer to write to as the author when no byline names one (%#)", (seed) => {
    for (const tail of ['Write to Jane Doe at jane.doe@wsj.com', 'Write to Jane Doe at jane.doe@wsj.com\n\n(END) Dow Jones Newswires', 'Write to Jane Doe at jane.doe@wsj.com and John Roe at john.roe@wsj.com\n\n--Dow Jones Newswires']) {
      const r = seed(tail);
      expect(body(r)).toEqual([STORY]);
      expect(r.authors).toEqual(tail.includes('John Roe') ? ['Jane Doe', 'John Roe'] : ['Jane Doe']);
    }
    expect(seed('Write to Jane Doe at jane.doe@wsj.com', `By John Roe\n\n${STORY}`).authors).toEqual(['John Roe']);
    // A sentence of the story that gives an address stays, and names nobody.
    const kept = seed('Write to the council at council@city.example if you object.');
    expect(kept.authors).toEqual([]);
    expect(body(kept).at(-1)?.replace(/\s+/g, ' ')).toBe('Write to the council at council@city.example if you object.');
  });
});

describe('a body of nothing but an end mark (QA 37)', () => {
  const problems = (file: string, text: string) => {
    const r = readSeed(file, new TextEncoder().encode(text));
    return r.ok ? `published, titled ${r.record.title}, body ${r.record.body}` : r.problems.map((p) => ({ line: p.line, message: p.message }));
  };
  it('is a headline but no text, in text and Markdown seeds alike, reported on the mark\'s line', () => {
    for (const mark of ['###', '-30-', 'END', '(END)', 'Enditem', '（完）', '- ENDS -']) {
      const message = `the article has a headline but no text: its body is only an end mark ("${mark}")`;
      expect(problems('e.txt', ` date 2023-05-04 Headline\n${mark}\n`), mark).toEqual([{ line: 2, message }]);
      expect(problems('e.txt', ` date 2023-05-04 Headline\n\n${mark}\n\n-30-\n`), mark).toEqual([{ line: 3, message }]);
      expect(problems('e.md', `---\ntitle: Headline\ndate: 2023-05-04\n---\n${mark}\n`), mark).toEqual([{ line: 5, message }]);
      expect(problems('e.md', `---\ndate: 2023-05-04\n---\n# Headline\n\n${mark}\n`), mark).toEqual([{ line: 6, message }]);
    }
    // Without a headline: no text.
    expect(problems('n.txt', ' date 2023-05-04\n-30-\n')).toEqual([{ line: 2, message: 'the article has no text: its body is only an end mark ("-30-")' }]);
    expect(problems('n.md', '---\ndate: 2023-05-04\n---\n-30-\n')).toEqual([{ line: 4, message: 'the article has no text: its body is only an end mark ("-30-")' }]);
  });

  it('leaves a story of one short paragraph above its mark a story', () => {
    expect(read('s.txt', ' date 2023-05-04 Headline\nShares rose.\n\n###\n').lede).toBe('Shares rose.');
    expect(read('s.md', '---\ntitle: Headline\ndate: 2023-05-04\n---\nShares rose.\n\n###\n').lede).toBe('Shares rose.');
    expect(read('h.txt', ' date 2017-11-14\nShares rose\n\nEND\n')).toMatchObject({ title: 'Shares rose', lede: 'Shares rose' });
  });
});

describe('a body of nothing but an agency\'s sign-off (QA 38)', () => {
  const problems = (file: string, text: string) => {
    const r = readSeed(file, new TextEncoder().encode(text));
    return r.ok ? `published, titled ${r.record.title}, body ${r.record.body}` : r.problems.map((p) => ({ line: p.line, message: p.message, hint: p.hint }));
  };
  const hint = 'add the story above the sign-off';
  it('is a headline but no text, in text and Markdown seeds alike, reported on the sign-off\'s line: it was published with the sign-off for its text', () => {
    for (const signOff of ['-- PTI', '--IANS', '--IANS ab/cd', '(Reuters)', '-- AP', '— Reuters', '(AFP)', '-- BERNAMA', 'EFE mr/jd', '(REUTERS)']) {
      const message = `the article has a headline but no text: its body is only a sign-off ("${signOff}")`;
      expect(problems('s.txt', ` date 2023-05-04 Headline\n${signOff}\n`), signOff).toEqual([{ line: 2, message, hint }]);
      expect(problems('s.txt', ` date 2023-05-04 Headline\n\n${signOff}\n\n(c) 2023 Reuters\n`), signOff).toEqual([{ line: 3, message, hint }]);
      expect(problems('s.md', `---\ntitle: Headline\ndate: 2023-05-04\n---\n${signOff}\n`), signOff).toEqual([{ line: 5, message, hint }]);
      expect(problems('s.md', `---\ndate: 2023-05-04\n---\n# Headline\n\n${signOff}\n`), signOff).toEqual([{ line: 6, message, hint }]);
    }
    // Without a headline: no text (a text seed's said it had no title, or was titled by the sign-off).
    for (const signOff of ['-- PTI', '--IANS', '(Reuters)']) {
      const message = `the article has no text: its body is only a sign-off ("${signOff}")`;
      expect(problems('n.txt', ` date 2023-05-04\n${signOff}\n`), signOff).toEqual([{ line: 2, message, hint }]);
      expect(problems('n.md', `---\ndate: 2023-05-04\n---\n${signOff}\n`), signOff).toEqual([{ line: 4, message, hint }]);
    }
    // With an end mark: no text either, on the first one's line.
    expect(problems('m.txt', ' date 2023-05-04 Headline\n###\n\n-- PTI\n')).toEqual([{ line: 2, message: 'the article has a headline but no text: its body is only an end mark ("###")', hint: 'add the story above the end mark' }]);
    expect(problems('m.md', '---\ntitle: Headline\ndate: 2023-05-04\n---\n-- PTI\n\n-30-\n')).toEqual([{ line: 5, message: 'the article has a headline but no text: its body is only a sign-off ("-- PTI")', hint }]);
  });

  it('leaves a story above its sign-off a story, the sign-off out of it (and, in a text seed, its source)', () => {
    for (const signOff of ['-- AP', '(Reuters)', '— Reuters', '-- PTI']) {
      cut(signOff);
      const r = read('s.txt', ` date 2023-05-04 Headline\nShares rose.\n\n${signOff}\n`);
      expect([r.lede, r.source], signOff).toEqual(['Shares rose.', signOff.includes('Reuters') ? 'Reuters' : signOff.replace(/^-- /, '')]);
      expect(read('s.md', `---\ntitle: Headline\ndate: 2023-05-04\n---\nShares rose.\n\n${signOff}\n`).lede, signOff).toBe('Shares rose.');
    }
  });

  it('keeps what only looks like a sign-off: a name that is no agency the wires know, an aside in brackets', () => {
    for (const line of ['-- Jane', '(Reuters reported)', '(AP Photo)', '(Applause)']) {
      expect(body(read('s.txt', ` date 2023-05-04 Headline\n${line}\n`)), line).toEqual([line]);
      expect(body(read('s.md', `---\ntitle: Headline\ndate: 2023-05-04\n---\n${line}\n`)), line).toEqual([line]);
      kept(line);
    }
  });
});

describe('an end mark right before the credit line closing the story (QA 38)', () => {
  it('is left out, and the credit line stays and names the authors, in text and Markdown seeds alike', () => {
    for (const mark of ['###', '-30-', 'Enditem', '(END)', 'END', '-- END --']) {
      for (const credit of ['(Reporting by Jane Doe; Editing by John Roe)', 'Reporting by Jane Doe; Editing by John Roe']) {
        const tail = `${mark}\n\n${credit}`;
        for (const r of [txt(tail), md(tail)]) {
          expect(body(r), `${r.format}: ${tail}`).toEqual([STORY, credit]);
          expect(r.authors, `${r.format}: ${tail}`).toEqual(['Jane Doe']);
          // Nor is it a heading, empty (Markdown's `###`) or not (a text seed's `Enditem` was one).
          expect(blocksOf(r).map((b) => (b.type === 'html' ? b.html : b.type)).join(' '), `${r.format}: ${tail}`).not.toMatch(/<h\d|heading/);
        }
      }
    }
  });

  it('is left out of a Markdown story the credit line closes with an end mark of its own after it', () => {
    const r = md('###\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n-30-');
    expect(body(r)).toEqual([STORY, '(Reporting by Jane Doe; Editing by John Roe)']);
    expect(blocksOf(r).map((b) => (b.type === 'html' ? b.html : '')).join('')).not.toContain('<h2');
    expect(body(txt('###\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n-30-'))).toEqual([STORY, '(Reporting by Jane Doe; Editing by John Roe)']);
  });
});

describe('the source a sign-off closing the story names, in Markdown seeds too (QA 40)', () => {
  const tails: [string, string][] = [['-- PTI', 'PTI'], ['(Reuters)', 'Reuters'], ['— Reuters', 'Reuters'], ['-- BERNAMA', 'Bernama'], ['--IANS ab/cd', 'IANS'], ['EFE mr/jd', 'EFE'], ['Source: Xinhua', 'Xinhua'], ['-- PTI\n\n(c) 2023 Press Trust of India', 'PTI']];
  it('gives the source when no dateline does, in text and Markdown seeds alike (a Markdown seed never took it)', () => {
    for (const [tail, source] of tails) {
      expect(txt(tail).source, `text seed: ${tail}`).toBe(source);
      expect(md(tail).source, `Markdown seed: ${tail}`).toBe(source);
      expect(body(md(tail)), `Markdown seed: ${tail}`).toEqual([STORY]);
    }
  });

  it("gives way to the dateline's source, and to front matter's `source:`", () => {
    const story = 'LONDON, March 4 (Reuters) - Shares rose on Tuesday, traders said.';
    expect(txt('-- AP', story).source).toBe('Reuters');
    expect(md('-- AP', story).source).toBe('Reuters');
    const given = read('g.md', `---\ntitle: Talks\ndate: 2023-12-05\nsource: Example Wire\n---\n${STORY}\n\n-- PTI\n`);
    expect(given.source).toBe('Example Wire');
  });

  it('takes none from what only looks like a sign-off, nor from the story\'s own last line', () => {
    for (const line of ['-- Jane', '(Reuters reported)', '(Applause)']) expect(md(line).source, line).toBeNull();
    expect(md('The minister said Reuters had reported it first.').source).toBeNull();
  });
});

describe('a body of a sign-off or end mark and a copyright line (QA 40)', () => {
  const problems = (file: string, text: string) => {
    const r = readSeed(file, new TextEncoder().encode(text));
    return r.ok ? `published, titled ${r.record.title}, body ${r.record.body}` : r.problems.map((p) => ({ line: p.line, message: p.message }));
  };
  it('is no text, in text and Markdown seeds alike: the Markdown seed was published, its copyright line for summary', () => {
    for (const [mark, only] of [['-- PTI', 'a sign-off'], ['(Reuters)', 'a sign-off'], ['###', 'an end mark'], ['-30-', 'an end mark']] as const) {
      for (const copyright of ['(c) 2023 Reuters', '© 2023 AP', 'Copyright 2023 The Associated Press. All rights reserved.']) {
        const tail = `${mark}\n\n${copyright}`;
        const message = `the article has a headline but no text: its body is only ${only} ("${mark}")`;
        expect(problems('s.txt', ` date 2023-05-04 Headline\n${tail}\n`), tail).toEqual([{ line: 2, message }]);
        expect(problems('s.md', `---\ntitle: Headline\ndate: 2023-05-04\n---\n${tail}\n`), tail).toEqual([{ line: 5, message }]);
        expect(problems('h.md', `---\ndate: 2023-05-04\n---\n# Headline\n\n${tail}\n`), tail).toEqual([{ line: 6, message }]);
        // Without a headline: no text.
        const untitled = `the article has no text: its body is only ${only} ("${mark}")`;
        expect(problems('n.md', `---\ndate: 2023-05-04\n---\n${tail}\n`), tail).toEqual([{ line: 4, message: untitled }]);
        expect(problems('n.txt', ` date 2023-05-04\n${tail}\n`), tail).toEqual([{ line: 2, message: untitled }]);
      }
    }
  });

  it("says so of Markdown's `###` alone without a headline too, as of a text seed's: it was taken for an empty heading, the title", () => {
    expect(problems('n.md', '---\ndate: 2023-05-04\n---\n###\n')).toEqual([{ line: 4, message: 'the article has no text: its body is only an end mark ("###")' }]);
  });

  it('leaves a story above them a story, and a copyright line alone as it was', () => {
    expect(body(md('-- PTI\n\n(c) 2023 Reuters'))).toEqual([STORY]);
    expect(body(md('###\n\n© 2023 AP'))).toEqual([STORY]);
    expect(body(read('c.md', '---\ntitle: Headline\ndate: 2023-05-04\n---\n© 2023 AP\n'))).toEqual(['© 2023 AP']);
  });
});
