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

/** A slug given by a seed is used only when it is already a plain URL segment. */
export function isSafeSlug(value: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/.test(value);
}
