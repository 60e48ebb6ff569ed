/**
 * What an uploaded photo goes through before anything is stored: its type is read
 * from its first bytes (JPEG, PNG or WebP; the name and the declared type are not
 * trusted), then the decoder must read it (at most {@link MAX_PIXELS} pixels), then it
 * is turned upright, scaled to at most {@link MAX_EDGE} pixels on its longer side,
 * converted to sRGB and written afresh as a JPEG without any metadata: no EXIF (GPS,
 * camera, dates, orientation), XMP, IPTC or ICC profile. The result is read back and
 * refused if any metadata survived.
 *
 * @example
 * const photo = await cleanPhoto(uploadBytes);
 * // { bytes, width: 1600, height: 1067, sha256: '3fa9…', mediaType: 'image/jpeg' }
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { RollcallError } from '../domain/errors.js';

/** Uploads above this are refused before decoding (413). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The longer side of a stored photo, in pixels. */
export const MAX_EDGE = 1600;
/** Decompression bombs: an image claiming more pixels is refused before it is unpacked. */
export const MAX_PIXELS = 50_000_000;

export type ImageType = 'jpeg' | 'png' | 'webp';

export interface CleanPhoto {
  bytes: Uint8Array;
  width: number;
  height: number;
  sha256: string;
  mediaType: 'image/jpeg';
}

/** The image type the bytes start with, or null: JPEG `FF D8 FF`, PNG's 8-byte signature, `RIFF….WEBP`. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => bytes[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return null;
}

export async function cleanPhoto(input: Uint8Array): Promise<CleanPhoto> {
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new RollcallError('too-large', `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  }
  const type = sniffImageType(input);
  if (type === null) {
    throw new RollcallError('unsupported-media-type', 'The file is not a JPEG, PNG or WebP image (by its content).');
  }
  const decoder = () => sharp(input, { failOn: 'error', limitInputPixels: MAX_PIXELS, pages: 1 });
  const meta = await decoder()
    .metadata()
    .catch((error: unknown) => undecodable(error));
  if (meta.format !== type) throw undecodableError(`it starts like ${type} but decodes as ${String(meta.format)}`);
  const { data, info } = await decoder()
    .rotate() // upright by its EXIF orientation, which is then dropped with the rest
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => undecodable(error));
  await assertNoMetadata(data);
  return {
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    sha256: createHash('sha256').update(data).digest('hex'),
    mediaType: 'image/jpeg',
  };
}

/** Reads the written JPEG back: any EXIF, XMP, IPTC or ICC data left is a bug, never stored. */
async function assertNoMetadata(jpeg: Buffer): Promise<void> {
  const meta = await sharp(jpeg).metadata();
  const left = (['exif', 'xmp', 'iptc', 'icc'] as const).filter((k) => meta[k] !== undefined);
  if (left.length > 0)
    throw new RollcallError('internal', `Re-encoding left metadata in the photo: ${left.join(', ')}.`);
}

function undecodable(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    throw new RollcallError('image-too-many-pixels', `The image has more than ${MAX_PIXELS} pixels.`);
  }
  throw undecodableError(message);
}

function undecodableError(why: string): RollcallError {
  return new RollcallError('image-undecodable', `The image could not be read (${why}); upload an undamaged file.`);
}
