/**
 * Search evaluation set: persons with their Belarusian and Russian Cyrillic forms, plus
 * hand-written queries as the press and passports spell them. Used by scripts/eval-search.ts.
 * Names are of public figures from monitoring reports and of fictional people.
 */
export interface EvalPerson {
  id: string;
  be: { family: string; given: string; patronymic?: string };
  ru: { family: string; given: string; patronymic?: string };
  /** Queries written by hand: English press, passports, variants, mistakes. */
  extra: string[];
}

const p = (
  id: string,
  be: [family: string, given: string, patronymic?: string],
  ru: [family: string, given: string, patronymic?: string],
  extra: string[] = [],
): EvalPerson => ({
  id,
  be: { family: be[0], given: be[1], ...(be[2] ? { patronymic: be[2] } : {}) },
  ru: { family: ru[0], given: ru[1], ...(ru[2] ? { patronymic: ru[2] } : {}) },
  extra,
});

export const EVAL_PERSONS: EvalPerson[] = [
  p(
    'p-t1',
    ['Лучыновіч', 'Аляксандр', 'Іванавіч'],
    ['Лучинович', 'Александр', 'Иванович'],
    ['Alexander Luchinovich', 'Luchinovich Alexandr'],
  ),
  p(
    'p-t2',
    ['Бяляўскі', 'Андрэй'],
    ['Белявский', 'Андрей'],
    ['Andrei Bialiauski', 'Andrey Bialiauski', 'Andrey Belyavsky', 'Andrew Belyavskiy'],
  ),
  p('p-t3', ['Такарчук', 'Арцём'], ['Токарчук', 'Артём'], ['Artyom Tokarchuk', 'Artem Takarchuk']),
  p('p-t4', ['Міхнюк', 'Зінаіда'], ['Михнюк', 'Зинаида'], ['Zinaida Mikhnyuk', 'Zinaïda Mikhniouk']),
  p(
    'p-t5',
    ['Бабіч', 'Аляксандр', 'Пятровіч'],
    ['Бабич', 'Александр', 'Петрович'],
    ['Aleksandr Babich', 'Babich A. P.'],
  ),
  p('p-t6', ['Кавалькова', 'Вольга'], ['Ковалькова', 'Ольга'], ['Olga Kovalkova', 'Volha Kavalkova', 'Olha Kovalkova']),
  p(
    'p-t7',
    ['Фурманаў', 'Дзмітры'],
    ['Фурманов', 'Дмитрий'],
    ['Dmitry Furmanov', 'Dzmitry Furmanau', 'Dmitri Fourmanov'],
  ),
  p(
    'p-t8',
    ['Цярэшчанка', 'Сяргей'],
    ['Терещенко', 'Сергей'],
    ['Sergei Tereshchenko', 'Siarhei Tsiareshchanka', 'Serhiy Tereshchenko'],
  ),
  p(
    'p-t9',
    ['Няфёдаў', 'Уладзімір'],
    ['Нефёдов', 'Владимир'],
    ['Vladimir Nefedov', 'Uladzimir Niafiodau', 'Vladimir Nefyodov'],
  ),
  p(
    'p-t10',
    ['Гуцаловіч', 'Яўген'],
    ['Гуцалович', 'Евгений'],
    ['Yevgeny Gutsalovich', 'Eugene Hutsalovich', 'Yauhen Hutsalovich'],
  ),
  p(
    'p-t11',
    ['Статкевіч', 'Мікалай'],
    ['Статкевич', 'Николай'],
    ['Nikolai Statkevich', 'Mikalai Statkevich', 'Mikola Statkevič'],
  ),
  p('p-t12', ['Шапуцька', 'Ганна'], ['Шапутько', 'Анна'], ['Anna Shaputko', 'Hanna Shaputska']),
  p('p-t13', ['Гнаўк', 'Алена'], ['Гновк', 'Елена'], ['Elena Gnovk', 'Alena Hnauk']),
  p('p-t14', ['Васілеўская', 'Тацяна'], ['Василевская', 'Татьяна'], ['Tatiana Vasilevskaya', 'Tatsiana Vasileuskaya']),
  p('p-t15', ['Лосік', 'Ігар'], ['Лосик', 'Игорь'], ['Ihar Losik', 'Igor Losik']),
  p(
    'p-t16',
    ['Калеснікава', 'Марыя', 'Аляксандраўна'],
    ['Колесникова', 'Мария', 'Александровна'],
    ['Maria Kolesnikova', 'Maryia Kalesnikava', 'Kolesnikova M.'],
  ),
  p(
    'p-t17',
    ['Шарэнда-Панасюк', 'Паліна'],
    ['Шаренда-Панасюк', 'Полина'],
    ['Polina Sharenda-Panasyuk', 'Palina Sharenda-Panasiuk', 'Sharenda Panasiuk'],
  ),
  p(
    'p-t18',
    ['Андрэева', 'Кацярына'],
    ['Андреева', 'Екатерина'],
    ['Katsiaryna Andreyeva', 'Ekaterina Andreeva', 'Katerina Andreyeva'],
  ),
  p('p-t19', ['Кульша', 'Вікторыя'], ['Кульша', 'Виктория'], ['Victoria Kulsha', 'Viktoryia Kulsha']),
  p(
    'p-t20',
    ['Бяляцкі', 'Алесь'],
    ['Беляцкий', 'Алесь'],
    ['Ales Bialiatski', 'Ales Byalyatski', 'Aleś Bialacki', 'Alexander Belyatsky'],
  ),
  p('p-t21', ['Зянковіч', 'Юрый'], ['Зенкович', 'Юрий'], ['Yuri Zenkovich', 'Yury Ziankovich', 'Jurij Zienkovič']),
  p('p-t22', ['Гуркоў', 'Віталь'], ['Гурков', 'Виталий'], ['Vitaly Gurkov', 'Vital Hurkou']),
  p('p-t23', ['Хершэ', 'Наталля'], ['Херше', 'Наталья'], ['Natallia Hershe', 'Natalia Kherse', 'Natalie Hersche']),
  p('p-t24', ['Знак', 'Максім'], ['Знак', 'Максим'], ['Maxim Znak', 'Maksim Znak']),
  p('p-t25', ['Бабарыка', 'Эдуард'], ['Бабарико', 'Эдуард'], ['Eduard Babariko', 'Eduard Babaryka', 'Edward Babaryka']),
  p('p-t26', ['Купрэвіч', 'Святлана'], ['Купревич', 'Светлана'], ['Svetlana Kuprevich', 'Sviatlana Kupreviсh']),
  p(
    'p-t27',
    ['Кастусёў', 'Рыгор'],
    ['Костусев', 'Григорий'],
    ['Grigory Kostusev', 'Ryhor Kastusiou', 'Hryhory Kastusyov'],
  ),
  p('p-t28', ['Дзядок', 'Мікола'], ['Дедок', 'Николай'], ['Mikola Dziadok', 'Nikolai Dedok', 'Mikalai Dziadok']),
  p('p-t29', ['Луцкіна', 'Ксенія'], ['Луцкина', 'Ксения'], ['Ksenia Lutskina', 'Kseniya Lutskina', 'Xenia Lutskina']),
  p(
    'p-t30',
    ['Шчасная', 'Ірына'],
    ['Счастная', 'Ирина'],
    ['Iryna Shchasnaya', 'Irina Schastnaya', 'Irina Shchastnaya'],
  ),
  p('p-t31', ['Лосік', 'Дар’я'], ['Лосик', 'Дарья'], ['Darya Losik', 'Daria Losik']),
  p(
    'p-t32',
    ['Пракаповіч', 'Святаслаў'],
    ['Прокопович', 'Святослав'],
    ['Sviataslau Prakapovich', 'Svyatoslav Prokopovich'],
  ),
  p(
    'p-t33',
    ['Навумчык', 'Уладзіслаў', 'Пятровіч'],
    ['Наумчик', 'Владислав', 'Петрович'],
    ['Uladzislau Navumchyk', 'Vladislav Naumchik'],
  ),
  p('p-t34', ['Ярашэвіч', 'Надзея'], ['Ярошевич', 'Надежда'], ['Nadzeya Yarashevich', 'Nadezhda Yaroshevich']),
];

/** Places (kind `place`) and how people type them. */
export const EVAL_PLACES: Array<{ id: string; forms: string[]; queries: string[] }> = [
  { id: 'pl-homiel', forms: ['Гомель', 'Homieĺ', 'Homel'], queries: ['Gomel', 'Homiel', 'Гомель', 'Homel', 'Gomell'] },
  {
    id: 'pl-mahiliou',
    forms: ['Магілёў', 'Могилёв', 'Mahilioŭ'],
    queries: ['Mogilev', 'Mahiliou', 'Могилев', 'Mahilyow'],
  },
  {
    id: 'pl-viciebsk',
    forms: ['Віцебск', 'Витебск', 'Viciebsk'],
    queries: ['Vitebsk', 'Vitsebsk', 'Viciebsk', 'витебск'],
  },
  { id: 'pl-hrodna', forms: ['Гродна', 'Гродно', 'Hrodna'], queries: ['Grodno', 'Hrodna', 'Гродно'] },
  {
    id: 'pl-navapolack',
    forms: ['Наваполацк', 'Новополоцк', 'Navapolack'],
    queries: ['Novopolotsk', 'Navapolatsk', 'Novopolock'],
  },
  { id: 'pl-zodzina', forms: ['Жодзіна', 'Жодино', 'Žodzina'], queries: ['Zhodino', 'Zhodzina', 'Zodzina'] },
  { id: 'pl-babrujsk', forms: ['Бабруйск', 'Бобруйск', 'Babrujsk'], queries: ['Bobruisk', 'Babruysk', 'Bobrujsk'] },
  { id: 'pl-orsa', forms: ['Орша', 'Orša'], queries: ['Orsha', 'Orsa', 'Ворша'] },
  { id: 'pl-sklou', forms: ['Шклоў', 'Шклов', 'Škloŭ'], queries: ['Shklov', 'Shklou', 'Sklou'] },
  {
    id: 'pl-vaukavysk',
    forms: ['Ваўкавыск', 'Волковыск', 'Vaŭkavysk'],
    queries: ['Volkovysk', 'Vawkavysk', 'Vaukavysk'],
  },
];
