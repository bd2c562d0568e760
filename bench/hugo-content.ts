// Writes the Hugo site of the benchmark: bench/hugo's configuration and layouts, and one
// content file per article of the archive news-archive builds, with the same URLs and topics.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../src/archive/types.ts';
import { blocksOf, blockText } from '../src/seeds/words.ts';

const HUGO_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'hugo');

function frontMatter(data: Record<string, unknown>): string {
  // JSON is valid YAML: every value is quoted and escaped.
  return `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
}

export async function writeHugoSite(archive: Archive, dir: string, publicDir: string): Promise<void> {
  await cp(HUGO_DIR, dir, { recursive: true });
  await cp(publicDir, path.join(dir, 'static'), { recursive: true });
  const articles = path.join(dir, 'content/articles');
  await mkdir(articles, { recursive: true });
  for (const a of archive.articles) {
    const body = blocksOf(a).map((b) => (b.type === 'heading' ? `## ${b.text}` : blockText(b).replace(/\s+/g, ' ').trim())).join('\n\n');
    const data = {
      title: a.title,
      date: a.date,
      slug: a.slug,
      dateline: a.dateline ?? '',
      source: a.source ?? '',
      topics: a.topics.map((t) => t.name),
      days: [a.date],
      months: [a.date.slice(0, 7)],
      years: [a.date.slice(0, 4)],
    };
    await writeFile(path.join(articles, `${a.id}.md`), `${frontMatter(data)}${body}\n`);
  }
  // Day, month and year pages at /YYYY/MM/DD/, /YYYY/MM/ and /YYYY/, as terms with their own URLs.
  for (const [taxonomy, periods] of [['days', archive.days], ['months', archive.months], ['years', archive.years]] as const) {
    for (const p of periods) {
      const term = path.join(dir, 'content', taxonomy, p.key);
      await mkdir(term, { recursive: true });
      await writeFile(path.join(term, '_index.md'), frontMatter({ title: p.key, url: p.url }));
    }
  }
}
