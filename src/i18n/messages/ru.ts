/** Russian catalog: the same keys as `en.ts` (see there). */
import { mergeRu } from './merge-ru.js';
import { deskRu } from './desk-ru.js';
import { digestsRu } from './digests-ru.js';
import type { Catalog } from './en.js';
import { lettersRu } from './letters-ru.js';
import { tipsRu } from './tips-ru.js';
import { photosRu } from './photos-ru.js';
import { checksRu } from './checks-ru.js';
import { findingsRu } from './findings-ru.js';
import { telegramRu } from './telegram-ru.js';

import { staffRu } from './staff-ru.js';
import { formsRu } from './forms-ru.js';

export const ru: Catalog = {
  ...staffRu,
  ...lettersRu,
  // -- merge: messages --
  ...mergeRu,
  // -- digests: messages --
  ...digestsRu,
  // -- api-rest: messages --
  // -- desk: messages --
  ...deskRu,
  // -- forms: messages --
  ...formsRu,
  // -- photos: messages --
  ...photosRu,
  ...checksRu,
  ...findingsRu,
  // -- tips: messages --
  ...tipsRu,
  // -- telegram: messages --
  ...telegramRu,
  'site.name': 'Политзаключённые Беларуси',
  'site.skipLink': 'Перейти к содержанию',
  'site.navLabel': 'Основное меню',
  'site.langLabel': 'Язык',
  'site.breadcrumbLabel': 'Навигационная цепочка',
  'lang.be': 'Беларуская',
  'lang.ru': 'Русский',
  'lang.en': 'English',

  'nav.home': 'Главная',
  'nav.persons': 'Политзаключённые',
  'nav.figures': 'Цифры',
  'nav.facilities': 'Места заключения',
  'nav.articles': 'Статьи',
  'nav.digests': 'Дайджесты',
  'nav.report': 'Сообщить об освобождении',
  'nav.data': 'Открытые данные',

  'headline.count':
    '{count, plural, one {В Беларуси # политзаключённый} few {В Беларуси # политзаключённых} many {В Беларуси # политзаключённых} other {В Беларуси # политзаключённого}}',
  'headline.asOf': 'по состоянию на {date}',

  'status.imprisoned': 'В заключении',
  'status.released': '{sex, select, female {Освобождена} male {Освобождён} other {На свободе}}',
  'status.deceased': '{sex, select, female {Умерла} male {Умер} other {Нет в живых}}',
  'status.other': 'Другое',
  'sex.female': 'Женский',
  'sex.male': 'Мужской',

  'filter.legend': 'Фильтр',
  'filter.status': 'Статус',
  'filter.region': 'Регион',
  'filter.sex': 'Пол',
  'filter.article': 'Статья',
  'filter.facility': 'Место заключения',
  'filter.detentionYear': 'Год задержания',
  'filter.name': 'Поиск по имени',
  'filter.any': 'Любой',
  'filter.apply': 'Показать',
  'filter.reset': 'Сбросить фильтры',
  'filter.found':
    '{count, plural, one {Найден # человек} few {Найдено # человека} many {Найдено # человек} other {Найдено # человека}}',

  'sort.label': 'Сортировать по',
  'sort.name': 'Имя',
  'sort.detention': 'Дата задержания',
  'sort.release': 'Дата освобождения',
  'sort.timeServed': 'Срок за решёткой',
  'sort.asc': 'по возрастанию',
  'sort.desc': 'по убыванию',

  'pagination.label': 'Страницы',
  'pagination.previous': 'Назад',
  'pagination.next': 'Вперёд',
  'pagination.page': 'Страница {page}',
  'pagination.status': 'Страница {page} из {pages}',

  'event.search': 'Обыск',
  'event.detention': 'Задержание',
  'event.administrative_arrest': 'Административный арест',
  'event.re_detention': 'Повторное задержание',
  'event.charged': 'Предъявлено обвинение',
  'event.pretrial_placement': 'Помещение в СИЗО',
  'event.transfer': 'Перевод в другое учреждение',
  'event.trial': 'Суд',
  'event.verdict': 'Приговор',
  'event.appeal': 'Апелляция',
  'event.new_charges': 'Новое обвинение',
  'event.sentence_change': 'Изменение приговора',
  'event.release': 'Освобождение',
  'event.recognition': 'Признание политзаключённым',
  'event.recognition_end': 'Снятие статуса политзаключённого',
  'event.death': 'Смерть',
  'event.other': 'Другое событие',

  'release.term_served': 'Срок отбыт полностью',
  'release.home_confinement': 'Освобождение после суда: «домашняя химия»',
  'release.open_institution': 'Освобождение после суда: направление в исправительное учреждение открытого типа',
  'release.parole': 'Условно-досрочное освобождение',
  'release.milder_punishment': 'Замена неотбытой части более мягким наказанием',
  'release.pardon': 'Помилование',
  'release.expulsion': 'Освобождение с принудительным выездом из страны',
  'release.amnesty': 'Амнистия',
  'release.conviction_quashed': 'Отмена приговора',
  'release.sentence_lifted': 'Освобождение от наказания',
  'release.non_custodial_sentence': 'Наказание, не связанное с лишением свободы',
  'release.released_pending_trial': 'Освобождение до суда',
  'release.other': 'Другая причина',

  'region.brest': 'Брестская область',
  'region.homiel': 'Гомельская область',
  'region.hrodna': 'Гродненская область',
  'region.mahiliou': 'Могилёвская область',
  'region.minsk': 'Минская область',
  'region.minsk-city': 'Минск',
  'region.viciebsk': 'Витебская область',
  'region.abroad': 'За рубежом',

  'punishment.deprivation_of_liberty': 'Лишение свободы',
  'punishment.restriction_of_freedom': 'Ограничение свободы',
  'punishment.arrest': 'Арест',
  'punishment.fine': 'Штраф',
  'punishment.corrective_labour': 'Исправительные работы',
  'punishment.deprivation_of_right': 'Лишение права занимать определённые должности',
  'punishment.life_imprisonment': 'Пожизненное заключение',
  'punishment.compulsory_treatment': 'Принудительное лечение',
  'punishment.other': 'Другое наказание',
  'punishment.withReferral': 'с направлением в исправительное учреждение открытого типа',
  'punishment.withoutReferral': 'без направления («домашняя химия»)',
  'punishment.fineAmount':
    '{amount, plural, one {# базовая величина} few {# базовые величины} many {# базовых величин} other {# базовой величины}}',

  'regime.general': 'Колония общего режима',
  'regime.strengthened': 'Колония усиленного режима',
  'regime.strict': 'Колония строгого режима',
  'regime.special': 'Колония особого режима',
  'regime.settlement': 'Колония-поселение',
  'regime.prison': 'Тюрьма',

  'facilityKind.pretrial': 'Следственный изолятор',
  'facilityKind.temporary': 'Изолятор временного содержания',
  'facilityKind.colony': 'Исправительная колония',
  'facilityKind.colony_settlement': 'Колония-поселение',
  'facilityKind.prison': 'Тюрьма',
  'facilityKind.open_institution': 'Исправительное учреждение открытого типа',
  'facilityKind.medical': 'Лечебное учреждение',
  'facilityKind.other': 'Другое учреждение',

  'table.name': 'Имя',
  'table.status': 'Статус',
  'table.region': 'Регион',
  'table.sex': 'Пол',
  'table.born': 'Дата рождения',
  'table.articles': 'Статьи',
  'table.detained': 'Дата задержания',
  'table.released': 'Дата освобождения',
  'table.facility': 'Место заключения',
  'table.date': 'Дата',
  'table.event': 'Событие',
  'table.count': 'Число',
  'table.month': 'Месяц',
  'table.year': 'Год',
  'table.empty': 'Ничего не найдено.',

  'person.timeServed': 'Срок за решёткой',
  'person.sentence': 'Наказание',
  'person.address': 'Адрес для писем',
  'person.sources': 'Источники',
  'person.timeline': 'Хронология',
  'person.charges': 'Обвинения',
  'person.occupation': 'Род занятий',
  'person.article': '{part, select, none {Статья {article}} other {Часть {part} статьи {article}}}',

  'home.birthdays': 'Дни рождения в ближайшие 60 дней',
  'home.upcoming': 'Скорые освобождения',

  'footer.text':
    'Составлено правозащитниками по открытым источникам и проверенным сообщениям. Данные могут быть неполными.',
  'footer.openData': 'Данные открыты: скачайте их и проверьте наши цифры.',

  'report.call': 'Если вы знаете, что политзаключённый вышел на свободу, сообщите нам.',
  'report.pending':
    'Здесь будет защищённая форма для сообщений. Пока её нет, свяжитесь с правозащитниками через контакты на их сайте. Мы никогда не попросим о вас больше, чем нужно для сообщения.',

  'digest.caveat':
    'Число политзаключённых, освободившихся после отбытия срока, может быть больше, так как достоверная информация об освобождении есть не всегда.',
  'digest.callForTips':
    'Если вы знаете, что человек, осуждённый по политическим мотивам, уже вышел на свободу, пожалуйста, сообщите нам.',
  'digest.released':
    '{count, plural, one {По меньшей мере # политзаключённый вышел} few {По меньшей мере # политзаключённых вышли} many {По меньшей мере # политзаключённых вышли} other {По меньшей мере # политзаключённого вышли}} на свободу, полностью отбыв срок.',
  'digest.overThreeYears':
    '{count, plural, =0 {Никто из них не провёл} one {# из них провёл} other {# из них провели}} за решёткой более трёх лет.',
  'digest.personHeading':
    '{sex, select, female {Политзаключённая} other {Политзаключённый}} {name} — {term} за решёткой',
  'digest.personHeadingPlain': '{sex, select, female {Политзаключённая} other {Политзаключённый}} {name}',
  'digest.inMonth':
    '{month, select, m1 {в январе} m2 {в феврале} m3 {в марте} m4 {в апреле} m5 {в мае} m6 {в июне} m7 {в июле} m8 {в августе} m9 {в сентябре} m10 {в октябре} m11 {в ноябре} other {в декабре}}',
  'digest.inYear': 'в {year} г.',
  'digest.onDay': '{date}',
  'digest.title.releases':
    '{count, plural, one {# политзаключённый вышел} few {# политзаключённых вышли} many {# политзаключённых вышли} other {# политзаключённого вышли}} на свободу {inMonth}, полностью отбыв срок',
  'digest.title.convictions':
    '{count, plural, one {# политзаключённый осуждён} few {# политзаключённых осуждены} many {# политзаключённых осуждены} other {# политзаключённого осуждены}} {inMonth}',
  'digest.title.recognitions':
    '{count, plural, one {# человек признан политзаключённым} few {# человека признаны политзаключёнными} many {# человек признаны политзаключёнными} other {# человека признаны политзаключёнными}} {inMonth}',
  'digest.opening.now':
    'Сейчас в Беларуси {count, plural, one {# политзаключённый} few {# политзаключённых} many {# политзаключённых} other {# политзаключённого}}.',
  'digest.opening.released':
    '{count, plural, one {По меньшей мере # политзаключённый вышел} few {По меньшей мере # политзаключённых вышли} many {По меньшей мере # политзаключённых вышли} other {По меньшей мере # политзаключённого вышли}} на свободу {inMonth}, полностью отбыв срок.',
  'digest.opening.homeConfinement':
    '{count, plural, one {Ещё # политзаключённый освобождён} few {Ещё # политзаключённых освобождены} many {Ещё # политзаключённых освобождены} other {Ещё # политзаключённого освобождены}} из-под стражи после суда с назначением ограничения свободы без направления («домашняя химия»).',
  'digest.opening.openInstitution':
    '{count, plural, one {Ещё # политзаключённый освобождён} few {Ещё # политзаключённых освобождены} many {Ещё # политзаключённых освобождены} other {Ещё # политзаключённого освобождены}} из-под стражи после суда с направлением в исправительное учреждение открытого типа.',
  'digest.opening.convicted': 'Политзаключённых, осуждённых {inMonth}: {count, number}.',
  'digest.opening.recognised': 'Признаны политзаключёнными {inMonth}: {count, number}.',
  'digest.caveat.general':
    'Эти данные могут быть неполными: не обо всех делах политзаключённых становится известно правозащитникам.',
  'digest.callForTips.general': 'Если вы знаете о деле, которое мы пропустили, пожалуйста, сообщите нам.',
  'digest.punishment':
    '{kind, select, deprivation_of_liberty {{term} лишения свободы} restriction_of_freedom {{term} ограничения свободы} arrest {{term} ареста} corrective_labour {{term} исправительных работ} other {{term}}}',
  'digest.criminalCode': '{charges} Уголовного кодекса',
  'digest.story.detained': '{name} {sex, select, female {была задержана} other {был задержан}} {when}.',
  'digest.story.heldIn': 'Место содержания под стражей: {facility}.',
  'digest.story.charged': 'Обвинение: {charges}.',
  'digest.story.sentenced':
    '{when} суд назначил {sex, select, female {ей} male {ему} other {политзаключённому}} наказание: {punishment}.',
  'digest.story.sentencedUndated':
    'Суд назначил {sex, select, female {ей} male {ему} other {политзаключённому}} наказание: {punishment}.',
  'digest.story.court': 'Дело рассматривал суд: {court}.',
  'digest.story.servedIn': 'Место отбывания наказания: {facility}.',
  'digest.story.released':
    '{when} {sex, select, female {вышла} other {вышел}} на свободу{reason, select, term_served {, полностью отбыв срок} home_confinement { после суда с назначением ограничения свободы без направления} open_institution { после суда с направлением в исправительное учреждение открытого типа} other {}}.',
  'digest.story.recognised':
    '{when} {sex, select, female {признана политзаключённой} other {признан политзаключённым}}.',
  'digest.story.source': '{count, plural, one {Источник} other {Источники}}: {sources}.',
  'digest.index.title': 'Дайджесты',
  'digest.index.intro': 'Ежемесячные дайджесты: освобождения, приговоры и новые политзаключённые.',
  'digest.index.empty': 'Дайджестов пока нет.',
  'digest.kind.releases': 'Освобождения',
  'digest.kind.convictions': 'Приговоры',
  'digest.kind.recognitions': 'Признания',
  'digest.published': 'Опубликовано {date}',
  'digest.feed': 'Лента (Atom)',
  'digest.feedTitle': 'Дайджесты — {site}',
  'digest.corrected': 'Исправлено {date}: дайджест пересмотрен после публикации.',
  'digest.withheld': 'Часть этого дайджеста снята после публикации; исправленная версия появится позже.',

  'chart.dataTable': 'Данные графика',
  'chart.downloadCsv': 'Скачать данные (CSV)',
  'chart.date': 'Дата',
  'chart.value': 'Число',
  'chart.label': 'Категория',
  'chart.lineSummary': '{from} – {to}: в начале {first}, в конце {last}; максимум {max} ({maxAt}).',
  'chart.barSummary':
    '{count, plural, one {# категория} few {# категории} many {# категорий} other {# категории}}; больше всего: {label} ({value}).',
  'chart.noData': 'Нет данных',

  'common.unknown': 'неизвестно',

  'term.years': '{n, plural, one {# год} few {# года} many {# лет} other {# года}}',
  'term.months': '{n, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'term.days': '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'list.two': '{a} и {b}',
  'list.three': '{a}, {b} и {c}',
  'date.approx': 'около {date}',
  // Public site pages (src/web/pages)
  'page.list.all': 'Все',
  'page.list.title.imprisoned': 'Политзаключённые сейчас',
  'page.list.title.released': 'Освобождённые политзаключённые',
  'page.list.description': 'Все люди в базе: поиск по имени в любом написании, фильтры и сортировка.',
  'page.list.mirrorNote':
    'Это копия без сети: поиск и фильтры работают на сайте; здесь смотрите списки страница за страницей.',
  'page.list.order': 'Порядок',
  'page.person.names': 'Имя во всех написаниях',
  'page.person.system.be-cyrl': 'по-белорусски',
  'page.person.system.ru-cyrl': 'по-русски',
  'page.person.system.latn': 'латиницей',
  'page.person.photoCredit': 'Фото: {credit}',
  'page.person.servedSoFar': 'За решёткой уже',
  'page.person.servedTotal': 'Всего за решёткой',
  'page.person.servedRange': 'от {min} до {max}',
  'page.person.between': 'между {from} и {to}',
  'page.person.expectedRelease': 'Ожидаемое освобождение',
  'page.person.court': 'Суд',
  'page.person.verdictDate': 'Приговор',
  'page.person.appeals': 'Апелляции',
  'page.person.appeal.upheld': 'приговор оставлен в силе',
  'page.person.appeal.reduced': 'срок снижен',
  'page.person.appeal.increased': 'срок увеличен',
  'page.person.appeal.quashed': 'приговор отменён',
  'page.person.appeal.pending': 'рассматривается',
  'page.person.appeal.other': 'иной исход',
  'page.person.inferred': '(дата вычислена)',
  'page.person.fictional': 'Это вымышленный человек, созданный для демонстрации.',
  'page.person.description': '{name}: {status}. Дело, приговор, хронология и адрес для писем.',
  'page.facilities.intro': 'Места заключения и сколько политзаключённых в каждом сейчас.',
  'page.facilities.kind': 'Тип',
  'page.facilities.city': 'Город',
  'page.facilities.now': 'Сейчас',
  'page.facilities.regime': 'Режим',
  'page.facilities.aliases': 'Другие названия',
  'page.facilities.letters':
    'Письма политзаключённым отправляйте на этот адрес; пишите полное имя и год рождения адресата.',
  'page.facilities.heldNow': 'Содержатся сейчас',
  'page.facilities.heldBefore': 'Содержались раньше',
  'page.facilities.description':
    '{name}: {count, plural, =0 {сейчас политзаключённых не известно} one {сейчас # политзаключённый} few {сейчас # политзаключённых} many {сейчас # политзаключённых} other {сейчас # политзаключённого}}; адрес для писем.',
  'page.articles.intro': 'Статьи Уголовного кодекса, по которым обвиняют политзаключённых.',
  'page.articles.title': 'Название',
  'page.articles.persons': 'Обвиняемых',
  'page.article.charged':
    '{count, plural, one {По этой статье обвиняется # человек} few {По этой статье обвиняются # человека} many {По этой статье обвиняются # человек} other {По этой статье обвиняются # человека}}',
  'page.article.chart': 'Политзаключённые, обвиняемые по ст. {article}, по месяцам',
  'page.figures.intro': 'Цифры на {date}. К каждому графику есть таблица и файл CSV.',
  'page.figures.description':
    'Политзаключённые Беларуси в цифрах: во времени, по месяцам, по статьям, регионам, полу и местам заключения.',
  'page.figures.articleBar': 'ст. {article}',
  'page.figures.chart.count': 'Политзаключённые по месяцам',
  'page.figures.chart.detentions': 'Новые задержания по месяцам',
  'page.figures.chart.releases': 'Освобождения по месяцам',
  'page.figures.chart.region': 'Политзаключённые сейчас по регионам',
  'page.figures.chart.sex': 'Политзаключённые сейчас по полу',
  'page.figures.chart.article': 'Политзаключённые сейчас по статьям',
  'page.figures.chart.facility': 'Политзаключённые сейчас по местам заключения',
  'page.upcoming.intro':
    'Ожидаемые освобождения с {from} по {to}, по приговорам и зачёту СИЗО; настоящие даты могут отличаться.',
  'page.upcoming.description': 'Политзаключённые, которых ждут на свободе в ближайшее время.',
  'page.upcoming.date': 'Ожидаемое освобождение',
  'page.birthdays.intro': 'Политзаключённые, у которых в этом месяце день рождения: письмо или открытка поддержат.',
  'page.home.latest': 'Последнее',
  'page.home.releasedLastMonth':
    '{count, plural, =0 {{month}: освобождений не зафиксировано.} one {{month}: освобождён # политзаключённый.} few {{month}: освобождены # политзаключённых.} many {{month}: освобождены # политзаключённых.} other {{month}: освобождены # политзаключённого.}}',
  'page.home.digests': 'Ежемесячные обзоры',
  'page.home.allFigures': 'Все цифры и графики',
  'page.error.title': 'С этим адресом что-то не так',
  'page.error.notFound': 'Страница не найдена',
  'page.error.notFoundText': 'Такой страницы нет. Возможно, она переехала или в адресе опечатка.',
  // Issue 12 (sitelang): genitive terms, text in another language, errors, search
  'term.gen.years': '{n, plural, one {# года} other {# лет}}',
  'term.gen.months': '{n, plural, one {# месяца} other {# месяцев}}',
  'term.gen.days': '{n, plural, one {# дня} other {# дней}}',
  'text.inLang': '{lang, select, be {по-белорусски} ru {по-русски} other {по-английски}}',
  'status.other.explain':
    'Есть в базе, но не входит в число политзаключённых: например, нет сведений о заключении под стражу или человек ещё не признан политзаключённым.',
  'filter.status.other': 'Другое (не учитываются)',
  'page.error.badFilter': 'Недопустимое значение в поле «{field}». Выберите значение из списка или сбросьте фильтры.',
  'page.error.pastEnd':
    '{pages, plural, one {Здесь только # страница.} few {Здесь только # страницы.} many {Здесь только # страниц.} other {Здесь только # страницы.}}',
  'page.error.lastPage': 'Перейти на последнюю страницу',
  'home.search': 'Поиск по имени',
  'home.searchButton': 'Найти',
  // Issue 12 (sitelang, session 5): folded filters, facility releases, the mirror's name index
  'filter.summary': '{count, plural, =0 {Поиск и фильтры} other {Поиск и фильтры (выбрано: #)}}',
  'page.list.otherIntro': 'Люди со статусом «Другое»: {explain}',
  'page.facility.heldNow': 'Содержатся здесь сейчас',
  'page.facility.releasedFrom': 'Освобождённые отсюда',
  'page.facility.releasedNone': 'Освобождений из этого места не записано.',
  'page.index.title': 'Люди по фамилии',
  'page.index.intro': 'В этой копии сайта нет поиска: найдите человека по первой букве фамилии.',
  'page.index.letter': 'Фамилии на {letter}',
  'page.index.link': 'Люди по фамилии (А–Я)',
  'mirror.madeAt': 'Эта копия сайта сделана {date}; на сайте могут быть более новые данные.',
  'digest.personPage': 'Страница: {name}',
  // Issue 11 (bounds): the per-client rate limit
  'error.rateLimited':
    'Слишком много запросов из вашей сети. Подождите {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} и попробуйте снова.',
};
