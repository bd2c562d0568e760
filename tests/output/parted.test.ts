// Values serialised with their large typed arrays as parts of their own (see parted.ts): read
// back equal, the parts as views of the bytes read where aligned, and damage refused.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deserializeParted, serializeParted } from '../../src/output/parted.ts';
import { readSealedValue, writeSealedValue } from '../../src/output/sealed-file.ts';
import { tempDir } from '../helpers/cli.ts';

const joined = (buffers: Uint8Array[], before = 0): Uint8Array => {
  const all = new Uint8Array(before + buffers.reduce((n, b) => n + b.byteLength, 0));
  let at = before;
  for (const b of buffers) {
    all.set(b, at);
    at += b.byteLength;
  }
  return all.subarray(before);
};

function sample() {
  const big = Int32Array.from({ length: 20_000 }, (_, i) => i * 7 - 3);
  return {
    name: 'relation',
    keys: ['a.txt', 'b.txt'],
    big,
    // A view into the middle of another array's buffer: its own bytes only are written.
    middle: new Float64Array(new ArrayBuffer(8 * 12_000), 8 * 5, 10_000).fill(1.5),
    counts: Uint16Array.from({ length: 40_000 }, (_, i) => i),
    small: new Int32Array([1, 2, 3]),
    odd: new Uint8Array(70_001).fill(9),
    nested: { map: new Map([['x', 1]]), list: [big, new Float64Array(9_000).fill(-2)] },
  };
}

describe('parted serialisation', () => {
  it('reads back what it wrote, the large arrays as views of the bytes read, each aligned for its kind', () => {
    const value = sample();
    const buffers = serializeParted(value, 4);
    // The large arrays are written as they are, not copied.
    expect(buffers.some((b) => b.buffer === value.counts.buffer)).toBe(true);
    expect(buffers.some((b) => b.buffer === value.small.buffer)).toBe(false);
    const payload = joined(buffers, 4);
    const back = deserializeParted(payload, 4) as ReturnType<typeof sample>;
    expect(back).toEqual(value);
    for (const array of [back.big, back.middle, back.counts, back.odd]) expect(array.buffer).toBe(payload.buffer);
    // The same array twice is one array read back.
    expect(back.nested.list[0]).toBe(back.big);
  });

  it('copies parts the bytes read do not align, and refuses bytes shorter than their table says', () => {
    const value = sample();
    const payload = joined(serializeParted(value, 4), 1);
    expect(deserializeParted(payload, 4)).toEqual(value);
    const whole = joined(serializeParted(value));
    expect(() => deserializeParted(whole.subarray(0, whole.length - 10))).toThrow();
  });

  it('is kept sealed: read back equal, and a damaged file is not used', async () => {
    const file = path.join(await tempDir(), 'value.bin');
    const value = sample();
    await writeSealedValue(file, value);
    expect(await readSealedValue(file)).toEqual(value);
    const bytes = await readFile(file);
    bytes[bytes.length - 100]! ^= 1;
    await writeFile(file, bytes);
    expect(await readSealedValue(file)).toBeNull();
    expect(await readSealedValue(path.join(path.dirname(file), 'none.bin'))).toBeNull();
  });
});
