/** The consistency checks' detailed messages in Belarusian (see `findings-en.ts`). */
const VERDICT_TAIL =
  ' — першае затрыманне па гэтай справе. Адна з дат, верагодна, памылковая: звярыце абедзве з крыніцамі (калі чалавек сапраўды быў на волі да прысуду, унясіце затрыманне ў дзень прысуду).';
const INFERRED = '{inferred, select, yes { (яе дата выведзеная: {reasoning})} other {}}';
const CASES = '{caseCount, plural, one {па справе} other {па справах}} {cases}';
const STATED_TAIL = 'звярыце з крыніцамі дату затрымання, дату вызвалення і пазначаны тэрмін.';
const ADD_TERM = 'змяненне прысуду або дададзены тэрмін (напрыклад, новыя абвінавачванні па арт. 411)';

export const findingsBe = {
  'finding.invalid-date': 'Такой даты няма ў календары: {at} — «{value}». Выпраўце яе (ГГГГ, ГГГГ-ММ або ГГГГ-ММ-ДД).',
  'finding.date-in-future':
    'Дата ў будучыні: {at} — {value}, а сёння {today}. Выпраўце дату або ўнясіце падзею, калі яна адбудзецца.',
  'finding.event-after-source-date':
    'Падзея {event} датаваная пазней за ўсе крыніцы, на якія спасылаецца: {cited}. Крыніца не можа паведаміць пра тое, чаго яшчэ не было: звярыце дату з крыніцай (памылка ў месяцы ці годзе?) або спашліцеся на пазнейшую крыніцу, якая пра гэта паведамляе.',
  'finding.birth-after-detention':
    'Дата нараджэння ({birth}) пазней за падзею {event}. Праверце дату нараджэння і дату затрымання.',
  'finding.implausible-age.young':
    'Дата нараджэння {birth}: на момант падзеі {event} чалавеку было не больш за {age, plural, one {# год} few {# гады} other {# гадоў}}, а да 14 гадоў крымінальнай адказнасці няма. Праверце дату нараджэння і дату затрымання.',
  'finding.implausible-age.old':
    'Дата нараджэння {birth}: на момант падзеі {event} чалавеку было не менш за {age, plural, one {# год} few {# гады} other {# гадоў}}. Праверце дату нараджэння (памылка ў стагоддзі?) і дату затрымання.',
  'finding.stated-time-served-mismatch': `Пазначана {stated}, але з {start} па {release} — {computed}. Праверце: ${STATED_TAIL}`,
  'finding.stated-time-served-mismatch.fitting': `Пазначана {stated}, але з {start} па {release} — {computed}. Пазначанаму тэрміну адпавядала б затрыманне {fitting}; ${STATED_TAIL}`,
  'finding.release-without-custody.none':
    'Перад падзеяй {event} няма затрымання. Дадайце затрыманне (падыдзе і няпоўная дата, напрыклад 2022-03) або выдаліце вызваленне.',
  'finding.release-without-custody.overlap':
    'Даты падзей {event} і {other} перакрываюцца, таму вызваленне лічыцца больш раннім і не завяршае знаходжання пад вартай. Пазначце абедзве даты цалкам.',
  'finding.release-without-custody.free':
    'Падзея {event} прыпадае на час, калі чалавек не пад вартай (пасля папярэдняга вызвалення затрымання не было). Дадайце затрыманне, якое было перад ім, або выдаліце вызваленне, калі яно паўтарае ранейшае.',
  'finding.release-before-detention':
    'Падзея {event} раней за першае затрыманне, {detention}. Праверце абедзве даты (памылка ў годзе?); пакуль чалавек лічыцца пад вартай з моманту затрымання.',
  'finding.served-longer-than-sentence.ongoing': `Пад вартай з {since} ({start}), але тэрмін ${CASES} ({term}) скончыўся не пазней за {latestEnd} (сёння {today}). Унясіце вызваленне, ${ADD_TERM} або выпраўце даты.`,
  'finding.served-longer-than-sentence.ended': `З {start} па {end} — {served}, даўжэй за тэрмін ${CASES} ({term}). Праверце даты і тэрмін або ўнясіце дададзены тэрмін (напрыклад, новыя абвінавачванні па арт. 411).`,
  'finding.events-out-of-order.verdict': `Падзея {event} раней за падзею {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.verdict-date': `Дата прысуду па справе {caseId} ({date}) раней за падзею {detention}${INFERRED}${VERDICT_TAIL}`,
  'finding.events-out-of-order.transfer':
    'Падзея {event} пазней за падзею {release}, а затрымання паміж імі няма. Дадайце новае затрыманне або выпраўце дату падзеі {kind} ці вызвалення.',
  'finding.events-out-of-order.recognition':
    'Падзея {event} раней за любое прызнанне палітвязнем. Дадайце прызнанне або выпраўце даты.',
  'finding.events-out-of-order.death':
    'Падзея {event} пазней за падзею {death}. Выпраўце дату адной з іх або выдаліце падзею.',
  'finding.unknown-facility':
    'Падзея {event} называе месца ўтрымання {facilityId}, якога няма ў рэестры. Дадайце яго або выберыце існае.',
  'finding.unknown-source.event':
    'Падзея {event} спасылаецца на крыніцу {sourceId}, якой няма ў рэестры. Дадайце крыніцу або выпраўце ідэнтыфікатар.',
  'finding.unknown-source.case':
    'Справа {caseId} спасылаецца на крыніцу {sourceId}, якой няма ў рэестры. Дадайце крыніцу або выпраўце ідэнтыфікатар.',
  'finding.missing-source':
    'Падзея {event} публічная, але не спасылаецца ні на адну крыніцу. Дадайце крыніцу, з якой яна ўзятая, або зрабіце яе ўнутранай.',
  'finding.inferred-date':
    'Дата падзеі {event} выведзеная ({rule}): {reasoning}. Пацвердзіце яе па крыніцы і ўнясіце як пазначаную.',
  'finding.external-photo':
    'Фота «{ref}» — не файл гэтага сайта, таму публічныя старонкі і выгрузкі яго не паказваюць (чужая выява дазволіла б яе хосту бачыць кожнага чытача). Скапіруйце выяву на сайт, напрыклад photos/{personId}.jpg, і пазначце гэтую спасылку або выдаліце фота.',
  'finding.term-ended-no-release': `Паводле запісу чалавек пад вартай, але разліковае вызваленне{hasCase, select, yes { (справа {caseId})} other {}} мусіла быць не пазней за {end}, а вызваленне не ўнесенае (сёння {today}). Старонкі паказваюць «тэрмін скончыўся, вызваленне не пацверджана», і падлік не ўлічвае чалавека: унясіце вызваленне, ${ADD_TERM} або выпраўце даты.`,
  'finding.date.birth': 'дата нараджэння',
  'finding.date.verdict': 'дата прысуду па справе {caseId}',
  'finding.date.appeal': 'дата апеляцыі па справе {caseId}',
  'finding.between': 'ад {min} да {max}',
  'finding.digest.person-not-found':
    'У рэестры няма чалавека {person}: выдаліце запіс з дайджэста або аднавіце картку.',
  'finding.digest.person-not-public': 'Картка {person} унутраная: яе нельга публікаваць у дайджэсце; выдаліце запіс.',
  'finding.digest.event-not-found':
    'Падзеі {event}, пра якую паведамляе запіс, больш няма ў картцы {person}; стварыце запіс нанова або выдаліце яго.',
  'finding.digest.event-outside-month':
    'Падзея {kind} у {person} датаваная {date}, па-за месяцам {month}: праверце дату або выдаліце запіс.',
  'finding.digest.entry-without-source': 'У падзеі {kind} ({person}, {date}) няма крыніцы: дадайце яе да публікацыі.',
  'finding.digest.heading-term-mismatch':
    'Загаловак пра {person} не называе тэрмін, які даюць даты ({stated}): выпраўце загаловак або даты.',
} as const;
