// Parses every HTML page of a built site with parse5 and checks each internal link and asset.
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

export interface PageDoc {
  /** Site URL of the page, e.g. `/2017/` or `/404.html`. */
  url: string;
  file: string;
  html: string;
  ids: Set<string>;
  links: { tag: string; attr: string; value: string }[];
  /** Every attribute name used on the page. */
  attributeNames: Set<string>;
  elements: (tag: string) => Node[];
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit);
}

export function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function textOf(node: Node): string {
  let out = '';
  walk(node, (n) => {
    if (n.nodeName === '#text') out += (n as unknown as { value: string }).value;
  });
  return out;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

export async function loadPages(outDir: string): Promise<PageDoc[]> {
  const files = (await listFiles(outDir)).filter((f) => f.endsWith('.html'));
  const pages: PageDoc[] = [];
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    const doc = parse(html) as unknown as Node;
    const ids = new Set<string>();
    const links: PageDoc['links'] = [];
    const all: Node[] = [];
    const attributeNames = new Set<string>();
    walk(doc, (n) => {
      all.push(n);
      for (const a of n.attrs ?? []) attributeNames.add(a.name);
      const id = attr(n, 'id');
      if (id) ids.add(id);
      for (const name of ['href', 'src']) {
        const value = attr(n, name);
        if (value !== undefined) links.push({ tag: n.nodeName, attr: name, value });
      }
    });
    const url = `/${file.replace(/index\.html$/, '')}`;
    pages.push({ url, file, html, ids, links, attributeNames, elements: (tag) => all.filter((n) => n.nodeName === tag) });
  }
  return pages;
}

/**
 * Every internal link and asset of every page, resolved as a browser would under `prefix`,
 * that does not lead to a file in the output (or to an id on its page). Empty when all resolve.
 */
export function brokenLinks(outDir: string, pages: PageDoc[], prefix = '/', origin = 'http://127.0.0.1'): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${prefix}${page.url.slice(1)}`, origin);
    for (const link of page.links) {
      const target = new URL(link.value, pageUrl);
      if (target.origin !== origin) continue; // links out of the site (in article text) are not ours to check
      if (!target.pathname.startsWith(prefix)) {
        broken.push(`${page.url}: ${link.value} is outside the prefix ${prefix}`);
        continue;
      }
      const rel = decodeURIComponent(target.pathname.slice(prefix.length));
      let file = path.join(outDir, rel);
      if (rel === '' || rel.endsWith('/')) file = path.join(file, 'index.html');
      else if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page.url}: ${link.value} -> missing ${rel || '/'}`);
        continue;
      }
      if (target.hash && target.pathname === pageUrl.pathname && !page.ids.has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${page.url}: ${link.value} -> no element with that id`);
      }
    }
  }
  return broken;
}
