/**
 * Canaries for the tip line's proof that nothing a sender or a reviewer types rests in
 * plain text, and the scanner that looks for them in bytes.
 *
 * A canary mixes scripts: a Latin part (`ZQtipWho101q`) glued to a Cyrillic one
 * (`Щжбав`), each unique. The scanner looks for the whole canary, for its Latin part
 * alone and for its Cyrillic part alone, each as typed, in lower and in upper case, and
 * each as UTF-8, UTF-16LE and UTF-16BE bytes. So a copy that was transliterated (the
 * Latin part survives), escaped as `\u0449` or `&#1097;` (the Latin part survives),
 * upper-cased, or written as UTF-16 (a Windows log, a JavaScript string dumped as is)
 * is found too. Other secrets (a receipt, a passphrase, a client header) are scanned
 * the same way, as given.
 *
 * @example
 * const canaries = new TipCanaries();
 * const who = canaries.make('who'); // 'ZQtipWho101qЩжбав'
 * canaries.find(readFileSync(dbPath)); // [] when nothing leaked, else ['who', …]
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Cyrillic letters standing for digits (no letters that NFD would split). */
const CYRILLIC_DIGITS = 'абвгдклмнп';

interface Needle {
  label: string;
  bytes: Buffer;
}

export class TipCanaries {
  readonly #needles: Needle[] = [];
  readonly #labels = new Map<string, string>();
  #next = 101;

  /** A new canary for `label` (letters only), registered with the scanner. */
  make(label: string): string {
    const n = this.#next++;
    const latin = `ZQtip${label[0]!.toUpperCase()}${label.slice(1)}${n}q`;
    const cyrillic = `Щж${[...String(n)].map((d) => CYRILLIC_DIGITS[Number(d)]).join('')}`;
    this.#add(label, [latin + cyrillic, latin, cyrillic]);
    this.#labels.set(label, latin + cyrillic);
    return latin + cyrillic;
  }

  /** Registers another secret (a receipt, a header value) to look for, as given. */
  watch(label: string, ...values: string[]): void {
    this.#add(label, values);
  }

  /** The canary made for `label`. */
  get(label: string): string {
    const c = this.#labels.get(label);
    if (c === undefined) throw new Error(`no canary ${label}`);
    return c;
  }

  /** The labels of every secret found in `data` (once each). */
  find(data: Uint8Array | string): string[] {
    const buf =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const found = new Set<string>();
    for (const n of this.#needles) if (!found.has(n.label) && buf.indexOf(n.bytes) >= 0) found.add(n.label);
    return [...found];
  }

  /** `path: label` for every secret in every file under `folder` (every byte of every file). */
  scanFolder(folder: string): { files: number; bytes: number; found: string[] } {
    let files = 0;
    let bytes = 0;
    const found: string[] = [];
    for (const path of filesIn(folder)) {
      const data = readFileSync(path);
      files++;
      bytes += data.byteLength;
      for (const label of this.find(data)) found.push(`${path}: ${label}`);
    }
    return { files, bytes, found };
  }

  #add(label: string, parts: readonly string[]): void {
    const seen = new Set<string>();
    for (const part of parts)
      for (const form of [part, part.toLowerCase(), part.toUpperCase()])
        for (const bytes of [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le'), utf16be(form)]) {
          const key = bytes.toString('hex');
          if (seen.has(key)) continue;
          seen.add(key);
          this.#needles.push({ label, bytes });
        }
  }
}

function utf16be(text: string): Buffer {
  const b = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
  return b;
}

/** Every file under `folder`, recursively (symbolic links are not followed). */
export function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (!st) return []; // removed while listing (a temp file)
    return st.isDirectory() ? filesIn(path) : st.isFile() ? [path] : [];
  });
}

/**
 * A small JPEG whose bytes carry `exif` in its EXIF (artist, description, copyright)
 * and `comment` in a JPEG comment segment (COM) right after the start marker.
 */
export async function jpegWithCanaries(exif: string, comment: string): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#246' } })
    .jpeg()
    .withExif({ IFD0: { Artist: exif, ImageDescription: exif, Copyright: exif } })
    .toBuffer();
  const text = Buffer.from(comment, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2)]);
}

/** Resolves with `probe()`'s first truthy value, polling every 20 ms (rejects after `ms`). */
export async function until<T>(probe: () => T | undefined | null | false, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
