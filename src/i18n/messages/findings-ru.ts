/** The consistency checks' detailed messages in Russian (see `findings-en.ts`). */
const VERDICT_TAIL =
  ' — первого задержания по этому делу. Одна из дат, вероятно, ошибочна: сверьте обе с источниками (если человек действительно был на свободе до приговора, внесите задержание в день приговора).';
const INFERRED = '{inferred, select, yes { (его дата выведена: {reasoning})} other {}}';
const CASES = '{caseCount, plural, one {по делу} other {по делам}} {cases}';
const STATED_TAIL = 'сверьте с источниками дату задержания, дату освобождения и указанный срок.';
const ADD_TERM = 'изменение приговора или добавленный срок (например, новые обвинения по ст. 411)';

export const findingsRu = {
  'finding.invalid-date': 'Такой даты нет в календаре: {at} — «{value}». Исправьте её (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).',
  'finding.date-in-future':
    'Дата в будущем: {at} — {value}, а сегодня {today}. Исправьте дату или внесите событие, когда оно произойдёт.',
  'finding.event-after-source-date':
    'Событие {event} датировано позже всех источников, на которые ссылается: {cited}. Источник не может сообщить о том, чего ещё не было: сверьте дату с источником (ошибка в месяце или годе?) или сошлитесь на более поздний источник, который о нём сообщает.',
  'finding.birth-after-detention':
    'Дата рождения ({birth}) позже события {event}. Проверьте дату рождения и дату задержания.',
  'finding.implausible-age.young':
    'Дата рождения {birth}: на момент события {event} человеку было не больше {age, plural, one {# года} other {# лет}}, а до 14 лет уголовной ответственности нет. Проверьте дату рождения и дату задержания.',
  'finding.implausible-age.old':
    'Дата рождения {birth}: на момент события {event} человеку было не меньше {age, plural, one {# года} other {# лет}}. Проверьте дату рождения (ошибка в веке?) и дату задержания.',
  'finding.stated-time-served-mismatch': `Указано {stated}, но с {start} по {release} — {computed}. Проверьте: ${STATED_TAIL}`,
  'finding.stated-time-served-mismatch.fitting': `Указано {stated}, но с {start} по {release} — {computed}. Указанному сроку соответствовало бы задержание {fitting}; ${STATED_TAIL}`,
  'finding.release-without-custody.none':
    'Перед событием {event} нет задержания. Добавьте задержание (подойдёт и неполная дата, например 2022-03) или удалите освобождение.',
  'finding.release-without-custody.overlap':
    'Даты событий {event} и {other} пересекаются, поэтому освобождение считается более ранним и не завершает содержания под стражей. Укажите обе даты полностью.',
  'finding.release-without-custody.free':
    'Событие {event} приходится на время, когда человек не под стражей (после предыдущего освобождения задержания не было). Добавьте предшествовавшее задержание или удалите освобождение, если оно повторяет более раннее.',
  'finding.release-before-detention':
    'Событие {event} раньше первого задержания, {detention}. Проверьте обе даты (ошибка в годе?); пока человек считается находящимся под стражей с момента задержания.',
  'finding.served-longer-than-sentence.ongoing': `Под стражей с {since} ({start}), но срок ${CASES} ({term}) истёк не позже {latestEnd} (сегодня {today}). Внесите освобождение, ${ADD_TERM} или исправьте даты.`,
  'finding.served-longer-than-sentence.ended': `С {start} по {end} — {served}, дольше срока ${CASES} ({term}). Проверьте даты и срок или внесите добавленный срок (например, новые обвинения по ст. 411).`,
  'finding.events-out-of-order.verdict': `Событие {event} раньше события {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.verdict-date': `Дата приговора по делу {caseId} ({date}) раньше события {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.transfer':
    'Событие {event} позже события {release}, а задержания между ними нет. Добавьте новое задержание или исправьте дату события {kind} или освобождения.',
  'finding.events-out-of-order.recognition':
    'Событие {event} раньше любого признания политзаключённым. Добавьте признание или исправьте даты.',
  'finding.events-out-of-order.death':
    'Событие {event} позже события {death}. Исправьте дату одного из них или удалите событие.',
  'finding.unknown-facility':
    'Событие {event} указывает место содержания {facilityId}, которого нет в реестре. Добавьте его или выберите существующее.',
  'finding.unknown-source.event':
    'Событие {event} ссылается на источник {sourceId}, которого нет в реестре. Добавьте источник или исправьте идентификатор.',
  'finding.unknown-source.case':
    'Дело {caseId} ссылается на источник {sourceId}, которого нет в реестре. Добавьте источник или исправьте идентификатор.',
  'finding.missing-source':
    'Событие {event} публичное, но не ссылается ни на один источник. Добавьте источник, из которого оно взято, или сделайте его внутренним.',
  'finding.inferred-date':
    'Дата события {event} выведена ({rule}): {reasoning}. Подтвердите её по источнику и внесите как указанную.',
  'finding.external-photo':
    'Фото «{ref}» — не файл этого сайта, поэтому публичные страницы и выгрузки его не показывают (чужое изображение позволило бы его хосту видеть каждого читателя). Скопируйте изображение на сайт, например photos/{personId}.jpg, и укажите эту ссылку или удалите фото.',
  'finding.term-ended-no-release': `По записи человек под стражей, но расчётное освобождение{hasCase, select, yes { (дело {caseId})} other {}} наступило не позже {end}, а освобождение не внесено (сегодня {today}). Страницы показывают «срок окончен, освобождение не подтверждено», и подсчёт не учитывает человека: внесите освобождение, ${ADD_TERM} или исправьте даты.`,
  'finding.date.birth': 'дата рождения',
  'finding.date.verdict': 'дата приговора по делу {caseId}',
  'finding.date.appeal': 'дата апелляции по делу {caseId}',
  'finding.between': 'от {min} до {max}',
  'finding.digest.person-not-found':
    'В реестре нет человека {person}: удалите запись из дайджеста или восстановите карточку.',
  'finding.digest.person-not-public':
    'Карточка {person} внутренняя: её нельзя публиковать в дайджесте; удалите запись.',
  'finding.digest.event-not-found':
    'Событие {event}, о котором сообщает запись, больше не значится в карточке {person}; создайте запись заново или удалите её.',
  'finding.digest.event-outside-month':
    'Событие {kind} у {person} датировано {date}, вне месяца {month}: проверьте дату или удалите запись.',
  'finding.digest.entry-without-source':
    'У события {kind} ({person}, {date}) нет источника: добавьте его до публикации.',
  'finding.digest.heading-term-mismatch':
    'Заголовок о {person} не называет срок, который дают даты ({stated}): исправьте заголовок или даты.',
} as const;
