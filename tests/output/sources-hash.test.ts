import { describe, expect, it } from 'vitest';
import { type BuildSources, sourcesHash } from '../../src/output/incremental.ts';
import type { ListedStamp, SeedListing } from '../../src/seeds/load.ts';

const stamp = (n: number): ListedStamp => ({ size: 100 + n, mtimeMs: 1_733_600_000_123.4567 + n, ctimeMs: 1_733_600_000_523.25 + n, ino: 9_000 + n });

/** A listing of `count` seeds (enough for more than one of hashStamped's batches) and two pictures. */
function listing(count = 5000): SeedListing {
  const files = Array.from({ length: count }, (_, i) => `${String(i).padStart(6, '0')}.txt`);
  return { files, refused: [], media: ['a.jpg', 'b.png'], site: false, stamps: files.map((_, i) => stamp(i)), mediaStamps: [stamp(1), stamp(2)] };
}

const sources = (l: SeedListing): BuildSources => ({ listing: l, topics: null, options: 'o' });

describe('sourcesHash', () => {
  it('is the same for the same seeds and stamps, and changes with any stamp, name, place or problem', async () => {
    const base = await sourcesHash(sources(listing()));
    expect(await sourcesHash(sources(listing()))).toBe(base);
    const changed: [string, (l: SeedListing) => void][] = [
      ['size', (l) => (l.stamps![4100] = { ...(l.stamps![4100] as object), size: 1 } as ListedStamp)],
      ['modification time', (l) => (l.stamps![0] = { ...(l.stamps![0] as object), mtimeMs: 1_733_600_000_123.4577 } as ListedStamp)],
      ['change time', (l) => (l.stamps![2047] = { ...(l.stamps![2047] as object), ctimeMs: 1 } as ListedStamp)],
      ['inode', (l) => (l.stamps![2048] = { ...(l.stamps![2048] as object), ino: 1 } as ListedStamp)],
      ['unread', (l) => (l.stamps![10] = { failed: null })],
      ['no stamps', (l) => (l.stamps = null)],
      ['renamed', (l) => (l.files[3] = '000003.md')],
      ['removed', (l) => (l.files.pop(), l.stamps!.pop())],
      ['a seed taken for a picture', (l) => (l.media.unshift(l.files.pop()!), l.mediaStamps.unshift(l.stamps!.pop()!))],
      ['picture stamp', (l) => (l.mediaStamps[1] = stamp(7))],
      ['refused', (l) => l.refused.push({ file: 'x', line: 1, message: 'a link', hint: '' })],
    ];
    const seen = new Set([base]);
    for (const [name, change] of changed) {
      const l = listing();
      change(l);
      const hash = await sourcesHash(sources(l));
      expect(seen.has(hash), name).toBe(false);
      seen.add(hash);
    }
    // Names are told apart where they end, whatever the batches hold.
    const joined = listing(2);
    joined.files = ['ab', 'c'];
    const split = listing(2);
    split.files = ['a', 'bc'];
    expect(await sourcesHash(sources(joined))).not.toBe(await sourcesHash(sources(split)));
  });
});
