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
  event,
  name,
  person,
  reDetentionTwoDaysAfter,
  recognition,
  tri,
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
    occupation: tri('trade union activist', 'прафсаюзная актывістка', 'профсоюзная активистка'),
    biography: tri(
      'Trade union activist. Accused of insulting Lukashenka, sentenced in May 2022 to two years in a penal colony; served her term in Homieĺ colony No. 4 and was released on 29 January 2024.',
      'Прафсаюзная актывістка. Абвінавачаная ў абразе Лукашэнкі, у траўні 2022 г. асуджаная да двух гадоў калоніі; адбывала тэрмін у Гомельскай калоніі № 4, вызваленая 29 студзеня 2024 г.',
      'Профсоюзная активистка. Обвинена в оскорблении Лукашенко, в мае 2022 г. осуждена на два года колонии; отбывала срок в Гомельской колонии № 4, освобождена 29 января 2024 г.',
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
      event('e-mikhniuk-search', 'search', day, {
        note: tri('Searches of her home and office.', 'Ператрусы дома і ў офісе.', 'Обыски дома и в офисе.'),
      }),
      event('e-mikhniuk-detention', 'detention', day, {
        note: tri(
          'Detained after searches of her home and office.',
          'Затрыманая пасля ператрусаў дома і ў офісе.',
          'Задержана после обысков дома и в офисе.',
        ),
      }),
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
        note: tri(
          'Released after fully serving her sentence in Homieĺ colony No. 4 (Brest Viasna).',
          'Вызваленая, цалкам адбыўшы тэрмін у Гомельскай калоніі № 4 (Брэсцкая «Вясна»).',
          'Освобождена, полностью отбыв срок в Гомельской колонии № 4 (Брестская «Весна»).',
        ),
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
    note: tri(
      'Released from Viciebsk colony No. 3; a video from the day of his release appeared on TikTok.',
      "Вызвалены з Віцебскай калоніі № 3; відэа з дня вызвалення з'явілася ў TikTok.",
      'Освобождён из Витебской колонии № 3; видео со дня освобождения появилось в TikTok.',
    ),
  });
  const detention: Event = {
    ...inferredDetentionEvent(release, 'e-bialiauski-detention'),
    sourceIds: D,
    note: tri(
      'Arrested at work, in his own bicycle shop; his minor son was also taken away, then released and given to his grandparents. After the detention the Main Directorate for Combating Organized Crime and Corruption (GUBOPiK) took over his TikTok account.',
      'Затрыманы на працы, у сваёй веласіпеднай майстэрні; забралі і непаўналетняга сына, потым адпусцілі і аддалі бабулі з дзядулем. Пасля затрымання ГУБАЗіК забраў ягоны акаўнт у TikTok.',
      'Задержан на работе, в своей велосипедной мастерской; забрали и несовершеннолетнего сына, затем отпустили и отдали бабушке с дедушкой. После задержания ГУБОПиК забрал его аккаунт в TikTok.',
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
    occupation: tri(
      'TikTok blogger; owner of a bicycle shop',
      'TikTok-блогер; уладальнік веласіпеднай майстэрні',
      'TikTok-блогер; владелец велосипедной мастерской',
    ),
    biography: tri(
      'TikTok blogger. Sentenced on 22 August 2022 by the Court of the Babrujsk District and the City of Babrujsk to two years in a general security penal colony for two TikTok videos "with insults against Lukashenka"; released from Viciebsk colony No. 3 on 5 January 2024.',
      'TikTok-блогер. 22 жніўня 2022 г. суд Бабруйскага раёна і г. Бабруйска асудзіў яго да двух гадоў калоніі агульнага рэжыму за два відэа ў TikTok «з абразамі Лукашэнкі»; вызвалены з Віцебскай калоніі № 3 5 студзеня 2024 г.',
      'TikTok-блогер. 22 августа 2022 г. суд Бобруйского района и г. Бобруйска осудил его на два года колонии общего режима за два видео в TikTok «с оскорблениями Лукашенко»; освобождён из Витебской колонии № 3 5 января 2024 г.',
    ),
    cases: [
      deprivation(
        'c-bialiauski-1',
        [{ article: '368' }],
        '2022-08-22',
        { years: 2, months: 0 },
        {
          courtId: 'ct-babrujsk',
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
    note: tri(
      'Released after serving his sentence in Viciebsk colony No. 3 (Brest Viasna).',
      'Вызвалены, адбыўшы тэрмін у Віцебскай калоніі № 3 (Брэсцкая «Вясна»).',
      'Освобождён, отбыв срок в Витебской колонии № 3 (Брестская «Весна»).',
    ),
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
    biography: tri(
      'Brest resident. Accused of resisting a police officer (he allegedly kicked a riot policeman twice); sentenced in December 2020 to three and a half years in a penal colony, served in Viciebsk colony No. 3; released on 9 January 2024.',
      'Жыхар Брэста. Абвінавачаны ў супраціве міліцыянту (нібыта двойчы ўдарыў нагой амапаўца); у снежні 2020 г. асуджаны да трох з паловай гадоў калоніі, адбываў тэрмін у Віцебскай калоніі № 3; вызвалены 9 студзеня 2024 г.',
      'Житель Бреста. Обвинён в сопротивлении милиционеру (якобы дважды ударил ногой омоновца); в декабре 2020 г. осуждён на три с половиной года колонии, отбывал срок в Витебской колонии № 3; освобождён 9 января 2024 г.',
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
    occupation: tri(
      'train conductor (Homieĺ branch of the Belarusian Railway)',
      'праваднік (Гомельскае аддзяленне Беларускай чыгункі)',
      'проводник (Гомельское отделение Белорусской железной дороги)',
    ),
    biography: tri(
      'Train conductor from Homieĺ. Detained at work on 31 March 2022, first given an administrative arrest, then re-detained in a criminal case for sending photos of Russian military equipment to the Belaruski Hayun Telegram channel. Sentenced in July 2022 to two years; released from Mahilioŭ colony No. 15 on 13 January 2024.',
      'Праваднік з Гомеля. Затрыманы на працы 31 сакавіка 2022 г., спачатку атрымаў адміністрацыйны арышт, потым зноў затрыманы па крымінальнай справе за фота расійскай вайсковай тэхнікі, дасланыя ў Telegram-канал «Беларускі Гаюн». У ліпені 2022 г. асуджаны да двух гадоў; вызвалены з Магілёўскай калоніі № 15 13 студзеня 2024 г.',
      'Проводник из Гомеля. Задержан на работе 31 марта 2022 г., сначала получил административный арест, затем снова задержан по уголовному делу за фото российской военной техники, отправленные в Telegram-канал «Беларускі Гаюн». В июле 2022 г. осуждён на два года; освобождён из Могилёвской колонии № 15 13 января 2024 г.',
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
        note: tri(
          'Detained at work in the Homieĺ branch of the Belarusian Railway.',
          'Затрыманы на працы ў Гомельскім аддзяленні Беларускай чыгункі.',
          'Задержан на работе в Гомельском отделении Белорусской железной дороги.',
        ),
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
        note: tri(
          'Released from Mahilioŭ colony No. 15.',
          'Вызвалены з Магілёўскай калоніі № 15.',
          'Освобождён из Могилёвской колонии № 15.',
        ),
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
    note: tri(
      'Served his term in Mahilioŭ colony No. 15; "released on May 6" as the digest writes.',
      'Адбываў тэрмін у Магілёўскай калоніі № 15; «вызвалены 6 траўня», як піша дайджэст.',
      'Отбывал срок в Могилёвской колонии № 15; «освобождён 6 мая», как пишет дайджест.',
    ),
  });
  const detention: Event = {
    ...inferredDetentionEvent(release, 'e-takarchuk-detention'),
    note: tri(
      'Brutally detained at the March of Heroes on Meĺnikajte Street while, in his words, trying to help people who had fallen in the panic; his head had to be sutured in hospital.',
      'Жорстка затрыманы на Маршы герояў на вуліцы Мельнікайтэ, калі, па ягоных словах, спрабаваў дапамагчы людзям, што ўпалі ў паніцы; у бальніцы яму зашывалі галаву.',
      'Жёстко задержан на Марше героев на улице Мельникайте, когда, по его словам, пытался помочь людям, упавшим в панике; в больнице ему зашивали голову.',
    ),
  };
  return person({
    id: 'p-takarchuk',
    names: [name('Takarchuk', 'Artsiom', 'be-latn-passport', true), name('Такарчук', 'Арцём', 'be-cyrl', true)],
    sex: 'male',
    region: 'minsk-city',
    occupation: tri('architect', 'архітэктар', 'архитектор'),
    biography: tri(
      'Architect from Minsk. Sentenced in November 2020 to three and a half years in a penal colony for resisting a soldier at the March of Heroes; served his term in Mahilioŭ colony No. 15.',
      'Архітэктар з Мінска. У лістападзе 2020 г. асуджаны да трох з паловай гадоў калоніі за супраціў вайскоўцу на Маршы герояў; адбываў тэрмін у Магілёўскай калоніі № 15.',
      'Архитектор из Минска. В ноябре 2020 г. осуждён на три с половиной года колонии за сопротивление военнослужащему на Марше героев; отбывал срок в Могилёвской колонии № 15.',
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
          note: tri(
            'Detained again two days later in the criminal case; taken from the Investigative Committee to hospital with a concussion, a closed craniocerebral injury and numerous bruises.',
            'Праз два дні зноў затрыманы па крымінальнай справе; са Следчага камітэта яго адвезлі ў бальніцу са страсеннем мозгу, закрытай чэрапна-мазгавой траўмай і шматлікімі сінякамі.',
            'Через два дня снова задержан по уголовному делу; из Следственного комитета его увезли в больницу с сотрясением мозга, закрытой черепно-мозговой травмой и многочисленными ушибами.',
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
