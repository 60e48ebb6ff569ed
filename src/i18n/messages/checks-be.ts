/** Belarusian names of what each consistency check found: the keys of `checks-en.ts`. */
import type { checksEn } from './checks-en.js';

export const checksBe: Record<keyof typeof checksEn, string> = {
  'check.invalid-date': 'Дата не існуе',
  'check.date-in-future': 'Дата ў будучыні',
  'check.event-after-source-date': 'Падзея датаваная пазней за крыніцу, якая пра яе паведамляе',
  'check.events-out-of-order': 'Падзеі ідуць не па парадку',
  'check.birth-after-detention': 'Дата нараджэння пазней за першае затрыманне',
  'check.implausible-age': 'Неверагодны ўзрост',
  'check.stated-time-served-mismatch': 'Пазначаны тэрмін зняволення не адпавядае датам',
  'check.release-without-custody': 'Вызваленне без затрымання перад ім',
  'check.release-before-detention': 'Вызваленне раней за затрыманне',
  'check.served-longer-than-sentence': 'Тэрмін пад вартай даўжэйшы за прысуд',
  'check.term-ended-no-release': 'Тэрмін скончыўся, але вызваленне не запісана',
  'check.unknown-facility': 'Невядомае месца зняволення',
  'check.unknown-source': 'Невядомая крыніца',
  'check.missing-source': 'Падзея без крыніцы',
  'check.inferred-date': 'Дата выведзеная па правіле',
  'check.external-photo': 'Фотаздымак з іншага сайта',
  'check.entry-without-source': 'Запіс дайджэсту без крыніцы',
  'check.event-not-found': 'Падзеі, названай у запісе, няма ў справе',
  'check.event-outside-month': 'Падзея па-за месяцам дайджэсту',
  'check.heading-term-mismatch': 'Тэрмін у загалоўку не адпавядае датам',
  'check.person-not-found': 'Чалавека няма ў рэестры',
  'check.person-not-public': 'Чалавек не публічны',
};
