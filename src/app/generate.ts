/**
 * Writes a synthetic (fictional) registry as an importable JSON file, streamed
 * so that any size fits in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generatePersons, syntheticSources } from '../demo/generator.js';
import { FACILITIES } from '../demo/facilities.js';
import { CRIMINAL_CODE_ARTICLES, CREDIT_RATIOS } from '../domain/reference-data.js';
import { jsonChunks } from '../exchange/json.js';

export async function writeSyntheticRegistry(
  path: string,
  opts: { size: number; seed: number; today?: string },
): Promise<void> {
  const out = createWriteStream(path);
  const chunks = jsonChunks({
    articles: CRIMINAL_CODE_ARTICLES,
    creditRatios: CREDIT_RATIOS,
    facilities: [...FACILITIES],
    sources: syntheticSources(),
    persons: generatePersons(opts),
  });
  for (const chunk of chunks) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
