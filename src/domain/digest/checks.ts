/**
 * Checks shown before publishing a digest: the registry's consistency checks for every
 * person in it (errors and warnings; notes are left out), plus the digest's own:
 *
 * - `person-not-found`: the entry's person is no longer in the registry;
 * - `person-not-public`: the person's record is internal and must not be published;
 * - `event-not-found`: the release, verdict or recognition the entry reports is gone;
 * - `event-outside-month`: its date does not lie in the digest's month ("released on
 *   May 6" in a January digest);
 * - `entry-without-source`: it has no source;
 * - `heading-term-mismatch`: a release heading no longer states the time served the
 *   dates give (after an edit, or a change of the dates).
 */
import { checkPerson, type CheckContext, type Finding } from '../checks.js';
import { monthRange } from '../figures-months.js';
import { dayRange } from '../partial-date.js';
import type { Person } from '../record.js';
import type { Digest, DigestEntry, DigestWarning } from './schema.js';
import type { FindingText, TextValue } from '../checks-core.js';
import { termText } from './phrases.js';

/** The registry's checks for one person as digest warnings (a caller may remember them per record). */
export type RegistryFindings = (person: Person, ctx: CheckContext) => DigestWarning[];

/**
 * Warnings for every entry of `digest`, person by person in digest order.
 * `persons` maps person ids to current records (missing = deleted); `registry` gives
 * the registry's checks for a person ({@link registryFindings} unless a caller keeps
 * them for records it has checked before).
 *
 * @example
 * digestWarnings(digest, new Map([[p.id, p]]), { today: '2024-02-02' })
 * // [{ code: 'stated-time-served-mismatch', severity: 'error', personId: 'p-…', message: '…' }]
 */
export function digestWarnings(
  digest: Digest,
  persons: ReadonlyMap<string, Person>,
  ctx: CheckContext,
  registry: RegistryFindings = registryFindings,
): DigestWarning[] {
  const out: DigestWarning[] = [];
  for (const entry of digest.entries) {
    const person = persons.get(entry.personId);
    if (!person) {
      out.push(
        warn('person-not-found', 'error', entry, {
          en: `No person ${entry.personId} in the registry: drop the entry or restore the record.`,
          values: { person: entry.personId },
        }),
      );
      continue;
    }
    if (person.visibility === 'internal') {
      out.push(
        warn('person-not-public', 'error', entry, {
          en: `The record of ${entry.personId} is internal: it must not appear in a published digest; drop the entry.`,
          values: { person: entry.personId },
        }),
      );
    }
    out.push(...registry(person, ctx));
    out.push(...entryFindings(digest, entry, person));
  }
  return out;
}

/** The registry's consistency checks for `person` (errors and warnings, no notes), as digest warnings. */
export function registryFindings(person: Person, ctx: CheckContext): DigestWarning[] {
  return checkPerson(person, ctx)
    .filter((f): f is Finding & { severity: 'error' | 'warning' } => f.severity !== 'info')
    .map((f) => ({ code: f.code, severity: f.severity, personId: f.personId, message: f.message, text: f.text }));
}

function entryFindings(digest: Digest, entry: DigestEntry, person: Person): DigestWarning[] {
  const out: DigestWarning[] = [];
  const event = person.events.find((e) => e.id === entry.facts.eventId);
  if (!event) {
    if (entry.facts.eventId)
      out.push(
        warn('event-not-found', 'error', entry, {
          en: `The event ${entry.facts.eventId} the entry reports is no longer in the record of ${person.id}; regenerate or drop the entry.`,
          values: { event: entry.facts.eventId, person: person.id },
        }),
      );
    return out;
  }
  const [from, to] = monthRange(digest.month);
  const [min, max] = dayRange(event.date);
  if (min < from || max > to) {
    out.push(
      warn('event-outside-month', 'warning', entry, {
        en: `The ${event.kind.replace(/_/g, ' ')} of ${person.id} is dated ${event.date}, outside ${digest.month}: check the date or drop the entry.`,
        values: { kind: { kind: event.kind }, person: person.id, date: event.date, month: digest.month },
      }),
    );
  }
  if (event.sourceIds.length === 0) {
    out.push(
      warn('entry-without-source', 'warning', entry, {
        en: `The ${event.kind.replace(/_/g, ' ')} of ${person.id} (${event.date}) has no source: add one before publishing.`,
        values: { kind: { kind: event.kind }, person: person.id, date: event.date },
      }),
    );
  }
  if (digest.kind === 'releases' && entry.facts.timeServed) {
    const stated = termText(entry.facts.timeServed, digest.lang);
    if (!entry.heading.includes(stated)) {
      out.push(
        warn('heading-term-mismatch', 'warning', entry, {
          en: `The heading for ${person.id} does not state the time served the dates give (${stated}): correct the heading or the dates.`,
          values: { person: person.id, stated },
        }),
      );
    }
  }
  return out;
}

/** The codes of the digest's own checks (beside the registry's `FINDING_CODES`); each has a name in every language. */
export const DIGEST_WARNING_CODES = [
  'person-not-found',
  'person-not-public',
  'entry-without-source',
  'event-not-found',
  'event-outside-month',
  'heading-term-mismatch',
] as const;
export type DigestWarningCode = (typeof DIGEST_WARNING_CODES)[number];

/** A warning of the digest's own checks: `en` its English message, `values` those of its `finding.digest.<code>` text. */
function warn(
  code: DigestWarningCode,
  severity: DigestWarning['severity'],
  entry: DigestEntry,
  said: { en: string; values: Record<string, TextValue> },
): DigestWarning {
  const text: FindingText = { id: `digest.${code}`, values: said.values };
  return { code, severity, personId: entry.personId, message: said.en, text };
}
