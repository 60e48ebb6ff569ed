/**
 * Canary markers for the public-output tests: each internal field of the
 * fixture gets a unique string (`zqleak17x`), remembered with the field it was
 * planted in, so a test can say exactly what leaked where. Markers are
 * lower-case ASCII and contain no separator, so they survive HTML, XML, CSV and
 * JSON escaping, URLs and lower-casing unchanged. Other values that must not
 * leave (internal birth dates, ids of internal records) are added with
 * {@link Markers.also}.
 *
 * @example
 * const m = new Markers();
 * const note = m.mark('internalNote'); // 'zqleak1x'
 * m.find(`<p>${note}</p>`); // ['internalNote']
 */
import type { Localized } from '../domain/record.js';

const PATTERN = /zqleak\d+x/gi;

export class Markers {
  /** Marker → the field it was planted in. */
  readonly fields = new Map<string, string>();
  /** Other strings that must appear in no public output → what they are. */
  readonly values = new Map<string, string>();

  /** A new marker for `field`. */
  mark(field: string): string {
    const marker = `zqleak${this.fields.size + 1}x`;
    this.fields.set(marker, field);
    return marker;
  }

  /** A localized text with one marker per language. */
  text(field: string): Localized {
    return { be: this.mark(`${field}.be`), ru: this.mark(`${field}.ru`), en: this.mark(`${field}.en`) };
  }

  /** Registers a value (a date, an id) that must not appear; returns it. */
  also(value: string, what: string): string {
    this.values.set(value, what);
    return value;
  }

  /** What leaked into `output`: the fields of the markers in it, and the registered values. */
  find(output: string): string[] {
    const found = new Set<string>();
    for (const m of output.match(PATTERN) ?? []) found.add(this.fields.get(m.toLowerCase()) ?? m);
    for (const [value, what] of this.values) if (output.includes(value)) found.add(what);
    return [...found];
  }

  /** Every marker and value planted (to strip the ones a request itself carries). */
  all(): string[] {
    return [...this.fields.keys(), ...this.values.keys()];
  }
}
