// How long the search page of a built site takes to show its first results, and its filter
// lists, in headless Chromium from a local server; with the requests it made, by kind. Two
// fresh browser contexts per run.
//   node --import tsx bench/search-page.ts SITE_FOLDER ["query"]
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
const dir = process.argv[2]!;
const q = process.argv[3] ?? 'harbour minister';
const server = await serveStatic(dir);
const browser = await launchChromium();
for (let run = 0; run < 2; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const kinds = new Map<string, { n: number; bytes: number }>();
  page.on('response', async (r) => {
    const u = r.url();
    const k = u.includes('/pagefind/') ? (u.match(/\.(pf_\w+|pagefind|js|json)$/)?.[1] ?? u.split('/').pop()!.replace(/[0-9a-f]{6,}/, '#')) : 'other';
    const e = kinds.get(k) ?? { n: 0, bytes: 0 };
    e.n++;
    try {
      e.bytes += (await r.body()).length;
    } catch {
      // A response without a body (a redirect): counted, not measured.
    }
    kinds.set(k, e);
  });
  const t0 = Date.now();
  await page.goto(`${server.root}search/?q=${encodeURIComponent(q)}`);
  const tLoad = Date.now() - t0;
  await page.waitForFunction(() => /found/.test(document.querySelector('.search-status')?.textContent ?? ''), null, { timeout: 120000 });
  const tResults = Date.now() - t0;
  await page.waitForFunction(() => !(document.querySelector('.search-filters') as HTMLFieldSetElement).hidden, null, { timeout: 120000 });
  const filtersVisible = Date.now() - t0;
  const status = await page.textContent('.search-status');
  console.log(`run ${run}: page loaded ${tLoad} ms, first results ${tResults} ms, filter lists ${filtersVisible} ms: "${status}"`);
  console.log('  ', [...kinds].map(([k, v]) => `${k}:${v.n}/${(v.bytes / 1024).toFixed(0)}KB`).join(' '));
  await context.close();
}
await browser.close();
await server.close();
