/**
 * Reviewers' tip keys: a reviewer sets up an X25519 key pair once, its private key
 * stored only encrypted under their passphrase (argon2id); unlocking it puts the pair
 * in this process's memory for their session (`keyring.ts`). Each unlock also shares
 * the open tips with reviewers who have no seal of them yet (a reviewer added after
 * the tip arrived) and drops the seals of people who are no longer reviewers.
 *
 * @example
 * await createTipKey(ctx, principal, 'a long passphrase only I know');
 * await unlockTipKey(ctx, principal, 'a long passphrase only I know'); // { resealed: 3 }
 */
import { todayIso, type AppContext } from '../context.js';
import { recordAudit } from '../audit.js';
import type { Principal } from '../../domain/access.js';
import { RollcallError } from '../../domain/errors.js';
import {
  decrypt,
  encrypt,
  newKdfParams,
  newKeyPair,
  openSeal,
  passphraseKey,
  sealTo,
  type KdfParams,
  type KeyPair,
} from './crypto.js';
import { tipKeyring } from './keyring.js';

export const MIN_PASSPHRASE = 12;
const MAX_PASSPHRASE = 1024;

export interface TipKeyStatus {
  hasKey: boolean;
  unlocked: boolean;
}

export async function tipKeyStatus(ctx: AppContext, p: Principal): Promise<TipKeyStatus> {
  const row = await ctx.store.read((r) => r.tips.reviewerKey(p.userId));
  return {
    hasKey: row !== undefined,
    unlocked: row !== undefined && tipKeyring.get(p.credentialId, p.userId) !== undefined,
  };
}

/** A tip reviewer a tip may be assigned to: an active account with the role and a tip key. */
export interface TipReviewer {
  userId: string;
  label: string;
}

/** The active tip reviewers with a key (those who can read a tip), by e-mail. */
export async function tipReviewers(ctx: AppContext): Promise<TipReviewer[]> {
  const { keys, users } = await ctx.store.read(async (r) => ({
    keys: await r.tips.activeReviewerKeys(),
    users: await r.accounts.users(),
  }));
  const withKey = new Set(keys.map((k) => k.userId));
  return users
    .filter((u) => withKey.has(u.id))
    .map((u) => ({ userId: u.id, label: u.email }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Sets up the reviewer's key pair and leaves it unlocked for this session. */
export async function createTipKey(ctx: AppContext, p: Principal, passphrase: string): Promise<void> {
  checkPassphrase(passphrase);
  const pair = await newKeyPair();
  const kdf = newKdfParams();
  const lockedKey = await encrypt(await passphraseKey(passphrase, kdf), pair.privateKey, 'tip.reviewer-key');
  await ctx.store.write(
    async (repos) => {
      if (await repos.tips.reviewerKey(p.userId)) {
        throw new RollcallError('tip-key-exists', 'You have a tip key already; unlock it with your passphrase.');
      }
      await repos.tips.addReviewerKey({
        userId: p.userId,
        publicKey: pair.publicKey,
        lockedKey,
        kdf: JSON.stringify(kdf),
        createdDay: todayIso(ctx),
      });
      await recordAudit(
        repos,
        { actor: p.label, action: 'tip.key-create', resourceType: 'tip-key', resourceId: p.userId },
        ctx.now().toISOString(),
      );
    },
    { registry: false },
  );
  tipKeyring.put(p.credentialId, { ...pair, userId: p.userId });
}

/** Unlocks the key for this session and shares open tips with reviewers who lack them. */
export async function unlockTipKey(ctx: AppContext, p: Principal, passphrase: string): Promise<{ resealed: number }> {
  const row = await ctx.store.read((r) => r.tips.reviewerKey(p.userId));
  if (!row) throw new RollcallError('not-found', 'You have no tip key yet; set one up first.');
  let privateKey: Uint8Array;
  try {
    const key = await passphraseKey(String(passphrase).slice(0, MAX_PASSPHRASE), JSON.parse(row.kdf) as KdfParams);
    privateKey = await decrypt(key, row.lockedKey, 'tip.reviewer-key');
  } catch {
    await ctx.store.write(
      (repos) =>
        recordAudit(repos, { actor: p.label, action: 'tip.unlock', outcome: 'refused' }, ctx.now().toISOString()),
      { registry: false },
    );
    throw new RollcallError('tip-passphrase-wrong', 'That passphrase does not unlock your tip key; try again.');
  }
  const pair = { publicKey: row.publicKey, privateKey };
  tipKeyring.put(p.credentialId, { ...pair, userId: p.userId });
  const resealed = await reseal(ctx, p.userId, pair);
  await ctx.store.write(
    (repos) =>
      recordAudit(repos, { actor: p.label, action: 'tip.unlock', details: { resealed } }, ctx.now().toISOString()),
    { registry: false },
  );
  return { resealed };
}

/** Forgets the session's unlocked key (the lock button, sign-out). */
export function lockTipKey(p: Pick<Principal, 'credentialId'>): void {
  tipKeyring.forget(p.credentialId);
}

/** The session's unlocked pair, or `tip-key-locked`. */
export function unlockedPair(p: Principal): KeyPair {
  const pair = tipKeyring.get(p.credentialId, p.userId);
  if (!pair) throw new RollcallError('tip-key-locked', 'Unlock your tip key with your passphrase first.');
  return pair;
}

/**
 * Seals the keys of open tips that `userId` can open to every active reviewer missing
 * them, and drops seals of people no longer reviewers; how many seals were added.
 */
export async function reseal(ctx: AppContext, userId: string, pair: KeyPair): Promise<number> {
  return ctx.store.write(
    async (repos) => {
      await repos.tips.dropStaleSeals();
      const missing = await repos.tips.missingSeals();
      if (missing.length === 0) return 0;
      const keys = new Map((await repos.tips.activeReviewerKeys()).map((k) => [k.userId, k.publicKey]));
      const mine = await repos.tips.sealsOf(userId, [...new Set(missing.map((m) => m.tipId))]);
      const seals = [];
      for (const m of missing) {
        const sealed = mine.get(m.tipId);
        const publicKey = keys.get(m.userId);
        if (!sealed || !publicKey) continue;
        seals.push({ tipId: m.tipId, userId: m.userId, sealed: await sealTo(await openSeal(sealed, pair), publicKey) });
      }
      await repos.tips.addSeals(seals);
      return seals.length;
    },
    { registry: false },
  );
}

function checkPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || [...passphrase].length < MIN_PASSPHRASE) {
    throw new RollcallError(
      'tip-passphrase-too-short',
      `Choose a passphrase of at least ${MIN_PASSPHRASE} characters; several words are easiest to remember.`,
    );
  }
  if (passphrase.length > MAX_PASSPHRASE) {
    throw new RollcallError('tip-passphrase-too-short', `A passphrase has at most ${MAX_PASSPHRASE} characters.`);
  }
}
