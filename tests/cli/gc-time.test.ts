import { describe, expect, it } from 'vitest';
import { formatGcTime, GcTimer } from '../../src/cli/gc-time.ts';

describe('GcTimer', () => {
  it('counts the collections made between start and stop, and none after', async () => {
    const timer = new GcTimer().start();
    // Short-lived garbage, far beyond the young generation's size: it must be collected.
    const ring = new Array<number[]>(1000);
    for (let i = 0; i < 200_000; i++) ring[i % ring.length] = new Array(64).fill(i);
    expect(ring[0]![0]).toBe(199_000);
    const counted = await timer.stop();
    expect(counted.minor).toBeGreaterThan(0);
    expect(counted.ms).toBeGreaterThan(0);
    for (let i = 0; i < 200_000; i++) ring[i % ring.length] = new Array(64).fill(i);
    expect(await timer.stop()).toEqual(counted);
  });

  it('says the time and the collections of each kind', () => {
    expect(formatGcTime({ ms: 3160.4, minor: 175, major: 23 })).toBe(
      '  of the whole build, garbage collection on the main thread: 3160 ms (175 of the young generation, 23 of the whole heap)',
    );
  });
});
