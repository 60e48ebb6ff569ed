/**
 * The reviewers' side: the queue, one tip decrypted, and what a reviewer does with
 * it (move it on, assign it, keep notes, ask the sender, link it to a person). Every
 * read needs the reviewer's unlocked key (`reviewers.ts`); every change is audited
 * by tip number and kind of change only, never content.
 *
 * @example
 * const queue = await listTips(ctx, reviewer, ['new']);
 * await changeTip(ctx, reviewer, queue[0].id, { kind: 'ask', text: 'Who told you?' });
 */
import { todayIso, type AppContext } from '../context.js';
import { recordAudit } from '../audit.js';
import type { Principal } from '../../domain/access.js';
import { RollcallError } from '../../domain/errors.js';
import { canMove, isOpen, OPEN_TIP_STATES, type TipState } from '../../domain/tips/states.js';
import type { TipKind, TipSubmission } from '../../domain/tips/submission.js';
import { MAX_MESSAGE_CHARS } from '../../domain/tips/limits.js';
import { decrypt, decryptJson, encryptJson, openSeal } from './crypto.js';
import type { MessageBody, TipBody } from './intake.js';
import type { TipAuthor, TipRow } from './ports.js';
import { unlockedPair } from './reviewers.js';
import type { Repos } from '../ports.js';

/** What a reviewer links and decides, kept encrypted with the tip. */
export interface TipTriage {
  personId?: string;
  sourceId?: string;
  proposalId?: number;
}

export interface TipSummary {
  id: number;
  state: TipState;
  receivedDay: string;
  assignedTo: string | null;
  /** False when the tip is not yet sealed to this reviewer (shared at a colleague's next unlock). */
  readable: boolean;
  kind?: TipKind;
  who?: string;
  when?: string;
}

export interface TipDetail extends TipSummary {
  submission: TipSubmission;
  triage: TipTriage;
  attachments: Array<{ id: number; name: string; type: string; size: number }>;
  messages: Array<{ author: TipAuthor; text: string; by?: string; day: string }>;
}

export type TipChange =
  | { kind: 'state'; state: TipState }
  | { kind: 'assign'; userId: string | null }
  | { kind: 'note'; text: string }
  | { kind: 'ask'; text: string }
  | { kind: 'link'; personId: string | null };

export async function listTips(ctx: AppContext, p: Principal, states: readonly TipState[] = []): Promise<TipSummary[]> {
  const pair = unlockedPair(p);
  const { tips, seals } = await ctx.store.read(async (r) => {
    const tips = await r.tips.list(states);
    return { tips, seals: await r.tips.sealsOf(p.userId) };
  });
  return Promise.all(
    tips.map(async (t) => {
      const base = { id: t.id, state: t.state, receivedDay: t.receivedDay, assignedTo: t.assignedTo };
      const sealed = seals.get(t.id);
      if (!sealed) return { ...base, readable: false };
      const { submission: s } = await decryptJson<TipBody>(await openSeal(sealed, pair), t.body, 'tip.body');
      return { ...base, readable: true, kind: s.kind, who: s.who, ...(s.when ? { when: s.when } : {}) };
    }),
  );
}

export async function showTip(ctx: AppContext, p: Principal, id: number): Promise<TipDetail> {
  return ctx.store.read(async (r) => {
    const { tip, key } = await opened(r, p, id);
    const { submission } = await decryptJson<TipBody>(key, tip.body, 'tip.body');
    const triage = tip.triage ? await decryptJson<TipTriage>(key, tip.triage, 'tip.triage') : {};
    const attachments = await Promise.all(
      (await r.tips.attachments(id)).map(async (a) => ({
        id: a.id,
        ...(await decryptJson<{ name: string; type: string }>(key, a.meta, 'tip.attachment-meta')),
        size: Math.max(0, a.bytes.byteLength - 40),
      })),
    );
    const messages = await Promise.all(
      (await r.tips.messages(id, ['sender', 'staff', 'note'])).map(async (m) => ({
        author: m.author,
        day: m.day,
        ...(await decryptJson<MessageBody>(key, m.body, 'tip.message')),
      })),
    );
    return {
      id,
      state: tip.state,
      receivedDay: tip.receivedDay,
      assignedTo: tip.assignedTo,
      readable: true,
      kind: submission.kind,
      who: submission.who,
      submission,
      triage,
      attachments,
      messages,
    };
  });
}

/** One attachment, decrypted (for a reviewer to view). */
export async function tipAttachment(
  ctx: AppContext,
  p: Principal,
  tipId: number,
  attachmentId: number,
): Promise<{ type: string; bytes: Uint8Array }> {
  return ctx.store.read(async (r) => {
    const { key } = await opened(r, p, tipId);
    const a = await r.tips.attachment(attachmentId);
    if (!a || a.tipId !== tipId)
      throw new RollcallError('not-found', `Tip ${tipId} has no attachment ${attachmentId}.`);
    const meta = await decryptJson<{ type: string }>(key, a.meta, 'tip.attachment-meta');
    return { type: meta.type, bytes: await decrypt(key, a.bytes, 'tip.attachment') };
  });
}

export async function changeTip(ctx: AppContext, p: Principal, id: number, change: TipChange): Promise<void> {
  await ctx.store.write(
    async (r) => {
      const { tip, key } = await opened(r, p, id);
      const day = todayIso(ctx);
      if (change.kind === 'state') {
        if (!canMove(tip.state, change.state)) {
          throw new RollcallError('tip-invalid-state', `Tip ${id} cannot go from ${tip.state} to ${change.state}.`);
        }
        await r.tips.update(id, { state: change.state, closedDay: isOpen(change.state) ? null : day });
      } else if (change.kind === 'assign') {
        await r.tips.update(id, { assignedTo: change.userId });
      } else if (change.kind === 'note' || change.kind === 'ask') {
        const text = messageText(change.text);
        if (change.kind === 'ask' && !isOpen(tip.state)) {
          throw new RollcallError('tip-closed', `Tip ${id} is closed; reopen it to ask the sender.`);
        }
        const body = await encryptJson(key, { text, by: p.label } satisfies MessageBody, 'tip.message');
        await r.tips.addMessage({ tipId: id, author: change.kind === 'ask' ? 'staff' : 'note', day, body });
      } else {
        const triage = tip.triage ? await decryptJson<TipTriage>(key, tip.triage, 'tip.triage') : {};
        const next: TipTriage = { ...triage };
        if (change.personId) next.personId = change.personId;
        else delete next.personId;
        await r.tips.update(id, { triage: await encryptJson(key, next, 'tip.triage') });
      }
      const details = { tip: id, change: change.kind, ...(change.kind === 'state' ? { state: change.state } : {}) };
      await recordAudit(
        r,
        { actor: p.label, action: 'tip.change', resourceType: 'tip', resourceId: String(id), details },
        ctx.now().toISOString(),
      );
    },
    { registry: false },
  );
}

/** How many tips wait in each open state (for the desk and the notification: counts only). */
export async function openTipCounts(ctx: AppContext): Promise<{ new: number; verifying: number; confirmed: number }> {
  const counts = await ctx.store.read((r) => r.tips.countByState());
  return { new: counts.new ?? 0, verifying: counts.verifying ?? 0, confirmed: counts.confirmed ?? 0 };
}

/** The open tips, newest first, without their content (the desk lists them; no key needed). */
export async function waitingTips(ctx: AppContext): Promise<Array<Pick<TipRow, 'id' | 'state' | 'receivedDay'>>> {
  const tips = await ctx.store.read((r) => r.tips.list(OPEN_TIP_STATES));
  return tips.map((t) => ({ id: t.id, state: t.state, receivedDay: t.receivedDay }));
}

/** The tip and its key, opened with the reviewer's unlocked key. */
export async function opened(r: Repos, p: Principal, id: number): Promise<{ tip: TipRow; key: Uint8Array }> {
  const pair = unlockedPair(p);
  const tip = await r.tips.get(id);
  if (!tip) throw new RollcallError('not-found', `No tip ${id}.`);
  const sealed = (await r.tips.sealsOf(p.userId, [id])).get(id);
  if (!sealed) {
    throw new RollcallError(
      'tip-undecryptable',
      `Tip ${id} is not shared with your key yet; it will be when a colleague unlocks theirs.`,
    );
  }
  return { tip, key: await openSeal(sealed, pair) };
}

function messageText(text: string): string {
  const t = String(text ?? '').trim();
  if (t.length === 0 || t.length > MAX_MESSAGE_CHARS) {
    throw new RollcallError('invalid-input', `Write 1 to ${MAX_MESSAGE_CHARS} characters.`, {
      problems: [{ code: 'invalid-input', message: 'empty or too long', field: 'text' }],
    });
  }
  return t;
}
