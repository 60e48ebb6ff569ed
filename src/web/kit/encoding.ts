/**
 * Content negotiation of encodings: which compression a client accepts that we prefer.
 *
 * @example
 * chooseEncoding(c.req.header('Accept-Encoding')) // 'br', 'gzip' or null (send as is)
 */

/** The compressions the site sends. */
export type Encoding = 'br' | 'gzip';

/**
 * The encoding a client accepts that we prefer: `br`, then `gzip`; none when it accepts
 * neither (or refuses both with `q=0`).
 * @example chooseEncoding('gzip, deflate, br;q=0.5') // 'br'
 */
export function chooseEncoding(header: string | undefined | null): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const value = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), value === undefined ? 1 : Number(value));
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}
