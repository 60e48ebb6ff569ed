/**
 * Reference data kept as data, not code: Criminal Code articles seen in political
 * cases, and the dated ratios for crediting pre-trial detention (Art. 75).
 *
 * English titles follow how monitors render them (domain-notes.md). Belarusian
 * and Russian titles are the project's best rendering of the Code's headings and
 * should be checked against the official text before publication.
 */
import type { Article, Charge, CreditRatio, Lang } from './record.js';

const a = (code: string, en: string, be: string, ru: string): Article => ({ code, title: { en, be, ru } });

export const CRIMINAL_CODE_ARTICLES: Article[] = [
  a(
    '130',
    'Incitement of racial, national, religious or other social hatred',
    'Распальванне расавай, нацыянальнай, рэлігійнай або іншай сацыяльнай варожасці або розні',
    'Разжигание расовой, национальной, религиозной либо иной социальной вражды или розни',
  ),
  a(
    '203-1',
    'Illegal actions with information on private life and personal data',
    'Незаконныя дзеянні ў дачыненні да інфармацыі аб прыватным жыцці і персанальных даных',
    'Незаконные действия в отношении информации о частной жизни и персональных данных',
  ),
  a('293', 'Mass riots', 'Масавыя беспарадкі', 'Массовые беспорядки'),
  a('339', 'Hooliganism', 'Хуліганства', 'Хулиганство'),
  a(
    '342',
    'Organisation of, or active participation in, group actions grossly violating public order',
    'Арганізацыя і падрыхтоўка дзеянняў, якія груба парушаюць грамадскі парадак, або актыўны ўдзел у іх',
    'Организация и подготовка действий, грубо нарушающих общественный порядок, либо активное участие в них',
  ),
  a('356', 'High treason', 'Здрада дзяржаве', 'Измена государству'),
  a(
    '361',
    'Calls for actions harming national security',
    'Заклікі да дзеянняў, накіраваных на прычыненне шкоды нацыянальнай бяспецы',
    'Призывы к действиям, направленным на причинение вреда национальной безопасности',
  ),
  a(
    '361-1',
    'Creation of or participation in an extremist formation',
    'Стварэнне экстрэмісцкага фарміравання або ўдзел у ім',
    'Создание экстремистского формирования либо участие в нем',
  ),
  a(
    '361-2',
    'Financing of extremist activity',
    'Фінансаванне экстрэмісцкай дзейнасці',
    'Финансирование экстремистской деятельности',
  ),
  a(
    '361-4',
    'Facilitating extremist activity',
    'Садзейнічанне экстрэмісцкай дзейнасці',
    'Содействие экстремистской деятельности',
  ),
  a(
    '363',
    'Resistance to a police officer',
    'Супраціўленне супрацоўніку органаў унутраных спраў або іншай асобе, якія ахоўваюць грамадскі парадак',
    'Сопротивление сотруднику органов внутренних дел или иному лицу, охраняющим общественный порядок',
  ),
  a(
    '364',
    'Violence or threat of violence against a police officer',
    'Гвалт або пагроза прымянення гвалту ў дачыненні да супрацоўніка органаў унутраных спраў',
    'Насилие либо угроза применения насилия в отношении сотрудника органов внутренних дел',
  ),
  a(
    '367',
    'Defamation of the President',
    'Паклёп у дачыненні да Прэзідэнта Рэспублікі Беларусь',
    'Клевета в отношении Президента Республики Беларусь',
  ),
  a(
    '368',
    'Insulting the President',
    'Абраза Прэзідэнта Рэспублікі Беларусь',
    'Оскорбление Президента Республики Беларусь',
  ),
  a('369', 'Insulting a government official', 'Абраза прадстаўніка ўлады', 'Оскорбление представителя власти'),
  a(
    '369-1',
    'Discrediting the Republic of Belarus',
    'Дыскрэдытацыя Рэспублікі Беларусь',
    'Дискредитация Республики Беларусь',
  ),
  a(
    '370',
    'Desecration of state symbols',
    'Знявага дзяржаўных сімвалаў',
    'Надругательство над государственными символами',
  ),
  a(
    '411',
    'Malicious disobedience to the administration of a correctional institution',
    'Злоснае непадпарадкаванне патрабаванням адміністрацыі папраўчай установы',
    'Злостное неповиновение требованиям администрации исправительного учреждения',
  ),
];

/** Articles whose English rendering is marked unverified in the domain notes. */
export const UNVERIFIED_ARTICLE_CODES: readonly string[] = ['356', '361'];

/** The Criminal Code of 1999 took effect on this day; ratios before it are out of scope. */
const CODE_IN_FORCE = '2001-01-01';
const LAW_112Z = '2021-06-19';

/**
 * Pre-trial detention credit (Art. 75) as dated data: one SIZO day counts as
 * `ratio` days of the punishment for verdicts in [from, to).
 */
export const CREDIT_RATIOS: CreditRatio[] = [
  {
    from: CODE_IN_FORCE,
    to: LAW_112Z,
    punishment: 'deprivation_of_liberty',
    regimes: ['general', 'strengthened'],
    ratio: 1,
    basis: 'Art. 75 of the Criminal Code before Law No. 112-Z: one day of pre-trial detention = one day',
    verified: true,
  },
  {
    from: LAW_112Z,
    punishment: 'deprivation_of_liberty',
    regimes: ['general', 'strengthened'],
    ratio: 1.5,
    basis: 'Art. 75 as amended by Law No. 112-Z of 2021-05-26 (in force 2021-06-19): one day = 1.5 days',
    verified: true,
  },
  {
    from: CODE_IN_FORCE,
    punishment: 'deprivation_of_liberty',
    regimes: ['strict', 'special', 'prison'],
    ratio: 1,
    basis: 'Art. 75: one day of pre-trial detention = one day in a strict- or special-regime colony or prison',
    verified: false,
  },
  {
    from: CODE_IN_FORCE,
    punishment: 'restriction_of_freedom',
    ratio: 2,
    basis: 'Art. 75: one day of pre-trial detention = two days of restriction of freedom',
    verified: false,
  },
];

const PART_LABEL: Record<Lang, (part: number, article: string) => string> = {
  en: (part, article) => `Part ${part} of Article ${article}`,
  be: (part, article) => `ч. ${part} арт. ${article}`,
  ru: (part, article) => `ч. ${part} ст. ${article}`,
};
const ARTICLE_LABEL: Record<Lang, (article: string) => string> = {
  en: (article) => `Article ${article}`,
  be: (article) => `арт. ${article}`,
  ru: (article) => `ст. ${article}`,
};

/**
 * A charge as monitors write it.
 *
 * @example
 * formatCharge({ article: '368', part: 1 }, 'en'); // 'Part 1 of Article 368'
 * formatCharge({ article: '361-4' }, 'ru'); // 'ст. 361-4'
 */
export function formatCharge(charge: Charge, lang: Lang): string {
  return charge.part === undefined
    ? ARTICLE_LABEL[lang](charge.article)
    : PART_LABEL[lang](charge.part, charge.article);
}

/**
 * The title of an article in a language, falling back to English, then to the bare
 * reference ("Article 999") for an article not in the table.
 */
export function articleTitle(code: string, lang: Lang, articles: readonly Article[] = CRIMINAL_CODE_ARTICLES): string {
  const found = articles.find((x) => x.code === code);
  return found?.title[lang] ?? found?.title.en ?? ARTICLE_LABEL[lang](code);
}
