/**
 * English names of what each consistency check found (staff pages): shown in the page's
 * language before the detailed message (`finding.*`, `findings-en.ts`; a digest
 * warning's detailed message is still English).
 */
export const checksEn = {
  'check.invalid-date': 'A date is not a real date',
  'check.date-in-future': 'A date is in the future',
  'check.event-after-source-date': 'An event is dated after the source that reports it',
  'check.events-out-of-order': 'Events are out of order',
  'check.birth-after-detention': 'The date of birth is after the first detention',
  'check.implausible-age': 'An implausible age',
  'check.stated-time-served-mismatch': 'The stated time served does not match the dates',
  'check.release-without-custody': 'A release without a detention before it',
  'check.release-before-detention': 'A release before the detention',
  'check.served-longer-than-sentence': 'Time in custody is longer than the sentence',
  'check.term-ended-no-release': 'The term has ended but no release is recorded',
  'check.unknown-facility': 'An unknown place of detention',
  'check.unknown-source': 'An unknown source',
  'check.missing-source': 'An event without a source',
  'check.inferred-date': 'A date inferred by a rule',
  'check.external-photo': 'A photo from another site',
  'check.entry-without-source': 'A digest entry without a source',
  'check.event-not-found': 'The event the entry names is not in the record',
  'check.event-outside-month': 'The event is outside the digest’s month',
  'check.heading-term-mismatch': 'The term in the heading does not match the dates',
  'check.person-not-found': 'The person is not in the registry',
  'check.person-not-public': 'The person is not public',
} as const;
