/**
 * The SQLite migrations, defined in code (no file-system scanning, so they work
 * from a bundle or `dist/` alike). Names sort in the order they apply; never
 * rename or edit a shipped migration, add a new one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './001_initial.js';
import * as m002 from './002_revisions_by_type.js';
import * as m003 from './003_digests.js';
import * as m004 from './004_person_timeline.js';
import * as m006 from './006_audit_proposals.js';
import * as m007 from './007_public_articles.js';
import * as m008 from './008_term_end.js';
import * as m009 from './009_courts.js';
import * as m010 from './010_change_feed.js';
import * as m013 from './013_accounts.js';
import * as m014 from './014_passkeys.js';
import * as m015 from './015_person_merges.js';
import * as m019 from './019_reference_revisions.js';
import * as m016 from './016_photos.js';
import * as m020 from './020_deletions.js';
import * as m017 from './017_tips.js';
import * as m022 from './022_duplicate_dismissals.js';

export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001_initial': m001,
  '002_revisions_by_type': m002,
  '003_digests': m003,
  '004_person_timeline': m004,
  '006_audit_proposals': m006,
  '007_public_articles': m007,
  '008_term_end': m008,
  '009_courts': m009,
  '010_change_feed': m010,
  '013_accounts': m013,
  '014_passkeys': m014,
  '015_person_merges': m015,
  '019_reference_revisions': m019,
  '016_photos': m016,
  '020_deletions': m020,
  '017_tips': m017,
  '022_duplicate_dismissals': m022,
};

/** A Kysely `MigrationProvider` over {@link SQLITE_MIGRATIONS}. */
export const sqliteMigrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...SQLITE_MIGRATIONS }),
};
