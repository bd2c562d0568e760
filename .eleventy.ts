// Eleventy wiring only: templates, plugins and static assets. The data comes ready from
// src/ (see src/site/eleventy.ts, which passes it in as the global `archive`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';

const root = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ [path.join(root, 'public')]: '/' });
  // Seed text is data: everything a template prints is escaped unless marked safe.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  return {
    // Input and output folders come from the build (src/site/render.ts), not from here.
    dir: { includes: '_includes' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
