#!/usr/bin/env -S GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node --max-semi-space-size=64 --heap-growing-percent=25
// glibc's malloc asks for transparent huge pages for what it maps (the record cache's and the
// relation's buffers, the pages' bytes): a rebuild of 100,000 articles after an edit took 27%
// fewer page faults (673,000 against 489,000), which this machine's virtualisation makes dear,
// and 17.5-19.8 s against 19.3-22.6 s (four each, alternating; 17.2-23.3 s against 21.6-24.8 s
// in a slower hour), for the same peak. Ignored where the C library is not glibc, or older than 2.35.
// A young generation of 2 x 64 MB instead of V8's 2 x 16 for this thread: a build makes many
// short-lived objects (Eleventy's, per page) beside a large heap of records, and fewer of them
// survive into it to be collected there. Full builds of 100,000 articles: 177-183 s instead of
// 195-200 s with 2 x 32 (three of each, alternating), garbage collection 20-23 s instead of 25-26 s.
// The old generation may grow by 25% over what the last full collection kept, where V8 would
// let it grow up to fourfold: a full build of 100,000 articles peaked at 1.9 GB for the whole
// process tree instead of 3.4 GB, in the same time (250 s).
// Runs the TypeScript CLI from a bundle compiled on first use, or from the sources (bin/bundle.js).
import { setFlagsFromString } from 'node:v8';
import { cliModule } from './bundle.js';

// Started as `node bin/news-archive.js`, the line above is skipped: the old generation's limit
// still applies from here (unlike the young generation's size, which only the start sets).
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=25');

// Threads started from here on (reading seeds, relating) keep 2 x 32 MB: theirs gained nothing
// from 64 and added 100-150 MB to a rebuild's peak at 100,000 articles (2.03-2.07 GB against
// 1.94-1.95 GB). V8 sizes each thread's heap from the flags when the thread starts.
setFlagsFromString('--max-semi-space-size=32');
const { main } = await import(await cliModule());
process.exitCode = await main(process.argv.slice(2));
