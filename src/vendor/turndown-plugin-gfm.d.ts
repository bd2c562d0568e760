// The part of Joplin's turndown plugin for GitHub's Markdown this project uses (the package ships no types).
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** Turns HTML tables into GFM tables (a table without a header row gets an empty one). */
  export const tables: TurndownService.Plugin;
}
