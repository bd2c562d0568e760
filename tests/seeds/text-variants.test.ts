// Plain-text seeds written in the many ways real files come: encodings, line ends, layouts,
// wire datelines and headlines.
import { describe, expect, it } from 'vitest';
import { deriveTitle, firstSentence, isAllCaps, MAX_DERIVED_TITLE, titleCase } from '../../src/seeds/title.ts';
import { parseDateline, placeCase } from '../../src/seeds/dateline.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import { expectRecord, fixtureBytes, recordOf, texts } from './helpers.ts';
import { readSeed } from '../../src/seeds/read.ts';

const GENEVA_PARAGRAPHS = [
  'The talks resumed on Tuesday in Geneva.',
  'Both delegations attended the first session.',
  'The next round is set for December.',
];

describe('encodings and line ends', () => {
  it('ignores a UTF-8 byte order mark', () => {
    const bytes = fixtureBytes('text-bom/bom.txt');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const r = recordOf('text-bom/bom.txt');
    expect(r.date).toBe('2017-11-14');
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(r.titleDerived).toBe(false);
    expect(texts(r)).toEqual(GENEVA_PARAGRAPHS.slice(0, 2));
    expect(JSON.stringify(r)).not.toContain('\uFEFF');
  });

  it('reads CRLF line ends', () => {
    const bytes = Buffer.from(fixtureBytes('text-crlf/crlf.txt')).toString('latin1');
    expect(bytes).toContain('\r\n');
    const r = recordOf('text-crlf/crlf.txt');
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(texts(r)).toEqual(GENEVA_PARAGRAPHS);
    expect(JSON.stringify(r)).not.toMatch(/\\r/);
  });

  it('reads lone CR line ends', () => {
    const bytes = Buffer.from(fixtureBytes('text-cr/cr.txt')).toString('latin1');
    expect(bytes).toContain('\r');
    expect(bytes).not.toContain('\n');
    const r = recordOf('text-cr/cr.txt');
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(r.date).toBe('2017-11-14');
    expect(texts(r)).toEqual(GENEVA_PARAGRAPHS);
  });

  it('drops trailing spaces and tabs from the headline and the paragraphs', () => {
    expect(Buffer.from(fixtureBytes('text-trailing-spaces/trailing.txt')).toString()).toMatch(/Geneva {3}\n/);
    const r = recordOf('text-trailing-spaces/trailing.txt');
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(texts(r)).toEqual(GENEVA_PARAGRAPHS.slice(0, 2));
  });

  it('keeps typographic quotes in a headline and the body verbatim', () => {
    const r = recordOf('text-quotes/headline.txt');
    expect(r.title).toBe('“Further Progress” in Geneva');
    expect(texts(r)).toEqual([
      'The envoy said ‘further progress’ was made in Russia’s talks with the opposition.',
      'He called it “a real step forward.”',
    ]);
  });

  it('keeps typographic quotes in a title derived from the lede', () => {
    const r = recordOf('text-quotes/lede.txt');
    expect(r.titleDerived).toBe(true);
    expect(r.title).toBe('The envoy said “further progress” was made in Russia’s talks on Tuesday');
    expect(r.lede).toContain('“further progress”');
  });
});

describe('the date line', () => {
  it.each([
    ['text-leading-whitespace/spaces.txt', '    date'],
    ['text-leading-whitespace/tabs.txt', '\t\t date'],
    ['text-leading-whitespace/none.txt', 'date'],
  ])('accepts %s (line 1 starts %j)', (file, start) => {
    expect(Buffer.from(fixtureBytes(file)).toString().startsWith(`${start} 2017-11-14`)).toBe(true);
    const r = recordOf(file);
    expect(r.date).toBe('2017-11-14');
    expect(r.title).toBe('Talks Resume in Geneva');
    expect(texts(r)).toEqual(['The talks resumed on Tuesday in Geneva.']);
  });
});

describe('paragraphs', () => {
  it('reads one paragraph per line and blank-line-separated paragraphs alike', () => {
    const perLine = recordOf('text-paragraphs/per-line.txt');
    const blank = recordOf('text-paragraphs/blank-lines.txt');
    expect(texts(perLine)).toEqual(GENEVA_PARAGRAPHS);
    expect(blocksOf(blank)).toEqual(blocksOf(perLine));
    expect(blank.lede).toBe(GENEVA_PARAGRAPHS[0]);
  });

  it('joins the lines of a hard-wrapped paragraph', () => {
    const r = recordOf('text-paragraphs/wrapped.txt');
    expect(texts(r)).toEqual([
      'The talks resumed on Tuesday in Geneva after a pause of several weeks, and both delegations attended the first session in the Palais des Nations.',
      'The next round is set for December.',
    ]);
  });

  it('opens a paragraph at each indented line of copy wrapped with no blank lines, as typewritten copy marks them', () => {
    const text = [
      ' date 1994-03-02 Yeltsin meets Clinton',
      '   MOSCOW, March 2 (Reuter) - Russian President Boris Yeltsin said on',
      'Wednesday he would meet U.S. President Bill Clinton in Naples in July.',
      '   "We have many questions to discuss," Yeltsin told reporters at the',
      'Kremlin after talks with German Chancellor Helmut Kohl.',
      '\tThe two leaders last met in Moscow in January, when they signed an',
      'agreement on missiles.',
      '',
    ].join('\n');
    const r = expectRecord(readSeed('wrapped.txt', new TextEncoder().encode(text)));
    expect([r.dateline, r.source]).toEqual(['Moscow', 'Reuter']);
    expect(texts(r)).toEqual([
      'Russian President Boris Yeltsin said on Wednesday he would meet U.S. President Bill Clinton in Naples in July.',
      '"We have many questions to discuss," Yeltsin told reporters at the Kremlin after talks with German Chancellor Helmut Kohl.',
      'The two leaders last met in Moscow in January, when they signed an agreement on missiles.',
    ]);
  });

  it('makes a line of one repeated mark (`___`, `* * *`, `-----`) a rule between paragraphs, and none at the ends', () => {
    const text = ' date 2019-05-02 Talks resume\n___\nThe talks resumed on Tuesday.\n\n___\n\n* * *\n\nThe next round is in December.\n\n-----\nOther news: markets rose.\n\n=====\n';
    const r = expectRecord(readSeed('rules.txt', new TextEncoder().encode(text)));
    expect(blocksOf(r)).toEqual([
      { type: 'paragraph', text: 'The talks resumed on Tuesday.' },
      { type: 'html', html: '<hr>\n' },
      { type: 'paragraph', text: 'The next round is in December.' },
      { type: 'html', html: '<hr>\n' },
      { type: 'paragraph', text: 'Other news: markets rose.' },
    ]);
    expect(r.lede).toBe('The talks resumed on Tuesday.');
  });

  it('makes rows of cells between pipes a table, its cells escaped, a header row when dashes follow it', () => {
    const text = " date 2018-02-01 Russia's reserves\nReserves grew, the bank said.\nMonth | 2017 | 2018\nJanuary | 377.7 | 432.7\nFebruary | 391.5 | 447.7\nThe growth continued.\n\n| Team | Points |\n|---|---|\n| <b>Spartak</b> | 12 |\n\nHe said yes | no.\n";
    const r = expectRecord(readSeed('t.txt', new TextEncoder().encode(text)));
    const blocks = blocksOf(r);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'html', 'paragraph', 'html', 'paragraph']);
    expect(texts(r)[1]).toBe('<table tabindex="0">\n<tbody>\n<tr><td>Month</td><td>2017</td><td>2018</td></tr>\n<tr><td>January</td><td>377.7</td><td>432.7</td></tr>\n<tr><td>February</td><td>391.5</td><td>447.7</td></tr>\n</tbody>\n</table>\n');
    expect(texts(r)[3]).toContain('<thead>\n<tr><th>Team</th><th>Points</th></tr>');
    expect(texts(r)[3]).toContain('<td>&#60;b&#62;Spartak&#60;/b&#62;</td>');
    // A line with a pipe alone, after a blank line, is text.
    expect(texts(r)[4]).toBe('He said yes | no.');
  });

  it('makes rows of cells between pipes parted by blank lines one table, when each opens and closes with a pipe, as a Markdown seed does (QA 40)', () => {
    const text = ' date 2023-11-14 Standings\nThe standings on Tuesday:\n\n| Team | W | L |\n|---|---|---|\n\n| Boston | 10 | 2 |\n\n| Philadelphia | 8 | 4 |\n\nMore games tonight.\n\nHe said yes | no.\n\nShe said no | yes.\n';
    const r = expectRecord(readSeed('t.txt', new TextEncoder().encode(text)));
    expect(blocksOf(r).map((b) => b.type)).toEqual(['paragraph', 'html', 'paragraph', 'paragraph', 'paragraph']);
    expect(texts(r)[1]).toBe('<table tabindex="0">\n<thead>\n<tr><th>Team</th><th>W</th><th>L</th></tr>\n</thead>\n<tbody>\n<tr><td>Boston</td><td>10</td><td>2</td></tr>\n<tr><td>Philadelphia</td><td>8</td><td>4</td></tr>\n</tbody>\n</table>\n');
    // Lines of prose with a pipe, parted by a blank line, stay prose; so do rows of another width.
    expect(texts(r).slice(3)).toEqual(['He said yes | no.', 'She said no | yes.']);
    const wider = expectRecord(readSeed('w.txt', new TextEncoder().encode(' date 2023-11-14 Standings\nText.\n\n| Team | W |\n| Boston | 10 |\n\n| a | b | c |\n')));
    expect(texts(wider).slice(1)).toEqual(['<table tabindex="0">\n<tbody>\n<tr><td>Team</td><td>W</td></tr>\n<tr><td>Boston</td><td>10</td></tr>\n</tbody>\n</table>\n', '| a | b | c |']);
  });

  it('makes a lone short line between paragraphs a heading', () => {
    const r = recordOf('headings/one-heading.txt');
    expect(blocksOf(r).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(blocksOf(r)[2]).toEqual({ type: 'heading', text: 'What Comes Next' });
  });

  it('does not make a list of short lines into headings', () => {
    const r = recordOf('headings/list.txt');
    expect(blocksOf(r).every((b) => b.type === 'paragraph')).toBe(true);
    expect(texts(r)).toEqual([
      'The following countries sent delegations to the meeting on Tuesday:',
      'France',
      'Germany',
      'Italy',
      'Spain',
      'The meeting ended late in the evening.',
    ]);
  });
});

describe('wire datelines', () => {
  it('CHICAGO, March 24 - … gives dateline "Chicago", no source, and a title from the story', () => {
    const r = recordOf('datelines/chicago.txt');
    expect(r.dateline).toBe('Chicago');
    expect(r.source).toBeNull();
    expect(r.titleDerived).toBe(true);
    expect(r.title).toBe('Taiwan will tender for 100,000 tonnes of U.S. wheat on Tuesday, traders said');
    expect(r.lede.startsWith('Taiwan will tender')).toBe(true);
    expect(texts(r)[0]?.startsWith('Taiwan will tender')).toBe(true);
    expect(texts(r).join(' ')).not.toContain('CHICAGO');
  });

  it('LONDON, March 24 (Reuters) - … gives source "Reuters"', () => {
    const r = recordOf('datelines/london.txt');
    expect(r.dateline).toBe('London');
    expect(r.source).toBe('Reuters');
    expect(r.title).toBe('British shares rose on Friday as miners gained ground');
    expect(texts(r)[0]).toBe('British shares rose on Friday as miners gained ground.');
  });

  it('WASHINGTON (AP) — … gives dateline "Washington" and source "AP"', () => {
    const r = recordOf('datelines/washington.txt');
    expect(r.dateline).toBe('Washington');
    expect(r.source).toBe('AP');
    expect(r.lede).toBe('The Senate voted on Friday to approve the spending bill.');
    expect(texts(r)[0]).toBe(r.lede);
  });

  it.each([
    ['datelines/new-york.txt', 'New York', 'Reuters', 'Wall Street stocks rose on Friday as banks gained.'],
    ['datelines/rio.txt', 'Rio de Janeiro', 'Reuters', 'Brazil’s central bank cut its benchmark rate on Friday.'],
    ['datelines/st-petersburg.txt', 'St. Petersburg', 'TASS', 'The economic forum opened on Friday in the city.'],
  ])('multi-word place in %s reads as %j', (file, place, source, lede) => {
    const r = recordOf(file);
    expect(r.dateline).toBe(place);
    expect(r.source).toBe(source);
    expect(r.lede).toBe(lede);
    expect(texts(r)[0]).toBe(lede);
  });

  it('does not take a lede opening with an acronym for a dateline', () => {
    const r = recordOf('datelines/not-a-dateline.txt');
    expect(r.dateline).toBeNull();
    expect(r.source).toBeNull();
    expect(r.titleDerived).toBe(true);
    expect(r.lede).toBe('UN Secretary-General said on Monday that the talks would continue in Geneva next week.');
    expect(texts(r)[0]).toBe(r.lede);
  });

  it('parseDateline and placeCase agree with the fixtures', () => {
    expect(parseDateline('UN Secretary-General said on Monday that talks go on.')).toBeNull();
    expect(parseDateline('US - officials said on Monday.')).toBeNull();
    expect(parseDateline('GENEVA, November 14. /TASS/. Talks began.')).toEqual({ place: 'Geneva', source: 'TASS', rest: 'Talks began.' });
    expect(parseDateline('CHICAGO, March 24 - ')).toBeNull(); // nothing after it
    expect(placeCase('RIO DE JANEIRO')).toBe('Rio de Janeiro');
    expect(placeCase('ST. PETERSBURG')).toBe('St. Petersburg');
    expect(placeCase('NEW YORK')).toBe('New York');
  });
});

describe('titles', () => {
  it('shows an all-capitals headline in title case', () => {
    const r = recordOf('titles/all-caps.txt');
    expect(r.titleDerived).toBe(false);
    expect(r.title).toBe('Taiwan Tenders for 100,000 Tonnes of Wheat');
  });

  it('keeps "U.S." in an all-capitals headline', () => {
    const r = recordOf('titles/us-bonds.txt');
    expect(r.title).toBe('U.S. to Sell Bonds');
  });

  it('leaves a headline that is not all capitals as written', () => {
    expect(recordOf('text-crlf/crlf.txt').title).toBe('Talks Resume in Geneva');
    expect(isAllCaps('Talks Resume in Geneva')).toBe(false);
    expect(titleCase('TALKS RESUME IN GENEVA')).toBe('Talks Resume in Geneva');
  });

  it('writes the names it knows in an all-capitals headline as they are written, not as the rules of title case give them', () => {
    expect(titleCase('KIM JONG UN INSPECTS MISSILE LAUNCH')).toBe('Kim Jong Un Inspects Missile Launch');
    expect(titleCase('MOON JAE-IN MEETS "KIM JONG UN\'S" ENVOY')).toBe('Moon Jae-in Meets "Kim Jong Un\'s" Envoy');
    expect(titleCase('MCKESSON PROFIT RISES')).toBe('McKesson Profit Rises');
    // Acronyms stay where no known name holds them.
    expect(titleCase('UN CHIEF VISITS PYONGYANG')).toBe('UN Chief Visits Pyongyang');
    expect(titleCase('US AND UN TALK')).toBe('US and UN Talk');
  });

  it('gives a Turkish dotted capital I its own lower case, with no stray dot, in a title and a dateline', () => {
    expect(titleCase("İSTANBUL'DA SEL FELAKETİ: 3 KİŞİ ÖLDÜ")).toBe("İstanbul'da Sel Felaketi: 3 Kişi Öldü");
    expect(titleCase('ÉCOLE FERMÉE')).toBe('École Fermée');
    const r = expectRecord(readSeed('aa.txt', new TextEncoder().encode(' date 2024-05-05\nDİYARBAKIR (AA) - Kentte sel felaketi yaşandı. Ekipler bölgede.\n')));
    expect(r.dateline).toBe('Diyarbakir');
    expect(r.dateline).not.toContain('\u0307');
  });

  it('shortens a long derived title at a word boundary with "…"', () => {
    const r = recordOf('titles/long-lede.txt');
    expect(r.titleDerived).toBe(true);
    expect(r.title.endsWith('…')).toBe(true);
    expect([...r.title].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE + 1);
    // The day of the week the news was announced is left out first (the date says it).
    const kept = r.title.slice(0, -1);
    const undated = r.lede.replace(' on Monday', '');
    expect(undated.startsWith(kept)).toBe(true);
    // The cut falls between words: the lede goes on with a space after the kept part.
    expect(undated.charAt(kept.length)).toBe(' ');
    expect(kept).toBe(kept.trim());
    expect(r.title).toBe('The government of the small island nation announced a sweeping set of reforms intended…');
  });

  it('leaves out of a long derived title the day the news was made, not a day to come', () => {
    // TASS and most wires date their ledes by the day of the week: a headline does without it.
    expect(deriveTitle('The Russian Defense Ministry said on Thursday that its experts found no traces of chemical agents in Douma.')).toBe(
      'The Russian Defense Ministry said that its experts found no traces of chemical agents in Douma',
    );
    expect(deriveTitle('Kremlin spokesman Dmitry Peskov told reporters late on Friday that Moscow regrets the decision to leave the treaty.')).toBe(
      'Kremlin spokesman Dmitry Peskov told reporters that Moscow regrets the decision to leave the treaty',
    );
    expect(deriveTitle('Russian President Vladimir Putin on Monday signed a decree on the creation of a national park in the Far East.')).toBe(
      'Russian President Vladimir Putin signed a decree on the creation of a national park in the Far East',
    );
    // A day to come is news: kept, and the title cut after it.
    expect(deriveTitle('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday with UN envoy Staffan de Mistura on the congress.')).toBe(
      'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…',
    );
    expect(deriveTitle('The new Soyuz MS-10 spacecraft with two crew members on board will be launched on Thursday from the Baikonur Cosmodrome in Kazakhstan.')).toBe(
      'The new Soyuz MS-10 spacecraft with two crew members on board will be launched on Thursday…',
    );
    // A title that fits keeps every word.
    expect(deriveTitle('The ministry said on Thursday that talks would go on.')).toBe('The ministry said on Thursday that talks would go on');
  });

  it('leaves out the day of the news as French, Spanish, Portuguese and German ledes write it, not a day to come (QA 26)', () => {
    const cases: [string, string][] = [
      ["Le gouvernement français a annoncé mardi un vaste plan d'investissement dans les énergies renouvelables et les transports.", "Le gouvernement français a annoncé un vaste plan d'investissement dans les énergies renouvelables et les transports"],
      ['El Gobierno de España aprobó este martes el anteproyecto de ley de vivienda que limita los precios del alquiler.', 'El Gobierno de España aprobó el anteproyecto de ley de vivienda que limita los precios del alquiler'],
      ['O governo brasileiro anunciou nesta terça-feira um novo pacote de medidas econômicas para conter a inflação.', 'O governo brasileiro anunciou um novo pacote de medidas econômicas para conter a inflação'],
      ['Die Bundesregierung hat am Dienstag ein neues Klimaschutzpaket beschlossen, das den Ausstoß von Treibhausgasen senkt.', 'Die Bundesregierung hat ein neues Klimaschutzpaket beschlossen, das den Ausstoß von Treibhausgasen senkt'],
    ];
    for (const [lede, title] of cases) expect(deriveTitle(lede)).toBe(title);
    for (const future of ["Le président se rendra mardi prochain à Bruxelles pour un sommet européen consacré à la défense commune de l'Union.", 'Die Außenminister der Europäischen Union werden am Dienstag in Brüssel über neue Sanktionen gegen Russland beraten.']) {
      expect(deriveTitle(future)).toMatch(/mardi prochain|am Dienstag/);
    }
  });

  it("does not cut a long derived title at a list's comma (QA 24: `… calles de Bogotá, Medellín…`)", () => {
    expect(deriveTitle('Las protestas se extendieron por las calles de Bogotá, Medellín, Cali y otras ciudades del país durante la jornada del jueves, según las autoridades.')).toBe(
      'Las protestas se extendieron por las calles de Bogotá, Medellín, Cali y otras ciudades del país…',
    );
    // A comma that ends a phrase is still a place to cut.
    expect(deriveTitle('The central bank kept its key rate unchanged at 7.75 percent for the third time in a row, citing slowing inflation and weak demand in the economy.')).toBe(
      'The central bank kept its key rate unchanged at 7.75 percent for the third time in a row…',
    );
  });

  it('keeps whole a sentence a fifth over the limit rather than cut what the news is', () => {
    const lede = 'The death toll from the fire at the Zimnyaya Vishnya shopping mall in the Siberian city of Kemerovo has risen to 64, the Russian Emergencies Ministry said on Monday.';
    expect(deriveTitle(lede)).toBe('The death toll from the fire at the Zimnyaya Vishnya shopping mall in the Siberian city of Kemerovo has risen to 64');
    expect([...deriveTitle(lede)].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE * 1.2);
    // Longer than that, it is cut, at most at the limit.
    const cut = deriveTitle(`${lede.replace(', the Russian', ' and 12 people are still missing, the Russian')}`);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE + 1);
  });

  it('keeps a short first sentence whole, without "…" or the full stop', () => {
    const r = recordOf('titles/short-lede.txt');
    expect(r.title).toBe('The minister resigned on Monday');
    expect(r.title).not.toContain('…');
  });

  it('does not end the first sentence at "U.S.", "H.R." or "Mr."', () => {
    const r = recordOf('titles/abbreviations.txt');
    expect(r.title).toBe('U.S. National Security Adviser H.R. McMaster met Mr. Smith on Monday');
    expect(firstSentence('Officials met Dr. Jones and Gen. Smith on Monday. Then they left.')).toBe(
      'Officials met Dr. Jones and Gen. Smith on Monday.',
    );
  });

  it('deriveTitle never exceeds the limit plus the ellipsis', () => {
    const lede = `${'word '.repeat(60)}end.`;
    const title = deriveTitle(lede);
    expect(title.endsWith('…')).toBe(true);
    expect([...title].length).toBeLessThanOrEqual(MAX_DERIVED_TITLE + 1);
    expect(deriveTitle('A short sentence.')).toBe('A short sentence');
  });
});

describe('the summary of a body with no paragraph of text (QA 34)', () => {
  const read = (file: string, text: string) => expectRecord(readSeed(file, new TextEncoder().encode(text)));
  it('is the text of a table set in columns, its spaces made one', () => {
    const r = read('t.txt', ' date 2023-11-14 NBA standings\nBoston          10   2  .833\nPhiladelphia     8   4  .667\nNew York         7   5  .583\n');
    expect(r.summary).toBe('Boston 10 2 .833 Philadelphia 8 4 .667 New York 7 5 .583');
  });

  it('is the text of a list, of a table between pipes, and of a Markdown table or code, as of a paragraph', () => {
    expect(read('l.txt', ' date 2023-11-14 Shopping list\n* Eggs\n* Milk\n* Bread\n').summary).toBe('Eggs Milk Bread');
    expect(read('p.txt', ' date 2023-11-14 Pipe table\nMonth | 2017 | 2018\nJan | 1 | 2\n').summary).toBe('Month 2017 2018 Jan 1 2');
    expect(read('m.md', '---\ntitle: Standings\ndate: 2023-11-14\n---\n| Team | W | L |\n|---|---|---|\n| Boston | 10 | 2 |\n').summary).toBe('Team W L Boston 10 2');
    expect(read('c.md', '---\ntitle: Standings\ndate: 2023-11-14\n---\n```\nBoston   10  2\n```\n').summary).toBe('Boston 10 2');
  });

  it('is the title when the body has no text at all, and is never empty', () => {
    expect(read('e.md', '---\ntitle: Standings\ndate: 2023-11-14\n---\n').summary).toBe('Standings');
    const long = read('t.txt', ` date 2023-11-14 Results\n${Array.from({ length: 200 }, (_, i) => `Team${i}          ${i}   2  .833`).join('\n')}\n`);
    expect(long.summary.length).toBeLessThanOrEqual(1001);
    expect(long.summary).toMatch(/^Team0 0 2 \.833 Team1 1 2/);
  });

  it('stays the lede where there is one', () => {
    expect(read('s.txt', ' date 2023-11-14 Standings\nThe Celtics lead the East.\n\nBoston          10   2  .833\nPhiladelphia     8   4  .667\nNew York         7   5  .583\n').summary).toBe('The Celtics lead the East.');
  });
});
