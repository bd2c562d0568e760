// Eleventy wiring only: TypeScript templates, plugins and static assets. The data comes ready
// from src/ (see src/site/render.ts, which passes it in as the global `archive`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';

const root = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: UserConfig) {
  // Templates are typed JavaScript templates (`*.11ty.ts`), loaded through tsx.
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ [path.join(root, 'public')]: '/' });
  return {
    // Input and output folders come from the build (src/site/render.ts), not from here.
    dir: { includes: '_includes' },
    templateFormats: ['11ty.ts'],
  };
}
