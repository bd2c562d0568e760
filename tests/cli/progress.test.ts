// Progress on a terminal: phase, count, rate and time left; nothing at all when not a terminal.
import { describe, expect, it } from 'vitest';
import { TerminalProgress } from '../../src/cli/progress.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, columns: 100, text: '', write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('build progress', () => {
  it('shows the phase, the count, the rate and the time left on a terminal', async () => {
    const stream = fakeStream(true);
    const progress = new TerminalProgress(stream);
    progress.begin('Reading seeds');
    await new Promise((r) => setTimeout(r, 120));
    progress.advance(500, 1000);
    expect(stream.text).toContain('Reading seeds…');
    expect(stream.text).toMatch(/Reading seeds: 500\/1,000 \([\d,]+\/s, \d+ s left\)/);
    progress.end();
    expect(stream.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const stream = fakeStream(false);
    const progress = new TerminalProgress(stream);
    progress.begin('Reading seeds');
    progress.advance(1, 2);
    progress.end();
    expect(stream.text).toBe('');
  });

  it('stays out of piped output', async () => {
    const seeds = path.join(await tempDir(), 'seeds');
    await mkdir(seeds);
    await writeFile(path.join(seeds, 'a.txt'), ' date 2017-11-14 Piped\nText.\n');
    const run = await runCli(['build', '--seeds', seeds, '--out', path.join(path.dirname(seeds), 'site')]);
    expect(run.code).toBe(0);
    expect(run.stderr + run.stdout).not.toContain('\x1b[K');
  });
});
