/**
 * Places of Belarus as sources write them: each region with its centre, in
 * Belarusian and Russian Cyrillic and the Latin spellings seen in the press.
 * Data, not code: the name index finds a place by any of these forms (and by
 * their transliterations and typos), so "Gomel", "Homieĺ" and "Гомель" meet.
 */
import type { Region } from './record.js';

export interface Place {
  /** Index id, e.g. `pl-homiel`. */
  id: string;
  region: Region;
  names: readonly string[];
}

export const PLACES: readonly Place[] = [
  { id: 'pl-brest', region: 'brest', names: ['Брэст', 'Брест', 'Brest', 'Берасце'] },
  { id: 'pl-homiel', region: 'homiel', names: ['Гомель', 'Homieĺ', 'Homiel', 'Homel', 'Gomel'] },
  { id: 'pl-hrodna', region: 'hrodna', names: ['Гродна', 'Гродно', 'Hrodna', 'Grodno'] },
  {
    id: 'pl-mahiliou',
    region: 'mahiliou',
    names: ['Магілёў', 'Могилёв', 'Могилев', 'Mahilioŭ', 'Mahiliou', 'Mogilev', 'Mogilyov'],
  },
  { id: 'pl-minsk', region: 'minsk-city', names: ['Мінск', 'Минск', 'Minsk', 'Miensk'] },
  { id: 'pl-viciebsk', region: 'viciebsk', names: ['Віцебск', 'Витебск', 'Viciebsk', 'Vitsebsk', 'Vitebsk'] },
];
