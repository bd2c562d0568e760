// The placement memo `serve` keeps: a rebuild reuses the last build's choice of articles, their
// topics and the archive's topic index only where they cannot differ, and otherwise decides anew. Whatever the changes,
// its results are those of deciding from scratch.
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildArchive, chooseArticles, indexArchive, placeChosen } from '../../src/archive/build.ts';
import { PlacementMemo, type PlacementState } from '../../src/archive/memo.ts';
import { loadPlacement, savePlacement } from '../../src/archive/placement-file.ts';
import { articleTopics, MentionTable } from '../../src/enrich/topics.ts';
import { EMPTY_VOCABULARY, parseVocabulary } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { sameTopics } from '../../src/archive/topic-index.ts';
import type { SeedRecord, TopicRef } from '../../src/types.ts';
import { tempDir } from '../helpers/cli.ts';
import { random as seeded } from '../helpers/relating.ts';

function record(file: string, text: string): SeedRecord {
  const read = readSeed(file, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.record;
}

const PEOPLE = ['Anna Lindqvist', 'Pedro Alvarez', 'Mei Chen', 'Omar Haddad'];
const PLACES = ['GENEVA', 'NAIROBI', 'OSLO'];

/** A seed's text from a few numbers, so that a random walk can change any part of it. */
function seedText(n: { day: number; title: number; person: number; place: number; body: number }): string {
  const body = `${PEOPLE[n.person % PEOPLE.length]} said the talks would go on. ${PEOPLE[(n.person + 1) % PEOPLE.length]} agreed. Sentence ${n.body}.`;
  const lede = n.title % 3 === 0 ? '' : `Talks report ${n.title}\n`;
  return ` date 2019-03-1${n.day % 3} ${lede}${PLACES[n.place % PLACES.length]}, March 1${n.day % 3} (Reuters) - ${body}\n`;
}

/** The decisions compared: records by file, everything else as it is. */
function chosenShape(chosen: ReturnType<typeof chooseArticles>): unknown {
  return { ...chosen, records: chosen.records.map((r) => r.file) };
}

describe('the placement memo', () => {
  it('gives what deciding anew gives, through edits, duplicates, drafts, additions and deletions, also kept on disk and taken up', async () => {
    const file = path.join(await tempDir(), 'placement.bin');
    // The same walk on every run.
    const next = seeded(7);
    const random = (n: number): number => Math.floor(next() * n);
    const shapes = new Map<string, { day: number; title: number; person: number; place: number; body: number }>();
    for (let i = 0; i < 12; i++) shapes.set(`s${i}.txt`, { day: random(3), title: random(6), person: random(4), place: random(3), body: random(3) });
    const records = new Map([...shapes].map(([file, n]) => [file, record(file, seedText(n))]));
    let memo = new PlacementMemo();
    // The last build's records, by file: what a memo kept on disk is restored with (see placement-file.ts).
    let lastRecords = new Map<string, SeedRecord>();
    let restored = 0;
    let reusedChoices = 0;
    let reusedTopics = 0;
    let lastChosen: unknown = null;
    let lastTopics: unknown = null;
    let reusedIndexes = 0;
    let lastIndex: unknown = null;
    let updatedChoices = 0;
    let updatedIndexes = 0;
    let lastTopicsOf = new Map<string, TopicRef[]>();
    let keptLists = 0;
    for (let step = 0; step < 300; step++) {
      // One or two seeds change: a sentence, a name, the place, the title, the day, or the
      // seed goes or comes back; or one takes another's text (a duplicate) and gives it up.
      for (let k = 0; k <= random(2); k++) {
        const file = `s${random(14)}.txt`;
        const n = shapes.get(file);
        const change = random(8);
        if (!n) {
          const added = { day: random(3), title: random(6), person: random(4), place: random(3), body: random(3) };
          shapes.set(file, added);
          records.set(file, record(file, seedText(added)));
          continue;
        }
        if (change === 0) {
          shapes.delete(file);
          records.delete(file);
          continue;
        }
        const other = [...shapes.values()][random(shapes.size)]!;
        const next = change === 1 ? { ...n, body: random(3) } : change === 2 ? { ...n, person: random(4) } : change === 3 ? { ...n, place: random(3) } : change === 4 ? { ...n, title: random(6) } : change === 5 ? { ...n, day: random(3) } : change === 6 ? { ...other } : { ...n, body: n.body + 3 };
        shapes.set(file, next);
        records.set(file, record(file, seedText(next)));
      }
      const list = [...records.values()];
      // Now and then as a one-off build finds it: the last build's memo, kept on disk, taken up with its records.
      if (step % 3 === 2) {
        await savePlacement(file, 'v', 'g', 'b', memo.state());
        const taken = new PlacementMemo();
        expect(taken.restore((await loadPlacement(file, 'v'))!.state, lastRecords)).toBe(true);
        memo = taken;
        restored++;
      }
      lastRecords = new Map(records);
      const chosen = memo.choose(list, false);
      expect(chosenShape(chosen)).toEqual(chosenShape(chooseArticles(list, { keepDuplicates: false })));
      // The chosen records are this build's objects, not the last build's.
      for (const r of chosen.records) expect(r).toBe(records.get(r.file));
      const topics = memo.topics(chosen.records, EMPTY_VOCABULARY);
      expect(topics).toEqual(articleTopics(chosen.records, EMPTY_VOCABULARY));
      // One object for each topic, in every list and source, whatever lists were handed on from the last decision (see topic-reuse.ts).
      const refOf = new Map<string, TopicRef>();
      for (const t of [...topics.topics.flat(), ...topics.sources.values()]) expect(refOf.get(t.slug) ?? (refOf.set(t.slug, t), t)).toBe(t);
      // Decided anew, the lists of records whose topics did not change are the last ones (those read from disk, when the memo was taken up).
      if (!memo.reused.topics && step % 3 !== 2) {
        chosen.records.forEach((r, i) => {
          const before = lastTopicsOf.get(r.file);
          if (before && sameTopics(before, topics.topics[i]!)) {
            expect(topics.topics[i]).toBe(before);
            keptLists++;
          }
        });
      }
      lastTopicsOf = new Map(chosen.records.map((r, i) => [r.file, topics.topics[i]!]));
      // And the archive's topic index (see PlacementMemo.topicIndex), with the rest of the archive.
      const archive = indexArchive(placeChosen(chosen, { placement: memo }), undefined, memo);
      expect(archive).toEqual(buildArchive(list).archive);
      if (chosen.slugs === (lastChosen as typeof chosen | null)?.slugs) reusedChoices++;
      if (topics === lastTopics) reusedTopics++;
      if (archive.topics === lastIndex) reusedIndexes++;
      if (memo.updated.choice) updatedChoices++;
      if (memo.updated.index) updatedIndexes++;
      lastChosen = chosen;
      lastTopics = topics;
      lastIndex = archive.topics;
    }
    // The walk reused decisions where it could: it is not deciding anew each time.
    expect(reusedChoices).toBeGreaterThan(20);
    expect(reusedTopics).toBeGreaterThan(20);
    expect(reusedIndexes).toBeGreaterThan(20);
    // And updated the choice and the index where seeds came, went or moved.
    expect(updatedChoices).toBeGreaterThan(50);
    expect(updatedIndexes).toBeGreaterThan(100);
    expect(keptLists).toBeGreaterThan(300);
    expect(restored).toBe(100);
  });

  it('counts fingerprints by a pass over the records for a few changed, from a map for many, and chooses as from scratch either way', () => {
    // Seed n's text, with `body`; under the name of seed `as` (another's text, a duplicate) if given.
    const text = (n: number, body: number, as = n): SeedRecord => record(`m${as}.txt`, seedText({ day: n % 3, title: n, person: n % 4, place: n % 3, body }));
    let list = Array.from({ length: 20 }, (_, n) => text(n, n));
    const memo = new PlacementMemo();
    const step = (next: SeedRecord[]): void => {
      list = next;
      expect(chosenShape(memo.choose(list, false))).toEqual(chosenShape(chooseArticles(list, { keepDuplicates: false })));
    };
    step(list);
    // Six texts changed (twelve fingerprints asked for): counted into a map, the choice reused.
    step(list.map((r, n) => (n < 6 ? text(n, 100 + n) : r)));
    expect(memo.reused.choice).toBe(true);
    // One text changed, then one record given another's text: counted from that map, kept up to
    // date; the duplicate is found, and the choice made anew.
    step(list.map((r, n) => (n === 7 ? text(7, 200) : r)));
    expect(memo.reused.choice).toBe(true);
    step(list.map((r, n) => (n === 8 ? text(0, 100, 8) : r)));
    expect(chooseArticles(list, { keepDuplicates: false }).duplicates.length).toBe(1);
    // From a memo taken up from a state: no map yet, a few fingerprints counted by a pass; a duplicate again.
    const taken = new PlacementMemo();
    expect(taken.restore(deserialize(serialize(memo.state())) as PlacementState, new Map(list.map((r) => [r.file, r])))).toBe(true);
    for (const change of [(r: SeedRecord, n: number) => (n === 9 ? text(9, 300) : r), (r: SeedRecord, n: number) => (n === 10 ? text(9, 300, 10) : r)]) {
      const next = list.map(change);
      expect(chosenShape(taken.choose(next, false))).toEqual(chosenShape(chooseArticles(next, { keepDuplicates: false })));
      list = next;
    }
    expect(chooseArticles(list, { keepDuplicates: false }).duplicates.length).toBe(2);
  });

  it('updates the choice day by day as Markdown seeds come, go, change day, time, slug or draft, and chooses anew once any asks for an old path', () => {
    // The same walk on every run.
    const next = seeded(11);
    const random = (n: number): number => Math.floor(next() * n);
    // Few days, titles and slugs, so that seeds clash on a day: derived slugs take -2, -3, and a
    // slug asked for twice is refused (a problem) until one of the two goes.
    interface Shape { day: number; time: number; title: number; slug: number; draft: boolean; body: number; alias: boolean }
    const text = (n: Shape): string => {
      const lines = [`title: Council report ${n.title}`, `date: 2019-03-1${n.day}${n.time ? `T0${n.time}:00:00Z` : ''}`];
      if (n.slug) lines.push(`slug: vote-${n.slug}`);
      if (n.draft) lines.push('draft: true');
      if (n.alias) lines.push('aliases: [/old/vote/]');
      return `---\n${lines.join('\n')}\n---\nThe council met in Oslo. Item ${n.body}.\n`;
    };
    const shape = (): Shape => ({ day: random(3), time: random(3), title: random(4), slug: random(4) === 0 ? 1 + random(2) : 0, draft: random(8) === 0, body: random(60), alias: false });
    const shapes = new Map<string, Shape>();
    for (let i = 0; i < 16; i++) shapes.set(`posts/p${i}.md`, shape());
    const records = new Map([...shapes].map(([file, n]) => [file, record(file, text(n))]));
    const memo = new PlacementMemo();
    let updated = 0;
    let anew = 0;
    let problems = 0;
    for (let step = 0; step < 400; step++) {
      for (let k = 0; k <= random(3); k++) {
        const file = `posts/p${random(20)}.md`;
        const n = shapes.get(file);
        const change = random(9);
        let next: Shape | null;
        if (!n) next = shape();
        else if (change === 0) next = null;
        else if (change === 1) next = { ...n, day: random(3) };
        else if (change === 2) next = { ...n, time: random(3) };
        else if (change === 3) next = { ...n, title: random(4) };
        else if (change === 4) next = { ...n, slug: random(3) };
        else if (change === 5) next = { ...n, draft: !n.draft };
        else if (change === 6) next = { ...[...shapes.values()][random(shapes.size)]! };
        // Old paths only in the second half of the walk, and rarely: while any seed asks for one, the choice is made anew.
        else if (change === 7 && step >= 200 && random(4) === 0) next = { ...n, alias: !n.alias };
        else next = { ...n, body: random(60) };
        if (next) {
          shapes.set(file, next);
          records.set(file, record(file, text(next)));
        } else {
          shapes.delete(file);
          records.delete(file);
        }
      }
      const list = [...records.values()];
      const chosen = memo.choose(list, step % 50 === 49);
      expect(chosenShape(chosen)).toEqual(chosenShape(chooseArticles(list, { keepDuplicates: step % 50 === 49 })));
      for (const r of chosen.records) expect(r).toBe(records.get(r.file));
      if (memo.updated.choice) updated++;
      if (!memo.reused.choice) anew++;
      problems += chosen.problems.length;
    }
    // The walk went through updates, choices made anew, and slugs refused.
    expect(updated).toBeGreaterThan(60);
    expect(anew).toBeGreaterThan(20);
    expect(problems).toBeGreaterThan(50);
  });

  it('taken up from its state, reuses what it decided for the same records, and refuses a state that names a record not there', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 0 }));
    const memo = new PlacementMemo();
    const archive = indexArchive(placeChosen(memo.choose([a, b], false), { placement: memo }), undefined, memo);
    const state = deserialize(serialize(memo.state())) as PlacementState;
    expect(new PlacementMemo().restore(state, new Map([['a.txt', a]]))).toBe(false);
    const taken = new PlacementMemo();
    expect(taken.empty).toBe(true);
    expect(taken.restore(state, new Map([['a.txt', a], ['b.txt', b]]))).toBe(true);
    expect(taken.empty).toBe(false);
    // The records' mentions come parsed with the state: only a record read anew is parsed.
    const c = record('c.txt', seedText({ day: 2, title: 3, person: 2, place: 2, body: 0 }));
    const withC = new PlacementMemo();
    expect(withC.restore(state, new Map([['a.txt', a], ['b.txt', b]]))).toBe(true);
    const three = withC.choose([a, b, c], false);
    expect(withC.topics(three.records, EMPTY_VOCABULARY)).toEqual(articleTopics(three.records, EMPTY_VOCABULARY));
    expect(withC.mentions.parses).toBe(1);
    // b's text changes, not what its placement reads: every decision is the one kept.
    const edited = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 5 }));
    const again = indexArchive(placeChosen(taken.choose([a, edited], false), { placement: taken }), undefined, taken);
    expect(taken.reused).toEqual({ choice: true, topics: true, index: true });
    expect(again.articles[1]!.topics).toBe(state.decided!.result.topics[1]);
    expect(again.topics).toBe(state.indexed!.result);
    expect(again).toEqual(buildArchive([a, edited]).archive);
    expect(archive.topics).toEqual(again.topics);
    // The mentions kept, as they were, for the next process: the edited record's are the same.
    expect(taken.state().mentions).toEqual(state.mentions);
    // As a memo that parsed them itself (serve's) keeps them, through the record read again.
    indexArchive(placeChosen(memo.choose([a, edited], false), { placement: memo }), undefined, memo);
    expect(memo.reused.topics).toBe(true);
    expect(memo.state().mentions).toEqual(state.mentions);
  });

  it('gives its state later, as it was when asked, until a decision is taken again', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 0 }));
    const memo = new PlacementMemo();
    indexArchive(placeChosen(memo.choose([a, b], false), { placement: memo }), undefined, memo);
    const later = memo.later();
    expect(later()).toEqual(memo.state());
    // Asked again, while nothing changed: the same state, taken anew.
    expect(later()).toEqual(memo.state());
    // A later build changes the memo, whatever it decides: the state of the earlier one is gone.
    const c = record('c.txt', seedText({ day: 2, title: 3, person: 2, place: 2, body: 0 }));
    const chosen = memo.choose([a, b, c], false);
    expect(later()).toBeNull();
    const afterChoice = memo.later();
    memo.topics(chosen.records, EMPTY_VOCABULARY);
    expect(afterChoice()).toBeNull();
    const afterTopics = memo.later();
    indexArchive(placeChosen(chosen, { placement: memo }), undefined, memo);
    expect(afterTopics()).toBeNull();
    const whole = memo.later();
    expect(whole()!.chosen!.result.records).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const state = deserialize(serialize(memo.state())) as PlacementState;
    expect(memo.restore(state, new Map([a, b, c].map((r) => [r.file, r])))).toBe(true);
    expect(whole()).toBeNull();
  });

  it('takes up records\' mentions as another table parsed them, renumbered into a table that has names of its own, and refuses a snapshot of other records', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 0 }));
    const c = record('c.txt', seedText({ day: 2, title: 3, person: 3, place: 2, body: 0 }));
    const first = new MentionTable();
    articleTopics([a, b], EMPTY_VOCABULARY, first);
    const snapshot = first.snapshot([a, b])!;
    expect(snapshot.names.length).toBeGreaterThan(2);
    const other = new MentionTable();
    other.pairsOf(c);
    expect(other.restore(snapshot, [a])).toBe(false);
    expect(other.restore(snapshot, [a, b])).toBe(true);
    expect(articleTopics([a, b, c], EMPTY_VOCABULARY, other)).toEqual(articleTopics([a, b, c], EMPTY_VOCABULARY));
    expect(other.parses).toBe(1);
    // A record whose mentions changed since is parsed again; one never parsed has no snapshot.
    const edited = record('b.txt', seedText({ day: 1, title: 2, person: 2, place: 1, body: 0 }));
    expect(articleTopics([a, edited, c], EMPTY_VOCABULARY, other)).toEqual(articleTopics([a, edited, c], EMPTY_VOCABULARY));
    expect(other.parses).toBe(2);
    expect(new MentionTable().snapshot([a])).toBeNull();
  });

  it('reuses the choice and the topics after an edit of a sentence, and decides anew when the vocabulary changes', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 0 }));
    const memo = new PlacementMemo();
    const first = memo.choose([a, b], false);
    const topics = memo.topics(first.records, EMPTY_VOCABULARY);
    const edited = record('b.txt', seedText({ day: 1, title: 2, person: 1, place: 1, body: 5 }));
    const second = memo.choose([a, edited], false);
    expect(second.slugs).toBe(first.slugs);
    expect(second.records[1]).toBe(edited);
    expect(memo.topics(second.records, EMPTY_VOCABULARY)).toBe(topics);
    const vocabulary = parseVocabulary('suppress: [Geneva]\n', 'topics.yml');
    const again = memo.topics(second.records, vocabulary);
    expect(again).not.toBe(topics);
    expect(again).toEqual(articleTopics(second.records, vocabulary));
  });

  it('indexes the topics anew when an article moves to another day in the same place', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 1, title: 2, person: 0, place: 0, body: 1 }));
    const memo = new PlacementMemo();
    const first = indexArchive(placeChosen(memo.choose([a, b], false), { placement: memo }), undefined, memo);
    // b moves from the 11th to the 12th: still after a, with the same topics (the same arrays).
    const later = record('b.txt', seedText({ day: 2, title: 2, person: 0, place: 0, body: 1 }));
    const second = indexArchive(placeChosen(memo.choose([a, later], false), { placement: memo }), undefined, memo);
    expect(second.articles[1]!.topics).toBe(first.articles[1]!.topics);
    const geneva = (topics: typeof first.topics) => topics.find((t) => t.name === 'Geneva')!;
    expect(geneva(first.topics).last).toBe('2019-03-11');
    expect(geneva(second.topics).last).toBe('2019-03-12');
    expect(second).toEqual(buildArchive([a, later]).archive);
  });

  it('decides anew when an edit makes a seed a duplicate of another, or when duplicates are kept', () => {
    const a = record('a.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    const b = record('b.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 1 }));
    const memo = new PlacementMemo();
    expect(memo.choose([a, b], false).duplicates).toEqual([]);
    const same = record('b.txt', seedText({ day: 0, title: 1, person: 0, place: 0, body: 0 }));
    expect(memo.choose([a, same], false).duplicates).toEqual([{ file: 'b.txt', duplicateOf: 'a.txt' }]);
    expect(memo.choose([a, same], true).records.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
  });
});
