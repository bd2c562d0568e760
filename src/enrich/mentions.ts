// What one article's text names. Run by the seed reader, so that the record cache keeps the
// result and an unchanged article is never analysed twice.
import { creditReporters } from '../seeds/bylines.ts';
import { blockText } from '../seeds/words.ts';
import { type Block, type Mention, TOPIC_KINDS, type TopicKind } from '../types.ts';
import { extractMentions } from './entities.ts';

export interface MentionSource {
  title: string;
  dateline: string | null;
  blocks: Block[];
}

/**
 * The legal note Russian media must add after the name of a banned group, in brackets:
 * `Islamic State (terrorist organization, outlawed in Russia)`, `(banned in Russia)`,
 * `(запрещена в РФ)`. It names no place the story is about: every report of a war would
 * otherwise be one about Russia.
 */
const LEGAL_ASIDE = /\((?=[^()\n]{0,120}?\b(?:outlawed|banned|prohibited|proscribed|designated|recognized|recognised|listed|illegal)\b[^()\n]{0,40}?\bin (?:Russia|the Russian Federation|RF)\))[^()\n]{1,200}\)|\((?=[^()\n]{0,120}?(?:запрещен|признан)[^()\n]{0,40}? в (?:России|РФ|Российской Федерации)\))[^()\n]{1,200}\)/gu;

/**
 * Places named as no place: a clock's (`04:00 Moscow time`) and a currency's (`billion US
 * dollars`). A Urals story timed by Moscow's clock is not about Moscow.
 */
const NOT_A_PLACE = /(?<=\d\s?(?:[ap]\.?m\.?\s)?|\(|\d\d\s)\p{Lu}\p{L}+(?= time\b)|\b(?:US|U\.S\.)(?= dollars?\b)/gu;

function isCreditLine(block: Block): boolean {
  return block.type === 'paragraph' && /^\(?(?:additional )?(?:reporting|writing|editing) by /iu.test(block.text) && creditReporters(block.text.trim()) !== null;
}

/** A Markdown body's text without its credit line's paragraph (`<p>(Reporting by …)</p>`), as a text seed's (see isCreditLine). */
function htmlWithoutCreditLine(block: Block): string {
  if (block.type !== 'html' || !/(?:reporting|writing) by /iu.test(block.html)) return blockText(block);
  const html = block.html.replace(/<p>([^<]{1,500})<\/p>/gu, (p, inner: string) => (isCreditLine({ type: 'paragraph', text: inner.replace(/\s+/gu, ' ').trim() }) ? '' : p));
  return blockText({ type: 'html', html });
}

/** The people, places, organisations and subjects an article names, from its headline and text. */
export function mentionsOf(article: MentionSource): Mention[] {
  // Reuters' credit line names the reporters and editors, and where they worked: the byline's
  // business, not what the story is about (every Reuters story would be about its reporters).
  const text = [article.dateline, ...article.blocks.filter((b) => !isCreditLine(b)).map(htmlWithoutCreditLine)]
    .filter((x): x is string => Boolean(x))
    .join('\n');
  // (Each looked for only where its words are: both would run over every article's text.)
  const clean = /(?:Russia|RF|Federation|России|РФ|Федерации)\)/u.test(text) ? text.replace(LEGAL_ASIDE, '') : text;
  return extractMentions(/ time\b| dollars?\b/.test(clean) ? clean.replace(NOT_A_PLACE, '') : clean, article.title);
}

/**
 * Mentions as a record keeps them: one JSON array of name, kind (its index in TOPIC_KINDS) and
 * count for each. A string is read back from the record cache in a fraction of the time of
 * arrays of objects: 100,000 records' mentions as objects took 4 s to deserialise, with GC.
 */
export function packMentions(mentions: readonly Mention[]): string {
  // One array filled in a loop: flatMap, with an array made for each mention, took four times as long.
  const flat: (string | number)[] = [];
  for (const m of mentions) flat.push(m.name, TOPIC_KINDS.indexOf(m.kind), m.count);
  return JSON.stringify(flat);
}

/** Calls `emit` with each mention packed by packMentions, in order, without an object for each. */
export function eachPackedMention(packed: string, emit: (name: string, kind: TopicKind, count: number) => void): void {
  const flat = JSON.parse(packed) as (string | number)[];
  for (let i = 0; i < flat.length; i += 3) emit(flat[i] as string, TOPIC_KINDS[flat[i + 1] as number]!, flat[i + 2] as number);
}

/** The mentions packed by packMentions. */
export function unpackMentions(packed: string): Mention[] {
  const out: Mention[] = [];
  eachPackedMention(packed, (name, kind, count) => out.push({ name, kind, count }));
  return out;
}
