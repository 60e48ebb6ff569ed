/**
 * Parsing a search query into word and initial tokens, each with its keys.
 */
import { coarseKey, fineKey, foldKey, mayBePlaceSystem, nameWords, prostheticAlternative } from './keys.js';

/** Most words of a query that are used; the rest are ignored. */
export const MAX_QUERY_TOKENS = 8;
/** Weight of an initial ("A.") relative to a whole word. */
export const INITIAL_WEIGHT = 0.35;

export interface QueryToken {
  kind: 'word' | 'initial';
  text: string;
  fine: string;
  key: string;
  /** Other readings of the word with the similarity they carry (prothetic В/Г, no diacritics). */
  alts: Array<[key: string, score: number]>;
  weight: number;
}

/** Digraphs that stand for one Cyrillic letter, so "Zh." or "Ts." is an initial. */
const DIGRAPH_INITIAL = /^(zh|kh|ch|sh|ts|dz|ja|ju|je|jo|ya|yu|ye|yo|ia|iu)$/i;

/** Reads a query into tokens: single letters and "X." / "Zh." are initials, the rest words. */
export function parseQuery(query: string): QueryToken[] {
  const raw = query
    .normalize('NFC')
    .split(/\s+/)
    .filter((s) => s !== '');
  const tokens: QueryToken[] = [];
  for (const chunk of raw) {
    for (const part of splitInitials(chunk)) {
      const isInitial = part.initial;
      for (const word of nameWords(part.text)) {
        const fine = fineKey(word);
        const key = foldKey(fine);
        if (key === '') continue;
        const initial = isInitial || Array.from(word).length === 1;
        tokens.push({
          kind: initial ? 'initial' : 'word',
          text: word,
          fine,
          key: initial ? key.charAt(0) : key,
          alts: initial ? [] : alternatives(word, key),
          weight: initial ? INITIAL_WEIGHT : 1,
        });
      }
    }
  }
  return tokens.slice(0, MAX_QUERY_TOKENS);
}

/** Scores of alternative readings, below an exact key match (0.96). */
const PROTHETIC_SCORE = 0.9;
const CH_AS_KH_SCORE = 0.9;
const COARSE_SCORE = 0.85;

function alternatives(word: string, key: string): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const prothetic = prostheticAlternative(key);
  if (prothetic !== undefined) out.push([prothetic, PROTHETIC_SCORE]);
  if (mayBePlaceSystem(word)) {
    const kh = foldKey(fineKey(word, true));
    out.push([kh, CH_AS_KH_SCORE], [coarseKey(kh), COARSE_SCORE]);
  }
  const coarse = coarseKey(key);
  out.push([coarse, COARSE_SCORE]);
  return out.filter(([k]) => k !== key);
}

/** "A.A.Luchynovich" -> A. / A. / Luchynovich. */
function splitInitials(chunk: string): Array<{ text: string; initial: boolean }> {
  const parts = chunk.split(/(?<=\.)/).filter((p) => p !== '');
  return parts.map((p) => {
    const bare = p.replace(/\.$/, '');
    const initial = p.endsWith('.') && (Array.from(bare).length === 1 || DIGRAPH_INITIAL.test(bare));
    return { text: bare, initial };
  });
}
