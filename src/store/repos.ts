/**
 * All repositories bound to one transaction.
 */
import type { Kysely } from 'kysely';
import type { Repos } from '../app/ports.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { personRepository } from './person-repository.js';
import { scanPersons } from './person-scan.js';
import { revisionRepository } from './revision-repository.js';
import { facilityRepository, referenceRepository, sourceRepository } from './doc-repositories.js';
import { metaRepository } from './meta-repository.js';
import { changeFeed } from './change-feed.js';
import { digestRepository } from './digest-repository.js';
import { bulkLoadRepository } from './bulk-load.js';
import { auditRepository } from './audit-repository.js';
import { proposalRepository } from './proposal-repository.js';
import { linkRepository } from './link-repository.js';
import { accountRepository } from './account-repository.js';
import { mergeRepository } from './merge-repository.js';
import { dismissalRepository } from './dismissal-repository.js';
import { photoRepository } from './photo-repository.js';
import { tipRepository } from './tip-repository.js';

/** Builds {@link Repos} over `db`, normally a Kysely transaction owned by the store. */
export function makeRepos(db: Kysely<Database>, dialect: StoreDialect): Repos {
  return {
    bulk: bulkLoadRepository(db, dialect),
    persons: { ...personRepository(db, dialect), scan: (afterId, limit) => scanPersons(db, afterId, limit) },
    facilities: facilityRepository(db, dialect),
    sources: sourceRepository(db, dialect),
    revisions: revisionRepository(db, dialect),
    reference: referenceRepository(db, dialect),
    meta: metaRepository(db),
    changes: changeFeed(db),
    digests: digestRepository(db),
    audit: auditRepository(db),
    proposals: proposalRepository(db),
    links: linkRepository(db),
    merges: mergeRepository(db, dialect),
    dismissals: dismissalRepository(db),
    accounts: accountRepository(db),
    photos: photoRepository(db),
    tips: tipRepository(db),
  };
}
