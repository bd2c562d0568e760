// Wire copy as newsrooms file it: AP and Reuters datelines, abbreviations and quotations in
// the first sentence, bylines, hard-wrapped ledes; and the same opening in a Markdown seed.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/seeds/dateline.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { deriveTitle, firstSentence, titleCase } from '../../src/seeds/title.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import { unpackMentions } from '../../src/enrich/mentions.ts';
import { expectRecord, htmlOf, texts } from './helpers.ts';

const read = (file: string, text: string) => expectRecord(readSeed(file, new TextEncoder().encode(text)));
/** A text seed with no headline: its lede opens line 1. */
const lede = (text: string) => read('wire.txt', ` date 2017-11-14 ${text}\n\nA second paragraph follows here.\n`);

describe('datelines of the wire services', () => {
  it.each([
    ['KYIV, Ukraine (AP) — Russian forces shelled the city overnight, killing three people, officials said.', 'Kyiv, Ukraine', 'AP'],
    ['GAZA CITY, Gaza Strip (AP) — Israeli strikes hit the north of the territory on Tuesday, officials said.', 'Gaza City, Gaza Strip', 'AP'],
    ['AUSTIN, Texas — The state legislature passed the budget late on Tuesday after a long debate.', 'Austin, Texas', null],
    ['ALBANY, N.Y. (AP) — New York lawmakers passed the budget late Tuesday after weeks of delay.', 'Albany, N.Y.', 'AP'],
    ['MOSCOW. Nov 14 (Interfax) - The Kremlin said on Tuesday it had no plans for new talks with the West.', 'Moscow', 'Interfax'],
    ['MOSCOW, 14 November (Interfax) - The Kremlin said on Tuesday it had no plans for new talks with the West.', 'Moscow', 'Interfax'],
    ['BEIJING, Nov. 14 (Xinhua) -- The State Council approved the plan on Tuesday, officials said.', 'Beijing', 'Xinhua'],
    ['SEOUL, Sept. 14 (Yonhap) -- The central bank kept its key rate unchanged on Tuesday, it said.', 'Seoul', 'Yonhap'],
    ['WASHINGTON, Nov. 14, 2023 (AP) — The House passed the bill late on Tuesday after a long debate.', 'Washington', 'AP'],
    ['NEW DELHI, Nov 15 (PTI) The government on Friday said talks with Nepal would resume next week.', 'New Delhi', 'PTI'],
    ['BRUSSELS/LONDON, March 2 (Reuters) - The European Union said on Tuesday the talks would resume.', 'Brussels/London', 'Reuters'],
    ['NEW YORK/WASHINGTON (Reuters) - Stocks fell on Tuesday as bond yields rose, traders said.', 'New York/Washington', 'Reuters'],
    ['MUMBAI (PTI) The Sensex rose 300 points on Friday as banks gained, traders said.', 'Mumbai', 'PTI'],
    ['(Reuters) - Oil prices rose on Tuesday as investors weighed supply cuts against slowing demand.', null, 'Reuters'],
    ['(Bloomberg) -- Stocks fell in Asia on Tuesday as traders weighed the latest data from China.', null, 'Bloomberg'],
  ])('%j: place %j, source %j, and a title without them', (text, place, source) => {
    const r = lede(text);
    expect(r.dateline).toBe(place);
    expect(r.source).toBe(source);
    expect(r.title).toMatch(/^(Russian|Israeli|The|New York|Oil|Stocks) /);
    expect(r.lede).toBe(parseDateline(text)!.rest);
  });

  it.each([
    ['PARIS, 4 mai (AFP) - Le gouvernement français a annoncé mercredi un nouveau plan.', 'Paris', 'AFP', 'Le gouvernement'],
    ['PARIS, 4 déc. (AFP) - Le gouvernement français a annoncé mercredi un nouveau plan.', 'Paris', 'AFP', 'Le gouvernement'],
    ['МОСКВА, 1 мая. /ТАСС/. Президент России провел в среду совещание с правительством.', 'Москва', 'ТАСС', 'Президент России'],
    ['BERLIN, 4. Mai (dpa) - Die Bundesregierung hat am Mittwoch ein neues Paket beschlossen.', 'Berlin', 'dpa', 'Die Bundesregierung'],
    ['MADRID, 4 septiembre (EFE).- El Gobierno aprobó este martes el plan de vivienda.', 'Madrid', 'EFE', 'El Gobierno'],
    ['ROMA, 4 maggio (ANSA) - Il governo ha approvato mercoledì il nuovo decreto.', 'Roma', 'ANSA', 'Il governo'],
    ['ROMA, 4 MAG - Il governo ha approvato mercoledì il nuovo decreto.', 'Roma', null, 'Il governo'],
    ['MADRID, 4 ene (EFE).- El Gobierno aprobó este martes el plan de vivienda.', 'Madrid', 'EFE', 'El Gobierno'],
    ['PARIS, 1er mai (AFP) - Les syndicats ont défilé mercredi dans toute la France.', 'Paris', 'AFP', 'Les syndicats'],
    ['МОСКВА, 1 мая — РИА Новости. Президент России провел в среду совещание с правительством.', 'Москва', 'РИА Новости', 'Президент России'],
    ['КИЇВ, 4 травня. /Укрінформ/. Президент України заявив у середу про нові кроки.', 'Київ', 'Укрінформ', 'Президент України'],
    ['WARSZAWA, 4 października (PAP) - Rząd przyjął w środę projekt nowej ustawy.', 'Warszawa', 'PAP', 'Rząd przyjął'],
    ['İSTANBUL, 5 Mayıs (AA) - Kentte sel felaketi yaşandı, ekipler bölgede çalışıyor.', 'İstanbul', 'AA', 'Kentte sel'],
    // The place as a name, as AFP, EFE, dpa and Interfax write it in their own languages.
    ['Paris (AFP) - Le gouvernement a annoncé mercredi un nouveau plan.', 'Paris', 'AFP', 'Le gouvernement'],
    ['Berlin (dpa) - Die Bundesregierung hat am Mittwoch ein neues Paket beschlossen.', 'Berlin', 'dpa', 'Die Bundesregierung'],
    ['Ciudad de México, 6 may (EFE).- El Gobierno anunció este lunes un plan de vivienda.', 'Ciudad de México', 'EFE', 'El Gobierno'],
    ['Москва. 1 мая. ИНТЕРФАКС - Президент России провел в среду совещание.', 'Москва', 'ИНТЕРФАКС', 'Президент России'],
    // Chinese, Japanese and Korean wires.
    ['新华社北京5月2日电（记者张三）国家主席习近平在人民大会堂会见了巴西总统卢拉。', '北京', '新华社', '国家主席习近平'],
    // China News Service's and the papers' sites', with the note after a space, and with no place (QA 26b).
    ['中新社北京12月5日电 (记者 张三) 中国外交部发言人5日表示，双方将继续合作。', '北京', '中新社', '中国外交部发言人'],
    ['人民网北京12月5日电（记者李四）记者从国家统计局获悉，经济稳定增长。', '北京', '人民网', '记者从国家统计局获悉'],
    ['中新网12月5日电 据外媒报道，会议将于下周举行。', null, '中新网', '据外媒报道'],
    ['【東京共同】政府は水曜日、新しい経済対策を発表した。', '東京', '共同', '政府は水曜日'],
    ['(서울=연합뉴스) 김철수 기자 = 정부는 수요일 서울에서 행사를 열었다.', '서울', '연합뉴스', '정부는 수요일'],
  ])('%j, in the language of its wire: place %j, source %j', (text, place, source, opening) => {
    const r = lede(text);
    expect(r.dateline).toBe(place);
    expect(r.source).toBe(source);
    expect(r.title.startsWith(opening)).toBe(true);
  });

  it('takes the reporters Xinhua and Yonhap name in their openings as the authors (QA 22: their names were lost)', () => {
    expect(lede('新华社北京5月2日电（记者王晓洁）国家统计局2日发布数据显示，经济稳定增长。').authors).toEqual(['王晓洁']);
    expect(lede('新华社北京5月2日电（记者 王晓洁 李明）国家统计局2日发布数据。').authors).toEqual(['王晓洁', '李明']);
    expect(lede('中新社北京12月5日电 (记者 张三) 中国外交部发言人5日表示，双方将继续合作。').authors).toEqual(['张三']);
    expect(lede('(서울=연합뉴스) 김철수 기자 = 정부는 수요일 서울에서 행사를 열었다.').authors).toEqual(['김철수']);
    expect(lede('【東京共同】政府は水曜日、新しい経済対策を発表した。').authors).toEqual([]);
  });

  it('reads a press release: its notice is no headline, the newswire is the source under its own name, its closing SOURCE line is for editors', () => {
    const release = [
      ' date 2021-03-04',
      'FOR IMMEDIATE RELEASE',
      '',
      'Acme Corp Announces Record Fourth-Quarter Results',
      '',
      'NEW YORK, March 4, 2021 /PRNewswire/ -- Acme Corp today announced record revenue of $1.2 billion for the fourth quarter.',
      '',
      'Media Contact: John Doe, press@acme.example',
      '',
      '###',
      '',
      'SOURCE Acme Corp',
      '',
    ].join('\n');
    const r = read('release.txt', release);
    expect([r.title, r.titleDerived, r.dateline, r.source]).toEqual(['Acme Corp Announces Record Fourth-Quarter Results', false, 'New York', 'PR Newswire']);
    // Its contacts at the end are for editors too (see endings.ts); they were kept as text before.
    expect(texts(r)).toEqual(['Acme Corp today announced record revenue of $1.2 billion for the fourth quarter.']);
    expect(read('r.txt', ' date 2021-03-04 FOR IMMEDIATE RELEASE\nAcme Corp Names New Chief\nAUSTIN, Texas, Jan. 12, 2022 (GLOBE NEWSWIRE) -- Acme named a chief.\n')).toMatchObject({ title: 'Acme Corp Names New Chief', source: 'GlobeNewswire' });
    expect(lede('SPRINGFIELD, Ill. (BUSINESS WIRE) -- The city opened its library.').source).toBe('Business Wire');
    expect(lede('LONDON, May 10, 2021 /PRNewswire-USNewswire/ -- Globex opened an office.').source).toBe('PR Newswire');
    // A sentence about a release is text.
    expect(texts(read('s.txt', ' date 2021-03-04 Talks\nThe ministry issued a press release on Monday.\n'))).toEqual(['The ministry issued a press release on Monday.']);
  });

  it("passes over AP's slug and a photo's caption: neither is the headline or the lede", () => {
    const story = ' date 2019-07-02 BC-US--Economy-Jobs,2nd Ld-Writethru\nUS employers added 224,000 jobs in June\nBy CHRISTOPHER RUGABER, AP Economics Writer\nWASHINGTON (AP) — U.S. employers added 224,000 jobs in June, the government said Friday.\n\nThe unemployment rate rose to 3.7%.\n';
    expect(read('a.txt', story)).toMatchObject({ title: 'US employers added 224,000 jobs in June', dateline: 'Washington', authors: ['Christopher Rugaber'], lede: 'U.S. employers added 224,000 jobs in June, the government said Friday.' });
    const captioned = read('b.txt', ' date 2019-07-03\nFILE - This March 2019 photo shows the U.S. Capitol. (AP Photo/J. Scott Applewhite, File)\n\nWASHINGTON (AP) — The Senate approved the bill late Wednesday.\n\nSenators voted 68-32.\n');
    expect([captioned.title, captioned.lede, captioned.dateline]).toEqual(['The Senate approved the bill late Wednesday', 'The Senate approved the bill late Wednesday.', 'Washington']);
    // The caption stays where it was, as text.
    expect(texts(captioned)[0]).toMatch(/^FILE - This March 2019 photo/);
  });

  it('reads a byline that names the agency and role first (`By TASS correspondent Anna Yurova`)', () => {
    const r = read('b.txt', ' date 2018-07-01 Putin visits Helsinki\nBy TASS correspondent Anna Yurova\nHELSINKI, July 1. /TASS/. Russian President Vladimir Putin arrived in Helsinki on Sunday.\n\nThe summit begins on Monday.\n');
    expect([r.authors, r.source, r.dateline, texts(r)[0]]).toEqual([['Anna Yurova'], 'TASS', 'Helsinki', 'Russian President Vladimir Putin arrived in Helsinki on Sunday.']);
  });

  it('takes the reporters TASS names in its dateline as the authors, and TASS as the source', () => {
    const r = lede('NEW YORK, November 15. /TASS correspondent Ivan Pilshchikov/. The United States will not block the congress.');
    expect([r.dateline, r.source, r.authors, r.lede]).toEqual(['New York', 'TASS', ['Ivan Pilshchikov'], 'The United States will not block the congress.']);
    expect(lede('WASHINGTON, March 2. /TASS special correspondent Dmitry Kirsanov and Ivan Lebedev/. Talks began.').authors).toEqual(['Dmitry Kirsanov', 'Ivan Lebedev']);
    expect(parseDateline('МОСКВА, 1 мая. /Корр. ТАСС Иван Иванов/. Президент подписал указ.')).toMatchObject({ place: 'Москва', source: 'ТАСС', reporters: ['Иван Иванов'] });
    // Words after "correspondent" that name nobody: the source as written, no author.
    expect(lede('MOSCOW, March 2. /TASS correspondent reports/. Talks began.')).toMatchObject({ source: 'TASS correspondent reports', authors: [] });
  });

  it.each([['PARIS, France said on Tuesday that it would act.'], ['UN (United Nations) Officials said on Tuesday that aid would come.'], ['Apple (AAPL) - Shares rose on Tuesday after the results.'], ['The minister (left) - spoke on Tuesday.'],
    // A place, an aside in brackets, a dash: no source, and the aside stays in the text.
    ['China (and Russia) - Both countries vetoed the resolution.'], ['Washington (the state) - Voters approved the measure.'], ['Jordan (23 points) - The guard led the team.'],
    ['Paris (Texas) - The town voted.'], ['Tuesday, March 4 (AP) - Talks resumed.'], ['FACT CHECK (AP) - A claim about the vote is false.'], ['NASA (the agency) Said on Tuesday it would launch.'], ['(Updated) - The talks resumed.'], ['(AP) Talks resumed on Tuesday.']])('%j is no dateline', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe('the first sentence, for a derived title', () => {
  it.each([
    ['Adm. Mike Mullen, the chairman, said on Tuesday that troops would stay. He spoke at the Pentagon.', 'Adm. Mike Mullen, the chairman, said on Tuesday that troops would stay.'],
    ['Sens. John McCain and Lindsey Graham said they would oppose the bill. They spoke late.', 'Sens. John McCain and Lindsey Graham said they would oppose the bill.'],
    ['Climbers on Mt. Everest were stranded on Tuesday. Rescuers set out.', 'Climbers on Mt. Everest were stranded on Tuesday.'],
    // A state's abbreviation ends the sentences it ends, as AP writes them.
    ['Officials met in Salem, Ore. The rest followed.', 'Officials met in Salem, Ore.'],
    ['The minister fell ill. He was taken to hospital.', 'The minister fell ill.'],
    ['"We are ready. We will not back down," Smith told reporters. He left.', '"We are ready. We will not back down," Smith told reporters.'],
    ['“We are ready. We will not back down,” Smith said. He left.', '“We are ready. We will not back down,” Smith said.'],
    ['Resolution No. 5 passed on Monday. Then it was signed.', 'Resolution No. 5 passed on Monday.'],
    ['He said no. Then he left the room.', 'He said no.'],
    // A quotation mark never closed holds no stop: the sentence ends as if it were not there.
    ['«Nous sommes prêts. Nous ne reculerons pas, a-t-il dit. Le ministre est parti.', '«Nous sommes prêts.'],
    ['He bought a 6" pipe. It cost more than planned.', 'He bought a 6" pipe.'],
    ['“We are ready. We will not back down, she said. Then she left.', '“We are ready.'],
  ])('of %j is %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});

describe('text seeds in Chinese and Japanese', () => {
  it('take a lede on line 1 for a lede, counting its words by characters, and a short line for a headline', () => {
    const lede = read('xh.txt', ' date 2024-05-02 国家主席习近平在人民大会堂会见了巴西总统卢拉。双方就两国关系交换了意见。\n会见后双方签署了合作文件。\n');
    expect(lede.title).toBe('国家主席习近平在人民大会堂会见了巴西总统卢拉');
    expect(lede.lede).toBe('国家主席习近平在人民大会堂会见了巴西总统卢拉。双方就两国关系交换了意见。');
    const alone = read('xh2.txt', ' date 2024-05-02 国家主席习近平在人民大会堂会见了巴西总统卢拉。\n');
    expect(alone.titleDerived).toBe(true);
    const headline = read('xh3.txt', ' date 2024-05-02 中国与俄罗斯签署贸易协定\n中国国家主席与俄罗斯总统周三签署了一项贸易协定。\n');
    expect(headline).toMatchObject({ title: '中国与俄罗斯签署贸易协定', titleDerived: false });
  });
});

describe('text seeds as wire services file them', () => {
  it('takes the lede after a byline, with its dateline, and the byline\'s reporters as the authors, out of the body (the page shows them)', () => {
    const r = read('byline.txt', ' date 2017-11-14 Senate Confirms Nominee\nBy JOHN SMITH, Associated Press\n\nWASHINGTON (AP) — The Senate voted on Tuesday to confirm the nominee after a lengthy debate.\n\nSenators said the vote was close.\n');
    expect(r).toMatchObject({ title: 'Senate Confirms Nominee', dateline: 'Washington', source: 'AP', lede: 'The Senate voted on Tuesday to confirm the nominee after a lengthy debate.', authors: ['John Smith'] });
    expect(texts(r)).toEqual(['The Senate voted on Tuesday to confirm the nominee after a lengthy debate.', 'Senators said the vote was close.']);
    const several = read('b.txt', ' date 2017-11-14 Budget\nBy Brian Deese, Sameera Fazili, and Bharat Ramamurti\n\nThe plan cuts costs.\n');
    expect(several.authors).toEqual(['Brian Deese', 'Sameera Fazili', 'Bharat Ramamurti']);
    expect(read('c.txt', ' date 2017-11-14 Poll\nBy Jane Roe (Reuters)\n\nThe poll closed.\n').authors).toEqual(['Jane Roe']);
    // A heading that opens with "By" names nobody.
    expect(read('d.txt', ' date 2017-11-14 Numbers\nBy The Numbers\n\nThe council met today.\n')).toMatchObject({ authors: [], lede: 'The council met today.' });
    // Words after "By" that are no names (QA 19): the paragraph is the story's, no author.
    for (const line of ['By Tuesday, the council had still not voted on the budget', 'By Monday Evening', 'By Popular Demand', 'By Rail, Road and River', 'By Reuters Staff']) {
      const r = read('g.txt', ` date 2017-11-14 Vote Delayed\n${line}\n\nThe mayor said the delay was regrettable.\n`);
      expect(r.authors, line).toEqual([]);
      expect(texts(r)[0], line).toBe(line);
    }
    // What papers print after the names: not a name.
    for (const [line, names] of [['By Jane Roe, CNN', ['Jane Roe']], ['By Jane Roe in Washington', ['Jane Roe']], ['By Jane Roe | The Washington Post', ['Jane Roe']], ['By Jane Roe — Staff Writer', ['Jane Roe']], ['By Jane Roe, AP Photo', ['Jane Roe']], ['By JOSH BOAK AP Economics Writer', ['Josh Boak']], ['By Jane Roe, Al Jazeera', ['Jane Roe']], ['By Then, Most Had Left', []]] as const) {
      expect(read('h.txt', ` date 2017-11-14 Vote Delayed\n${line}\n\nThe mayor said the delay was regrettable.\n`).authors, line).toEqual(names);
    }
    // AP's bylines, as it prints them (QA 22).
    for (const [line, names] of [['By ZEKE MILLER, AP White House Correspondent', ['Zeke Miller']], ["By MATT O'BRIEN and BARBARA ORTUTAY AP Technology Writers", ["Matt O'Brien", 'Barbara Ortutay']], ['By JOSH BOAK, AP Economics Writer', ['Josh Boak']], ['By MARINA VILLENEUVE Associated Press', ['Marina Villeneuve']], ['By JOHN McDONALD and DAVID MacDOUGALL', ['John McDonald', 'David MacDougall']]] as const) {
      expect(read('k.txt', ` date 2017-11-14 Vote Delayed\n${line}\n\nThe mayor said the delay was regrettable.\n`).authors, line).toEqual(names);
    }
    // Names alone in their own case could be a heading's words (`By Royal Appointment`): a byline
    // above a story that opens with its dateline, or above its text when a known given name opens them.
    expect(read('i.txt', ' date 2017-11-14 Vote\nBy Ursula von der Leyen\n\nBRUSSELS (AP) — The vote was delayed.\n').authors).toEqual(['Ursula von der Leyen']);
    const undated = read('j.txt', ' date 2017-11-14 Vote\nBy Jane Roe\n\nThe vote was delayed.\n');
    expect([undated.authors, texts(undated)[0]]).toEqual([['Jane Roe'], 'The vote was delayed.']);
    const heading = read('j.txt', ' date 2017-11-14 Vote\nBy Royal Appointment\n\nThe vote was delayed.\n');
    expect([heading.authors, texts(heading)[0]]).toEqual([[], 'By Royal Appointment']);
  });

  it('shows a table set in columns of spaces as set, and prose spaced twice after its stops as prose', () => {
    const table = ['                 W   L   Pct   GB', 'Boston          10   2  .833    —', 'New York         8   4  .667    2', 'Toronto          5   7  .417    5'];
    const prose = ['More text.  Another sentence after two spaces.  And a third.', 'A second line of prose.  With double spaces.', 'A third line.'];
    const r = read('standings.txt', ` date 2017-11-14 Standings\nBOSTON (AP) — The standings after Sunday's games.\n\n${table.join('\n')}\n\n${prose.join('\n')}\n`);
    const blocks = JSON.parse(r.body as string) as { type: string; html?: string; text?: string }[];
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'html', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[1]!.html).toBe(`<pre tabindex="0">${table.join('\n')}</pre>\n`);
    expect(r.lede).toBe('The standings after Sunday\'s games.');
    // Two lines in columns are no table: a name and a number.
    expect(texts(read('two.txt', ' date 2017-11-14 Result\nThe result.\n\nBoston   10\nToronto   5\n'))).toEqual(['The result.', 'Boston   10', 'Toronto   5']);
    // A headline and a heading right above the table, with no blank line, are no rows of it (QA 26).
    const nba = read('nba.txt', ` date 2023-12-06\nNBA standings\nEASTERN CONFERENCE\n${table.join('\n')}\n`);
    expect(nba.title).toBe('NBA standings');
    expect((JSON.parse(nba.body as string) as { type: string; html?: string; text?: string }[]).map((b) => b.text ?? b.html)).toEqual(['EASTERN CONFERENCE', `<pre tabindex="0">${table.join('\n')}</pre>\n`]);
  });

  it('reads wire copy as the agencies send it: tags, notes, page marks and signatures are no story (QA 22)', () => {
    const notre = read('a.txt', ' date 2019-04-15\nFire engulfs Notre-Dame cathedral in Paris\nPARIS (AP) — A catastrophic fire engulfed the upper reaches of Notre Dame Cathedral on Monday.\n\nMore text.\n');
    expect([notre.title, notre.dateline, notre.source, notre.lede]).toEqual(['Fire engulfs Notre-Dame cathedral in Paris', 'Paris', 'AP', 'A catastrophic fire engulfed the upper reaches of Notre Dame Cathedral on Monday.']);
    const urgent = read('b.txt', ' date 2022-02-21\nURGENT\nMOSCOW, February 21. /TASS/. Russian President Vladimir Putin has signed a decree.\n');
    expect([urgent.title, urgent.dateline, urgent.source]).toEqual(['Russian President Vladimir Putin has signed a decree', 'Moscow', 'TASS']);
    expect(read('c.txt', ' date 2022-04-01\nMOSCOW, April 1. /TASS/. URGENT. The Kremlin has no information about the talks, the spokesman said.\n').lede).toBe('The Kremlin has no information about the talks, the spokesman said.');
    const netflix = read('d.txt', ' date 2023-01-19 UPDATE 2-Netflix co-founder Reed Hastings steps down as CEO\n(Adds analyst comment, details on co-CEOs in paragraphs 5-7)\n\nBy Dawn Chmielewski and Lisa Richwine\n\nLOS ANGELES, Jan 19 (Reuters) - Netflix Inc co-founder Reed Hastings said on Thursday he would step down.\n\nMore.\n');
    expect([netflix.title, netflix.source, netflix.lede, netflix.authors]).toEqual(['Netflix co-founder Reed Hastings steps down as CEO', 'Reuters', 'Netflix Inc co-founder Reed Hastings said on Thursday he would step down.', ['Dawn Chmielewski', 'Lisa Richwine']]);
    const chauvin = read('e.txt', " date 2021-04-20 Chauvin verdict\nEDITOR'S NOTE: This story contains language that may be offensive.\n\nMINNEAPOLIS (AP) — Former officer Derek Chauvin was convicted on Tuesday.\n\nMORE\n\nThe verdict came after ten hours.\n\nburs-jh/ach\n");
    expect([chauvin.source, chauvin.lede, texts(chauvin)]).toEqual(['AP', 'Former officer Derek Chauvin was convicted on Tuesday.', ["EDITOR'S NOTE: This story contains language that may be offensive.", 'Former officer Derek Chauvin was convicted on Tuesday.', 'The verdict came after ten hours.']]);
    for (const mark of ['Enditem', '==Kyodo', '-###-', 'PTI ABC XYZ', 'dpa abc xx']) expect(texts(read('f.txt', ` date 2021-04-20 Talks\nThe talks went well.\n\n${mark}\n`)), mark).toEqual(['The talks went well.']);
  });

  it('makes points numbered from 1 a numbered list, and leaves other numbered paragraphs as written (QA 22)', () => {
    const advice = read('a.txt', ' date 2020-03-01 Advice\nThe ministry gave advice on Sunday.\n\n1. Wash your hands often.\n2. Keep your distance.\n3) Stay at home if ill.\n\nMore text.\n');
    expect(JSON.parse(advice.body as string)[1]).toEqual({ type: 'html', html: '<ol>\n<li>Wash your hands often.</li>\n<li>Keep your distance.</li>\n<li>Stay at home if ill.</li>\n</ol>\n' });
    expect(texts(read('b.txt', ' date 2020-03-01 Scores\nThe results on Sunday.\n\n2. Boston won again.\n\n3. New York lost.\n'))).toEqual(['The results on Sunday.', '2. Boston won again.', '3. New York lost.']);
  });

  it('takes the reporters of Reuters\' credit line as the authors, and leaves out the marks that end wire copy', () => {
    const r = read('oil.txt', ' date 2017-11-14 Oil Rises\nLONDON, Nov 14 (Reuters) - Oil prices rose on Tuesday.\n\nMore text.\n\n(Reporting by Ahmad Ghaddar in London and Florence Tan in Singapore; Additional reporting by Jane Roe; Editing by David Goodman)\n\n-30-\n');
    expect(r.authors).toEqual(['Ahmad Ghaddar', 'Florence Tan', 'Jane Roe']);
    expect(texts(r)).toEqual(['Oil prices rose on Tuesday.', 'More text.', '(Reporting by Ahmad Ghaddar in London and Florence Tan in Singapore; Additional reporting by Jane Roe; Editing by David Goodman)']);
    for (const mark of ['###', '# # #', 'END', '(END)', '- 30 -', '-0-', '(end)', 'FIN', '(Schluss)', '(END) Dow Jones Newswires']) expect(texts(read('e.txt', ` date 2017-11-14 Talks\nThe talks ended.\n\n${mark}\n`)), mark).toEqual(['The talks ended.']);
    // Between dashes, as copy typed by hand sets them (QA 30); in a Markdown seed too.
    for (const mark of ['-- END --', '--END--', '- ENDS -', '-ENDS-', '(ENDS)', '— END —', '—30—', '– 30 –', '-- FIN --']) {
      expect(texts(read('e.txt', ` date 2017-11-14 Talks\nThe talks ended.\n\n${mark}\n`)), mark).toEqual(['The talks ended.']);
      const md = read('e.md', `---\ntitle: Talks\ndate: 2017-11-14\n---\nThe talks ended.\n\n${mark}\n`);
      expect(JSON.stringify(md.body), mark).not.toContain(mark.replace(/[-–—]/g, '').trim().replace(/[()]/g, ''));
    }
    // A dash in a sentence is no mark.
    expect(texts(read('f.txt', ' date 2017-11-14 Talks\nThe talks ended.\n\n- END - of the line, he said.\n'))).toHaveLength(2);
    // A mark alone is no story: a headline but no text (QA 37; see endings.test.ts). A word in lower case is no mark.
    expect(readSeed('f.txt', new TextEncoder().encode(' date 2017-11-14 Talks\n###\n'))).toMatchObject({ ok: false, problems: [{ line: 2, message: 'the article has a headline but no text: its body is only an end mark ("###")' }] });
    expect(texts(read('f.txt', ' date 2017-11-14 Talks\nThe talks ended.\n\nEnd\n'))).toEqual(['The talks ended.', 'End']);
    // Run on after the last sentence: Xinhua French's `Fin`, KUNA's `(end)` (QA 26).
    expect(texts(read('x.txt', " date 2017-11-14 Talks\nLes pourparlers ont repris, a-t-il ajouté. Fin\n"))).toEqual(['Les pourparlers ont repris, a-t-il ajouté.']);
    expect(texts(read('k.txt', ' date 2017-11-14 Talks\nThe ministers met in Kuwait on Tuesday. (end)\n'))).toEqual(['The ministers met in Kuwait on Tuesday.']);
    // A mark before the credit line, and a bare date, a headline and a mark (QA 19).
    expect(texts(read('g.txt', ' date 2017-11-14 Oil\nOil rose.\n\n-30-\n\n(Reporting by Jane Roe)\n'))).toEqual(['Oil rose.', '(Reporting by Jane Roe)']);
    expect(read('h.txt', ' date 2017-11-14\nShares rose\n\nEND\n')).toMatchObject({ title: 'Shares rose', lede: 'Shares rose' });
  });

  it("takes the reporters of a credit line without brackets (reuters.com's), and makes no topic of its reporters and their bureaus", () => {
    const r = read(
      'credit.txt',
      ' date 2019-03-12 May\'s Deal Defeated\nLONDON, March 12 (Reuters) - The deal was defeated in parliament by 391 votes to 242.\n\nThe defeat leaves Britain facing a no-deal exit.\n\n(Reporting by Kate Holton in London and Andrea Shalal in Washington; Editing by Leslie Adler)\n',
    );
    expect(r.authors).toEqual(['Kate Holton', 'Andrea Shalal']);
    expect(unpackMentions(r.mentions).map((m) => m.name)).not.toContain('Kate Holton');
    expect(unpackMentions(r.mentions).map((m) => m.name)).not.toContain('Washington, D.C.');
    const plain = read('plain.txt', ' date 2019-03-13 Toyota Recalls Cars\nTOKYO, March 13 (Reuters) - Toyota said it would recall 1 million cars.\n\nReporting by Naomi Tajitsu; Editing by Christopher Cushing\n');
    expect(plain.authors).toEqual(['Naomi Tajitsu']);
    expect(texts(plain).at(-1)).toBe('Reporting by Naomi Tajitsu; Editing by Christopher Cushing');
    // A sentence that opens alike is no credit line.
    const sentence = read('s.txt', ' date 2019-03-13 Report\nThe study was published on Monday.\n\nReporting by the committee found that Naomi Tajitsu was right.\n');
    expect(sentence.authors).toEqual([]);
  });

  it('joins a lede wrapped from line 1 on into the lines after it', () => {
    const r = read(
      'wrapped.txt',
      ' date 2017-11-14 GENEVA, November 14. /TASS/. Russian Deputy Foreign Minister Gennady\nGatilov will hold talks on Tuesday with the United Nations Special Envoy for\nSyria Staffan de Mistura, the Russian mission said.\n\nThe talks are the first this month.\n',
    );
    expect(r.title).toBe('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…');
    expect(r.lede).toBe('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday with the United Nations Special Envoy for Syria Staffan de Mistura, the Russian mission said.');
    expect(texts(r)).toEqual([r.lede, 'The talks are the first this month.']);
  });

  it('joins a wrapped paragraph with a line longer than a wrapper makes, that holds a URL', () => {
    const url = 'https://www.example.gov/reports/2017/annual-report-on-the-state-of-the-economy-final.pdf';
    const r = read('url.txt', ` date 2017-11-14 Ministry Publishes Report\nThe ministry published its annual report on Tuesday, which is available at\n${url} and it\nsays that growth slowed in the third quarter of the year in most regions.\n`);
    expect(texts(r)).toEqual([r.lede]);
    expect(r.lede).toBe(`The ministry published its annual report on Tuesday, which is available at ${url} and it says that growth slowed in the third quarter of the year in most regions.`);
  });
});

describe('Markdown seeds as wire services file them', () => {
  it('read a dateline opening the body as text seeds do, and take it out of the body', () => {
    const r = read('tass.md', '---\ndate: 2017-11-14\n---\nGENEVA, November 14. /TASS/. Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday with the UN envoy.\n\nThe meeting continues the talks.\n');
    expect(r).toMatchObject({ dateline: 'Geneva', source: 'TASS', title: 'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday with the UN envoy' });
    expect(htmlOf(r)).not.toContain('TASS');
    expect(htmlOf(r)).toContain('<p>Russian Deputy Foreign Minister');
  });

  it('keep a dateline and source given in front matter, and the body as written', () => {
    const r = read('given.md', '---\ndate: 2017-11-14\ndateline: Bern\nsource: SDA\n---\nGENEVA, November 14. /TASS/. Talks will be held on Tuesday with the UN envoy in the city.\n');
    expect(r).toMatchObject({ dateline: 'Bern', source: 'SDA' });
    expect(htmlOf(r)).toContain('GENEVA, November 14. /TASS/.');
  });

  it('take out of the body a dateline that names the place front matter gives, said twice otherwise (QA 24 c)', () => {
    const r = read('same.md', '---\ntitle: Unity Day\ndate: 2017-11-04\ndateline: Moscow\n---\nMOSCOW, November 4. /TASS/. Russia marks National Unity Day on Saturday.\n\nMore follows.\n');
    expect(r).toMatchObject({ dateline: 'Moscow', source: 'TASS', summary: 'Russia marks National Unity Day on Saturday.' });
    expect(htmlOf(r)).not.toContain('MOSCOW, November 4.');
  });

  it('take a heading that opens the body as the title, shown once', () => {
    const r = read('heading.md', '---\ndate: 2017-11-14\n---\n\n# Talks resume in Vienna\n\nEnvoys met in Vienna on Tuesday.\n\n## Background\n\nThe talks began in 2015.\n');
    expect(r.title).toBe('Talks resume in Vienna');
    expect(htmlOf(r)).not.toContain('Talks resume in Vienna');
    expect(htmlOf(r)).toContain('<h2 id="background">Background</h2>');
  });

  it("take the reporters of Reuters' credit line closing the story as the authors, as text seeds do, and keep the line (QA 37)", () => {
    const story = 'LONDON, May 4 (Reuters) - Oil prices rose on Tuesday.\n\nTraders said supply was tight.\n\n';
    for (const credit of ['(Reporting by Jane Doe; Editing by John Roe)', 'Reporting by Jane Doe in London and Ann Lee; Editing by John Roe']) {
      const md = read('oil.md', `---\ntitle: Oil rises\ndate: 2023-05-04\n---\n${story}${credit}\n`);
      const txt = read('oil.txt', ` date 2023-05-04 Oil rises\n${story}${credit}\n`);
      expect(md.authors, credit).toEqual(txt.authors);
      expect(md.authors[0], credit).toBe('Jane Doe');
      expect(htmlOf(md)).toContain('Reporting by Jane Doe');
      // Nor does it name a topic: its reporters are not what the story is about.
      expect(unpackMentions(md.mentions).map((m) => m.name), credit).not.toContain('Jane Doe');
    }
    // A byline names them first; front matter's authors come before either; an end mark after the line goes.
    expect(read('b.md', `---\ntitle: Oil rises\ndate: 2023-05-04\n---\nBy JANE ROE, Reuters\n\n${story}(Reporting by Jane Doe)\n`).authors).toEqual(['Jane Roe']);
    expect(read('a.md', `---\ntitle: Oil rises\ndate: 2023-05-04\nauthor: Ann Lee\n---\n${story}(Reporting by Jane Doe)\n`).authors).toEqual(['Ann Lee']);
    expect(read('e.md', `---\ntitle: Oil rises\ndate: 2023-05-04\n---\n${story}(Reporting by Jane Doe)\n\n-30-\n`).authors).toEqual(['Jane Doe']);
    // A sentence that opens alike is no credit line.
    expect(read('s.md', `---\ntitle: Oil rises\ndate: 2023-05-04\n---\n${story}Reporting by Jane Doe showed the deal was done.\n`).authors).toEqual([]);
  });

  it('derive no title from a photo caption', () => {
    const r = read('photo.md', '---\ndate: 2017-11-14\n---\n![Photo: the minister arrives in Geneva](https://example.org/p.jpg)\n\nOfficials said on Tuesday that the new measures would take effect.\n');
    expect(r.title).toBe('Officials said on Tuesday that the new measures would take effect');
  });
});

describe('all-capitals headlines in title case', () => {
  it.each([
    ['UN SECURITY COUNCIL MEETS ON SYRIA', 'UN Security Council Meets on Syria'],
    ['AT&T AND FBI SETTLE CASE', 'AT&T and FBI Settle Case'],
    ["NATO'S CHIEF BACKS US-LED PLAN", "NATO's Chief Backs US-Led Plan"],
    ['WHO WILL LEAD THE PARTY', 'Who Will Lead the Party'],
    ['TAIWAN TENDERS FOR WHEAT', 'Taiwan Tenders for Wheat'],
  ])('keep acronyms in capitals: %j is %j', (headline, title) => {
    expect(titleCase(headline)).toBe(title);
  });
});

describe('line 1: headline or lede', () => {
  it('a headline in capitals under the form of a dateline is a headline', () => {
    const r = read('caps.txt', ' date 2017-11-14 SYRIA - REBELS CAPTURE KEY TOWN\nRebels captured the town of Al-Bab on Tuesday after weeks of fighting, officials said.\n');
    expect(r).toMatchObject({ title: 'Syria - Rebels Capture Key Town', dateline: null, lede: 'Rebels captured the town of Al-Bab on Tuesday after weeks of fighting, officials said.' });
  });

  it('a sentence of 20 words or more is a lede, however many names it holds', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Rex Tillerson in Da Nang on Saturday, the Russian Foreign Ministry said.';
    const r = read('names.txt', ` date 2017-11-14 ${text}\n\nThe two discussed Syria.\n`);
    expect(r.lede).toBe(text);
    expect(texts(r)).toEqual([text, 'The two discussed Syria.']);
  });

  it('a headline over a body of nothing visible has no text', () => {
    const result = readSeed('zw.txt', new TextEncoder().encode(' date 2017-11-14 Title with invisible body\n\u200b\n'));
    expect(result.ok ? null : result.problems[0]?.message).toBe('the article has a headline but no text');
    // The hint tells how to write a lede that line 1 would take for a headline.
    expect(result.ok ? null : result.problems[0]?.hint).toContain('write " date YYYY-MM-DD" alone on line 1 and the text from line 2');
  });
});

describe('wire copy with its main points and a byline above the lede, or a question for a headline', () => {
  it('reads Reuters\' bullets and byline as no lede, and the dateline of the paragraph after them', () => {
    const r = read('reuters.txt', ' date 2024-02-18 Oil rises as Middle East tensions persist\n* Brent up 0.5%, WTI up 0.4%\n* Investors eye Fed minutes this week\n\nBy Ahmad Ghaddar\n\nLONDON, Feb 18 (Reuters) - Oil prices rose on Monday as tensions in the Middle East persisted.\n\nBrent crude futures were up 41 cents.\n');
    expect([r.title, r.dateline, r.source, r.lede]).toEqual(['Oil rises as Middle East tensions persist', 'London', 'Reuters', 'Oil prices rose on Monday as tensions in the Middle East persisted.']);
    // The byline is no subheading; the bullets are a list.
    expect(r.body).not.toMatch(/"heading"/);
    expect(JSON.parse(r.body as string)[0]).toEqual({ type: 'html', html: '<ul>\n<li>Brent up 0.5%, WTI up 0.4%</li>\n<li>Investors eye Fed minutes this week</li>\n</ul>\n' });
  });

  it('takes a sentence on line 1 for the headline when the lede follows under its own dateline', () => {
    const r = read('ap.txt', ' date 2024-03-01 Why are so many young people leaving the city for good?\nNEW YORK (AP) — Young people are leaving the city in record numbers, a new survey shows.\n\nThe survey found that rents were the main reason.\n');
    expect([r.title, r.titleDerived, r.dateline, r.source, r.lede]).toEqual(['Why are so many young people leaving the city for good?', false, 'New York', 'AP', 'Young people are leaving the city in record numbers, a new survey shows.']);
    // Without a dateline after it, a sentence on line 1 is still the lede.
    expect(read('lede.txt', ' date 2024-03-01 Young people are leaving the city in record numbers, a new survey shows.\nThe survey found that rents were the main reason.\n').titleDerived).toBe(true);
  });

  it('reads a byline in capitals, as teleprinters print it, and the outlet under it; not a heading in capitals (QA 32)', () => {
    const r = read('caps.txt', ' date 2023-05-04 Stocks slide\nBY JANE DOE\nReuters\n\nU.S. stocks fell on Thursday as regional bank shares slid again, traders said.\n');
    // The outlet under it was a subheading, the byline a paragraph of the text.
    expect([r.authors, texts(r)]).toEqual([['Jane Doe'], ['U.S. stocks fell on Thursday as regional bank shares slid again, traders said.']]);
    const two = read('caps.txt', ' date 2023-05-04 Stocks slide\nBY JANE DOE AND JOHN ROE\n\nNEW YORK (AP) — U.S. stocks fell on Thursday.\n');
    expect([two.authors, two.dateline, texts(two)]).toEqual([['Jane Doe', 'John Roe'], 'New York', ['U.S. stocks fell on Thursday.']]);
    // Words in capitals after `BY` that are no names stay: a heading, a headline.
    expect(texts(read('caps.txt', ' date 2023-05-04 Stocks slide\nThe market fell again on Thursday as investors sold.\n\nBY POPULAR DEMAND\n\nThe exchange will stay open late.\n'))).toContain('BY POPULAR DEMAND');
    expect(read('caps.txt', ' date 2023-05-04\nBY ROYAL APPOINTMENT\n\nThe palace named a new supplier on Thursday, officials said.\n')).toMatchObject({ title: 'By Royal Appointment', authors: [] });
  });
});

describe('bullet points in a text seed', () => {
  it('are a list when two or more follow each other, their text escaped; one alone, or a dash of dialogue, stays a paragraph', () => {
    const r = read('list.txt', ' date 2024-02-18 Leaders at the roundtable\nThe roundtable met on Monday.\n\n• Jane Roe, <Chair>; New York\n\n• John Doe & Co.; Ohio\n\n- A third\n\nAfter the list.\n\n- Alone\n\n– Dialogue, as Russian writes it.\n');
    const blocks = JSON.parse(r.body as string) as { type: string; html?: string; text?: string }[];
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'The roundtable met on Monday.' },
      { type: 'html', html: '<ul>\n<li>Jane Roe, &#60;Chair&#62;; New York</li>\n<li>John Doe &#38; Co.; Ohio</li>\n<li>A third</li>\n</ul>\n' },
      { type: 'paragraph', text: 'After the list.' },
      { type: 'paragraph', text: '- Alone' },
      { type: 'paragraph', text: '– Dialogue, as Russian writes it.' },
    ]);
  });
});


describe('TASS copy as tass.com pages give it (QA 23)', () => {
  it('reads a dateline with no-break spaces, and one naming the country in slashes', () => {
    expect(lede('MOSCOW, November 20.\u00a0/TASS/.\u00a0Russian Deputy Prime Minister Dmitry Kozak met the head of Naftogaz.')).toMatchObject({ dateline: 'Moscow', source: 'TASS', lede: 'Russian Deputy Prime Minister Dmitry Kozak met the head of Naftogaz.' });
    expect(lede('MOSCOW,\u00a0November\u00a021. /TASS/. The Kremlin said nothing.')).toMatchObject({ dateline: 'Moscow', source: 'TASS' });
    expect(lede('DA NANG /Vietnam/, November 11. /TASS/. Putin and Trump adopted a statement on Syria.')).toMatchObject({ dateline: 'Da Nang, Vietnam', source: 'TASS', title: 'Putin and Trump adopted a statement on Syria' });
  });

  it('leaves out what the saved page kept besides the story: links to other stories, buttons, tags, photo credits', () => {
    const page = [
      ' date 2017-11-17 Lavrov: Moscow will not leave new US sanctions unanswered',
      'Russia will respond to new US sanctions in a measured way, Sergey Lavrov said on Friday. /TASS/',
      'Read also',
      'Russia’s Foreign Ministry slams US move to label RT as foreign agent',
      'According to the minister, Washington is trying to punish Russia.',
      'Russian Foreign Minister Sergei Lavrov © Alexander Shcherbak/TASS',
      '© Mikhail Klimentyev/Russian Presidential Press and Information Office/TASS',
      'Photo: Russian Defense Ministry press service/TASS',
      'Show more',
      'Moscow remains open to dialogue with Washington.',
      'Tags',
      'Sanctions against Russia',
      'Sergey Lavrov',
      '',
    ].join('\n');
    expect(texts(read('page.txt', page))).toEqual([
      'Russia will respond to new US sanctions in a measured way, Sergey Lavrov said on Friday.',
      'According to the minister, Washington is trying to punish Russia.',
      'Moscow remains open to dialogue with Washington.',
    ]);
    // Words of a story that merely look so stay.
    expect(texts(read('t.txt', ' date 2017-11-17 Tags\nThe tags were removed.\n\nTags\n\nThe museum sold more tags than expected this year.\n'))).toContain('Tags');
  });

  it('keeps questions and answers opened by dashes as paragraphs, not a list', () => {
    const r = read('i.txt', ' date 2017-11-17 Ryabkov interview\nSergei Ryabkov answered TASS questions.\n- Mr. Ryabkov, how would you assess relations?\n- Unfortunately, there is no readiness. The dialogue stalled.\n- Will the presidents meet?\n- There are no plans.\n');
    expect(texts(r).join('')).not.toContain('<li>');
    expect(texts(r)).toContain('- Will the presidents meet?');
    expect(texts(read('l.txt', ' date 2017-11-17 Points\nThe points:\n- oil output\n- gas prices\n')).join('')).toContain('<li>oil output</li>');
  });

  it('takes a question on line 1 for the headline when the story follows under it', () => {
    expect(read('q.txt', ' date 2017-12-18 Is the world on the brink of a new arms race?\nUS plans could trigger a new arms race, Russian experts believe.\n')).toMatchObject({ title: 'Is the world on the brink of a new arms race?', titleDerived: false, lede: 'US plans could trigger a new arms race, Russian experts believe.' });
  });

  it('makes a question in Title Case a subheading, and not a question of a transcript or in sentence case', () => {
    const r = read('s.txt', ' date 2017-11-18 Summit\nRussia is ready to host the summit, the ministry said.\nWho Will Attend?\nThe leaders of Russia, Turkey and Iran will attend.\nQ Hello, can you hear me?\nYes, we can hear you now, the speaker said.\nSo, will the media be here?\nThey will be, he said.\n');
    expect(blocksOf(r).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['Who Will Attend?']);
  });

  it('keeps a heading above a question in sentence case (a fact sheet: `JOINING FORCES FACT SHEET`, `What is Joining Forces?`)', () => {
    const r = read('j.txt', ' date 2021-01-01 Joining Forces\nIntro paragraph of the fact sheet here.\nJOINING FORCES FACT SHEET\nWhat is Joining Forces?\nJoining Forces is an initiative.\n');
    expect(blocksOf(r).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['JOINING FORCES FACT SHEET']);
  });
});

describe("wires' marks on line 1 (QA 24)", () => {
  it("takes Yonhap's version tags off a headline, as Reuters' are", () => {
    for (const tag of ['(LEAD) ', '(2nd LD) ', '(3rd LD, with details) ', '(URGENT) ']) {
      expect(read('y.txt', ` date 2018-04-27 ${tag}Moon, Kim agree to end war\nSEOUL, April 27 (Yonhap) -- The leaders agreed on Friday.\n`).title).toBe('Moon, Kim agree to end war');
    }
    expect(read('y.txt', ' date 2018-04-27 (News Focus) Moon, Kim agree to end war\nThe leaders agreed on Friday.\n').title).toBe('(News Focus) Moon, Kim agree to end war');
  });

  it("reads the byline and dateline under AP's `Eds:` and Yonhap's `(ATTN: …)` notes, and UPI's (QA 24)", () => {
    const ap = read('ap.txt', ' date 2019-06-07 US hiring slows\nEds: UPDATES with details, byline.\nBy CHRISTOPHER RUGABER, AP Economics Writer\n\nWASHINGTON (AP) — U.S. employers added just 75,000 jobs in May.\n\nThe rate stayed at 3.6%.\n');
    expect([ap.authors, ap.dateline, ap.lede]).toEqual([['Christopher Rugaber'], 'Washington', 'U.S. employers added just 75,000 jobs in May.']);
    const yonhap = read('y.txt', ' date 2018-04-27 Moon, Kim agree to end war\n(ATTN: UPDATES with details in paras 3-5)\nBy Kim Eun-jung and Koh Byung-joon\n\nPANMUNJOM, April 27 (Yonhap) -- The leaders agreed Friday to work toward denuclearization.\n\nThey met at the border.\n');
    expect([yonhap.authors, yonhap.dateline, yonhap.source]).toEqual([['Kim Eun-jung', 'Koh Byung-joon'], 'Panmunjom', 'Yonhap']);
    expect(texts(yonhap)[0]).toBe('(ATTN: UPDATES with details in paras 3-5)');
    const upi = read('upi.txt', ' date 2019-09-14 Drone attacks hit Saudi oil\nBy Ed Adamczyk\n\nSept. 14 (UPI) -- Drone attacks hit two Saudi oil facilities on Saturday.\n\nThe Houthis claimed responsibility.\n');
    expect([upi.authors, upi.source, texts(upi)[0]]).toEqual([['Ed Adamczyk'], 'UPI', 'Drone attacks hit two Saudi oil facilities on Saturday.']);
  });

  it("takes a release's headline under its issuer's header, not the header (QA 24)", () => {
    const r = read(
      'wh.txt',
      ' date 2019-05-01\nTHE WHITE HOUSE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE\nMay 1, 2019\n\nJoint Statement of President Trump and Prime Minister Abe\n\nThe leaders met today in Washington.\n\nThey discussed trade.\n',
    );
    expect([r.title, r.lede, r.summary]).toEqual(['Joint Statement of President Trump and Prime Minister Abe', 'The leaders met today in Washington.', 'The leaders met today in Washington.']);
    expect(texts(r).slice(0, 3)).toEqual(['THE WHITE HOUSE', 'Office of the Press Secretary', 'May 1, 2019']);
    // A short headline above the story is the headline still.
    expect(read('m.txt', ' date 2019-05-01\nMarkets Rally\n\nStocks rose sharply in Asia on Wednesday as investors cheered.\n\nMore later.\n').title).toBe('Markets Rally');
  });

  it("makes no headline of an editor's note on line 1: the title comes from the lede, and the note stays above it", () => {
    const r = read('e.txt', " date 2019-06-01 EDITOR'S NOTE: This story contains descriptions of violence.\nDALLAS (AP) — A gunman opened fire outside a courthouse, police said.\n\nNo one else was hurt.\n");
    expect([r.title, r.dateline, r.lede]).toEqual(['A gunman opened fire outside a courthouse, police said', 'Dallas', 'A gunman opened fire outside a courthouse, police said.']);
    expect(texts(r)[0]).toBe("EDITOR'S NOTE: This story contains descriptions of violence.");
  });
});

  it('makes no lede or headline of a correction above the story: the lede and its dateline are the paragraph under it (QA 32)', () => {
    const body = 'CORRECTION: An earlier version of this story misstated the name of the minister.\n\nWASHINGTON (AP) — The Senate passed the bill on Thursday.\n\nThe vote was 63-36.\n';
    const r = read('c.txt', ` date 2023-05-04\n${body}`);
    expect([r.title, r.dateline, r.source, r.lede]).toEqual(['The Senate passed the bill on Thursday', 'Washington', 'AP', 'The Senate passed the bill on Thursday.']);
    expect(texts(r)[0]).toBe('CORRECTION: An earlier version of this story misstated the name of the minister.');
    // On line 1, above a lede with its dateline, it is no headline either; nor is a clarification under the headline the lede.
    expect(read('c.txt', ` date 2023-05-04 ${body}`).title).toBe('The Senate passed the bill on Thursday');
    const clarified = read('c.txt', ' date 2023-05-04 Senate passes bill\nClarification: This story has been updated to clarify the vote count.\n\nWASHINGTON (AP) — The Senate passed the bill on Thursday.\n');
    expect([clarified.title, clarified.dateline, clarified.lede]).toEqual(['Senate passes bill', 'Washington', 'The Senate passed the bill on Thursday.']);
    // AP's correction, a story of its own, has a headline that says so.
    expect(read('c.txt', ' date 2023-05-04 Correction: Senate vote story\nWASHINGTON (AP) — In a story published May 3 about the Senate vote, The Associated Press misstated the tally.\n').title).toBe('Correction: Senate vote story');
  });

describe("what BBC, Reuters, Al Jazeera and UPI pages keep besides the story (QA 24)", () => {
  it('leaves out share buttons, notes on pictures, lists of related headlines, the standards line and a closing copyright', () => {
    const r = read(
      'page.txt',
      ' date 2019-07-10 Johnson hits back\nBoris Johnson has hit back at critics of his plan.\n\nShare this with\nFacebook\nTwitter\nEmail\n\nImage copyright Reuters\n\nImage caption Mr Johnson spoke in London\n\nHe spoke in London on Tuesday.\n\nRelated Coverage\nSaudi Aramco prices IPO at top of range\nOil prices rise on supply fears\n\nThe talks go on next week.\n\nKeep reading\nWhy the talks stalled\nWhat comes next\n\nMore talks are planned.\n\nOur Standards: The Thomson Reuters Trust Principles.\n\nCopyright 2019 United Press International, Inc. All Rights Reserved.\n',
    );
    expect(texts(r)).toEqual(['Boris Johnson has hit back at critics of his plan.', 'He spoke in London on Tuesday.', 'The talks go on next week.', 'More talks are planned.']);
    expect(unpackMentions(r.mentions).map((m) => m.name)).not.toContain('Saudi Aramco');
  });

  it('keeps what only looks like them: a sentence, a platform named alone, a copyright notice inside the story', () => {
    const r = read('keep.txt', ' date 2019-07-10 Shares\nShare prices rose on Tuesday.\n\nTwitter\n\nThe law is in force.\n\nCopyright 2019 is the year the law changed.\n');
    expect(texts(r)).toEqual(['Share prices rose on Tuesday.', 'Twitter', 'The law is in force.', 'Copyright 2019 is the year the law changed.']);
    expect(texts(read('c.txt', ' date 2019-07-10 EFE\nThe law is in force.\n\n(c) Agencia EFE\n'))).toEqual(['The law is in force.']);
  });
});

describe('TASS copy (QA 24 c)', () => {
  it("reads TASS's backgrounders: `/TASS-DOSSIER/.` is the source, and the title comes from the lede", () => {
    const r = read('d.txt', ' date 2020-01-16\n/TASS-DOSSIER/. On January 16, 2020, Putin signed a decree appointing Mikhail Mishustin as prime minister.\n\nMishustin was born in 1966.\n');
    expect([r.source, r.title, texts(r)[0]]).toEqual([
      'TASS-DOSSIER',
      'On January 16, 2020, Putin signed a decree appointing Mikhail Mishustin as prime minister',
      'On January 16, 2020, Putin signed a decree appointing Mikhail Mishustin as prime minister.',
    ]);
  });

  it("reads the agency's name of 1992-2014 alone in slashes as its source, in Latin and Cyrillic letters: `/ITAR-TASS/.`, `/ИТАР-ТАСС/.` (QA 42)", () => {
    const r = read('i.txt', ' date 2003-03-01\n/ITAR-TASS/. Russian Foreign Minister Igor Ivanov said on Saturday that the talks in Geneva would go on next week.\n\nHe spoke in Moscow.\n');
    expect([r.source, r.title, texts(r)[0]]).toEqual([
      'ITAR-TASS',
      'Russian Foreign Minister Igor Ivanov said on Saturday that the talks in Geneva would go on next week',
      'Russian Foreign Minister Igor Ivanov said on Saturday that the talks in Geneva would go on next week.',
    ]);
    const ru = read('r.txt', ' date 2003-03-01\n/ИТАР-ТАСС/. Министр иностранных дел России Игорь Иванов заявил в субботу, что переговоры в Женеве продолжатся на следующей неделе.\n\nОн выступил в Москве.\n');
    expect([ru.source, texts(ru)[0]!.startsWith('Министр')]).toEqual(['ИТАР-ТАСС', true]);
  });

  it('leaves out `Read also` and the headlines under it at the end of the story too, and a list of tags after them', () => {
    expect(texts(read('r.txt', ' date 2020-07-04 Vote ends\nThe final turnout was 67.97%.\n\nRead also\nPutin signs executive order on entry of amended Constitution into force\n'))).toEqual(['The final turnout was 67.97%.']);
    expect(texts(read('t.txt', ' date 2020-07-04 Vote ends\nThe final turnout was 67.97%.\n\nRead also\nPutin signs executive order\nKremlin comments on vote\nTags\nRussia\nRussia-US relations\n'))).toEqual(['The final turnout was 67.97%.']);
  });

  it("reads the dateline of a lede under a headline's deck, as tass.com pages are saved, and keeps the deck as text", () => {
    const r = read(
      'l.txt',
      " date 2018-03-13 Lavrov says Russia not to blame for Skripal poisoning\nThe Russian top diplomat said Moscow has not received London's request\nMOSCOW, March 13. /TASS/. Russia is not to blame for the poisoning, Lavrov said on Tuesday.\nLavrov said Moscow was ready to cooperate.\n",
    );
    expect([r.dateline, r.source, r.lede]).toEqual(['Moscow', 'TASS', 'Russia is not to blame for the poisoning, Lavrov said on Tuesday.']);
    expect(texts(r)[0]).toBe("The Russian top diplomat said Moscow has not received London's request");
  });

  it("takes the headline between a section's label and its date, as tass.com pages are saved", () => {
    const r = read(
      'p.txt',
      ' date 2021-12-23\nRussian Politics & Diplomacy\nPutin holds annual news conference\nDecember 23, 2021, 14:05\nMOSCOW, December 23. /TASS/. Russian President Vladimir Putin is holding his annual news conference on Thursday.\n\nMore follows.\n',
    );
    expect([r.title, r.dateline, r.source]).toEqual(['Putin holds annual news conference', 'Moscow', 'TASS']);
    expect(texts(r).slice(0, 2)).toEqual(['Russian Politics & Diplomacy', 'December 23, 2021, 14:05']);
  });

  it('takes the interviewers an interview names at its end as the authors, and keeps the line', () => {
    const r = read('i.txt', ' date 2021-06-01 Lavrov: Russia open to dialogue\nRussian Foreign Minister Sergei Lavrov spoke to TASS.\n\n- Mr. Lavrov, how do you assess the talks?\n\n- They were useful.\n\nInterviewed by Alexander Rozhkov\n');
    expect(r.authors).toEqual(['Alexander Rozhkov']);
    expect(texts(r).at(-1)).toBe('Interviewed by Alexander Rozhkov');
    expect(read('j.txt', ' date 2021-06-01 Talks\nThe talks went on.\n\nInterviewed by the police, the driver said nothing.\n').authors).toEqual([]);
  });

  it('makes a subheading of a line right after a list', () => {
    const r = read('p.txt', ' date 2023-02-21 Address\nPutin delivered his address on Tuesday.\n\nThe president proposed to:\n- extend the mortgage program;\n- reduce the number of inspections.\nForeign policy outlook\nPutin also commented on the counteroffensive.\n');
    expect(blocksOf(r).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['Foreign policy outlook']);
  });
});

describe("agencies' sign-offs (QA 24)", () => {
  it('takes the source from a sign-off closing the story (`-- BERNAMA`), and leaves the line out', () => {
    const r = read('b.txt', ' date 2019-05-02 Malaysia to host summit\nMalaysia will host the summit next year, the prime minister said.\n\nThe meeting will be held in Kuala Lumpur.\n\n-- BERNAMA\n');
    expect([r.source, texts(r).at(-1)]).toEqual(['Bernama', 'The meeting will be held in Kuala Lumpur.']);
    // A dateline's source comes first.
    expect(read('i.txt', ' date 2020-03-24 Lockdown\nNew Delhi, March 24 (IANS) India will shut down for 21 days.\n\n--IANS\n').source).toBe('IANS');
    // A story of a sign-off alone is no story (QA 38: it was published with the sign-off for its text).
    expect(readSeed('o.txt', new TextEncoder().encode(' date 2020-03-24 Lockdown\n-- PTI\n'))).toMatchObject({ ok: false, problems: [{ line: 2, message: 'the article has a headline but no text: its body is only a sign-off ("-- PTI")' }] });
  });
});

describe("Xinhua's copy (QA 24)", () => {
  it('makes its dashed points a list, even wrapped with no blank line, and leaves out its end mark run on and its editor', () => {
    const r = read(
      'x.txt',
      ' date 2019-03-05 China sets growth target\nBEIJING, March 5 (Xinhua) -- China has set its growth target at 6 to 6.5 percent.\n\nThe report lists the main tasks for the government in the year ahead:\n-- broadening domestic demand and investment in the central regions;\n-- creating more jobs for college graduates and migrant workers;\n-- cutting taxes and fees for small and micro businesses.\n\nThe targets were announced on Tuesday. Enditem\n',
    );
    const list = blocksOf(r).find((b) => b.type === 'html');
    expect(list?.type === 'html' ? list.html : '').toContain('<li>creating more jobs for college graduates and migrant workers;</li>');
    expect(texts(r).at(-1)).toBe('The targets were announced on Tuesday.');
    const credited = read('x2.txt', ' date 2019-03-06 China cuts taxes\nBEIJING, March 6 (Xinhua) -- China will cut taxes, the minister said.\n\nThe cuts will help small firms.\n\nEnditem\n\n(Editor: Zhang Xin)\n');
    expect(texts(credited)).toEqual(['China will cut taxes, the minister said.', 'The cuts will help small firms.']);
    // "Enditem" inside a sentence is a word of it.
    expect(texts(read('x3.txt', ' date 2019-03-06 Words\nThe story is over.\n\nThe word is Enditem\n')).at(-1)).toBe('The word is Enditem');
  });
});

describe('lines above the headline (QA 26)', () => {
  it("takes the headline under a page's section label, and none from AFP's keywords or a dateline's place alone", () => {
    const opinion = read('o.txt', ' date 2023-12-05\nOpinion\nThe world cannot afford another failed climate summit\nBy Amina Diallo\nAs delegates gather in Dubai for COP28, the stakes for Africa could not be higher.\n\nRich countries must deliver.\n');
    expect(opinion.title).toBe('The world cannot afford another failed climate summit');
    const afp = read('a.txt', ' date 2023-12-05\nSPAIN-POLITICS-ECONOMY-EU\nSpain names new economy minister\n\nMadrid (AFP) - Spain named a new economy minister on Tuesday.\n');
    expect([afp.title, afp.dateline, afp.source, afp.lede]).toEqual(['Spain names new economy minister', 'Madrid', 'AFP', 'Spain named a new economy minister on Tuesday.']);
    expect(texts(afp).some((t) => t.includes('SPAIN-POLITICS'))).toBe(false);
    const ankara = read('k.txt', ' date 2023-12-05\nANKARA\nTurkey raised rates on Tuesday, the central bank said.\n\nMore.\n');
    expect([ankara.title, ankara.dateline, texts(ankara)]).toEqual(['Turkey raised rates on Tuesday, the central bank said', 'Ankara', ['Turkey raised rates on Tuesday, the central bank said.', 'More.']]);
  });
});

describe('a summary made from the lede', () => {
  it('leaves out the label in capitals that runs into the lede, which the body keeps', () => {
    const lede = 'DEFENDING THE AMERICAN INDUSTRIAL BASE: Today, the President signed a proclamation to protect the industry.';
    const text = read('p.txt', ` date 2024-08-06 Tariffs on Polysilicon\n${lede}\n\nMore text.\n`);
    const md = expectRecord(readSeed('p.md', new TextEncoder().encode(`---\ntitle: Tariffs\ndate: 2024-08-06\n---\n${lede}\n\nMore text.\n`)));
    for (const r of [text, md]) expect(r.summary).toBe('Today, the President signed a proclamation to protect the industry.');
    expect(texts(text)[0]).toBe(lede);
    expect(htmlOf(md)).toContain('DEFENDING THE AMERICAN INDUSTRIAL BASE: Today');
    // Not a label in mixed case, nor one before too short a sentence.
    for (const kept of ['Update: Today, the President signed a proclamation to protect the industry.', 'NOTE: Rain fell.']) {
      expect(read('k.txt', ` date 2024-08-06 Tariffs\n${kept}\n\nMore text.\n`).summary).toBe(kept);
    }
  });
});

describe("a page's dates", () => {
  it("takes no page's label for the lede or summary: a post, a date, a place and date, a wire's note to editors (QA 24)", () => {
    const story = 'Boris Johnson has hit back at critics of his plan, saying the country needs a new direction.';
    for (const label of [
      'Political editor', '10 July 2018', 'Published 23 March 2020', 'Office of the Press Secretary', 'ANKARA', 'Eds: UPDATES with details', 'Brussels, 24 December 2020',
      // A document's kind, addressee, salutation, number and fields, as White House releases open (QA 25).
      'BY THE PRESIDENT OF THE UNITED STATES OF AMERICA', 'NOMINATIONS SENT TO THE SENATE:', 'TO THE CONGRESS OF THE UNITED STATES:',
      'MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES', 'NATIONAL SECURITY MEMORANDUM/NSM-14', 'Dear Mr. Speaker: (Dear Madam President:)',
      'Dear Secretary Becerra and Secretary Vilsack,', 'No. 2021-12', 'Executive Order 14419', 'Presidential Determination No. 2024-05', 'SUBJECT: Continuation of Certain Authorities', '11:48 A.M. EST', '01/24/25',
    ]) {
      const r = read('l.txt', ` date 2019-07-10 Johnson Hits Back\n${label}\n\n${story}\n\nHe spoke in London.\n`);
      expect([r.lede, r.summary]).toEqual([story, story]);
      // The label stays in the text, as written; but a known place alone in capitals is the dateline, set apart (QA 26).
      if (label === 'ANKARA') expect([r.dateline, texts(r)[0]]).toEqual(['Ankara', story]);
      else expect(texts(r)[0]).toBe(label);
      const md = expectRecord(readSeed('l.md', new TextEncoder().encode(`---\ntitle: Johnson Hits Back\ndate: 2019-07-10\n---\n\n${label}\n\n${story}\n`)));
      expect(md.summary).toBe(story);
    }
    // A line of capitals that ends a sentence, and a letter's first sentence, are the story's.
    for (const lede of ['PUTIN SAYS RUSSIA WILL RESPOND.', 'Dear readers will remember the storm of 1987, when the harbour wall fell.']) {
      expect(read('c.txt', ` date 2019-07-10 Johnson Hits Back\n${lede}\n\n${story}\n`).lede).toBe(lede);
    }
    // The headline said again above the text is no lede either.
    expect(read('h.txt', ` date 2019-07-10 Johnson Hits Back\nJOHNSON HITS BACK\n\n${story}\n`).summary).toBe(story);
    const long = 'President Trump Announces a Presidential Delegation to the Commemoration in Poland';
    expect(read('h.txt', ` date 2019-07-10 ${long}\n${long}\n\n${story}\n`).summary).toBe(story);
    // A headline's deck (a subtitle, no stop) above the lede is no lede either; it stays, as text (QA 26).
    const deck = 'Heavy rain lashes coastal districts; Chennai limps back to normalcy';
    const cyclone = 'Severe cyclonic storm Michaung crossed the Andhra Pradesh coast close to Bapatla on Tuesday, the India Meteorological Department said.';
    const decked = read('d.txt', ` date 2023-12-05 Cyclone Michaung makes landfall near Bapatla\n${deck}\n\n${cyclone}\n`);
    expect([decked.lede, decked.summary, texts(decked)[0]]).toEqual([cyclone, cyclone, deck]);
    const md = expectRecord(readSeed('d.md', new TextEncoder().encode(`---\ntitle: Cyclone Michaung makes landfall\ndate: 2023-12-05\n---\n${deck}\n\n${cyclone}\n`)));
    expect(md.summary).toBe(cyclone);
    // A lede that ends in no stop, followed by a shorter line, or starting in lower case, stays the lede.
    expect(read('e.txt', ` date 2023-12-05 Cyclone\n${deck}\n\nMore soon.\n`).lede).toBe(deck);
    const wrapped = 'heavy rain lashed the coastal districts of the state overnight as the storm moved inland';
    expect(read('f.txt', ` date 2023-12-05 Cyclone\n${wrapped}\n\n${cyclone}\n`).lede).toBe(wrapped);
    // A story of labels alone keeps its first line as lede.
    expect(read('o.txt', ' date 2019-07-10 Johnson Hits Back\nPolitical editor\n').lede).toBe('Political editor');
    // A short line in Chinese or Japanese is a sentence.
    expect(read('j.txt', ' date 2019-07-10 経済対策\n政府は新しい経済対策を発表した\n\n詳細は後日。\n').lede).toBe('政府は新しい経済対策を発表した');
  });

  it('makes no subheading of a date or a time stamp, but keeps a chronology\'s day', () => {
    const heads = (line: string) =>
      blocksOf(read('d.txt', ` date 2019-04-11 Headline\nThe story opens here with a sentence.\n\n${line}\n\nThe story goes on here with a sentence.\n`))
        .filter((b) => b.type === 'heading')
        .map((b) => (b as { text: string }).text);
    for (const stamp of ['11 Apr 2019', 'OCTOBER 22, 2019', '08 Jan 2020 | Updated: 08 Jan 2020 04:12 GMT', 'Updated 4 hours ago', 'Published 23 March 2020', 'Tuesday, March 3, 2020, 10:15 a.m. ET', 'Posted Mon 1 Jan 2024 at 6:32pm, updated Mon 1 Jan 2024 at 9:10pm', '05.12.2023, 18.12 Uhr']) {
      expect(heads(stamp)).toEqual([]);
    }
    expect(heads('March 14')).toEqual(['March 14']);
    expect(heads('May 2019 Elections')).toEqual(['May 2019 Elections']);
  });
});

describe('transcripts', () => {
  it("makes no subheading of a line that ends in a transcript's note in brackets (`(Applause.)`, `(Cross-talk.)`)", () => {
    const r = read(
      't.txt',
      ' date 2023-02-01 Remarks by the President\nTHE PRESIDENT: Thank you all for being here today.\n\nThank you. (Applause.)\n\nWe have created jobs in every state.\n\nUnemployment is at 3.4 percent, the lowest in 50 years. (Applause.)\n\nAnd we are not done.\n\n(Cross-talk.)\n\nQ Mr. President, one more question on the economy.\n\nLowering Costs for Families\n\nWe are lowering costs for families across the country.\n',
    );
    expect(blocksOf(r).filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['Lowering Costs for Families']);
  });
});

describe('titles derived from long wire ledes (QA 23)', () => {
  it.each([
    // The source named last is left out: what was said is the headline, whole.
    ['Russian President Vladimir Putin has signed the law on foreign agent media outlets, the Kremlin press service said on Friday.', 'Russian President Vladimir Putin has signed the law on foreign agent media outlets'],
    // …with who said it, when a person did, as TASS's headlines name them (QA 24 c: a claim is not the agency's word).
    ['Russia will respond to the expulsion of its diplomats from the UK "very soon," Russian Foreign Minister Sergey Lavrov told reporters on Thursday.', 'Russia will respond to the expulsion of its diplomats from the UK "very soon" — Lavrov'],
    ['The world is facing a systemic crisis of capitalism which affects all countries, Russian President Vladimir Putin said at the Valdai Club meeting.', 'The world is facing a systemic crisis of capitalism which affects all countries — Putin'],
    // What explains a name between commas goes before anything is cut (QA 24 c).
    ['The Federation Council, the upper house of the Russian parliament, has approved a law on electronic summonses for military service.', 'The Federation Council has approved a law on electronic summonses for military service'],
    // Asides in brackets go first.
    ['The Ukrainian parliament (Verkhovna Rada) on Wednesday failed to pass a bill on the reintegration of Donbass region.', 'The Ukrainian parliament on Wednesday failed to pass a bill on the reintegration of Donbass region'],
    ['Syrian government forces have liberated the city of Al Bukamal from Islamic State (terrorist organization, outlawed in Russia) militants.', 'Syrian government forces have liberated the city of Al Bukamal from Islamic State militants'],
    // The full stop inside a closing quote goes, the quote stays.
    ['Putin says he will decide on running for president "in the near future."', 'Putin says he will decide on running for president "in the near future"'],
  ])('%j → %j', (sentence, title) => {
    expect(deriveTitle(sentence)).toBe(title);
  });

  it('keeps the news when the speaker comes first (`X, who …, said he …`), and ends no cut title on an auxiliary', () => {
    expect(deriveTitle('NASA astronaut Nick Hague, who survived the Soyuz MS-10 emergency landing, said he was ready to fly again as soon as possible.')).toBe('NASA astronaut Nick Hague said he was ready to fly again as soon as possible');
    expect(deriveTitle('NASA astronaut Nick Hague, who survived the Soyuz MS-10 emergency landing in Kazakhstan last year, told reporters at the Johnson Space Center that he was ready to fly again as soon as possible.')).toBe('NASA astronaut Nick Hague told reporters at the Johnson Space Center that he was ready to fly again as soon as possible');
    expect(deriveTitle('The head of the Russian delegation at the Vienna talks, Mikhail Ulyanov, said on Thursday that the talks were constructive and useful for all sides.')).not.toBe('The head of the Russian delegation at the Vienna talks, Mikhail Ulyanov');
    expect(deriveTitle('Russian Defense Minister Sergey Shoigu and the Chief of the General Staff Valery Gerasimov have held talks in Moscow on Friday with Turkish officials.')).not.toMatch(/ (?:have|has|been)…$/);
  });

  it('cuts a sentence too long for a title where it parts no name', () => {
    const title = deriveTitle('Syrian government troops backed by Russian Aerospace Forces have fully liberated the city of Abu Kamal in the east of the country from terrorists.');
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/Abu…$/);
    expect(title.length).toBeLessThanOrEqual(101);
  });
});

describe('the summary of a story whose title is derived from its first sentence (QA 23)', () => {
  it('says what follows that sentence, so that a list does not say it twice', () => {
    expect(lede('MOSCOW, November 14. /TASS/. The Kremlin has no plans for talks. Peskov said so on Tuesday.').summary).toBe('Peskov said so on Tuesday.');
    // A lede of one sentence: the next paragraph.
    expect(lede('MOSCOW, November 14. /TASS/. The Kremlin has no plans for talks.').summary).toBe('A second paragraph follows here.');
    // A title without its closing attribution: the same.
    expect(lede('MOSCOW, November 14. /TASS/. Russian President Vladimir Putin has signed the law on foreign agent media outlets, the Kremlin press service said on Friday.').summary).toBe('A second paragraph follows here.');
    // A title cut short: the lede, which finishes it.
    const long = lede('MOSCOW, November 14. /TASS/. The St. Petersburg International Cultural Forum opened on Thursday with an address by Russian Culture Minister Vladimir Medinsky and a concert of the Mariinsky Theatre orchestra.');
    expect(long.title.endsWith('…')).toBe(true);
    expect(long.summary).toBe(long.lede);
    // A sentence a little over the limit is the title whole, and the summary what follows it.
    const over = lede('MOSCOW, November 14. /TASS/. The St. Petersburg International Cultural Forum opened on Thursday with an address by Russian Culture Minister Vladimir Medinsky.');
    expect(over.title).toBe('The St. Petersburg International Cultural Forum opened with an address by Russian Culture Minister Vladimir Medinsky');
    expect(over.summary).toBe('A second paragraph follows here.');
    // What only leads into what comes after it is no summary: the lede.
    const lead = lede('MOSCOW, November 14. /TASS/. The Kremlin has no plans for talks. The list includes:');
    expect(lead.summary).toBe(lead.lede);
    // A story of one sentence says it twice all the same.
    const flash = read('f.txt', ' date 2017-11-14 MOSCOW, November 14. /TASS/. The Kremlin has no plans for talks.\n');
    expect(flash.summary).toBe(flash.lede);
  });
});

describe('story text that only looks like what a page or a newswire adds (QA 23 c)', () => {
  const body = (text: string) => texts(read('s.txt', ` date 2020-01-01 Headline here\n\nReal story paragraph one.\n\n${text}\n`));
  it.each([
    ['The band says the label © notices on its albums were forged by a former manager'],
    ['© 2020 lawsuit filed by the author claims the publisher owes him millions in unpaid royalties'],
    ['Photo: the ministers are pictured shaking hands before the talks began on Monday.'],
    ['Embargoed goods worth $3 billion were seized at the port.'],
    ['For release of the hostages, the group demanded $5 million.'],
    ['SOURCE CLOSE TO THE TALKS SAID THE DEAL WAS DONE.'],
    ['SOURCE of the leak was never found, the ministry said.'],
  ])('keeps %j', (line) => {
    expect(body(`${line}\n\nThe end.`)).toContain(line);
    expect(body(line)).toContain(line);
  });

  it('keeps a headline that starts like a notice, the paragraph after Read also when it is a sentence, and a Topics list', () => {
    expect(read('h.txt', ' date 2020-01-01 Embargoed Russian oil reaches India\nTankers carrying Russian crude arrived on Saturday.\n').title).toBe('Embargoed Russian oil reaches India');
    expect(body('Read also\n\nThe ministers also discussed North Korea, the foreign ministry said in a statement.\n\nLavrov will visit India.')).toContain('The ministers also discussed North Korea, the foreign ministry said in a statement.');
    expect(body('Topics\n\n- Trade\n- Climate')).toEqual(['Real story paragraph one.', 'Topics', '<ul>\n<li>Trade</li>\n<li>Climate</li>\n</ul>\n']);
    expect(body('Tags\n\nThe talks will continue on Tuesday, officials said')).toContain('The talks will continue on Tuesday, officials said');
  });

  it('keeps a row of underlines in a table as text, no rule', () => {
    expect(body('Name      Score\n_____     _____\nSmith        10').join('')).not.toContain('<hr>');
  });

  it('takes no post for a reporter, nor an aside for an agency', () => {
    expect(lede('MOSCOW, March 2 /Reuter correspondent Moscow Bureau Chief/ - Talks resumed on Monday.').authors).toEqual([]);
    expect(lede('MOSCOW, March 2. /Our correspondent Ivan Petrov/. Talks resumed on Monday.').source).not.toBe('Our');
    expect(parseDateline('AC/DC (Reuters) - The band toured Europe.')).toBeNull();
  });
});

describe('a byline closing the story (QA 34)', () => {
  const STORY = 'WASHINGTON - The council approved the budget on Tuesday after a long debate, officials said.\n\nThe vote was 7 to 2.';
  const closing = (byline: string, headline = 'Council passes budget') => read('end.txt', ` date 2023-11-14 ${headline}\n${STORY}\n\n${byline}\n`);

  it.each([
    ['By JANE DOE', ['Jane Doe']],
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE AND JOHN ROE', ['Jane Doe', 'John Roe']],
    ['By JOHN SMITH, Associated Press', ['John Smith']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['JANE DOE\nAssociated Press', ['Jane Doe']],
    ['By JANE DOE\n\n(c) 2023 Reuters', ['Jane Doe']],
  ])('reads %j as the authors and leaves it out of the text', (byline, authors) => {
    const r = closing(byline);
    expect(r.authors).toEqual(authors);
    expect(texts(r)).toEqual(['The council approved the budget on Tuesday after a long debate, officials said.', 'The vote was 7 to 2.']);
  });

  it('makes no summary of it when the title is derived from the lede', () => {
    const r = read('end.txt', ' date 2023-11-14\nWASHINGTON - The council approved the budget on Tuesday after a long debate, officials said.\n\nBy JANE DOE\n');
    expect(r.summary).toBe('The council approved the budget on Tuesday after a long debate, officials said.');
    expect(r.authors).toEqual(['Jane Doe']);
  });

  it.each(['By Popular Demand', 'By Tuesday, the council will vote again.', 'Emma Raducanu and Leylah Fernandez', 'By Royal Appointment'])('keeps %j, which names nobody for sure', (last) => {
    const r = closing(last);
    expect(r.authors).toEqual([]);
    expect(texts(r).at(-1)).toBe(last);
  });

  it('keeps the byline above the story as the authors, and Reuters\' credit line', () => {
    const r = read('end.txt', ` date 2023-11-14 Council passes budget\nBy JANE DOE\n\n${STORY}\n\n(Reporting by John Roe; Editing by Ann Lee)\n`);
    expect(r.authors).toEqual(['Jane Doe']);
    expect(texts(r).at(-1)).toBe('(Reporting by John Roe; Editing by Ann Lee)');
  });
});

describe('a byline closing a Markdown story, as a text seed\'s (QA 36)', () => {
  const STORY = 'The council approved the budget on Tuesday.\n\nThe vote was 7 to 2.';
  const md = (byline: string, front = '') => read('end.md', `---\ntitle: Talks\ndate: 2023-11-14\n${front}---\n${STORY}\n\n${byline}\n`);
  const shown = (r: ReturnType<typeof read>) => htmlOf(r).replace(/<[^>]+>/g, '').split('\n').filter((l) => l.trim() !== '');

  it.each([
    ['By JANE DOE', ['Jane Doe']],
    ['By Jane Doe', ['Jane Doe']],
    ['**By JANE DOE**', ['Jane Doe']],
    ['BY JANE DOE AND JOHN ROE', ['Jane Doe', 'John Roe']],
    ['By JOHN SMITH, Associated Press', ['John Smith']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['JANE DOE\n\nAssociated Press', ['Jane Doe']],
    ['By JANE DOE\n\n(c) 2023 Reuters', ['Jane Doe']],
  ])('reads %j as the authors and leaves it out of the text', (byline, authors) => {
    const r = md(byline);
    expect(r.authors).toEqual(authors);
    expect(shown(r)).toEqual(['The council approved the budget on Tuesday.', 'The vote was 7 to 2.']);
  });

  it.each(['By Popular Demand', 'By Tuesday, the council will vote again.', 'Emma Raducanu and Leylah Fernandez', 'By Royal Appointment', '## By Jane Doe'])('keeps %j, which names nobody for sure or is a heading', (last) => {
    const r = md(last);
    expect(r.authors).toEqual([]);
    expect(shown(r).at(-1)).toBe(last.replace(/^## /, ''));
  });

  it('keeps it as written when front matter names the authors, and reads the byline above the story first', () => {
    const given = md('By JANE DOE', 'author: Ann Lee\n');
    expect(given.authors).toEqual(['Ann Lee']);
    expect(shown(given).at(-1)).toBe('By JANE DOE');
    const above = read('end.md', `---\ntitle: Talks\ndate: 2023-11-14\n---\nBy JOHN ROE\n\n${STORY}\n\nBy JANE DOE\n`);
    expect(above.authors).toEqual(['John Roe']);
  });
});

describe('Arabic and Hindi datelines, as the wires write them in their own scripts (QA 38)', () => {
  it.each([
    // Reuters' and EFE's Arabic services: the place, a date at times, the agency in brackets, a dash.
    ['القاهرة (رويترز) - قال مسؤولون مصريون إن المحادثات ستستأنف الأسبوع المقبل.', 'القاهرة', 'رويترز', 'قال مسؤولون مصريون إن المحادثات ستستأنف الأسبوع المقبل.'],
    ['نيودلهي، 4 مايو (إفي) - أعلنت الحكومة الهندية اليوم عن خطة جديدة للإسكان.', 'نيودلهي', 'إفي', 'أعلنت الحكومة الهندية اليوم عن خطة جديدة للإسكان.'],
    ['بيروت، ٤ أيار (أ ف ب) - أعلن الجيش اللبناني اليوم عن انتشار جديد في الجنوب.', 'بيروت', 'أ ف ب', 'أعلن الجيش اللبناني اليوم عن انتشار جديد في الجنوب.'],
    // PTI's Hindi service, Bhasha, as PTI writes its English one: no mark after the agency.
    ['नई दिल्ली, 4 मई (भाषा) प्रधानमंत्री नरेंद्र मोदी ने आज नई आवास योजना की घोषणा की।', 'नई दिल्ली', 'भाषा', 'प्रधानमंत्री नरेंद्र मोदी ने आज नई आवास योजना की घोषणा की।'],
    ['मुंबई, 4 मई (भाषा) शेयर बाजार में आज तेजी रही।', 'मुंबई', 'भाषा', 'शेयर बाजार में आज तेजी रही।'],
    ['लखनऊ, १२ जनवरी (वार्ता) उत्तर प्रदेश सरकार ने आज नई नीति जारी की।', 'लखनऊ', 'वार्ता', 'उत्तर प्रदेश सरकार ने आज नई नीति जारी की।'],
    // Bhasha writes the first nine days in words; the Levant's month and Egypt's after it.
    ['नयी दिल्ली, चार मई (भाषा) प्रधानमंत्री ने आज संसद में बयान दिया।', 'नयी दिल्ली', 'भाषा', 'प्रधानमंत्री ने आज संसद में बयान दिया।'],
    ['دمشق، 4 أيار/مايو (سانا) - أعلنت الحكومة السورية اليوم عن إجراءات جديدة.', 'دمشق', 'سانا', 'أعلنت الحكومة السورية اليوم عن إجراءات جديدة.'],
  ])('%j: place %j, source %j', (text, place, source, rest) => {
    expect(parseDateline(text)).toEqual({ place, source, rest });
    // With no headline, the seed's title is the lede's first sentence, without the dateline.
    const r = lede(text);
    expect([r.dateline, r.source, r.lede, r.titleDerived]).toEqual([place, source, rest, true]);
    expect(r.title).toBe(rest.replace(/[.।]$/u, ''));
    // Under a headline, the place and source are read as a Latin dateline's are.
    const headed = read('h.txt', ` date 2023-05-04 Headline of the story\n${text}\n\nA second paragraph follows here.\n`);
    expect([headed.title, headed.dateline, headed.source, headed.lede]).toEqual(['Headline of the story', place, source, rest]);
    // And in a Markdown seed, with a title and without one.
    const md = read('m.md', `---\ndate: 2023-05-04\n---\n${text}\n\nA second paragraph follows here.\n`);
    expect([md.dateline, md.source, md.lede, md.title]).toEqual([place, source, rest, r.title]);
    const titled = read('t.md', `---\ntitle: Headline of the story\ndate: 2023-05-04\n---\n${text}\n`);
    expect([titled.dateline, titled.source, titled.lede]).toEqual([place, source, rest]);
  });

  it.each([
    // A bracket and a dash in a sentence, with no date nor agency the wires know: no dateline.
    ['قال الوزير (يسار الصورة) - في مؤتمر صحفي - إن الحكومة ستتحرك.'],
    ['وأضاف المتحدث (الذي طلب عدم ذكر اسمه) - إن المحادثات مستمرة.'],
    ['राम (पुत्र) - ने कहा कि वह कल आएंगे।'],
    // No mark after an agency in brackets, and no date: no dateline either.
    ['मुंबई (भाषा) शेयर बाजार में आज तेजी रही।'],
    // A date and a bracket with no mark after them, the bracket naming no agency the wires know.
    ['मुंबई, 4 मई (शनिवार) शेयर बाजार में आज तेजी रही।'],
    // A day of the week in brackets after the date is no agency.
    ['القاهرة، 4 مايو (الأحد) - قال مسؤولون إن المحادثات ستستأنف.'],
  ])('%j is no dateline', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe("the interviewers TASS names at an interview's end, in a Markdown seed as in a text seed (QA 38)", () => {
  const interview = 'Russian Foreign Minister Sergei Lavrov spoke to TASS.\n\n- Mr. Lavrov, how do you assess the talks?\n\n- They were useful.\n\n';
  it.each([
    ['Interviewed by Alexander Rozhkov', ['Alexander Rozhkov']],
    ['Interviewed by Alexander Rozhkov and Ivan Petrov', ['Alexander Rozhkov', 'Ivan Petrov']],
    // With an end mark after it, left out.
    ['Interviewed by Alexander Rozhkov\n\n-30-', ['Alexander Rozhkov']],
    // A sentence that opens alike names nobody.
    ['Interviewed by the police, the driver said nothing.', []],
  ])('%j: the authors are %j, and the line stays', (tail, authors) => {
    const txt = read('i.txt', ` date 2021-06-01 Lavrov: Russia open to dialogue\n${interview}${tail}\n`);
    const md = read('i.md', `---\ntitle: 'Lavrov: Russia open to dialogue'\ndate: 2021-06-01\n---\n${interview}${tail}\n`);
    expect(txt.authors).toEqual(authors);
    expect(md.authors).toEqual(authors);
    expect(htmlOf(md)).toContain(tail.split('\n')[0]!);
  });

  it('comes after a byline and front matter, as the other closing credits do', () => {
    const tail = 'Interviewed by Alexander Rozhkov\n';
    expect(read('b.md', `---\ntitle: Lavrov\ndate: 2021-06-01\n---\nBy JANE ROE, Reuters\n\n${interview}${tail}`).authors).toEqual(['Jane Roe']);
    expect(read('a.md', `---\ntitle: Lavrov\ndate: 2021-06-01\nauthor: Ann Lee\n---\n${interview}${tail}`).authors).toEqual(['Ann Lee']);
  });
});

describe("TASS's name of 1992-2014 in Cyrillic letters, as saved pages keep it (QA 43)", () => {
  it('takes `/ИТАР-ТАСС/` left after a paragraph out of it, as `/ITAR-TASS/` and `/ТАСС/`', () => {
    for (const name of ['ИТАР-ТАСС', 'ITAR-TASS', 'ТАСС']) {
      const r = read('t.txt', ` date 2003-03-01 Переговоры продолжатся\nПереговоры в Женеве продолжатся на следующей неделе, заявил министр. /${name}/\n\nОн выступил в Москве.\n`);
      expect(texts(r)[0]).toBe('Переговоры в Женеве продолжатся на следующей неделе, заявил министр.');
    }
  });

  it("leaves out a photo's caption and credit ending in ИТАР-ТАСС, as one ending in ITAR-TASS", () => {
    for (const credit of ['Министр иностранных дел Игорь Иванов © Александр Щербак/ИТАР-ТАСС', 'Фото: Пресс-служба МИД России/ИТАР-ТАСС', 'Фото: Пресс-служба МИД России/ITAR-TASS']) {
      const r = read('c.txt', ` date 2003-03-01 Переговоры продолжатся\nПереговоры в Женеве продолжатся на следующей неделе, заявил министр.\n\n${credit}\n\nОн выступил в Москве.\n`);
      expect(texts(r)).toEqual(['Переговоры в Женеве продолжатся на следующей неделе, заявил министр.', 'Он выступил в Москве.']);
    }
  });
});
