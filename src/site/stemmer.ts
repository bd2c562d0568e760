// The stemmer the search page judges Pagefind's answers with (public/assets/search-match.js):
// the `porter2` package, Snowball's English stemmer, the one Pagefind stems English pages with.
// The package is CommonJS, one file with no imports: the page gets it wrapped as an ES module,
// under its licence.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../paths.ts';

/** Where the stemmer is written in the output folder; search.js imports it from beside itself. */
export const STEMMER_FILE = 'assets/porter2.js';

let made: Promise<string> | undefined;

/** The stemmer as an ES module exporting `stem(word)`. */
export function stemmerModule(): Promise<string> {
  made ??= (async () => {
    const dir = path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('porter2/package.json'));
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { version: string; main: string };
    const [code, licence] = await Promise.all([readFile(path.join(dir, pkg.main), 'utf8'), readFile(path.join(dir, 'LICENSE'), 'utf8')]);
    return `/*! porter2 ${pkg.version} (https://github.com/eilvelia/porter2.js)\n${licence.replaceAll('*/', '* /').trim()}\n*/\nconst exports = {};\n${code}\nexport const stem = exports.stem;\n`;
  })();
  return made;
}
