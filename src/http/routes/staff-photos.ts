/**
 * A person's photo page over HTTP: `GET|POST /staff/persons/:id/photos` (the upload
 * form, multipart, no script) and `GET /staff/photos/:name` (any stored photo, for
 * staff, never cached). Uploads over {@link MAX_UPLOAD_BYTES} are refused with 413
 * before the image is looked at; what is not an image by its content, 415; what does
 * not decode, 422; each with the message next to the file field.
 *
 * @example
 * app.route('/', staffPhotoRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { saveResolution, type SaveOutcome } from '../../app/conflicts.js';
import { MAX_UPLOAD_BYTES } from '../../app/photo-image.js';
import { savePhoto, staffPhoto } from '../../app/photos.js';
import { currentRecord } from '../../app/record-writes.js';
import { personName } from '../../domain/digest/phrases.js';
import { RollcallError } from '../../domain/errors.js';
import { Person, type Lang } from '../../domain/record.js';
import { createTranslator, type MessageKey } from '../../i18n/translator.js';
import { conflictView, readConflictForm } from '../../web/staff/conflict.js';
import { localizedValue, localizedValues, visibilityValue, type FormValues } from '../../web/staff/field-kit.js';
import { photoFormPage } from '../../web/staff/photo-form.js';
import { stateFromQuery, type FormState } from '../../web/staff/record-form.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { PHOTO_NAME } from './photos.js';
import { staffLang, staffUser } from './staff-auth.js';

const TEXT_FIELD =
  /^(csrf|base|changeNote|visibility|(caption|credit)\.(be|ru|en)|conflict-(base|theirs|mine)|(path|choice|edit)-\d{1,3})$/;
/** Room for the form's other fields beside the file in a multipart body. */
const FORM_OVERHEAD = 256 * 1024;

/** The error a refused upload shows at the file field, with its status. */
const UPLOAD_ERRORS: Partial<Record<string, { key: MessageKey; status: 400 | 413 | 415 | 422 }>> = {
  'too-large': { key: 'photo.tooLarge', status: 413 },
  'unsupported-media-type': { key: 'photo.notImage', status: 415 },
  'image-undecodable': { key: 'photo.undecodable', status: 422 },
  'image-too-many-pixels': { key: 'photo.tooManyPixels', status: 413 },
};

export function staffPhotoRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.get('/staff/persons/:id/photos', async (c) => {
    const state = stateFromQuery({ saved: c.req.query('saved'), proposed: c.req.query('proposed') });
    return page(ctx, c, { state });
  });
  app.post('/staff/persons/:id/photos', async (c) => {
    const id = c.req.param('id');
    if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD_BYTES + FORM_OVERHEAD) return tooLarge(ctx, c);
    const { values, file } = readForm(await c.req.parseBody());
    const meta = { actor: staffUser(c).email, effect: c.get('effect'), note: values.changeNote?.trim() || undefined };
    try {
      const resolution = readConflictForm(values);
      if (resolution) return outcome(ctx, c, await saveResolution(ctx, { type: 'person', id, ...resolution, ...meta }));
      if (file && file.size > MAX_UPLOAD_BYTES) return tooLarge(ctx, c, values);
      const base = Number(values.base);
      if (!Number.isSafeInteger(base)) throw new RollcallError('invalid-input', 'The form lost its revision.');
      const out = await savePhoto(ctx, {
        personId: id,
        file: file && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined,
        caption: localizedValue(values, 'caption'),
        credit: localizedValue(values, 'credit'),
        visibility: values['visibility'] === 'internal' ? 'internal' : 'public',
        baseRevisionId: base,
        ...meta,
      });
      return outcome(ctx, c, out);
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      const t = createTranslator(staffLang(c));
      const known = UPLOAD_ERRORS[error.code];
      if (known) return page(ctx, c, { values, errors: { file: t(known.key) }, status: known.status });
      if (error.code === 'not-found') throw error;
      const missing = error.code === 'invalid-input' && error.message.startsWith('Choose an image');
      const errors: Record<string, string> = missing ? { file: t('photo.missing') } : {};
      return page(ctx, c, {
        values,
        errors,
        state: { kind: 'invalid', other: missing ? [] : [error.message] },
        status: 400,
      });
    }
  });
  app.get('/staff/photos/:name', async (c) => {
    const name = c.req.param('name');
    const photo = PHOTO_NAME.test(name) ? await staffPhoto(ctx, name) : null;
    if (!photo) return c.json({ error: { code: 'not-found', message: `No photo ${name}.` } }, 404);
    c.header('Cache-Control', 'no-store');
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': photo.mediaType });
  });
  return app;
}

interface PageOptions {
  values?: FormValues;
  errors?: Record<string, string>;
  state?: FormState;
  status?: 200 | 400 | 409 | 413 | 415 | 422;
}

/** The photo page of the person's current record (submitted values, if given, instead of the stored ones). */
async function page(ctx: AppContext, c: Context<StaffEnv>, o: PageOptions): Promise<Response> {
  const lang = staffLang(c);
  const id = c.req.param('id') ?? '';
  const current = await currentRecord(ctx, 'person', id);
  const person = Person.parse(current.record);
  const photo = person.photo;
  const fileName = photo ? /([^/]+)$/.exec(photo.ref)?.[1] : undefined;
  return c.html(
    photoFormPage({
      lang,
      user: staffUser(c),
      personId: id,
      name: personName(person, lang),
      baseRevisionId: current.revisionId,
      current:
        fileName && PHOTO_NAME.test(fileName)
          ? { name: fileName, internal: visibilityValue(photo!) === 'internal' }
          : null,
      values: o.values ?? storedValues(photo, lang),
      errors: o.errors ?? {},
      state: o.state ?? { kind: 'blank' },
    }),
    o.status ?? 200,
  );
}

function storedValues(photo: Person['photo'], lang: Lang): Record<string, string> {
  if (!photo) return { visibility: 'public' };
  const credit = typeof photo.credit === 'string' ? { [lang]: photo.credit } : photo.credit;
  return {
    ...localizedValues('caption', photo.caption),
    ...localizedValues('credit', credit),
    visibility: visibilityValue(photo),
  };
}

async function outcome(ctx: AppContext, c: Context<StaffEnv>, out: SaveOutcome): Promise<Response> {
  const lang = staffLang(c);
  const where = `/staff/persons/${c.req.param('id')}/photos?lang=${lang}`;
  if (out.status === 'written') return c.redirect(`${where}&saved=${out.revisionId}`, 303);
  if (out.status === 'proposed') return c.redirect(`${where}&proposed=${out.proposalId}`, 303);
  const view = conflictView({ lang, csrf: staffUser(c).csrf, action: where, conflict: out.conflict });
  return page(ctx, c, { state: { kind: 'conflict', view }, status: 409 });
}

async function tooLarge(ctx: AppContext, c: Context<StaffEnv>, values?: FormValues): Promise<Response> {
  const t = createTranslator(staffLang(c));
  return page(ctx, c, { ...(values ? { values } : {}), errors: { file: t('photo.tooLarge') }, status: 413 });
}

const FormText = z.record(z.string(), z.union([z.string().max(20_000), z.instanceof(File)]));

/** The text fields and the file; any other field is refused. */
function readForm(body: Record<string, unknown>): { values: Record<string, string>; file: File | undefined } {
  const parsed = FormText.safeParse(body);
  if (!parsed.success) throw new RollcallError('invalid-input', 'The form sent something it has no field for.');
  const values: Record<string, string> = {};
  let file: File | undefined;
  for (const [name, value] of Object.entries(parsed.data)) {
    if (name === 'file' && value instanceof File) file = value;
    else if (typeof value === 'string' && (TEXT_FIELD.test(name) || (name === 'file' && value === '')))
      values[name] = value;
    else throw new RollcallError('invalid-input', `The form has an unknown field: ${name}.`);
  }
  return { values, file };
}
