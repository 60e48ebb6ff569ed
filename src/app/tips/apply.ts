/**
 * Applying a confirmed tip: it becomes a proposed change of the record that an
 * editor reviews like any other: an event (a release, a detention, …) with the
 * date the reviewer settles on, on the person the tip is linked to, citing a new
 * internal source "tip N" with the reliability the reviewer gives. Nothing the
 * sender wrote is copied into the record: the tip's words never become public.
 *
 * @example
 * const { proposalId } = await applyTip(ctx, reviewer, 7, { personId: 'p-1', date: '2024-01-12', reliability: 'B' });
 */
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { recordAudit } from '../audit.js';
import type { Principal } from '../../domain/access.js';
import { RollcallError } from '../../domain/errors.js';
import { PartialDateString, Reliability, ReleaseReason, type EventKind, type Person } from '../../domain/record.js';
import type { TipKind } from '../../domain/tips/submission.js';
import { currentRecord, parseRecord, writeRecord } from '../record-writes.js';
import { newId } from '../persons.js';
import { decryptJson, encryptJson } from './crypto.js';
import type { TipBody } from './intake.js';
import { opened, type TipTriage } from './triage.js';
import { parseStrict } from '../strict-input.js';

/** The record event a kind of tip proposes. */
export const EVENT_OF_KIND: Readonly<Record<TipKind, EventKind>> = {
  released: 'release',
  detained: 'detention',
  transferred: 'transfer',
  sentenced: 'verdict',
  other: 'other',
};

export const ApplyInput = z
  .object({
    personId: z.string().trim().min(1).max(80),
    date: PartialDateString,
    reliability: Reliability,
    /** For a release (default `other`: the reviewer may not know why). */
    releaseReason: ReleaseReason.optional(),
  })
  .strict();
export type ApplyInput = z.infer<typeof ApplyInput>;

export async function applyTip(
  ctx: AppContext,
  p: Principal,
  id: number,
  input: ApplyInput,
): Promise<{ proposalId: number; sourceId: string }> {
  const a = parseStrict(ApplyInput, input, 'application of the tip');
  return ctx.store.write(async (r) => {
    const { tip, key } = await opened(r, p, id);
    if (tip.state !== 'confirmed') {
      throw new RollcallError('tip-invalid-state', `Confirm tip ${id} before applying it (it is ${tip.state}).`);
    }
    const { submission } = await decryptJson<TipBody>(key, tip.body, 'tip.body');
    const person = await currentRecord(ctx, 'person', a.personId);
    const sourceId = newId('s');
    const source = parseRecord('source', sourceId, {
      kind: 'tip',
      title: `tip ${id}`,
      reliability: a.reliability,
      visibility: 'internal',
    });
    await writeRecord(ctx, {
      type: 'source',
      id: sourceId,
      record: source,
      baseRevisionId: null,
      actor: p.label,
      effect: 'allow',
      note: `tip ${id}`,
    });
    const before = person.record as Person;
    const kind = EVENT_OF_KIND[submission.kind];
    const reason = kind === 'release' ? { releaseReason: a.releaseReason ?? 'other' } : {};
    const event = { id: newId('e'), kind, date: a.date, ...reason, sourceIds: [sourceId] };
    const record = parseRecord('person', a.personId, { ...before, events: [...before.events, event] });
    const result = await writeRecord(ctx, {
      type: 'person',
      id: a.personId,
      record,
      baseRevisionId: person.revisionId,
      actor: p.label,
      effect: 'propose',
      note: `from tip ${id}`,
    });
    if (result.status !== 'proposed') throw new RollcallError('internal', 'An applied tip must be a proposal.');
    const triage: TipTriage = {
      ...(tip.triage ? await decryptJson<TipTriage>(key, tip.triage, 'tip.triage') : {}),
      personId: a.personId,
      sourceId,
      proposalId: result.proposalId,
    };
    await r.tips.update(id, {
      state: 'applied',
      closedDay: ctx.now().toISOString().slice(0, 10),
      triage: await encryptJson(key, triage, 'tip.triage'),
    });
    await recordAudit(
      r,
      {
        actor: p.label,
        action: 'tip.apply',
        resourceType: 'tip',
        resourceId: String(id),
        details: { tip: id, proposal: result.proposalId },
      },
      ctx.now().toISOString(),
    );
    return { proposalId: result.proposalId, sourceId };
  });
}
