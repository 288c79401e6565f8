/**
 * Bearer tokens: `tcns_<id>_<secret>`, 256 bits of secret from the system's random source. Only
 * the SHA-256 of the secret is stored; a presented token is found by its id and its secret
 * compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenRow } from './store/store.js';

const FORMAT = /^tcns_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/u;

/** SHA-256 of a secret, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new token: the text to hand over once, and its id and hash to store. */
export function newToken(): { token: string; id: string; secretHash: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `tcns_${id}_${secret}`, id, secretHash: hashSecret(secret) };
}

/** The id and secret of a token's text, or `undefined` when it is not one. */
export function parseToken(text: string): { id: string; secret: string } | undefined {
  const match = FORMAT.exec(text);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : undefined;
}

/** Whether a secret matches a stored token, compared in constant time. */
export function secretMatches(row: Pick<TokenRow, 'secretHash'>, secret: string): boolean {
  const expected = Buffer.from(row.secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
