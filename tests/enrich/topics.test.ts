// Which names become topics (src/enrich/topics.ts): minimum support, the vocabulary, front
// matter, sources and datelines, and independence from the order of the seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { packMentions } from '../../src/enrich/mentions.ts';
import { articleTopics, MentionTable, topicSlug } from '../../src/enrich/topics.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from '../../src/enrich/vocabulary.ts';
import { termCounts } from '../../src/enrich/terms.ts';
import { type Block, MAX_ARTICLE_TOPICS, MAX_TOPIC_NAME, type Mention, type SeedRecord, type TopicRef } from '../../src/types.ts';

function record(id: string, mentions: Mention[], extra: Partial<SeedRecord> = {}): SeedRecord {
  const blocks: Block[] = [{ type: 'paragraph', text: `Text of ${id}.` }];
  return {
    id, file: `${id}.txt`, format: 'text', title: `Title ${id}`, titleDerived: false, date: '2020-01-01', time: null, zone: null, dateline: null, source: null,
    lede: `Lede ${id}.`, summary: `Lede ${id}.`, body: JSON.stringify(blocks), ...termCounts(`Title ${id}`, blocks), digest: `digest-${id}`, fingerprint: `fingerprint-${id}`, words: 3, readingMinutes: 1,
    topics: [], mentions: packMentions(mentions), slug: null, draft: false, lang: null, authors: [], aliases: [], media: [], ...extra,
  };
}

const m = (name: string, kind: Mention['kind'], count = 1): Mention => ({ name, kind, count });
const names = (refs: TopicRef[]): string[] => refs.map((r) => r.name).sort();
const vocabulary = (v: Partial<Vocabulary>): Vocabulary => ({ ...EMPTY_VOCABULARY, ...v });

describe('articleTopics', () => {
  it('keeps a name the archive mentions 3 times, or one article names twice, and drops passing mentions', () => {
    const { topics } = articleTopics([
      record('a', [m('Syria', 'place'), m('Riyad Haddad', 'person'), m('Sochi', 'place', 2), m('Damascus', 'place')]),
      record('b', [m('Syria', 'place'), m('Rex Tillerson', 'person'), m('Damascus', 'place')]),
      record('c', [m('Syria', 'place')]),
    ]);
    expect(names(topics[0]!)).toEqual(['Sochi', 'Syria']);
    expect(names(topics[1]!)).toEqual(['Syria']);
    expect(names(topics[2]!)).toEqual(['Syria']);
  });

  it('keeps a name one article names twice as a topic of that article only', () => {
    const { topics } = articleTopics([record('a', [m('Sochi', 'place', 2)]), record('b', [m('Sochi', 'place')])], vocabulary({ minMentions: 4 }));
    expect(names(topics[0]!)).toEqual(['Sochi']);
    expect(names(topics[1]!)).toEqual([]);
  });

  it('lets topics.yml lower or raise the minimum support', () => {
    const records = [record('a', [m('Syria', 'place', 2), m('Riyad Haddad', 'person')])];
    expect(names(articleTopics(records, vocabulary({ minMentions: 1 })).topics[0]!)).toEqual(['Riyad Haddad', 'Syria']);
    expect(names(articleTopics(records, vocabulary({ minMentionsInArticle: 3 })).topics[0]!)).toEqual([]);
  });

  it('merges spellings into one topic named by the most frequent, and lists the others as aliases', () => {
    const { topics, aliases } = articleTopics([
      record('a', [m('Sergei Lavrov', 'person', 2)]),
      record('b', [m('Sergey Lavrov', 'person')]),
      record('c', [m('Sergei Lavrov', 'person')]),
      record('d', [m('Sergey Lavrov', 'person')]),
    ]);
    expect(topics.map((t) => t.map((r) => r.slug))).toEqual([['sergei-lavrov'], ['sergei-lavrov'], ['sergei-lavrov'], ['sergei-lavrov']]);
    expect(topics[1]![0]!.name).toBe('Sergei Lavrov');
    expect(aliases.get('sergei-lavrov')).toEqual(['Sergey Lavrov']);
  });

  it('lists as aliases the names front matter, sources and datelines spell one topic with', () => {
    const fm = (name: string): TopicRef => ({ slug: topicSlug(name), name, kind: 'subject' });
    const { topics, aliases } = articleTopics([
      record('a', [], { topics: [fm('C++')] }),
      record('b', [], { topics: [fm('C++')] }),
      record('c', [], { topics: [fm('C Plus Plus')], source: 'Interfax-Ukraine' }),
      record('d', [], { source: 'Interfax Ukraine' }),
      record('e', [], { source: 'Interfax-Ukraine' }),
    ]);
    expect(topics[2]!.map((t) => t.name)).toEqual(['C++', 'Interfax-Ukraine']);
    expect(aliases.get('c-plus-plus')).toEqual(['C Plus Plus']);
    expect(aliases.get('interfax-ukraine')).toEqual(['Interfax Ukraine']);
  });

  it("files a news agency's source under the name its datelines give it, whatever the spelling", () => {
    const { topics } = articleTopics([
      record('a', [], { source: 'AP' }),
      record('b', [], { source: 'Associated Press' }),
      record('c', [], { source: 'Agence France-Presse' }),
      record('d', [], { source: 'AFP' }),
      record('e', [], { source: 'AA' }),
      record('f', [], { source: 'Anadolu Agency' }),
    ]);
    expect(topics.map((t) => t.map((r) => r.name))).toEqual([['Associated Press'], ['Associated Press'], ['AFP'], ['AFP'], ['Anadolu Agency'], ['Anadolu Agency']]);
  });

  describe("an agency whose reports write its name in other scripts: one topic, named as the archive writes it most (QA 41)", () => {
    const sourced = (sources: string[], mentions: Mention[][] = []): ReturnType<typeof articleTopics> =>
      articleTopics(sources.map((source, i) => record(`s${i}`, mentions[i] ?? [], { source })));

    it('is ТАСС on a Russian archive, with the URL the name has', () => {
      const { topics, aliases } = sourced(['ТАСС', 'ТАСС', 'ИТАР-ТАСС'], [[m('ТАСС', 'organization')]]);
      expect(topics.map((t) => t.map((r) => r.name))).toEqual([['ТАСС'], ['ТАСС'], ['ТАСС']]);
      expect(topics[2]![0]!.slug).toBe(topicSlug('ТАСС'));
      expect(aliases.get(topicSlug('ТАСС'))).toEqual(['ИТАР-ТАСС']);
    });

    it('is TASS on an English archive', () => {
      const { topics } = sourced(['TASS', 'ITAR-TASS', 'TASS']);
      expect(topics.map((t) => t.map((r) => r.name))).toEqual([['TASS'], ['TASS'], ['TASS']]);
      expect(topics[0]![0]!.slug).toBe('tass');
    });

    it("is the majority's form on a mixed one, the other form one of its spellings, whichever script wins", () => {
      const russian = sourced(['ТАСС', 'TASS', 'ТАСС']);
      expect(russian.topics.map((t) => t.map((r) => r.name))).toEqual([['ТАСС'], ['ТАСС'], ['ТАСС']]);
      expect(new Set(russian.topics.flat().map((r) => r.slug))).toEqual(new Set([topicSlug('ТАСС')]));
      expect(russian.aliases.get(topicSlug('ТАСС'))).toEqual(['TASS']);
      expect(russian.aliases.has('tass')).toBe(false);
      const english = sourced(['TASS', 'ТАСС', 'TASS']);
      expect(english.topics.map((t) => t.map((r) => r.name))).toEqual([['TASS'], ['TASS'], ['TASS']]);
      expect(english.aliases.get('tass')).toEqual(['ТАСС']);
      expect(english.aliases.has(topicSlug('ТАСС'))).toBe(false);
      // The text's mentions of the agency count too, as for any topic's name.
      const mentioned = sourced(['ТАСС', 'TASS'], [[], [m('TASS', 'organization', 2)]]);
      expect(mentioned.topics.map((t) => t.map((r) => r.name))).toEqual([['TASS'], ['TASS']]);
    });

    it('is the name topics.yml gives, whatever the archive writes most', () => {
      const { topics } = articleTopics(['ТАСС', 'ТАСС', 'TASS'].map((source, i) => record(`s${i}`, [], { source })), vocabulary({ topics: [{ name: 'TASS', kind: 'organization', aliases: [] }] }));
      expect(topics.map((t) => t.map((r) => r.name))).toEqual([['TASS'], ['TASS'], ['TASS']]);
    });

    it('merges each agency of the table, a tie going to the first name in code unit order, a name no table knows staying as written', () => {
      const sources = ['Reuters', 'رويترز', 'रॉयटर्स', 'TASS', 'ТАСС', 'Xinhua', '新华社', 'PTI', 'भाषा', 'पीटीआई', 'PTI', 'AFP', 'أ ف ب', 'أ ف ب', 'AP', 'أ ب', 'الأناضول', 'Yonhap', '연합뉴스', 'وكالة محلية'];
      const { topics, aliases } = sourced(sources);
      expect(topics.map((t) => t.map((r) => r.name))).toEqual([
        ['Reuters'], ['Reuters'], ['Reuters'], ['TASS'], ['TASS'], ['Xinhua'], ['Xinhua'], ['PTI'], ['PTI'], ['PTI'], ['PTI'], ['أ ف ب'], ['أ ف ب'], ['أ ف ب'],
        // AP's topic is the Associated Press (see sourceOrganization), Anadolu's alone the name as written.
        ['Associated Press'], ['Associated Press'], ['الأناضول'], ['Yonhap'], ['Yonhap'],
        ['وكالة محلية'],
      ]);
      expect(aliases.get('reuters')).toEqual(['رويترز', 'रॉयटर्स']);
      expect(aliases.get('tass')).toEqual(['ТАСС']);
      expect(aliases.get('pti')).toEqual(['पीटीआई', 'भाषा']);
      expect(aliases.get(topicSlug('أ ف ب'))).toEqual(['AFP']);
      expect(aliases.get('associated-press')).toEqual(['أ ب']);
    });
  });

  it('gives vocabulary names, kinds and aliases precedence, whatever their support', () => {
    const v = vocabulary({ topics: [{ name: 'Geneva talks', kind: 'subject', aliases: ['Geneva process', 'intra-Syrian talks'] }] });
    const { topics, aliases } = articleTopics([record('a', [m('Geneva Process', 'organization')])], v);
    expect(topics[0]).toEqual([{ slug: 'geneva-talks', name: 'Geneva talks', kind: 'subject' }]);
    expect(aliases.get('geneva-talks')).toEqual(expect.arrayContaining(['Geneva process', 'intra-Syrian talks']));
  });

  it('never makes a suppressed name a topic, from the text or from the dateline, in any spelling', () => {
    const v = vocabulary({ suppress: ['permanent mission', 'GENEVA'] });
    const { topics } = articleTopics([record('a', [m('Permanent Mission', 'organization', 5), m('Syria', 'place', 2)], { dateline: 'Geneva' })], v);
    expect(names(topics[0]!)).toEqual(['Syria']);
  });

  it('keeps front matter topics as given, even when suppressed or named once', () => {
    const given: TopicRef = { slug: 'permanent-mission', name: 'Permanent Mission', kind: 'organization' };
    const { topics } = articleTopics([record('a', [], { topics: [given] })], vocabulary({ suppress: ['Permanent Mission'] }));
    expect(topics[0]).toEqual([given]);
  });

  it('files a front matter topic under the name the text\'s mentions of it take: an acronym its body\'s full name, a built-in alias its name (QA 25)', () => {
    const fm = (name: string): TopicRef => ({ slug: topicSlug(name), name, kind: 'subject' });
    const { topics, aliases } = articleTopics([
      record('a', [m('Association of Southeast Asian Nations', 'organization', 2), m('ASEAN', 'organization', 1)]),
      record('b', [], { topics: [fm('ASEAN'), fm('IMF'), fm('Kiev'), fm('Harvest')] }),
      record('c', [m('International Monetary Fund', 'organization', 2)]),
    ]);
    expect(topics[1]!.map((t) => [t.name, t.kind])).toEqual([
      ['Association of Southeast Asian Nations', 'organization'], ['International Monetary Fund', 'organization'], ['Kyiv', 'place'], ['Harvest', 'subject'],
    ]);
    expect(topics[0]!.map((t) => t.slug)).toEqual(['association-of-southeast-asian-nations']);
    expect(aliases.get('association-of-southeast-asian-nations')).toContain('ASEAN');
    // Under the vocabulary's name, and as given where the vocabulary suppresses that name.
    const listed = articleTopics([record('b', [], { topics: [fm('UN')] })], vocabulary({ topics: [{ name: 'The United Nations', kind: 'organization', aliases: ['United Nations'] }] }));
    expect(listed.topics[0]!.map((t) => t.name)).toEqual(['The United Nations']);
    const suppressed = articleTopics([record('b', [], { topics: [fm('UN')] })], vocabulary({ suppress: ['United Nations'] }));
    expect(suppressed.topics[0]!.map((t) => t.name)).toEqual(['UN']);
  });

  it('files a front matter topic the vocabulary names, or gives as an alias, under the vocabulary\'s name and kind, with the text\'s mentions of it (QA 29)', () => {
    const fm = (name: string, kind: TopicRef['kind'] = 'subject'): TopicRef => ({ slug: topicSlug(name), name, kind });
    const v = vocabulary({ topics: [{ name: 'Geneva talks', kind: 'subject', aliases: ['Geneva process'] }, { name: 'City Budget', kind: 'subject', aliases: ['budget'] }, { name: 'Ban Ki-moon', kind: 'person', aliases: [] }] });
    const { topics, aliases } = articleTopics([
      record('a', [], { topics: [fm('Geneva process'), fm('budget'), fm('BAN KI-MOON')] }),
      record('b', [m('Geneva process', 'subject', 2)]),
    ], v);
    expect(topics[0]!.map((t) => [t.name, t.kind])).toEqual([['Geneva talks', 'subject'], ['City Budget', 'subject'], ['Ban Ki-moon', 'person']]);
    // One topic for the front matter's spelling and the text's.
    expect(topics[1]).toEqual([topics[0]![0]]);
    expect(aliases.get('geneva-talks')).toEqual(['Geneva process']);
    expect(aliases.get('city-budget')).toEqual(['budget']);
  });

  it('files a dateline under the city the text names, under the name a city now has, and the country or region after it apart; a state stays with its city', () => {
    const { topics } = articleTopics([
      record('a', [m('Kyiv', 'place')], { source: 'AP', dateline: 'Kyiv, Ukraine' }),
      record('b', [], { source: 'TASS', dateline: 'Kiev' }),
      record('c', [], { source: 'AP', dateline: 'Portland, Ore.' }),
      record('d', [], { source: 'AP', dateline: 'Portland, Maine' }),
      record('e', [], { source: 'Reuters', dateline: 'Brussels/London' }),
      record('f', [], { source: 'AP', dateline: 'Washington' }),
      record('g', [], { source: 'Reuters', dateline: 'Washington/Beijing' }),
    ]);
    const sources = articleTopics([record('a', [], { source: 'ITAR-TASS' }), record('b', [], { source: 'TASS' }), record('c', [], { source: 'Reuter' })]).topics;
    expect(sources.map((list) => list.map((t) => t.slug))).toEqual([['tass'], ['tass'], ['reuters']]);
    // As the English press wrote the name until 2014, in any case (QA 42).
    const itar = articleTopics(['Itar-Tass', 'Itar-TASS', 'TASS'].map((source, i) => record(`i${i}`, [], { source }))).topics;
    expect(itar.map((list) => list.map((t) => `${t.name} ${t.slug}`))).toEqual([['TASS tass'], ['TASS tass'], ['TASS tass']]);
    expect(topics.map((list) => list.filter((t) => t.kind === 'place').map((t) => t.slug))).toEqual([['kyiv', 'ukraine'], ['kyiv'], ['portland-ore'], ['portland-maine'], ['brussels', 'london'], ['washington-d-c'], ['washington-d-c', 'beijing']]);
    expect(articleTopics([record('g', [], { source: 'TASS', dateline: 'Sabetta, Yamal Peninsula' })]).topics[0]!.map((t) => t.slug)).toEqual(['tass', 'sabetta', 'yamal-peninsula']);
  });

  it('parts a dateline at its slash only into places the gazetteer knows (QA 24 b: `N/A` made places N and A)', () => {
    const { topics } = articleTopics([record('a', [], { dateline: 'N/A' }), record('b', [], { dateline: '24/7 Studio' }), record('c', [], { dateline: 'Moscow/Kyiv' })]);
    expect(topics.map((list) => list.filter((t) => t.kind === 'place').map((t) => t.name))).toEqual([['N/A'], ['24/7 Studio'], ['Moscow', 'Kyiv']]);
  });

  it('makes the source an organisation and the dateline a place, though each is named once', () => {
    const { topics } = articleTopics([record('a', [], { source: 'TASS', dateline: 'Geneva' })]);
    expect(topics[0]).toEqual([
      { slug: 'tass', name: 'TASS', kind: 'organization' },
      { slug: 'geneva', name: 'Geneva', kind: 'place' },
    ]);
  });

  it('lists stated topics first, then the most mentioned', () => {
    const { topics } = articleTopics([record('a', [m('Syria', 'place', 2), m('Russia', 'place', 5)], { source: 'TASS' })]);
    // Tied counts go by name, so the order never depends on the seeds' order.
    expect(topics[0]!.map((t) => t.name)).toEqual(['TASS', 'Russia', 'Syria']);
  });

  it(`keeps at most ${MAX_ARTICLE_TOPICS} topics an article, stated ones first, then the most mentioned`, () => {
    const given: TopicRef = { slug: 'given', name: 'Given', kind: 'subject' };
    // 1,000 people, each named twice: every one would be a topic of the article.
    const people = Array.from({ length: 1000 }, (_, i) => m(`Person Number${String(i).padStart(4, '0')}`, 'person', i < 10 ? 5 : 2));
    const { topics } = articleTopics([record('a', people, { topics: [given], source: 'TASS' })]);
    expect(topics[0]).toHaveLength(MAX_ARTICLE_TOPICS);
    expect(topics[0]!.slice(0, 3).map((t) => t.name)).toEqual(['Given', 'TASS', 'Person Number0000']);
    expect(topics[0]!.slice(2, 12).map((t) => t.name)).toEqual(people.slice(0, 10).map((p) => p.name));
  });

  it('does not make a source or dateline too long for a name a topic', () => {
    const long = 'Agency '.repeat(MAX_TOPIC_NAME / 7 + 1).trim();
    const { topics } = articleTopics([record('a', [], { source: long, dateline: 'Geneva' })]);
    expect(topics[0]!.map((t) => t.name)).toEqual(['Geneva']);
  });

  it('gives a name of letters that do not fold into a-z a stable hashed slug instead of losing it', () => {
    const slug = topicSlug('北京');
    expect(slug).toMatch(/^t-[0-9a-f]{10}$/);
    expect(topicSlug('北京')).toBe(slug);
    expect(topicSlug('上海')).not.toBe(slug);
    const { topics } = articleTopics([record('a', [m('北京', 'place', 2)])]);
    expect(topics[0]).toEqual([{ slug, name: '北京', kind: 'place' }]);
  });

  // Records naming some of a few names that merge (spellings, a family name alone), as fast-check makes them.
  const pool = ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov', 'Syria', 'United Nations', 'UN', 'Geneva', 'Staffan de Mistura', 'TASS'];
  const kinds: Mention['kind'][] = ['person', 'person', 'person', 'place', 'organization', 'organization', 'place', 'person', 'organization'];
  const arbRecord = fc.array(fc.tuple(fc.nat(pool.length - 1), fc.integer({ min: 1, max: 3 })), { maxLength: 6 });
  const mentionsOf = (spec: [number, number][]): Mention[] => {
    const mentions = new Map<string, Mention>();
    for (const [p, count] of spec) mentions.set(pool[p]!, m(pool[p]!, kinds[p]!, count));
    return [...mentions.values()];
  };
  const recordsOf = (specs: [number, number][][], prefix = 'r'): SeedRecord[] => specs.map((spec, i) => record(`${prefix}${i}`, mentionsOf(spec)));

  it('gives every seed the same topics whatever order the seeds come in', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { minLength: 1, maxLength: 8 }), fc.infiniteStream(fc.nat()), (specs, randoms) => {
        const records = recordsOf(specs);
        const shuffled = [...records].sort(() => (randoms.next().value % 3) - 1);
        const byId = (rs: SeedRecord[]): Map<string, string[]> => {
          const { topics } = articleTopics(rs);
          return new Map(rs.map((r, i) => [r.id, topics[i]!.map((t) => `${t.kind}:${t.slug}:${t.name}`).sort()]));
        };
        expect(byId(shuffled)).toEqual(byId(records));
      }),
      { numRuns: 150 },
    );
  });

  it('decides the same topics with the mentions parsed by earlier builds (serve) as without', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { minLength: 1, maxLength: 8 }), fc.array(arbRecord, { maxLength: 4 }), arbRecord, (specs, others, edit) => {
        const records = recordsOf(specs);
        const table = new MentionTable();
        // An earlier build met other seeds first, and these in the other order.
        articleTopics([...recordsOf(others, 'o'), ...[...records].reverse()], EMPTY_VOCABULARY, table);
        const decided = (withTable: boolean) => {
          const { topics, aliases } = articleTopics(records, EMPTY_VOCABULARY, withTable ? table : undefined);
          return { topics, aliases: [...aliases] };
        };
        expect(decided(true)).toEqual(decided(false));
        // A record whose mentions changed since is parsed again.
        records[0]!.mentions = packMentions(mentionsOf(edit));
        expect(decided(true)).toEqual(decided(false));
      }),
      { numRuns: 150 },
    );
  });
});

describe('topic indexes', () => {
  it('list the topics that most often share an article with each topic, with how many they share', () => {
    const { archive } = buildArchive([
      record('a', [m('Syria', 'place'), m('Geneva', 'place', 2), m('Sergei Lavrov', 'person', 2)]),
      record('b', [m('Syria', 'place'), m('Geneva', 'place', 2)], { date: '2020-01-02' }),
      record('c', [m('Syria', 'place'), m('Sergei Lavrov', 'person', 2), m('Russia', 'place', 2)], { date: '2020-01-03' }),
    ]);
    const syria = archive.topics.find((t) => t.slug === 'syria')!;
    expect(syria.articles).toHaveLength(3);
    expect(syria.first).toBe('2020-01-01');
    expect(syria.last).toBe('2020-01-03');
    expect(syria.cooccurring).toEqual([{ slug: 'geneva', count: 2 }, { slug: 'sergei-lavrov', count: 2 }, { slug: 'russia', count: 1 }]);
  });
});
