// Wire-story openers that are no datelines ("BREAKING - ", "NASA - "), beside datelines that are.
import { describe, expect, it } from 'vitest';
import { unpackMentions } from '../../src/enrich/mentions.ts';
import { datelinePlaces } from '../../src/enrich/entities.ts';
import { parseDateline } from '../../src/seeds/dateline.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { expectProblems, expectRecord, htmlOf, texts } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

const textSeed = (lede: string) => expectRecord(readSeed('wire.txt', new TextEncoder().encode(` date 2017-11-14 Markets Today\n${lede}\n\nA second paragraph.\n`)));

describe('wire flags and acronyms before a dash', () => {
  it.each([
    ['BREAKING - Markets fell sharply on Monday.'],
    ['EXCLUSIVE - The company plans to sell its unit.'],
    ['NASA - The agency launched a probe.'],
    ['UPDATE - Talks resumed in Geneva.'],
    ['URGENT — Officials said the vote was delayed.'],
    ['CORRECTION – An earlier story misnamed the minister.'],
    ['ANALYSIS - Why the talks stalled.'],
    ['FACTBOX-What is known about the deal.'],
    ['REFILE - Markets rose.'],
    ['OPEC - Oil ministers met.'],
    ['FEMA - Aid arrived on Monday.'],
  ])('%j is no dateline', (lede) => {
    expect(parseDateline(lede)).toBeNull();
  });

  it('keeps "BREAKING -" in the lede, and makes no place of it', () => {
    const r = textSeed('BREAKING - Markets fell sharply on Monday as banks slid.');
    expect(r.dateline).toBeNull();
    expect(r.lede).toBe('BREAKING - Markets fell sharply on Monday as banks slid.');
    expect(unpackMentions(r.mentions).filter((m) => m.kind === 'place').map((m) => m.name)).not.toContain('Breaking');
  });

  it('takes no flag for a place even with a date or a source', () => {
    expect(parseDateline('EXCLUSIVE, March 24 - The company plans a sale.')).toBeNull();
    expect(parseDateline('BREAKING (Reuters) - Markets fell.')).toBeNull();
  });
});

describe('datelines still read', () => {
  it.each([
    ['WASHINGTON – The Senate voted on Friday.', 'Washington', null],
    ['MUNICH – Leaders met at the security conference.', 'Munich', null],
    ['NEW YORK - Wall Street rose.', 'New York', null],
    ['SAO PAULO - Brazil’s central bank cut rates.', 'Sao Paulo', null],
    ['ST. PETERSBURG - The forum opened.', 'St. Petersburg', null],
    ['UNITED NATIONS — The council met.', 'United Nations', null],
    ['PORTLAND, Ore. - A fire broke out.', 'Portland, Ore.', null],
    ['GENEVA, November 14. /TASS/. Talks began.', 'Geneva', 'TASS'],
    ['LONDON, March 24 (Reuters) - Shares rose.', 'London', 'Reuters'],
    ['CHICAGO, March 24 - Taiwan will tender for wheat.', 'Chicago', null],
  ])('%j has the place %j', (lede, place, source) => {
    expect(parseDateline(lede)).toMatchObject({ place, source });
  });

  it('lifts a bare dateline out of the lede', () => {
    const r = textSeed('WASHINGTON – The Senate voted on Friday to approve the spending bill.');
    expect(r.dateline).toBe('Washington');
    expect(r.lede).toBe('The Senate voted on Friday to approve the spending bill.');
  });
});

describe('the length of a place', () => {
  it('takes place words of up to 40 capitals, and a run of more as no dateline, in linear time', () => {
    expect(parseDateline(`${'A'.repeat(40)} BAY, November 14. /TASS/. Text.`)?.place).toBe(`A${'a'.repeat(39)} Bay`);
    expect(parseDateline(`${'A'.repeat(41)}, November 14. /TASS/. Text.`)).toBeNull();
    const started = performance.now();
    const r = textSeed(`${'A'.repeat(1_000_000)}, November 14. /TASS/. The minister spoke.`);
    expect(performance.now() - started).toBeLessThan(quickly(5000));
    expect(r.dateline).toBeNull();
  });
});

describe('datelines of IANS, PTI, UPI, Prensa Latina, dpa, VNA, Kyodo and ANSA (QA 24)', () => {
  it.each([
    ['New Delhi, March 24 (IANS) Prime Minister Narendra Modi announced a lockdown.', 'New Delhi', 'IANS', 'Prime Minister Narendra Modi announced a lockdown.'],
    ['Havana, Apr 10 (Prensa Latina) The Cuban government announced new measures.', 'Havana', 'Prensa Latina', 'The Cuban government announced new measures.'],
    ['Kevadia (Gujarat), Oct 31 (PTI) Prime Minister Narendra Modi unveiled the statue.', 'Kevadia, Gujarat', 'PTI', 'Prime Minister Narendra Modi unveiled the statue.'],
    ['New Delhi [India], November 14 (ANI): Prime Minister Narendra Modi will travel to Nigeria.', 'New Delhi, India', 'ANI', 'Prime Minister Narendra Modi will travel to Nigeria.'],
    ['Srinagar (Jammu and Kashmir) [India], May 2 (ANI): Snow fell overnight.', 'Srinagar, Jammu and Kashmir, India', 'ANI', 'Snow fell overnight.'],
    ['Abu Dhabi, 14th November, 2024 (WAM) -- The President received a call.', 'Abu Dhabi', 'WAM', 'The President received a call.'],
    ["Sana'a, Nov. 14 (Saba) - The government said so.", "Sana'a", 'Saba', 'The government said so.'],
    ['Sept. 14 (UPI) -- Drone attacks hit two Saudi oil facilities.', null, 'UPI', 'Drone attacks hit two Saudi oil facilities.'],
    ['Halle (dpa) - Ein Mann hat in Halle zwei Menschen erschossen.', 'Halle', 'dpa', 'Ein Mann hat in Halle zwei Menschen erschossen.'],
    ['Hà Nội (VNA) – Prime Minister Nguyen Xuan Phuc chaired a meeting.', 'Hà Nội', 'VNA', 'Prime Minister Nguyen Xuan Phuc chaired a meeting.'],
    ['TOKYO, May 1 Kyodo - Crown Prince Naruhito ascended the throne.', 'Tokyo', 'Kyodo', 'Crown Prince Naruhito ascended the throne.'],
    ["(ANSA) - ROME, MAY 31 - Italy's government said it would act.", 'Rome', 'ANSA', "Italy's government said it would act."],
  ])('%j', (lede, place, source, rest) => {
    expect(parseDateline(lede)).toEqual({ place, source, rest });
  });

  it.each([
    ['Apple (Reuters) said it would sell the unit.'],
    ['Jordan (23 points) - led the team again.'],
    ['Smith (IANS) The minister spoke.'],
    ['May 5 (the spokesman) - Officials said.'],
    ['Paris (France): The city said so.'],
    ["Apple's (AAPL) - shares rose."],
  ])('%j is no dateline', (lede) => {
    expect(parseDateline(lede)).toBeNull();
  });

  it('takes a short lede under such a dateline for the lede, not the headline', () => {
    const r = expectRecord(readSeed('ians.txt', new TextEncoder().encode(' date 2020-03-24\nNew Delhi, March 24 (IANS) India will shut down for 21 days.\n\nThe order takes effect at midnight.\n')));
    expect([r.dateline, r.source, r.title]).toEqual(['New Delhi', 'IANS', 'India will shut down for 21 days']);
  });
});

describe('more datelines of the wires (QA 26)', () => {
  it("reads Business Wire's dashes, a place and a colon, and a Gulf or Iranian agency after a comma", () => {
    const read = (lede: string) => {
      const d = parseDateline(lede);
      return d && [d.place, d.source, d.rest];
    };
    expect(read('CAMBRIDGE, Mass.--(BUSINESS WIRE)--Halvern Therapeutics announced today a new trial.')).toEqual(['Cambridge, Mass.', 'Business Wire', 'Halvern Therapeutics announced today a new trial.']);
    expect(read('CAMBRIDGE, Mass. -- (BUSINESS WIRE) -- Halvern Therapeutics announced today a new trial.')).toEqual(['Cambridge, Mass.', 'Business Wire', 'Halvern Therapeutics announced today a new trial.']);
    expect(read('MUMBAI: The Bombay high court on Tuesday granted bail.')).toEqual(['Mumbai', null, 'The Bombay high court on Tuesday granted bail.']);
    expect(read('Riyadh, December 06, 2023, SPA -- Crown Prince received the minister today.')).toEqual(['Riyadh', 'SPA', 'Crown Prince received the minister today.']);
    expect(read('Tehran, IRNA -- Iranian President Ebrahim Raisi said on Tuesday.')).toEqual(['Tehran', 'IRNA', 'Iranian President Ebrahim Raisi said on Tuesday.']);
    // Capitals and a colon that name no place, or open a headline, are none.
    for (const text of ['NOTE: This is not a dateline.', 'WARNING: Storms ahead today.', 'UKRAINE: Russia launches new offensive']) expect(parseDateline(text)).toBeNull();
  });
});

describe('a dateline on a line of its own (QA 26)', () => {
  it('names a source of words in capitals as a name is written, and leaves an acronym alone', () => {
    expect(parseDateline('MADRID, 5 Dic. (EUROPA PRESS) - El presidente habló.')?.source).toBe('Europa Press');
    expect(parseDateline('TOKYO, May 1 (KYODO NEWS) - The talks resumed.')?.source).toBe('Kyodo News');
    expect(parseDateline('MOSCOW, November 14. /TASS/. The talks resumed.')?.source).toBe('TASS');
  });

  it('is the lede\'s, as if written on its first line', () => {
    for (const gap of ['\n', '\n\n']) {
      const r = expectRecord(readSeed('e.txt', new TextEncoder().encode(` date 2023-12-05 Cuerpo, nuevo ministro\nMADRID, 5 Dic. (EUROPA PRESS) -${gap}El presidente del Gobierno ha nombrado este martes a Carlos Cuerpo nuevo ministro de Economía.\n`)));
      expect([r.dateline, r.source, r.lede]).toEqual(['Madrid', 'Europa Press', 'El presidente del Gobierno ha nombrado este martes a Carlos Cuerpo nuevo ministro de Economía.']);
    }
  });

  it('is no headline, on line 1 or under the date alone, and no paragraph of its own when the agency ends its line (QA 32)', () => {
    const story = 'Russian Deputy Foreign Minister Gennady Gatilov will hold talks with UN envoy Staffan de Mistura on Tuesday.';
    const read = (text: string) => expectRecord(readSeed('d.txt', new TextEncoder().encode(text)));
    for (const [opening, place, source] of [['GENEVA, November 14. /TASS/.', 'Geneva', 'TASS'], ['WASHINGTON (AP) —', 'Washington', 'AP'], ['NEW DELHI, Nov 15 (PTI)', 'New Delhi', 'PTI']] as const) {
      for (const text of [` date 2017-11-14 ${opening}\n${story}\n\nThe talks will focus on Syria.\n`, ` date 2017-11-14\n${opening}\n${story}\n\nThe talks will focus on Syria.\n`, ` date 2017-11-14 Talks in Geneva\n${opening}\n\n${story}\n`]) {
        const r = read(text);
        expect([r.dateline, r.source, r.lede, texts(r)[0]]).toEqual([place, source, story, story]);
        expect(r.title).toBe(text.includes('Talks in Geneva') ? 'Talks in Geneva' : story.slice(0, -1));
      }
    }
  });

  it('with no story after it is an article of no text, a problem on its line: it was the title and the summary (QA 32)', () => {
    const problems = (text: string) => expectProblems(readSeed('d.txt', new TextEncoder().encode(text)));
    for (const [text, line] of [[' date 2017-11-14\nGENEVA, November 14. /TASS/.\n', 2], [' date 2017-11-14 Talks in Geneva\nGENEVA, November 14. /TASS/.\n', 2], [' date 2017-11-14 GENEVA, November 14. /TASS/.\n', 1], [' date 2017-11-14 Bill passes\r\n\r\nWASHINGTON (AP) —\r\n\r\n', 3], [' date 2017-11-14\nLONDON, May 4 (Reuters) - \n', 2]] as const) {
      expect(problems(text)).toEqual([expect.objectContaining({ file: 'd.txt', line, message: expect.stringMatching(/^the article has no text after its dateline "/) })]);
    }
  });
});

describe("a dateline's places", () => {
  it.each([
    ['New Delhi, India', ['New Delhi', 'India']],
    ['Mumbai, Maharashtra, India', ['Mumbai, Maharashtra', 'India']],
    ['Washington', ['Washington, D.C.']],
  ])('%j', (dateline, places) => {
    expect(datelinePlaces(dateline)).toEqual(places);
  });
});

describe('a place that is plainly no place: a common word, a verb (QA 40)', () => {
  it.each([
    // A known agency vouches for a town the gazetteer does not know, not for the subject of a sentence.
    ['Officials (Reuters) - The minister met his counterpart on Tuesday.'],
    ['Police (AP) - A man was arrested on Monday.'],
    ['Analysts (Reuters) - Shares are set to rise this week.'],
    ['Security Officials (AFP) - The border was closed.'],
    ['They (AFP) - The talks resumed.'],
    ['OFFICIALS (Reuters) - The minister met his counterpart on Tuesday.'],
    // Arabic: `the agency reported (Reuters) –`, `sources said`, `and officials said`, `a newspaper reported`.
    ['ذكرت وكالة (رويترز) - أن الوزير التقى نظيره في القاهرة.'],
    ['قالت مصادر (رويترز) - إن المحادثات ستستأنف الأسبوع المقبل.'],
    ['وقال مسؤولون (أ ف ب) - إن الحدود أغلقت.'],
    ['ونقلت صحيفة (الأناضول) - عن مصادر أن الاتفاق وشيك.'],
    // Hindi: `sources said (Bhasha) –`, `the police told`.
    ['सूत्रों ने (भाषा) - बताया कि बैठक कल होगी।'],
    ['पुलिस ने बताया (भाषा) - कि आरोपी फरार है।'],
  ])('%j is no dateline', (lede) => {
    expect(parseDateline(lede)).toBeNull();
    // Nor does the seed take its words for a place: they stay in the text (the agency's sign does not: QA 43).
    const r = expectRecord(readSeed('s.txt', new TextEncoder().encode(` date 2023-05-04 Headline\n${lede}\n`)));
    expect(r.dateline).toBeNull();
    expect(texts(r).join(' ')).toContain(lede.slice(0, lede.indexOf(' (')));
  });

  it.each([
    ['قال مسؤولون (رويترز) - إن المحادثات ستستأنف الأسبوع المقبل.', 'رويترز', 'قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل'],
    ['ذكرت وكالة (رويترز) - أن الوزير التقى نظيره في القاهرة.', 'رويترز', 'ذكرت وكالة أن الوزير التقى نظيره في القاهرة'],
    ['وقال مسؤولون (أ ف ب) - إن الحدود أغلقت.', 'أ ف ب', 'وقال مسؤولون إن الحدود أغلقت'],
  ])('%j, no dateline, has the agency signing it for its source, and a lede and title without the sign, the sentence joined across it (QA 42, QA 43)', (lede, source, title) => {
    const unsigned = `${title}.`;
    const r = expectRecord(readSeed('s.txt', new TextEncoder().encode(` date 2023-05-04\n${lede}\n\nThe second paragraph follows.\n`)));
    expect([r.dateline, r.source, r.lede, r.title, texts(r)]).toEqual([null, source, unsigned, title, [unsigned, 'The second paragraph follows.']]);
    const md = expectRecord(readSeed('m.md', new TextEncoder().encode(`---\ndate: 2023-05-04\n---\n${lede}\n\nThe second paragraph follows.\n`)));
    expect([md.dateline, md.source, md.lede, md.title]).toEqual([null, source, unsigned, title]);
    expect(htmlOf(md)).toBe(`<p>${unsigned}</p>\n<p>The second paragraph follows.</p>\n`);
  });

  it('takes words a sentence starting anew after the sign follows for a line of their own above the lede, the sign out (QA 43)', () => {
    const lede = 'Officials (Reuters) - The minister met his counterpart on Tuesday.';
    const r = expectRecord(readSeed('s.txt', new TextEncoder().encode(` date 2023-05-04\n${lede}\n\nThe second paragraph follows.\n`)));
    expect([r.dateline, r.source, r.lede, r.title]).toEqual([null, 'Reuters', 'The minister met his counterpart on Tuesday.', 'The minister met his counterpart on Tuesday']);
    expect(texts(r)).toEqual(['Officials', 'The minister met his counterpart on Tuesday.', 'The second paragraph follows.']);
    const md = expectRecord(readSeed('m.md', new TextEncoder().encode(`---\ndate: 2023-05-04\n---\n${lede}\n\nThe second paragraph follows.\n`)));
    expect([md.dateline, md.source, md.lede, md.title]).toEqual([null, 'Reuters', r.lede, r.title]);
    expect(htmlOf(md)).toBe('<p>Officials</p>\n<p>The minister met his counterpart on Tuesday.</p>\n<p>The second paragraph follows.</p>\n');
  });

  it('has the agency signing a Hindi lede for its source too (QA 42), the sign out of the lede (QA 43)', () => {
    const lede = 'सूत्रों ने (भाषा) - बताया कि बैठक कल होगी।';
    const r = expectRecord(readSeed('s.txt', new TextEncoder().encode(` date 2023-05-04 बैठक कल\n${lede}\n`)));
    expect([r.dateline, r.source, r.lede, texts(r)]).toEqual([null, 'भाषा', 'सूत्रों ने बताया कि बैठक कल होगी।', ['सूत्रों ने बताया कि बैठक कल होगी।']]);
  });

  it('takes no source from a bracket no wire list knows, or after more words than a subject and verb (QA 42)', () => {
    for (const lede of ['قالت مصادر (وكالة محلية) - إن المحادثات ستستأنف.', 'The minister said on Tuesday in the capital (Reuters) - that talks would resume.', 'Officials (see below) - The minister met his counterpart.']) {
      const r = expectRecord(readSeed('s.txt', new TextEncoder().encode(` date 2023-05-04 Headline\n${lede}\n`)));
      expect([r.dateline, r.source, r.lede]).toEqual([null, null, lede]);
    }
  });

  it.each([
    ['Halle (dpa) - Ein Mann hat in Halle zwei Menschen erschossen.', 'Halle', 'dpa'],
    ['Hà Nội (VNA) – Prime Minister Nguyen Xuan Phuc chaired a meeting.', 'Hà Nội', 'VNA'],
    ['Port Said (Reuters) - The canal reopened on Tuesday.', 'Port Said', 'Reuters'],
    ['Kevadia (Gujarat), Oct 31 (PTI) Prime Minister Narendra Modi unveiled the statue.', 'Kevadia, Gujarat', 'PTI'],
    ['SIDI BOUZID (Reuters) - Protesters gathered again.', 'Sidi Bouzid', 'Reuters'],
    ['واشنطن (رويترز) - قال مسؤولون أمريكيون إن المحادثات ستستأنف.', 'واشنطن', 'رويترز'],
    ['بيروت (رويترز) - أعلن الجيش اللبناني عن انتشار جديد.', 'بيروت', 'رويترز'],
    ['الكويت (كونا) - استقبل سمو الأمير اليوم وزير الخارجية.', 'الكويت', 'كونا'],
    ['رام الله (وفا) - أعلنت الحكومة الفلسطينية عن خطة جديدة.', 'رام الله', 'وفا'],
    ['شرم الشيخ (أ ش أ) - افتتح المؤتمر أعماله اليوم.', 'شرم الشيخ', 'أ ش أ'],
    ['وهران (واج) - أعلنت السلطات عن افتتاح الميناء.', 'وهران', 'واج'],
    ['कोलकाता, 4 मई (भाषा) पश्चिम बंगाल सरकार ने आज नई योजना शुरू की।', 'कोलकाता', 'भाषा'],
  ])('%j still has the place %j', (lede, place, source) => {
    expect(parseDateline(lede)).toMatchObject({ place, source });
  });
});

describe("a Markdown seed's dated lede under a line above it, as a text seed's (QA 43)", () => {
  const md = (front: string, body: string) => expectRecord(readSeed('m.md', new TextEncoder().encode(`---\ndate: 2019-03-01\n${front}---\n${body}`)));
  const LEDE = 'PARIS (AP) — A new exhibition at the Musée d’Orsay brings together two painters of light for the first time in forty years.';
  const STORY = `${LEDE}\n\nMonet's water lilies hang beside the dancers Degas drew at the Opéra, in rooms that follow their friendship.\n`;
  const bare = md('', STORY);

  it.each([
    ['a deck of names', 'Claude Monet and Edgar Degas'],
    ['a longer deck', 'Two painters of light meet again in a show that follows their long friendship'],
    ['a kicker', 'EXCLUSIVE'],
    ['a section label', 'Culture'],
  ])('reads the dateline under %s, with no title given: the title comes from the story, the line stays as text', (_, above) => {
    const r = md('', `${above}\n\n${STORY}`);
    expect([r.dateline, r.source, r.lede, r.title]).toEqual(['Paris', 'AP', bare.lede, bare.title]);
    expect(r.title.startsWith('A new exhibition')).toBe(true);
    expect(texts(r).join(' ')).toContain(above);
    expect(texts(r).join(' ')).not.toContain('PARIS (AP)');
  });

  it('reads it under a deck with a title given, as a text seed with a headline does', () => {
    const deck = 'Two painters of light meet again in a show that follows their long friendship';
    const r = md('title: Impressionists together\n', `${deck}\n\n${STORY}`);
    const text = expectRecord(readSeed('t.txt', new TextEncoder().encode(` date 2019-03-01 Impressionists together\n${deck}\n\n${STORY}`)));
    expect([r.dateline, r.source, r.lede]).toEqual(['Paris', 'AP', text.lede]);
    expect(text.dateline).toBe('Paris');
  });

  it('reads no dateline in a paragraph under one that ends a sentence: that one is the lede', () => {
    const r = md('title: Impressionists together\n', `The museum opened its doors on Friday.\n\n${STORY}`);
    expect([r.dateline, r.lede]).toEqual([null, 'The museum opened its doors on Friday.']);
  });
});
