// HTML in a Markdown seed. Bodies exported from WordPress or Ghost are HTML (`<p>`, `<strong>`,
// `<a href>`), and hand-written Markdown borrows a tag or two (`<em>`, `<br>`): shown as text,
// their tags would litter the page. The tags of a safe subset (FORMATTING) are turned into
// Markdown by turndown and read again, so that they render as the Markdown's own, through the
// same safe renderer, with no attribute of the seed's but a link's or an image's (whose URLs that
// renderer judges, as in Markdown). Every other tag (a script, an iframe, a tag with an event
// handler or a `javascript:` URL, an angle-bracketed word that is no HTML) is shown as text.
import { decodeHTMLStrict } from 'entities/decode';
import { Marked, type Token, type Tokens } from 'marked';
import TurndownService from 'turndown';

/**
 * Elements turned into Markdown (`p`, `em`, `a`, `img`, lists, headings), or into their text
 * (`span`, `div`, `sup`: no Markdown of their own).
 */
export const FORMATTING = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'center', 'cite', 'code', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'time', 'tt', 'u', 'ul', 'var',
]);

/** Elements of no text or Markdown, left out where the subset is turned: a `<picture>`'s sources (its `<img>` stays), a word break. */
const LEFT_OUT = new Set(['source', 'wbr']);

/** Elements of the subset that are never closed. */
const VOID = new Set(['br', 'hr', 'img']);
/**
 * Elements nested deeper than this are no article's: turndown would take seconds over them, or
 * overflow its stack (30,000 nested `<div>`s took 7 s). Shown as text.
 */
const MAX_DEPTH = 100;

/** A tag, a comment, or a declaration (`<!DOCTYPE>`, `<![CDATA[`, `<?xml`) in HTML. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
/** An attribute of a tag: its name, and its value in any of HTML's three ways of writing one. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * Whether a tag is of the subset: a formatting element, written whole, with no event handler,
 * and a link's or an image's URL safe. Only `href`, `src`, `alt` and `title` reach the page
 * (turndown writes the Markdown of the rest without them); a tag with a handler or an unsafe URL
 * is there to do harm, and is shown as text, as the rest of HTML is.
 */
function ofSubset(tag: string, name: string, attributes: string, isSafeUrl: (href: string) => boolean): boolean {
  if (!FORMATTING.has(name) || !tag.endsWith('>')) return false;
  for (const [, attr, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const key = attr!.toLowerCase();
    if (key.startsWith('on')) return false;
    if ((key === 'href' || key === 'src') && !isSafeUrl(decodeHTMLStrict(values.find((v) => v !== undefined) ?? ''))) return false;
  }
  return true;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A tag that is shown as text stands in turndown's input as a placeholder (a private-use
 * character and its number), and comes back as text in turndown's output: as text in turndown's
 * input, its URLs would become links in the Markdown (`<img src="https://…">`).
 */
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** A tag shown as text, as Markdown: its characters as references where Markdown would read them. */
function tagAsMarkdown(tag: string): string {
  return escapeText(tag).replace(/[\\`*_[\]:~|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * HTML as turndown is to read it: the tags of the subset as they are; every other tag (a script,
 * an iframe, an angle-bracketed word such as `<TICKER>`) and declaration as a placeholder for
 * itself as text (see PLACEHOLDER); comments gone. Null when it holds no tag of the subset.
 */
function subsetHtml(html: string, isSafeUrl: (href: string) => boolean, shown: string[]): string | null {
  let kept = false;
  let depth = 0;
  let deepest = 0;
  const out = html.replace(MARKUP, (tag, name: string | undefined, attributes: string | undefined) => {
    if (name === undefined && tag.startsWith('<!--')) return '';
    const element = name?.toLowerCase();
    if (element !== undefined && LEFT_OUT.has(element) && ofSubset(tag, 'span', attributes ?? '', isSafeUrl)) {
      kept = true;
      return '';
    }
    if (element !== undefined && ofSubset(tag, element, attributes ?? '', isSafeUrl)) {
      kept = true;
      if (tag.startsWith('</')) depth--;
      else if (!VOID.has(element)) deepest = Math.max(deepest, ++depth);
      return tag;
    }
    shown.push(tag);
    return `\uE000${shown.length - 1}\uE001`;
  });
  return kept && deepest <= MAX_DEPTH ? out : null;
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
  // A seed's own private-use characters could pass for placeholders (see PLACEHOLDER).
  if (token.type === 'table' || token.raw.includes('\uE000')) return false;
  return [token, ...inner(token)].some((t) => t.type === 'html' && subsetHtml((t as Tokens.HTML).text, isSafeUrl, []) !== null);
}

/** Renders a token with the HTML of the subset it holds as HTML, the rest as placeholders (see subsetHtml), for turndown. */
function asHtml(isSafeUrl: (href: string) => boolean, shown: string[]): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      html({ text }) {
        return subsetHtml(text, isSafeUrl, shown) ?? text.replace(MARKUP, (tag) => (shown.push(tag), `\uE000${shown.length - 1}\uE001`));
      },
    },
  });
}

const turndown = new TurndownService({ headingStyle: 'atx', hr: '---', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**' });
// Text is text: an `&lt;` or an angle-bracketed word must not come back as a tag, nor `&amp;lt;` as `<`.
const escapeMarkdown = turndown.escape.bind(turndown);
turndown.escape = (text: string): string => escapeText(escapeMarkdown(text));
// A link around blocks (a card's `<a><div>…</div></a>`, an image in its `<picture>`): their line
// breaks inside the brackets would undo the link, leaving `[` and `](…)` as paragraphs of text.
turndown.addRule('link', {
  filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
  replacement: (content, node) => {
    const text = content.replace(/\s*\n\s*/g, ' ').trim();
    if (text === '') return '';
    const element = node as HTMLElement;
    const href = element.getAttribute('href')!.replace(/([<>()])/g, '\\$1');
    const title = element.getAttribute('title');
    return `[${text}](${href.includes(' ') ? `<${href}>` : href}${title ? ` "${title.replace(/\s+/g, ' ').replace(/"/g, '\\"')}"` : ''})`;
  },
});
// A figure is one paragraph, its picture first and its caption after it, as a WordPress caption
// is (see shortcodes.ts): the lede is no caption (see readBody).
turndown.addRule('figure', { filter: 'figure', replacement: (content) => `\n\n${content.replace(/\s*\n\s*/g, ' ').trim()}\n\n` });
// GFM's strikethrough, which turndown's own rules leave out.
turndown.addRule('strikethrough', { filter: (node) => ['DEL', 'S', 'STRIKE'].includes(node.nodeName), replacement: (content) => `~~${content}~~` });

const lexer = new Marked({ gfm: true });

/**
 * A token's HTML with the elements it leaves open closed at its end: an HTML parser would carry
 * an unclosed `<b>` into the paragraphs after it, as a browser does.
 */
function closed(html: string): string {
  const open: string[] = [];
  const out = html.replace(MARKUP, (tag, name: string | undefined) => {
    const element = name?.toLowerCase();
    if (element === undefined || VOID.has(element)) return tag;
    if (!tag.startsWith('</')) open.push(element);
    else if (open.includes(element)) {
      // Closing an element closes what was left open inside it.
      const inside = open.splice(open.lastIndexOf(element)).slice(1).reverse();
      return `${inside.map((e) => `</${e}>`).join('')}${tag}`;
    }
    return tag;
  });
  return out + open.reverse().map((e) => `</${e}>`).join('');
}

/** Tokens holding HTML of the subset as Markdown's tokens; left as they are if turndown cannot take them. */
function toMarkdown(tokens: Token[], isSafeUrl: (href: string) => boolean): Token[] {
  const shown: string[] = [];
  let markdown: string;
  try {
    const renderer = asHtml(isSafeUrl, shown);
    markdown = turndown.turndown(tokens.map((t) => closed(renderer.parser([t]))).join(''));
  } catch (error) {
    // Elements nested thousands deep (no article's) overflow turndown's stack: shown as text.
    if (error instanceof RangeError) return tokens;
    throw error;
  }
  return lexer.lexer(markdown.replace(PLACEHOLDER, (_, n: string) => tagAsMarkdown(shown[Number(n)]!)));
}

/**
 * The body's tokens with the HTML of the subset turned into Markdown's: each top-level token
 * (a paragraph, a list, an HTML block) that holds HTML of the subset only is rendered, turned
 * into Markdown by turndown and lexed again. Tokens with other HTML, or none, are left as they
 * are, for the renderer to show their HTML as text.
 */
export function markdownFromHtml(tokens: Token[], isSafeUrl: (href: string) => boolean): Token[] {
  if (!tokens.some((t) => t.type === 'html' || [...inner(t)].some((i) => i.type === 'html'))) return tokens;
  // Runs of such tokens go to turndown together: a document for each of thousands of paragraphs
  // with an `<em>` took seconds.
  const out: Token[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(...toMarkdown(run, isSafeUrl));
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
  const kept = text.replace(MARKUP, (tag, name: string | undefined) => {
    if (name === undefined) return tag.startsWith('<!--') ? '' : tag;
    const element = name.toLowerCase();
    if (!FORMATTING.has(element) && !LEFT_OUT.has(element)) return tag;
    // A break or a paragraph's end parts words, as on the page.
    return element === 'br' || element === 'p' || element === 'li' ? ' ' : '';
  });
  return decodeHTMLStrict(kept).replace(/\s+/g, ' ').trim();
}
