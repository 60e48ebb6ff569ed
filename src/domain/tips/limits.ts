/**
 * Limits of what a sender may send with a tip: a few images, each not too large.
 * Images only: they are re-encoded, which is how their metadata is removed;
 * documents (PDF, office files) carry metadata that cannot be removed as surely,
 * so senders are asked to photograph them instead.
 *
 * @example
 * attachmentProblem({ name: 'a.jpg', type: 'image/jpeg', size: 20_000 }, 0); // null
 */
export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** A reply from the sender, a question or a note. */
export const MAX_MESSAGE_CHARS = 4000;

export type AttachmentProblem = 'too-many' | 'too-large' | 'type' | 'empty';

/** What is wrong with the `index`-th attachment (0-based), or null. */
export function attachmentProblem(a: { type: string; size: number }, index: number): AttachmentProblem | null {
  if (index >= MAX_ATTACHMENTS) return 'too-many';
  if (a.size === 0) return 'empty';
  if (a.size > MAX_ATTACHMENT_BYTES) return 'too-large';
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(a.type)) return 'type';
  return null;
}
