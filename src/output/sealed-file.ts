// Files the tool keeps for its next build beside the output (the record cache's buckets, the
// relation, the articles' keys): the SHA-256 of the contents, then the contents. Damage that still deserialises would otherwise
// be trusted; a file that is not whole is not used, and the build works without it.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const DIGEST_BYTES = 32;

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** `payload` as a sealed file holds it: its digest first. */
export function sealed(payload: Uint8Array): Buffer {
  return Buffer.concat([sha256(payload), payload]);
}

/** What a sealed file's bytes hold, if they are whole; else null. */
export function unsealed(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < DIGEST_BYTES) return null;
  const payload = bytes.subarray(DIGEST_BYTES);
  return sha256(payload).equals(bytes.subarray(0, DIGEST_BYTES)) ? payload : null;
}

/**
 * Writes `payload` to `file`, sealed, in place of the last, whole or not at all: to one temporary
 * name, then renamed (builds of an output take turns, see lockOutput, and one killed while
 * writing leaves one file, which the next replaces).
 */
export async function writeSealed(file: string, payload: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  try {
    // The seal, then the payload: not joined into one more buffer of the payload's size (about 100 MB for a relation of 100,000 articles).
    const handle = await open(tmp, 'w');
    try {
      await handle.writev([sha256(payload), payload]);
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** What `file` holds, if it is there and whole; else null. */
export async function readSealed(file: string): Promise<Uint8Array | null> {
  const bytes = await readFile(file).catch(() => null);
  return bytes && unsealed(bytes);
}
