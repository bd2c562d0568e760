// Shortcodes of the tools posts are migrated from, in a Markdown body: WordPress's (`[caption]`,
// `[embed]`), Hugo's (`{{< figure >}}`, `{{< youtube >}}`), Jekyll's Liquid (`{% highlight %}`,
// `{% raw %}`) and the wiki links of Obsidian's notes (`[[Parliament]]`). Each known one becomes
// the Markdown or HTML (of the safe subset, see html.ts) of what it showed: an image and its
// caption, a link to the video or post it embedded, a code block. Line for line, so that
// problems found later are on the file's own lines. Code (fenced, indented, `<pre>`, spans) is
// left as it is: there, a shortcode is the article's text.

import type { SeedLink } from '../types.ts';
import { isImageFile, isMediaFile } from './media.ts';
import { slugify } from './slug.ts';

/** A fence that opens or closes a code block. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A shortcode's parameters: `key="value"`, `key='value'`, `key=value`, and bare values in order (`_0`, `_1`, …). */
function parameters(text: string): Record<string, string> {
  // No prototype: a parameter named `__proto__` or `constructor` is one like any other.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let n = 0;
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|"([^"]*)"|'([^']*)'|(\S+)/g)) {
    if (m[1] !== undefined) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    else out[`_${n++}`] = m[5] ?? m[6] ?? m[7] ?? '';
  }
  return out;
}

/** An id as video and social sites write them: letters, digits, `_` and `-`, nothing that could leave the URL. */
const ID = /^[\w-]{1,64}$/;

/** Where an embed's video or post is, from Hugo's shortcode for it, or null. */
function embedUrl(name: string, p: Record<string, string>): string | null {
  const id = p.id ?? p._0 ?? '';
  if (!ID.test(id)) return null;
  if (name === 'youtube') return `https://www.youtube.com/watch?v=${id}`;
  if (name === 'vimeo') return `https://vimeo.com/${id}`;
  if (name === 'instagram') return `https://www.instagram.com/p/${id}/`;
  if (name === 'gist') {
    // Hugo's `{{< gist user id >}}`; Jekyll's `{% gist id %}` and `{% gist user/id %}` (see liquid).
    const user = p.user ?? (p._1 !== undefined ? p._0 : undefined);
    const gist = p._1 ?? id;
    return ID.test(gist) && (user === undefined || ID.test(user)) ? `https://gist.github.com/${user === undefined ? '' : `${user}/`}${gist}` : null;
  }
  if (name === 'tweet' || name === 'twitter' || name === 'x') {
    const user = p.user ?? '';
    return ID.test(user) ? `https://x.com/${user}/status/${id}` : null;
  }
  return null;
}

/** Text as a Markdown link's or picture's text: its brackets and backslashes escaped. */
const linkText = (text: string): string => text.replace(/[[\]\\]/g, '\\$&');
/** An address as Markdown writes one between `<` and `>`, or null for one that cannot be. */
const pointed = (address: string): string | null => (/[<>\n]/.test(address) ? null : `<${address.trim()}>`);

/**
 * Hugo's `{{< figure src="…" alt="…" caption="…" >}}` as Markdown: the picture (a link to
 * `link`, when it names one) and its caption after it, one paragraph, as a figure of HTML is
 * (see html.ts); the caption's Markdown is read (`*volunteers*`, `[the trust](…)`), its title
 * first, in bold.
 */
function figure(p: Record<string, string>): string | null {
  const src = pointed(p.src ?? p._0 ?? '');
  if (src === null || src === '<>') return null;
  const alt = p.alt ?? p.title ?? '';
  const title = p.title !== undefined && p.alt !== undefined && p.title.trim() !== '' ? `**${p.title.trim().replace(/\*/g, '\\*')}**` : '';
  const caption = [title, p.caption ?? '', p.attr ?? ''].filter((c) => c.trim() !== '').join(' ');
  const picture = `![${linkText(alt)}](${src})`;
  const link = p.link === undefined ? null : pointed(p.link);
  return `${link && link !== '<>' ? `[${picture}](${link})` : picture}${caption ? ` ${caption}` : ''}`;
}

/**
 * A Liquid tag of Jekyll's plugins and themes as what it showed, or itself: `{% youtube ID %}`,
 * `{% vimeo ID %}`, `{% gist user/id %}` a link to the video or gist; an include of a video
 * (`{% include youtube.html id="ID" %}`) the same, and one of a picture (`{% include
 * image.html url="…" description="…" %}`, Minimal Mistakes' `{% include figure
 * image_path="…" alt="…" caption="…" %}`) that picture and its caption, as Hugo's figure.
 */
function liquid(whole: string, name: string, rest: string): string {
  if (name === 'include') {
    const file = /^\s*([\w./-]+)/.exec(rest)?.[1] ?? '';
    const p = parameters(rest.slice(rest.indexOf(file) + file.length));
    const kind = /youtube|vimeo/i.exec(file)?.[0].toLowerCase();
    if (kind) {
      const url = embedUrl(kind, { _0: p.id ?? p.video_id ?? p.youtube_id ?? '' });
      return url ? `<${url}>` : whole;
    }
    if (/image|figure|picture|img|photo/i.test(file)) {
      const src = p.url ?? p.src ?? p.image ?? p.image_path ?? p.file ?? p.path;
      // The description is shown as the caption: not said twice to a screen reader as the picture's text too.
      const caption = p.caption ?? p.description;
      return (src && figure({ src, alt: p.alt ?? p.title ?? '', ...(caption !== undefined ? { caption } : {}) })) || whole;
    }
    return whole;
  }
  const p = parameters(rest);
  if (name === 'gist') {
    const [user, id] = (p._0 ?? '').includes('/') ? p._0!.split('/', 2) : [undefined, p._0];
    const url = embedUrl('gist', user === undefined ? { _0: id ?? '' } : { _0: user, _1: id ?? '' });
    return url ? `<${url}>` : whole;
  }
  if (name === 'twitter' || name === 'tweet') {
    const url = p._0 ?? '';
    return /^https:\/\/(?:www\.)?(?:twitter|x)\.com\/[\w-]{1,64}\/status\/\d{1,25}$/.test(url) ? `<${url}>` : whole;
  }
  const url = embedUrl(name, p);
  return url ? `<${url}>` : whole;
}

/** Notes a link to another seed (see SeedLink), and gives the address it has in the body until it is resolved. */
type LinkSeed = (kind: SeedLink['kind'], target: string, href?: string) => string;

/**
 * The address a link to another seed has in the body until it is resolved (see
 * src/archive/seed-links.ts): the `n`th such link of a body, by a mark of that body (`body`, a
 * hash of its text), so that no address an author writes (`#seed-link-3`) is taken for one.
 */
export const seedLinkHref = (body: string, n: number): string => `#seed-link-${body}-${n}`;

/** A LinkSeed that adds to `links`, on line `line` of the body marked `body()` (see seedLinkHref; made when first needed). */
export function seedLinker(links: SeedLink[], body: () => string, line: () => number): LinkSeed {
  return (kind, target, href = seedLinkHref(body(), links.length)) => {
    links.push({ kind, target, href, line: line() });
    return href;
  };
}

/** A Hugo shortcode (`{{< name params >}}` or `{{% name params %}}`) as what it showed, or itself. */
function hugo(whole: string, name: string, params: string): string {
  const p = parameters(params);
  if (name === 'figure') return figure(p) ?? whole;
  const url = embedUrl(name, p);
  return url ? `<${url}>` : whole;
}

/** WordPress's shortcodes in a line: a caption's markers go, an embed becomes its link, a video or sound file a link to it. */
function wordpress(line: string): string {
  return line
    // Written as WordPress writes them, in lower case and with attributes (`[Caption: …]` in a
    // sentence is text), and never past the next `[`: scanning to the line's end from every
    // `[caption` was quadratic.
    .replace(/\[caption(?:\s+[\w-]+=[^\][]*)?\]|\[\/caption\]/g, ' ')
    // A gallery or playlist names attachments that are not here.
    .replace(/\[(?:gallery|playlist)(?:\s+[\w-]+=[^\][]*)?\]/g, '')
    .replace(/\[embed(?:\s+[\w-]+=[^\][]*)?\][ \t]*(https?:\/\/[^\s[\]<>]+)[ \t]*\[\/embed\]/g, '<$1>')
    // Jetpack's embeds: `[youtube https://…]`, `[vimeo=https://…]`.
    .replace(/\[(?:youtube|vimeo|dailymotion)[ =](https?:\/\/[^\s[\]<>]+)\]/g, '<$1>')
    .replace(/\[(?:video|audio)(\s+[\w-]+=[^\][]*)?\](?:[ \t]*\[\/(?:video|audio)\])?/g, (whole, params: string | undefined) => {
      params ??= '';
      const p = parameters(params);
      const url = p.src ?? p.mp4 ?? p.webm ?? p.mp3 ?? p.m4a ?? p.ogg ?? p.wav;
      if (url && /^https?:\/\/[^\s<>]+$/i.test(url)) return `<${url}>`;
      // A file beside the post (`[video mp4="clip.mp4"]`): a link to it, which the site copies (see media.ts).
      const name = url?.replace(/[?#].*$/s, '') ?? '';
      return url && /^[^\s<>:\\]+$/.test(url) && isMediaFile(name) ? `[${name.slice(name.lastIndexOf('/') + 1).replace(/[[\]\\]/g, '\\$&')}](<${url}>)` : whole;
    })
    // Then a plugin's tag that wraps words (`[pullquote]…[/pullquote]`, `[su_note]…[/su_note]`): the words.
    .replace(/\[([a-z][\w-]*)(?:\s+[\w-]+=[^\][]*)?\]([^[\]\n]*)\[\/\1\]/g, '$2')
    // One that shows what is not here (`[contact-form-7 id="12" title="Contact"]`, `[wpforms id="9"]`): nothing.
    .replace(/\[[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'))+\s*\/?\]/g, '');
}

/**
 * A line with `f` applied to its text outside code spans (`` `df[['a']]` `` is code, as written):
 * a span opens with a run of backticks and closes with the next run as long. The runs are found
 * once, and each one's closing run looked up among those of its length: searching the rest of
 * the line for each run was quadratic over runs of growing length.
 */
export function outsideCode(line: string, f: (text: string) => string): string {
  if (!line.includes('`')) return f(line);
  const runs: { start: number; end: number }[] = [];
  for (let i = line.indexOf('`'); i >= 0; i = line.indexOf('`', i)) {
    let n = i;
    while (line[n] === '`') n++;
    runs.push({ start: i, end: n });
    i = n;
  }
  // For each run, the next run of the same length (its index in `runs`), or -1.
  const nextOfLength = new Array<number>(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    const length = runs[r]!.end - runs[r]!.start;
    nextOfLength[r] = lastOfLength.get(length) ?? -1;
    lastOfLength.set(length, r);
  }
  const parts: string[] = [];
  let text = 0;
  for (let r = 0; r < runs.length; r++) {
    const close = nextOfLength[r]!;
    if (close < 0) continue;
    parts.push(f(line.slice(text, runs[r]!.start)), line.slice(runs[r]!.start, runs[close]!.end));
    text = runs[close]!.end;
    r = close;
  }
  parts.push(f(line.slice(text)));
  return parts.join('');
}

/**
 * Obsidian's and other wikis' links: to another note, its text (`[[Budget 2022|the budget]]`)
 * or the note's name (`[[Parliament]]`, without a `#heading` in it), linked to the note's article
 * when the note is a seed (see seed-links.ts), text where it is not; an embedded picture
 * (`![[chart.png]]`, `![[chart.png|300]]`, its width aside) is Markdown's picture of that file,
 * beside the note (see media.ts), and an embedded or linked document, sound or video
 * (`![[report.pdf]]`, `[[report.pdf|the report]]`) a link to it; an embedded note is nothing.
 */
function wikilinks(line: string, linkSeed: LinkSeed): string {
  const note = (name: string, text: string): string => `[${linkText(text)}](${linkSeed('wiki', name.trim())})`;
  const file = (name: string, text: string): string | null => {
    const path = name.trim();
    if (isImageFile(path)) return `![](<${path}>)`;
    return isMediaFile(path) ? `[${text.trim().replace(/[[\]\\]/g, '\\$&')}](<${path}>)` : null;
  };
  return line
    .replace(/!\[\[([^[\]|\n<>]*)(?:\|[^[\]\n]*)?\]\]/g, (_, name: string) => file(name, name) ?? '')
    .replace(/!\[\[[^[\]\n]*\]\]/g, '')
    // A link to a document, sound or video beside the note (`[[report.pdf]]`, `[[report.pdf|the report]]`).
    .replace(/\[\[([^[\]|\n<>#]*)(?:\|([^[\]\n]+))?\]\]/g, (whole, name: string, text: string | undefined) => (isMediaFile(name.trim()) && !isImageFile(name.trim()) ? file(name, text ?? name)! : whole))
    // A link to a heading of the same note (`[[#Results]]`): the heading's words.
    .replace(/\[\[#([^[\]|#\n]+)\]\]/g, '$1')
    .replace(/\[\[([^[\]|#\n]*)(?:#[^[\]|\n]*)?\|([^[\]\n]+)\]\]/g, (_whole, name: string, text: string) => (name.trim() === '' ? text : note(name, text)))
    .replace(/\[\[([^[\]|#\n]+)(?:#[^[\]\n]*)?\]\]/g, (_whole, name: string) => note(name, name));
}

/** Jekyll's site address before a path (`{{ site.baseurl }}/assets/x.png`): the path is from the archive's root. */
const SITE_URL_TAG = /\{\{-?\s*site\.(?:url|baseurl)\s*-?\}\}(?=\/|\{\{)/g;
/** Jekyll's filters that put a path under the site's address: `{{ "/assets/x.png" | relative_url }}`. */
const URL_FILTER_TAG = /\{\{-?\s*(['"])([^'"{}]*)\1\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:url|baseurl))\s*-?\}\}/g;

/**
 * Jekyll's link to another post by its file's name (`{% post_url 2019-02-20-agenda %}`,
 * `{% link _posts/2019-02-20-agenda.md %}`): as a link's address, resolved once every seed has
 * its URL (see seed-links.ts); elsewhere, the URL its file's name gives the post here (see
 * slugs.ts's pathSlug).
 */
const POST_URL_TAG = /\{%-?\s*(?:post_url|link)\s+(?:[^\s%]*\/)?(\d{4})-(\d{2})-(\d{2})-([^\s%/]+?)(?:\.(?:md|markdown|html))?\s*-?%\}/g;
/** The same as a link's address (`[the agenda]({% post_url … %})`, `href="{% post_url … %}"`): a link to resolve. */
const POST_URL_ADDRESS = /(\]\(\s*|href=["'])\{%-?\s*(?:post_url|link)\s+(?:[^\s%]*\/)?(\d{4}-\d{2}-\d{2}-[^\s%/]+?)(?:\.(?:md|markdown|html))?\s*-?%\}/g;
/**
 * Hugo's link to another page by its file (`[earlier]({{< ref "storm.md" >}})`), as a link's
 * address: resolved once every seed has its URL (see seed-links.ts).
 */
const HUGO_REF_ADDRESS = /\]\(\s*\{\{[<%]\s*(?:rel)?ref\s([^{}]*)[>%]\}\}\s*\)/g;
/** The same tag elsewhere (`see {{< ref "storm.md" >}}`): a link to the page, its file's name its text. */
const HUGO_REF_TAG = /\{\{[<%]\s*(?:rel)?ref\s([^{}]*)[>%]\}\}/g;

/** Jekyll's `{% highlight ruby %}` and Hugo's `{{< highlight go "linenos=table" >}}`, each on a line of its own: the language. */
const HIGHLIGHT_START = /^\s*(?:\{%-?\s*highlight\s+([\w+#.-]+)(?:\s[^%]*)?%\}|\{\{[<%]\s*highlight\s+"?([\w+#.-]+)"?(?:\s[^{}]*)?[>%]\}\})\s*$/;
/** What closes it: `{% endhighlight %}`, `{{< /highlight >}}`. */
const HIGHLIGHT_END = /^\s*(?:\{%-?\s*endhighlight\s*-?%\}|\{\{[<%]\s*\/highlight\s*[>%]\}\})\s*$/;
/** A line of nothing but kramdown's attribute list: `{: .lead}`, `{:toc}`, `{::options parse_block_html="true" /}`. */
const KRAMDOWN_ATTRIBUTES = /^\s*\{:(?:[\s.#:][^{}]*|toc)\}\s*$/;
/** The end of an Obsidian comment over lines: `%%` ending a line, not a figure's (`rose to 5%%`). */
const COMMENT_END = /(?<![\p{N}%])%%\s*$/u;
/** Kramdown's abbreviation, a line of its own: `*[HTML]: HyperText Markup Language` (not `*[Correction]: …*`, emphasis). */
const KRAMDOWN_ABBREVIATION = /^\*\[[^\]\s]{1,30}\]:\s(?!.*\*\s*$)/;
/** Obsidian's callout, opening a quote: `> [!note] Editor's note`, `> [!warning]- Folded`. */
const OBSIDIAN_CALLOUT = /^(\s*(?:>\s*)+)\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

/**
 * A line without the attribute list that ends it (`{: .lead}`, `{#results}`), when `list` takes
 * its last `{`'s part and a space comes before it. Found from the end: a pattern spanning the
 * line was quadratic over a long run of spaces.
 */
function withoutTrailingAttributes(line: string, list: RegExp): string {
  const at = line.lastIndexOf('{');
  return at > 0 && /\s/.test(line[at - 1]!) && list.test(line.slice(at)) ? line.slice(0, at).trimEnd() : line;
}

/**
 * A heading's own id (`## Results {#results}`) as withHeadingId writes it: between two
 * private-use characters, which no Markdown reads, at the end of the heading's text. The
 * renderer makes it the heading's id; plain text leaves it out (see withoutHeadingIds).
 */
export const HEADING_ID = /\uE012([^\uE012\uE013]*)\uE013/g;

/** An id a page may have: a letter, then letters, digits, `-`, `_`, `:` or `.`, as kramdown's and Hugo's are. */
export const SAFE_ID = /^[A-Za-z][\w:.-]{0,99}$/;

/**
 * A heading's line without the attribute list that ends it (`{#results .wide}`, as Hugo,
 * kramdown and Pandoc write one), its id kept as a mark (see HEADING_ID), so that the body's
 * links to it (`[the results](#results)`) lead to it; classes and other attributes are left out.
 */
function withHeadingId(line: string): string {
  const without = withoutTrailingAttributes(line, /^\{[#.][^{}\n]*\}\s*$/);
  if (without === line) return line;
  const id = /(?:^|\s)#([^\s{}]+)/.exec(line.slice(line.lastIndexOf('{') + 1, line.lastIndexOf('}')))?.[1];
  return id !== undefined && SAFE_ID.test(id) ? `${without} \uE012${id}\uE013` : without;
}

/** Text without the heading ids withHeadingId marked: no words of the article. */
export function withoutHeadingIds(text: string): string {
  return text.includes('\uE012') ? text.replace(HEADING_ID, '').trimEnd() : text;
}

/** Ghost's stand-in for the site's address in its exports: `__GHOST_URL__/content/images/x.jpg`. */
export const GHOST_URL = /__GHOST_URL__(?=\/)/g;

/**
 * Jekyll's and Ghost's ways of writing an address of the site (`{{ site.baseurl }}/assets/x.png`,
 * `{{ '/assets/x.png' | relative_url }}`, `__GHOST_URL__/content/images/x.png`) as the path from
 * the root they give, so that a picture or link of the old site's files is one (see media.ts's
 * rootedFile), not text; a link to another post as the URL its name gives it (see POST_URL_TAG).
 */
function siteUrls(text: string, linkSeed: LinkSeed): string {
  return text
    .replace(POST_URL_ADDRESS, (_whole, before: string, name: string) => `${before}${linkSeed('post', name)}`)
    // Elsewhere (in a sentence), the URL its name would give the post here.
    .replace(POST_URL_TAG, (_whole, y: string, m: string, d: string, name: string) => `/${y}/${m}/${d}/${slugify(name)}/`)
    .replace(HUGO_REF_ADDRESS, (whole, params: string) => {
      const p = parameters(params);
      const target = (p._0 ?? p.path ?? '').trim();
      return target === '' ? whole : `](${linkSeed('ref', target)})`;
    })
    // In a sentence, where Hugo prints the page's address: a link to it, the file's name its text.
    .replace(HUGO_REF_TAG, (whole, params: string) => {
      const p = parameters(params);
      const target = (p._0 ?? p.path ?? '').trim();
      return target === '' ? whole : `[${target.replace(/[\\[\]*_`<>]/g, '\\$&')}](${linkSeed('ref', target)})`;
    })
    .replace(GHOST_URL, '')
    .replace(SITE_URL_TAG, '')
    .replace(URL_FILTER_TAG, (_whole, _quote, address: string) => `/${address.trim().replace(/^\/+/, '')}`);
}

/** HTML's tags and its code spans in a line: no wiki link is read inside them (`<code>[[Note]]</code>`, `href="…/[[x]]"`). */
const HTML_TAG_OR_CODE = /<code\b[^<>]*>[^<]*<\/code\s*>|<[^<>]*>/gi;

/** A line with `f` applied to its text outside HTML's tags and code spans. */
function outsideHtml(line: string, f: (text: string) => string): string {
  if (!line.includes('<')) return f(line);
  let out = '';
  let from = 0;
  for (const m of line.matchAll(HTML_TAG_OR_CODE)) {
    out += f(line.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + f(line.slice(from));
}

/** Lines a template tag may run over, at most. */
const MAX_TAG_LINES = 12;

/** Whether a line opens a template tag (`{{<`, `{{%`, `{%`) it does not close. */
function leftOpen(line: string): boolean {
  const opened = Math.max(line.lastIndexOf('{{<'), line.lastIndexOf('{{%'), line.lastIndexOf('{%'));
  return opened >= 0 && Math.max(line.lastIndexOf('>}}'), line.lastIndexOf('%}')) < opened;
}

/** The line that closes the tag left open on line `i` (within MAX_TAG_LINES, before a blank line or a code fence), or -1. */
function closingLine(lines: readonly string[], i: number): number {
  for (let j = i + 1; j < lines.length && j <= i + MAX_TAG_LINES; j++) {
    const line = lines[j]!;
    if (line.trim() === '' || FENCE.test(line) || /\{\{[<%]|\{%/.test(line)) return -1;
    if (/[>%]\}\}|%\}/.test(line)) return j;
  }
  return -1;
}

/**
 * The body with the shortcodes it knows turned into what they showed (see the top of this file);
 * others are left, for the lines of nothing but template tags to be left out (see markdown.ts).
 * Links to other seeds are added to `links`, their lines counted from the body's first (0), their
 * addresses marked `mark` (see seedLinkHref).
 */
export function fromShortcodes(body: string, links: SeedLink[] = [], mark: () => string = () => ''): string {
  if (!/[[{^]|__GHOST_URL__|%%|==/.test(body)) return body;
  const lines = body.split('\n');
  let i = 0;
  const linkSeed = seedLinker(links, mark, () => i);
  let fence: string | null = null;
  // Inside Jekyll's `{% highlight %}` or Hugo's `{{< highlight >}}`, which its closing tag closes.
  let highlight = false;
  // Inside an Obsidian comment over lines (`%%` … `%%`): the writer's note to self, never published.
  let comment = false;
  let lastPercents = -1;
  if (body.includes('%%')) for (let j = lines.length - 1; j >= 0 && lastPercents < 0; j--) if (COMMENT_END.test(lines[j]!)) lastPercents = j;
  // Inside an HTML `<pre>`, or Markdown's code indented by four spaces: the article's text.
  let pre = false;
  let indented = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (pre) {
      if (/<\/pre\s*>/i.test(line)) pre = false;
      continue;
    }
    const blankBefore = i === 0 || lines[i - 1]!.trim() === '';
    indented = /^(?: {4}|\t)/.test(line) && (blankBefore || indented) && fence === null && !highlight;
    if (indented) continue;
    if (highlight) {
      if (HIGHLIGHT_END.test(line)) {
        lines[i] = '~~~~~~~~~~';
        highlight = false;
      }
      continue;
    }
    if (comment) {
      if (COMMENT_END.test(line)) comment = false;
      lines[i] = '';
      continue;
    }
    // One that opens a line and is closed at the end of a later one; never closed, it is the article's text.
    if (fence === null && /^\s*%%(?!.*%%)/.test(line) && lastPercents > i) {
      comment = true;
      lines[i] = '';
      continue;
    }
    const f = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // A fence closes with the same mark, at least as long.
      if (f !== undefined && f[0] === fence[0] && f.length >= fence.length) fence = null;
      continue;
    }
    if (f !== undefined) {
      fence = f;
      continue;
    }
    // Jekyll's and Hugo's code: a code block of its own, with its language, fenced by more marks than it holds.
    const opened = HIGHLIGHT_START.exec(line);
    if (opened) {
      lines[i] = `~~~~~~~~~~${opened[1] ?? opened[2] ?? ''}`;
      highlight = true;
      continue;
    }
    // Obsidian's callout (`> [!note] Editor's note`): a quote whose first line is its title, in bold.
    // Only where it opens the quote: a later line's `[!note]` is the quote's words.
    const callout = i === 0 || !/^\s*>/.test(lines[i - 1]!) ? OBSIDIAN_CALLOUT.exec(line) : null;
    if (callout) {
      const [, quote, kind, written] = callout;
      // A backslash at its end would escape the bold's closing stars.
      const title = written?.replace(/\\+$/, '');
      // A hard line break after it (`\`), so that the quote's words after it start a line of their own.
      const more = /^\s*>\s*\S/.test(lines[i + 1] ?? '');
      lines[i] = `${quote}**${(title ?? '').trim() || kind!.charAt(0).toUpperCase() + kind!.slice(1).toLowerCase()}**${more ? '\\' : ''}`;
      continue;
    }
    // Kramdown's attribute lists (`{: .pull-quote}`, `{:toc}` under its `* TOC` line) and its
    // abbreviations (`*[HTML]: HyperText Markup Language`): markup of Jekyll's default Markdown
    // that this one does not read, nothing of the article's.
    if (KRAMDOWN_ATTRIBUTES.test(line) || KRAMDOWN_ABBREVIATION.test(line)) {
      if (/^\s*\{:\s*toc\s*\}\s*$/i.test(line) && i > 0 && /^\s*(?:[-*+]|1[.)])\s+(?:TOC|Table of contents)\s*$/i.test(lines[i - 1]!)) lines[i - 1] = '';
      lines[i] = '';
      continue;
    }
    if (/<pre[\s>]/i.test(line) && !/<\/pre\s*>/i.test(line.slice(line.search(/<pre[\s>]/i)))) pre = true;
    // A template tag written over lines (`{{< figure` … `>}}`, `{% include figure.html` … `%}`):
    // read as one line, on its first; the lines it took are left blank, so that lines keep their numbers.
    const through = leftOpen(line) ? closingLine(lines, i) : -1;
    if (through > i) {
      lines[i] = lines.slice(i, through + 1).map((l) => l.trim()).join(' ');
      for (let j = i + 1; j <= through; j++) lines[j] = '';
    }
    lines[i] = outsideCode(lines[i]!, (text) => {
      let out = text.replace(/\{%-?\s*(?:end)?raw\s*-?%\}/g, '');
      // Obsidian's comments within a line, and kramdown's attributes after a paragraph's or heading's text.
      if (out.includes('%%')) out = out.replace(/(?<![\p{L}\p{N}%])%%[^%\n]*%%(?![\p{L}\p{N}%])/gu, '');
      // Obsidian's highlights (`==the vote==`) as their words, and a block's id (`… ^a1b2c3`) left out.
      if (out.includes('==')) out = out.replace(/(?<![\p{L}\p{N}=\\])==(?=\S)([^=\n]*?\S)==(?![\p{L}\p{N}=])/gu, '$1');
      if (out.includes('^')) out = out.replace(/\s\^[A-Za-z0-9-]{2,}$/, '');
      if (out.includes('{:')) out = withoutTrailingAttributes(out, /^\{:\s*[.#][^{}\n]*\}\s*$/);
      // A heading's id or class, as Hugo, kramdown and Pandoc write it: `## Results {#results}`.
      if (out.includes('{') && /^\s{0,3}#{1,6}\s/.test(out)) out = withHeadingId(out);
      // A paired shortcode's closing tag (`{{< /gallery >}}`, `{{% /notice %}}`): what it closes stays, the tag goes.
      if (out.includes('{{')) out = out.replace(/\{\{[<%]\s*\/[\w-]{1,40}\s*[>%]\}\}/g, '');
      // The name and parameters are split off the tag's inside apart: spaces around a lazy part in
      // one pattern took cubic time over a tag left open.
      out = out.replace(/\{\{[<%]([^{}]*)[>%]\}\}/g, (whole, inside: string) => {
        const m = /^\s*([\w-]+)/.exec(inside);
        return m ? hugo(whole, m[1]!.toLowerCase(), inside.slice(m[0].length)) : whole;
      });
      if (out.includes('{%')) out = out.replace(/\{%-?\s*(youtube|vimeo|gist|include|twitter|tweet|instagram)\s([^{}%]*)-?%\}/g, (whole, name: string, rest: string) => liquid(whole, name, rest));
      if (out.includes('{{') || out.includes('{%') || out.includes('__GHOST_URL__')) out = siteUrls(out, linkSeed);
      if (out.includes('[')) out = wordpress(out);
      if (out.includes('[[')) out = outsideHtml(out, (part) => wikilinks(part, linkSeed));
      return out;
    });
  }
  return lines.join('\n');
}
