/** Russian catalog: the same keys as `en.ts` (see there). */
import type { Catalog } from './en.js';

export const ru: Catalog = {
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
  'status.released': 'Освобождён(а)',
  'status.deceased': 'Умер(ла)',
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

  'release.term_served': 'Полностью отбыл(а) срок',
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
  'table.detained': 'Задержан(а)',
  'table.released': 'Освобождён(а)',
  'table.facility': 'Место заключения',
  'table.date': 'Дата',
  'table.event': 'Событие',
  'table.count': 'Число',
  'table.month': 'Месяц',
  'table.year': 'Год',
  'table.empty': 'Ничего не найдено.',

  'person.timeServed': 'Срок за решёткой',
  'person.sentence': 'Приговор',
  'person.address': 'Адрес для писем',
  'person.sources': 'Источники',
  'person.timeline': 'Хронология',
  'person.charges': 'Обвинения',
  'person.occupation': 'Род занятий',
  'person.article': '{part, select, none {Статья {article}} other {Часть {part} статьи {article}}}',

  'home.birthdays': 'Дни рождения в этом месяце',
  'home.upcoming': 'Скорые освобождения',

  'footer.text':
    'Составлено правозащитниками по открытым источникам и проверенным сообщениям. Данные могут быть неполными.',
  'footer.openData': 'Данные открыты: скачайте их и проверьте наши цифры.',

  'report.call': 'Если вы знаете, что политзаключённый вышел на свободу, сообщите нам.',

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
  'digest.story.recognised': '{when} {sex, select, female {признана политзаключённой} other {признан политзаключённым}}.',
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
};
