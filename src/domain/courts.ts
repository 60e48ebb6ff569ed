/**
 * The court catalogue (reference data, seeded like the article catalogue): the courts the
 * demo and the generator name, with their names in Belarusian, Russian and English, so
 * that a page in any language names the court in that language. Staff may add courts;
 * a case names one by `courtId` (and may keep the name as a source wrote it in `court`).
 */
import type { Court, Localized } from './record.js';

function court(id: string, be: string, ru: string, en: string, city?: Localized): Court {
  return { id, name: { be, ru, en }, ...(city ? { city } : {}) };
}

const MINSK = { be: 'Мінск', ru: 'Минск', en: 'Minsk' };

export const COURTS: readonly Court[] = [
  court(
    'ct-minsk-saviecki',
    'Суд Савецкага раёна г. Мінска',
    'Суд Советского района г. Минска',
    'Court of the Saviecki District of Minsk',
    MINSK,
  ),
  court(
    'ct-minsk-maskouski',
    'Суд Маскоўскага раёна г. Мінска',
    'Суд Московского района г. Минска',
    'Court of the Maskoŭski District of Minsk',
    MINSK,
  ),
  court('ct-minsk-city', 'Мінскі гарадскі суд', 'Минский городской суд', 'Minsk City Court', MINSK),
  court('ct-minsk-regional', 'Мінскі абласны суд', 'Минский областной суд', 'Minsk Regional Court'),
  court('ct-barysau', 'Суд Барысаўскага раёна', 'Суд Борисовского района', 'Court of the Barysaŭ District'),
  court(
    'ct-brest-leninski',
    'Суд Ленінскага раёна г. Брэста',
    'Суд Ленинского района г. Бреста',
    'Court of the Leninski District of Brest',
  ),
  court('ct-brest-regional', 'Брэсцкі абласны суд', 'Брестский областной суд', 'Brest Regional Court'),
  court(
    'ct-homiel-centralny',
    'Суд Цэнтральнага раёна г. Гомеля',
    'Суд Центрального района г. Гомеля',
    'Court of the Centraĺny District of Homieĺ',
  ),
  court('ct-homiel-regional', 'Гомельскі абласны суд', 'Гомельский областной суд', 'Homieĺ Regional Court'),
  court(
    'ct-hrodna-leninski',
    'Суд Ленінскага раёна г. Гродна',
    'Суд Ленинского района г. Гродно',
    'Court of the Leninski District of Hrodna',
  ),
  court('ct-hrodna-regional', 'Гродзенскі абласны суд', 'Гродненский областной суд', 'Hrodna Regional Court'),
  court(
    'ct-viciebsk-kastrycnicki',
    'Суд Кастрычніцкага раёна г. Віцебска',
    'Суд Октябрьского района г. Витебска',
    'Court of the Kastryčnicki District of Viciebsk',
  ),
  court('ct-viciebsk-regional', 'Віцебскі абласны суд', 'Витебский областной суд', 'Viciebsk Regional Court'),
  court(
    'ct-babrujsk',
    'Суд Бабруйскага раёна і г. Бабруйска',
    'Суд Бобруйского района и г. Бобруйска',
    'Court of the Babrujsk District and the City of Babrujsk',
  ),
  court('ct-mahiliou-regional', 'Магілёўскі абласны суд', 'Могилёвский областной суд', 'Mahilioŭ Regional Court'),
  court('ct-supreme', 'Вярхоўны суд', 'Верховный суд', 'Supreme Court'),
];

/**
 * A court of the catalogue by id.
 * @example courtById('ct-babrujsk')?.name.be // 'Суд Бабруйскага раёна і г. Бабруйска'
 */
export function courtById(id: string): Court | undefined {
  return COURTS.find((c) => c.id === id);
}
