/**
 * The registry JSON exchange: versioned, canonical, one record per line. See
 * `docs/exchange-format.md`.
 */
export {
  REGISTRY_FORMAT,
  REGISTRY_FORMAT_VERSION,
  SECTIONS,
  type RegistryData,
  type RegistryExport,
} from './format.js';
export { jsonChunks, jsonChunksAsync, serializeRegistryJson, compareIds } from './registry-json.js';
export { parseRegistryJson, type ParseOptions, type ParseResult } from './registry-json-parse.js';
