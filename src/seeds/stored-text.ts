// A record's text as the reader makes it (a string) or as the record cache keeps it (UTF-8 bytes
// in a buffer that many records share: see Text), one way or the other on demand.
import type { Text } from '../types.ts';

const utf8 = new TextEncoder();

/**
 * The text as a string: decoded by Buffer, not TextDecoder (making the search records of 100,000
 * articles took 2.0-2.5 s instead of 3.2-3.4 s); the cache writes valid UTF-8 alone (see textBytes).
 */
export function textOf(text: Text): string {
  if (typeof text === 'string') return text;
  const { bytes, start, end } = text;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
}

/** The text's UTF-8 bytes (a view of the buffer it is in, if it is in one). Lone surrogates, which UTF-8 cannot hold, become U+FFFD. */
export function textBytes(text: Text): Uint8Array {
  return typeof text === 'string' ? utf8.encode(text) : text.bytes.subarray(text.start, text.end);
}
