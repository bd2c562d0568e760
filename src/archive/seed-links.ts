// Links between seeds (see SeedLink): Jekyll's `{% post_url %}`, Hugo's `{{< ref >}}` and a
// relative link to a seed's file lead to that seed's article, at the URL it has here, which is
// known only once every seed has its slug. A link to no published article (a post never written,
// a draft, a page not exported) is its text, and a warning: a link that answers 404 would be
// worse, and Jekyll and Hugo themselves stop the build over such a tag.
import path from 'node:path';
import { hashOf } from '../hash.ts';
import { blocksOf } from '../seeds/words.ts';
import type { Article, Block, SeedLink, SeedProblem } from '../types.ts';
import type { Duplicate } from './duplicates.ts';

/** Where a seed's file is, for links: its article's URL, or why it has none. */
type Target = { url: string } | { draft: true };

/**
 * The seeds links may name, by path from the seeds folder, by path without its extension, and by
 * name without it; the last two in lower case, as Obsidian and Hugo find them, whatever the case.
 */
class SeedFiles {
  private readonly byPath = new Map<string, Target>();
  private readonly byStem = new Map<string, Target>();
  private readonly byName = new Map<string, Target[]>();

  constructor(articles: readonly Article[], duplicates: readonly Duplicate[], drafts: readonly string[]) {
    const urls = new Map(articles.map((a) => [a.file, a.url]));
    for (const a of articles) this.add(a.file, { url: a.url });
    // A duplicate's link leads to the article published in its place.
    for (const d of duplicates) {
      const url = urls.get(d.duplicateOf);
      if (url !== undefined) this.add(d.file, { url });
    }
    for (const file of drafts) this.add(file, { draft: true });
  }

  private add(file: string, target: Target): void {
    this.byPath.set(file, target);
    const stem = file.replace(/\.[^./]*$/, '').toLowerCase();
    if (!this.byStem.has(stem)) this.byStem.set(stem, target);
    // A page bundle (`storm/index.md`) by its folder's name, as Hugo names it.
    const name = /(?:^|\/)_?index$/.test(stem) ? (stem.split('/').at(-2) ?? stem) : stem.slice(stem.lastIndexOf('/') + 1);
    const named = this.byName.get(name);
    if (named) named.push(target);
    else this.byName.set(name, [target]);
  }

  /** The seed `link` names, seen from `from` (the linking seed's path); undefined for none. */
  find(link: SeedLink, from: string): Target | undefined {
    if (link.kind === 'file') return this.byPath.get(link.target);
    // Jekyll names a post by its file's name, in whatever folder (`_posts/`, `_posts/2019/`).
    if (link.kind === 'post') return this.only(link.target);
    if (link.kind === 'ref') return this.hugoRef(link.target, from);
    return this.wikiNote(link.target);
  }

  /** Obsidian's note: by its path from the vault (the seeds folder), or by its name, if only one note has it. */
  private wikiNote(target: string): Target | undefined {
    const name = target.replace(/\.(?:md|markdown)$/i, '').toLowerCase();
    return this.byStem.get(name) ?? this.only(name.slice(name.lastIndexOf('/') + 1));
  }

  /**
   * Hugo's `ref`: a path from the page's folder, or from the content folder (the seeds folder)
   * when it starts with `/` or is not found beside the page, with its extension or without, or a
   * page bundle's folder (`storm/index.md`); else a page of that name, if only one has it.
   */
  private hugoRef(target: string, from: string): Target | undefined {
    const written = target.replace(/[?#].*$/s, '').replace(/\/+$/, '');
    if (written === '') return undefined;
    const bases = written.startsWith('/') ? [written.slice(1)] : [path.posix.join(path.posix.dirname(from), written), written];
    for (const base of bases.map((b) => path.posix.normalize(b))) {
      if (base.startsWith('../')) continue;
      const stem = base.toLowerCase();
      const found = this.byPath.get(base) ?? this.byStem.get(stem) ?? this.byStem.get(`${stem}/index`) ?? this.byStem.get(`${stem}/_index`);
      if (found) return found;
    }
    const name = written.slice(written.lastIndexOf('/') + 1).replace(/\.(?:md|markdown)$/i, '');
    return this.only(name);
  }

  /** The seed of this name (without its extension), if one alone has it. */
  private only(name: string): Target | undefined {
    const named = this.byName.get(name.toLowerCase());
    return named?.length === 1 ? named[0] : undefined;
  }
}

/** How a link was written, for a warning. */
function written(kind: keyof typeof HINTS, target: string): string {
  if (kind === 'post') return `{% post_url ${target} %}`;
  if (kind === 'ref') return `{{< ref "${target}" >}}`;
  return `the link to "${target}"`;
}

const HINTS: Record<Exclude<SeedLink['kind'], 'wiki'>, string> = {
  post: 'Jekyll names a post by its file name without the extension (YYYY-MM-DD-title): add that post, or correct the name',
  ref: "Hugo names a page by its file's path, from the page's folder or the content folder: add that page, or correct the path",
  file: "a link to another seed names its file by its path from the linking seed's folder: add that seed, or correct the path",
};

/** Warnings of one article's links, at most: past them, one says how many more there are (a page of thousands is a listing, not an article). */
export const MAX_LINK_WARNINGS = 10;

/** A link as the body's renderer writes one (see src/seeds/markdown.ts). */
const LINK = /<a href="([^"]*)"(?: title="[^"]*")?>([\s\S]*?)<\/a>/g;

/**
 * The articles with their links to other seeds resolved (see the top of this file), and a
 * warning for each link that names no published article. An article without such links is
 * returned as it is; one with them gets a digest of its own and the URLs they lead to, so that its
 * page is made again when one of them changes.
 */
export function linkSeeds(articles: Article[], duplicates: readonly Duplicate[], drafts: readonly string[]): { articles: Article[]; warnings: SeedProblem[] } {
  const warnings: SeedProblem[] = [];
  if (!articles.some((a) => a.seedLinks !== undefined)) return { articles, warnings };
  const files = new SeedFiles(articles, duplicates, drafts);
  const linked = articles.map((a): Article => {
    if (a.seedLinks === undefined) return a;
    // By the address each link has until now: a post's name gives the same one to every link to it.
    const urls = new Map<string, string | null>();
    let dead = 0;
    for (const link of a.seedLinks) {
      const found = files.find(link, a.file);
      const url = found && 'url' in found ? found.url : null;
      // A wiki's link to a note not written yet is a wiki's everyday: its text, without a word.
      const { kind } = link;
      if (url === null && kind !== 'wiki' && ++dead <= MAX_LINK_WARNINGS) {
        const why = found ? 'names a draft, which is not published' : 'names no published article';
        warnings.push({ file: a.file, line: link.line, message: `${written(kind, link.target)} ${why}: the link's text is shown without the link`, hint: HINTS[kind] });
      }
      if (!urls.has(link.href)) urls.set(link.href, url);
    }
    if (dead > MAX_LINK_WARNINGS) {
      const line = a.seedLinks.filter((l) => l.kind !== 'wiki').at(-1)!.line;
      warnings.push({ file: a.file, line, message: `${dead - MAX_LINK_WARNINGS} more links to other seeds name no published article: their texts are shown without the links`, hint: 'see the warnings before this one' });
    }
    const blocks = blocksOf(a).map((block): Block => {
      if (block.type !== 'html') return block;
      const html = block.html.replace(LINK, (whole: string, written: string, text: string) => {
        // A link to a heading of the other article (`agenda.md#results`) keeps its fragment after the link's own mark.
        const at = written.indexOf('#', 1);
        const href = at < 0 ? written : written.slice(0, at);
        const url = urls.get(href);
        return url === undefined ? whole : url === null ? text : whole.replace(`href="${written}"`, `href="${url}${at < 0 ? '' : written.slice(at)}"`);
      });
      return { type: 'html', html };
    });
    const resolved = [...urls].map(([href, url]) => `${href}\0${url ?? ''}`).join('\0');
    return { ...a, seedLinks: undefined, body: JSON.stringify(blocks), digest: hashOf(`${a.digest}\0links\0${resolved}`) };
  });
  return { articles: linked, warnings };
}
