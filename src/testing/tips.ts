/**
 * Test support for the tip line: staff users with a role (real rows, so the
 * reviewer queries see them), a reviewer with an unlocked key, and the report form as a
 * browser fills it in (its proof-of-work challenge solved).
 *
 * @example
 * const reviewer = await addStaff(ctx, 'tip_reviewer', 'rev1');
 * await createTipKey(ctx, reviewer, PASSPHRASE);
 */
import type { AppContext } from '../app/context.js';
import type { Principal, Role } from '../domain/access.js';
import { solveNonce } from '../http/proof-of-work.js';

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

/** What a test asks for pages: the HTTP app's in-process `request`. */
interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** The report form's challenge: the token in its hidden field and the zero bits it asks for. */
export function challengeOf(page: string): { token: string; bits: number } {
  const token = /name="pow" value="([^"]+)"/.exec(page)?.[1];
  const bits = /data-pow-bits="(\d+)"/.exec(page)?.[1];
  if (!token || !bits) throw new Error('no proof-of-work challenge on the page');
  return { token, bits: Number(bits) };
}

/**
 * The report form as a browser sends it: `fields` and `files`, the challenge of the form
 * page at `formPath` (GET) and, as the page's script does, a nonce that solves it
 * (`nonce: false`: none, as without JavaScript).
 * @example await app.request('/en/report/', { method: 'POST', body: await reportForm(app, '/en/report/', { who: 'A', kind: 'released' }) });
 */
export async function reportForm(
  app: Requester,
  formPath: string,
  fields: Record<string, string>,
  options: { files?: File[]; nonce?: boolean; page?: string } = {},
): Promise<FormData> {
  const page = options.page ?? (await (await app.request(formPath)).text());
  const { token, bits } = challengeOf(page);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const file of options.files ?? []) form.append('files', file);
  form.append('pow', token);
  form.append('nonce', options.nonce === false ? '' : solveNonce(token, bits));
  return form;
}
