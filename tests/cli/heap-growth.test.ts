// The old generation's growth set at run time (see heap-growth.ts): fewer full collections as a
// heap grows when it may grow further, and the command line's choice kept.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HEAP_GROWTH } from '../../src/cli/heap-growth.ts';
import { ROOT } from '../helpers/cli.ts';

/** Full collections while a heap grows to about 300 MB in a new process, with `growth` set at run time, and `flags` for node. */
function fullCollections(growth: number, flags: string[] = []): number {
  const script = `
    import { setHeapGrowth } from './src/cli/heap-growth.ts';
    import { GcTimer } from './src/cli/gc-time.ts';
    setHeapGrowth(${growth});
    const timer = new GcTimer().start();
    const kept = [];
    for (let i = 0; i < 3_000_000; i++) kept.push({ i, text: 'x' + i });
    const { major } = await timer.stop();
    console.log(kept.length === 3_000_000 ? major : -1);`;
  return Number(execFileSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim());
}

describe('setHeapGrowth', () => {
  it('lets the heap grow further before a full collection, unless node was started with a growth of its own', () => {
    // The command's first line gives node the growth it starts with.
    expect(readFileSync(path.join(ROOT, 'bin/news-archive.js'), 'utf8').split('\n')[0]).toContain(`--heap-growing-percent=${COMMAND_HEAP_GROWTH}`);
    const tight = fullCollections(25);
    const loose = fullCollections(400);
    expect(loose).toBeGreaterThanOrEqual(0);
    expect(tight).toBeGreaterThan(loose);
    // Started with a growth of its own: run-time settings leave it as it was.
    expect(fullCollections(400, ['--heap-growing-percent=20'])).toBeGreaterThan(loose);
    // The command's own (bin/news-archive.js's first line, which node takes as any other) is not one.
    expect(fullCollections(400, [`--heap-growing-percent=${COMMAND_HEAP_GROWTH}`])).toBeLessThan(tight);
  });
});
