// Eleventy wiring only: TypeScript templates. The data comes ready from src/ (src/site/renderer.ts
// passes it in as the global `archive`, puts URLs under the path prefix, and copies public/
// itself, so that an incremental build can skip Eleventy when no page changed).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { UserConfig } from '@11ty/eleventy';

/** A template module: what an `11ty.js` template exports. */
type TemplateModule = Record<string, unknown>;

/** The template modules under a folder, by their path in it, each imported once per process. */
const imported = new Map<string, Promise<[string, TemplateModule][]>>();

/** `*.11ty.ts` from the sources, `*.11ty.mjs` in the CLI's bundle (bin/bundle.js). */
function templateModules(input: string): Promise<[string, TemplateModule][]> {
  // Eleventy gives the folder relative to the working directory.
  const dir = path.resolve(input);
  let found = imported.get(dir);
  if (!found) {
    found = (async () => {
      const files = (await readdir(dir, { recursive: true })).filter((f) => /\.11ty\.(ts|mjs)$/.test(f)).sort();
      return Promise.all(files.map(async (f): Promise<[string, TemplateModule]> => [f.split(path.sep).join('/'), (await import(pathToFileURL(path.join(dir, f)).href)) as TemplateModule]));
    })();
    imported.set(dir, found);
  }
  return found;
}

/** The extension of the virtual templates: Eleventy's `11ty.js` templates, under a name no file in the folder has. */
const VIRTUAL = 'virtual';

export default async function (eleventyConfig: UserConfig) {
  // Every template is given to Eleventy as a virtual one, its module imported once per process:
  // Eleventy imports a JavaScript template's file anew on every run, under a new URL, and Node
  // never lets go of a module it loaded, so that each run (a large build makes dozens) left a
  // copy of every template behind, cold. The files are found by their own extension, which
  // Eleventy is not given: it sees the virtual templates only.
  eleventyConfig.addExtension([VIRTUAL], { key: '11ty.js' });
  for (const [file, module] of await templateModules(eleventyConfig.directories.input)) {
    eleventyConfig.addTemplate(file.replace(/\.11ty\.(ts|mjs)$/, `.${VIRTUAL}`), module);
  }
  // The bundle's input folder sits in node_modules/.cache, which Eleventy skips by default, as
  // it does what the .gitignore of the folder it runs from names.
  eleventyConfig.ignores.delete('**/node_modules/**');
  eleventyConfig.setUseGitIgnore(false);
  return {
    // Input and output folders come from the build (src/site/renderer.ts), not from here.
    dir: { includes: '_includes' },
    templateFormats: [VIRTUAL],
  };
}
