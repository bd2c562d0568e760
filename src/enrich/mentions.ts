// What one article's text names. Run by the seed reader, so that the record cache keeps the
// result and an unchanged article is never analysed twice.
import { blockText } from '../seeds/words.ts';
import type { Block, Mention } from '../types.ts';
import { extractMentions } from './entities.ts';

export interface MentionSource {
  title: string;
  dateline: string | null;
  blocks: Block[];
}

/** The people, places, organisations and subjects an article names, from its headline and text. */
export function mentionsOf(article: MentionSource): Mention[] {
  const text = [article.dateline, ...article.blocks.map(blockText)].filter((x): x is string => Boolean(x)).join('\n');
  return extractMentions(text, article.title);
}
