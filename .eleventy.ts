// Eleventy wiring only: TypeScript templates. The data comes ready from src/ (src/site/renderer.ts
// passes it in as the global `archive`, puts URLs under the path prefix, and copies public/
// itself, so that an incremental build can skip Eleventy when no page changed).
import type { UserConfig } from '@11ty/eleventy';

export default function (eleventyConfig: UserConfig) {
  // Templates are typed JavaScript templates (`*.11ty.ts`), loaded through tsx; the CLI's bundle
  // (bin/bundle.js) compiles them, and this file, to plain ones (`*.11ty.mjs`, of Eleventy's `11ty.js` format).
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  // The input folder holds the templates and nothing else. The bundle's sits in node_modules/.cache,
  // which Eleventy skips by default, as it does what the .gitignore of the folder it runs from names.
  eleventyConfig.ignores.delete('**/node_modules/**');
  eleventyConfig.setUseGitIgnore(false);
  return {
    // Input and output folders come from the build (src/site/renderer.ts), not from here.
    dir: { includes: '_includes' },
    templateFormats: ['11ty.ts', '11ty.js'],
  };
}
