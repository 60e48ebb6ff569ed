/** Monthly digests: document schema, drafting, narrative, editing, merging, checks and exports. */
export * from './schema.js';
export { draftDigest, buildOpening, type DraftInput } from './draft.js';
export { entryFor, releaseEntriesOf, eventsInMonth } from './entries.js';
export { buildNarrative, splitParagraphs, type NarrativeRefs, type NarrativeFocus } from './narrative.js';
export { personName, datePhrase, chargesPhrase, punishmentPhrase, joinList, inMonth, capitalise } from './phrases.js';
export { regenerate, mergeField, isEdited, hasEdits } from './merge.js';
export { applyEdit, moveEntry, addEntry, dropEntry } from './edit.js';
export {
  EXPOSURE_REASONS,
  digestExposures,
  entryExposure,
  publicDigestView,
  type EntryExposure,
  type HiddenCatalog,
  type ExposureReason,
  type PublicDigest,
} from './exposure.js';
export { digestWarnings, registryFindings, type RegistryFindings } from './checks.js';
export {
  digestMarkdown,
  digestHtmlFragment,
  correctionNotes,
  digestHtmlDocument,
  digestAtom,
  escapeXml,
  escapeMarkdown,
  type AtomOptions,
} from './render.js';
