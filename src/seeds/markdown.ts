// The Markdown seed format: YAML front matter (title, date, topics, source, dateline,
// summary, draft, slug) and a Markdown body rendered by marked, its HTML reduced to a safe
// subset (html.ts) and the rest of it escaped.
import path from 'node:path';
import matter from 'gray-matter';
import { decodeHTMLStrict } from 'entities/decode';
import { Marked, Parser, Renderer, TextRenderer, type Token, type Tokens } from 'marked';
import { parse as parseToml, TomlError } from 'smol-toml';
import { parseDocument, visit, YAMLError, YAMLParseError } from 'yaml';
import type { Block, MediaRef, ReadWarning, SeedLink, SeedProblem, SiteLink, TopicKind, TopicRef } from '../types.ts';
import { MAX_ARTICLE_TOPICS, MAX_TITLE, MAX_TOPIC_NAME, TOPIC_KINDS } from '../types.ts';
import { languageTag } from '../language.ts';
import { invalidDate, parseCalendarDate, parseWrittenDate, SLASHED, writtenClock } from './dates.ts';
import { hexHash, isSafeSlug, RESERVED_SLUGS, slugify, topicSlug } from './slug.ts';
import { jekyllPostPath, STYLES } from './jekyll-permalink.ts';
import { agencySign, type Dateline, parseDateline, unsignedLede } from './dateline.ts';
import { deriveTitle } from './title.ts';
import { isDeckAbove, isLabelLine, SENTENCE_END } from './labels.ts';
import { escapedText, escapeHtml, markdownFromHtml, plainFromHtml, raisedMarks, withoutRaisedMarks } from './html.ts';
import { fromShortcodes, GHOST_URL, HEADING_ID, SAFE_ID, seedLinker, withoutHeadingIds } from './shortcodes.ts';
import { footnoteList, footnoteMarks, type FootnoteRefs, fromFootnotes, withoutFootnoteMarks } from './footnotes.ts';
import { bareByline, bylineAuthors, creditReporters, END_MARK, interviewers, isOutletOrRole, FOREIGN_BY, foreignBylineNames, MAX_AUTHORS, NOT_A_NAME, RUN_ON_END_MARK, signsStoryBelow, splitByline } from './bylines.ts';
import { closingSource, deskCreditLine, signOffAgency, tailStart, writerNames } from './endings.ts';
import { bylineNames as textBylineNames, closingByline, isColumnsText, noTextBecause, surelyByline, untitledBecause } from './text.ts';
import { plainYaml } from './plain-yaml.ts';
import { localMedia, mediaName, mediaRef, mediaRefUrl, whyNoPicture } from './media.ts';
import { cleanLine, isVisible, wellFormedDeep } from '../unicode.ts';
import { YAML_HINT, yamlMessage } from '../yaml-message.ts';

/** `<br>`, `<br/>`, `<BR />`: a line break, with nothing of the seed's but the tag's name. */
const BARE_BREAK = /^<br\s*\/?>$/i;

export interface MarkdownSeed {
  date: string;
  /** The time of day written with the date (see writtenClock), or null. */
  time: string | null;
  /** The offset from UTC of that time (see writtenClock), or null. */
  zone: string | null;
  title: string;
  titleDerived: boolean;
  dateline: string | null;
  source: string | null;
  summary: string | null;
  lede: string;
  text: string;
  blocks: Block[];
  topics: TopicRef[];
  slug: string | null;
  /** The line of the key that gave the slug (1 when there is none), for a clash found later. */
  slugLine: number;
  /** The line the title was taken from: its front matter key or the heading (1 when derived from the text). */
  titleLine: number;
  draft: boolean;
  /** The language the front matter names (`lang` or `language`), as a canonical tag. */
  lang: string | null;
  /** The authors the front matter names (`author` or `authors`). */
  authors: string[];
  /** The paths the article had on the site it comes from (`aliases`, `redirect_from`): see parseAliases. */
  aliases: string[];
  /** The line of the key that gave them (1 when none did). */
  aliasLine: number;
  /** The old site's address `permalink` or `url` gave, as an old path (see SeedRecord.permalinkAlias). */
  permalinkAlias?: string;
  /** The files of the seeds folder the body shows or links to, with their lines in the file. */
  media: MediaRef[];
  /** Its links to other seeds (see SeedLink), with their lines in the file. */
  seedLinks: SeedLink[];
  /** Its links to other paths of the site (see sitePath), with their lines in the file. */
  siteLinks: SiteLink[];
  /** Its pictures' `http:` addresses, shown over `https:` (see HTTP_PICTURE), with their lines in the file. */
  httpPictures: HttpPicture[];
  /** What reading left out of the article (a cover picture no page may show), each a warning once it is published. */
  warnings: ReadWarning[];
}

export type MarkdownParse = { ok: true; seed: MarkdownSeed } | { ok: false; problems: SeedProblem[] };

/**
 * URL schemes a link or image in a seed may use; anything else (javascript:, data:, vbscript: …) is dropped.
 * A relative URL may not have `&` before its first `/`, `?` or `#`: marked writes the URL into the
 * attribute as given, and a browser decodes character references there (`&#106;avascript:`,
 * `javascript&colon;`), so a scheme could hide behind one. A URL without its scheme
 * (`//host/x`) names another site, which only an `http(s):` URL may.
 */
const SAFE_URL = /^(?!\/\/)(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#&]*(?:[/?#]|$))/i;

/**
 * A picture's address over plain http. The pages' content security policy takes pictures from
 * the site and over https: only (img-src 'self' https: data:): on a site served over http: such
 * a picture was blocked, a broken picture with no word at build, and browsers upgrade or block
 * one on a page served over https: (mixed content). It is shown over https:, as those browsers
 * would ask for it, and the build warns (see httpPictureWarnings), since the host may not serve it there.
 */
export const HTTP_PICTURE = /^\s*http:\/\//i;

/** A picture's `http:` address, as written, and its line in the file. */
export interface HttpPicture {
  address: string;
  line: number;
}

/** A relative address of a seed's file (`Storm%20hits%20abc123.md`, `../notes/budget.txt#x`). */
const SEED_FILE_LINK = /^(?![a-z][a-z0-9+.-]*:|[/\\#])[^?#]*\.(?:md|markdown|txt)(?:[?#].*)?$/is;

/** A link's fragment that can name a heading's id (see headingSlug and SAFE_ID), with its `#`; else ''. */
function headingFragment(href: string): string {
  const fragment = /#([^#]*)$/.exec(href)?.[1];
  if (fragment === undefined) return '';
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return '';
  }
  return /^[\p{L}\p{M}\p{N}\p{Pc}:.-]{1,100}$/u.test(id) ? `#${encodeURIComponent(id)}` : '';
}

/** Where sitePath resolves an address: a host no address of a seed can name. */
const SITE_ROOT = 'http://site.invalid/';

/**
 * The site path a link's address names (`/2021/`, `/other.html?x=1#top`), percent-encoded as a
 * browser sends it, when it names one: a path from the root (`/2021/`), or a relative one, which
 * is read from the site's root too (`../2021/` and `2021/` are `/2021/`), whatever the seed's
 * folder. Written as it was, a relative link led elsewhere from every page: from an article, at
 * `/2021/05/04/talks/`, `../2021/` is `/2021/05/04/2021/`, and under a path prefix the site has
 * no page the author could have meant. `..` goes no higher than the root (`/../../etc/` is
 * `/etc/`, `%2e%2e` too), as a browser reads it at a host's root: under a prefix, a path from the
 * root is put under it (see prefixUrls), so no link leaves the site. Null for an address that
 * names no path of the site: another site's (a scheme, `//host`), a fragment or a query alone.
 */
export function sitePath(href: string): string | null {
  const address = href.trim();
  if (address === '' || /^(?:[a-z][a-z0-9+.-]*:|[#?]|[/\\]{2})/i.test(address)) return null;
  let url: URL;
  try {
    url = new URL(address, SITE_ROOT);
  } catch {
    return null;
  }
  return url.href.startsWith(SITE_ROOT) ? url.href.slice(SITE_ROOT.length - 1) : null;
}

/** An address relative to the page: no scheme, no `/` or `#` first. */
const RELATIVE_ADDRESS = /^(?![a-z][a-z0-9+.-]*:|[/\\#])/i;

function isSafeUrl(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: strip them before judging.
  const clean = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SAFE_URL.test(clean);
}


/**
 * A marked instance whose output is safe to put in a page: see the README's "Markdown safety".
 * `mediaAt` gives the site URL of the file beside the post that a picture's or a link's address
 * names, or null; `seedAt` the address of a link to another seed's file until it is resolved
 * (see seed-links.ts); `siteAt` the site path any other link names (see sitePath), or null.
 * `notes` is the list of footnotes fromFootnotes put at the body's end, if any:
 * its references link to it and it back to them (see footnoteList). One instance renders one body.
 */
function safeMarked(headingShift: number, mediaAt: (href: string, kind: 'image' | 'link') => string | null, seedAt: (href: string) => string, siteAt: (href: string) => string | null, notes: Token | null = null): Marked {
  const refs: FootnoteRefs | undefined = notes === null ? undefined : new Map();
  const ids = new HeadingIds();
  let previousLevel = 1;
  // Within a link's text a reference is its number alone: a link inside a link is no HTML.
  let inLink = 0;
  const linkText = <T>(render: () => T): T => {
    inLink++;
    try {
      return render();
    } finally {
      inLink--;
    }
  };
  return new Marked({
    gfm: true,
    renderer: {
      html({ text, block }) {
        // A bare <br> is a line break: in a table cell, where GFM has no other (a paragraph's is turned into Markdown's, see html.ts).
        if (!block && BARE_BREAK.test(text)) return '<br>';
        return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
      },
      text(token) {
        return raisedMarks(footnoteMarks(escapedText.call(this, token), inLink > 0 ? undefined : refs));
      },
      // The notes: every reference before them counted, and those between them counted with each note's HTML made first.
      list(token) {
        if (token !== notes || refs === undefined) return Renderer.prototype.list.call(this, token);
        return footnoteList(token.items.map((item) => Renderer.prototype.listitem.call(this, item).replace(/^<li>|<\/li>\n?$/g, '')), refs);
      },
      heading({ tokens, depth }) {
        // Never more than one level below the heading before it (the page's title is the h1):
        // `#` then `###` are h2 then h3, as a screen reader's list of headings expects.
        const level = Math.min(6, Math.max(2, depth + headingShift), previousLevel + 1);
        previousLevel = level;
        const inner = this.parser.parseInline(tokens);
        // Its own id (`{#results}`: see HEADING_ID), else one from its words, as GitHub and Hugo make them.
        const own = [...inner.matchAll(HEADING_ID)].map((m) => m[1]!).find((id) => SAFE_ID.test(id));
        const id = ids.take(own ?? headingSlug(plainText(tokens)));
        return `<h${level}${id === '' ? '' : ` id="${escapeHtml(id)}"`}>${inner.includes('\uE012') ? inner.replace(HEADING_ID, '').trimEnd() : inner}</h${level}>\n`;
      },
      // A file beside the post, at its address in the site (see media.ts): a picture shown, or a
      // picture, document, sound or video linked to (a thumbnail linking to the whole picture, a
      // report's PDF). That address is safe whatever the seed's was.
      link(token) {
        const local = mediaAt(token.href, 'link');
        if (local !== null) return linkText(() => Renderer.prototype.link.call(this, { ...token, href: local }));
        // A link to another seed's file (Notion's and Obsidian's links between pages): to its article, once that has its URL.
        // Its heading's fragment (`agenda.md#results`) kept, since headings have their ids.
        if (SEED_FILE_LINK.test(token.href)) return linkText(() => Renderer.prototype.link.call(this, { ...token, href: seedAt(token.href) + headingFragment(token.href) }));
        if (!isSafeUrl(token.href)) return this.parser.parseInline(token.tokens);
        // Any other path of the site, from its root (see sitePath).
        const site = siteAt(token.href);
        return linkText(() => Renderer.prototype.link.call(this, site === null ? token : { ...token, href: site }));
      },
      image(token) {
        const alt = withoutFootnoteMarks(token.text);
        const local = mediaAt(token.href, 'image');
        if (local !== null) return Renderer.prototype.image.call(this, { ...token, href: local, text: alt });
        // A document, sound or video named as a picture (`![the report](report.pdf)`): a link to it.
        const linked = mediaAt(token.href, 'link');
        if (linked !== null) return `<a href="${escapeHtml(linked)}">${escapeHtml(alt.trim() || decodeURIComponent(linked.slice(linked.lastIndexOf('/') + 1)))}</a>`;
        // A relative address of no picture file the site copies (`<img src=x>`) would be a broken picture: its description.
        return isSafeUrl(token.href) && !RELATIVE_ADDRESS.test(token.href) ? Renderer.prototype.image.call(this, { ...token, text: alt }) : escapeHtml(alt);
      },
      // A wide table scrolls sideways too (see site.css).
      table(token) {
        return Renderer.prototype.table.call(this, token).replace(/^<table>/, '<table tabindex="0">');
      },
      // A code block scrolls sideways rather than widen the page: a keyboard must reach it to scroll it.
      code({ text, lang }) {
        const language = /^[\w+#.-]+/.exec(lang ?? '')?.[0];
        const code = `${escapeHtml(text.replace(/\n$/, ''))}\n`;
        return `<pre tabindex="0"><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${code}</code></pre>\n`;
      },
    },
  });
}

/** Keys whose names are the article's topics: `tags` and `categories` as Hugo and Jekyll write them. */
const TOPIC_KEYS = ['topics', 'tags', 'categories', 'tag', 'category'] as const;

/** Keys that give an article's date, the first given taken: Hugo's `publishDate`, Astro's `pubDate`, Ghost's `published_at`. */
const DATE_KEYS = ['date', 'publishdate', 'pubdate', 'published_at', 'date_published'];

/** The date a draft without one is read with: it is never published, and the date shown nowhere. */
const UNDATED_DRAFT = '1970-01-01';

/** Whether a seed is in a `_drafts` folder, where Jekyll keeps the posts it does not publish. */
export function inDrafts(file: string): boolean {
  return file.split('/').slice(0, -1).includes('_drafts');
}

/** `status` values of exported posts that are not public: WordPress's and Ghost's. */
const UNPUBLISHED_STATUSES = new Set(['draft', 'pending', 'private', 'future', 'scheduled']);

/** WordPress's category for posts given none, in its English spellings. */
const PLACEHOLDER_CATEGORIES = new Set(['uncategorized', 'uncategorised']);
/** The accounts content management systems post under, which are no reporter's name. */
const ACCOUNT_NAMES = new Set(['admin', 'administrator', 'webmaster', 'root', 'wpadmin']);

const YES_NO: Record<string, boolean> = { yes: true, no: false, true: true, false: false, on: true, off: false, 1: true, 0: false };

/** A way out of the folder (`../../etc`, `a\\b`): no address another tool wrote, so refused, not mended. */
function leavesFolder(value: string): boolean {
  return value.includes('\\') || value.split('/').includes('..');
}

/**
 * The slug a `slug`, `permalink` or `url` gives, as other tools write them: its last path segment
 * (`/business/2017/11/14/market-rally/` -> `market-rally`, `post.html` -> `post`),
 * percent-decoded, lower-cased, accents folded (`Café-Owners_Protest` -> `cafe-owners-protest`);
 * null when none is left, or for a pattern (`:title`).
 */
function givenSlug(value: string, key: string): string | null {
  let decoded = value.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded as UTF-8: taken as written.
  }
  if (leavesFolder(decoded)) return null;
  const parts = decoded.split('/').filter((part) => part !== '');
  if (key === 'slug' && parts.length > 1) return null;
  const last = parts.at(-1);
  if (last === undefined || last.includes(':')) return null;
  const slug = slugify(last.replace(/\.html?$/i, ''));
  return isSafeSlug(slug) ? slug : null;
}

/** Most old paths an article may keep (see parseAliases). */
export const MAX_ALIASES = 20;

/**
 * The first segments of the paths the site's own pages and files take, where no old path may
 * send readers elsewhere (see parseAliases); the date archive's are checked against the archive
 * itself (see chooseArticles).
 */
export const RESERVED_ROOTS = new Set([
  'topics', 'people', 'places', 'organizations', 'subjects', 'search', 'api', 'pagefind', 'assets', 'feed.xml', 'feed.json', 'robots.txt',
  '404.html', 'index.html', 'favicon.svg', 'build-report.json',
]);

/**
 * An old path of the article (Hugo's `aliases`, Jekyll's `redirect_from`) as a site path, or a
 * reason to refuse it. A full URL gives its path (`https://old.example/2017/x/` is `/2017/x/`); a
 * path without its first `/` is from the site's root. A path that names a page (`.html`) is that
 * file, any other a folder (`/2017/x` is `/2017/x/`). Refused: a way out of the folder (`..`, `.`,
 * `\`), a query or fragment, a hidden name (`.git`), control characters and spaces, an escaped
 * `/`, and the site's own places (RESERVED_ROOTS, the root itself, `sitemap…`).
 */
function aliasPath(value: string): { path: string } | { refused: string } {
  let path = value.trim();
  const url = /^https?:\/\/[^/?#]*(\/[^?#]*)?(?:[?#].*)?$/i.exec(path);
  if (url) path = url[1] ?? '/';
  if (/[?#]/.test(path)) return { refused: 'has a query or fragment, which a static page cannot answer' };
  if (!path.startsWith('/')) path = `/${path}`;
  if (/[\u0000-\u0020\u007f\\]/.test(path) || /%(?:2f|5c|00)/i.test(path)) return { refused: 'holds a space, a backslash, a control character or an escaped "/"' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { refused: 'is not valid percent-encoding' };
  }
  const segments = decoded.split('/').slice(1);
  if (segments.some((part, i) => part === '.' || part === '..' || part.startsWith('.') || (part === '' && i < segments.length - 1))) return { refused: 'has an empty, "." or ".." segment, or a hidden name' };
  if (decoded.length > MAX_ALIAS_LENGTH || segments.some((part) => part.length > 200)) return { refused: `is longer than the ${MAX_ALIAS_LENGTH} characters (200 a name) a path may have` };
  // Names a static host finds as written, on any file system: each a letter or digit, then those, ".", "_", "-" or "~",
  // and the marks Jekyll keeps in a post's `:title` ("pretty"), which every file system takes; letters of any alphabet,
  // as Jekyll writes a post named `café-crème` (a host finds its UTF-8 name from the address's %C3%A9).
  if (!segments.every((part, i) => (part === '' && i === segments.length - 1) || ALIAS_SEGMENT.test(part))) return { refused: 'holds characters other than letters, digits, ".", "_", "-", "~" and the marks !$&\'()+,;=@' };
  // A page's name is the last of its path: `/a.html/b/` would need `a.html` to be a file and a folder.
  if (segments.slice(0, -1).some((part, i) => /\.html?$/i.test(part) && !(i === segments.length - 2 && segments.at(-1) === ''))) return { refused: 'names a page (".html") before its end' };
  const first = segments[0]!.toLowerCase();
  if (first === '' || RESERVED_ROOTS.has(first) || first.startsWith('sitemap')) return { refused: 'is a place of the site\'s own pages' };
  // A folder's `index.html` is the folder: the file its page is written to; a page's name with a
  // `/` after it (`/a.html/`) is that page, so that one path is never both a file and a folder.
  const page = decoded.replace(/\/index\.html$/i, '/').replace(/(\.html?)\/$/i, '$1');
  return { path: /\.html?$/i.test(page) || page.endsWith('/') ? page : `${page}/` };
}

const ALIAS_SEGMENT = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._~!$&'()+,;=@-]*$/u;
/** Longest old path: with the output folder's own path, within what file systems take. */
const MAX_ALIAS_LENGTH = 400;

/** The old paths of `aliases` or `redirect_from`: a path or a list of them, each checked (see aliasPath). */
function parseAliases(value: unknown, key: string, at: (key: string, message: string, hint?: string) => void): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
    at(key, `"${key}" must be a path or a list of paths`, `write ${key}: [/2017/11/14/old-name/]`);
    return [];
  }
  if (list.length > MAX_ALIASES) {
    at(key, `"${key}" lists ${list.length} paths, more than the ${MAX_ALIASES} an article can keep`, 'keep the paths readers still follow');
    return [];
  }
  const paths: string[] = [];
  for (const item of list as string[]) {
    // Obsidian's `aliases` are other names of a note (`City budget 2023`, `Budget`), not
    // addresses: a name without a `/` or a page's `.html` that holds a space, a capital or
    // another character no address does is none of the old site's paths. One of those only
    // (`old-name`) is Hugo's alias from the page's section, taken from the root.
    if (key === 'aliases' && !item.includes('/') && !/\.html?\s*$/i.test(item) && !/^[a-z0-9][a-z0-9._~-]*$/.test(item.trim())) continue;
    const checked = aliasPath(item);
    if ('refused' in checked) {
      at(key, `the old path "${item.slice(0, 80)}" ${checked.refused}`, 'write the path the article had on the old site, such as /2017/11/14/old-name/');
      return [];
    }
    if (!paths.includes(checked.path)) paths.push(checked.path);
  }
  return paths;
}

/** The front matter keys read; in another case (`Title:`) they are read too. */
/**
 * A language's two-letter code before a Markdown file's extension, as Hugo and Zola name
 * translations: `index.fr.md`, `post.pt-br.md`. Not three letters: `notes.old.md` and
 * `post.new.md` would be Old English and Newari.
 */
const FILE_LANGUAGE = /^[^.]+\.([a-z]{2}(?:[-_][A-Za-z0-9]{2,8})?)\.(?:md|markdown)$/i;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A file name's language (see FILE_LANGUAGE), if it names one Unicode knows (`ok`, `md` are none). */
function fileLanguage(file: string): string | null {
  const code = FILE_LANGUAGE.exec(file.slice(file.lastIndexOf('/') + 1))?.[1];
  const tag = code === undefined ? null : languageTag(code);
  if (tag === null) return null;
  const language = tag.split('-')[0]!;
  return LANGUAGE_NAMES.of(language) === language ? null : tag;
}
/** Keys read from Zola's `[taxonomies]` and `[extra]` and Hugo's `params` when the front matter's top lacks them. */
const NESTED_KEYS = new Set(['tags', 'categories', 'topics', 'author', 'authors', 'summary', 'description', 'source', 'dateline']);
const FRONT_MATTER_KEYS = new Set(['title', 'date', 'topics', 'tags', 'categories', 'source', 'dateline', 'summary', 'description', 'excerpt', 'draft', 'published', 'status', 'slug', 'permalink', 'url', 'tag', 'category', 'publishdate', 'pubdate', 'published_at', 'date_published', 'coverimage', 'lang', 'language', 'author', 'authors', 'visibility', 'aliases', 'redirect_from']);

const REFUSE_CODE = (): never => {
  throw new Error('executable front matter is refused');
};

/** A TOML front matter's problem, on its line: smol-toml's message without the excerpt it adds. */
export class TomlFrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Hugo's TOML front matter, between `+++` lines: its dates are Dates, as YAML's timestamps are (see parseMarkdownSeed). */
function tomlFrontMatter(s: string): object {
  try {
    return wellFormedDeep(parseToml(s)) as object;
  } catch (error) {
    if (error instanceof TomlError) {
      const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
      throw new TomlFrontMatterError(message, error.line);
    }
    throw error;
  }
}

function frontMatter(content: string, toml = false): matter.GrayMatterFile<string> {
  return matter(content, {
    language: toml ? 'toml' : 'yaml',
    ...(toml ? { delimiters: '+++' } : {}),
    engines: {
      toml: tomlFrontMatter,
      // The plainest front matter without the YAML library (see plain-yaml.ts), the rest with it.
      // A "\uD83D" escape gives half an emoji, which no file or JSON reader downstream takes.
      yaml: (s: string) => wellFormedDeep(plainYaml(s) ?? yamlFrontMatter(s)) as object,
      js: REFUSE_CODE,
      javascript: REFUSE_CODE,
      coffee: REFUSE_CODE,
      coffeescript: REFUSE_CODE,
      cson: REFUSE_CODE,
    },
  });
}

/**
 * YAML front matter as the YAML library reads it (see frontMatter; plain-yaml.ts reads the
 * plainest alike without it): its core schema, no timestamps (a date stays the string written),
 * no custom tags. A warning (an unknown tag such as `!!js/function` or `!!timestamp`) is a problem
 * of the seed, as in topics.yml, not a message on the terminal that names no file.
 */
export function yamlFrontMatter(s: string): unknown {
  // Merge keys (`<<: *defaults`), as Jekyll's and Hugo's YAML readers take them: else the keys they bring in were lost without a word.
  const doc = parseDocument(s, { schema: 'core', merge: true, logLevel: 'silent' });
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) throw first;
  // A number stays as written: `title: 007` is "007", not 7; `title: 3.10` not 3.1.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && typeof node.source === 'string') node.value = node.source;
    },
    // An alias of no anchor, found here with its line: reading the values finds it with none.
    Alias(_, node) {
      if (node.resolve(doc) !== undefined || !node.range) return;
      const error = new YAMLParseError([node.range[0], node.range[1]], 'BAD_ALIAS', `the alias *${node.source} names no anchor set before it`);
      error.linePos = [{ line: s.slice(0, node.range[0]).split('\n').length, col: 1 }];
      throw error;
    },
  });
  return doc.toJS({ maxAliasCount: 50 }) ?? {};
}

/**
 * Plain text as a reader sees it: a character reference (`&amp;`, `&mdash;`) is the character it
 * stands for, since templates escape text once more; marked keeps named ones as written, for HTML.
 * As in CommonMark, a reference needs its ";" (`&copy` stays as written), and one for a code point
 * that is no character (`&#xD83D;`, `&#0;`) is U+FFFD.
 */
class PlainTextRenderer extends TextRenderer {
  override text(token: Tokens.Text | Tokens.Escape | Tokens.Tag): string {
    return withoutMarks(token.type === 'text' ? decodeHTMLStrict(token.text) : token.text);
  }
}

/** Text without the marks the reader puts in a body for its renderer: footnotes' numbers, headings' ids. */
function withoutMarks(text: string): string {
  return withoutRaisedMarks(withoutHeadingIds(withoutFootnoteMarks(text)));
}

/**
 * The ids an article page gives its own elements (templates/article.11ty.ts and the layout, the
 * footnotes: see footnotes.ts), which no heading of the body may take: the skip link leads to
 * `main`, and the sections are labelled by their headings' ids.
 */
const PAGE_IDS = new Set(['main', 'topics-heading', 'coverage-heading', 'footnotes-heading']);
/** The footnotes' ids (`fn-1`, `fnref-1`, `fnref-1-2`: see footnotes.ts), with any number after them. */
const FOOTNOTE_IDS = /^fn(?:ref)?-\d/;

/**
 * The ids of one body's headings, each once: a second `Results` is `results-1`, as GitHub and
 * Hugo number them, and so is a heading that would take one of the page's own ids (`main-1`);
 * one that would look like a footnote's takes `h-` before it (`h-fn-1`), since every number
 * after it does too.
 */
class HeadingIds {
  private readonly used = new Set<string>();

  /** The id for a heading that asks for `id` ('' for none: a heading of no letters or digits). */
  take(id: string): string {
    if (id === '') return '';
    const base = FOOTNOTE_IDS.test(id) ? `h-${id}` : id;
    let taken = base;
    for (let n = 1; this.used.has(taken) || PAGE_IDS.has(taken); n++) taken = `${base}-${n}`;
    this.used.add(taken);
    return taken;
  }
}

/**
 * A heading's id from its words, as GitHub makes it (and Hugo, by default): lower case, without
 * what is neither a letter, a digit, a space, `-` nor `_`, each space a `-` (`What comes next?`
 * is `what-comes-next`, `Zürich 2023` `zürich-2023`), so that links written for those sites lead
 * to it.
 */
export function headingSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-').slice(0, 100);
}

/** A link whose text is its address (`<https://…>`, an embedded video's): no words of the article. */
function isBareLink(token: Token): boolean {
  return token.type === 'link' && (token as Tokens.Link).text.trim() === (token as Tokens.Link).href;
}

/** A heading's text, without bare addresses in it (an embed beside a heading), unless that is all it holds. */
function headingText(heading: Tokens.Heading): string {
  const words = plainText(heading.tokens.filter((t) => !isBareLink(t))).replace(/\s+/g, ' ').trim();
  return words === '' ? plainText(heading.tokens).trim() : words;
}

/**
 * Inline text without its pictures' descriptions, one space where a picture stood between words
 * (`the bridge ![a bridge](b.jpg) on Monday` is `the bridge on Monday`, not with two spaces,
 * which a derived title, a summary and the feeds kept).
 */
function textWithoutImages(inline: Token[]): string {
  if (!inline.some((i) => i.type === 'image')) return plainText(inline);
  const parts: string[] = [];
  let run: Token[] = [];
  for (const i of inline) {
    if (i.type !== 'image') run.push(i);
    else {
      parts.push(plainText(run));
      run = [];
    }
  }
  parts.push(plainText(run));
  return parts.reduce((text, part) => (/\s$/.test(text) || /^\s/.test(part) ? `${text.trimEnd()} ${part.trimStart()}` : text + part));
}

function plainText(tokens: Token[]): string {
  const parser = new Parser();
  const renderer = new PlainTextRenderer();
  // Strong, emphasis and links render their own tokens through it.
  renderer.parser = parser;
  // A superscript's marks around what the text renderer does not see (an escape, a tag shown as text) too.
  return withoutRaisedMarks(parser.parseInline(tokens, renderer));
}

function allText(tokens: Token[]): string {
  const out: string[] = [];
  const walk = (list: Token[]): void => {
    for (const t of list) {
      const children = (t as { tokens?: Token[] }).tokens;
      if (t.type === 'list') walk((t as Tokens.List).items.flatMap((i) => i.tokens));
      else if (t.type === 'table') {
        const table = t as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens);
      } else if (children && children.length > 0) walk(children);
      else if (t.type === 'text') out.push(withoutMarks(decodeHTMLStrict((t as Tokens.Text).text)));
      else if ('text' in t && typeof t.text === 'string') out.push(withoutMarks(t.text));
    }
  };
  walk(tokens);
  return out.join(' ');
}

/**
 * `tags` or `categories` written as one string, as Jekyll, Obsidian and Ghost write them: names
 * between commas when there is a comma (`"water, downtown"`), else words, as Jekyll splits
 * `categories: politics world`; an Obsidian `#tag` without its `#`.
 */
function splitNames(value: string): string[] {
  return LIST_COMMA.test(value) ? commaNames(value) : value.trim().split(/\s+/).map(withoutHash).filter((n) => n !== '');
}

/** The commas of Latin, Chinese and Japanese, and Arabic script. */
const LIST_COMMA = /[,，、،]/u;
const withoutHash = (name: string): string => name.trim().replace(/^#(?=\S)/, '');

/** Names between commas (see LIST_COMMA), but not within double quotes (`economy, "Smith, John"`), each without its quotes or `#`. */
function commaNames(value: string): string[] {
  const names = value.match(/"[^"]*"|[^,，、،"]+|"/gu) ?? [];
  // Quoted parts and the text around them between two commas are one name.
  const out: string[] = [];
  let current = '';
  let at = 0;
  for (const part of names) {
    const start = value.indexOf(part, at);
    if (LIST_COMMA.test(value.slice(at, start))) {
      out.push(current);
      current = '';
    }
    current += part.length > 1 && part.startsWith('"') && part.endsWith('"') ? part.slice(1, -1) : part;
    at = start + part.length;
  }
  out.push(current);
  return out.map(withoutHash).filter((n) => n !== '');
}

/**
 * The topics listed under `key` (`topics`, `tags` or `categories`): one name, or a list of names
 * or {name, kind}; `topics` as one string is names between commas (`topics: economy, trade`, as
 * people write a list), never words, since a topic's name is often several.
 */
function parseTopics(value: unknown, key: string, at: (key: string, message: string, hint?: string) => void): TopicRef[] {
  // Plural keys as one string are lists (see splitNames); `tag` and `category` name one topic.
  const list = typeof value === 'string' ? (key === 'tags' || key === 'categories' ? splitNames(value) : key === 'topics' ? commaNames(value) : [value]) : value;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    at(key, `"${key}" must be a list of names`);
    return [];
  }
  if (list.length > MAX_ARTICLE_TOPICS) {
    at(key, `"${key}" lists ${list.length} topics, more than the ${MAX_ARTICLE_TOPICS} an article can have`, 'list the topics a reader would follow the article by: names in its text become topics by themselves');
    return [];
  }
  const topics: TopicRef[] = [];
  // Reported once for the list, however many entries are not names.
  let unnamed = 0;
  for (const item of list) {
    const named = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as { name?: unknown }).name : undefined;
    if (typeof named === 'string' && named.trim().length > MAX_TOPIC_NAME) {
      at(key, `a topic's name is ${named.trim().length} characters long, over the ${MAX_TOPIC_NAME} a topic name can have`, 'a topic is a name: shorten it');
      continue;
    }
    // The name as shown, cleaned once (see cleanLine).
    const clean = typeof named === 'string' ? cleanLine(plainFromHtml(named)).trim() : '';
    // WordPress files every post it was given no category for under this one: no topic of the
    // post. A listed name that opens with `#` is one of Ghost's internal tags, for its editors
    // (`#newsletter`), never shown on the site (a `#tag` in a string of tags is Obsidian's: see splitNames).
    // A name that shows nothing (`#`, a zero-width space, a Hangul filler) names no topic.
    if (PLACEHOLDER_CATEGORIES.has(clean.toLowerCase()) || (Array.isArray(value) && /^#\S/.test(clean)) || (clean !== '' && !isVisible(clean.replace(/[#\p{P}]/gu, '')))) continue;
    // A name that is nothing once its markup is gone (`<br>`, `""`) names no topic either.
    if (typeof item === 'string') {
      if (clean !== '') topics.push({ slug: topicSlug(clean), name: clean, kind: 'subject' });
    } else if (item && typeof item === 'object' && typeof named === 'string' && named.trim() !== '') {
      const { kind } = item as { kind?: unknown };
      if (kind !== undefined && !TOPIC_KINDS.includes(kind as TopicKind)) {
        at(key, `topic kind ${typeof kind === 'string' ? `"${kind}"` : (JSON.stringify(kind) ?? typeof kind).slice(0, 60)} is not one of ${TOPIC_KINDS.join(', ')}`);
        continue;
      }
      if (clean !== '') topics.push({ slug: topicSlug(clean), name: clean, kind: (kind as TopicKind | undefined) ?? 'subject' });
    } else {
      unnamed++;
    }
  }
  if (unnamed > 0) at(key, `"${key}" entries must be names (text) or {name, kind}: ${unnamed === 1 ? 'one is' : `${unnamed} are`} not`);
  return topics.filter((t) => t.slug !== '');
}

/**
 * The authors of `author` or `authors`: one name or a byline of several (see splitByline), or a
 * list of names or of `{name}` (Jekyll's and Ghost's author objects).
 */
function parseAuthors(value: unknown, key: string, at: (key: string, message: string, hint?: string) => void): string[] {
  const one = typeof value === 'number' || (value !== null && typeof value === 'object' && !Array.isArray(value));
  const list = typeof value === 'string' ? splitByline(value) : one ? [typeof value === 'number' ? String(value) : value] : value;
  if (!Array.isArray(list)) {
    at(key, `"${key}" must be a name or a list of names`, 'write author: Jane Roe, or authors: [Jane Roe, John Doe]');
    return [];
  }
  const names: string[] = [];
  for (const item of list) {
    const named = typeof item === 'string' ? item : item && typeof item === 'object' && !Array.isArray(item) ? (item as { name?: unknown }).name : undefined;
    if (typeof named !== 'string') {
      at(key, `"${key}" entries must be names (text) or {name}, not ${JSON.stringify(item)?.slice(0, 60) ?? String(item)}`);
      return [];
    }
    // A name without the `and` or `&` a byline left at either end of it.
    const name = cleanLine(plainFromHtml(named)).trim().replace(/^(?:and|&)\s+|\s+(?:and|&)$/giu, '').trim();
    if (name.length > MAX_TOPIC_NAME) {
      at(key, `an author's name is ${name.length} characters long, over the ${MAX_TOPIC_NAME} a name can have`, 'an author is a name: shorten it');
      return [];
    }
    // A name of no letters (`,`, an invisible space) names nobody, nor does the account a CMS
    // posted under (`admin`); one in another case is the same one.
    if (/\p{L}/u.test(name) && !ACCOUNT_NAMES.has(name.toLowerCase()) && !names.some((n) => n.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'))) names.push(name);
  }
  if (names.length > MAX_AUTHORS) {
    at(key, `"${key}" names ${names.length} authors, more than the ${MAX_AUTHORS} an article can have`, 'name the reporters of the byline');
    return [];
  }
  return names;
}

/** One HTML comment, alone: not `<!-- wp:paragraph --> The text <!-- /wp:paragraph -->`, whose text is the article's. */
const COMMENT = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/**
 * HTML without its comments (one never closed stays, as text; `<!-->` and `<!--->` are empty
 * ones, as HTML ends them); by search, in linear time.
 */
function withoutCommentMarkup(html: string): string {
  let out = '';
  let from = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', from)) {
    const abrupt = html.startsWith('>', open + 4) ? open + 5 : html.startsWith('->', open + 4) ? open + 6 : -1;
    const close = abrupt >= 0 ? abrupt - 3 : html.indexOf('-->', open + 4);
    if (close < 0) break;
    out += html.slice(from, open);
    from = close + 3;
  }
  return out + html.slice(from);
}
/** The comment that ends a post's teaser, in WordPress and Hugo. */
const MORE = /^\s*<!--\s*more\s*-->\s*$/i;

/**
 * A line of nothing but the template tags of another site generator: Hugo's shortcodes
 * (`{{< figure src="…" >}}`, `{{% notice %}}`), Liquid's and Jinja's tags (`{% include x.html %}`,
 * `{{ page.title }}`). Migrated with their posts, they are markup for a tool that is not here,
 * and no text of the article (a shortcode would become its lede); a tag inside a sentence stays,
 * and so does the text between a paired shortcode's tags.
 */
const TEMPLATE_LINE = /^(?:[ \t]*(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}))+[ \t]*$/;

/** A paragraph without its lines of template tags (see TEMPLATE_LINE): none if they were all it had. */
function withoutTemplateLines(token: Token): Token[] {
  if (token.type !== 'paragraph' || !token.raw.includes('{')) return [token];
  const lines = token.raw.replace(/\n+$/, '').split('\n');
  const kept = lines.filter((line) => !TEMPLATE_LINE.test(line));
  if (kept.length === lines.length) return [token];
  return kept.length === 0 ? [] : new Marked({ gfm: true }).lexer(kept.join('\n'));
}

/**
 * Tokens without HTML comments, at any depth: an editor's `<!-- check this quote -->` or the
 * `<!--more-->` of Hugo and WordPress is no text of the article, which would show it; nor are
 * lines of template tags (TEMPLATE_LINE).
 */
function withoutComments(tokens: Token[]): Token[] {
  const kept = tokens
    .filter((t) => !(t.type === 'html' && COMMENT.test((t as Tokens.HTML).text)))
    .flatMap((t): Token[] => {
      // Comments around text (`<!-- wp:paragraph --> The mayor resigned. <!-- /wp:paragraph -->`):
      // the text, read as Markdown again where the comment made the line a block of HTML.
      if (t.type !== 'html' || !(t as Tokens.HTML).text.includes('<!--')) return [t];
      const text = withoutCommentMarkup((t as Tokens.HTML).text);
      if (text.trim() === '') return [];
      if (!(t as Tokens.HTML).block) return [{ ...t, text } as Token];
      return new Marked({ gfm: true }).lexer(text);
    })
    .flatMap(withoutTemplateLines);
  for (const t of kept) {
    const inner = t as { tokens?: Token[]; items?: { tokens: Token[] }[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (inner.tokens) inner.tokens = withoutComments(inner.tokens);
    for (const item of inner.items ?? []) item.tokens = withoutComments(item.tokens);
    for (const cell of [...(inner.header ?? []), ...(inner.rows ?? []).flat()]) cell.tokens = withoutComments(cell.tokens);
  }
  return kept;
}

/** Whether two datelines name one place, whatever their case and accents: `MOSCOW` and `Moscow`. */
function samePlace(a: string, b: string): boolean {
  const key = (x: string): string => x.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(',')[0]!.trim();
  return key(a) === key(b);
}

/** The body lexed, rendered, and its lede and text. */
interface ReadBody {
  tokens: Token[];
  html: string;
  /** The files of the seeds folder the body shows or links to (see media.ts), each once, in order, with the body's line (from 0) that names each first. */
  media: MediaRef[];
  /** Its links to other seeds (see SeedLink), with the body's line (from 0) of each. */
  seedLinks: SeedLink[];
  /** Its links to other paths of the site (see sitePath), with the body's line (from 0) of each. */
  siteLinks: SiteLink[];
  /** Its pictures' `http:` addresses, shown over `https:` (see HTTP_PICTURE), with the body's line (from 0) of each. */
  httpPictures: HttpPicture[];
  lede: string;
  /** The paragraphs before `<!--more-->`, when there are more than the lede alone: the summary, unless front matter gives one. */
  teaser: string | null;
  /** The byline that opened the body (`By Jane Roe`), taken out of it: the authors, unless front matter names them. */
  byline: string | null;
  /** Its names, when it is a byline without "By" or in Spanish, Portuguese or French (see bareByline, foreignBylineNames). */
  bylineNames: string[] | null;
  bodyText: string;
  /** The heading that opens the body, taken out of it to be the title (see readBody), and its line in the body (from 0). */
  headingTitle: { text: string; line: number } | null;
  /** The dateline that opened the lede, taken out of it (see readBody). */
  dateline: Dateline | null;
  /** The agency a sign-off or `Source:` line cut from the story's end names (see closingSource): the source, when no dateline gives one. */
  signedBy: string | null;
  /** The agency signing the lede after words that are no place (see agencySign): the source, when no dateline gives one. */
  signedLede: string | null;
  /** The names of a byline under the story's last paragraph, taken out of it (see closingByline), when none opened it and front matter names nobody. */
  closingNames: string[];
  /** The reporters of Reuters' credit line closing the story, or the interviewers TASS names at an interview's end, whose line stays (see creditReporters, interviewers). */
  creditNames: string[];
  /** The reporters a credit cut with what follows the story names (Anadolu's `*Writing by Jane Doe`, Dow Jones's `Write to Jane Doe at …`). */
  tailAuthors: string[];
  /** The byline that is all the body holds (its outlet under it at most), and its line in the body (from 0): no text. */
  onlyByline: { text: string; line: number } | null;
  /** The first of the end marks and sign-offs that are the whole body, and which it is (see endMarkAlone). */
  onlyEndMark: { text: string; line: number; only: 'an end mark' | 'a sign-off' } | null;
  /** What a body of tables and lists alone holds, and the first one's line, when no title or heading names it (see tablesOrListsAlone). */
  onlyTablesOrLists: { only: 'table' | 'list' | 'both'; line: number } | null;
}

/**
 * Lexes and renders the body. Without a title, a heading that opens the body is the title, and
 * is not shown again below it. Without a dateline, a dateline that opens the first paragraph
 * (`GENEVA, November 14. /TASS/. …`) is read as a text seed's is, and taken out of it.
 */
function readBody(body: string, given: { file: string; title: string | null; dateline: string | null; authors: boolean }): ReadBody {
  const seedLinks: SeedLink[] = [];
  // The body's mark on its links' addresses until they are resolved (see seedLinkHref), made
  // for a body that has one: hashing every body cost reading 1%.
  let marked: string | null = null;
  const mark = (): string => (marked ??= hexHash(body, 8));
  const shortcoded = fromShortcodes(body, seedLinks, mark);
  const source = fromFootnotes(shortcoded);
  const lexed = joinedTableRows(new Marked({ gfm: true }).lexer(source));
  // The teaser: what comes before WordPress's and Hugo's `<!--more-->`, as those tools show it.
  const more = lexed.findIndex((t) => t.type === 'html' && MORE.test((t as Tokens.HTML).text));
  // HTML's `<img src>` or `<a href>` of a file beside the post is kept as Markdown's, even where
  // its address would not be safe as written (`R&D/chart.png`): it is written anew (see safeMarked).
  const safeOrPicture = (href: string): boolean => isSafeUrl(href) || localMedia(given.file, href) !== null;
  const teaserTokens = more > 0 ? markdownFromHtml(withoutComments(lexed.slice(0, more)), safeOrPicture, withinLimits) : [];
  let tokens: Token[] = markdownFromHtml(withoutComments(lexed), safeOrPicture, withinLimits);
  const opening = tokens.findIndex((t) => t.type !== 'space');
  let headingTitle: ReadBody['headingTitle'] = null;
  // A heading that opens the body and repeats the title (Medium's and Substack's exports) is shown once, as the title.
  if (given.title !== null && tokens[opening]?.type === 'heading' && sameTitle(plainText((tokens[opening] as Tokens.Heading).tokens), given.title)) {
    tokens = tokens.filter((_, i) => i !== opening);
  }
  // (Not an empty one, `###`: an end mark, see isMark.)
  if (given.title === null && tokens[opening]?.type === 'heading' && !isMark(tokens[opening])) {
    // The top-level tokens' raw texts are the body, one after the other.
    const line = tokens.slice(0, opening).reduce((n, t) => n + (t.raw.match(/\n/g)?.length ?? 0), 0);
    headingTitle = { text: headingText(tokens[opening] as Tokens.Heading), line };
    tokens = tokens.filter((_, i) => i !== opening);
  }
  // A byline and nothing else (its outlet under it at most, an end mark after it): no text, as a text seed's.
  const onlyByline = bylineAlone(body, tokens);
  // End marks and sign-offs and nothing else: no text either; nor with what follows a story
  // after them (`-- PTI` / `(c) 2023 Reuters`, `###` / `© 2023 AP`), as a text seed's.
  const onlyEndMark = endMarkAlone(body, tokens) ?? endMarkAlone(body, withoutTail(tokens));
  // A byline opening the body (`By Jane Roe`, `**By Jane Roe**`) is no lede: it is the authors,
  // and comes out of the body, unless front matter names them (then it stays, as written).
  const first = tokens.findIndex((t) => t.type !== 'space');
  const bylineToken = tokens[first]?.type === 'paragraph' ? (tokens[first] as Tokens.Paragraph) : null;
  const bylineText = bylineToken ? plainText(bylineToken.tokens).replace(/\s+/g, ' ').trim() : '';
  // Names alone after "By" (`By Popular Demand` is a heading's words); or as text seeds read them
  // without "By" (see otherByline).
  // Or as text seeds read a byline for sure (`By JOHN SMITH, Associated Press`, `BY JANE DOE`).
  // Names in capitals (`By JOHN ROE`) are read as text seeds read them: John Roe.
  const sureNames = bylineToken && surelyByline(bylineText) ? textBylineNames(bylineText).names : null;
  const bylineNames = bylineToken && !BYLINE.test(bylineText) ? (otherByline(bylineText, tokens.slice(first + 1)) ?? sureNames) : sureNames;
  const byline = (BYLINE.test(bylineText) && !NOT_A_NAME.test(bylineText) && bylineAuthors(bylineText).length > 0) || bylineNames !== null ? bylineText : null;
  if (byline !== null && !given.authors) tokens = tokens.filter((_, i) => i !== first);
  const ended = withoutEndMarks(tokens);
  tokens = ended.tokens;
  // An end mark right before the credit line that closes the story (`-30-` / `(Reporting by Jane
  // Doe; Editing by John Roe)`), as a text seed's: the teleprinter's, out of the body; the line stays.
  tokens = withoutMarkBeforeCredit(tokens);
  // The reporters of a credit cut with what followed the story (see endings.ts).
  const tailLines = ended.cut.flatMap((t) => tokenLines(t) ?? []).map((l) => l.trim());
  // The agency a sign-off among it names (`-- PTI`, `(Reuters)`, `Source: Xinhua`), as a text seed's: the source, when no dateline gives one.
  const signedBy = closingSource(tailLines);
  const tailAuthors = [...new Set([...tailLines.flatMap((l) => creditReporters(deskCreditLine(l) ?? '') ?? [])])];
  if (tailAuthors.length === 0) tailAuthors.push(...new Set(tailLines.flatMap((l) => writerNames(l) ?? [])));
  // A byline under the story's last paragraph, as a text seed's (see closingByline): its names, out of the body.
  let closingNames: string[] = [];
  if (byline === null && !given.authors) {
    const last: number[] = [];
    for (let i = tokens.length - 1; i >= 0 && last.length < 4; i--) if (tokens[i]!.type !== 'space') last.unshift(i);
    const blocks: Block[] = last.map((i) => (tokens[i]!.type === 'paragraph' ? { type: 'paragraph', text: plainText((tokens[i] as Tokens.Paragraph).tokens).replace(/\s+/g, ' ').trim() } : { type: 'html', html: '' }));
    closingNames = closingByline(blocks);
    if (closingNames.length > 0) tokens = tokens.slice(0, last[blocks.length]!);
  }
  // Else the reporters of Reuters' credit line closing the story (`(Reporting by Jane Roe; Editing
  // by John Doe)`), as a text seed's (see wireAuthors): the line stays.
  // Or those who interviewed, named at an interview's end (TASS's `Interviewed by …`) in one of
  // its last two paragraphs, which stays, as a text seed's.
  let creditNames: string[] = [];
  if (byline === null && !given.authors && closingNames.length === 0) {
    const lastTwo = tokens.filter((t) => t.type !== 'space').slice(-2).reverse();
    const textOf = (t: Token | undefined): string | null => (t?.type === 'paragraph' ? plainText((t as Tokens.Paragraph).tokens).replace(/\s+/g, ' ').trim() : null);
    const closing = textOf(lastTwo[0]);
    creditNames = (closing === null ? null : creditReporters(closing)) ?? lastTwo.map(textOf).map((text) => (text === null ? null : interviewers(text))).find((names) => names !== null) ?? [];
  }
  // No title given nor heading, and a body of tables and lists alone: no title, as a text seed's (see untitledBecause).
  const onlyTablesOrLists = given.title === null && headingTitle === null ? tablesOrListsAlone(body, tokens) : null;
  // The lede is the first paragraph with text: a photo's alt text is none, nor is a paragraph
  // that opens with a photo, which is its caption (a figure, a WordPress caption).
  // …nor one that opens with an embedded video's link (see html.ts's embedAsLink), or any bare address.
  const opensWithImage = (inline: Token[]): boolean => {
    const first = inline.find((i) => !(i.type === 'text' && (i as Tokens.Text).text.trim() === '') && i.type !== 'br');
    return first?.type === 'image' || (first !== undefined && isBareLink(first)) || (first?.type === 'link' && opensWithImage((first as Tokens.Link).tokens));
  };
  const captionless = (t: Token): string => {
    if (t.type !== 'paragraph' || opensWithImage((t as Tokens.Paragraph).tokens) || (byline !== null && t === bylineToken)) return '';
    return textWithoutImages((t as Tokens.Paragraph).tokens).trim();
  };
  // Nor a page's label (`Political editor`, `Published 23 March 2020`: see isLabelLine), where a paragraph of the story follows.
  let prose = tokens.findIndex((t) => captionless(t) !== '' && !isLabelLine(captionless(t)));
  // Nor the deck under the title (see isDeckAbove), where the story's lede follows it.
  const after = prose >= 0 ? tokens.findIndex((t, i) => i > prose && t.type !== 'space') : -1;
  if (after > 0 && (given.title !== null || headingTitle !== null) && isDeckAbove(captionless(tokens[prose]!), captionless(tokens[after]!))) prose = after;
  // Nor a line above a lede that opens with its dateline (a deck, a kicker), as a text seed's (see deckAboveDateline).
  if (prose >= 0) prose = deckAboveDateline(tokens, prose, captionless);
  const ledeAt = prose >= 0 ? prose : tokens.findIndex((t) => captionless(t) !== '');
  const firstParagraph = tokens[ledeAt] as Tokens.Paragraph | undefined;
  let lede = firstParagraph ? captionless(firstParagraph) : '';
  let dateline: Dateline | null = null;
  const firstInline = firstParagraph?.tokens[0];
  // The lede opens the story: only lines that are no story are above it (labels, a deck, a
  // kicker, a byline front matter's authors leave in), so a dateline it opens with is the story's.
  const opensStory = tokens.slice(0, ledeAt).every((t) => t.type === 'space' || (t.type === 'paragraph' && (captionless(t) !== '' || t === bylineToken)));
  // A dateline in bold (`**Madrid, 5 dic (EFE).-** El Gobierno …`) comes out as the plain one
  // does: unless front matter gives another place (see below).
  if (firstParagraph && opensStory && firstInline?.type === 'strong') {
    const found = parseDateline(lede);
    const twice = given.dateline === null || (found?.place != null && samePlace(found.place, given.dateline));
    if (found && twice && withoutBoldDateline(firstParagraph, lede.slice(0, lede.length - found.rest.length))) {
      dateline = found;
      lede = found.rest;
    }
  }
  if (firstParagraph && opensStory && firstInline?.type === 'text') {
    const found = parseDateline(lede);
    const prefix = found ? lede.slice(0, lede.length - found.rest.length) : '';
    // A dateline front matter gives wins, and the body's stays as written, unless it names the
    // same place (`dateline: Moscow` over `MOSCOW, November 4. /TASS/. …`): then it is said twice.
    const twice = given.dateline === null || (found?.place != null && samePlace(found.place, given.dateline));
    // Only where the paragraph's text opens with the dateline as written: then it comes out whole.
    if (found && twice && prefix !== '' && (firstInline as Tokens.Text).text.startsWith(prefix) && firstInline.raw.startsWith(prefix)) {
      const text = firstInline as Tokens.Text;
      text.text = text.text.slice(prefix.length).trimStart();
      text.raw = text.raw.slice(prefix.length).trimStart();
      if (text.tokens) text.tokens = new Marked({ gfm: true }).Lexer.lexInline(text.text);
      dateline = found;
      lede = found.rest;
    }
  }
  // An agency signing the lede after words that are no place (`قالت مصادر (رويترز) - …`): the
  // source, and out of the text as a dateline is, as a text seed's (see agencySign); the words
  // before it a paragraph of their own where a sentence starts anew after it.
  const sign = dateline === null && lede !== '' ? agencySign(lede) : null;
  const signPrefix = sign ? lede.slice(0, lede.length - sign.rest.length) : '';
  if (sign && opensStory && firstInline?.type === 'text' && (firstInline as Tokens.Text).text.startsWith(signPrefix) && firstInline.raw.startsWith(signPrefix)) {
    const text = firstInline as Tokens.Text;
    const joined = sign.runsOn ? `${sign.words} ` : '';
    text.text = joined + text.text.slice(signPrefix.length).trimStart();
    text.raw = joined + text.raw.slice(signPrefix.length).trimStart();
    if (text.tokens) text.tokens = new Marked({ gfm: true }).Lexer.lexInline(text.text);
    // (Its raw text no line of the body: the lede's paragraph holds it still.)
    if (!sign.runsOn) tokens.splice(ledeAt, 0, { type: 'paragraph', raw: '', text: sign.words, tokens: new Marked({ gfm: true }).Lexer.lexInline(sign.words) } satisfies Tokens.Paragraph);
  }
  // (Where it stays as written, in bold or a link, the title and summary leave it out all the same.)
  if (sign) lede = unsignedLede(sign);
  let minDepth = 6;
  for (const t of tokens) if (t.type === 'heading') minDepth = Math.min(minDepth, (t as Tokens.Heading).depth);
  // By mediaName: a file named from the post's folder and from the root is copied to two places.
  const media = new Map<string, MediaRef>();
  const lines = new LineFinder(body);
  // The footnotes fromFootnotes listed, when it listed any: the ordered list after a rule that ends the body (unless something never closed, a `<pre>`, holds them: then the numbers link nowhere and stay plain).
  const [lastToken, ruleToken] = tokens.filter((t) => t.type !== 'space').slice(-2).reverse();
  const notes = source !== shortcoded && lastToken?.type === 'list' && (lastToken as Tokens.List).ordered && ruleToken?.type === 'hr' ? lastToken : null;
  const httpPictures: HttpPicture[] = [];
  const siteLinks: SiteLink[] = [];
  const html = safeMarked(2 - minDepth, (href, kind) => {
    // A picture over plain http: is shown over https: (see HTTP_PICTURE), and the build warns.
    if (kind === 'image' && HTTP_PICTURE.test(href)) {
      const address = href.trim();
      if (httpPictures.length < MAX_MEDIA) httpPictures.push({ address, line: lines.lineOf(href) });
      return `https:${address.slice('http:'.length)}`;
    }
    const ref = mediaRef(given.file, href, kind, 0);
    if (ref === null) return null;
    const key = mediaName(ref);
    if (!media.has(key)) {
      // Files past the limit are not copied (a gallery of thousands is no article's): a picture is its description, a link its address as written.
      if (media.size >= MAX_MEDIA) return null;
      media.set(key, { ...ref, line: lines.lineOf(href) });
    }
    // A link keeps its fragment: a PDF's page (`#page=3`), a recording's start (`#t=10`).
    const fragment = kind === 'link' ? /#[^\s"<>]*$/.exec(href)?.[0] ?? '' : '';
    return mediaRefUrl(ref) + fragment;
  }, (href) => {
    const line = lines.lineOf(href);
    return seedLinker(seedLinks, mark, () => line)('file', seedFilePath(given.file, href));
  }, (href) => {
    const site = sitePath(href);
    // Kept to be checked against the site's pages (see src/site/site-links.ts), so many of an article at most.
    if (site !== null && siteLinks.length < MAX_MEDIA) siteLinks.push({ path: pathOf(site), written: shownAddress(href.trim()), line: lines.lineOf(href) });
    return site;
  }, notes).parser(tokens);
  // A superscript's mark the text renderer did not see (in code, an image's description, a link's title) is left out.
  const shown = withoutRaisedMarks(html);
  // The teaser's paragraphs, its first as the lede (without its dateline) when it is the lede's.
  const teaserTexts = teaserTokens.map(captionless).filter((text) => text !== '');
  if (teaserTexts.length > 0 && firstParagraph && teaserTexts[0] === captionless(firstParagraph)) teaserTexts[0] = lede;
  const teaser = teaserTexts.length > 1 ? teaserTexts.join(' ') : null;
  return { tokens, html: shown, media: [...media.values()], seedLinks, siteLinks, httpPictures, lede, teaser, byline, bylineNames, bodyText: allText(tokens).trim(), headingTitle, dateline, signedBy, signedLede: sign?.source ?? null, closingNames, creditNames, tailAuthors, onlyByline, onlyEndMark, onlyTablesOrLists };
}

/**
 * The lede's token: the paragraph under `prose` when `prose` is a line above a lede that opens
 * with its dateline (a deck, `Claude Monet and Edgar Degas`, or a kicker: up to 250 characters,
 * ending no sentence, no dateline itself), page labels between them passed over, as a text
 * seed's lede is found (see parseTextSeed); else `prose`.
 */
function deckAboveDateline(tokens: readonly Token[], prose: number, textOf: (t: Token) => string): number {
  const deck = textOf(tokens[prose]!);
  if (tokens[prose]!.type !== 'paragraph' || deck.length > 250 || SENTENCE_END.test(deck) || parseDateline(deck) !== null) return prose;
  const below = tokens.findIndex((t, i) => i > prose && t.type !== 'space' && !(t.type === 'paragraph' && isLabelLine(textOf(t))));
  return below > 0 && tokens[below]!.type === 'paragraph' && parseDateline(textOf(tokens[below]!)) !== null ? below : prose;
}

/** A line of a table's row written between pipes, opening and closing with one (`| Boston | 10 |`), or its header's dashes. */
const BOXED_ROW = /^ {0,3}\|.*\|[ \t]*$/;
/** The header's line of dashes: `|---|:---:|`. */
const DASHES_ROW = /^ {0,3}\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
/** Most rows of a table joined across blank lines (see joinedTableRows): no table of a news story has more. */
const MAX_JOINED_ROWS = 1000;

/** How many cells a row between pipes holds (an escaped `\|` is none's end). */
function rowWidth(line: string): number {
  return line.trim().slice(1, -1).split(/(?<!\\)\|/).length;
}

/** The lines of a table or a paragraph that are all rows between pipes (see BOXED_ROW), else null. */
function boxedRows(t: Token): string[] | null {
  if (t.type !== 'table' && t.type !== 'paragraph') return null;
  const lines = t.raw.replace(/\n+$/, '').split('\n');
  return lines.every((l) => BOXED_ROW.test(l)) ? lines : null;
}

/**
 * The tokens with each table whose rows blank lines part made one table, as exports and people
 * write them (`| Team | W |` / `|---|---|`, a blank line, `| Boston | 10 |`, a blank line, …):
 * by Markdown's rules a blank line ends a table, which left its header alone and its rows as
 * paragraphs of pipes. A run of tokens of rows between pipes (a table, then paragraphs of such
 * rows; or paragraphs alone), one or two blank lines between them, is one table when it reads as
 * one with its blank lines gone: one line of dashes, under the first row, every row as wide as
 * it. A table that opens with its own header, rows of another width, and prose with a pipe in it
 * (`He said yes | no.`) stay apart; rows with no line of dashes are no table, as in Markdown.
 */
function joinedTableRows(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.type === 'table' || (t.type === 'paragraph' && t.raw.startsWith('|')))) return tokens;
  const out: Token[] = [];
  // The rows of the paragraph after a blank line or two from token `at`, else null.
  const rowsAfter = (at: number): string[] | null => {
    const space = tokens[at + 1];
    const next = tokens[at + 2];
    if (space?.type !== 'space' || !/^\s*$/.test(space.raw) || (space.raw.match(/\n/g)?.length ?? 0) > 3 || next?.type !== 'paragraph') return null;
    return boxedRows(next);
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = boxedRows(tokens[i]!);
    let end = i;
    const lines = [...(first ?? [])];
    // A header's row, its dashes under it or in the paragraph after it: each token is looked at
    // from one header at most, which the next line of dashes ends.
    const dashes = first === null ? undefined : first.length > 1 ? first[1] : rowsAfter(i)?.[0];
    while (dashes !== undefined && DASHES_ROW.test(dashes) && lines.length <= MAX_JOINED_ROWS) {
      // Paragraphs of rows after it, each after a blank line or two, up to another table's dashes.
      const rows = rowsAfter(end);
      if (rows === null || (lines.length > 1 && rows.some((l) => DASHES_ROW.test(l)))) break;
      lines.push(...rows);
      end += 2;
    }
    const joined = end > i ? tableOfRows(lines) : null;
    if (joined === null) {
      out.push(tokens[i]!);
      continue;
    }
    // Its Markdown as written, blank lines and all: its line in the body is found by it.
    joined.raw = tokens.slice(i, end + 1).map((t) => t.raw).join('');
    out.push(joined);
    i = end;
  }
  return out;
}

/** The table these rows between pipes make, one after the other (see joinedTableRows), or null when they make none or more. */
function tableOfRows(lines: string[]): Tokens.Table | null {
  if (lines.length < 3 || lines.length > MAX_JOINED_ROWS || !DASHES_ROW.test(lines[1]!) || lines.slice(2).some((l) => DASHES_ROW.test(l))) return null;
  const width = rowWidth(lines[0]!);
  if (lines.some((l) => rowWidth(l) !== width)) return null;
  const lexed = new Marked({ gfm: true }).lexer(`${lines.join('\n')}\n`).filter((t) => t.type !== 'space');
  const table = lexed[0] as Tokens.Table | undefined;
  return lexed.length === 1 && table?.type === 'table' && table.rows.length === lines.length - 2 ? table : null;
}

/**
 * The byline that is all a body holds (see surelyByline; its outlet or role under it at most,
 * `Associated Press`, and what follows a story after it, `-30-`), and its line in the body (from
 * 0); else null. A few blocks at most are looked at.
 */
function bylineAlone(body: string, tokens: Token[]): { text: string; line: number } | null {
  const content = tokens.filter((t) => t.type !== 'space');
  if (content.length === 0 || content.length > 6) return null;
  const kept = withoutEndMarks(content).tokens.filter((t) => t.type !== 'space');
  if (kept.some((t) => t.type !== 'paragraph')) return null;
  const texts = kept.map((t) => plainText((t as Tokens.Paragraph).tokens).replace(/\s+/g, ' ').trim());
  const at = texts.findIndex((text) => surelyByline(text));
  if (at < 0 || !texts.every((text, i) => i === at || isOutletOrRole(text))) return null;
  return { text: texts[at]!, line: lineInBody(body, kept[at]!.raw) };
}

/**
 * The names of a byline a body opens with in the other forms text seeds read (see bylines.ts):
 * Spanish, Portuguese or French (`Por Pedro Peduzzi - Repórter da Agência Brasil`), or names
 * without "By" a journalist's post or an outlet marks (`Jane Patterson, Political Editor`), or
 * names joined by `and` above a lede that opens with its dateline and names neither; else null.
 */
function otherByline(text: string, after: Token[]): string[] | null {
  if (FOREIGN_BY.test(text)) return foreignBylineNames(text);
  const bare = bareByline(text);
  if (bare === null) return null;
  if (!bare.joinedOnly) return bare.names;
  const next = after.find((t) => t.type !== 'space');
  const story = (): string => after.slice(after.indexOf(next!) + 1).map((t) => t.raw).join('\n');
  return next?.type === 'paragraph' && signsStoryBelow(bare.names, plainText((next as Tokens.Paragraph).tokens).trim(), story) ? bare.names : null;
}

/**
 * Takes a dateline set in bold out of the paragraph it opens, when the bold holds its opening
 * and the text after the bold the rest of it (`**WASHINGTON** — The …`); false, and the
 * paragraph as it was, otherwise.
 */
function withoutBoldDateline(paragraph: Tokens.Paragraph, prefix: string): boolean {
  const [bold, next] = paragraph.tokens;
  const boldText = bold?.type === 'strong' ? plainText((bold as Tokens.Strong).tokens).trim() : '';
  const trimmed = prefix.trim();
  if (boldText === '' || !trimmed.startsWith(boldText)) return false;
  const left = trimmed.slice(boldText.length).trim();
  if (left !== '' && (next?.type !== 'text' || !(next as Tokens.Text).text.trimStart().startsWith(left))) return false;
  paragraph.tokens = paragraph.tokens.slice(1);
  const text = paragraph.tokens[0];
  if (text?.type === 'text') {
    const t = text as Tokens.Text;
    const cut = (s: string): string => s.trimStart().slice(left.length).trimStart();
    t.text = cut(t.text);
    t.raw = cut(t.raw);
    if (t.tokens) t.tokens = new Marked({ gfm: true }).Lexer.lexInline(t.text);
  }
  return true;
}

/**
 * The body without the marks that end wire copy, as a text seed's (see text.ts): a last
 * paragraph of nothing but one (`-30-`, `Enditem`, `（完）`; `###` is an empty heading here),
 * and one run on after the last sentence (`… on Wednesday. Enditem`, `…。（完）`). A body of
 * nothing else keeps it.
 */
function isMark(t: Token): boolean {
  return (t.type === 'paragraph' && END_MARK.test(plainText((t as Tokens.Paragraph).tokens).trim())) || (t.type === 'heading' && (t as Tokens.Heading).text.trim() === '') ||
    // `- ENDS -` opens as a list's item does.
    (t.type === 'list' && (t as Tokens.List).items.length === 1 && END_MARK.test(t.raw.trim()));
}

/** The line (from 0) of the first place a token's text, trimmed, stands in the body; 0 when it is not found as written. */
function lineInBody(body: string, raw: string): number {
  const start = body.indexOf(raw.trim());
  return start < 0 ? 0 : body.slice(0, start).split(/\r\n|\r|\n/).length - 1;
}

/** A paragraph that is an agency's sign-off alone (`-- PTI`, `--IANS`, `(Reuters)`: see signOffAgency). */
function isSignOff(t: Token): boolean {
  return t.type === 'paragraph' && signOffAgency(plainText((t as Tokens.Paragraph).tokens)) !== null;
}

/**
 * A body of end marks and agencies' sign-offs alone (rules between them at most: `-30-`, `###`,
 * `Enditem`, `-- PTI`, `(Reuters)`), which is no story, as in a text seed: the first of them, its
 * line in the body and which it is; else null.
 */
function endMarkAlone(body: string, tokens: Token[]): { text: string; line: number; only: 'an end mark' | 'a sign-off' } | null {
  const content = tokens.filter((t) => t.type !== 'space');
  const first = content.find((t) => isMark(t) || isSignOff(t));
  if (first === undefined || content.length > 6 || !content.every((t) => isMark(t) || isSignOff(t) || t.type === 'hr')) return null;
  return { text: first.raw.trim(), line: lineInBody(body, first.raw), only: isMark(first) ? 'an end mark' : 'a sign-off' };
}

/**
 * The tokens without what follows a story at their end (see tailStart), even where that leaves
 * nothing of the story, but its end marks and sign-offs: for endMarkAlone, which then finds a
 * body of a mark and a copyright line (`-- PTI` / `(c) 2023 Reuters`) a body of the mark alone.
 * A few tokens at most are looked at, as endMarkAlone looks at no more.
 */
function withoutTail(tokens: Token[]): Token[] {
  const content: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.type !== 'space') content.push(i);
  if (content.length < 2 || content.length > 12) return tokens;
  // From the first block on: tailStart never cuts the first of the blocks it is given.
  const from = tailStart([null, ...content.map((i) => tokenLines(tokens[i]!))]) - 1;
  const cut = new Set(content.slice(from).filter((i) => !isMark(tokens[i]!) && !isSignOff(tokens[i]!)));
  return tokens.filter((_, i) => !cut.has(i));
}

/** The opening of a table written as HTML, in the wrappers WordPress and turndown's tables plugin put around one (`<figure>`, `<div>`). */
const HTML_TABLE_START = /^(?:<(?:div|figure)\b[^<>]*>\s*)*<table\b/i;
const HTML_TABLE_END = /<\/table\s*>\s*(?:<\/(?:div|figure)\s*>\s*)*$/i;

/**
 * A table written as HTML that stays HTML (see html.ts): one of more cells than are turned; the
 * rest are GFM tables by now (those whose cells hold lists or headings too, see flatCells).
 */
function isHtmlTable(t: Token): boolean {
  if (t.type !== 'html') return false;
  const text = t.raw.trim();
  return HTML_TABLE_START.test(text) && HTML_TABLE_END.test(text.slice(-200));
}

/**
 * The line (from 0) of a table in the body: where its Markdown stands, or, for one turned from
 * HTML (whose Markdown the body never held), the first `<table` tag.
 */
function tableLineInBody(body: string, token: Token): number {
  if (body.includes(token.raw.trim())) return lineInBody(body, token.raw);
  const tag = body.search(/<table\b/i);
  return tag < 0 ? 0 : body.slice(0, tag).split(/\r\n|\r|\n/).length - 1;
}

/**
 * A body of tables and lists alone (a GFM table, one written as HTML, see isHtmlTable, a
 * paragraph set in columns as a text seed's table, see isColumnsText; a list; rules between
 * them), no heading among them: what it holds and the first one's line in the body; else null.
 */
function tablesOrListsAlone(body: string, tokens: Token[]): { only: 'table' | 'list' | 'both'; line: number } | null {
  let tables = false;
  let lists = false;
  let first: Token | undefined;
  for (const t of tokens) {
    if (t.type === 'space' || t.type === 'hr') continue;
    const table = t.type === 'table' || isHtmlTable(t) || (t.type === 'paragraph' && isColumnsText((t as Tokens.Paragraph).text));
    if (table) tables = true;
    else if (t.type === 'list') lists = true;
    else return null;
    first ??= t;
  }
  if (first === undefined) return null;
  const line = first.type === 'list' ? lineInBody(body, first.raw) : tableLineInBody(body, first);
  return { only: tables && lists ? 'both' : tables ? 'table' : 'list', line };
}

function withoutEndMarks(tokens: Token[]): { tokens: Token[]; cut: Token[] } {
  // From the end, once (a pass per mark over thousands of them was quadratic): the tokens kept
  // end at `end`, and `content` of them are not space.
  let content = 0;
  for (const t of tokens) if (t.type !== 'space') content++;
  let end = tokens.length;
  // A few rounds: each cuts what it can at once, and a round per block of a hostile body of
  // thousands of them would be quadratic.
  for (let cut = true, round = 0; cut && round < 3; round++) {
    cut = false;
    // What follows the story (codes, notices, share buttons, contacts, its marks among them: see
    // endings.ts), judged on the last blocks' lines; then the marks before it, in turn.
    const last: number[] = [];
    for (let i = end - 1; i >= 0 && last.length < MAX_TAIL_TOKENS; i--) if (tokens[i]!.type !== 'space') last.unshift(i);
    // The first block of the body is never cut (see tailStart): nor one that is not the last looked at.
    const at = tailStart([null, ...last.map((i) => tokenLines(tokens[i]!))]) - 1;
    if (at < last.length && content - (last.length - at) >= 1) {
      content -= last.length - at;
      end = last[at]!;
      cut = true;
    }
    for (let i = end - 1; i >= 0 && content > 1; i--) {
      const t = tokens[i]!;
      if (t.type === 'space') continue;
      if (!isMark(t)) break;
      end = i;
      content--;
      cut = true;
    }
  }
  const out = tokens.slice(0, end);
  let last = out.length - 1;
  while (last >= 0 && out[last]!.type === 'space') last--;
  const closing = out[last];
  const inline = closing?.type === 'paragraph' ? (closing as Tokens.Paragraph).tokens : [];
  const text = inline.at(-1);
  if (text?.type === 'text' && RUN_ON_END_MARK.test((text as Tokens.Text).text)) {
    const mended = { ...(text as Tokens.Text), text: (text as Tokens.Text).text.replace(RUN_ON_END_MARK, '') };
    out[last] = { ...(closing as Tokens.Paragraph), tokens: [...inline.slice(0, -1), mended] };
  }
  return { tokens: out, cut: tokens.slice(end) };
}

/**
 * The body without the end mark right before the credit line closing it (`###`, `-30-`,
 * `Enditem` / `(Reporting by Jane Doe; Editing by John Roe)`), as a text seed's (see
 * creditReporters): a story above them both, the mark is no text of it.
 */
function withoutMarkBeforeCredit(tokens: Token[]): Token[] {
  const content: number[] = [];
  for (let i = tokens.length - 1; i >= 0 && content.length < 3; i--) if (tokens[i]!.type !== 'space') content.unshift(i);
  const [, mark, credit] = content;
  if (content.length < 3 || mark === undefined || credit === undefined || !isMark(tokens[mark]!)) return tokens;
  const closing = tokens[credit]!;
  if (closing.type !== 'paragraph' || creditReporters(plainText((closing as Tokens.Paragraph).tokens).replace(/\s+/g, ' ').trim()) === null) return tokens;
  return tokens.filter((_, i) => i !== mark);
}

/** Most blocks at a body's end looked at for what follows the story (tailStart looks at fewer). */
const MAX_TAIL_TOKENS = 50;

/** Plain text with a hard line break as a new line: a tail's lines are told apart by it too. */
class LinesRenderer extends PlainTextRenderer {
  override br(): string {
    return '\n';
  }
}

/** A block's lines of plain text, for tailStart; null for a block of no lines (a table, a picture's HTML, code). */
function tokenLines(token: Token): string[] | null {
  const inline = (tokens: Token[]): string[] => {
    const parser = new Parser();
    const renderer = new LinesRenderer();
    renderer.parser = parser;
    return parser.parseInline(tokens, renderer).split('\n');
  };
  if (token.type === 'paragraph' || token.type === 'heading') return inline((token as Tokens.Paragraph).tokens);
  if (token.type === 'text') return (token as Tokens.Text).tokens ? inline((token as Tokens.Text).tokens!) : (token as Tokens.Text).text.split('\n');
  if (token.type === 'hr') return ['---'];
  if (token.type === 'list') {
    const lines: string[] = [];
    for (const item of (token as Tokens.List).items) {
      for (const child of item.tokens) {
        const own = tokenLines(child);
        if (own === null) return null;
        lines.push(...own);
      }
    }
    return lines;
  }
  return null;
}

/**
 * The path from the seeds folder of the seed a relative link of `file` names
 * (`../notes/Storm%20hits.md#x` from `posts/a.md` is `notes/Storm hits.md`); one that leaves the
 * seeds folder keeps its `../`, and names no seed.
 */
function seedFilePath(file: string, href: string): string {
  const address = href.replace(/[?#].*$/s, '');
  let decoded = address;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    // A `%` that starts no escape (`50%.md`) is the name's own.
  }
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded.replaceAll('\\', '/')));
}

/** Most files of the seeds folder one article shows or links to (see media.ts); the rest stay as written. */
export const MAX_MEDIA = 200;

/**
 * The line (from 0) of the first occurrence of a text in a body after the last one found, as
 * a body shows its pictures in order; 0 when there is none. Linear over a body of many pictures:
 * a search from the start for each, and a count of its lines, were quadratic.
 */
/** Searches of a whole body for an address not found after the last one (see LineFinder.lineOf). */
const MAX_WHOLE_SEARCHES = 50;

class LineFinder {
  /** Where each line starts: counted once, when the first file is looked for (most bodies name none). */
  private starts: number[] | null = null;
  private from = 0;
  private searches = 0;
  constructor(private readonly body: string) {}
  private lineStarts(): number[] {
    if (this.starts === null) {
      this.starts = [0];
      for (let i = 0; i < this.body.length; i++) {
        const c = this.body.charCodeAt(i);
        if (c === 10 || (c === 13 && this.body.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
      }
    }
    return this.starts;
  }
  lineOf(text: string): number {
    // As written, or with its `&` written as HTML writes it (`<img src="R&amp;D.png">`), or
    // without the `/` a Jekyll filter put before it (`{{ "d.pdf" | relative_url }}`).
    const forms = [text, ...(text.includes('&') ? [text.replaceAll('&', '&amp;')] : []), ...(text.startsWith('/') ? [text.slice(1)] : [])];
    // After the last one found; else anywhere (a link's picture is rendered after the link's own
    // address), but the whole body only so many times: an address written otherwise than the
    // renderer gives it (`%x`) is found nowhere, and searching the body for each of thousands was
    // quadratic. Past them, the line of the last one found.
    let first = -1;
    for (const form of forms) {
      first = this.body.indexOf(form, this.from);
      if (first >= 0) {
        text = form;
        break;
      }
    }
    for (const form of forms) {
      if (first >= 0 || this.searches >= MAX_WHOLE_SEARCHES) break;
      this.searches++;
      first = this.body.indexOf(form);
      if (first >= 0) text = form;
    }
    if (first < 0) return this.from === 0 ? 0 : this.lineAt(this.from - 1);
    // Where the text is an address (after `(`, `<`, `=` or a quote) rather than words that name
    // the file, among its next few occurrences; else the first.
    let at = first;
    for (let next = first, tries = 0; next >= 0 && tries < 20; next = this.body.indexOf(text, next + 1), tries++) {
      if ('(<="\''.includes(this.body[next - 1] ?? '-')) {
        at = next;
        break;
      }
    }
    this.from = Math.max(this.from, at + text.length);
    return this.lineAt(at);
  }

  /** The line (from 0) of the body's character at `at`: the last line that starts at or before it. */
  private lineAt(at: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Whether a heading says what the title says, but for case, spaces and a closing stop. */
function sameTitle(heading: string, title: string): boolean {
  const key = (text: string): string => {
    // Quotes and dashes as either kind: WordPress curls a title's, not the body's (`Zoo’s` over `Zoo's`).
    const words = text.replace(/\s+/g, ' ').replace(/[‘’‛′`]/g, "'").replace(/[“”„″]/g, '"').replace(/[‐‑‒–—―]/g, '-').trim();
    // The closing marks, by a loop: a pattern anchored at the end was quadratic over a long run of stops.
    let end = words.length;
    while (end > 0 && '.!?:'.includes(words[end - 1]!)) end--;
    return words.slice(0, end).toLocaleLowerCase('en');
  };
  return key(heading) === key(title);
}

/** The role a byline may end with (`, Staff Writer`). */
const BYLINE_ROLE = /,?\s+(?:(?:Staff|Senior|Chief|Special|Political|Foreign)\s+)?(?:Writer|Reporter|Correspondent|Editor|Columnist)$/u;

/**
 * A paragraph that is a byline: `By` and one to four names of capitalised words, parted by
 * commas, `and` or `&`, and perhaps a role after a line break or comma (`Staff Writer`).
 */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|le|la|and|&|,))*(?:,?\s+(?:Staff|Senior|Chief|Special|Political|Foreign)?\s*(?:Writer|Reporter|Correspondent|Editor|Columnist))?$/u;

/**
 * Most levels of quotes and lists a body may nest. marked reads each level by recursion: some
 * thousands overflowed the stack (3,000 ">"), and a thousand took it seconds. Articles nest a few.
 */
export const MAX_NESTING = 100;

/** A line's quote and list markers: ">", "-", "*", "+", "1." or "1)" before a space. */
const NESTING_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
/** A thematic break ("- - -", "* * *"): markers, but no list. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * The first line of a body (from 0) where quotes and lists nest more than MAX_NESTING levels, or -1.
 * A level is each marker that opens the line, and each list item open around it: an item is open
 * on the lines indented past its marker (a close estimate of CommonMark's rule, which is enough to bound it).
 */
function overNested(lines: readonly string[]): number {
  // The columns that the open list items' text starts at, innermost last.
  const items: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) continue;
    while (items.length > 0 && indent < items.at(-1)!) items.pop();
    const prefix = THEMATIC_BREAK.test(line) ? '' : (NESTING_PREFIX.exec(line)?.[0] ?? '');
    const markers = prefix.match(/[>*+-]|\d[.)]/g)?.length ?? 0;
    if (items.length + markers > MAX_NESTING) return i;
    if (/[*+-]|\d[.)]/.test(prefix.slice(-2))) items.push(indent + 2);
  }
  return -1;
}

/**
 * Most emphasis marks (`_`, `*`) one paragraph may hold. marked pairs them up in time that grows
 * with the square of their number: "_a" 8,000 times took 0.18 s, 50,000 times several seconds,
 * and a 2 MiB seed would have taken most of an hour. An article has a few dozen.
 */
export const MAX_EMPHASIS_MARKS = 2000;

/** A line that opens a block of its own (list item, heading, quote, table row), whose text marked reads apart. */
const BLOCK_START = /^ {0,3}(?:[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])|#|>|\|)/;
/** A code fence: marks inside code are text. */
const FENCE = /^ {0,3}(?:```|~~~)/;

/**
 * The first line (from 0) of a paragraph, list item or other block of text with over
 * MAX_EMPHASIS_MARKS marks, or -1. Fenced code is not counted (indented lines are: inside a list
 * item they are its text).
 */
function overEmphasised(lines: readonly string[]): number {
  let start = 0;
  let marks = 0;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (line.trim() === '' || BLOCK_START.test(line)) {
      start = line.trim() === '' ? i + 1 : i;
      marks = 0;
    }
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      if (c === 95 || c === 42) marks++;
    }
    if (marks > MAX_EMPHASIS_MARKS) return start;
  }
  return -1;
}

/**
 * Most lines one quote may run over, from a `>` line to the next blank one. marked reads a quote
 * whose lines go on without `>` (lazy continuation lines) again at each of them: "> a", "b"
 * 10,000 times took 2 s, 40,000 times 70 s. An article quotes a few lines at a time.
 */
export const MAX_QUOTE_LINES = 1000;

/** The first line (from 0) of a quote over MAX_QUOTE_LINES lines long, or -1. Fenced code is not read. */
function overQuoted(lines: readonly string[]): number {
  let start = -1;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (line.trim() === '') start = -1;
    else if (start < 0 && !fenced && /^ {0,3}>/.test(line)) start = i;
    if (start >= 0 && i - start >= MAX_QUOTE_LINES) return start;
  }
  return -1;
}

/**
 * Most lines one paragraph of a list item may run over, from its first line to the next blank
 * one. marked reads an item's lines one at a time, each time looking ahead to the paragraph's
 * end: "- a" and "b" (or "  b") 12,500 times took 0.8 s, 50,000 times 10.6 s. An item is a few lines.
 */
export const MAX_LIST_ITEM_LINES = 1000;

/** A line that opens a list item: a bullet or a number, then a space or the line's end. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The first line (from 0) of a list item's paragraph over MAX_LIST_ITEM_LINES lines long, or -1.
 * A list goes on over blank lines while its lines are indented; lines that follow an item without
 * a blank line are its own, indented or not. Fenced code is not counted.
 */
function overListed(lines: readonly string[]): number {
  let inList = false;
  let start = -1;
  let afterBlank = true;
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (line.trim() === '') {
      start = -1;
      afterBlank = true;
      continue;
    }
    if (fenced) start = -1;
    else if (LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line)) [inList, start] = [true, i];
    else if (afterBlank && !/^[ \t]/.test(line)) inList = false;
    else if (inList && start < 0) start = i;
    afterBlank = false;
    if (inList && start >= 0 && i - start >= MAX_LIST_ITEM_LINES) return start;
  }
  return -1;
}

/**
 * Most links one run of text without a space may hold. marked reads a link's address up to the
 * next space and then back to its ")", so links written back to back are each read to the end of
 * the run: "[a](b)" 17,000 times took 0.4 s, 67,000 times 4.5 s. Articles put a space between links.
 */
export const MAX_GLUED_LINKS = 100;

/** The first line (from 0) with a run of over MAX_GLUED_LINKS links ("](") without a space, or -1. */
function overLinked(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let links = 0;
    for (let k = 0; k < line.length; k++) {
      const c = line.charCodeAt(k);
      // marked's link address ends at a space, a tab, a line break or another control character.
      if (c <= 32) links = 0;
      else if (c === 93 && line.charCodeAt(k + 1) === 40 && ++links > MAX_GLUED_LINKS) return i;
    }
  }
  return -1;
}

/**
 * Most marks of punctuation a web address written as text ("www.…", "https://…") may end in.
 * marked takes them off one at a time, reading the address again each time: "www.a.b/" and
 * ")" 17,000 times took 0.23 s, 67,000 times 3 s; with "_" it is four times slower. An
 * address ends in a mark or two (a full stop, a bracket that closes the sentence's).
 */
export const MAX_ADDRESS_END_MARKS = 20;

/** Addresses that marked links by themselves, to the next space or "<". */
const BARE_ADDRESS = /(?:(?:https?|ftp):\/\/|www\.)[^\s<]*/gi;
/** The marks marked takes off an address's end. */
const ADDRESS_END_MARKS = new Set('?!.,:;*_\'"~)');

/** How many marks (a character reference such as "&amp;" counts as one) marked would take off the end of an address. */
function addressEndMarks(address: string): number {
  let end = address.length;
  let marks = 0;
  for (;;) {
    const c = address[end - 1] ?? '';
    let from = end - 1;
    if (c === ';') {
      while (from > 0 && /[a-zA-Z0-9]/.test(address[from - 1]!)) from--;
      if (from < end - 1 && address[from - 1] === '&') end = from - 1;
      else end--;
    } else if (ADDRESS_END_MARKS.has(c)) end--;
    else return marks;
    marks++;
  }
}

/** The first line (from 0) with a web address that ends in over MAX_ADDRESS_END_MARKS marks, or -1. Fenced code is not read. */
function overMarkedAddress(lines: readonly string[]): number {
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const m of line.matchAll(BARE_ADDRESS)) if (addressEndMarks(m[0]) > MAX_ADDRESS_END_MARKS) return i;
  }
  return -1;
}

/**
 * Most characters front matter may run over. The YAML reader takes time that grows faster than
 * its length with many keys (each checked against those before it) and with brackets left open:
 * 20,000 keys (230 KB) took 1.4 s, 40,000 keys 6.8 s; 128 KB of "[" 2.4 s. Front matter holds a
 * title, a date and some fields, of 200 topics at most: a few KB.
 */
export const MAX_FRONT_MATTER = 64 * 1024;

/** The length of the front matter gray-matter would read (from the opening "---" to the closing one, or to the end), or 0. */
function frontMatterLength(content: string): number {
  const fence = content.slice(0, 3);
  if ((fence !== '---' && fence !== '+++') || content[3] === fence[0]) return 0;
  const close = content.indexOf(`\n${fence}`, 3);
  return close < 0 ? content.length : close;
}

/** Front matter whose lists or mappings nest deeper than the YAML reader's stack (a few thousand "[" do). */
function tooDeepYaml(file: string, line: number): SeedProblem {
  return { file, line, message: 'the front matter nests lists or mappings too deeply to be read', hint: 'front matter holds a title, a date and a few fields: check its brackets' };
}

/** The line (from 0) with the most marks that nest: a guess at where a body too deep to read is so. */
function likeliestDeepLine(lines: readonly string[]): number {
  let best = 0;
  let most = -1;
  lines.forEach((line, i) => {
    const marks = line.length - line.replace(/[*_>[\]()-]/g, '').length;
    if (marks > most) [best, most] = [i, marks];
  });
  return best;
}

const TOO_DEEP_HINT = 'quotes (">"), lists and emphasis nested this deep are no article\'s: check the file';

/**
 * Bounds on a body that marked would take too long over, or overflow its stack on, checked in
 * this order before it reads the body: where the first is passed (a line from 0), and what to say.
 */
/** Whether Markdown keeps to BODY_LIMITS: the seed's own, and what turndown writes of its HTML (see html.ts). */
function withinLimits(markdown: string): boolean {
  const lines = markdown.split('\n');
  return BODY_LIMITS.every((limit) => limit.over(lines) < 0);
}

const BODY_LIMITS: { over: (lines: readonly string[]) => number; message: string; hint: string }[] = [
  { over: overNested, message: `the Markdown nests more than ${MAX_NESTING} levels deep`, hint: TOO_DEEP_HINT },
  { over: overQuoted, message: `a quote of the Markdown runs over ${MAX_QUOTE_LINES} lines`, hint: 'no article quotes this much at once: check the file, or end the quote with a blank line' },
  {
    over: overEmphasised,
    message: `a paragraph of the Markdown holds over ${MAX_EMPHASIS_MARKS} emphasis marks ("_" or "*")`,
    hint: 'no article\'s paragraph has this many: check the file, or put long runs of "_" or "*" in a code block',
  },
  { over: overListed, message: `a list item of the Markdown runs over ${MAX_LIST_ITEM_LINES} lines without a blank line`, hint: 'no article\'s list item is this long: check the file, or end the item with a blank line' },
  { over: overLinked, message: `a line of the Markdown holds over ${MAX_GLUED_LINKS} links without a space between them`, hint: 'put a space between links' },
  { over: overMarkedAddress, message: `a web address in the Markdown ends in over ${MAX_ADDRESS_END_MARKS} punctuation marks`, hint: 'check the file, or put a space between the address and the marks' },
];

/**
 * The body after front matter: gray-matter ends front matter at the first line that starts with
 * "---", and leaves the rest of that line in the body, so that a closing `-----` or `--- ` put
 * a "--" or a space before the text. Anything else after the "---" stays, to be seen.
 */
function bodyAfterFrontMatter(content: string, body: string): string {
  const close = /\n---([^\n]*)/.exec(content);
  const rest = close?.[1];
  return rest && /^-*[ \t]*$/.test(rest) && body.startsWith(rest) ? body.slice(rest.length).replace(/^\n/, '') : body;
}

/** The file's line (from 1) that the body after the front matter starts on. */
function bodyStartLine(content: string, body: string): number {
  if (!content.endsWith(body)) return 1;
  return (content.slice(0, content.length - body.length).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** What Go's time formatting (and so a Hugo or Go tool's export) writes after the date: ` 15:04:05 -0700 MST`. */
const GO_TIME = /^ (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})? [+-]\d{4} [A-Z]{2,5}$/;

/**
 * What may follow the date: nothing, or a real time of day (`T10:30`, ` 10:30:00.5`) with an
 * optional zone (`Z`, `+03:00`, `-0500`, ` UTC`, ` CET`, `+0100 CET`); the time is ignored, but
 * `99:99 garbage` is a mistake.
 */
const TIME_AFTER_DATE = /^(?:[Tt ](?:[01]?\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d{1,9})?)?(?:\s?(?:[Zz]|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?))?(?:\s?[A-Z]{2,5})?)?$/;
/**
 * A date written as a number, as Hugo reads one (and JSON exports write them): seconds since
 * 1970 (9 or 10 digits: from 1973 to 5138), or milliseconds (11 to 13), that instant in UTC as
 * ISO 8601; null for any other number (`20171114` is no date).
 */
export function epochInstant(n: number): string | null {
  if (!Number.isSafeInteger(n) || n < 1e8 || n >= 1e14) return null;
  return new Date(n < 1e11 ? n * 1000 : n).toISOString();
}

/** A date of one-digit months or days, as Ruby, and so Jekyll, reads them: `2021-3-4`. */
const SHORT_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

/**
 * Blank lines (or a zero-width space) before front matter, which Jekyll and Hugo read only from
 * the first line: the front matter is read all the same (an editor's stray line is no reason to
 * lose a post's date, nor to publish a draft with its front matter as text).
 */
const BLANK_BEFORE_FRONT_MATTER = /^(?:[ \t\u200B-\u200D\u2060]*\r?\n)*[ \t\u200B-\u200D\u2060]*(?=(---|\+\+\+)[ \t]*\r?\n)/;

/** The line that closes YAML front matter (`---`, or YAML's `...`), and TOML's (`+++`). */
const YAML_END = /\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/;
const TOML_END = /\n\+\+\+[ \t]*\r?(?:\n|$)/;

/** Whether front matter opening with `fence` at `start` is closed, within MAX_FRONT_MATTER, as front matter is. */
function closesFrontMatter(text: string, start: number, fence: string): boolean {
  const end = text.slice(start + fence.length, start + MAX_FRONT_MATTER).search(fence === '---' ? YAML_END : TOML_END);
  return end >= 0;
}

/** A front matter key followed by a no-break space, as word processors and web forms type one (`title: Hello`). */
const KEY_THEN_NO_BREAK_SPACE = /^([ \t]*["']?[\w-]+["']?[ \t]*:)[\u00a0\u202f]+/gm;

/** The file with its front matter's keys followed by a space where a no-break space was, which YAML does not take for one. */
function withSpacedKeys(content: string): string {
  if (!content.startsWith('---')) return content;
  const end = content.search(YAML_END);
  const head = end < 0 ? content : content.slice(0, end);
  if (!/[\u00a0\u202f]/.test(head)) return content;
  return head.replace(KEY_THEN_NO_BREAK_SPACE, '$1 ') + content.slice(head.length);
}

export function parseMarkdownSeed(original: string, file: string): MarkdownParse {
  // Blank lines, or invisible characters, before front matter that is closed (a rule opening
  // the body after a blank line is no front matter: nothing closes it).
  const lead = BLANK_BEFORE_FRONT_MATTER.exec(original);
  const blank = lead !== null && lead[0] !== '' && closesFrontMatter(original, lead[0].length, lead[1]!) ? lead[0] : undefined;
  if (blank === undefined) return parseMarkdownFile(original, file);
  // Read from the front matter on, every line found counted from the file's first.
  const shift = blank.split('\n').length - 1;
  const parsed = parseMarkdownFile(original.slice(blank.length), file);
  const lines = <T extends { line: number }>(list: T[]): T[] => list.map((x) => ({ ...x, line: x.line + shift }));
  if (!parsed.ok) return { ok: false, problems: lines(parsed.problems) };
  const s = parsed.seed;
  return { ok: true, seed: { ...s, slugLine: s.slugLine + shift, titleLine: s.titleLine + shift, aliasLine: s.aliasLine + shift, media: lines(s.media), seedLinks: lines(s.seedLinks), siteLinks: lines(s.siteLinks), httpPictures: lines(s.httpPictures), warnings: lines(s.warnings) } };
}

/** The problem of front matter that no line closes. */
function neverClosed(file: string, toml: boolean): MarkdownParse {
  const fence = toml ? '+++' : '---';
  return { ok: false, problems: [{ file, line: 1, message: 'the front matter opened on line 1 is never closed', hint: `end it with a line of three ${toml ? 'plus signs' : 'dashes'}, "${fence}", before the body` }] };
}

function parseMarkdownFile(original: string, file: string): MarkdownParse {
  // gray-matter finds front matter by "\n" only: lines ended by a lone CR (old Mac files) end
  // in "\n" here, one for one, so that line numbers stay the file's.
  const unified = original.includes('\r') ? original.replace(/\r\n?/g, '\n') : original;
  const notion = notionFrontMatter(unified, file);
  const content = withSpacedKeys(notion ?? unified);
  const problems: SeedProblem[] = [];
  if (frontMatterLength(content) > MAX_FRONT_MATTER) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: `the front matter runs over ${MAX_FRONT_MATTER} characters`, hint: 'front matter holds a title, a date and a few fields: check that it ends with a "---" line' }],
    };
  }
  // gray-matter reads the word after the opening "---" as the front matter's language, and looks
  // its reader up by name: `---json` was read as JSON, `---constructor` by Object's constructor.
  const language = /^---(?!-)([^\n]*)/.exec(content)?.[1]?.trim() ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    const code = /^(?:js|javascript|coffee|coffeescript|cson)$/i.test(language);
    const shown = JSON.stringify(language.slice(0, 40));
    return {
      ok: false,
      problems: [{ file, line: 1, message: code ? `front matter in a programming language is refused (${shown})` : `front matter in ${shown} is not read: front matter is YAML`, hint: 'write front matter as YAML between two "---" lines' }],
    };
  }
  // Hugo's other front matter: TOML between "+++" lines (read), or a JSON object opening the file.
  const toml = /^\+\+\+[ \t]*(?:\n|$)/.test(content);
  if (/^\{[ \t]*(?:\n|")/.test(content)) {
    return { ok: false, problems: [{ file, line: 1, message: 'front matter in JSON ("{") is not read: front matter is YAML or TOML', hint: 'write front matter as YAML between two "---" lines' }] };
  }
  // Front matter with no closing line is all the file as far as gray-matter goes: a file cut off
  // while saved or synced would be published empty, or with its body's `Key: value` lines read as
  // front matter. Jekyll publishes no such file either.
  // (Closed as gray-matter closes it: by a line that opens with the fence, `----` and `---x` too.)
  if ((toml || /^---(?!-)[^\n]*(?:\n|$)/.test(content)) && !(toml ? /\n\+\+\+/ : /\n(?:---|\.\.\.)/).test(content.slice(3))) return neverClosed(file, toml);
  let fm: matter.GrayMatterFile<string>;
  try {
    fm = frontMatter(content, toml);
  } catch (error) {
    if (error instanceof TomlFrontMatterError) {
      return { ok: false, problems: [{ file, line: error.line, message: `front matter is not valid TOML: ${error.message}`, hint: 'write keys as `title = "A title"`, text in quotes, between two "+++" lines' }] };
    }
    if (error instanceof YAMLParseError || error instanceof YAMLError) {
      // gray-matter passes the YAML with the newline after the opening "---", so its lines are the file's.
      const line = error.linePos?.[0]?.line ?? 1;
      const message = yamlMessage(error.message);
      if (message.startsWith('Maximum call stack size exceeded')) return { ok: false, problems: [tooDeepYaml(file, line)] };
      // A tag of a language's own type (`!!js/function`, `!!python/object`): data only is read.
      const hint = error.code === 'TAG_RESOLVE_FAILED' ? 'front matter is data: a tag such as !!js/function or !!python/object is not read; write the value without it (title: Talks)' : YAML_HINT;
      return { ok: false, problems: [{ file, line, message: `front matter is not valid YAML: ${message}`, hint }] };
    }
    // The YAML reader recurses once per level of nested lists or mappings.
    if (error instanceof RangeError) return { ok: false, problems: [tooDeepYaml(file, 1)] };
    const message = error instanceof Error ? error.message : String(error);
    const refused = /refused|engine/.test(message);
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          message: refused ? `front matter in a programming language is refused (${message})` : `front matter cannot be read: ${message}`,
          hint: 'write front matter as YAML between two "---" lines',
        },
      ],
    };
  }

  const raw = fm.matter ?? '';
  const rawLines = raw.split(/\r\n|\r|\n/);
  const keyLine = (key: string): number => {
    // A Notion page's title is its heading, on line 1 (its front matter's `title:` is the blank line under it).
    if (notion !== null && key === 'title') return 1;
    // As written first; else in another case (`Title:` read as `title`).
    const line = (flags: string, indent = '') => rawLines.findIndex((l) => new RegExp(`^${indent}(?:${key}|"${key}"|'${key}')\\s*${toml ? '=' : ':'}`, flags).test(l));
    const exact = line('');
    // Else indented, as a key of Hugo's `params` or Zola's `[extra]` is (see NESTED_KEYS).
    const i = exact >= 0 ? exact : [line('i'), line('', '[ \\t]+'), line('i', '[ \\t]+')].find((n) => n >= 0) ?? -1;
    return i < 0 ? 1 : i + 1; // +1 for the opening "---", -1 for the leading newline gray-matter keeps
  };
  const at = (key: string, message: string, hint?: string): void => {
    problems.push({ file, line: keyLine(key), message, ...(hint ? { hint } : {}) });
  };
  const data = fm.data as Record<string, unknown>;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ file, line: 1, message: 'front matter must be a mapping of keys to values' }] };
  }
  // Zola's `[taxonomies]` and `[extra]` tables and Hugo's `params`, where those tools keep the
  // tags, categories, author and summary: read as if at the top, unless the top gives them.
  for (const table of ['taxonomies', 'extra', 'params']) {
    const inner = data[table];
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner) || inner instanceof Date) continue;
    for (const [k, v] of Object.entries(inner)) {
      const known = k.toLowerCase();
      if (NESTED_KEYS.has(known) && !Object.keys(data).some((top) => top.toLowerCase() === known)) data[known] = v;
    }
  }
  // Keys are read in any case (`Title:`, as other tools write them), and `tags` and
  // `categories` (Hugo's and Jekyll's) are topics too; the same key twice is a mistake.
  for (const key of Object.keys(data)) {
    const known = key.toLowerCase();
    if (known === key || !FRONT_MATTER_KEYS.has(known)) continue;
    if (Object.hasOwn(data, known)) at(key, `"${key}" is "${known}" given a second time`, `keep one "${known}"`);
    else data[known] = data[key];
  }
  const text = (key: string): string | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return plainFromHtml(v).trim() || null;
    if (typeof v === 'number') return String(v);
    at(key, `"${key}" must be text, not ${Array.isArray(v) ? 'a list' : typeof v}`);
    return null;
  };

  // Hugo's `publishDate`, Astro's `pubDate` and Ghost's `published_at` say the date when `date` does not.
  const given = (k: string): boolean => data[k] !== undefined && data[k] !== null && data[k] !== '';
  const dateKey = DATE_KEYS.find(given) ?? 'date';
  const rawDate = data[dateKey];
  // Jekyll's posts are named by their date (`2017-11-14-talks-resume.md`) and need not repeat it.
  const named = /^(\d{4}-\d{2}-\d{2})-/.exec(file.slice(file.lastIndexOf('/') + 1))?.[1];
  let date: string | null = given(dateKey) || named === undefined ? null : parseCalendarDate(named);
  // No date at all: a problem, unless the seed is a draft (see below), as Jekyll's drafts have none.
  let noDate: SeedProblem | null = null;
  let time: string | null = null;
  let zone: string | null = null;
  if (!given(dateKey)) {
    // A key given empty (`date:`) is a problem on its line.
    const empty = DATE_KEYS.find((k) => k in data);
    if (date === null) {
      problems.push(noDate = {
        file,
        line: empty ? keyLine(empty) : 1,
        message: empty ? `"${empty}" is empty` : 'front matter has no "date"',
        hint: 'add "date: YYYY-MM-DD", or name the file by its date as Jekyll does: 2017-11-14-talks.md',
      });
    }
  } else {
    // `!!timestamp 2017-11-26` gives a Date, at midnight UTC: its calendar day is the date
    // written, which is taken from its line when it is there, since YAML reads the years 0 to 99
    // of a timestamp as 1900 to 1999.
    // The date as written, with its time after it (`2024-02-30T10:00`) as a time: a date that is
    // no day is no date, not the day YAML or TOML rolls it over to, nor the UTC day of its time.
    const written = rawDate instanceof Date ? /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/.exec(rawLines[keyLine(dateKey) - 1] ?? '')?.[0] : undefined;
    const plain = typeof rawDate === 'string' || typeof rawDate === 'number' || typeof rawDate === 'boolean';
    const epoch = plain && /^\s*\d{9,13}\s*$/.test(String(rawDate)) ? epochInstant(Number(rawDate)) : null;
    const s = (epoch ?? written ?? (rawDate instanceof Date && !Number.isNaN(rawDate.getTime()) ? rawDate.toISOString().slice(0, 10) : plain ? String(rawDate).trim() : ''))
      .replace(SHORT_DATE, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    if (!plain && !(rawDate instanceof Date)) {
      at(dateKey, `"${dateKey}" must be a date, not ${Array.isArray(rawDate) ? 'a list' : 'a mapping'}`, 'write date: YYYY-MM-DD');
    }
    date = plain || rawDate instanceof Date ? parseCalendarDate(s.slice(0, 10)) : null;
    if (date !== null && !TIME_AFTER_DATE.test(s.slice(10)) && !GO_TIME.test(s.slice(10))) date = null;
    date ??= parseWrittenDate(s);
    if (date === null && (plain || rawDate instanceof Date)) {
      const hint = /^\d{5,}$/.test(s)
        ? 'write it YYYY-MM-DD (a number is read as seconds or milliseconds since 1970 only of 9 to 13 digits, as Hugo reads one: 1510617600)'
        : SLASHED.test(s)
        ? 'write it YYYY-MM-DD: a date written "11/12/2017" is read month first in the United States and day first in most other countries'
        : 'use a real calendar date written YYYY-MM-DD, e.g. 2017-11-14';
      at(dateKey, invalidDate(s), hint);
    }
    // A TOML or YAML timestamp's time as its line writes it, in its own zone, as its date is.
    // (Without the line's comment: `date = 2017-11-14 # 13:13` gives no time.)
    const timeText = written !== undefined ? (rawLines[keyLine(dateKey) - 1] ?? '').replace(/^[^:=]*[:=]/, '').replace(/\s#.*$/, '') : rawDate instanceof Date ? rawDate.toISOString() : s;
    if (date !== null) ({ time, zone } = writtenClock(timeText));
  }

  let title = text('title');
  const givenSource = text('source');
  const givenDateline = text('dateline');
  // Hugo's `description`, Jekyll's `excerpt`, Ghost's `custom_excerpt` and Pandoc's `abstract` say what `summary` says.
  const summary = text('summary') ?? text('description') ?? text('excerpt') ?? text('custom_excerpt') ?? text('abstract');
  // Each is repeated on many pages (see MAX_TITLE).
  for (const [key, value, max] of [['title', title, MAX_TITLE], ['source', givenSource, MAX_TOPIC_NAME], ['dateline', givenDateline, MAX_TOPIC_NAME]] as const) {
    if (value !== null && value.length > max) at(key, `"${key}" is ${value.length} characters long, over the ${max} it can have`, key === 'title' ? 'a title is a headline: put the rest in the body' : `a ${key} is a name: shorten it`);
  }
  // YAML 1.2 reads `yes` and `no` as text; YAML 1.1 tools (and people) write them for true and false.
  const draftValue = typeof data.draft === 'string' ? (YES_NO[data.draft.trim().toLowerCase()] ?? data.draft) : data.draft;
  if (draftValue !== undefined && typeof draftValue !== 'boolean') at('draft', '"draft" must be true or false', 'write draft: true or draft: false, without quotes');
  // Jekyll's `published: false`, WordPress's and Ghost's `status` of a post not (yet) public,
  // and Ghost's `visibility` of a post for members only keep an article out as `draft: true`
  // does: published, an embargoed story or one for paying members would be out.
  const status = typeof data.status === 'string' ? data.status.trim().toLowerCase() : '';
  // Anything but `public` (a list, a mapping) is no promise that the post is public.
  const visibility = data.visibility === undefined || data.visibility === null ? 'public' : typeof data.visibility === 'string' ? data.visibility.trim().toLowerCase() : 'other';
  // `published: no`, `"false"` or `0`, as `draft` is read.
  const published = typeof data.published === 'string' ? (YES_NO[data.published.trim().toLowerCase()] ?? data.published) : data.published === 0 ? false : data.published;
  // Hugo's pages that it never renders: `headless: true`, `build: {render: never}` (`_build` before Hugo 0.123).
  const build = [data.build, data._build].find((b) => b !== null && typeof b === 'object' && !Array.isArray(b)) as { render?: unknown } | undefined;
  const unrendered = data.headless === true || build?.render === 'never' || build?.render === false;
  const draft = draftValue === true || published === false || UNPUBLISHED_STATUSES.has(status) || visibility !== 'public' || unrendered;
  // A draft need not have a date yet (Jekyll's `_drafts` have none): it is listed as a draft, never published.
  if (noDate !== null && (draft || inDrafts(file))) {
    problems.splice(problems.indexOf(noDate), 1);
    date = UNDATED_DRAFT;
  }
  // Each key read on its own, so that a problem names the key and line it is on.
  const topics = TOPIC_KEYS.flatMap((key) => parseTopics(data[key], key, at));
  if (topics.length > MAX_ARTICLE_TOPICS) {
    at(TOPIC_KEYS.find((k) => data[k] != null)!, `"topics", "tags" and "categories" list ${topics.length} topics together, more than the ${MAX_ARTICLE_TOPICS} an article can have`, 'list the topics a reader would follow the article by: names in its text become topics by themselves');
  }

  // Two keys for one thing, both given: one would be dropped unseen.
  for (const [one, other] of [['author', 'authors'], ['lang', 'language'], ['aliases', 'redirect_from']] as const) {
    if (data[one] == null || data[other] == null) continue;
    // On the line of the one written second.
    const [first, second] = keyLine(one) <= keyLine(other) ? [one, other] : [other, one];
    at(second, `"${second}" is "${first}" given a second time`, `keep one of "${one}" and "${other}"`);
  }
  // Hugo's `aliases` and Jekyll's `redirect_from`: the article's paths on the old site.
  const aliasKey = ['aliases', 'redirect_from'].find((k) => data[k] !== undefined && data[k] !== null);
  const aliases = aliasKey === undefined ? [] : parseAliases(data[aliasKey], aliasKey, at);
  // Else Ghost's `primary_author` (`{name: Sam Okafor}`).
  const authorKey = ['author', 'authors', 'primary_author'].find((k) => data[k] !== undefined && data[k] !== null);
  const authors = authorKey === undefined ? [] : parseAuthors(data[authorKey], authorKey, at);

  // The article's language, when it is not the site's (`--lang`): for the `lang` of its text on the pages.
  let lang: string | null = null;
  const langKey = ['lang', 'language'].find((k) => data[k] !== undefined && data[k] !== null);
  if (langKey !== undefined) {
    const v = data[langKey];
    lang = typeof v === 'string' ? languageTag(v) : null;
    if (lang === null) at(langKey, `"${langKey}" must be a language tag, not ${JSON.stringify(v).slice(0, 60)}`, 'write a tag such as fr, de, pt-BR or zh-Hans');
  } else {
    // Hugo's and Zola's translations, named by their language: `index.fr.md`, `ferry-timetable.de.md`.
    lang = fileLanguage(file);
  }

  let slug: string | null = null;
  let slugLine = 1;
  let permalinkAlias: string | undefined;
  for (const key of ['slug', 'permalink', 'url']) {
    const v = data[key];
    // Nor the name of a Jekyll style (`permalink: pretty`), no address (see jekyll-permalink.ts).
    if (v === undefined || v === null || (key === 'permalink' && typeof v === 'string' && Object.hasOwn(STYLES, v.trim()))) continue;
    // A whole address of the old site (not a pattern of Jekyll's, `/:categories/:title/`): its readers' links keep working.
    if (key !== 'slug' && typeof v === 'string' && v.includes('/') && !/(?:^|\/):/.test(v)) {
      const old = aliasPath(v);
      if ('path' in old) permalinkAlias ??= old.path;
    }
    const given = typeof v === 'string' || typeof v === 'number' ? givenSlug(String(v), key) : null;
    if (given !== null && RESERVED_SLUGS.has(given)) {
      at(key, `"${key}" is "${given}", the archive's own: a day's listing continues at /YYYY/MM/DD/${given}/2/`, 'choose another slug');
    } else if (given !== null) {
      slug = given;
      slugLine = keyLine(key);
    } else if (key === 'slug' || typeof v !== 'string' || leavesFolder(v)) {
      at(key, `"${key}" must be one URL segment of letters, digits and "-", not ${JSON.stringify(v).slice(0, 60)}`, 'write the last part of the article\'s address, e.g. talks-resume-in-vienna, or leave it out: the title gives one');
    }
    // Otherwise a Jekyll pattern (`/:categories/:title/`) or an address with no last part: the title gives the slug.
  }
  // A Jekyll post's address from its pattern, or Jekyll's default (see jekyll-permalink.ts).
  const permalink = typeof data.permalink === 'string' ? data.permalink.trim() : undefined;
  if (permalinkAlias === undefined && date !== null && data.url === undefined && (permalink === undefined || /(?:^|\/):/.test(permalink) || Object.hasOwn(STYLES, permalink))) {
    const jekyll = jekyllPostPath({ file, date, time, categories: [data.categories, data.category], permalink: permalink ?? null, slug: typeof data.slug === 'string' ? data.slug.trim() : null });
    const old = jekyll === null ? null : aliasPath(jekyll);
    if (old !== null && 'path' in old) permalinkAlias = old.path;
  }

  // Body: line numbers in problems count from the start of the file.
  const markdown = bodyAfterFrontMatter(content, fm.content);
  const bodyLine = bodyStartLine(content, markdown);
  // The body's lines, split once for every bound.
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const limit of BODY_LIMITS) {
    const past = limit.over(lines);
    if (past >= 0) return { ok: false, problems: [...problems, { file, line: bodyLine + past, message: limit.message, hint: limit.hint }] };
  }
  let read: ReadBody;
  try {
    read = readBody(markdown, { file, title, dateline: givenDateline, authors: authors.length > 0 });
  } catch (error) {
    // marked reads nested emphasis ("***…x***") by recursion too: past some thousands of levels the stack runs out.
    if (!(error instanceof RangeError)) throw error;
    problems.push({ file, line: bodyLine + likeliestDeepLine(lines), message: 'the Markdown nests too deeply to be read', hint: TOO_DEEP_HINT });
    return { ok: false, problems };
  }
  const { tokens, lede, bodyText, headingTitle } = read;
  const media = read.media.map((ref) => ({ ...ref, line: bodyLine + ref.line }));
  // In the order of their lines: template tags' links are found before the Markdown's.
  const seedLinks = read.seedLinks.map((link) => ({ ...link, line: bodyLine + link.line })).sort((a, b) => a.line - b.line);
  const siteLinks = read.siteLinks.map((link) => ({ ...link, line: bodyLine + link.line }));
  const cover = coverPicture(data, file, media, keyLine);
  const httpPictures = [...(cover.http ? [cover.http] : []), ...read.httpPictures.map((picture) => ({ ...picture, line: bodyLine + picture.line }))];
  const html = cover.html + read.html;
  // Front matter's authors, else the body's byline, without the role after the names.
  // Else the names of a byline closing the story.
  const bylined = authors.length === 0 && read.byline !== null ? (read.bylineNames ?? parseAuthors(read.byline.replace(BYLINE_ROLE, ''), 'author', () => {})) : authors.length === 0 ? read.closingNames : authors;
  // A byline and nothing else: the article has no text, and says so (as a text seed's).
  if (read.onlyByline !== null) {
    problems.push({ file, line: bodyLine + read.onlyByline.line, message: noTextBecause(Boolean(title || headingTitle), 'a byline', read.onlyByline.text), hint: 'add the story under the byline' });
    return { ok: false, problems };
  }
  if (read.onlyEndMark !== null) {
    const { only } = read.onlyEndMark;
    problems.push({ file, line: bodyLine + read.onlyEndMark.line, message: noTextBecause(Boolean(title || headingTitle), only, read.onlyEndMark.text), hint: `add the story above the ${only.replace(/^an? /, '')}` });
    return { ok: false, problems };
  }
  if (read.onlyTablesOrLists !== null) {
    problems.push({ file, line: bodyLine + read.onlyTablesOrLists.line, message: untitledBecause(read.onlyTablesOrLists.only), hint: 'give it a `title:` in the front matter or a `# heading` above it' });
    return { ok: false, problems };
  }
  // Front matter's, else the dateline's, else an agency's signing the lede after words that are no place (see agencySign), else a sign-off's (`-- PTI`), as a text seed's.
  const source = givenSource ?? read.dateline?.source ?? read.signedLede ?? read.signedBy;
  const dateline = givenDateline ?? read.dateline?.place ?? null;
  if (bodyText === '' && !title && !headingTitle) {
    problems.push({ file, line: 1, message: 'the article has no title and no text', hint: 'add a "title" or a body' });
  }
  if (problems.length > 0 || !date) return { ok: false, problems };

  const titleDerived = !title;
  let titleLine = keyLine('title');
  if (headingTitle) {
    title = headingTitle.text;
    titleLine = bodyLine + headingTitle.line;
  } else if (!title) {
    const headingAt = tokens.findIndex((t) => t.type === 'heading');
    const firstHeading = tokens[headingAt] as Tokens.Heading | undefined;
    title = firstHeading ? headingText(firstHeading) : deriveTitle(lede || bodyText);
    // The top-level tokens' raw texts are the body, one after the other.
    if (firstHeading) titleLine = bodyLine + tokens.slice(0, headingAt).reduce((n, t) => n + (t.raw.match(/\n/g)?.length ?? 0), 0);
  }
  return {
    ok: true,
    seed: {
      date,
      time,
      zone,
      title,
      titleDerived,
      dateline,
      source,
      summary: summary ?? read.teaser,
      lede,
      text: bodyText,
      blocks: html.trim() === '' ? [] : [{ type: 'html', html }],
      topics,
      slug,
      slugLine,
      titleLine,
      draft,
      lang,
      // Else those of Reuters' credit line closing it, then those of a credit cut from its end (`*Writing by Jane Doe`), then the reporters a dateline names (Xinhua's `（记者王晓洁）`).
      authors: bylined.length > 0 ? bylined : read.creditNames.length > 0 ? read.creditNames : read.tailAuthors.length > 0 ? read.tailAuthors : (read.dateline?.reporters ?? []),
      aliases,
      aliasLine: aliasKey === undefined ? 1 : keyLine(aliasKey),
      ...(permalinkAlias !== undefined ? { permalinkAlias } : {}),
      media: cover.media,
      seedLinks,
      siteLinks,
      httpPictures,
      warnings: cover.warnings,
    },
  };
}

/** Notion's property names for what front matter calls `date`, `tags`, `author`, `status` and `summary`. */
const NOTION_KEYS: [RegExp, string][] = [
  [/^(?:date|created|published|publish date|date published|published on|created time|date created|created at)$/i, 'date'],
  [/^(?:tags|tag|category|categories|topics)$/i, 'tags'],
  [/^(?:author|authors|author\(s\)|created by|by|writer)$/i, 'author'],
  [/^status$/i, 'status'],
  [/^(?:summary|description|excerpt)$/i, 'summary'],
];
/** A property line of a Notion page: a name, `: ` and its value. */
const NOTION_PROPERTY = /^([^\s:#>*\-][^:\n]{0,40}):(?: ([^\n]*))?$/u;
/** The name Notion gives an exported page: its title and its id, 32 hexadecimal digits. */
const NOTION_FILE = / [0-9a-f]{32}\.(?:md|markdown)$/i;

/** A Notion date as front matter reads it: a range's start (`March 4, 2019 → March 6, 2019`). */
const notionDate = (value: string): string => value.split('→')[0]!.replace(/\s*\([^()]*\)\s*$/, '').trim();
const readsAsDate = (value: string): boolean => (parseCalendarDate(value.slice(0, 10)) ?? parseWrittenDate(value)) !== null;

/**
 * A Notion page as Notion exports it to Markdown (its file named by its title and its id), with
 * its properties written as front matter: its title a heading on line 1, a blank line, its
 * properties a line each (`Created: March 4, 2019 10:12 AM`, `Tags: Budget, Politics`,
 * `Author: Jane Roe`), and a blank line. Line for line, so that a problem names the file's own
 * line: the heading's line opens the front matter, the blank line under it holds the title, each
 * property is a key (its name as front matter names it, `date`, `tags`, …, the first of each and
 * a date only if it reads as one; else `notion_` and its number, read by nothing), and the blank
 * line after them closes it. A checkbox `Published: No` keeps the page out, as `published: false`
 * does. Null for any other file.
 */
function notionFrontMatter(content: string, file: string): string | null {
  if (!NOTION_FILE.test(file)) return null;
  const heading = /^# +(\S[^\n]*)\n[ \t]*\n/.exec(content);
  if (!heading || heading[1]!.length > MAX_TITLE * 2) return null;
  const lines = content.slice(heading[0].length).split('\n');
  const end = lines.findIndex((line) => !NOTION_PROPERTY.test(line));
  if (end <= 0 || lines[end]!.trim() !== '') return null;
  const properties = lines.slice(0, end).map((line) => {
    const [, name, given] = NOTION_PROPERTY.exec(line)!;
    const text = (given ?? '').trim();
    // Its name without an icon before it (`📅 Date`).
    const bare = name!.replace(/^[^\p{L}\p{N}]+/u, '').trim();
    const checkbox = /^published$/i.test(bare) && /^(?:yes|no)$/i.test(text);
    return { text, key: checkbox ? 'published' : NOTION_KEYS.find(([names]) => names.test(bare))?.[1] };
  });
  // The date: the first property of a date's name that reads as one, else the first given, so that its problem names it.
  const dates = properties.flatMap((p, i) => (p.key === 'date' && p.text !== '' ? [i] : []));
  const dateAt = dates.find((i) => readsAsDate(notionDate(properties[i]!.text))) ?? dates[0];
  const used = new Set<string>();
  const keys = properties.map(({ text, key }, i) => {
    const taken = key === undefined || used.has(key) || text === '' || (key === 'date' && i !== dateAt);
    if (!taken) used.add(key);
    return taken ? `notion_${i}: ${JSON.stringify(text)}` : `${key}: ${JSON.stringify(key === 'date' ? notionDate(text) : text)}`;
  });
  const title = heading[1]!.trimEnd().replace(/ #+$/, '').trim();
  return ['---', `title: ${JSON.stringify(title)}`, ...keys, '---', ...lines.slice(end + 1)].join('\n');
}

/**
 * Keys that name an article's cover picture, as exports write them: WordPress's
 * (wordpress-export-to-markdown's `coverImage`), Ghost's `feature_image`, Jekyll's `image`
 * (jekyll-seo-tag's; `image: {path}` too), Hugo themes' `featured_image`, `cover: {image}` and
 * `images` (the first).
 */
const COVER_KEYS = ['coverimage', 'cover_image', 'feature_image', 'featured_image', 'image', 'cover', 'images'];

/**
 * The cover picture front matter names, shown above the body unless the body shows it already,
 * and first among the article's pictures (its sharing card): a file beside the post or of the
 * seeds folder (see media.ts), or a web address (shown, no file to copy). Nothing for a value
 * that is neither.
 */
function coverPicture(data: Record<string, unknown>, file: string, media: MediaRef[], keyLine: (key: string) => number): { html: string; media: MediaRef[]; warnings: ReadWarning[]; http: HttpPicture | null } {
  // A cover of an address no page may show (`javascript:`, a `data:` page, a path out of the
  // seeds folder, an `.svg`) is left out, as it was, but said, as every file an article cannot
  // have is: it was left out without a word.
  const warnings: ReadWarning[] = [];
  for (const key of COVER_KEYS) {
    let value = data[key];
    if (Array.isArray(value)) value = value[0];
    if (value !== null && typeof value === 'object') value = ['image', 'path', 'src', 'url'].map((k) => (value as Record<string, unknown>)[k]).find((v) => typeof v === 'string');
    if (typeof value !== 'string' || value.trim() === '') continue;
    const address = value.trim().replace(GHOST_URL, '');
    const found = mediaRef(file, address, 'image', keyLine(key));
    if (found === null) {
      if (/^https?:\/\/[^\s"'<>]+$/i.test(address)) {
        // Over plain http:, shown over https:, as a body's picture is (see HTTP_PICTURE): the pages' policy blocked it.
        const http = HTTP_PICTURE.test(address) ? { address, line: keyLine(key) } : null;
        const src = http ? `https:${address.slice('http:'.length)}` : address;
        return { html: `<p><img src="${escapeHtml(src)}" alt=""></p>\n`, media, warnings, http };
      }
      const why = /^https?:/i.test(address) ? 'its web address holds a space, a quote, "<" or ">"' : whyNoPicture(file, address);
      warnings.push({ line: keyLine(key), message: `the cover picture "${shownAddress(address)}" is not shown: ${why}`, hint: `give "${key}" the path of a picture beside the post (cover.jpg) or its https: address` });
      continue;
    }
    const ref: MediaRef = { ...found, cover: true };
    // The same file however named: from the post's folder or from the root.
    const shown = media.find((m) => m.file === ref.file);
    // First, so that it is the sharing card; shown once.
    return shown ? { html: '', media: [shown, ...media.filter((m) => m !== shown)], warnings, http: null } : { html: `<p><img src="${escapeHtml(mediaRefUrl(ref))}" alt=""></p>\n`, media: [ref, ...media], warnings, http: null };
  }
  return { html: '', media, warnings, http: null };
}

/** Most of an address a warning shows: a `data:` address is a file's worth of text. */
const MAX_SHOWN_ADDRESS = 60;

/** An address as a warning shows it: at most MAX_SHOWN_ADDRESS characters of it. */
function shownAddress(address: string): string {
  return address.length > MAX_SHOWN_ADDRESS ? `${address.slice(0, MAX_SHOWN_ADDRESS)}…` : address;
}

/** A site path (see sitePath) without its query and fragment, percent-encoding decoded where it can be: the file a host looks for. */
function pathOf(site: string): string {
  const bare = site.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}
