/**
 * The mirror's manifest: `.rollcall-mirror.json` in the output folder lists every file the
 * last mirror wrote there. Mirroring into the same folder again removes the files the
 * previous run wrote that are no longer part of the site (a person made internal or
 * deleted, a digest withdrawn), and only those: a file the mirror did not write is never
 * touched. A folder that is not empty and has no manifest is refused (unless `force`, which
 * writes over files of the same names and deletes nothing).
 *
 * Crash safety: before deleting anything the manifest is rewritten as the union of the old
 * and the new lists, so at every moment it names at least every file a mirror wrote that is
 * still there; the final list replaces it at the end. The manifest itself is written whole
 * (temporary name, renamed).
 *
 * @example
 * const previous = previousMirrorFiles('/srv/site', { force: false }); // [] for a new folder
 * // … write the mirror, collecting `written` …
 * const removed = await finishMirrorFiles('/srv/site', previous, written); // ['en/persons/p-x/index.html', …]
 */
import { existsSync, lstatSync, readFileSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { AppError } from '../app/context.js';
import { writeFileAtomically } from '../app/atomic-file.js';

/** The manifest's file name, in the root of the output folder. */
export const MIRROR_MANIFEST = '.rollcall-mirror.json';

const Manifest = z.object({
  format: z.literal('rollcall-mirror'),
  version: z.literal(1),
  files: z.array(z.string().min(1).max(2000)),
});

/**
 * True for a path the manifest may name: relative, inside the folder, no `..`, not the
 * manifest itself. A hand-edited manifest naming `../x` or `/etc/x` is ignored for that line.
 */
export function isMirrorRelPath(rel: string): boolean {
  if (rel.length === 0 || isAbsolute(rel) || rel.includes('\0') || rel.includes('\\')) return false;
  const norm = normalize(rel);
  if (norm !== rel || norm === MIRROR_MANIFEST) return false;
  return !norm.split(sep).some((part) => part === '..' || part === '.' || part === '');
}

/**
 * The files the previous mirror wrote into `outDir` (from its manifest), checked before
 * anything is written: [] for a missing or empty folder. Throws `not-empty` for a folder
 * with files but no manifest (unless `force`: then nothing will be deleted), and
 * `invalid-mirror-manifest` for a manifest that cannot be read.
 */
export function previousMirrorFiles(outDir: string, opts: { force: boolean }): string[] {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return [];
  const file = join(outDir, MIRROR_MANIFEST);
  if (!existsSync(file)) {
    if (opts.force) return [];
    throw new AppError(
      'not-empty',
      `The folder ${outDir} is not empty and holds no mirror manifest (${MIRROR_MANIFEST}), so Rollcall cannot tell ` +
        'its own files from others; choose an empty folder, or pass --force to write over files of the same ' +
        'names (nothing is deleted then).',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw manifestError(file, (error as Error).message);
  }
  const manifest = Manifest.safeParse(parsed);
  if (!manifest.success) throw manifestError(file, manifest.error.issues[0]?.message ?? 'unexpected content');
  return manifest.data.files.filter(isMirrorRelPath);
}

function manifestError(file: string, why: string): AppError {
  return new AppError(
    'invalid-mirror-manifest',
    `The mirror manifest ${file} cannot be read (${why}); remove it and mirror with --force, or choose an empty folder.`,
  );
}

/**
 * After a complete mirror run: removes the files of `previous` that are not in `written`
 * (regular files only, never a link or a folder), then empty folders they leave, and
 * writes the manifest of `written`. Returns the removed paths, sorted.
 */
export async function finishMirrorFiles(
  outDir: string,
  previous: readonly string[],
  written: ReadonlySet<string>,
): Promise<string[]> {
  const stale = previous.filter((rel) => !written.has(rel)).sort();
  if (stale.length > 0) await writeManifest(outDir, [...written, ...stale]);
  const removed: string[] = [];
  for (const rel of stale) {
    const file = join(outDir, rel);
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    unlinkSync(file);
    removed.push(rel);
  }
  removeEmptyFolders(outDir, removed);
  await writeManifest(outDir, [...written]);
  return removed;
}

async function writeManifest(outDir: string, files: readonly string[]): Promise<void> {
  const body = { format: 'rollcall-mirror', version: 1, files: [...new Set(files)].sort() };
  // Public like the rest of the mirror, so a static web server can read the folder.
  await writeFileAtomically(join(outDir, MIRROR_MANIFEST), (write) => write(`${JSON.stringify(body)}\n`), {
    mode: 0o644,
  });
}

/** Removes the folders of removed files that are now empty, deepest first, never `outDir` itself. */
function removeEmptyFolders(outDir: string, removed: readonly string[]): void {
  const folders = new Set<string>();
  for (const rel of removed) {
    for (let dir = dirname(rel); dir !== '.' && dir !== ''; dir = dirname(dir)) folders.add(dir);
  }
  const deepestFirst = [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length || (a < b ? 1 : -1));
  for (const rel of deepestFirst) {
    const dir = join(outDir, rel);
    const stat = lstatSync(dir, { throwIfNoEntry: false });
    if (stat?.isDirectory() && readdirSync(dir).length === 0) rmdirSync(dir);
  }
}
