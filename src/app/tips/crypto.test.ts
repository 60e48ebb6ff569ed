/**
 * The tip line's sealed boxes: `sealTo` builds what libsodium's `crypto_box_seal` builds,
 * so seals made before and after it open the same way, and only with the right key; a
 * value encrypted for one purpose does not open for another.
 */
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { decrypt, encrypt, newKeyPair, newTipKey, openSeal, sealTo, utf8, utf8Text } from './crypto.js';

beforeAll(() => sodium.ready);

describe('sealTo', () => {
  it('makes a sealed box that crypto_box_seal_open opens with the reviewer key only', async () => {
    const reviewer = await newKeyPair();
    const other = await newKeyPair();
    const key = newTipKey();
    const sealed = await sealTo(key, reviewer.publicKey);
    expect(sealed.length).toBe(key.length + sodium.crypto_box_SEALBYTES);
    expect(sodium.crypto_box_seal_open(sealed, reviewer.publicKey, reviewer.privateKey)).toEqual(key);
    expect(await openSeal(sealed, reviewer)).toEqual(key);
    await expect(openSeal(sealed, other)).rejects.toMatchObject({ code: 'tip-undecryptable' });
  });

  it('opens seals libsodium made (tips stored before) and never makes the same bytes twice', async () => {
    const reviewer = await newKeyPair();
    const key = newTipKey();
    expect(await openSeal(sodium.crypto_box_seal(key, reviewer.publicKey), reviewer)).toEqual(key);
    const a = await sealTo(key, reviewer.publicKey);
    const b = await sealTo(key, reviewer.publicKey);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses a seal with one byte changed', async () => {
    const reviewer = await newKeyPair();
    const sealed = await sealTo(newTipKey(), reviewer.publicKey);
    sealed[40]! ^= 1;
    await expect(openSeal(sealed, reviewer)).rejects.toMatchObject({ code: 'tip-undecryptable' });
  });
});

describe('encrypt', () => {
  it('round-trips under its purpose, with a fresh nonce each time, and refuses another purpose', async () => {
    const key = newTipKey();
    const a = await encrypt(key, utf8('Освобождён 3 января'), 'tip.body');
    const b = await encrypt(key, utf8('Освобождён 3 января'), 'tip.body');
    expect(Buffer.from(a.subarray(0, 24)).equals(Buffer.from(b.subarray(0, 24)))).toBe(false);
    expect(utf8Text(await decrypt(key, a, 'tip.body'))).toBe('Освобождён 3 января');
    await expect(decrypt(key, a, 'tip.attachment')).rejects.toMatchObject({ code: 'tip-undecryptable' });
  });
});
