/**
 * Given names that are one name across Belarusian, Russian and common Latin spellings but
 * different words (Вольга / Ольга, Яўген / Евгений, Алесь / Аляксандр), kept as data.
 * Spellings that already share a phonetic key need not be listed; listing them is harmless.
 * Each group: an id, then forms (Belarusian, Russian, variants, Latin).
 */
import { fineKey, foldKey, phoneticKey } from './keys.js';

export const GIVEN_NAME_GROUPS: ReadonlyArray<readonly [id: string, ...forms: string[]]> = [
  // male
  ['aleksandr', 'Аляксандр', 'Александр', 'Алесь', 'Alexander', 'Alexandr', 'Aleksander', 'Ales'],
  ['aleksei', 'Аляксей', 'Алексей', 'Alexey', 'Alexei', 'Aleksey', 'Aliaksei'],
  ['andrei', 'Андрэй', 'Андрей', 'Andrew', 'Andrzej'],
  ['anatoli', 'Анатоль', 'Анатолий', 'Anatol', 'Anatoly', 'Anatolii'],
  ['vasili', 'Васіль', 'Василий', 'Vasil', 'Vasily', 'Vasiliy', 'Vasilii', 'Wasil'],
  ['vitali', 'Віталь', 'Виталий', 'Vital', 'Vitaly', 'Vitalii', 'Vitaliy'],
  ['valeri', 'Валерый', 'Валерий', 'Valery', 'Valeriy', 'Valerii'],
  ['vladimir', 'Уладзімір', 'Владимир', 'Uladzimir', 'Vladimir', 'Włodzimierz'],
  ['vladislav', 'Уладзіслаў', 'Владислав', 'Uladzislau', 'Vladislav'],
  ['viacheslav', 'Вячаслаў', 'Вячеслав', 'Viachaslau', 'Vyacheslav'],
  ['gennadi', 'Генадзь', 'Геннадий', 'Henadz', 'Gennady', 'Gennadiy', 'Gennadii'],
  ['georgi', 'Георгій', 'Георгий', 'Heorhi', 'Georgy', 'George'],
  ['grigori', 'Рыгор', 'Григорий', 'Ryhor', 'Grigory', 'Grigoriy', 'Hryhory'],
  ['dmitri', 'Дзмітры', 'Дмитрий', 'Зміцер', 'Змітрок', 'Dzmitry', 'Dmitry', 'Zmitser', 'Zmicier'],
  ['denis', 'Дзяніс', 'Денис', 'Dzianis', 'Denis'],
  ['daniil', 'Данііл', 'Даниил', 'Данила', 'Daniil', 'Danila', 'Daniel'],
  ['evgeni', 'Яўген', 'Евгений', 'Yauhen', 'Yevgeny', 'Evgeny', 'Evgenii', 'Yevgeniy', 'Eugene'],
  ['igor', 'Ігар', 'Игорь', 'Ihar', 'Igor'],
  ['ilia', 'Ілля', 'Илья', 'Illia', 'Ilya', 'Ilia'],
  ['kirill', 'Кірыл', 'Кирилл', 'Kiryl', 'Kirill', 'Cyril'],
  ['konstantin', 'Канстанцін', 'Константин', 'Kanstantsin', 'Konstantin', 'Constantine'],
  ['leonid', 'Леанід', 'Леонид', 'Leanid', 'Leonid'],
  ['mikhail', 'Міхаіл', 'Михаил', 'Міхась', 'Mikhail', 'Michael', 'Mikhas', 'Michał'],
  ['nikolai', 'Мікалай', 'Николай', 'Мікола', 'Mikalai', 'Nikolai', 'Nikolay', 'Mikola', 'Nicholas'],
  ['nikita', 'Мікіта', 'Никита', 'Mikita', 'Nikita'],
  ['oleg', 'Алег', 'Олег', 'Aleh', 'Oleg'],
  ['pavel', 'Павел', 'Павал', 'Paval', 'Pavel', 'Paul', 'Paweł'],
  ['petr', 'Пётр', 'Пятро', 'Piotr', 'Petr', 'Pyotr', 'Peter', 'Piatro'],
  ['stepan', 'Сцяпан', 'Степан', 'Stsiapan', 'Stepan', 'Stefan'],
  ['sergei', 'Сяргей', 'Сергей', 'Siarhei', 'Sergey', 'Sergei', 'Serge'],
  ['stanislav', 'Станіслаў', 'Станислав', 'Stanislau', 'Stanislav'],
  ['tikhon', 'Ціхан', 'Тихон', 'Tsikhan', 'Tikhon'],
  ['fedor', 'Фёдар', 'Фёдор', 'Fiodar', 'Fedor', 'Fyodor', 'Theodore'],
  ['yuri', 'Юрый', 'Юрий', 'Юрась', 'Yury', 'Yuri', 'Yuriy', 'Iurii', 'Jury'],
  ['yaroslav', 'Яраслаў', 'Ярослав', 'Yaraslau', 'Yaroslav'],
  ['ivan', 'Іван', 'Иван', 'Янка', 'Ivan', 'Yanka', 'John'],
  ['artem', 'Арцём', 'Артём', 'Artsiom', 'Artem', 'Artyom'],
  ['maksim', 'Максім', 'Максим', 'Maksim', 'Maxim', 'Maksym'],
  ['roman', 'Раман', 'Роман', 'Raman', 'Roman'],
  ['eduard', 'Эдуард', 'Эдвард', 'Eduard', 'Edward'],
  // female
  ['olga', 'Вольга', 'Ольга', 'Volha', 'Olga', 'Olha', 'Volga'],
  ['anna', 'Ганна', 'Анна', 'Hanna', 'Anna', 'Ann', 'Hanna'],
  ['elena', 'Алена', 'Елена', 'Алёна', 'Alena', 'Elena', 'Yelena', 'Helena', 'Alyona'],
  ['tatiana', 'Тацяна', 'Татьяна', 'Таццяна', 'Tatsiana', 'Tatiana', 'Tatyana'],
  ['natalia', 'Наталля', 'Наталья', 'Наталия', 'Natallia', 'Natalia', 'Natalya', 'Natalie'],
  ['svetlana', 'Святлана', 'Светлана', 'Sviatlana', 'Svetlana'],
  ['maria', 'Марыя', 'Мария', 'Maryia', 'Maria', 'Mariya', 'Mariia', 'Mary', 'Marie'],
  ['irina', 'Ірына', 'Ирина', 'Iryna', 'Irina'],
  ['yulia', 'Юлія', 'Юлия', 'Yuliya', 'Yulia', 'Iuliia', 'Julia', 'Julija'],
  ['ekaterina', 'Кацярына', 'Екатерина', 'Katsiaryna', 'Ekaterina', 'Yekaterina', 'Katerina', 'Catherine'],
  ['valentina', 'Валянціна', 'Валентина', 'Valiantsina', 'Valentina'],
  ['liudmila', 'Людміла', 'Людмила', 'Liudmila', 'Lyudmila', 'Ludmila'],
  ['galina', 'Галіна', 'Галина', 'Halina', 'Galina'],
  ['viktoria', 'Вікторыя', 'Виктория', 'Viktoryia', 'Viktoria', 'Victoria'],
  ['daria', 'Дар’я', 'Дарья', 'Дарʼя', 'Daria', 'Darya', 'Daryia'],
  ['anastasia', 'Настасся', 'Анастасія', 'Анастасия', 'Nastassia', 'Anastasia', 'Anastasiya'],
  ['oksana', 'Аксана', 'Оксана', 'Aksana', 'Oksana'],
  ['veronika', 'Вераніка', 'Вероника', 'Veranika', 'Veronika', 'Veronica'],
  ['nadezhda', 'Надзея', 'Надежда', 'Nadzeya', 'Nadzeia', 'Nadezhda', 'Nadia'],
  ['liubov', 'Любоў', 'Любовь', 'Liubou', 'Lyubov', 'Liubov'],
  ['elizaveta', 'Лізавета', 'Елизавета', 'Lizaveta', 'Elizaveta', 'Yelizaveta', 'Elizabeth'],
  ['aleksandra', 'Аляксандра', 'Александра', 'Aliaksandra', 'Alexandra', 'Aleksandra'],
  ['ksenia', 'Ксенія', 'Ксения', 'Аксінся', 'Ksenia', 'Kseniya', 'Xenia'],
  ['zinaida', 'Зінаіда', 'Зинаида', 'Zinaida'],
  ['polina', 'Паліна', 'Полина', 'Palina', 'Polina', 'Pauline'],
];

let byKey: Map<string, string[]> | undefined;
let keysById: Map<string, string[]> | undefined;

function build(): void {
  byKey = new Map();
  keysById = new Map();
  for (const [id, ...forms] of GIVEN_NAME_GROUPS) {
    const keys = [...new Set(forms.map(phoneticKey))];
    keysById.set(id, keys);
    for (const key of keys) {
      const ids = byKey.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      byKey.set(key, ids);
    }
  }
}

/**
 * Ids of the given-name groups a word belongs to (by phonetic key); empty if none.
 *
 * @example
 * givenNameGroups('Вольга') // ['olga']
 * givenNameGroups('Olga') // ['olga']
 */
export function givenNameGroups(word: string): readonly string[] {
  return groupsOfKey(phoneticKey(word));
}

/** Group ids for an already computed phonetic key. */
export function groupsOfKey(key: string): readonly string[] {
  if (byKey === undefined) build();
  return byKey?.get(key) ?? [];
}

/** All phonetic keys of a group's forms. */
export function groupKeys(id: string): readonly string[] {
  if (keysById === undefined) build();
  return keysById?.get(id) ?? [];
}

/**
 * Letters the Belarusian and Russian forms of a group's name start with, in any script or
 * system: "U." and "V." both fit Уладзімір / Владимир. Variants and Latin forms do not count.
 */
export function groupInitials(id: string): string {
  const group = GIVEN_NAME_GROUPS.find(([g]) => g === id);
  if (group === undefined) return '';
  const letters = new Set<string>();
  for (const form of group.slice(1, 3)) {
    const fine = fineKey(form);
    letters.add(fine.charAt(0));
    letters.add(foldKey(fine).charAt(0));
  }
  return [...letters].join('');
}

/** Whether two given names are the same name: same key or a shared group. */
export function sameGivenName(a: string, b: string): boolean {
  const ka = phoneticKey(a);
  const kb = phoneticKey(b);
  if (ka === kb) return ka !== '';
  const gb = groupsOfKey(kb);
  return groupsOfKey(ka).some((g) => gb.includes(g));
}
