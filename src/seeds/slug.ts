import { createHash } from 'node:crypto';

/** Longest slug, in characters; longer ones are cut at a word boundary. */
export const MAX_SLUG = 80;

/** `New Impetus to Geneva Talks` -> `new-impetus-to-geneva-talks`. Only `a-z`, `0-9` and `-`. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Slugs an article cannot take because the archive uses them for its own pages. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(['page']);

/** A slug given by a seed is used only when it is already a plain URL segment. */
export function isSafeSlug(value: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(value);
}

/** Hex digits of the hash that ends a long topic's slug. */
const TOPIC_HASH = 8;

/**
 * A topic's URL segment: its name as a slug (a long one cut, with a short hash of the whole),
 * or, for a name with no Latin letters or digits (`Москва`, `北京`), a short hash of it. Front
 * matter topics, sources, datelines and names found in the text all take theirs from here, so
 * that one name is one topic.
 */
export function topicSlug(name: string): string {
  const whole = slugify(spellSigns(name), Infinity);
  if (whole === '') return `t-${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 10)}`;
  if (whole.length <= MAX_SLUG) return whole;
  // Cut alone, two long names that part after the cut ("… Humanitarian Track", "… Political
  // Track") were one topic, and one of them was never shown: the cut keeps a hash of the whole.
  return `${slugify(whole, MAX_SLUG - TOPIC_HASH - 1)}-${createHash('sha256').update(whole).digest('hex').slice(0, TOPIC_HASH)}`;
}

/**
 * Plus and sharp signs that belong to a name are spelled out, so that `C++`, `C#` and `C` are
 * three topics, not one (`c-plus-plus`, `c-sharp`, `c`), and `A+E` is not `A E`. A sign that
 * opens a word (`#MeToo`, `+44`) is punctuation, and drops out as before. Article slugs keep
 * dropping them: their URLs are already published.
 */
function spellSigns(name: string): string {
  return name.replace(/(?<=[\p{L}\p{N}+])\+/gu, ' plus ').replace(/(?<=[\p{L}\p{N}])#(?![\p{L}\p{N}])/gu, ' sharp ');
}
