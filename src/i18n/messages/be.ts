/** Belarusian catalog: the same keys as `en.ts` (see there). */
import { mergeBe } from './merge-be.js';
import { deskBe } from './desk-be.js';
import { digestsBe } from './digests-be.js';
import type { Catalog } from './en.js';
import { lettersBe } from './letters-be.js';
import { tipsBe } from './tips-be.js';
import { photosBe } from './photos-be.js';
import { checksBe } from './checks-be.js';
import { findingsBe } from './findings-be.js';
import { telegramBe } from './telegram-be.js';

import { staffBe } from './staff-be.js';
import { formsBe } from './forms-be.js';

export const be: Catalog = {
  ...staffBe,
  ...lettersBe,
  // -- merge: messages --
  ...mergeBe,
  // -- digests: messages --
  ...digestsBe,
  // -- api-rest: messages --
  // -- desk: messages --
  ...deskBe,
  // -- forms: messages --
  ...formsBe,
  // -- photos: messages --
  ...photosBe,
  ...checksBe,
  ...findingsBe,
  // -- tips: messages --
  ...tipsBe,
  // -- telegram: messages --
  ...telegramBe,
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
  'status.released': '{sex, select, female {Вызвалена} male {Вызвалены} other {На волі}}',
  'status.deceased': '{sex, select, female {Памерла} male {Памёр} other {Няма ў жывых}}',
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

  'release.term_served': 'Тэрмін адбыты цалкам',
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
  'table.detained': 'Дата затрымання',
  'table.released': 'Дата вызвалення',
  'table.facility': 'Месца зняволення',
  'table.date': 'Дата',
  'table.event': 'Падзея',
  'table.count': 'Колькасць',
  'table.month': 'Месяц',
  'table.year': 'Год',
  'table.empty': 'Нічога не знойдзена.',

  'person.timeServed': 'Тэрмін за кратамі',
  'person.sentence': 'Пакаранне',
  'person.address': 'Адрас для лістоў',
  'person.sources': 'Крыніцы',
  'person.timeline': 'Храналогія',
  'person.charges': 'Абвінавачанні',
  'person.occupation': 'Род заняткаў',
  'person.article': '{part, select, none {Артыкул {article}} other {Частка {part} артыкула {article}}}',

  'home.birthdays': 'Дні нараджэння ў бліжэйшыя 60 дзён',
  'home.upcoming': 'Хуткія вызваленні',

  'footer.text':
    'Складзена праваабаронцамі паводле адкрытых крыніц і правераных паведамленняў. Даныя могуць быць няпоўнымі.',
  'footer.openData': 'Даныя адкрытыя: спампуйце іх і праверце нашы лічбы.',

  'report.call': 'Калі вы ведаеце, што палітвязень выйшаў на волю, паведаміце нам.',
  'report.pending':
    'Тут будзе абароненая форма для паведамленняў. Пакуль яе няма, звяжыцеся з праваабаронцамі праз кантакты на іх сайце. Мы ніколі не папросім пра вас больш, чым трэба для паведамлення.',

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
  'digest.corrected': 'Выпраўлена {date}: дайджэст перагледжаны пасля публікацыі.',
  'digest.withheld': 'Частка гэтага дайджэста знятая пасля публікацыі; выпраўленая версія з’явіцца пазней.',

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
  // Public site pages (src/web/pages)
  'page.list.all': 'Усе',
  'page.list.title.imprisoned': 'Палітвязні цяпер',
  'page.list.title.released': 'Вызваленыя палітвязні',
  'page.list.description': 'Усе людзі ў базе: пошук па імені ў любым напісанні, фільтры і сартаванне.',
  'page.list.mirrorNote':
    'Гэта копія без сеткі: пошук і фільтры працуюць на сайце; тут глядзіце спісы старонка за старонкай.',
  'page.list.order': 'Парадак',
  'page.person.names': 'Імя ва ўсіх напісаннях',
  'page.person.system.be-cyrl': 'па-беларуску',
  'page.person.system.ru-cyrl': 'па-руску',
  'page.person.system.latn': 'лацінкай',
  'page.person.photoCredit': 'Фота: {credit}',
  'page.person.servedSoFar': 'За кратамі ўжо',
  'page.person.servedTotal': 'Усяго за кратамі',
  'page.person.servedRange': 'ад {min} да {max}',
  'page.person.between': 'паміж {from} і {to}',
  'page.person.expectedRelease': 'Чаканае вызваленне',
  'page.person.court': 'Суд',
  'page.person.verdictDate': 'Прысуд',
  'page.person.appeals': 'Апеляцыі',
  'page.person.appeal.upheld': 'прысуд пакінуты ў сіле',
  'page.person.appeal.reduced': 'тэрмін зменшаны',
  'page.person.appeal.increased': 'тэрмін павялічаны',
  'page.person.appeal.quashed': 'прысуд адменены',
  'page.person.appeal.pending': 'разглядаецца',
  'page.person.appeal.other': 'іншы вынік',
  'page.person.inferred': '(дата вылічаная)',
  'page.person.fictional': 'Гэта выдуманы чалавек, створаны для дэманстрацыі.',
  'page.person.description': '{name}: {status}. Справа, прысуд, храналогія і адрас для лістоў.',
  'page.facilities.intro': 'Месцы зняволення і колькі палітвязняў у кожным цяпер.',
  'page.facilities.kind': 'Тып',
  'page.facilities.city': 'Горад',
  'page.facilities.now': 'Цяпер',
  'page.facilities.regime': 'Рэжым',
  'page.facilities.aliases': 'Іншыя назвы',
  'page.facilities.letters': 'Лісты палітвязням дасылайце на гэты адрас; пішыце поўнае імя і год нараджэння адрасата.',
  'page.facilities.heldNow': 'Утрымліваюцца цяпер',
  'page.facilities.heldBefore': 'Утрымліваліся раней',
  'page.facilities.description':
    '{name}: {count, plural, =0 {цяпер палітвязняў не вядома} one {цяпер # палітвязень} few {цяпер # палітвязні} many {цяпер # палітвязняў} other {цяпер # палітвязня}}; адрас для лістоў.',
  'page.articles.intro': 'Артыкулы Крымінальнага кодэкса, па якіх абвінавачваюць палітвязняў.',
  'page.articles.title': 'Назва',
  'page.articles.persons': 'Абвінавачаных',
  'page.article.charged':
    '{count, plural, one {Па гэтым артыкуле абвінавачаны # чалавек} few {Па гэтым артыкуле абвінавачаныя # чалавекі} many {Па гэтым артыкуле абвінавачаныя # чалавек} other {Па гэтым артыкуле абвінавачаныя # чалавека}}',
  'page.article.chart': 'Палітвязні, абвінавачаныя па арт. {article}, па месяцах',
  'page.figures.intro': 'Лічбы на {date}. Да кожнага графіка ёсць табліца і файл CSV.',
  'page.figures.description':
    'Палітвязні Беларусі ў лічбах: з часам, па месяцах, па артыкулах, рэгіёнах, полу і месцах зняволення.',
  'page.figures.articleBar': 'арт. {article}',
  'page.figures.chart.count': 'Палітвязні па месяцах',
  'page.figures.chart.detentions': 'Новыя затрыманні па месяцах',
  'page.figures.chart.releases': 'Вызваленні па месяцах',
  'page.figures.chart.region': 'Палітвязні цяпер па рэгіёнах',
  'page.figures.chart.sex': 'Палітвязні цяпер па поле',
  'page.figures.chart.article': 'Палітвязні цяпер па артыкулах',
  'page.figures.chart.facility': 'Палітвязні цяпер па месцах зняволення',
  'page.upcoming.intro':
    'Чаканыя вызваленні з {from} па {to}, паводле прысудаў і заліку СІЗА; сапраўдныя даты могуць адрознівацца.',
  'page.upcoming.description': 'Палітвязні, якіх чакаюць на волі ў бліжэйшы час.',
  'page.upcoming.date': 'Чаканае вызваленне',
  'page.birthdays.intro': 'Палітвязні, у якіх у гэтым месяцы дзень нараджэння: ліст ці паштоўка падтрымаюць.',
  'page.home.latest': 'Апошняе',
  'page.home.releasedLastMonth':
    '{count, plural, =0 {{month}: вызваленняў не зафіксавана.} one {{month}: вызвалены # палітвязень.} few {{month}: вызваленыя # палітвязні.} many {{month}: вызваленыя # палітвязняў.} other {{month}: вызваленыя # палітвязня.}}',
  'page.home.digests': 'Штомесячныя агляды',
  'page.home.allFigures': 'Усе лічбы і графікі',
  'page.error.title': 'З гэтым адрасам нешта не так',
  'page.error.notFound': 'Старонка не знойдзена',
  'page.error.notFoundText': 'Такой старонкі няма. Магчыма, яна пераехала або ў адрасе памылка.',
  // Issue 12 (sitelang): genitive terms, text in another language, errors, search
  'term.gen.years': '{n, plural, one {# года} other {# гадоў}}',
  'term.gen.months': '{n, plural, one {# месяца} other {# месяцаў}}',
  'term.gen.days': '{n, plural, one {# дня} other {# дзён}}',
  'text.inLang': '{lang, select, be {па-беларуску} ru {па-руску} other {па-англійску}}',
  'status.other.explain':
    'Ёсць у базе, але не ўлічваецца ў колькасці палітвязняў: напрыклад, няма звестак пра ўтрыманне пад вартай або чалавек яшчэ не прызнаны палітвязнем.',
  'filter.status.other': 'Іншае (не ўлічваюцца)',
  'page.error.badFilter': 'Недапушчальнае значэнне ў полі «{field}». Выберыце значэнне са спісу або скіньце фільтры.',
  'page.error.pastEnd':
    '{pages, plural, one {Тут толькі # старонка.} few {Тут толькі # старонкі.} many {Тут толькі # старонак.} other {Тут толькі # старонкі.}}',
  'page.error.lastPage': 'Перайсці на апошнюю старонку',
  'home.search': 'Пошук па імені',
  'home.searchButton': 'Знайсці',
  // Issue 12 (sitelang, session 5): folded filters, facility releases, the mirror's name index
  'filter.summary': '{count, plural, =0 {Пошук і фільтры} other {Пошук і фільтры (выбрана: #)}}',
  'page.list.otherIntro': 'Людзі са статусам «Іншае»: {explain}',
  'page.facility.heldNow': 'Утрымліваюцца тут зараз',
  'page.facility.releasedFrom': 'Вызваленыя адсюль',
  'page.facility.releasedNone': 'Вызваленняў з гэтага месца не запісана.',
  'page.index.title': 'Людзі па прозвішчы',
  'page.index.intro': 'У гэтай копіі сайта няма пошуку: знайдзіце чалавека па першай літары прозвішча.',
  'page.index.letter': 'Прозвішчы на {letter}',
  'page.index.link': 'Людзі па прозвішчы (А–Я)',
  'mirror.madeAt': 'Гэтая копія сайта зроблена {date}; на сайце могуць быць навейшыя даныя.',
  'digest.personPage': 'Старонка: {name}',
  // Issue 11 (bounds): the per-client rate limit
  'error.rateLimited':
    'Занадта шмат запытаў з вашай сеткі. Пачакайце {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} і паспрабуйце зноў.',
};
