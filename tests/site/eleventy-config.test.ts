// .eleventy.ts gives Eleventy every template as a virtual one, each module imported once per
// process: Eleventy itself imports a JavaScript template's file anew for every run (a build
// renders in runs of 1,500 pages), and Node keeps every module it ever loaded.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import eleventyConfig from '../../.eleventy.ts';

const TEMPLATES = path.resolve('templates');

/** What the configuration does with Eleventy's configuration API, recorded. */
function recorder() {
  const templates = new Map<string, unknown>();
  const extensions = new Map<string, string>();
  const api = {
    directories: { input: `${TEMPLATES}/` },
    ignores: new Set<string>(['**/node_modules/**']),
    setUseGitIgnore: () => {},
    addExtension: (names: string[], { key }: { key: string }) => {
      for (const name of names) extensions.set(name, key);
    },
    addTemplate: (virtualPath: string, content: unknown) => {
      if (templates.has(virtualPath)) throw new Error(`twice: ${virtualPath}`);
      templates.set(virtualPath, content);
    },
  };
  return { api, templates, extensions };
}

describe('Eleventy configuration', () => {
  it('gives every template file as a virtual 11ty.js template, and Eleventy none of the files', async () => {
    const { api, templates, extensions } = recorder();
    const returned = (await eleventyConfig(api as never)) as { templateFormats: string[] };
    const files = readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.11ty.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect([...templates.keys()].sort()).toEqual(files.map((f) => f.split(path.sep).join('/').replace(/\.11ty\.ts$/, '.virtual')).sort());
    // The layout is called by each page's render function (templates/_includes/page.ts), not by Eleventy.
    expect([...templates.keys()].some((f) => f.startsWith('_includes/'))).toBe(false);
    for (const module of templates.values()) expect(typeof (module as { render?: unknown }).render).toBe('function');
    // Eleventy looks for files of the virtual extension only, which are JavaScript templates.
    expect(returned.templateFormats).toEqual(['virtual']);
    expect(extensions.get('virtual')).toBe('11ty.js');
    expect(readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.virtual'))).toBe(false);
  });

  it('imports each template module once, however many runs it configures', async () => {
    const first = recorder();
    const second = recorder();
    await eleventyConfig(first.api as never);
    await eleventyConfig(second.api as never);
    expect(first.templates.size).toBeGreaterThan(5);
    expect(second.templates.size).toBe(first.templates.size);
    for (const [file, module] of first.templates) expect(second.templates.get(file), file).toBe(module);
  });
});
