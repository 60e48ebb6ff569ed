/**
 * Reference checks: facilities and sources that do not exist, public events without
 * a source, dates that were inferred (so staff can confirm them), and photos that are
 * not files on this site.
 */
import { describe, finding, ref, type CheckContext, type Finding } from './checks-core.js';
import { isSitePhotoRef, type Person } from './record.js';

/** `unknown-facility` (error): an event names a facility id not in `ctx.facilityIds`. */
export function checkFacilities(person: Person, ctx: CheckContext, out: Finding[]): void {
  const known = ctx.facilityIds;
  if (!known) return;
  for (const event of person.events) {
    if (!event.facilityId || known.has(event.facilityId)) continue;
    const message = `The ${describe(event)} names facility ${event.facilityId}, which is not in the registry. Add the facility or pick an existing one.`;
    out.push(
      finding(
        'unknown-facility',
        'error',
        person,
        message,
        { id: 'unknown-facility', values: { event: ref(event), facilityId: event.facilityId } },
        { event, details: { facilityId: event.facilityId } },
      ),
    );
  }
}

/** `unknown-source` (error): an event or case cites a source id not in `ctx.sourceIds`. */
export function checkSources(person: Person, ctx: CheckContext, out: Finding[]): void {
  const known = ctx.sourceIds;
  if (!known) return;
  const fix = 'Add the source or correct the id.';
  for (const event of person.events) {
    for (const id of event.sourceIds) {
      if (known.has(id)) continue;
      const message = `The ${describe(event)} cites source ${id}, which is not in the registry. ${fix}`;
      const text = { id: 'unknown-source.event', values: { event: ref(event), sourceId: id } } as const;
      out.push(finding('unknown-source', 'error', person, message, text, { event, details: { sourceId: id } }));
    }
  }
  for (const c of person.cases) {
    for (const id of c.sourceIds) {
      if (known.has(id)) continue;
      const message = `Case ${c.id} cites source ${id}, which is not in the registry. ${fix}`;
      const text = { id: 'unknown-source.case', values: { caseId: c.id, sourceId: id } } as const;
      out.push(finding('unknown-source', 'error', person, message, text, { caseId: c.id, details: { sourceId: id } }));
    }
  }
}

/** `missing-source` (info): a public event, not inferred, that cites no source. */
export function checkMissingSources(person: Person, _ctx: CheckContext, out: Finding[]): void {
  for (const event of person.events) {
    if (event.visibility !== 'public' || event.inferred || event.sourceIds.length > 0) continue;
    const message = `The ${describe(event)} is public but cites no source. Add the source it comes from, or make it internal.`;
    out.push(
      finding(
        'missing-source',
        'info',
        person,
        message,
        { id: 'missing-source', values: { event: ref(event) } },
        { event },
      ),
    );
  }
}

/** `inferred-date` (info): lists each inferred date with its reasoning, to be confirmed. */
export function checkInferred(person: Person, _ctx: CheckContext, out: Finding[]): void {
  for (const event of person.events) {
    if (!event.inferred) continue;
    const { rule, reasoning } = event.inferred;
    const message = `The date of the ${describe(event)} was inferred (${rule}): ${reasoning}. Confirm it from a source, then record it as stated.`;
    out.push(
      finding(
        'inferred-date',
        'info',
        person,
        message,
        { id: 'inferred-date', values: { event: ref(event), rule, reasoning } },
        { event, details: { rule, reasoning, date: event.date } },
      ),
    );
  }
}

/**
 * `external-photo` (error): the photo ref is not a file on this site (a URL stored before
 * refs were limited to site files). Public outputs leave such a photo out, and an export
 * of the record would not import again.
 */
export function checkPhoto(person: Person, _ctx: CheckContext, out: Finding[]): void {
  const ref: unknown = person.photo?.ref;
  if (ref === undefined || isSitePhotoRef(ref)) return;
  const shown = String(ref).slice(0, 120);
  const message = `The photo ref "${shown}" is not a file on this site, so public pages and downloads leave the photo out (a third-party image would let its host see every reader). Copy the image to the site, e.g. photos/${person.id}.jpg, and set that ref, or remove the photo.`;
  const text = { id: 'external-photo', values: { ref: shown, personId: person.id } } as const;
  out.push(finding('external-photo', 'error', person, message, text, { details: { ref: shown } }));
}
