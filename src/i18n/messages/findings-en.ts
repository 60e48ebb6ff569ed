/**
 * The consistency checks' detailed messages (`finding.<id>`, one per `FINDING_TEXT_IDS`
 * entry), in English: word for word the `message` the checks give the CLI and the API
 * (`findings.test.ts` holds them to it). Values are filled in by `i18n/findings.ts`.
 */
const VERDICT_TAIL =
  ', the first detention in this case. One of the dates is probably wrong: check both against the sources (if the person really was free until after the verdict, record the detention at the verdict).';
const INFERRED = '{inferred, select, yes { (its date was inferred: {reasoning})} other {}}';
const CASES = '{caseCount, plural, one {case} other {cases}} {cases}';
const STATED_TAIL = 'the detention date, the release date and the stated time against the sources.';
const ADD_TERM = 'a sentence change or an added term (e.g. new charges under Art. 411)';

export const findingsEn = {
  'finding.invalid-date': 'The {at} "{value}" is not a real calendar date; correct it (YYYY, YYYY-MM or YYYY-MM-DD).',
  'finding.date-in-future':
    'The {at} is {value}, after today ({today}). Correct the date, or record the event once it has happened.',
  'finding.event-after-source-date':
    'The {event} is dated after every source cited for it: {cited}. A source cannot report what had not happened yet; check the date against the source (wrong month or year?) or cite the later source that reports it.',
  'finding.birth-after-detention': 'Born {birth}, after the {event}. Check the birth date and the detention date.',
  'finding.implausible-age.young':
    'Born {birth}, so at most {age, plural, one {# year} other {# years}} old at the {event}; nobody under 14 can be criminally liable. Check the birth date and the detention date.',
  'finding.implausible-age.old':
    'Born {birth}, so at least {age, plural, one {# year} other {# years}} old at the {event}. Check the birth date (a wrong century?) and the detention date.',
  'finding.stated-time-served-mismatch': `Stated {stated}, but {start} to {release} is {computed}. Check ${STATED_TAIL}`,
  'finding.stated-time-served-mismatch.fitting': `Stated {stated}, but {start} to {release} is {computed}. A detention on {fitting} would fit the stated time; check ${STATED_TAIL}`,
  'finding.release-without-custody.none':
    'The {event} has no detention before it. Add the detention (a partial date such as 2022-03 is fine), or remove the release.',
  'finding.release-without-custody.overlap':
    'The {event} and the {other} have overlapping dates, so the release is read as coming first and ends no custody. Give both full dates.',
  'finding.release-without-custody.free':
    'The {event} comes when the person is not in custody (no detention since the previous release). Add the detention that preceded it, or remove the release if it repeats an earlier one.',
  'finding.release-before-detention':
    'The {event} is before the first detention, {detention}. Check both dates (a wrong year?); until then the person counts as in custody from the detention on.',
  'finding.served-longer-than-sentence.ongoing': `In custody since {since} ({start}), but the {term} of ${CASES} ended by {latestEnd} at the latest (today is {today}). Record the release, ${ADD_TERM}, or correct the dates.`,
  'finding.served-longer-than-sentence.ended': `{start} to {end} is {served}, longer than the {term} of ${CASES}. Check the dates and the term, or record the added term (e.g. new charges under Art. 411).`,
  'finding.events-out-of-order.verdict': `The {event} is before the {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.verdict-date': `The verdict date of case {caseId} ({date}) is before the {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.transfer':
    'The {event} is after the {release} with no detention in between. Add the new detention, or correct the date of the {kind} or of the release.',
  'finding.events-out-of-order.recognition':
    'The {event} comes before any recognition as a political prisoner. Add the recognition, or correct the dates.',
  'finding.events-out-of-order.death':
    'The {event} is after the {death}. Correct the date of one of them, or remove the event.',
  'finding.unknown-facility':
    'The {event} names facility {facilityId}, which is not in the registry. Add the facility or pick an existing one.',
  'finding.unknown-source.event':
    'The {event} cites source {sourceId}, which is not in the registry. Add the source or correct the id.',
  'finding.unknown-source.case':
    'Case {caseId} cites source {sourceId}, which is not in the registry. Add the source or correct the id.',
  'finding.missing-source':
    'The {event} is public but cites no source. Add the source it comes from, or make it internal.',
  'finding.inferred-date':
    'The date of the {event} was inferred ({rule}): {reasoning}. Confirm it from a source, then record it as stated.',
  'finding.external-photo':
    'The photo ref "{ref}" is not a file on this site, so public pages and downloads leave the photo out (a third-party image would let its host see every reader). Copy the image to the site, e.g. photos/{personId}.jpg, and set that ref, or remove the photo.',
  'finding.term-ended-no-release': `In custody by the record, but the projected release{hasCase, select, yes { (case {caseId})} other {}} was on {end} at the latest and no release is recorded (today is {today}). Pages show "term ended, release not confirmed" and the count leaves the person out: record the release, ${ADD_TERM}, or correct the dates.`,
  'finding.date.birth': 'birth date',
  'finding.date.verdict': 'verdict date of case {caseId}',
  'finding.date.appeal': 'appeal date of case {caseId}',
  'finding.between': 'between {min} and {max}',
  'finding.digest.person-not-found': 'No person {person} in the registry: drop the entry or restore the record.',
  'finding.digest.person-not-public':
    'The record of {person} is internal: it must not appear in a published digest; drop the entry.',
  'finding.digest.event-not-found':
    'The event {event} the entry reports is no longer in the record of {person}; regenerate or drop the entry.',
  'finding.digest.event-outside-month':
    'The {kind} of {person} is dated {date}, outside {month}: check the date or drop the entry.',
  'finding.digest.entry-without-source': 'The {kind} of {person} ({date}) has no source: add one before publishing.',
  'finding.digest.heading-term-mismatch':
    'The heading for {person} does not state the time served the dates give ({stated}): correct the heading or the dates.',
} as const;
