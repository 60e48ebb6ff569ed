/**
 * Cleans a sender's attachment in memory before it is encrypted: the type is read
 * from the bytes (not the name or the declared type), the image is decoded and
 * written afresh as a JPEG without any metadata (EXIF with GPS and camera, XMP,
 * IPTC, ICC), upright and at most {@link MAX_EDGE} pixels on its longer side. The
 * file name is replaced by a neutral one (a name can say who took the photo).
 *
 * @example
 * const clean = await cleanAttachments([{ name: 'IMG_2041.jpg', type: 'image/jpeg', bytes }]);
 * // [{ name: 'attachment-1.jpg', type: 'image/jpeg', bytes: <re-encoded> }]
 */
import sharp from 'sharp';
import { RollcallError } from '../../domain/errors.js';
import type { TipAttachment } from '../../domain/tips/submission.js';
import { attachmentProblem, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../domain/tips/limits.js';

export const MAX_EDGE = 2400;
const MAX_PIXELS = 50_000_000;

export async function cleanAttachments(attachments: readonly TipAttachment[]): Promise<TipAttachment[]> {
  const out: TipAttachment[] = [];
  for (const [i, a] of attachments.entries()) {
    const type = sniff(a.bytes);
    const problem = attachmentProblem({ type: type ?? a.type, size: a.bytes.byteLength }, i);
    if (problem !== null || type === null) throw attachmentError(problem ?? 'type', i);
    out.push({ name: `attachment-${i + 1}.jpg`, type: 'image/jpeg', bytes: await reencode(a.bytes, i) });
  }
  return out;
}

function sniff(b: Uint8Array): string | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

async function reencode(bytes: Uint8Array, i: number): Promise<Uint8Array> {
  try {
    const data = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS, pages: 1 })
      .rotate()
      .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 85 })
      .toBuffer();
    const meta = await sharp(data).metadata();
    if (meta.exif || meta.xmp || meta.iptc || meta.icc) throw new Error('metadata left');
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch {
    throw attachmentError('type', i);
  }
}

function attachmentError(problem: string, i: number): RollcallError {
  const n = i + 1;
  const messages: Record<string, string> = {
    'too-many': `Send at most ${MAX_ATTACHMENTS} files with a tip.`,
    'too-large': `File ${n} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; send a smaller photo.`,
    empty: `File ${n} is empty.`,
    type: `File ${n} is not a JPEG, PNG or WebP image that can be read; photograph documents instead.`,
  };
  return new RollcallError('tip-invalid-attachment', messages[problem] ?? messages.type!, { problem, file: n });
}
