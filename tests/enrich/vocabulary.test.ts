// topics.yml (src/enrich/vocabulary.ts): what it accepts, and every mistake reported with its line.
import { describe, expect, it } from 'vitest';
import { EMPTY_VOCABULARY, parseVocabulary, VocabularyError } from '../../src/enrich/vocabulary.ts';

function errorOf(text: string): VocabularyError {
  try {
    parseVocabulary(text, 'topics.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError);
    return error as VocabularyError;
  }
  throw new Error('expected a VocabularyError');
}

describe('parseVocabulary', () => {
  it('reads topics with kinds and aliases, suppressed names and the minimum support', () => {
    const v = parseVocabulary(
      `# canonical names win over extraction
topics:
  - name: Sergei Lavrov
    kind: person
    aliases: [Sergey Lavrov, Lavrov]
  - name: Geneva talks
    kind: subject
suppress:
  - Permanent Mission
  - "UN Office"
min_mentions: 4
min_mentions_in_article: 3
`,
      'topics.yml',
    );
    expect(v).toEqual({
      topics: [
        { name: 'Sergei Lavrov', kind: 'person', aliases: ['Sergey Lavrov', 'Lavrov'] },
        { name: 'Geneva talks', kind: 'subject', aliases: [] },
      ],
      suppress: ['Permanent Mission', 'UN Office'],
      minMentions: 4,
      minMentionsInArticle: 3,
    });
  });

  it('treats an empty or comment-only file as no vocabulary', () => {
    for (const text of ['', '# nothing yet\n', '---\n']) {
      expect(parseVocabulary(text, 'topics.yml')).toEqual(EMPTY_VOCABULARY);
      expect(EMPTY_VOCABULARY).toMatchObject({ minMentions: 3, minMentionsInArticle: 2 });
    }
  });

  it('drops control characters from names and aliases, closes the overrides they leave open, and keeps an alias repeating its own name', () => {
    const v = parseVocabulary('topics:\n  - name: "Ev\\u202Eil\\u001b[2J"\n    kind: person\n    aliases: ["A\\tB", "ev\\u202eil\\u001b[2J"]\n', 'topics.yml');
    expect(v.topics[0]).toEqual({ name: 'Ev\u202eil[2J\u202c', kind: 'person', aliases: ['A B', 'ev\u202eil[2J\u202c'] });
  });

  it('keeps names as written: no YAML type turns a name into a number, date or boolean', () => {
    const v = parseVocabulary('suppress: ["2017-11-14", "yes"]\ntopics:\n  - {name: "1984", kind: subject}\n', 'topics.yml');
    expect(v.suppress).toEqual(['2017-11-14', 'yes']);
    expect(v.topics[0]!.name).toBe('1984');
  });

  it.each([
    ['topics:\n  - name: X\n    kind: animal\n', 3, 'kind "animal" is not one of person, place, organization, subject'],
    ['topics:\n  - name: X\n    kind: place\n    alias: [Y]\n', 4, 'unknown key "alias"'],
    ['topic:\n  - name: X\n', 1, 'unknown key "topic"'],
    ['topics:\n  - name: X\n    kind: place\n  - name: x\n    kind: person\n', 4, '"x" is already named on line 2'],
    ['topics:\n  - name: European Union\n    kind: organization\n  - name: NATO\n    kind: organization\n    aliases: [OTAN, european union]\n', 6, 'alias "european union" of "NATO" is already a topic on line 2'],
    ['topics:\n  - name: NATO\n    kind: organization\n    aliases:\n      - EU\n  - name: European Union\n    kind: organization\n    aliases: [EU]\n', 8, 'alias "EU" of "European Union" is already an alias of "NATO" on line 5'],
    ['topics:\n  - name: NATO\n    kind: organization\n    aliases: [EU]\n  - name: eu\n    kind: organization\n', 5, '"eu" is already an alias of "NATO" on line 4'],
    ['suppress: [Lavrov]\ntopics:\n  - name: Sergei Lavrov\n    kind: person\n    aliases: [Lavrov]\n', 1, '"Lavrov" is suppressed, but it is an alias of "Sergei Lavrov" on line 5'],
    ['topics:\n  - name: Geneva\n    kind: place\nsuppress:\n  - geneva\n', 5, '"geneva" is suppressed, but it is a topic on line 2'],
    [`topics:\n  - name: ${'N'.repeat(201)}\n    kind: place\n`, 2, `a topic's "name" is 201 characters long, over the 200 a topic name can have`],
    ['topics:\n  - name: X\n    kind: place\n    aliases: ["\\u0007"]\n', 4, 'each alias must be a non-empty text'],
    ['topics: Geneva\n', 1, 'topics must be a list'],
    ['topics:\n  - Geneva\n', 2, 'each topic must be a mapping'],
    ['topics:\n  - kind: place\n', 2, 'a topic\'s "name" must be a non-empty text'],
    ['suppress:\n  - [a, b]\n', 2, 'each suppressed name must be a non-empty text'],
    ['min_mentions: 0\n', 1, 'min_mentions must be a whole number'],
    ['min_mentions: two\n', 1, 'min_mentions must be a whole number'],
    ['min_mentions_in_article: 1.5\n', 1, 'min_mentions_in_article must be a whole number'],
    ['topics:\n  - name: "unclosed\n', 2, 'not valid YAML'],
    ['- a list\n', 1, 'expected a mapping'],
  ])('reports %j at line %i', (text, line, message) => {
    const e = errorOf(text);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`topics.yml:${line}: `);
    expect(e.message).toContain(message);
  });

  it('never runs code or follows tags: a !!js tag is an error, not a function', () => {
    const e = errorOf('suppress:\n  - !!js/function "function () { return 1 }"\n');
    expect(e.message).toContain("topics.yml:2: ");
  });
});
