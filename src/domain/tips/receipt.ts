/**
 * The receipt a sender keeps to come back to their tip: 20 random bytes (160 bits)
 * written in Crockford's base32 as eight groups of four, easy to copy by hand.
 * Typing is forgiving: case, spaces and dashes do not matter, and `O`, `I`, `L`
 * read as `0`, `1`, `1`.
 *
 * @example
 * const shown = formatReceipt(randomBytes(RECEIPT_BYTES)); // 'K3ZQ-…' (39 characters)
 * normalizeReceipt(' k3zq-…  ');                            // the same code, or null if malformed
 */

/** 160 bits: well above the 128 bits that make guessing hopeless. */
export const RECEIPT_BYTES = 20;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = (RECEIPT_BYTES * 8) / 5;

/** The code a sender is shown, from random bytes. */
export function formatReceipt(bytes: Uint8Array): string {
  if (bytes.length !== RECEIPT_BYTES) throw new RangeError(`a receipt needs ${RECEIPT_BYTES} bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** The canonical form of a typed code (grouped, upper case), or null when it cannot be one. */
export function normalizeReceipt(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== LENGTH) return null;
  for (const ch of plain) if (!ALPHABET.includes(ch)) return null;
  return plain.match(/.{4}/g)!.join('-');
}
