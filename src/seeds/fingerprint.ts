// What "the same story" means for resends: the same date, headline and body text, with every
// run of whitespace made one space. Computed once, when a seed is read (and cached with it).
import { createHash } from 'node:crypto';
import type { Block } from '../types.ts';
import { blockText } from './words.ts';

export function textFingerprint(date: string, title: string, blocks: Block[]): string {
  const text = blocks.map(blockText).join(' ').replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, ' ').trim();
  return createHash('sha256').update(`${date}\n${title.replace(/\s+/gu, ' ').trim()}\n${text}`).digest('hex');
}
