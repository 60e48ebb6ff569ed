/**
 * English interface and generated texts, as ICU MessageFormat strings.
 * `be.ts` and `ru.ts` have exactly the same keys (checked by `messages.test.ts`).
 * Keys are grouped by prefix: `nav.*`, `status.*`, `event.*` (one per EVENT_KINDS value),
 * `release.*` (RELEASE_REASONS), `region.*` (REGIONS), `punishment.*`, `regime.*`, `term.*`…
 */
import { mergeEn } from './merge-en.js';
import { deskEn } from './desk-en.js';
import { digestsEn } from './digests-en.js';
import { staffEn } from './staff-en.js';
import { formsEn } from './forms-en.js';
import { lettersEn } from './letters-en.js';
import { tipsEn } from './tips-en.js';
import { photosEn } from './photos-en.js';
import { checksEn } from './checks-en.js';
import { findingsEn } from './findings-en.js';
import { telegramEn } from './telegram-en.js';

export const en = {
  ...staffEn,
  ...lettersEn,
  // -- merge: messages --
  ...mergeEn,
  // -- digests: messages --
  ...digestsEn,
  // -- api-rest: messages --
  // -- desk: messages --
  ...deskEn,
  // -- forms: messages --
  ...formsEn,
  // -- photos: messages --
  ...photosEn,
  ...checksEn,
  ...findingsEn,
  // -- tips: messages --
  ...tipsEn,
  // -- telegram: messages --
  ...telegramEn,
  'site.name': 'Political prisoners in Belarus',
  'site.skipLink': 'Skip to content',
  'site.navLabel': 'Main',
  'site.langLabel': 'Language',
  'site.breadcrumbLabel': 'Breadcrumb',
  'lang.be': 'Беларуская',
  'lang.ru': 'Русский',
  'lang.en': 'English',

  'nav.home': 'Home',
  'nav.persons': 'Political prisoners',
  'nav.figures': 'Figures',
  'nav.facilities': 'Facilities',
  'nav.articles': 'Articles',
  'nav.digests': 'Digests',
  'nav.report': 'Report a release',
  'nav.data': 'Open data',

  'headline.count':
    '{count, plural, one {There is # political prisoner in Belarus} other {There are # political prisoners in Belarus}}',
  'headline.asOf': 'as of {date}',

  'status.imprisoned': 'Imprisoned',
  'status.released': '{sex, select, other {Released}}',
  'status.deceased': '{sex, select, other {Deceased}}',
  'status.other': 'Other',
  'sex.female': 'Female',
  'sex.male': 'Male',

  'filter.legend': 'Filter',
  'filter.status': 'Status',
  'filter.region': 'Region',
  'filter.sex': 'Sex',
  'filter.article': 'Article',
  'filter.facility': 'Facility',
  'filter.detentionYear': 'Year of detention',
  'filter.name': 'Search by name',
  'filter.any': 'Any',
  'filter.apply': 'Show',
  'filter.reset': 'Reset filters',
  'filter.found': '{count, plural, one {# person found} other {# people found}}',

  'sort.label': 'Sort by',
  'sort.name': 'Name',
  'sort.detention': 'Date of detention',
  'sort.release': 'Date of release',
  'sort.timeServed': 'Time served',
  'sort.asc': 'ascending',
  'sort.desc': 'descending',

  'pagination.label': 'Pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',
  'pagination.status': 'Page {page} of {pages}',

  'event.search': 'Search',
  'event.detention': 'Detention',
  'event.administrative_arrest': 'Administrative arrest',
  'event.re_detention': 'Re-detention',
  'event.charged': 'Charged',
  'event.pretrial_placement': 'Placed in pre-trial detention',
  'event.transfer': 'Transfer to another facility',
  'event.trial': 'Trial',
  'event.verdict': 'Verdict',
  'event.appeal': 'Appeal',
  'event.new_charges': 'New charges',
  'event.sentence_change': 'Sentence changed',
  'event.release': 'Release',
  'event.recognition': 'Recognised as a political prisoner',
  'event.recognition_end': 'Political prisoner status ended',
  'event.death': 'Death',
  'event.other': 'Other event',

  'release.term_served': 'Served the full term',
  'release.home_confinement': 'Released after trial to home confinement',
  'release.open_institution': 'Released after trial to an open-type correctional institution',
  'release.parole': 'Parole',
  'release.milder_punishment': 'Unserved part replaced by a milder punishment',
  'release.pardon': 'Pardon',
  'release.expulsion': 'Freed and forced to leave the country',
  'release.amnesty': 'Amnesty',
  'release.conviction_quashed': 'Conviction quashed',
  'release.sentence_lifted': 'Released from punishment',
  'release.non_custodial_sentence': 'Non-custodial sentence at trial',
  'release.released_pending_trial': 'Released pending trial',
  'release.other': 'Other reason',

  'region.brest': 'Brest region',
  'region.homiel': 'Homieĺ region',
  'region.hrodna': 'Hrodna region',
  'region.mahiliou': 'Mahilioŭ region',
  'region.minsk': 'Minsk region',
  'region.minsk-city': 'Minsk',
  'region.viciebsk': 'Viciebsk region',
  'region.abroad': 'Abroad',

  'punishment.deprivation_of_liberty': 'Deprivation of liberty',
  'punishment.restriction_of_freedom': 'Restriction of freedom',
  'punishment.arrest': 'Arrest',
  'punishment.fine': 'Fine',
  'punishment.corrective_labour': 'Corrective labour',
  'punishment.deprivation_of_right': 'Deprivation of the right to hold certain posts',
  'punishment.life_imprisonment': 'Life imprisonment',
  'punishment.compulsory_treatment': 'Compulsory treatment',
  'punishment.other': 'Other punishment',
  'punishment.withReferral': 'with referral to an open-type correctional institution',
  'punishment.withoutReferral': 'without referral (home confinement)',
  'punishment.fineAmount': '{amount, plural, one {# base unit} other {# base units}}',

  'regime.general': 'General-regime colony',
  'regime.strengthened': 'Strengthened-regime colony',
  'regime.strict': 'Strict-regime colony',
  'regime.special': 'Special-regime colony',
  'regime.settlement': 'Colony-settlement',
  'regime.prison': 'Prison',

  'facilityKind.pretrial': 'Pre-trial detention centre',
  'facilityKind.temporary': 'Temporary detention centre',
  'facilityKind.colony': 'Correctional colony',
  'facilityKind.colony_settlement': 'Colony-settlement',
  'facilityKind.prison': 'Prison',
  'facilityKind.open_institution': 'Open-type correctional institution',
  'facilityKind.medical': 'Medical institution',
  'facilityKind.other': 'Other facility',

  'table.name': 'Name',
  'table.status': 'Status',
  'table.region': 'Region',
  'table.sex': 'Sex',
  'table.born': 'Born',
  'table.articles': 'Articles',
  'table.detained': 'Detained',
  'table.released': 'Released',
  'table.facility': 'Facility',
  'table.date': 'Date',
  'table.event': 'Event',
  'table.count': 'Number',
  'table.month': 'Month',
  'table.year': 'Year',
  'table.empty': 'Nothing found.',

  'person.timeServed': 'Time served',
  'person.sentence': 'Sentence',
  'person.address': 'Address for letters',
  'person.sources': 'Sources',
  'person.timeline': 'Timeline',
  'person.charges': 'Charges',
  'person.occupation': 'Occupation',
  'person.article': '{part, select, none {Article {article}} other {Part {part} of Article {article}}}',

  'home.birthdays': 'Birthdays in the next 60 days',
  'home.upcoming': 'Upcoming releases',

  'footer.text':
    'Compiled by human rights defenders from public sources and verified reports. Figures may be incomplete.',
  'footer.openData': 'The data is open: download it and check our figures.',

  'report.call': 'If you know that a political prisoner has been released, tell us.',
  'report.pending':
    'A secure form for reports will be on this page. Until it is, please reach the human rights defenders through the contacts on their own website. We will never ask for more about you than a report needs.',

  'digest.caveat':
    'The number of political prisoners released after serving their sentences may be higher, because reliable information about releases is not always available.',
  'digest.callForTips':
    'If you know that a person convicted for political reasons is already out of prison, please let us know.',
  'digest.released':
    '{count, plural, one {At least # political prisoner was released} other {At least # political prisoners were released}} after serving the full sentence.',
  'digest.overThreeYears':
    '{count, plural, =0 {None of them} one {# of them} other {# of them}} spent more than three years behind bars.',
  'digest.personHeading': '{sex, select, other {Political prisoner}} {name} — {term} of imprisonment',
  'digest.personHeadingPlain': '{sex, select, other {Political prisoner}} {name}',
  'digest.inMonth':
    '{month, select, m1 {in January} m2 {in February} m3 {in March} m4 {in April} m5 {in May} m6 {in June} m7 {in July} m8 {in August} m9 {in September} m10 {in October} m11 {in November} other {in December}}',
  'digest.inYear': 'in {year}',
  'digest.onDay': 'on {date}',
  'digest.title.releases':
    '{count, plural, one {# political prisoner released {inMonth} having served the sentence} other {# political prisoners released {inMonth} having served their sentences}}',
  'digest.title.convictions':
    '{count, plural, one {# political prisoner sentenced {inMonth}} other {# political prisoners sentenced {inMonth}}}',
  'digest.title.recognitions':
    '{count, plural, one {# person recognised as a political prisoner {inMonth}} other {# people recognised as political prisoners {inMonth}}}',
  'digest.opening.now':
    '{count, plural, one {At the moment, there is # political prisoner in Belarus.} other {At the moment, there are # political prisoners in Belarus.}}',
  'digest.opening.released':
    '{count, plural, one {At least # political prisoner was released {inMonth} having served the sentence in full.} other {At least # political prisoners were released {inMonth} having served their sentences in full.}}',
  'digest.opening.homeConfinement':
    '{count, plural, one {# more political prisoner was released after trial, sentenced to home confinement.} other {# more political prisoners were released after trial, sentenced to home confinement.}}',
  'digest.opening.openInstitution':
    '{count, plural, one {# more political prisoner was released after trial with referral to an open-type correctional institution.} other {# more political prisoners were released after trial with referral to an open-type correctional institution.}}',
  'digest.opening.convicted': 'Political prisoners sentenced {inMonth}: {count, number}.',
  'digest.opening.recognised': 'People recognised as political prisoners {inMonth}: {count, number}.',
  'digest.caveat.general':
    'These data may be incomplete: not every case of a political prisoner becomes known to human rights defenders.',
  'digest.callForTips.general': 'If you know of a case we have missed, please let us know.',
  'digest.punishment':
    '{kind, select, deprivation_of_liberty {{term} of deprivation of liberty} restriction_of_freedom {{term} of restriction of freedom} arrest {{term} of arrest} corrective_labour {{term} of corrective labour} other {{term}}}',
  'digest.criminalCode': '{charges} of the Criminal Code',
  'digest.story.detained': '{sex, select, other {{name}}} was detained {when}.',
  'digest.story.heldIn': 'Place of pre-trial detention: {facility}.',
  'digest.story.charged': 'The charges: {charges}.',
  'digest.story.sentenced':
    '{when}, the court sentenced {sex, select, female {her} male {him} other {the political prisoner}} to {punishment}.',
  'digest.story.sentencedUndated':
    'The court sentenced {sex, select, female {her} male {him} other {the political prisoner}} to {punishment}.',
  'digest.story.court': 'The case was heard by {court}.',
  'digest.story.servedIn': 'Place where the term was served: {facility}.',
  'digest.story.released':
    '{when}, {sex, select, female {she was} male {he was} other {the political prisoner was}} released{reason, select, term_served { after serving the sentence in full} home_confinement { after trial, sentenced to home confinement} open_institution { after trial, with referral to an open-type correctional institution} other {}}.',
  'digest.story.recognised':
    '{when}, {sex, select, female {she was} male {he was} other {the person was}} recognised as a political prisoner.',
  'digest.story.source': '{count, plural, one {Source} other {Sources}}: {sources}.',
  'digest.index.title': 'Digests',
  'digest.index.intro': 'Monthly digests: releases, convictions and newly recognised political prisoners.',
  'digest.index.empty': 'No digests have been published yet.',
  'digest.kind.releases': 'Releases',
  'digest.kind.convictions': 'Convictions',
  'digest.kind.recognitions': 'Recognitions',
  'digest.published': 'Published {date}',
  'digest.feed': 'Feed (Atom)',
  'digest.feedTitle': 'Digests — {site}',
  'digest.corrected': 'Corrected {date}: this digest was revised after publication.',
  'digest.withheld': 'Part of this digest has been withdrawn since publication; a corrected version will follow.',

  'chart.dataTable': 'The numbers behind the chart',
  'chart.downloadCsv': 'Download the numbers (CSV)',
  'chart.date': 'Date',
  'chart.value': 'Number',
  'chart.label': 'Category',
  'chart.lineSummary': '{from} – {to}: at the start {first}, at the end {last}; highest {max} ({maxAt}).',
  'chart.barSummary': '{count, plural, one {# category} other {# categories}}; the largest is {label} ({value}).',
  'chart.noData': 'No data',

  'common.unknown': 'unknown',

  'term.years': '{n, plural, one {# year} other {# years}}',
  'term.months': '{n, plural, one {# month} other {# months}}',
  'term.days': '{n, plural, one {# day} other {# days}}',
  'list.two': '{a} and {b}',
  'list.three': '{a}, {b}, and {c}',
  'date.approx': 'c. {date}',
  // Public site pages (src/web/pages)
  'page.list.all': 'All',
  'page.list.title.imprisoned': 'Political prisoners now',
  'page.list.title.released': 'Released political prisoners',
  'page.list.description': 'Everyone in the registry: search by name in any spelling, filter and sort.',
  'page.list.mirrorNote':
    'This is an offline copy: search and filters work on the website; here, browse the lists page by page.',
  'page.list.order': 'Order',
  'page.person.names': 'Names in all spellings',
  'page.person.system.be-cyrl': 'Belarusian',
  'page.person.system.ru-cyrl': 'Russian',
  'page.person.system.latn': 'Latin',
  'page.person.photoCredit': 'Photo: {credit}',
  'page.person.servedSoFar': 'Time served so far',
  'page.person.servedTotal': 'Time served in total',
  'page.person.servedRange': 'between {min} and {max}',
  'page.person.between': 'between {from} and {to}',
  'page.person.expectedRelease': 'Expected release',
  'page.person.court': 'Court',
  'page.person.verdictDate': 'Verdict',
  'page.person.appeals': 'Appeals',
  'page.person.appeal.upheld': 'verdict upheld',
  'page.person.appeal.reduced': 'sentence reduced',
  'page.person.appeal.increased': 'sentence increased',
  'page.person.appeal.quashed': 'verdict quashed',
  'page.person.appeal.pending': 'pending',
  'page.person.appeal.other': 'other outcome',
  'page.person.inferred': '(date inferred)',
  'page.person.fictional': 'This is a fictional person, generated for the demonstration.',
  'page.person.description': '{name}: {status}. Case, sentence, timeline and address for letters.',
  'page.facilities.intro': 'Places of detention and how many political prisoners each holds now.',
  'page.facilities.kind': 'Type',
  'page.facilities.city': 'City',
  'page.facilities.now': 'Held now',
  'page.facilities.regime': 'Regime',
  'page.facilities.aliases': 'Also called',
  'page.facilities.letters':
    'Letters reach political prisoners at this address; write the full name and year of birth of the addressee.',
  'page.facilities.heldNow': 'Held here now',
  'page.facilities.heldBefore': 'Held here before',
  'page.facilities.description':
    '{name}: {count, plural, =0 {no political prisoners known to be held now} one {# political prisoner held now} other {# political prisoners held now}}; address for letters.',
  'page.articles.intro': 'Articles of the Criminal Code under which political prisoners are charged.',
  'page.articles.title': 'Title',
  'page.articles.persons': 'People charged',
  'page.article.charged':
    '{count, plural, one {# person charged under this article} other {# people charged under this article}}',
  'page.article.chart': 'Political prisoners charged under Article {article}, by month',
  'page.figures.intro': 'Figures as of {date}. Each chart has its numbers in a table and as a CSV file.',
  'page.figures.description':
    'Political prisoners in Belarus in numbers: over time, by month, by article, region, sex and facility.',
  'page.figures.articleBar': 'Art. {article}',
  'page.figures.chart.count': 'Political prisoners, by month',
  'page.figures.chart.detentions': 'New detentions, by month',
  'page.figures.chart.releases': 'Releases, by month',
  'page.figures.chart.region': 'Political prisoners now, by region',
  'page.figures.chart.sex': 'Political prisoners now, by sex',
  'page.figures.chart.article': 'Political prisoners now, by article',
  'page.figures.chart.facility': 'Political prisoners now, by place of detention',
  'page.upcoming.intro':
    'Projected releases from {from} to {to}, from sentences and pre-trial credit; the real dates may differ.',
  'page.upcoming.description': 'Political prisoners expected to be released soon.',
  'page.upcoming.date': 'Expected release',
  'page.birthdays.intro': 'Political prisoners held now who have a birthday this month: a letter or a card helps.',
  'page.home.latest': 'Latest',
  'page.home.releasedLastMonth':
    '{count, plural, =0 {No releases recorded in {month}.} one {# political prisoner released in {month}.} other {# political prisoners released in {month}.}}',
  'page.home.digests': 'Monthly digests',
  'page.home.allFigures': 'All figures and charts',
  'page.error.title': 'Something is wrong with this address',
  'page.error.notFound': 'Page not found',
  'page.error.notFoundText': 'There is no such page. It may have moved, or the address has a typo.',
  // Issue 12 (sitelang): genitive terms, text in another language, errors, search
  'term.gen.years': '{n, plural, one {# year} other {# years}}',
  'term.gen.months': '{n, plural, one {# month} other {# months}}',
  'term.gen.days': '{n, plural, one {# day} other {# days}}',
  'text.inLang': '{lang, select, be {in Belarusian} ru {in Russian} other {in English}}',
  'status.other.explain':
    'In the registry but not counted as a political prisoner: for example, no custody is recorded, or the person has not been recognised as a political prisoner.',
  'filter.status.other': 'Other (not counted)',
  'page.error.badFilter':
    'The value in the field “{field}” is not valid. Choose a value from the list or reset the filters.',
  'page.error.pastEnd': '{pages, plural, one {There is only # page.} other {There are only # pages.}}',
  'page.error.lastPage': 'Go to the last page',
  'home.search': 'Search by name',
  'home.searchButton': 'Search',
  // Issue 12 (sitelang, session 5): folded filters, facility releases, the mirror's name index
  'filter.summary': '{count, plural, =0 {Search and filters} other {Search and filters (# set)}}',
  'page.list.otherIntro': 'People with the status “Other”: {explain}',
  'page.facility.heldNow': 'Held here now',
  'page.facility.releasedFrom': 'Released from here',
  'page.facility.releasedNone': 'No release from this place is recorded.',
  'page.index.title': 'People by surname',
  'page.index.intro': 'This copy of the site has no search: find a person by the first letter of their surname.',
  'page.index.letter': 'Surnames starting with {letter}',
  'page.index.link': 'People by surname (A–Z)',
  'mirror.madeAt': 'This copy of the site was made on {date}; the live site may have newer data.',
  'digest.personPage': 'Page of {name}',
  // Issue 11 (bounds): the per-client rate limit
  'error.rateLimited':
    'Too many requests from your network. Please wait {seconds, plural, one {# second} other {# seconds}} and try again.',
} as const;

/** Every message key. */
export type MessageKey = keyof typeof en;
/** A catalog for one language: every key, any text. */
export type Catalog = Record<MessageKey, string>;
