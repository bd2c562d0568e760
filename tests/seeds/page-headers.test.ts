// Real copy's headers: a saved page's header lines set with no blank line between them, and
// bylines in the forms papers and agencies print them (QA on wire and newspaper copy).
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import type { SeedRecord } from '../../src/types.ts';
import { expectRecord, texts } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

const read = (name: string, content: string): SeedRecord => expectRecord(readSeed(name, new TextEncoder().encode(content)));

const LEDE = 'The federal government announced on Tuesday that it would build 250,000 homes across the country by 2030, officials said.';

describe("a saved page's header, its lines with no blank line between them", () => {
  const header = (lines: string[], first = ' date 2023-11-14'): SeedRecord => read('page.txt', `${first}\n${lines.join('\n')}\n\n${LEDE}\n\nA second paragraph follows it.\n`);

  it('reads the headline, the deck and the byline as lines of their own: the deck is no summary, the byline no text', () => {
    const r = header([
      'Ottawa unveils its long-awaited national housing plan for first-time buyers',
      'The federal government says it will build homes faster under the new plan',
      'Jane Doe · CBC News · Posted: Nov 14, 2023 4:00 AM EST',
    ]);
    expect(r.title).toBe('Ottawa unveils its long-awaited national housing plan for first-time buyers');
    expect(r.summary).toBe(LEDE);
    expect(r.authors).toEqual(['Jane Doe']);
    expect(texts(r)).toEqual(['The federal government says it will build homes faster under the new plan', LEDE, 'A second paragraph follows it.']);
  });

  it('does so under a headline on the date line, and with a byline and a time stamp on lines of their own', () => {
    const r = header(
      ['Residents of the northern coast were told to leave before the storm arrived', 'By Jane Roe and John Smith, Staff Reporters', 'Updated 14 November 2023, 16:05 GMT'],
      ' date 2023-11-14 Storm reaches the coast',
    );
    expect(r.title).toBe('Storm reaches the coast');
    expect(r.summary).toBe(LEDE);
    expect(r.authors).toEqual(['Jane Roe', 'John Smith']);
    expect(texts(r)[0]).toBe('Residents of the northern coast were told to leave before the storm arrived');
  });

  it('parts a headline in Title Case from the story right under it, and a page title with its outlet and time (QA 28)', () => {
    const r = read('t.txt', ' date 2023-11-14\nCouncil Approves New Budget After Long Debate\nThe council approved the budget on Tuesday after a debate.\n');
    expect([r.title, r.titleDerived, r.summary]).toEqual(['Council Approves New Budget After Long Debate', false, 'The council approved the budget on Tuesday after a debate.']);
    const page = read('p.txt', ' date 2023-11-14\nApple Unveils New Phone · The Verge · Updated Nov 14, 2023\nApple unveiled its new phone on Tuesday at an event in California.\n');
    expect([page.title, page.summary]).toEqual(['Apple Unveils New Phone', 'Apple unveiled its new phone on Tuesday at an event in California.']);
    // A wrapped paragraph's first line of names, as long as the lines under it, runs on into them.
    const lines = ['Vice President Kamala Harris and Second Gentleman Doug Emhoff', 'Hosted a reception at the White House on Monday for members of the', 'press corps and their families, the White House said.'];
    expect(read('w.txt', ` date 2023-11-14 Reception\n${lines.join('\n')}\n`).summary).toBe(lines.join(' '));
  });

  it('still joins a paragraph wrapped at 70 columns, even where one of its lines reads as names and a post', () => {
    const wrapped = [
      'Yesterday, in commemoration of Second Chance Month, Domestic Policy',
      'Advisor Susan Rice, White House Public Engagement Director Cedric',
      'Richmond, and White House Counsel Dana Remus hosted a discussion.',
    ];
    const r = read('wrapped.txt', ` date 2021-04-29 Second Chance Month\n${wrapped.join('\n')}\n\nMore text.\n`);
    expect(r.summary).toBe(wrapped.join(' '));
    expect(r.authors).toEqual([]);
    // Lines that stand alone but end in no byline or date are a wrapped paragraph too.
    const plain = ['Prime Minister Justin Trudeau said on Tuesday that the government of', 'Canada would spend more on housing over the next five years than it had.'];
    expect(read('plain.txt', ` date 2021-04-29 Housing\n${plain.join('\n')}\n`).summary).toBe(plain.join(' '));
  });

  it('keeps a byline as the last line of a wrapped paragraph in the paragraph', () => {
    const lines = ['The report on the state of the economy was written over the summer by', 'Jane Roe and John Smith'];
    const r = read('last.txt', ` date 2021-04-29 The report\n${lines.join('\n')}\n\nMore text.\n`);
    expect(r.summary).toBe(lines.join(' '));
  });
});

describe('bylines in the forms papers print them', () => {
  const above = (byline: string, first = ' date 2023-11-14'): SeedRecord => read('by.txt', `${first}\n${byline}\n\n${LEDE}\n\nA second paragraph follows it.\n`);

  it.each([
    ['Jane Patterson, Political Editor', ['Jane Patterson']],
    ['Jane Doe · CBC News · Posted: Nov 14, 2023 4:00 AM EST', ['Jane Doe']],
    ['Por Pedro Peduzzi - Repórter da Agência Brasil', ['Pedro Peduzzi']],
    ['By Jane Roe', ['Jane Roe']],
    ['By Natalie Quillian, Assistant to the President and Deputy Chief of Staff', ['Natalie Quillian']],
  ])('%j above the lede is a byline: its names the authors, no title, summary or text', (byline, names) => {
    const headed = above(byline, ' date 2023-11-14 Housing plan unveiled');
    expect([headed.authors, headed.summary, texts(headed)[0]]).toEqual([names, LEDE, LEDE]);
    // Without a headline, the title is the lede's, and the summary what follows it.
    const derived = above(byline);
    expect([derived.authors, derived.title.startsWith('The federal government announced'), derived.summary]).toEqual([names, true, 'A second paragraph follows it.']);
  });

  it.each([
    ['Oil Prices and Stocks Fall'],
    ['Green Bay, WI'],
    ['Hillsborough Community College, Dale Mabry Campus'],
    ['By Royal Appointment'],
    ['Emergency Plan, Explained'],
  ])('%j is no byline', (line) => {
    const r = above(line, ' date 2023-11-14 Housing plan unveiled');
    expect(r.authors).toEqual([]);
    expect(texts(r)[0]).toBe(line);
  });

  it('reads names joined by "and" alone as the byline only above a lede that opens with its dateline and names neither (QA 28)', () => {
    const lede = 'HONG KONG, Nov 14 (Reuters) - The city will build more homes, officials said.';
    const dated = read('d.txt', ` date 2023-11-14\nKahon Chan and Natalie Wong\n\n${lede}\n`);
    expect([dated.authors, dated.dateline, dated.source]).toEqual([['Kahon Chan', 'Natalie Wong'], 'Hong Kong', 'Reuters']);
    expect(read('h.txt', ` date 2023-11-14 Housing plan unveiled\nKahon Chan and Natalie Wong\n\n${lede}\n`).authors).toEqual(['Kahon Chan', 'Natalie Wong']);
    // Above an undated lede, or one that names them, they are what the story is about: a headline, or a deck that stays.
    const heading = above('Emma Watson and Daniel Radcliffe');
    expect([heading.title, heading.titleDerived, heading.authors, heading.summary]).toEqual(['Emma Watson and Daniel Radcliffe', false, [], LEDE]);
    const deck = above('Kahon Chan and Natalie Wong', ' date 2023-11-14 Housing plan unveiled');
    expect([deck.authors, texts(deck)[0]]).toEqual([[], 'Kahon Chan and Natalie Wong']);
    const subjects = read('s.txt', ' date 2021-09-12\nEmma Raducanu and Leylah Fernandez\nNEW YORK (AP) — Emma Raducanu beat Leylah Fernandez to win the U.S. Open on Saturday.\n');
    expect([subjects.title, subjects.authors]).toEqual(['Emma Raducanu and Leylah Fernandez', []]);
    for (const line of ['Starring Emma Stone and Ryan Gosling', 'Featuring Jane Roe and John Doe']) {
      expect(read('r.txt', ` date 2023-11-14 Review: La La Land\n${line}\n\nThe musical is a joyous return to old Hollywood, and the leads dance beautifully.\n`).authors).toEqual([]);
    }
  });

  it('reads names joined by "and" as what the story is about when the story under its lede names each of them (QA 42)', () => {
    const lede = 'PARIS (AP) — A new exhibition at the Musée d’Orsay brings together two painters of light for the first time in forty years.';
    const story = `${lede}\n\nMonet's water lilies hang beside the dancers Degas drew at the Opéra, in rooms that follow their friendship.\n`;
    const text = read('t.txt', ` date 2019-03-01\nClaude Monet and Edgar Degas\n\n${story}`);
    expect([text.title, text.titleDerived, text.authors, text.dateline, text.source]).toEqual(['Claude Monet and Edgar Degas', false, [], 'Paris', 'AP']);
    const headed = read('h.txt', ` date 2019-03-01 Impressionists together\nClaude Monet and Edgar Degas\n\n${story}`);
    expect([headed.authors, texts(headed)[0]]).toEqual([[], 'Claude Monet and Edgar Degas']);
    const md = read('m.md', `---\ntitle: Impressionists together\ndate: 2019-03-01\n---\nClaude Monet and Edgar Degas\n\n${story}`);
    expect(md.authors).toEqual([]);
    expect(texts(md)[0]).toContain('Claude Monet and Edgar Degas');
    // Reporters some of whose names the story holds as another's (`Chan`), or as part of a word, still sign it.
    const signed = (names: string, below: string): string[] => read('s.txt', ` date 2023-11-14\n${names}\n\nHONG KONG, Nov 14 (Reuters) - The city will build more homes, officials said.\n\n${below}\n`).authors;
    expect(signed('Kahon Chan and Natalie Wong', 'Chief Secretary Eric Chan said the plan would take a decade.')).toEqual(['Kahon Chan', 'Natalie Wong']);
    expect(signed('Jane Mills and John Marsh', 'Textile mills and marshland will make room for the Marshall estate.')).toEqual(['Jane Mills', 'John Marsh']);
  });

  it('takes a paper\'s name before its reporters\' role for no reporter, and reads Spanish and Portuguese names joined by y and e (QA 28)', () => {
    expect(above('By Jane Roe and John Doe, Miami Herald Staff Writers').authors).toEqual(['Jane Roe', 'John Doe']);
    expect(above('By Jane Roe, Washington Post Staff Writer').authors).toEqual(['Jane Roe']);
    expect(above('By Jane Roe, New York Times News Service').authors).toEqual(['Jane Roe']);
    expect(above('Por Ana García y Luis Pérez - Corresponsales de EFE', ' date 2023-11-14 Plan').authors).toEqual(['Ana García', 'Luis Pérez']);
    expect(above('Por Ana Souza e Pedro Peduzzi - Repórteres da Agência Brasil', ' date 2023-11-14 Plan').authors).toEqual(['Ana Souza', 'Pedro Peduzzi']);
  });

  it('takes an outlet or role on a line of its own under the names as the byline\'s, not as a subheading (QA 28)', () => {
    const cases: [string, string[]][] = [
      ['By Jane Roe and John Doe\nThe Associated Press\n\nMIAMI (AP) — A storm hit the coast on Tuesday.', ['Jane Roe', 'John Doe']],
      ['JOHN SMITH and JANE DOE\nAssociated Press\n\nMIAMI (AP) — A storm hit the coast on Tuesday.', ['John Smith', 'Jane Doe']],
      ['By Jane Roe\nStaff Writer\n\nA storm hit the coast on Tuesday, knocking out power.', ['Jane Roe']],
    ];
    for (const [top, authors] of cases) {
      const r = read('r.txt', ` date 2023-11-14 Storm hits\n${top}\n\nMore text.\n`);
      expect(r.authors).toEqual(authors);
      expect(texts(r)).toEqual([r.lede, 'More text.']);
    }
    // A word in capitals under a byline is no outlet: it stays.
    expect(texts(read('n.txt', ' date 2023-11-14 Storm hits\nBy Jane Roe\n\nNATO\n\nA storm hit the coast on Tuesday.\n'))).toContain('NATO');
  });

  it('reads the same bylines opening a Markdown body, taken out of it (QA 28)', () => {
    const md = (body: string): SeedRecord => read('m.md', `---\ntitle: Housing plan\ndate: 2023-11-14\n---\n${body}\n`);
    const cases: [string, string[]][] = [
      ['Jane Patterson, Political Editor', ['Jane Patterson']],
      ['Por Pedro Peduzzi - Repórter da Agência Brasil', ['Pedro Peduzzi']],
      ['Jane Doe · CBC News · Posted: Nov 14, 2023 4:00 AM EST', ['Jane Doe']],
    ];
    for (const [byline, names] of cases) {
      const r = md(`${byline}\n\n${LEDE}`);
      expect([r.authors, r.summary]).toEqual([names, LEDE]);
      expect(texts(r)[0]).not.toContain(byline.slice(0, 12));
    }
    const lede = 'HONG KONG, Nov 14 (Reuters) - The city will build more homes, officials said.';
    expect(md(`Kahon Chan and Natalie Wong\n\n${lede}`).authors).toEqual(['Kahon Chan', 'Natalie Wong']);
    for (const body of [`Emma Watson and Daniel Radcliffe\n\n${LEDE}`, 'Sarah Collins, Director of Public Health\n\nQ: What are your priorities?']) {
      const r = md(body);
      expect(r.authors).toEqual([]);
      expect(texts(r)[0]).toContain(body.split('\n')[0]!);
    }
  });

  it('takes no byline of an official\'s name and post without "By": the person a Q&A or profile is about (QA 28)', () => {
    const r = read('q.txt', ' date 2023-11-14 Five questions for the new health chief\nSarah Collins, Director of Public Health\n\nQ: What are your priorities for the coming year in the county?\n');
    expect(r.authors).toEqual([]);
    expect(texts(r)[0]).toBe('Sarah Collins, Director of Public Health');
  });

  it.each([
    ['Biden Signs Infrastructure Bill | AP News'],
    ['Brexit Talks Collapse - BBC News'],
    ['Housing Plan Unveiled - CBC News'],
    ['Stocks Rally Worldwide | Reuters'],
    ['Apple Unveils New Phone · The Verge · Updated Nov 14, 2023'],
  ])('reads a page title with its outlet, %j, as the headline without the outlet, never as a byline', (line) => {
    const derived = above(line);
    expect([derived.title, derived.authors, derived.summary]).toEqual([line.replace(/ (?:[|·-]) .*$/u, ''), [], LEDE]);
    const repeated = above(line, ' date 2023-11-14 Housing plan unveiled');
    expect(repeated.authors).toEqual([]);
  });

  it('keeps a headline whose last words after a dash are no outlet', () => {
    for (const line of ['Paris - Berlin', 'Talks in Geneva - Day Two', 'Markets Rally - Stocks Up', 'Heat wave - The Independent View', 'Interest Rates Rise Again - UK', 'Strikes Planned at Hospitals - NHS', 'Fed Raises Rates - Good News', 'Grim Jobs Report - More Bad News', 'Review of the Year | 2023', 'The Best Albums · 2023']) {
      expect(above(line).title).toBe(line);
    }
    for (const [line, title] of [['Oil rises - The Globe and Mail', 'Oil rises'], ['Paris attack - France 24', 'Paris attack'], ['Senate deal | CNN Politics', 'Senate deal'], ['Gaza talks - Al Jazeera English', 'Gaza talks'], ['The Case for Nuclear Power | Opinion | The Guardian', 'The Case for Nuclear Power']]) {
      expect(above('x', ` date 2023-11-14 ${line}`).title).toBe(title);
    }
    // A line of a thousand parts is no title, and is read in time that grows with its length only.
    const started = performance.now();
    expect(readSeed('long.txt', new TextEncoder().encode(` date 2023-11-14 Headline here${' · 2023'.repeat(30000)}\nStory text.\n`)).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(quickly(2000));
    expect(above('x', ' date 2023-11-14 Oil Prices Fall - Reuters').title).toBe('Oil Prices Fall');
    expect(above('x', ' date 2023-11-14 Council Approves Budget | The Washington Post').title).toBe('Council Approves Budget');
  });

  it('takes no byline of the people news is about, nor out of a sentence that runs on above and below the names', () => {
    expect(above('Donald Trump and Kim Jong Un', ' date 2023-11-14 Summit ends').authors).toEqual([]);
    const lines = ['The statement at the end of the meeting was signed on Tuesday by', 'Jane Roe and John Smith', 'in the presence of the delegations, who applauded the two leaders as they shook hands.'];
    const r = read('run-on.txt', ` date 2023-11-14 Summit ends\n${lines.join('\n')}\n\nThe talks went on for six hours.\n`);
    expect(r.authors).toEqual([]);
    expect(texts(r).join(' ')).toContain('Jane Roe and John Smith');
  });

  it('takes no byline out of a list of appointees under a lede ending in a colon', () => {
    const r = read('list.txt', ' date 2022-09-14 Appointments\nWASHINGTON – Today, the President announced his intent to appoint:\n\nAnna Eleanor Roosevelt, Commission Member, Roosevelt Campobello International Park Commission\n\nMore text.\n');
    expect(r.authors).toEqual([]);
    expect(texts(r)).toHaveLength(3);
  });
});
