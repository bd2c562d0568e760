// Short content hashes: what stands for a text where only its identity matters.
import { hash } from 'node:crypto';

/** A 22-character (132-bit) hash of a text, URL-safe. */
export function hashOf(text: string): string {
  // The one-shot form: a build hashes several hundred thousand texts, and a Hash object for each cost twice as much.
  return hash('sha256', text, 'base64url').slice(0, 22);
}
