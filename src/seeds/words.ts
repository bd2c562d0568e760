import type { Block, Body } from '../types.ts';

/** Words a reader reads per minute, for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The plain text of a block, for counting and searching. */
export function blockText(block: Block): string {
  return block.type === 'html' ? block.html.replace(/<[^>]*>/g, ' ') : block.text;
}

const utf8 = new TextDecoder();

/** An article's blocks from its body (see SeedRecord.body). */
export function blocksOf(article: { body: Body }): Block[] {
  const { body } = article;
  return JSON.parse(typeof body === 'string' ? body : utf8.decode(body.bytes.subarray(body.start, body.end))) as Block[];
}
