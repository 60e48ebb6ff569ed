/**
 * A tiny, safe HTML templating: every interpolated value is escaped unless it is
 * {@link SafeHtml} (made by `html` itself or by `raw`). Template text is trusted.
 *
 * @example
 * const name = '<script>alert(1)</script>';
 * html`<p>${name}</p>`.toString() // "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
 */

/** Markup known to be safe. Only `html`, `raw` and the kit create it. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/**
 * A value `html` accepts: text and numbers are escaped, SafeHtml is kept, arrays are joined
 * without separators, and `null`, `undefined` and booleans render nothing (so
 * `${cond && html`…`}` works).
 */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most texts need nothing: test first, as a test allocates nothing.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}
const NEEDS_ESCAPE = /[&<>"']/;

/** Marks trusted markup as safe. Never pass text that came from a record or a request. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Renders a value to markup (escaping as {@link HtmlValue} describes). */
export function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** The tagged template: `html`<a href="${url}">${label}</a>``. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += render(values[i]) + (strings[i + 1] ?? '');
  }
  return new SafeHtml(out);
}

/**
 * Attributes from a record: `false`/`null`/`undefined` drop the attribute, `true` writes it bare.
 * @example html`<input${attrs({ name: 'q', value: userText, required: true })}>`
 */
export function attrs(record: Record<string, string | number | boolean | null | undefined>): SafeHtml {
  let out = '';
  for (const [name, value] of Object.entries(record)) {
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name)) throw new Error(`Invalid attribute name "${name}"`);
    if (value === false || value === null || value === undefined) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return new SafeHtml(out);
}
