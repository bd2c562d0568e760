// `npm run bench:topics`: precision and recall of entity extraction per kind, against the
// hand-labelled gold set in tests/fixtures/topics-gold/ (100 documents of ../shared/corpus and
// the two real seeds). Prints the figures, and with --misses what was missed and what was wrong.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { canonicalise, type EntityKind, extractMentions, type Mention, nameKey } from '../src/enrich/entities.ts';
import { readSeed } from '../src/seeds/read.ts';
import { blockText } from '../src/seeds/words.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOLD = ['part1.jsonl', 'part2.jsonl'].map((f) => path.join(ROOT, 'tests/fixtures/topics-gold', f));
const CORPUS = path.resolve(ROOT, '../shared/corpus/seeds');

interface Gold {
  file: string;
  people: string[];
  places: string[];
  organizations: string[];
}

const KINDS: [EntityKind, keyof Gold][] = [['person', 'people'], ['place', 'places'], ['organization', 'organizations']];

/** Names compared as the archive merges them: case, accents, transliteration, nicknames and initials folded. */
function matchKey(name: string, kind: EntityKind): string {
  return nameKey(name, kind).replace(/\s+/g, ' ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
  const gold: Gold[] = [];
  for (const f of GOLD) for (const line of (await readFile(f, 'utf8')).split('\n')) if (line.trim()) gold.push(JSON.parse(line) as Gold);
  const tally = new Map<EntityKind, { tp: number; fp: number; fn: number }>(KINDS.map(([k]) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const started = performance.now();
  let docs = 0;
  let chars = 0;
  const perDoc: Mention[][] = [];
  for (const g of gold) {
    const file = g.file.startsWith('seeds/') ? path.join(ROOT, g.file) : path.join(CORPUS, g.file);
    if (!existsSync(file)) throw new Error(`${file} is missing: the benchmark needs ../shared/corpus beside the repository`);
    const result = readSeed(path.basename(file), await readFile(file));
    if (!result.ok) throw new Error(`${g.file}: ${result.problems[0]?.message}`);
    const r = result.record;
    const text = [r.dateline, r.source, ...r.blocks.map(blockText)].filter(Boolean).join('\n');
    chars += text.length + r.title.length;
    docs++;
    perDoc.push(extractMentions(text, r.title));
  }
  // Names are merged across the whole set, as the archive merges them across all its articles.
  const canonical = canonicalise(perDoc);
  gold.forEach((g, i) => {
    const mentions = canonical[i]!;
    for (const [kind, field] of KINDS) {
      const want = new Set((g[field] as string[]).map((n) => matchKey(n, kind)));
      const got = new Set(mentions.filter((m) => m.kind === kind).map((m) => matchKey(m.name, kind)));
      const t = tally.get(kind)!;
      const missed = [...want].filter((w) => !got.has(w));
      const wrong = [...got].filter((x) => !want.has(x));
      t.tp += want.size - missed.length;
      t.fn += missed.length;
      t.fp += wrong.length;
      if (values.misses && (missed.length || wrong.length)) console.log(`${g.file} ${kind}\n  missed: ${missed.join(' | ')}\n  wrong:  ${wrong.join(' | ')}`);
    }
  });
  const ms = performance.now() - started;
  console.log(`Entity extraction on ${docs} hand-labelled documents (${Math.round(chars / 1000)} K characters), ${Math.round(ms)} ms (${Math.round((ms / docs) * 1000)} ms per 1,000 articles)`);
  console.log('kind           precision  recall  (true+, false+, missed)');
  for (const [kind] of KINDS) {
    const t = tally.get(kind)!;
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const rc = t.tp / Math.max(1, t.tp + t.fn);
    console.log(`${kind.padEnd(14)} ${p.toFixed(2).padStart(9)} ${rc.toFixed(2).padStart(7)}  (${t.tp}, ${t.fp}, ${t.fn})`);
  }
}

await main();
