import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo; Discord gives only the raw 32-byte key after it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Turns the application's public key (64 hex characters, from the Developer Portal) into a key object. */
export function ed25519PublicKey(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new Error('DISCORD_PUBLIC_KEY must be 32 bytes written as 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/**
 * Whether Discord signed this request: Ed25519 over the timestamp header followed by the raw body.
 * Missing or malformed headers are simply "not signed".
 */
export function isSignedByDiscord(key: KeyObject, signatureHex: unknown, timestamp: unknown, body: Buffer): boolean {
  if (typeof signatureHex !== 'string' || typeof timestamp !== 'string' || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
}
