import { sliceWhole } from '../unicode.ts';

/** `text` cut to at most `max` characters, at a word boundary if there is one in its second half, with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = sliceWhole(text, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
