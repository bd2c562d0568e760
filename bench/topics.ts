// `npm run bench:topics`: precision and recall of entity extraction per kind, against the
// hand-labelled gold set in tests/fixtures/topics-gold/ (100 documents of ../shared/corpus and
// the two real seeds), for each part of the set and for the whole, so that rules tuned on one part
// can be checked on the other. Prints the figures and the cost (extraction only, on the gold
// documents and on their first 1,000 characters, as short wire stories are; and generated seeds read
// as a build reads them, when bench/.work has them); with --misses what
// was missed and what was wrong, with --subjects the subjects found (the gold set has none).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canonicalise, type EntityKind, extractMentions, nameKey, tokenize } from '../src/enrich/entities.ts';
import { readSeed } from '../src/seeds/read.ts';
import { blocksOf, blockText } from '../src/seeds/words.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = ['part1.jsonl', 'part2.jsonl'].map((f) => path.join(ROOT, 'tests/fixtures/topics-gold', f));
const CORPUS = path.resolve(ROOT, '../shared/corpus/seeds');

interface Gold {
  file: string;
  part: string;
  people: string[];
  places: string[];
  organizations: string[];
}

const KINDS: [EntityKind, 'people' | 'places' | 'organizations'][] = [['person', 'people'], ['place', 'places'], ['organization', 'organizations']];

/** Names compared as the archive merges them: case, accents, transliteration, nicknames and initials folded. */
function matchKey(name: string, kind: EntityKind): string {
  return nameKey(name, kind).replace(/\s+/g, ' ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false }, subjects: { type: 'boolean', default: false } } });
  const gold: Gold[] = [];
  for (const f of GOLD) {
    for (const line of (await readFile(f, 'utf8')).split('\n')) if (line.trim()) gold.push({ ...(JSON.parse(line) as Gold), part: path.basename(f, '.jsonl') });
  }
  const parts = [...new Set(gold.map((g) => g.part)), 'all'];
  const tally = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (part: string, kind: EntityKind): { tp: number; fp: number; fn: number } => {
    const key = `${part}:${kind}`;
    if (!tally.has(key)) tally.set(key, { tp: 0, fp: 0, fn: 0 });
    return tally.get(key)!;
  };
  let chars = 0;
  const docs: { text: string; title: string }[] = [];
  for (const g of gold) {
    const file = g.file.startsWith('seeds/') ? path.join(ROOT, g.file) : path.join(CORPUS, g.file);
    if (!existsSync(file)) throw new Error(`${file} is missing: the benchmark needs ../shared/corpus beside the repository`);
    const result = readSeed(path.basename(file), await readFile(file));
    if (!result.ok) throw new Error(`${g.file}: ${result.problems[0]?.message}`);
    const r = result.record;
    const text = [r.dateline, r.source, ...blocksOf(r).map(blockText)].filter(Boolean).join('\n');
    chars += text.length + r.title.length;
    docs.push({ text, title: r.title });
  }
  // The first call builds the word lists' sets (a one-off per build), timed on its own.
  let started = performance.now();
  extractMentions('Warm-up in Geneva.');
  const loadMs = performance.now() - started;
  started = performance.now();
  const perDoc = docs.map((d) => extractMentions(d.text, d.title));
  // Names are merged across the whole set, as the archive merges them across all its articles.
  const canonical = canonicalise(perDoc);
  const coldMs = performance.now() - started;
  // A build extracts from thousands of articles: the steady state is the best of a few passes.
  const best = (run: () => void): number => {
    let low = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      const t = performance.now();
      run();
      low = Math.min(low, performance.now() - t);
    }
    return low;
  };
  const ms = best(() => canonicalise(docs.map((d) => extractMentions(d.text, d.title))));
  // The tokenizer alone (tokens, sentences, coarse parts of speech): the floor under the rules.
  const tokenMs = best(() => docs.forEach((d) => tokenize(`${d.title}\n${d.text}`)));
  // Short articles: the first 1,000 characters of each, cut at a word.
  const shorts = docs.map((d) => ({ text: d.text.slice(0, 1000).replace(/\S*$/, ''), title: d.title }));
  const shortMs = best(() => canonicalise(shorts.map((d) => extractMentions(d.text, d.title))));
  // Generated seeds (`npm run bench` writes them; about 1.6 KB each), read as a build reads them.
  const generatedDir = path.join(ROOT, 'bench/.work/seeds-10000');
  let generated = '';
  if (existsSync(generatedDir)) {
    const files = readdirSync(generatedDir).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort().slice(0, 1000);
    const seeds = await Promise.all(files.map(async (f) => ({ f, bytes: await readFile(path.join(generatedDir, f)) })));
    const bytes = seeds.reduce((a, s) => a + s.bytes.length, 0);
    const readMs = best(() => seeds.forEach((s) => readSeed(s.f, s.bytes)));
    generated = `  ${files.length} generated seeds (${Math.round(bytes / files.length)} bytes each) read with their extraction: ${Math.round((readMs / files.length) * 1000)} ms per 1,000`;
  }
  gold.forEach((g, i) => {
    const mentions = canonical[i]!;
    for (const [kind, field] of KINDS) {
      const want = new Set((g[field] as string[]).map((n) => matchKey(n, kind)));
      const got = new Set(mentions.filter((m) => m.kind === kind).map((m) => matchKey(m.name, kind)));
      const missed = [...want].filter((w) => !got.has(w));
      const wrong = [...got].filter((x) => !want.has(x));
      for (const t of [count(g.part, kind), count('all', kind)]) {
        t.tp += want.size - missed.length;
        t.fn += missed.length;
        t.fp += wrong.length;
      }
      if (values.misses && (missed.length || wrong.length)) console.log(`${g.part} ${g.file} ${kind}\n  missed: ${missed.join(' | ')}\n  wrong:  ${wrong.join(' | ')}`);
    }
  });
  if (values.subjects) {
    gold.forEach((g, i) => {
      const subjects = canonical[i]!.filter((m) => m.kind === 'subject').map((m) => `${m.name} (${m.count})`);
      if (subjects.length) console.log(`${g.file} subjects: ${subjects.join(' | ')}`);
    });
  }
  const n = docs.length;
  const per1000 = (x: number): string => `${Math.round((x / n) * 1000)} ms per 1,000 articles`;
  console.log(`Entity extraction on ${n} hand-labelled documents (${Math.round(chars / 1000)} K characters, ${Math.round(chars / n)} a document):`);
  console.log(`  ${per1000(ms)} (first pass, code not yet optimised by the engine: ${per1000(coldMs)}; the tokenizer alone: ${per1000(tokenMs)})`);
  console.log(`  the same cut to 1,000 characters: ${per1000(shortMs)}; the first call: ${Math.round(loadMs)} ms`);
  if (generated) console.log(generated);
  console.log(`  subjects found: ${canonical.flat().filter((m) => m.kind === 'subject').length} (the gold set has none; --subjects lists them)`);
  for (const part of parts) {
    console.log(`${part}: kind      precision  recall  (true+, false+, missed)`);
    for (const [kind] of KINDS) {
      const t = count(part, kind);
      const p = t.tp / Math.max(1, t.tp + t.fp);
      const rc = t.tp / Math.max(1, t.tp + t.fn);
      console.log(`  ${kind.padEnd(14)} ${p.toFixed(2).padStart(9)} ${rc.toFixed(2).padStart(7)}  (${t.tp}, ${t.fp}, ${t.fn})`);
    }
  }
}

await main();
