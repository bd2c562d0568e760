import { createHash } from 'node:crypto';

/** Longest slug, in characters; longer ones are cut at a word boundary. */
export const MAX_SLUG = 80;

/**
 * Letters that folding accents away leaves outside a-z, spelled in it: Latin letters of their
 * own (`ß`, `ł`, `ø`, `æ`, `ı`), and the Cyrillic and Greek alphabets, transliterated as their
 * news agencies and passports do (`Лавров` is `lavrov`, `Αθήνα` `athina`). Keys
 * are lower case, after NFKD and without marks (`й` is `и` then, `ё` `е`).
 */
const SPELLED: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'ng', ſ: 's', ŧ: 't', ƒ: 'f', ĸ: 'k',
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', ђ: 'dj', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ѕ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const SPELLABLE = new RegExp(`[${Object.keys(SPELLED).join('')}]`, 'g');

/**
 * Ukrainian's own spelling in Latin letters, the national standard's (Cabinet resolution 55 of
 * 2010, as passports and road signs use it): `Київ` is `kyiv`, not the Russian table's `kiiv`.
 * Keys lower case; at the start of a word `є`, `ї`, `й`, `ю`, `я` are `ye`, `yi`, `y`, `yu`, `ya`.
 */
const UKRAINIAN: Record<string, string> = { г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'i', є: 'ie', й: 'i', ю: 'iu', я: 'ia', х: 'kh', щ: 'shch', ь: '', '’': '', "'": '', ʼ: '' };
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
/** Letters of Ukrainian's alphabet that Russian's lacks: a text holding one is spelled as Ukrainian. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;

function spellUkrainian(text: string): string {
  const lower = text.toLowerCase();
  return lower.replace(/[гґиіїєйюяхщь’'ʼ]/gu, (c: string, at: number) => {
    // After an apostrophe, within the word (`під’їзд` is `pidizd`).
    const initial = at === 0 || !/[\p{L}’'ʼ]/u.test(lower[at - 1]!);
    return (initial ? UKRAINIAN_INITIAL[c] : undefined) ?? UKRAINIAN[c] ?? c;
  });
}

/** Text folded to lower-case a-z where it can be: accents dropped, other letters spelled (see SPELLED, UKRAINIAN). */
function fold(text: string): string {
  return (UKRAINIAN_LETTERS.test(text) ? spellUkrainian(text) : text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPELLABLE, (c) => SPELLED[c]!);
}

/**
 * Whether folding keeps a text's words: its letters are mostly of alphabets that fold into a-z
 * (Latin, Cyrillic, Greek). A title of Chinese, Arabic or Hebrew with a Latin word in it
 * (`中国G20峰会`) would have a slug of that word alone, or of its digits.
 */
export function folds(text: string): boolean {
  if (!/[^\x00-\x7f]/.test(text)) return true;
  const folded = fold(text);
  const letters = folded.match(/\p{L}/gu)?.length ?? 0;
  const latin = folded.match(/[a-z]/g)?.length ?? 0;
  return letters === 0 || latin * 2 >= letters;
}

/** `New Impetus to Geneva Talks` -> `new-impetus-to-geneva-talks`. Only `a-z`, `0-9` and `-`. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = fold(text)
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

/** The first `digits` hex digits of the SHA-256 of a text: what stands for a name no slug can spell. */
export function hexHash(text: string, digits: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, digits);
}

/** A letter of another script than Latin. */
const OTHER_SCRIPT = /(?=\p{L})\P{Script=Latin}/u;

/** Hex digits of the hash that ends a long topic's slug. */
const TOPIC_HASH = 8;

/**
 * A topic's URL segment: its name as a slug (a long one cut, with a short hash of the whole),
 * or, for a name mostly of letters that do not fold into a-z (`北京`, `القاهرة`), a short hash
 * of it: `北京G20` is no `g20`. Front matter topics, sources, datelines and names found in the
 * text all take theirs from here, so that one name is one topic.
 */
export function topicSlug(name: string): string {
  const whole = slugify(spellSigns(name), Infinity);
  if (whole === '' || !folds(name)) return `t-${hexHash(name.normalize('NFC'), 10)}`;
  // A name transliterated from Cyrillic or Greek keeps a hash of itself: spelled in a-z it may be
  // another name's (`Ира` and `IRA`, `Мир` and `MIR`), which it must not merge with.
  if (OTHER_SCRIPT.test(name)) return `${slugify(whole, MAX_SLUG - TOPIC_HASH - 1)}-${hexHash(name.normalize('NFC'), TOPIC_HASH)}`;
  if (whole.length <= MAX_SLUG) return whole;
  // Cut alone, two long names that part after the cut ("… Humanitarian Track", "… Political
  // Track") were one topic, and one of them was never shown: the cut keeps a hash of the whole.
  return `${slugify(whole, MAX_SLUG - TOPIC_HASH - 1)}-${hexHash(whole, TOPIC_HASH)}`;
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
