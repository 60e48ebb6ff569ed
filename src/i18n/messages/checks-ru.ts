/** Russian names of what each consistency check found: the keys of `checks-en.ts`. */
import type { checksEn } from './checks-en.js';

export const checksRu: Record<keyof typeof checksEn, string> = {
  'check.invalid-date': 'Такой даты не существует',
  'check.date-in-future': 'Дата в будущем',
  'check.event-after-source-date': 'Событие датировано позже источника, который о нём сообщает',
  'check.events-out-of-order': 'События идут не по порядку',
  'check.birth-after-detention': 'Дата рождения позже первого задержания',
  'check.implausible-age': 'Неправдоподобный возраст',
  'check.stated-time-served-mismatch': 'Указанный срок заключения не соответствует датам',
  'check.release-without-custody': 'Освобождение без предшествующего задержания',
  'check.release-before-detention': 'Освобождение раньше задержания',
  'check.served-longer-than-sentence': 'Срок под стражей дольше приговора',
  'check.term-ended-no-release': 'Срок закончился, но освобождение не записано',
  'check.unknown-facility': 'Неизвестное место заключения',
  'check.unknown-source': 'Неизвестный источник',
  'check.missing-source': 'Событие без источника',
  'check.inferred-date': 'Дата выведена по правилу',
  'check.external-photo': 'Фотография с другого сайта',
  'check.entry-without-source': 'Запись дайджеста без источника',
  'check.event-not-found': 'События, названного в записи, нет в деле',
  'check.event-outside-month': 'Событие вне месяца дайджеста',
  'check.heading-term-mismatch': 'Срок в заголовке не соответствует датам',
  'check.person-not-found': 'Человека нет в реестре',
  'check.person-not-public': 'Человек не публичный',
};
