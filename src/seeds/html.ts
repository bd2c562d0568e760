// HTML in a Markdown seed. Bodies exported from WordPress or Ghost are HTML (`<p>`, `<strong>`,
// `<a href>`), and hand-written Markdown borrows a tag or two (`<em>`, `<br>`): shown as text,
// their tags would litter the page. The tags of a safe subset (FORMATTING) are turned into
// Markdown by turndown and read again, so that they render as the Markdown's own, through the
// same safe renderer, with no attribute of the seed's but a link's or an image's (whose URLs that
// renderer judges, as in Markdown): an event handler (`onclick`, as analytics and lightbox
// plugins leave them on links) never reaches the page. An embedded video or page (an iframe)
// with a web address, or of a file beside the post, is a link to it. Scripts and style sheets
// (an embedded post's loader) are left out, with what they hold; a link to a `javascript:` URL is
// its text. Every other tag (a form, an angle-bracketed word that is no HTML) is shown as text.
import { decodeHTMLStrict } from 'entities/decode';
import { randomBytes } from 'node:crypto';
import { Marked, type Token, type Tokens } from 'marked';
import TurndownService from 'turndown';
import { tables } from '@joplin/turndown-plugin-gfm';

/**
 * Elements turned into Markdown (`p`, `em`, `a`, `img`, lists, headings), or into their text
 * (`span`, `div`, `sup`: no Markdown of their own).
 */
export const FORMATTING = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'center', 'cite', 'code', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'time', 'tt', 'u', 'ul', 'var',
  // Tables, as GFM tables (see turndown's tables plugin), their caption as text.
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);

/**
 * Elements of no text or Markdown, left out where the subset is turned, what they hold kept: a
 * `<picture>`'s sources (its `<img>` stays), a word break, a table's columns, a video's captions,
 * a `<noscript>` (the player a lazy-loading plugin repeats for pages without script).
 */
const LEFT_OUT = new Set(['source', 'wbr', 'colgroup', 'col', 'track', 'noscript']);

/**
 * Elements that embed a video, a sound or another site's page (WordPress's and Ghost's YouTube
 * players, `<video src>`): a link to what they embed (see embedAsLink); their closing tags go. A `<source>` with `src` is a video's or sound's (a picture's has `srcset`, and is left out).
 */
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'source']);

/**
 * A web address as an embed's `src` may hold it: a whole one, or one without its scheme
 * (`//www.youtube.com/…`, as old embeds wrote them); no space, control character or mark that
 * turns text around (its text is shown as the link's), no bracket (which Markdown would read).
 */
const EMBED_URL = /^(?:https?:)?\/\/[^\s<>"'\\[\]()\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/i;

/** YouTube's player's addresses: its host, and what it plays. */
const YOUTUBE_PLAYER = /^(?:www\.|m\.)?youtube(?:-nocookie)?\.com$/i;

/**
 * Where an embed's `src` leads a reader: for a YouTube player, the video's own page, with its
 * playlist and start (`/embed/ID?start=90` is `/watch?v=ID&t=90`), a playlist's or a channel's
 * live stream's; for a Vimeo player, the video's page; else the address itself. Null for
 * anything but a web address.
 */
export function embedLink(src: string): string | null {
  const address = decodeHTMLStrict(src).trim();
  if (!EMBED_URL.test(address)) return null;
  const url = address.startsWith('//') ? `https:${address}` : address;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const player = /^\/embed\/([\w-]{1,64})\/?$/.exec(parsed.pathname);
  if (YOUTUBE_PLAYER.test(parsed.hostname) && player) {
    const id = player[1]!;
    const list = parsed.searchParams.get('list');
    const channel = parsed.searchParams.get('channel');
    const safe = (value: string | null): value is string => value !== null && /^[\w-]{1,64}$/.test(value);
    if (id === 'videoseries') return safe(list) ? `https://www.youtube.com/playlist?list=${list}` : null;
    if (id === 'live_stream') return safe(channel) ? `https://www.youtube.com/channel/${channel}/live` : null;
    const start = parsed.searchParams.get('start');
    return `https://www.youtube.com/watch?v=${id}${safe(list) ? `&list=${list}` : ''}${start !== null && /^\d{1,6}$/.test(start) ? `&t=${start}` : ''}`;
  }
  const vimeo = /^\/video\/(\d{1,20})\/?$/.exec(parsed.pathname);
  if (/^player\.vimeo\.com$/i.test(parsed.hostname) && vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return url;
}

/** A relative address: a file beside the post (`clip.mp4`, `media/talk.mp3`), of no space or control character. */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/\/)[^\s<>"'\\\u0000-\u001f\u007f-\u009f]+$/i;

/** Where lazy-loading plugins keep an embed's or a picture's address while its `src` is empty, `about:blank` or a placeholder. */
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-lazy', 'data-original'];

/** A tag's attributes by name, each its first value as written, but event handlers (which never reach the page). */
function attributeValues(attributes: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, attr, ...quoted] of attributes.matchAll(ATTRIBUTE)) {
    const key = attr!.toLowerCase();
    if (key.startsWith('on')) continue;
    if (!values.has(key)) values.set(key, quoted.find((v) => v !== undefined) ?? '');
  }
  return values;
}

/**
 * A lazy-loaded picture (`<img src="data:image/gif;base64,…" data-lazy-src="quay.jpg">`, as
 * WordPress's plugins leave them in exported posts) as the picture it loads, with its
 * description: its placeholder is no picture. Null for any other `<img>`.
 */
function lazyImage(attributes: string): string | null {
  const values = attributeValues(attributes);
  const src = values?.get('src')?.trim();
  if (!(src === undefined || src === '' || /^(?:data:|about:blank$)/i.test(src))) return null;
  const lazy = LAZY_SRC.map((k) => values.get(k)?.trim()).find((v) => v !== undefined && v !== '');
  if (lazy === undefined) return null;
  const attribute = (name: string, value: string | undefined): string => (value === undefined ? '' : ` ${name}="${value.replaceAll('"', '&quot;')}"`);
  return `<img${attribute('src', lazy)}${attribute('alt', values.get('alt'))}${attribute('title', values.get('title'))}>`;
}

/**
 * An embed's tag as a link to what it embeds (see EMBEDS), on a line of its own; nothing for one
 * of no address (a `<video>` around its `<source>`s); null, to be shown as text, for an address
 * that is neither a web one nor a relative one `isSafeUrl` takes (a video beside the post, which
 * the renderer points at the site's copy). Its first `src` is its address, as a browser reads it, or a lazy-loading plugin's when that is blank.
 */
function embedAsLink(attributes: string, isSafeUrl: (href: string) => boolean): string | null {
  const values = attributeValues(attributes);
  let src = values.get('src');
  if (src === undefined || src.trim() === '' || /^\s*about:blank\s*$/i.test(src)) src = LAZY_SRC.map((k) => values.get(k)).find((v) => v !== undefined && v.trim() !== '') ?? src;
  if (src === undefined || src.trim() === '' || /^\s*about:blank\s*$/i.test(src)) return '';
  const address = decodeHTMLStrict(src).trim();
  const link = embedLink(src) ?? (RELATIVE.test(address) && isSafeUrl(address) ? address : null);
  return link === null ? null : `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a><br>`;
}

/**
 * Most table cells turned into GFM tables at once: the tables plugin looks cells up in ways that
 * take quadratic time (2,000 rows of two cells took 5.9 s, 1,000 took 1.5 s); more are shown as text.
 */
const MAX_TABLE_CELLS = 1000;

/** How many table cells some HTML opens. */
function cells(html: string): number {
  return html.match(/<t[dh][\s>]/gi)?.length ?? 0;
}

/** A run of spaces longer than any article's: see toMarkdown. */
const LONG_SPACE = /\s{1000}/;

/** Elements of the subset that are never closed. */
const VOID = new Set(['br', 'hr', 'img']);
/**
 * Elements nested deeper than this are no article's: turndown would take seconds over them, or
 * overflow its stack (30,000 nested `<div>`s took 7 s). Shown as text.
 */
const MAX_DEPTH = 100;

/** An element's tag, from its `<`: its name, and its attributes in any of HTML's ways of quoting them. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"'<]|"[^"]*"|'[^']*')*)>?/y;

/** A tag, a comment or a declaration in HTML, where it is: `name` and `attributes` for a tag. */
interface Markup {
  start: number;
  end: number;
  text: string;
  name?: string;
  attributes?: string;
}

/**
 * The tags, comments and declarations (`<!DOCTYPE>`, `<![CDATA[`, `<?xml`) of some HTML, in
 * order, found by a scan that reads each character a bounded number of times: patterns that
 * looked for a comment's end at every `<!--` took minutes over thousands never closed. `<!-->`
 * is a whole comment, as in HTML; a comment never closed is none (its `<!--` is text), nor a
 * declaration without its `>` before the next `<`.
 */
function markupOf(html: string): Markup[] {
  const out: Markup[] = [];
  // Where the next `-->` and `>` are, found once for all the positions before them.
  let commentEnd = -2;
  let close = -2;
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at)) {
    if (html.startsWith('<!--', at)) {
      if (html.startsWith('>', at + 4) || html.startsWith('->', at + 4)) {
        const end = at + (html[at + 4] === '>' ? 5 : 6);
        out.push({ start: at, end, text: html.slice(at, end) });
        at = end;
        continue;
      }
      if (commentEnd !== -1 && commentEnd < at + 4) commentEnd = html.indexOf('-->', at + 4);
      if (commentEnd >= 0) {
        out.push({ start: at, end: commentEnd + 3, text: html.slice(at, commentEnd + 3) });
        at = commentEnd + 3;
        continue;
      }
      at += 4;
      continue;
    }
    if (html[at + 1] === '!' || html[at + 1] === '?') {
      if (close !== -1 && close < at) close = html.indexOf('>', at);
      const next = html.indexOf('<', at + 1);
      if (close >= 0 && (next < 0 || close < next)) {
        out.push({ start: at, end: close + 1, text: html.slice(at, close + 1) });
        at = close + 1;
      } else at += 2;
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (m) {
      out.push({ start: at, end: at + m[0].length, text: m[0], name: m[1], attributes: m[2] });
      at += m[0].length;
    } else at += 1;
  }
  return out;
}

/**
 * `html` with each of its tags, comments and declarations replaced by what `by` makes of it, and
 * the text between them by what `gap` makes of it.
 */
function replaceMarkup(html: string, by: (m: Markup) => string, gap: (text: string) => string = (text) => text): string {
  const found = markupOf(html);
  if (found.length === 0) return gap(html);
  const parts: string[] = [];
  let last = 0;
  for (const m of found) {
    parts.push(gap(html.slice(last, m.start)), by(m));
    last = m.end;
  }
  parts.push(gap(html.slice(last)));
  return parts.join('');
}

/**
 * A `<` that opens no markup (a comment never closed, `a < b`), as text for turndown's parser,
 * which would read `<!--` to the end of the document as a comment, and every word after it.
 */
const lessThan = (text: string): string => text.replace(/</g, '&lt;');

/** An attribute of a tag: its name, and its value in any of HTML's three ways of writing one. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * Whether a tag is of the subset: a formatting element, written whole, with a link's or an
 * image's URL safe. Only `href`, `src`, `alt` and `title` reach the page (turndown writes the
 * Markdown of the rest without them: an event handler never does); a tag with an unsafe URL is
 * there to do harm, and is shown as text, as the rest of HTML is.
 */
function ofSubset(tag: string, name: string, attributes: string, isSafeUrl: (href: string) => boolean): boolean {
  if (!FORMATTING.has(name) || !tag.endsWith('>')) return false;
  for (const [, attr, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const key = attr!.toLowerCase();
    if ((key === 'href' || key === 'src') && !isSafeUrl(decodeHTMLStrict(values.find((v) => v !== undefined) ?? ''))) return false;
  }
  return true;
}

/** Text as HTML, every character HTML reads escaped, as numeric references: for text this reader writes into HTML itself. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A tag that is shown as text stands in turndown's input as a placeholder (private-use
 * characters around a nonce of this process and its number), and comes back as text in
 * turndown's output: as text in turndown's input, its URLs would become links in the Markdown
 * (`<img src="https://…">`).
 */
const NONCE = randomBytes(8).toString('hex');
const PLACEHOLDER = new RegExp(`\uE000${NONCE}(\\d+)\uE001`, 'g');
/** The placeholder of the `n`th tag shown as text; a seed cannot write one: it does not know the nonce. */
const placeholder = (n: number): string => `\uE000${NONCE}${n}\uE001`;

/** A tag shown as text, as Markdown: its characters as references where Markdown would read them. */
function tagAsMarkdown(tag: string): string {
  return escapeText(tag).replace(/[\\`*_[\]:~|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where a run of tokens is in its HTML: inside how many `<code>` and `<pre>` elements. */
interface HtmlContext {
  code: number;
  /** Inside how many `<picture>` elements: a picture's `<source>` is no video's. */
  picture: number;
}

/**
 * HTML as turndown is to read it: the tags of the subset as they are; every other tag (a script,
 * an iframe, an angle-bracketed word such as `<TICKER>`) and declaration as a placeholder for
 * itself as text (see PLACEHOLDER), or, in code, where turndown writes text as it is, as text;
 * comments gone. Null when it holds no tag of the subset.
 */
function subsetHtml(html: string, isSafeUrl: (href: string) => boolean, shown: string[], context: HtmlContext = { code: 0, picture: 0 }): string | null {
  let kept = false;
  const out = replaceMarkup(html, ({ text: tag, name, attributes }) => {
    if (name === undefined && tag.startsWith('<!--')) return '';
    const element = name?.toLowerCase();
    if (element === 'picture') context.picture = Math.max(0, context.picture + (tag.startsWith('</') ? -1 : 1));
    if (element !== undefined && EMBEDS.has(element) && context.code === 0 && context.picture === 0 && tag.endsWith('>')) {
      const link = tag.startsWith('</') ? '' : embedAsLink(attributes ?? '', isSafeUrl);
      if (link !== null) {
        kept = true;
        return link;
      }
    }
    if (element !== undefined && LEFT_OUT.has(element) && ofSubset(tag, 'span', attributes ?? '', isSafeUrl)) {
      kept = true;
      return '';
    }
    const lazy = element === 'img' && tag.endsWith('>') ? lazyImage(attributes ?? '') : null;
    if (lazy !== null && ofSubset(lazy, 'img', lazy.slice(4, -1), isSafeUrl)) {
      kept = true;
      return lazy;
    }
    if (element !== undefined && ofSubset(tag, element, attributes ?? '', isSafeUrl)) {
      kept = true;
      if (element === 'code' || element === 'pre') context.code = Math.max(0, context.code + (tag.startsWith('</') ? -1 : 1));
      return tag;
    }
    if (context.code > 0) return escapeText(tag);
    // A link to an address that may not be linked (`javascript:`): its text alone, as a Markdown
    // link's; shown as text, its tag lost the `</a>` that closed it (which is of the subset).
    if (element === 'a') {
      kept = true;
      return '';
    }
    shown.push(tag);
    return placeholder(shown.length - 1);
  }, lessThan);
  return kept ? out : null;
}

/**
 * How deep the elements of some HTML nest, as a parser nests them: a closing tag closes the
 * element it names and those left open inside it, and one that closes nothing is nothing.
 */
function nesting(html: string): number {
  const open: string[] = [];
  const count = new Map<string, number>();
  let deepest = 0;
  for (const { text: tag, name } of markupOf(html)) {
    const element = name?.toLowerCase();
    if (element === undefined || VOID.has(element)) continue;
    if (!tag.startsWith('</')) {
      deepest = Math.max(deepest, open.push(element));
      count.set(element, (count.get(element) ?? 0) + 1);
    } else if ((count.get(element) ?? 0) > 0) {
      for (const e of open.splice(open.lastIndexOf(element))) count.set(e, count.get(e)! - 1);
    }
  }
  return deepest;
}

/** The tokens inside a token, at any depth: inline tokens, list items, table cells. */
function* inner(token: Token): Generator<Token> {
  const t = token as { tokens?: Token[]; items?: { tokens: Token[] }[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
  const lists = [t.tokens ?? [], ...(t.items ?? []).map((i) => i.tokens), ...[...(t.header ?? []), ...(t.rows ?? []).flat()].map((c) => c.tokens)];
  for (const list of lists) {
    for (const child of list) {
      yield child;
      yield* inner(child);
    }
  }
}

/** Whether a top-level token holds HTML of the subset; a table is never turned (turndown writes no tables). */
function holdsSubset(token: Token, isSafeUrl: (href: string) => boolean): boolean {
  if (token.type === 'table') return false;
  return [token, ...inner(token)].some((t) => t.type === 'html' && subsetHtml((t as Tokens.HTML).text, isSafeUrl, []) !== null);
}

/**
 * Text as HTML, always escaped. After an inline `<code>`, `<kbd>`, `<pre>` or `<script>` tag,
 * marked passes the text that follows as it is written (its "raw block"), and text that is no
 * tag it knows (`<img/src=x onerror=…>`) would reach the page as HTML.
 */
export function escapedText(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Text | Tokens.Escape | Tokens.Tag): string {
  if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
  // A reference (`&amp;`, `&mdash;`) stays one, as marked leaves it in text.
  return token.text.replace(/[<>"']|&(?!#\d{1,7};|#[Xx][a-fA-F0-9]{1,6};|\w+;)/g, (c) => TEXT_ESCAPES[c]!);
}

/** What marked writes for each character it escapes in text. */
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Renders a token with the HTML of the subset it holds as HTML, the rest as placeholders (see subsetHtml), for turndown. */
function asHtml(isSafeUrl: (href: string) => boolean, shown: string[]): Marked {
  const context: HtmlContext = { code: 0, picture: 0 };
  return new Marked({
    gfm: true,
    renderer: {
      html({ text }) {
        return subsetHtml(text, isSafeUrl, shown, context) ?? replaceMarkup(text, ({ text: tag }) => (context.code > 0 ? escapeText(tag) : (shown.push(tag), placeholder(shown.length - 1))), lessThan);
      },
      // Text is text, even after a `<code>` (see escapedText): else turndown would read it as HTML.
      text: escapedText,
    },
  });
}

const turndown = new TurndownService({ headingStyle: 'atx', hr: '---', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**' });
const escapeMarkdown = turndown.escape.bind(turndown);
/**
 * A web or e-mail address with turndown's escapes in it (`a\\_b`): Markdown links an address in
 * text as it is, backslashes and all (`https://example.com/a\\_b`, `john\\_` before `doe@…`).
 */
const ESCAPED_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>]+|(?<![\w.+\\-])[\w.+\\-]+@[\w-]+(?:\.[\w-]+)+/g;
// Text is text: an `&lt;` or an angle-bracketed word must not come back as a tag, nor `&amp;lt;`
// as `<`. Characters of HTML first, then Markdown's: escaped the other way round, a `>` that
// opens a line (`>50 people`) was `\\&gt;`, shown as `&gt;`.
turndown.escape = (text: string): string =>
  escapeMarkdown(escapeText(text))
    .replace(ESCAPED_ADDRESS, (address) => address.replace(/\\([_*~])/g, '$1'))
    // `1) ` opens a list as `1. ` does, which turndown escapes.
    .replace(/^(\d+)\) /, '$1\\) ');
/** Lines as one, each trimmed, by splitting: a pattern of spaces around a line break was quadratic over a long run of spaces. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

// A link around blocks (a card's `<a><div>…</div></a>`, an image in its `<picture>`): their line
// breaks inside the brackets would undo the link, leaving `[` and `](…)` as paragraphs of text.
turndown.addRule('link', {
  filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
  replacement: (content, node) => {
    const text = oneLine(content);
    if (text === '') return '';
    const element = node as HTMLElement;
    // A link whose text is its address (an embed's, see embedAsLink) as Markdown's autolink:
    // its text is then shown as written, no `_` in it read as emphasis.
    const address = element.getAttribute('href')!;
    if (text === turndown.escape(address) && /^https?:\/\/[^\s<>]+$/.test(address) && !element.getAttribute('title')) return `<${address}>`;
    // A backslash too, or one at the end would escape the closing mark (`x\\)`).
    const href = element.getAttribute('href')!.replace(/([\\<>()])/g, '\\$1');
    const title = element.getAttribute('title');
    return `[${text}](${href.includes(' ') ? `<${href}>` : href}${title ? ` "${title.replace(/\s+/g, ' ').replace(/([\\"])/g, '\\$1')}"` : ''})`;
  },
});
// A figure is one paragraph, its picture first and its caption after it, as a WordPress caption
// is (see shortcodes.ts): the lede is no caption (see readBody).
turndown.addRule('figure', {
  filter: 'figure',
  // A table's lines stay its own (WordPress puts its tables in figures).
  replacement: (content, node) => `\n\n${(node as HTMLElement).getElementsByTagName('table').length > 0 ? content.trim() : oneLine(content)}\n\n`,
});
// HTML tables as GFM's (an election's results in a WordPress post): a line break in a cell,
// which a GFM table cannot hold, is written as `<br>`, made a space in toMarkdown.
turndown.use(tables);
// Blocks turndown reads as inline, which Markdown has no form of: a disclosure's summary and what
// it hides (`<details><summary>More</summary>Hidden text</details>` ran together, "MoreHidden
// text"), a definition list's terms and definitions: each a paragraph, a summary or a term in bold.
turndown.addRule('labelled blocks', {
  filter: ['summary', 'dt'],
  replacement: (content) => (content.trim() === '' ? '' : `\n\n**${oneLine(content)}**\n\n`),
});
turndown.addRule('blocks', { filter: ['details', 'dd', 'dl'], replacement: (content) => `\n\n${content.trim()}\n\n` });
// GFM's strikethrough, which turndown's own rules leave out.
turndown.addRule('strikethrough', { filter: (node) => ['DEL', 'S', 'STRIKE'].includes(node.nodeName), replacement: (content) => (content.trim() ? `~~${content}~~` : '') });

// A superscript or subscript (`m<sup>2</sup>`, `H<sub>2</sub>O`, a WordPress note's `<sup>1</sup>`),
// which Markdown has no way to write, between marks that the renderer makes the element again
// (see raisedMarks): as text alone, `m2` and `H2O` said something else. On one line, and short.
turndown.addRule('raised', {
  filter: ['sup', 'sub'],
  replacement: (content, node) => (content.trim() === '' || content.includes('\n') || content.length > 100 ? content : node.nodeName === 'SUP' ? `\uE014${content}\uE015` : `\uE016${content}\uE017`),
});

/** A superscript's or subscript's marks (see the 'raised' rule), each pair within one piece of text. */
const RAISED = /\uE014([^\uE014-\uE017]*)\uE015|\uE016([^\uE014-\uE017]*)\uE017/g;
/** Any such mark, paired or not. */
const RAISED_MARK = /[\uE014-\uE017]/g;

/** HTML with its superscripts' and subscripts' marks as the elements, and any mark left unpaired (around emphasis, in code) left out. */
export function raisedMarks(html: string): string {
  if (!RAISED_MARK.test(html)) return html;
  RAISED_MARK.lastIndex = 0;
  return html.replace(RAISED, (_, sup: string | undefined, sub: string | undefined) => (sup !== undefined ? `<sup>${sup}</sup>` : `<sub>${sub}</sub>`)).replace(RAISED_MARK, '');
}

/** Plain text without those marks, what they held kept. */
export function withoutRaisedMarks(text: string): string {
  return /[\uE014-\uE017]/.test(text) ? text.replace(RAISED_MARK, '') : text;
}

/** Tags of one kind of emphasis, by the one name each is written as before runs are joined (see joinedRuns). */
const SAME_KIND: Record<string, string> = { strong: 'b', em: 'i', strike: 'del', s: 'del' };
/** A closing tag and the opening tag of its kind right after it: one run, parted in two. */
const PARTED_RUN = /<\/(b|i|del|span)>(?:<!---->)?<\1(?:\s[^<>]*)?>/gi;

/**
 * The HTML with each run of emphasis of a kind whole: `<del>a</del><del>b</del>` (a word struck
 * through in two edits), `<b>c</b><strong>d</strong>`, `<i><b>x</b></i><i><b>y</b></i>`, and the
 * `<span>`s Word and Google Docs wrap them in. Written apart, their marks met (`~~a~~~~b~~`,
 * `**c****d**`) and were read back as text. The same HTML to a browser; its tags only, never
 * text (text is escaped in it).
 */
function joinedRuns(html: string): string {
  let out = html.replace(/<(\/?)(strong|em|strike|s)(?=[\s>])/gi, (_tag, slash: string, name: string) => `<${slash}${SAME_KIND[name.toLowerCase()]!}`);
  // Each pass joins the runs of one level of nesting (the outer `<i>`s, then the `<b>`s inside).
  for (let pass = 0; pass < 8; pass++) {
    const joined = out.replace(PARTED_RUN, '');
    if (joined === out) break;
    out = joined;
  }
  return out;
}

const lexer = new Marked({ gfm: true });

/**
 * A token's HTML with the elements it leaves open closed at its end: an HTML parser would carry
 * an unclosed `<b>` into the paragraphs after it, as a browser does.
 */
function closed(html: string): string {
  const open: string[] = [];
  // How many of each element are open: a stray closing tag is known for one at once (searching
  // the open ones for it made `<b></i>` repeated quadratic).
  const count = new Map<string, number>();
  const out = replaceMarkup(html, ({ text: tag, name }) => {
    const element = name?.toLowerCase();
    if (element === undefined || VOID.has(element)) return tag;
    if (!tag.startsWith('</')) {
      open.push(element);
      count.set(element, (count.get(element) ?? 0) + 1);
    } else if ((count.get(element) ?? 0) > 0) {
      // Closing an element closes what was left open inside it.
      const inside = open.splice(open.lastIndexOf(element));
      for (const e of inside) count.set(e, count.get(e)! - 1);
      return `${inside.slice(1).reverse().map((e) => `</${e}>`).join('')}${tag}`;
    }
    return tag;
  });
  return out + open.reverse().map((e) => `</${e}>`).join('');
}

/** Blocks a GFM table's cell cannot hold, which turndown's tables plugin keeps a table as HTML for (see flatCells). */
const CELL_BLOCKS = /^(?:ul|ol|li|h[1-6]|hr|blockquote|pre)$/;
/** What ends an item of a list in a cell with no need of a separator after it. */
const ITEM_ENDED = /[.;:,!?…]\s*$/u;

/**
 * HTML whose tables' cells hold no block a GFM table's cell cannot (CELL_BLOCKS), but their text:
 * a list's items one after the other, parted by `;` (unless an item ends with its own mark), a
 * numbered list's numbered as written (`1. first; 2. second`), a heading in bold, a quote, a rule
 * or a code block as their text (the code as code). Turndown's tables plugin keeps a table with
 * such a cell as it is, in HTML, which the page could only show as text, tags and all (its
 * attributes too): now it is a GFM table like any other. Outside cells nothing changes.
 */
function flatCells(html: string): string {
  if (!/<t[dh][\s>]/i.test(html) || !/<(?:ul|ol|h[1-6]|hr|blockquote|pre)[\s>/]/i.test(html)) return html;
  // The cells' depth at each open table (a table in a cell opens cells of its own), and the cells open now.
  const tables: number[] = [];
  let depth = 0;
  const lists: { ordered: boolean; next: number; items: number }[] = [];
  let text = '';
  const parts: string[] = [];
  const found = markupOf(html);
  let last = 0;
  const emit = (piece: string): void => {
    parts.push(piece);
  };
  for (const m of found) {
    const gap = html.slice(last, m.start);
    emit(gap);
    if (gap.trim() !== '') text = gap;
    last = m.end;
    const element = m.name?.toLowerCase();
    const closing = m.text.startsWith('</');
    if (element === 'table') {
      if (closing) depth = tables.pop() ?? 0;
      else tables.push(depth);
      emit(m.text);
      continue;
    }
    if (element === 'tr' || element === 'thead' || element === 'tbody' || element === 'tfoot') depth = tables.at(-1) ?? 0;
    else if (element === 'td' || element === 'th') {
      depth = (tables.at(-1) ?? 0) + (closing ? 0 : 1);
      lists.length = 0;
    }
    if (depth === 0 || element === undefined || !CELL_BLOCKS.test(element)) {
      emit(m.text);
      continue;
    }
    if (element === 'ul' || element === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: element === 'ol', next: Number(/\bstart\s*=\s*["']?(\d{1,6})/i.exec(m.attributes ?? '')?.[1] ?? 1), items: 0 });
      emit(' ');
    } else if (element === 'li') {
      if (closing) continue;
      const list = lists.at(-1);
      if (list !== undefined && list.items > 0) emit(ITEM_ENDED.test(text) ? ' ' : '; ');
      if (list !== undefined) {
        list.items++;
        if (list.ordered) emit(`${list.next++}. `);
      }
      // What the item holds is text of its own, whatever came before it.
      text = '';
    } else if (/^h[1-6]$/.test(element)) {
      emit(closing ? '</strong> ' : ' <strong>');
    } else if (element !== 'pre') {
      // A rule or a quote: a space between what it parts.
      emit(' ');
    }
  }
  emit(html.slice(last));
  return parts.join('');
}

/** How many tables some HTML opens, less those it closes. */
function tablesLeftOpen(html: string): number {
  if (!/<\/?table/i.test(html)) return 0;
  return (html.match(/<table(?=[\s>])/gi)?.length ?? 0) - (html.match(/<\/table\s*>/gi)?.length ?? 0);
}

/**
 * The tokens' HTML, each with the elements it leaves open closed at its end (see closed); but a
 * table left open runs on through the blocks of HTML after it, to its closing tag: a blank line
 * between a table's rows (`<tr>…</tr>`, a blank line, `<tr>…</tr>`, as WordPress and hand-written
 * posts leave them) ends an HTML block in Markdown, and closed at the first, the table kept its
 * first row and the others ran together as text (`Phila8`). A block of Markdown after it ends it.
 */
function closedBlocks(tokens: Token[], renderer: Marked): string {
  const out: string[] = [];
  let group = '';
  let open = 0;
  for (const t of tokens) {
    const html = renderer.parser([t]);
    if (open > 0 && t.type === 'html') {
      group += html;
    } else {
      if (group !== '') out.push(closed(group));
      group = html;
      open = 0;
    }
    open += tablesLeftOpen(html);
    if (open <= 0) {
      out.push(closed(group));
      group = '';
      open = 0;
    }
  }
  if (group !== '') out.push(closed(group));
  return out.join('');
}

/**
 * GFM tables without an empty header row: the tables plugin gives a table of no `<th>` (as most
 * tables of WordPress posts are) an empty one, which a screen reader announces as headers of
 * nothing; its first row is the header instead.
 */
function headedTables(markdown: string): string {
  if (!markdown.includes('|')) return markdown;
  const lines = markdown.split('\n');
  for (let i = 0; i + 2 < lines.length; i++) {
    if (/^\|(?:[ \t]*\|)+$/.test(lines[i]!) && /^\|(?:[ \t]*:?-+:?[ \t]*\|)+$/.test(lines[i + 1]!) && lines[i + 2]!.startsWith('|')) {
      lines.splice(i, 3, lines[i + 2]!, lines[i + 1]!);
    }
  }
  return lines.join('\n');
}

/**
 * Tokens holding HTML of the subset as Markdown's tokens; left as they are, their HTML to be
 * shown as text, if their elements nest deeper than an article's (see MAX_DEPTH) or the
 * Markdown turndown writes of them is not `acceptable` (see markdownFromHtml).
 */
function toMarkdown(tokens: Token[], isSafeUrl: (href: string) => boolean, acceptable: (markdown: string) => boolean): Token[] {
  const shown: string[] = [];
  const renderer = asHtml(isSafeUrl, shown);
  const html = closedBlocks(tokens, renderer);
  // Turndown trims each block's edges with patterns that take quadratic time over a long run of
  // spaces (80,000 in a `<pre>` took 8 s): such HTML is shown as text.
  if (nesting(html) > MAX_DEPTH || LONG_SPACE.test(html) || LONG_SPACE.test(decodeHTMLStrict(html)) || cells(html) > MAX_TABLE_CELLS) return tokens;
  let markdown: string;
  try {
    markdown = headedTables(turndown.turndown(flatCells(joinedRuns(html))).replace(/<br\s*\/?>/g, ' ')).replace(PLACEHOLDER, (whole, n: string) => {
      const tag = shown[Number(n)];
      return tag === undefined ? whole : tagAsMarkdown(tag);
    });
  } catch (error) {
    // Turndown reads elements by recursion: should some nest past its stack, shown as text.
    if (error instanceof RangeError) return tokens;
    throw error;
  }
  return acceptable(markdown) ? lexer.lexer(markdown) : tokens;
}

/** The start of an element left out with all it holds: a script or a style sheet (see withoutScripts). */
const SCRIPT_START = /<(script|style)(?=[\s/>])/gi;

/**
 * HTML without its scripts and style sheets, each with what it holds up to its closing tag; one
 * never closed, its tag alone. By search, not by patterns that run on: a lazy run to a closing
 * tag that never comes, or to the `>` of a tag never ended, was scanned again from every
 * opening tag (quadratic over thousands of them); a search that finds nothing is not made again.
 */
export function withoutScriptElements(html: string): string {
  if (!/<(?:script|style)/i.test(html)) return html;
  const lower = html.toLowerCase();
  // Kinds of element with no closing tag after some place: none after any later one either.
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  SCRIPT_START.lastIndex = 0;
  for (let m = SCRIPT_START.exec(html); m !== null; m = SCRIPT_START.exec(html)) {
    const tagEnd = lower.indexOf('>', m.index);
    // A tag never ended: no tag after it ends either; the rest stays as it is (shown as text).
    if (tagEnd < 0) break;
    // Nor one that another tag or a blank line cuts short (`<script src=x` and the text after it):
    // what follows is the article's, not the script's.
    const cut = lower.slice(m.index + 1, tagEnd);
    if (cut.includes('<') || cut.includes('\n\n')) {
      SCRIPT_START.lastIndex = m.index + 1;
      continue;
    }
    out += html.slice(from, m.index);
    const kind = m[1]!.toLowerCase();
    const end = unclosed.has(kind) ? -1 : lower.indexOf(`</${kind}`, tagEnd);
    if (end < 0) unclosed.add(kind);
    const after = end < 0 ? -1 : lower.indexOf('>', end);
    from = after < 0 ? tagEnd + 1 : after + 1;
    SCRIPT_START.lastIndex = from;
  }
  return out + html.slice(from);
}

/** A script's or a style sheet's opening tag, alone, as marked gives it inside a paragraph. */
const SCRIPT_TAG = /^<(script|style)(?=[\s/>])[^>]*>$/i;

/**
 * Tokens without scripts and style sheets (see withoutScriptElements): an embedded post's
 * loader (`<script async src="https://platform.twitter.com/widgets.js">`, as WordPress and
 * Ghost export every tweet with one) is nothing a reader of the page would see. Within a
 * paragraph marked gives the tags and what they hold as tokens of their own: they go from the
 * opening tag to its closing one. Lists, quotes and tables are gone through too.
 */
function withoutScripts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  // Kinds with no closing tag after some token: none after a later one either (see withoutScriptElements).
  const unclosed = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'html') {
      const h = t as Tokens.HTML;
      const text = h.text.trim();
      const opening = SCRIPT_TAG.exec(text);
      if (opening) {
        const kind = opening[1]!.toLowerCase();
        const closing = new RegExp(`^</${kind}\\s*>$`, 'i');
        const end = unclosed.has(kind) ? -1 : tokens.findIndex((x, j) => j > i && x.type === 'html' && closing.test((x as Tokens.HTML).text.trim()));
        if (end > i) i = end;
        else unclosed.add(kind);
        continue;
      }
      if (/^<\/(?:script|style)\s*>$/i.test(text)) continue;
      const kept = withoutScriptElements(h.text);
      if (kept.trim() === '' && h.text.trim() !== '') continue;
      if (kept !== h.text) {
        // A block that a script opened runs on to its closing tag, or to the end of the body when
        // it has none: what is left of it is read as Markdown again, not shown as HTML's text.
        if (h.block) {
          for (const token of withoutScripts(lexer.lexer(kept))) out.push(token);
          continue;
        }
        h.text = kept;
      }
    }
    const inside = t as { tokens?: Token[]; items?: { tokens: Token[] }[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (inside.tokens) inside.tokens = withoutScripts(inside.tokens);
    for (const item of [...(inside.items ?? []), ...(inside.header ?? []), ...(inside.rows ?? []).flat()]) item.tokens = withoutScripts(item.tokens);
    out.push(t);
  }
  return out;
}

/**
 * The body's tokens with the HTML of the subset turned into Markdown's: each top-level token
 * (a paragraph, a list, an HTML block) that holds HTML of the subset is rendered, turned into
 * Markdown by turndown and lexed again, if `acceptable` takes that Markdown (the limits the
 * seed's own Markdown is held to). Tokens with no HTML of the subset are left as they are, for
 * the renderer to show their HTML as text.
 */
export function markdownFromHtml(tokens: Token[], isSafeUrl: (href: string) => boolean, acceptable: (markdown: string) => boolean = () => true): Token[] {
  if (!tokens.some((t) => t.type === 'html' || [...inner(t)].some((i) => i.type === 'html'))) return tokens;
  tokens = withoutScripts(tokens);
  // Runs of such tokens go to turndown together: a document for each of thousands of paragraphs
  // with an `<em>` took seconds.
  const out: Token[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    // One by one: spread into push, a run of 100,000 tokens overflowed the stack.
    if (run.length > 0) for (const t of toMarkdown(run, isSafeUrl, acceptable)) out.push(t);
    run = [];
  };
  for (const token of tokens) {
    if (holdsSubset(token, isSafeUrl)) run.push(token);
    else if (token.type === 'space' && run.length > 0) continue;
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

/**
 * Front matter text as a reader sees it: exports write titles, excerpts and categories as
 * HTML (`&#8220;Green&#8221;`, `<p>A <strong>bold</strong> plan</p>`, `Arts &amp; Culture`). The
 * tags of the subset (FORMATTING) and comments are left out, their text kept; character
 * references are the characters they stand for. Any other tag (`<script>`) stays, as text.
 */
export function plainFromHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const kept = replaceMarkup(text, ({ text: tag, name }) => {
    if (name === undefined) return tag.startsWith('<!--') ? '' : tag;
    const element = name.toLowerCase();
    if (!FORMATTING.has(element) && !LEFT_OUT.has(element)) return tag;
    // A break or a paragraph's end parts words, as on the page.
    return element === 'br' || element === 'p' || element === 'li' ? ' ' : '';
  });
  return decodeHTMLStrict(kept).replace(/\s+/g, ' ').trim();
}
