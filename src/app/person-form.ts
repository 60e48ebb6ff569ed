/**
 * What the staff person form reads besides the record: the catalogues it picks
 * from, the record at the revision an edit is based on, the consistency findings
 * of a draft (not yet stored), and the preview of what a save would change for
 * the public: the public presenter's view before and after, the person's status
 * and today's count.
 *
 * @example
 * const preview = await previewPersonChange(ctx, before, after);
 * if (preview.needsConfirm) showConfirmStep(preview);
 */
import { checkPerson, type Finding } from '../domain/checks.js';
import { countOn, type FigureSubject } from '../domain/figures.js';
import { fieldDiff, type FieldChange } from '../domain/field-diff.js';
import { capAtTermEnd, shownStatus, type ShownStatus } from '../domain/custody-state.js';
import { projectPerson } from '../domain/project-person.js';
import { isoToDay } from '../domain/partial-date.js';
import type { Article, Court, Facility, Person, Source } from '../domain/record.js';
import { presentPublicPerson, publicIds } from '../disclosure/public-person.js';
import { todayIso, type AppContext } from './context.js';
import { countAt } from './figures.js';

export interface FormCatalog {
  facilities: Facility[];
  sources: Source[];
  articles: Article[];
  courts: Court[];
}

/** What a person's events and cases pick from (staff: internal facilities and sources too). */
export async function formCatalog(ctx: AppContext): Promise<FormCatalog> {
  return ctx.store.read(async (r) => {
    const [facilities, sources, articles, courts] = await Promise.all([
      r.facilities.list(),
      r.sources.list(),
      r.reference.articles(),
      r.reference.courts(),
    ]);
    return { facilities, sources, articles, courts };
  });
}

/** The person as stored at a revision (the base of an edit), or undefined when the revision is not this person's. */
export async function personAtRevision(ctx: AppContext, id: string, revisionId: number): Promise<Person | undefined> {
  const rev = await ctx.store.read((r) => r.revisions.get(revisionId));
  if (!rev || rev.entityType !== 'person' || rev.entityId !== id || rev.doc === null) return undefined;
  return rev.doc as Person;
}

/** The consistency findings of one person as the form holds it (the same checks as `rollcall check`). */
export async function draftFindings(ctx: AppContext, person: Person): Promise<Finding[]> {
  return ctx.store.read(async (repos) => {
    const [facilities, sources, ratios] = await Promise.all([
      repos.facilities.list(),
      repos.sources.list(),
      repos.reference.creditRatios(),
    ]);
    const sourceDates = new Map<string, string>();
    for (const s of sources) if (s.date) sourceDates.set(s.id, s.date);
    return checkPerson(person, {
      today: todayIso(ctx),
      facilityIds: new Set(facilities.map((f) => f.id)),
      sourceIds: new Set(sources.map((s) => s.id)),
      sourceDates,
      ratios,
    });
  });
}

export interface PublicPreview {
  /** Fields of the public view (the public presenter's output) that change. */
  publicChanges: FieldChange[];
  /** Whether the person is on public pages before and after. */
  shown: { before: boolean; after: boolean };
  /** The status public pages show (null: not shown). */
  status: { before: ShownStatus | null; after: ShownStatus | null };
  /** Political prisoners certainly in custody today, public figures. */
  count: { before: number; after: number };
  /** A visibility switch, a status or count change or a new public person: the save needs confirming. */
  needsConfirm: boolean;
}

/**
 * What saving `after` in place of `before` (null: a new person) changes for the
 * public. Reads the public figures of today once; the person's own part is
 * computed from the record the way the store projects it.
 */
export async function previewPersonChange(
  ctx: AppContext,
  before: Person | null,
  after: Person,
): Promise<PublicPreview> {
  const today = todayIso(ctx);
  const day = isoToDay(today);
  const [catalog, counted] = await Promise.all([formCatalog(ctx), countAt(ctx, today, 'public')]);
  const sourceIds = publicIds(catalog.sources);
  const facilityIds = publicIds(catalog.facilities);
  const view = (p: Person | null) => (p ? presentPublicPerson(p, sourceIds, facilityIds) : null);
  const [viewBefore, viewAfter] = [view(before), view(after)];
  const part = (p: Person | null) => (p && view(p) ? countOn([subjectOf(p)], day).certain : 0);
  const status = (p: Person | null) => {
    if (!p || !view(p)) return null;
    const proj = projectPerson(p, day);
    return shownStatus(proj.status, proj.termEndMax, day);
  };
  const preview = {
    publicChanges: fieldDiff(viewBefore ?? {}, viewAfter ?? {}),
    shown: { before: viewBefore !== null, after: viewAfter !== null },
    status: { before: status(before), after: status(after) },
    count: { before: counted.certain, after: counted.certain - part(before) + part(after) },
  };
  const needsConfirm =
    visibilityChanged(before, after) ||
    preview.shown.before !== preview.shown.after ||
    preview.status.before !== preview.status.after ||
    preview.count.before !== preview.count.after;
  return { ...preview, needsConfirm };
}

/** The person's figure subject as the store loads it (projection, ongoing period cut at the term's end). */
function subjectOf(p: Person): FigureSubject {
  const proj = projectPerson(p);
  return {
    personId: p.id,
    sex: proj.sex,
    region: proj.region,
    articles: proj.articles,
    currentFacilityId: proj.currentFacilityId,
    isPublic: proj.isPublic,
    custody: capAtTermEnd(proj.custody, proj.termEndMax),
  };
}

/** Whether any public/internal switch differs (the person's, the birth date's, a name form's, a case's, an event's). */
function visibilityChanged(before: Person | null, after: Person): boolean {
  if (!before) return after.visibility === 'public';
  if (before.visibility !== after.visibility || before.birthDateVisibility !== after.birthDateVisibility) return true;
  const nameKey = (n: Person['names'][number]) => `${n.system}:${n.family}:${n.given}`;
  const nameVis = new Map(before.names.map((n) => [nameKey(n), n.visibility]));
  if (after.names.some((n) => nameVis.has(nameKey(n)) && nameVis.get(nameKey(n)) !== n.visibility)) return true;
  const byId = <T extends { id: string; visibility: string }>(xs: readonly T[]) =>
    new Map(xs.map((x) => [x.id, x.visibility]));
  for (const [list, next] of [
    [byId(before.cases), byId(after.cases)],
    [byId(before.events), byId(after.events)],
  ] as const) {
    for (const [id, vis] of next) if (list.has(id) && list.get(id) !== vis) return true;
  }
  return false;
}
