/**
 * The life of a tip on the reviewers' queue: `new` when it arrives, `verifying`
 * while someone checks it, `confirmed` when it holds, then `applied` (it became a
 * proposed change of the record), `rejected` or `duplicate`. The last three are
 * closed: the sender can no longer answer, and retention deletes them after a while.
 *
 * @example
 * canMove('new', 'verifying'); // true
 * canMove('applied', 'new');   // false
 */
export const TIP_STATES = ['new', 'verifying', 'confirmed', 'applied', 'rejected', 'duplicate'] as const;
export type TipState = (typeof TIP_STATES)[number];

export const OPEN_TIP_STATES: readonly TipState[] = ['new', 'verifying', 'confirmed'];

export function isOpen(state: TipState): boolean {
  return OPEN_TIP_STATES.includes(state);
}

/**
 * Whether a reviewer may move a tip from one state to another by hand. `applied` is
 * reached only by applying a confirmed tip; a rejected or duplicate tip may be reopened.
 */
export function canMove(from: TipState, to: TipState): boolean {
  if (from === to || to === 'applied' || from === 'applied') return false;
  return true;
}

/** The day a retention period of `days` ends for a tip closed on `closedDay` (both `YYYY-MM-DD`). */
export function purgeDay(closedDay: string, days: number): string {
  const d = new Date(`${closedDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
