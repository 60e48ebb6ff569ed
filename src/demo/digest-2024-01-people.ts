/**
 * The five people of the example digest (`digest-2024-01.txt`), as written.
 * Every statement of the digest is kept: as a field, an event, a case, or a note
 * on the event it belongs to. See `digest-2024-01.ts` for the corrections.
 */
import { inferredDetentionEvent } from '../domain/inference.js';
import type { Event, Person } from '../domain/record.js';
import {
  BREST_VIASNA,
  D,
  DIGEST,
  DIGEST_SOURCE_ID,
  TIKTOK,
  deprivation,
  en,
  event,
  name,
  person,
  reDetentionTwoDaysAfter,
  recognition,
} from './digest-2024-01-kit.js';

function mikhniuk(): Person {
  const day = DIGEST.mikhniukDetentionAsWritten;
  return person({
    id: 'p-mikhniuk',
    names: [
      name('Mikhniuk', 'Zinaida', 'be-latn-passport', true),
      name('Міхнюк', 'Зінаіда', 'be-cyrl', true),
      name('Михнюк', 'Зинаида', 'ru-cyrl', true),
    ],
    sex: 'female',
    region: 'brest',
    occupation: en('trade union activist'),
    biography: en(
      'Trade union activist. Accused of insulting Lukashenka, sentenced in May 2022 to two years in a penal colony; served her term in Homieĺ colony No. 4 and was released on 29 January 2024.',
    ),
    cases: [
      deprivation(
        'c-mikhniuk-1',
        [{ article: '368', part: 1 }],
        '2022-05',
        { years: 2, months: 0 },
        {
          note: 'Accused of insulting Lukashenka.',
        },
      ),
    ],
    events: [
      event('e-mikhniuk-search', 'search', day, { note: en('Searches of her home and office.') }),
      event('e-mikhniuk-detention', 'detention', day, { note: en('Detained after searches of her home and office.') }),
      event('e-mikhniuk-sizo', 'pretrial_placement', day, {
        facilityId: 'f-sizo-7-brest',
        inferred: {
          rule: 'same-as-detention',
          reasoning: `the digest says she was kept in SIZO No. 7 after her detention on ${day}; the day of placement is not stated`,
        },
      }),
      event('e-mikhniuk-verdict', 'verdict', '2022-05', { caseId: 'c-mikhniuk-1' }),
      event('e-mikhniuk-release', 'release', '2024-01-29', {
        facilityId: 'f-ik-4-homiel',
        releaseReason: 'term_served',
        statedTimeServed: { years: 1, months: 10, days: 4 },
        sourceIds: [BREST_VIASNA, DIGEST_SOURCE_ID],
        note: en('Released after fully serving her sentence in Homieĺ colony No. 4 (Brest Viasna).'),
      }),
      recognition('mikhniuk'),
    ],
    internalNote: 'Region read from the digest (SIZO No. 7 Brest, reported by Brest Viasna); not stated outright.',
  });
}

function bialiauski(): Person {
  const release = event('e-bialiauski-release', 'release', '2024-01-05', {
    facilityId: 'f-ik-3-viciebsk',
    releaseReason: 'term_served',
    statedTimeServed: { years: 1, months: 8, days: 8 },
    sourceIds: [DIGEST_SOURCE_ID, TIKTOK],
    note: en('Released from Viciebsk colony No. 3; a video from the day of his release appeared on TikTok.'),
  });
  const detention: Event = {
    ...inferredDetentionEvent(release, 'e-bialiauski-detention'),
    sourceIds: D,
    note: en(
      'Arrested at work, in his own bicycle shop; his minor son was also taken away, then released and given to his grandparents. After the detention the Main Directorate for Combating Organized Crime and Corruption (GUBOPiK) took over his TikTok account.',
    ),
  };
  return person({
    id: 'p-bialiauski',
    names: [
      name('Bialiauski', 'Andrei', 'be-latn-passport', true),
      name('Bialiauski', 'Andrey', 'latn'),
      name('Бяляўскі', 'Андрэй', 'be-cyrl', true),
      name('Белявский', 'Андрей', 'ru-cyrl', true),
    ],
    sex: 'male',
    region: 'mahiliou',
    occupation: en('TikTok blogger; owner of a bicycle shop'),
    biography: en(
      'TikTok blogger. Sentenced on 22 August 2022 by the Court of the Babrujsk District and the City of Babrujsk to two years in a general security penal colony for two TikTok videos "with insults against Lukashenka"; released from Viciebsk colony No. 3 on 5 January 2024.',
    ),
    cases: [
      deprivation(
        'c-bialiauski-1',
        [{ article: '368' }],
        '2022-08-22',
        { years: 2, months: 0 },
        {
          court: 'Court of the Babrujsk District and the City of Babrujsk',
          regime: 'general',
          note: 'According to the prosecution, he "posted two videos on Tik-Tok social media with insults against Lukashenka".',
        },
      ),
    ],
    events: [
      detention,
      event('e-bialiauski-verdict', 'verdict', '2022-08-22', { caseId: 'c-bialiauski-1' }),
      release,
      recognition('bialiauski'),
    ],
    internalNote:
      'Region read from the court (Babrujsk, Mahilioŭ region); not stated outright. The digest spells him both Andrei and Andrey.',
  });
}

function babich(): Person {
  const release = event('e-babich-release', 'release', '2024-01-09', {
    facilityId: 'f-ik-3-viciebsk',
    releaseReason: 'term_served',
    statedTimeServed: { years: 3, months: 3, days: 19 },
    sourceIds: [BREST_VIASNA, DIGEST_SOURCE_ID],
    note: en('Released after serving his sentence in Viciebsk colony No. 3 (Brest Viasna).'),
  });
  return person({
    id: 'p-babich',
    names: [
      name('Babich', 'Aliaksandr', 'be-latn-passport', true),
      name('Бабіч', 'Аляксандр', 'be-cyrl', true),
      name('Бабич', 'Александр', 'ru-cyrl', true),
    ],
    sex: 'male',
    region: 'brest',
    biography: en(
      'Brest resident. Accused of resisting a police officer (he allegedly kicked a riot policeman twice); sentenced in December 2020 to three and a half years in a penal colony, served in Viciebsk colony No. 3; released on 9 January 2024.',
    ),
    cases: [
      deprivation(
        'c-babich-1',
        [{ article: '363' }],
        '2020-12',
        { years: 3, months: 6 },
        {
          note: 'Resistance to an employee of the internal affairs bodies: he allegedly kicked a riot policeman twice; according to the case materials this inflicted "physical pain and moral suffering" on security officer Rusilau.',
        },
      ),
    ],
    events: [
      inferredDetentionEvent(release, 'e-babich-detention'),
      event('e-babich-verdict', 'verdict', '2020-12', { caseId: 'c-babich-1' }),
      release,
      recognition('babich'),
    ],
  });
}

function luchynovich(): Person {
  return person({
    id: 'p-luchynovich',
    names: [
      name('Luchynovich', 'Aliaksandr', 'be-latn-passport', true),
      name('Лучыновіч', 'Аляксандр', 'be-cyrl', true),
      name('Лучинович', 'Александр', 'ru-cyrl', true),
    ],
    sex: 'male',
    region: 'homiel',
    occupation: en('train conductor (Homieĺ branch of the Belarusian Railway)'),
    biography: en(
      'Train conductor from Homieĺ. Detained at work on 31 March 2022, first given an administrative arrest, then re-detained in a criminal case for sending photos of Russian military equipment to the Belaruski Hayun Telegram channel. Sentenced in July 2022 to two years; released from Mahilioŭ colony No. 15 on 13 January 2024.',
    ),
    cases: [
      deprivation(
        'c-luchynovich-1',
        [{ article: '361-4', part: 1 }],
        '2022-07',
        { years: 2, months: 0 },
        {
          note: 'Assistance to extremist activities: he sent photos of Russian military equipment to the Belaruski Hayun Telegram channel.',
        },
      ),
    ],
    events: [
      event('e-luchynovich-detention', 'detention', '2022-03-31', {
        note: en('Detained at work in the Homieĺ branch of the Belarusian Railway.'),
      }),
      event('e-luchynovich-admin-arrest', 'administrative_arrest', '2022-03-31', {
        inferred: {
          rule: 'same-as-detention',
          reasoning:
            'the digest says he was first sentenced to administrative arrest after the detention on 2022-03-31; the day is not stated',
        },
      }),
      event('e-luchynovich-re-detention', 're_detention', '~2022-04', {
        caseId: 'c-luchynovich-1',
        inferred: {
          rule: 'administrative-arrest-length',
          reasoning:
            'an administrative arrest lasts days, so the re-detention in the criminal case after the arrest of 2022-03-31 was about April 2022; the digest gives no date',
        },
      }),
      event('e-luchynovich-verdict', 'verdict', '2022-07', { caseId: 'c-luchynovich-1' }),
      event('e-luchynovich-release', 'release', '2024-01-13', {
        facilityId: 'f-ik-15-mahiliou',
        releaseReason: 'term_served',
        statedTimeServed: { years: 1, months: 9, days: 13 },
        note: en('Released from Mahilioŭ colony No. 15.'),
      }),
      recognition('luchynovich'),
    ],
  });
}

function takarchuk(): Person {
  const release = event('e-takarchuk-release', 'release', '2024-05-06', {
    facilityId: 'f-ik-15-mahiliou',
    releaseReason: 'term_served',
    statedTimeServed: { years: 3, months: 3, days: 22 },
    note: en('Served his term in Mahilioŭ colony No. 15; "released on May 6" as the digest writes.'),
  });
  const detention: Event = {
    ...inferredDetentionEvent(release, 'e-takarchuk-detention'),
    note: en(
      'Brutally detained at the March of Heroes on Meĺnikajte Street while, in his words, trying to help people who had fallen in the panic; his head had to be sutured in hospital.',
    ),
  };
  return person({
    id: 'p-takarchuk',
    names: [name('Takarchuk', 'Artsiom', 'be-latn-passport', true), name('Такарчук', 'Арцём', 'be-cyrl', true)],
    sex: 'male',
    region: 'minsk-city',
    occupation: en('architect'),
    biography: en(
      'Architect from Minsk. Sentenced in November 2020 to three and a half years in a penal colony for resisting a soldier at the March of Heroes; served his term in Mahilioŭ colony No. 15.',
    ),
    cases: [
      deprivation(
        'c-takarchuk-1',
        [{ article: '363', part: 2 }],
        '2020-11',
        { years: 3, months: 6 },
        {
          note: 'Resisting a soldier at the March of Heroes.',
        },
      ),
    ],
    events: [
      detention,
      reDetentionTwoDaysAfter(
        event('e-takarchuk-re-detention', 're_detention', detention.date, {
          caseId: 'c-takarchuk-1',
          note: en(
            'Detained again two days later in the criminal case; taken from the Investigative Committee to hospital with a concussion, a closed craniocerebral injury and numerous bruises.',
          ),
        }),
        detention,
      ),
      event('e-takarchuk-verdict', 'verdict', '2020-11', { caseId: 'c-takarchuk-1' }),
      release,
      recognition('takarchuk'),
    ],
  });
}

export const PERSONS_AS_WRITTEN: readonly Person[] = [mikhniuk(), bialiauski(), babich(), luchynovich(), takarchuk()];
