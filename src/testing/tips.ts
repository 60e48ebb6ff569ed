/**
 * Test support for the tip line: staff users with a role (real rows, so the
 * reviewer queries see them) and a reviewer with an unlocked key.
 *
 * @example
 * const reviewer = await addStaff(ctx, 'tip_reviewer', 'rev1');
 * await createTipKey(ctx, reviewer, PASSPHRASE);
 */
import type { AppContext } from '../app/context.js';
import type { Principal, Role } from '../domain/access.js';

export const PASSPHRASE = 'correct horse battery staple';

export async function addStaff(
  ctx: AppContext,
  role: Role,
  name: string,
  state: 'active' | 'disabled' = 'active',
): Promise<Principal> {
  const at = ctx.now().toISOString();
  await ctx.store.write(
    (r) =>
      r.accounts.addUser({
        id: `u-${name}`,
        email: `${name}@example.org`,
        role,
        state,
        passwordHash: null,
        totpSecret: null,
        totpLastStep: null,
        createdAt: at,
        updatedAt: at,
      }),
    { registry: false },
  );
  return { kind: 'session', userId: `u-${name}`, role, label: `${name}@example.org`, credentialId: `s-${name}` };
}
