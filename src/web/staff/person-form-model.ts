/**
 * The person form as data: the posted fields (flat names such as `names.0.family`,
 * `cases.1.charges.0.article`, `events.2.sourceIds`) as a nested "raw" tree of
 * strings, which the form is always rendered from (so a bad value is shown back as
 * typed), and the person record built from it. Field names are the record's own
 * paths, so a zod issue path names the field it belongs to. Pure.
 *
 * @example
 * const raw = rawFromBody({ 'names.0.family': 'Лось', 'names.0.system': 'be-cyrl' });
 * const built = personFromRaw(raw, 'p-1', undefined); // { input, fieldOf }
 */
import { rows, type Raw, type RawValue } from '../../app/person-form-raw.js';

export type { Raw } from '../../app/person-form-raw.js';

/** Field names the form posts, as patterns (any other field is refused). */
const FIELD_PATTERNS: readonly RegExp[] = [
  /^(csrf|action|baseRevisionId|proposal|note|mine|currentRevisionId)$/,
  /^(sex|birthDate|birthDateVisibility|region|tags|visibility|internalNote)$/,
  /^(occupation|biography)\.(be|ru|en)$/,
  /^names\.\d{1,2}\.(family|given|patronymic|system|primary|visibility|remove)$/,
  /^cases\.\d{1,3}\.(id|courtId|court|judge|prosecutor|verdictDate|visibility|note|remove|sourceIds)$/,
  /^cases\.\d{1,3}\.punishment\.(kind|regime)$/,
  /^cases\.\d{1,3}\.punishment\.term\.(years|months|days)$/,
  /^cases\.\d{1,3}\.charges\.\d{1,2}\.(article|part)$/,
  /^events\.\d{1,4}\.(id|kind|date|facilityId|caseId|releaseReason|sourceIds|visibility|remove)$/,
  /^events\.\d{1,4}\.note\.(be|ru|en)$/,
  /^pick\.[\w.[\]()-]{1,200}$/,
];

/** The first posted field name the form does not have, or null. */
export function unknownField(body: Record<string, unknown>): string | null {
  for (const key of Object.keys(body)) if (!FIELD_PATTERNS.some((re) => re.test(key))) return key;
  return null;
}

/** Builds the raw tree from a posted body (field names checked by {@link unknownField} first). */
export function rawFromBody(body: Record<string, unknown>): Raw {
  const raw: Raw = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('pick.')) continue;
    const leaf = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : value;
    if (typeof leaf !== 'string' && !Array.isArray(leaf)) continue;
    setIn(raw, key.split('.'), leaf);
  }
  return raw;
}

function setIn(node: Raw | Raw[], path: string[], value: string | string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  const slot = node as Record<string, RawValue>;
  if (rest.length === 0) {
    slot[head] = value;
    return;
  }
  const child = slot[head] ?? (/^\d+$/.test(rest[0]!) ? [] : {});
  slot[head] = child;
  setIn(child as Raw | Raw[], rest, value);
}

// ------------------------------------------------------------ row actions

/** Appends an empty row at `path` (`names`, `cases`, `events`, `cases.0.charges`). */
export function addRow(raw: Raw, path: string, row: Raw = { visibility: 'public' }): Raw {
  const copy = structuredClone(raw);
  const list = rows(copy, path);
  list.push(row);
  setIn(copy, path.split('.'), list as unknown as string[]);
  return copy;
}
