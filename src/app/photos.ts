/**
 * A person's photo: upload (cleaned by `photo-image.ts` before anything is stored),
 * its texts and its public/internal switch, saved as a new revision of the person
 * record through `writeRecord` (an editor's save is written, a researcher's is a
 * proposal; a stale base comes back as a conflict). The bytes go into `photos` under
 * a name made of the person id and the image's hash, which the record's `photo.ref`
 * names: `/photos/p-1-3fa9c2d0e1b4.jpg`. They are stored just before the revision
 * (a second transaction); a photo no current record names is never served.
 *
 * @example
 * await savePhoto(ctx, { personId: 'p-1', file, caption: { en: 'In 2021' }, credit: { en: 'Family archive' },
 *   visibility: 'public', baseRevisionId: 41, actor: 'ed@org', effect: 'allow' });
 * await publicPhoto(ctx, 'p-1-3fa9c2d0e1b4.jpg'); // the bytes, or null (not public: 404)
 */
import type { Effect } from '../domain/policy.js';
import { Person, type Localized, type Visibility } from '../domain/record.js';
import { RollcallError } from '../domain/errors.js';
import { publicPhotoName } from '../disclosure/public-photo.js';
import type { AppContext } from './context.js';
import { saveOrConflict, type SaveOutcome } from './conflicts.js';
import { currentRecord, parseRecord } from './record-writes.js';
import { cleanPhoto } from './photo-image.js';
import type { StoredPhoto } from './ports.js';

export interface SavePhoto {
  personId: string;
  /** The uploaded file; absent: keep the current image and change only its texts and switch. */
  file?: Uint8Array | undefined;
  caption: Localized;
  credit: Localized;
  visibility: Visibility;
  baseRevisionId: number;
  actor: string;
  effect: Effect;
  note?: string | undefined;
}

export async function savePhoto(ctx: AppContext, cmd: SavePhoto): Promise<SaveOutcome> {
  const current = await currentRecord(ctx, 'person', cmd.personId);
  const person = Person.parse(current.record);
  const ref = cmd.file ? await storeUpload(ctx, cmd.personId, cmd.file) : person.photo?.ref;
  if (ref === undefined) throw new RollcallError('invalid-input', 'Choose an image file to upload.');
  const hasCredit = Object.keys(cmd.credit).length > 0;
  const photo = { ref, caption: cmd.caption, ...(hasCredit ? { credit: cmd.credit } : {}), visibility: cmd.visibility };
  const record = parseRecord('person', cmd.personId, { ...person, photo });
  return saveOrConflict(ctx, {
    type: 'person',
    id: cmd.personId,
    record,
    baseRevisionId: cmd.baseRevisionId,
    actor: cmd.actor,
    note: cmd.note,
    effect: cmd.effect,
  });
}

/** Cleans and stores the upload; returns the ref the record will hold. */
async function storeUpload(ctx: AppContext, personId: string, file: Uint8Array): Promise<string> {
  const clean = await cleanPhoto(file);
  const name = `${personId}-${clean.sha256.slice(0, 16)}.jpg`;
  const stored: StoredPhoto = {
    name,
    personId,
    sha256: clean.sha256,
    mediaType: clean.mediaType,
    width: clean.width,
    height: clean.height,
    bytes: clean.bytes,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.write((repos) => repos.photos.save(stored), { registry: false });
  return `/photos/${name}`;
}

/** A photo for the public (audience `public`): only the current, public photo of a public person. */
export async function publicPhoto(ctx: AppContext, name: string): Promise<StoredPhoto | null> {
  return ctx.store.read(async (repos) => {
    const photo = await repos.photos.get(name);
    if (!photo) return null;
    return publicPhotoName(await repos.persons.get(photo.personId)) === name ? photo : null;
  });
}

/** A photo for staff (audience `staff`): any stored photo, public or not. */
export async function staffPhoto(ctx: AppContext, name: string): Promise<StoredPhoto | null> {
  return (await ctx.store.read((repos) => repos.photos.get(name))) ?? null;
}
