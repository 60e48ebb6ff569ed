/**
 * `events-out-of-order` (stable code; `details.rule` says which order is broken):
 * - `verdict-before-detention`: a verdict or trial surely before every detention
 *   of its case (warning; possible only if the person was free until after the verdict);
 * - `transfer-after-release`: a transfer or placement surely after a release with no
 *   detention in between (warning);
 * - `recognition-end-before-recognition` (warning);
 * - `event-after-death` (error).
 * "Surely" means for every reading of the partial dates.
 */
import type { OrderedEvent } from './custody.js';
import type { Case, Event, Person } from './record.js';
import {
  DETENTION_KINDS,
  describe,
  finding,
  ref,
  type CheckContext,
  type Finding,
  type FindingText,
  type PersonFacts,
} from './checks-core.js';
import { dayRange } from './partial-date.js';

const CODE = 'events-out-of-order';
const CUSTODIAL = new Set(['deprivation_of_liberty', 'arrest', 'life_imprisonment']);

export function checkOrder(facts: PersonFacts, _ctx: CheckContext, out: Finding[]): void {
  for (const c of facts.person.cases) verdictBeforeDetention(facts, c, out);
  transferAfterRelease(facts, out);
  recognitionEndBeforeRecognition(facts, out);
  eventsAfterDeath(facts, out);
}

/** Whether an event belongs to case `c`: linked by id, or unlinked when the person has one case. */
function linked(person: Person, event: Event, c: Case): boolean {
  return event.caseId === c.id || (event.caseId === undefined && person.cases.length === 1);
}

function inferredNote(event: Event): string {
  return event.inferred ? ` (its date was inferred: ${event.inferred.reasoning})` : '';
}

function verdictBeforeDetention({ person, ordered }: PersonFacts, c: Case, out: Finding[]): void {
  if (c.punishment && !CUSTODIAL.has(c.punishment.kind)) return;
  const mine = ordered.filter((o) => linked(person, o.event, c));
  if (mine.some((o) => o.event.kind === 'sentence_change')) return;
  const detention = mine.find((o) => DETENTION_KINDS.has(o.event.kind));
  if (!detention) return;
  const judged: Array<{ label: string; max: number; event?: Event }> = mine
    .filter((o) => o.event.kind === 'verdict' || o.event.kind === 'trial')
    .map((o) => ({ label: `The ${describe(o.event)}`, max: o.max, event: o.event }));
  if (c.verdictDate)
    judged.push({ label: `The verdict date of case ${c.id} (${c.verdictDate})`, max: dayRange(c.verdictDate)[1] });
  for (const item of judged) {
    if (item.max >= detention.min) continue;
    const message = `${item.label} is before the ${describe(detention.event)}${inferredNote(detention.event)}, the first detention in this case. One of the dates is probably wrong: check both against the sources (if the person really was free until after the verdict, record the detention at the verdict).`;
    const inferred = detention.event.inferred;
    const shared = {
      detention: ref(detention.event),
      inferred: inferred ? 'yes' : 'no',
      reasoning: inferred?.reasoning ?? '',
    };
    const text: FindingText = item.event
      ? { id: 'events-out-of-order.verdict', values: { ...shared, event: ref(item.event) } }
      : { id: 'events-out-of-order.verdict-date', values: { ...shared, caseId: c.id, date: c.verdictDate ?? '' } };
    out.push(
      finding(CODE, 'warning', person, message, text, {
        ...(item.event ? { event: item.event } : {}),
        caseId: c.id,
        details: {
          rule: 'verdict-before-detention',
          detentionEventId: detention.event.id,
          detentionDate: detention.event.date,
        },
      }),
    );
  }
}

function transferAfterRelease({ person, periods, ordered }: PersonFacts, out: Finding[]): void {
  if (periods.length < 2) return; // only a later period can start after a release
  const byEvent = new Map<Event, OrderedEvent>(ordered.map((o) => [o.event, o]));
  periods.forEach((period, i) => {
    const start = byEvent.get(period.startEvent)!;
    if (i === 0 || DETENTION_KINDS.has(start.event.kind)) return;
    const previousEnd = periods[i - 1]!.endEvent;
    if (previousEnd?.kind !== 'release') return;
    const release = byEvent.get(previousEnd)!;
    if (start.min <= release.max) return;
    const message = `The ${describe(start.event)} is after the ${describe(release.event)} with no detention in between. Add the new detention, or correct the date of the ${start.event.kind.replace(/_/g, ' ')} or of the release.`;
    const values = { event: ref(start.event), release: ref(release.event), kind: { kind: start.event.kind } };
    out.push(
      finding(
        CODE,
        'warning',
        person,
        message,
        { id: 'events-out-of-order.transfer', values },
        {
          event: start.event,
          details: { rule: 'transfer-after-release', releaseEventId: release.event.id },
        },
      ),
    );
  });
}

function recognitionEndBeforeRecognition({ person, ordered }: PersonFacts, out: Finding[]): void {
  const recognitions = ordered.filter((o) => o.event.kind === 'recognition');
  for (const end of ordered) {
    if (end.event.kind !== 'recognition_end') continue;
    if (recognitions.some((r) => r.min <= end.max)) continue;
    const message = `The ${describe(end.event)} comes before any recognition as a political prisoner. Add the recognition, or correct the dates.`;
    const text: FindingText = { id: 'events-out-of-order.recognition', values: { event: ref(end.event) } };
    out.push(
      finding(CODE, 'warning', person, message, text, {
        event: end.event,
        details: { rule: 'recognition-end-before-recognition' },
      }),
    );
  }
}

/** Events that may follow a death: leaving the list, notes. */
const AFTER_DEATH_OK = new Set(['recognition_end', 'other']);

function eventsAfterDeath({ person, ordered }: PersonFacts, out: Finding[]): void {
  const death = ordered.find((o) => o.event.kind === 'death');
  if (!death) return;
  for (const later of ordered) {
    if (later.min <= death.max || AFTER_DEATH_OK.has(later.event.kind)) continue;
    const message = `The ${describe(later.event)} is after the ${describe(death.event)}. Correct the date of one of them, or remove the event.`;
    const values = { event: ref(later.event), death: ref(death.event) };
    out.push(
      finding(
        CODE,
        'error',
        person,
        message,
        { id: 'events-out-of-order.death', values },
        {
          event: later.event,
          details: { rule: 'event-after-death', deathEventId: death.event.id },
        },
      ),
    );
  }
}
