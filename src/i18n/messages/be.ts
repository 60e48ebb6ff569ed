/** Belarusian catalog: the same keys as `en.ts` (see there). */
import type { Catalog } from './en.js';

export const be: Catalog = {
  'site.name': 'Палітвязні Беларусі',
  'site.skipLink': 'Перайсці да зместу',
  'site.navLabel': 'Галоўнае меню',
  'site.langLabel': 'Мова',
  'site.breadcrumbLabel': 'Навігацыйны ланцужок',
  'lang.be': 'Беларуская',
  'lang.ru': 'Русский',
  'lang.en': 'English',

  'nav.home': 'Галоўная',
  'nav.persons': 'Палітвязні',
  'nav.figures': 'Лічбы',
  'nav.facilities': 'Месцы зняволення',
  'nav.articles': 'Артыкулы',
  'nav.digests': 'Дайджэсты',
  'nav.report': 'Паведаміць пра вызваленне',
  'nav.data': 'Адкрытыя даныя',

  'headline.count':
    '{count, plural, one {У Беларусі # палітвязень} few {У Беларусі # палітвязні} many {У Беларусі # палітвязняў} other {У Беларусі # палітвязня}}',
  'headline.asOf': 'па стане на {date}',

  'status.imprisoned': 'У зняволенні',
  'status.released': 'Вызвалены(ая)',
  'status.deceased': 'Памёр (памерла)',
  'status.other': 'Іншае',
  'sex.female': 'Жаночы',
  'sex.male': 'Мужчынскі',

  'filter.legend': 'Фільтр',
  'filter.status': 'Статус',
  'filter.region': 'Рэгіён',
  'filter.sex': 'Пол',
  'filter.article': 'Артыкул',
  'filter.facility': 'Месца зняволення',
  'filter.detentionYear': 'Год затрымання',
  'filter.name': 'Пошук па імені',
  'filter.any': 'Любы',
  'filter.apply': 'Паказаць',
  'filter.reset': 'Скінуць фільтры',
  'filter.found':
    '{count, plural, one {Знойдзены # чалавек} few {Знойдзена # чалавекі} many {Знойдзена # чалавек} other {Знойдзена # чалавека}}',

  'sort.label': 'Сартаваць па',
  'sort.name': 'Імя',
  'sort.detention': 'Дата затрымання',
  'sort.release': 'Дата вызвалення',
  'sort.timeServed': 'Тэрмін за кратамі',
  'sort.asc': 'па ўзрастанні',
  'sort.desc': 'па змяншэнні',

  'pagination.label': 'Старонкі',
  'pagination.previous': 'Назад',
  'pagination.next': 'Далей',
  'pagination.page': 'Старонка {page}',
  'pagination.status': 'Старонка {page} з {pages}',

  'event.search': 'Ператрус',
  'event.detention': 'Затрыманне',
  'event.administrative_arrest': 'Адміністрацыйны арышт',
  'event.re_detention': 'Паўторнае затрыманне',
  'event.charged': 'Прад’яўлена абвінавачанне',
  'event.pretrial_placement': 'Змяшчэнне ў СІЗА',
  'event.transfer': 'Перавод у іншую ўстанову',
  'event.trial': 'Суд',
  'event.verdict': 'Прысуд',
  'event.appeal': 'Апеляцыя',
  'event.new_charges': 'Новае абвінавачанне',
  'event.sentence_change': 'Змяненне прысуду',
  'event.release': 'Вызваленне',
  'event.recognition': 'Прызнанне палітвязнем',
  'event.recognition_end': 'Зняцце статусу палітвязня',
  'event.death': 'Смерць',
  'event.other': 'Іншая падзея',

  'release.term_served': 'Цалкам адбыў(ла) тэрмін',
  'release.home_confinement': 'Вызваленне пасля суда: «хатняя хімія»',
  'release.open_institution': 'Вызваленне пасля суда: накіраванне ў папраўчую ўстанову адкрытага тыпу',
  'release.parole': 'Умоўна-датэрміновае вызваленне',
  'release.milder_punishment': 'Замена неадбытай часткі больш мяккім пакараннем',
  'release.pardon': 'Памілаванне',
  'release.expulsion': 'Вызваленне з прымусовым выездам з краіны',
  'release.amnesty': 'Амністыя',
  'release.conviction_quashed': 'Адмена прысуду',
  'release.sentence_lifted': 'Вызваленне ад пакарання',
  'release.non_custodial_sentence': 'Пакаранне, не звязанае з пазбаўленнем волі',
  'release.released_pending_trial': 'Вызваленне да суда',
  'release.other': 'Іншая прычына',

  'region.brest': 'Брэсцкая вобласць',
  'region.homiel': 'Гомельская вобласць',
  'region.hrodna': 'Гродзенская вобласць',
  'region.mahiliou': 'Магілёўская вобласць',
  'region.minsk': 'Мінская вобласць',
  'region.minsk-city': 'Мінск',
  'region.viciebsk': 'Віцебская вобласць',
  'region.abroad': 'За мяжой',

  'punishment.deprivation_of_liberty': 'Пазбаўленне волі',
  'punishment.restriction_of_freedom': 'Абмежаванне волі',
  'punishment.arrest': 'Арышт',
  'punishment.fine': 'Штраф',
  'punishment.corrective_labour': 'Папраўчыя работы',
  'punishment.deprivation_of_right': 'Пазбаўленне права займаць пэўныя пасады',
  'punishment.life_imprisonment': 'Пажыццёвае зняволенне',
  'punishment.compulsory_treatment': 'Прымусовае лячэнне',
  'punishment.other': 'Іншае пакаранне',
  'punishment.withReferral': 'з накіраваннем у папраўчую ўстанову адкрытага тыпу',
  'punishment.withoutReferral': 'без накіравання («хатняя хімія»)',
  'punishment.fineAmount':
    '{amount, plural, one {# базавая велічыня} few {# базавыя велічыні} many {# базавых велічынь} other {# базавай велічыні}}',

  'regime.general': 'Калонія агульнага рэжыму',
  'regime.strengthened': 'Калонія ўзмоцненага рэжыму',
  'regime.strict': 'Калонія строгага рэжыму',
  'regime.special': 'Калонія асаблівага рэжыму',
  'regime.settlement': 'Калонія-пасяленне',
  'regime.prison': 'Турма',

  'facilityKind.pretrial': 'Следчы ізалятар',
  'facilityKind.temporary': 'Ізалятар часовага ўтрымання',
  'facilityKind.colony': 'Папраўчая калонія',
  'facilityKind.colony_settlement': 'Калонія-пасяленне',
  'facilityKind.prison': 'Турма',
  'facilityKind.open_institution': 'Папраўчая ўстанова адкрытага тыпу',
  'facilityKind.medical': 'Лячэбная ўстанова',
  'facilityKind.other': 'Іншая ўстанова',

  'table.name': 'Імя',
  'table.status': 'Статус',
  'table.region': 'Рэгіён',
  'table.sex': 'Пол',
  'table.born': 'Дата нараджэння',
  'table.articles': 'Артыкулы',
  'table.detained': 'Затрыманы(ая)',
  'table.released': 'Вызвалены(ая)',
  'table.facility': 'Месца зняволення',
  'table.date': 'Дата',
  'table.event': 'Падзея',
  'table.count': 'Колькасць',
  'table.month': 'Месяц',
  'table.year': 'Год',
  'table.empty': 'Нічога не знойдзена.',

  'person.timeServed': 'Тэрмін за кратамі',
  'person.sentence': 'Прысуд',
  'person.address': 'Адрас для лістоў',
  'person.sources': 'Крыніцы',
  'person.timeline': 'Храналогія',
  'person.charges': 'Абвінавачанні',
  'person.occupation': 'Род заняткаў',
  'person.article': '{part, select, none {Артыкул {article}} other {Частка {part} артыкула {article}}}',

  'home.birthdays': 'Дні нараджэння ў гэтым месяцы',
  'home.upcoming': 'Хуткія вызваленні',

  'footer.text':
    'Складзена праваабаронцамі паводле адкрытых крыніц і правераных паведамленняў. Даныя могуць быць няпоўнымі.',
  'footer.openData': 'Даныя адкрытыя: спампуйце іх і праверце нашы лічбы.',

  'report.call': 'Калі вы ведаеце, што палітвязень выйшаў на волю, паведаміце нам.',

  'digest.caveat':
    'Колькасць палітвязняў, якія вызваліліся пасля адбыцця тэрміну, можа быць большай, бо дакладная інфармацыя пра вызваленне ёсць не заўсёды.',
  'digest.callForTips':
    'Калі вы ведаеце, што асуджаны па палітычных матывах чалавек ужо выйшаў на волю, калі ласка, паведаміце нам.',
  'digest.released':
    '{count, plural, one {Прынамсі # палітвязень выйшаў} few {Прынамсі # палітвязні выйшлі} many {Прынамсі # палітвязняў выйшлі} other {Прынамсі # палітвязня выйшлі}} на волю, цалкам адбыўшы тэрмін.',
  'digest.overThreeYears':
    '{count, plural, =0 {Ніхто з іх не правёў} one {# з іх правёў} other {# з іх правялі}} за кратамі больш за тры гады.',
  'digest.personHeading': '{sex, select, female {Палітвязніца} other {Палітвязень}} {name} — {term} за кратамі',
  'digest.personHeadingPlain': '{sex, select, female {Палітвязніца} other {Палітвязень}} {name}',
  'digest.inMonth':
    '{month, select, m1 {у студзені} m2 {у лютым} m3 {у сакавіку} m4 {у красавіку} m5 {у траўні} m6 {у чэрвені} m7 {у ліпені} m8 {у жніўні} m9 {у верасні} m10 {у кастрычніку} m11 {у лістападзе} other {у снежні}}',
  'digest.inYear': 'у {year} г.',
  'digest.onDay': '{date}',
  'digest.title.releases':
    '{count, plural, one {# палітвязень выйшаў} few {# палітвязні выйшлі} many {# палітвязняў выйшлі} other {# палітвязня выйшлі}} на волю {inMonth}, цалкам адбыўшы тэрмін',
  'digest.title.convictions':
    '{count, plural, one {# палітвязень асуджаны} few {# палітвязні асуджаныя} many {# палітвязняў асуджаныя} other {# палітвязня асуджаныя}} {inMonth}',
  'digest.title.recognitions':
    '{count, plural, one {# чалавек прызнаны палітвязнем} few {# чалавекі прызнаныя палітвязнямі} many {# чалавек прызнаныя палітвязнямі} other {# чалавека прызнаныя палітвязнямі}} {inMonth}',
  'digest.opening.now':
    'Цяпер у Беларусі {count, plural, one {# палітвязень} few {# палітвязні} many {# палітвязняў} other {# палітвязня}}.',
  'digest.opening.released':
    '{count, plural, one {Прынамсі # палітвязень выйшаў} few {Прынамсі # палітвязні выйшлі} many {Прынамсі # палітвязняў выйшлі} other {Прынамсі # палітвязня выйшлі}} на волю {inMonth}, цалкам адбыўшы тэрмін.',
  'digest.opening.homeConfinement':
    '{count, plural, one {Яшчэ # палітвязень вызвалены} few {Яшчэ # палітвязні вызваленыя} many {Яшчэ # палітвязняў вызваленыя} other {Яшчэ # палітвязня вызваленыя}} з-пад варты пасля суда з прызначэннем абмежавання волі без накіравання («хатняя хімія»).',
  'digest.opening.openInstitution':
    '{count, plural, one {Яшчэ # палітвязень вызвалены} few {Яшчэ # палітвязні вызваленыя} many {Яшчэ # палітвязняў вызваленыя} other {Яшчэ # палітвязня вызваленыя}} з-пад варты пасля суда з накіраваннем у папраўчую ўстанову адкрытага тыпу.',
  'digest.opening.convicted': 'Палітвязняў, асуджаных {inMonth}: {count, number}.',
  'digest.opening.recognised': 'Прызнаныя палітвязнямі {inMonth}: {count, number}.',
  'digest.caveat.general':
    'Гэтыя даныя могуць быць няпоўнымі: не пра ўсе справы палітвязняў становіцца вядома праваабаронцам.',
  'digest.callForTips.general': 'Калі вы ведаеце пра справу, якую мы прапусцілі, калі ласка, паведаміце нам.',
  'digest.punishment':
    '{kind, select, deprivation_of_liberty {{term} пазбаўлення волі} restriction_of_freedom {{term} абмежавання волі} arrest {{term} арышту} corrective_labour {{term} папраўчых работ} other {{term}}}',
  'digest.criminalCode': '{charges} Крымінальнага кодэкса',
  'digest.story.detained': '{name} {sex, select, female {была затрыманая} other {быў затрыманы}} {when}.',
  'digest.story.heldIn': 'Месца ўтрымання пад вартай: {facility}.',
  'digest.story.charged': 'Абвінавачанне: {charges}.',
  'digest.story.sentenced':
    '{when} суд прызначыў {sex, select, female {ёй} male {яму} other {палітвязню}} пакаранне: {punishment}.',
  'digest.story.sentencedUndated':
    'Суд прызначыў {sex, select, female {ёй} male {яму} other {палітвязню}} пакаранне: {punishment}.',
  'digest.story.court': 'Справу разглядаў суд: {court}.',
  'digest.story.servedIn': 'Месца адбывання пакарання: {facility}.',
  'digest.story.released':
    '{when} {sex, select, female {выйшла} other {выйшаў}} на волю{reason, select, term_served {, цалкам адбыўшы тэрмін} home_confinement { пасля суда з прызначэннем абмежавання волі без накіравання} open_institution { пасля суда з накіраваннем у папраўчую ўстанову адкрытага тыпу} other {}}.',
  'digest.story.recognised': '{when} {sex, select, female {прызнаная палітвязніцай} other {прызнаны палітвязнем}}.',
  'digest.story.source': '{count, plural, one {Крыніца} other {Крыніцы}}: {sources}.',
  'digest.index.title': 'Дайджэсты',
  'digest.index.intro': 'Штомесячныя дайджэсты: вызваленні, прысуды і новыя палітвязні.',
  'digest.index.empty': 'Дайджэстаў пакуль няма.',
  'digest.kind.releases': 'Вызваленні',
  'digest.kind.convictions': 'Прысуды',
  'digest.kind.recognitions': 'Прызнанні',
  'digest.published': 'Апублікавана {date}',
  'digest.feed': 'Стужка (Atom)',
  'digest.feedTitle': 'Дайджэсты — {site}',

  'chart.dataTable': 'Даныя графіка',
  'chart.downloadCsv': 'Спампаваць даныя (CSV)',
  'chart.date': 'Дата',
  'chart.value': 'Колькасць',
  'chart.label': 'Катэгорыя',
  'chart.lineSummary': '{from} – {to}: на пачатку {first}, у канцы {last}; найбольш {max} ({maxAt}).',
  'chart.barSummary':
    '{count, plural, one {# катэгорыя} few {# катэгорыі} many {# катэгорый} other {# катэгорыі}}; найбольш: {label} ({value}).',
  'chart.noData': 'Няма даных',

  'common.unknown': 'невядома',

  'term.years': '{n, plural, one {# год} few {# гады} many {# гадоў} other {# года}}',
  'term.months': '{n, plural, one {# месяц} few {# месяцы} many {# месяцаў} other {# месяца}}',
  'term.days': '{n, plural, one {# дзень} few {# дні} many {# дзён} other {# дня}}',
  'list.two': '{a} і {b}',
  'list.three': '{a}, {b} і {c}',
  'date.approx': 'каля {date}',
};
