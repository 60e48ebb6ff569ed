/**
 * The tip line's cryptography (libsodium through `libsodium-wrappers`, argon2id
 * through `@node-rs/argon2`):
 * - each tip has its own random 32-byte key; its content is encrypted with
 *   XChaCha20-Poly1305 (a fresh 24-byte nonce per value, a purpose string as
 *   associated data, so a field cannot be passed off as another);
 * - the tip key is sealed (X25519 sealed box) to every reviewer's public key, and
 *   wrapped under a key derived from the sender's receipt (HKDF-SHA-256: the receipt
 *   has 160 random bits, no slow hash needed), so the sender can read the questions;
 * - a reviewer's private key is encrypted under a key derived from their passphrase
 *   with argon2id (64 MiB, 3 passes).
 *
 * @example
 * const key = newTipKey();
 * const box = await encrypt(key, utf8('…'), 'tip.body');
 * utf8Text(await decrypt(key, box, 'tip.body')); // '…'
 */
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Algorithm, hashRaw } from '@node-rs/argon2';
import sodium from 'libsodium-wrappers';
import { RollcallError } from '../../domain/errors.js';

let ready: Promise<void> | null = null;
async function lib(): Promise<typeof sodium> {
  ready ??= sodium.ready;
  await ready;
  return sodium;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const utf8Text = (bytes: Uint8Array): string => decoder.decode(bytes);

export function newTipKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

/** `nonce ‖ ciphertext` of `plain` under `key`, bound to `purpose`. */
export async function encrypt(key: Uint8Array, plain: Uint8Array, purpose: string): Promise<Uint8Array> {
  const s = await lib();
  // Node's generator: libsodium.js's asks the WebCrypto API for 4 bytes at a time (~100 µs a nonce here).
  const nonce = new Uint8Array(randomBytes(s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES));
  const box = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, utf8(purpose), null, nonce, key);
  const out = new Uint8Array(nonce.length + box.length);
  out.set(nonce);
  out.set(box, nonce.length);
  return out;
}

/** The plain bytes, or `tip-undecryptable` for a wrong key or altered bytes. */
export async function decrypt(key: Uint8Array, sealed: Uint8Array, purpose: string): Promise<Uint8Array> {
  const s = await lib();
  const n = s.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  try {
    return s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sealed.subarray(n),
      utf8(purpose),
      sealed.subarray(0, n),
      key,
    );
  } catch {
    throw new RollcallError('tip-undecryptable', 'This tip cannot be decrypted with the key given.');
  }
}

export async function encryptJson(key: Uint8Array, value: unknown, purpose: string): Promise<Uint8Array> {
  return encrypt(key, utf8(JSON.stringify(value)), purpose);
}

export async function decryptJson<T>(key: Uint8Array, sealed: Uint8Array, purpose: string): Promise<T> {
  return JSON.parse(utf8Text(await decrypt(key, sealed, purpose))) as T;
}

export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export async function newKeyPair(): Promise<KeyPair> {
  const s = await lib();
  const { publicKey, privateKey } = s.crypto_box_keypair();
  return { publicKey, privateKey };
}

/**
 * The tip key sealed to a reviewer's public key (only their private key opens it): an
 * X25519 sealed box, byte for byte what `crypto_box_seal` makes (`ephemeral public key ‖
 * crypto_box(message, nonce = BLAKE2b-192(ephemeral pk ‖ pk))`, opened by
 * `crypto_box_seal_open`), built from its parts so that the ephemeral key comes from Node's
 * generator: 0.27 ms a seal instead of 0.42 ms (see docs/performance.md, "Tip line").
 */
export async function sealTo(tipKey: Uint8Array, publicKey: Uint8Array): Promise<Uint8Array> {
  const s = await lib();
  const ephemeralSecret = new Uint8Array(randomBytes(s.crypto_box_SECRETKEYBYTES));
  try {
    const ephemeralPublic = s.crypto_scalarmult_base(ephemeralSecret);
    const both = new Uint8Array(ephemeralPublic.length + publicKey.length);
    both.set(ephemeralPublic);
    both.set(publicKey, ephemeralPublic.length);
    const nonce = s.crypto_generichash(s.crypto_box_NONCEBYTES, both, null);
    const box = s.crypto_box_easy(tipKey, nonce, publicKey, ephemeralSecret);
    const out = new Uint8Array(ephemeralPublic.length + box.length);
    out.set(ephemeralPublic);
    out.set(box, ephemeralPublic.length);
    return out;
  } finally {
    s.memzero(ephemeralSecret);
  }
}

export async function openSeal(sealed: Uint8Array, pair: KeyPair): Promise<Uint8Array> {
  try {
    return (await lib()).crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey);
  } catch {
    throw new RollcallError('tip-undecryptable', 'This tip key is not sealed to your key.');
  }
}

/** Overwrites a secret in memory. */
export async function wipe(bytes: Uint8Array): Promise<void> {
  (await lib()).memzero(bytes);
}

/** The argon2id costs of a passphrase key, stored beside it (JSON) so they can be raised later. */
export interface KdfParams {
  alg: 'argon2id';
  salt: string;
  memoryCost: number;
  timeCost: number;
}

export function newKdfParams(): KdfParams {
  return { alg: 'argon2id', salt: randomBytes(16).toString('base64'), memoryCost: 65_536, timeCost: 3 };
}

export async function passphraseKey(passphrase: string, p: KdfParams): Promise<Uint8Array> {
  const raw = await hashRaw(passphrase.normalize('NFC'), {
    algorithm: Algorithm.Argon2id,
    memoryCost: p.memoryCost,
    timeCost: p.timeCost,
    parallelism: 1,
    outputLen: 32,
    salt: Buffer.from(p.salt, 'base64'),
  });
  return new Uint8Array(raw);
}

/** What the store keeps to find a tip by its receipt (SHA-256, hex); never the receipt. */
export function receiptHash(receipt: string): string {
  return createHash('sha256').update(`rollcall.tip.receipt.v1\u0000${receipt}`).digest('hex');
}

/** The key that wraps the tip key for the sender (a different derivation from the hash). */
export function receiptKey(receipt: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', utf8(receipt), new Uint8Array(0), 'rollcall.tip.receipt-key.v1', 32));
}
