import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSealed, readSealedPair, writeSealed, writeSealedPair } from '../../src/output/sealed-file.ts';
import { tempDir } from '../helpers/cli.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('sealed files', () => {
  it('reads back what was written, and nothing from a file changed or cut short', async () => {
    const file = path.join(await tempDir(), 'kept', 'one.bin');
    await writeSealed(file, bytes('the relation'));
    expect(text((await readSealed(file))!)).toBe('the relation');
    const whole = await readFile(file);
    whole[whole.length - 1]! ^= 1;
    await writeFile(file, whole);
    expect(await readSealed(file)).toBeNull();
    expect(await readSealed(path.join(path.dirname(file), 'missing.bin'))).toBeNull();
  });

  it('reads a pair back as two buffers of their own, the second not a view of the first', async () => {
    const file = path.join(await tempDir(), 'pair.bin');
    await writeSealedPair(file, bytes('entries'), bytes('bodies, one after another'));
    const [first, second] = (await readSealedPair(file))!;
    expect(text(first)).toBe('entries');
    expect(text(second)).toBe('bodies, one after another');
    // What a record keeps of the second part holds no more memory than that part.
    expect(second.buffer).not.toBe(first.buffer);
    expect(second.buffer.byteLength).toBe(second.byteLength);
    await writeSealedPair(file, new Uint8Array(0), new Uint8Array(0));
    expect((await readSealedPair(file))!.map((b) => b.length)).toEqual([0, 0]);
    // An empty part of any making: TextEncoder's of '' made Node's crc32 answer 0, and the file read as damaged.
    await writeSealedPair(file, bytes('entries'), bytes(''));
    expect((await readSealedPair(file))!.map((b) => text(b))).toEqual(['entries', '']);
  });

  it('reads no pair from a file damaged, cut short, of a wrong length, or not there', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'pair.bin');
    const write = (): Promise<void> => writeSealedPair(file, bytes('entries'), bytes('bodies'));
    await write();
    const whole = await readFile(file);
    for (let at = 0; at < whole.length; at++) {
      const damaged = Buffer.from(whole);
      damaged[at]! ^= 0x20;
      await writeFile(file, damaged);
      expect(await readSealedPair(file), `byte ${at} changed`).toBeNull();
    }
    for (const length of [0, 3, 7, 8, 12, whole.length - 1]) {
      await write();
      await truncate(file, length);
      expect(await readSealedPair(file), `cut to ${length} bytes`).toBeNull();
    }
    // A first part's length past the file's end.
    const long = Buffer.from(whole);
    long.writeUInt32BE(whole.length, 4);
    await writeFile(file, long);
    expect(await readSealedPair(file)).toBeNull();
    expect(await readSealedPair(path.join(dir, 'missing.bin'))).toBeNull();
  });

  it('stops reading a pair once told to', async () => {
    const file = path.join(await tempDir(), 'pair.bin');
    await writeSealedPair(file, bytes('entries'), bytes('bodies'));
    const abort = new AbortController();
    abort.abort();
    expect(await readSealedPair(file, abort.signal)).toBeNull();
  });
});
