/** Тэксты службовых старонак па-беларуску (тыя ж ключы, што ў `staff-en.ts`). */
import type { StaffCatalog } from './staff-en.js';

export const staffBe: StaffCatalog = {
  'staff.name': 'Rollcall: супрацоўнікі',
  'staff.signIn.title': 'Уваход',
  'staff.signIn.email': 'Электронная пошта',
  'staff.signIn.password': 'Пароль',
  'staff.signIn.code': 'Код з праграмы-аўтэнтыфікатара або рэзервовы код',
  'staff.signIn.submit': 'Увайсці',
  'staff.signIn.needed': 'Увайдзіце, каб адкрыць гэтую старонку.',
  'staff.forbidden':
    'Ваша роля ({role}) не дазваляе адкрыць гэтую старонку. Калі яна вам патрэбная, звярніцеся да адміністратара.',
  'staff.enrol.title': 'Наладка ўліковага запісу',
  'staff.enrol.intro':
    'Уліковы запіс {email}. Выберыце пароль (не карацейшы за 12 знакаў; найлепш некалькі не звязаных слоў), потым дадайце Rollcall у праграму-аўтэнтыфікатар на тэлефоне і ўвядзіце код, які яна паказвае.',
  'staff.enrol.key': 'Ключ для праграмы-аўтэнтыфікатара',
  'staff.enrol.uri': 'Або адкрыйце гэтую спасылку на тэлефоне з праграмай',
  'staff.enrol.password': 'Новы пароль',
  'staff.enrol.password2': 'Той жа пароль яшчэ раз',
  'staff.enrol.code': 'Код, які праграма паказвае зараз',
  'staff.enrol.submit': 'Гатова',
  'staff.enrol.doneTitle': 'Уліковы запіс гатовы',
  'staff.enrol.codes':
    'Рэзервовыя коды: кожны дзейнічае адзін раз замест кода з праграмы, калі вы згубіце тэлефон. Запішыце іх і захоўвайце асобна ад тэлефона. Яны паказваюцца толькі зараз.',
  'staff.enrol.next': 'Перайсці да ўваходу',
  'staff.home.title': 'Супрацоўнікі',
  'staff.home.signedInAs': 'Вы ўвайшлі як {email} ({role}).',
  'staff.home.recoveryLeft':
    '{count, plural, one {У вас застаўся # рэзервовы код.} few {У вас засталося # рэзервовыя коды.} many {У вас засталося # рэзервовых кодаў.} other {У вас засталося # рэзервовага кода.}}',
  'staff.nav.home': 'Галоўная для супрацоўнікаў',
  'staff.nav.sessions': 'Вашы сеансы',
  'staff.signOut': 'Выйсці',
  'staff.sessions.title': 'Вашы сеансы',
  'staff.sessions.started': 'Уваход',
  'staff.sessions.lastSeen': 'Апошняя актыўнасць',
  'staff.sessions.state': 'Стан',
  'staff.sessions.this': 'гэты браўзер',
  'staff.sessions.end': 'Завяршыць сеанс',
  'staff.sessions.state.active': 'актыўны',
  'staff.sessions.state.revoked': 'завершаны',
  'staff.sessions.state.expired': 'скончыўся',
  'staff.sessions.state.idle-expired': 'скончыўся (бяздзейнасць)',
  'staff.role.admin': 'адміністратар',
  'staff.role.editor': 'рэдактар',
  'staff.role.researcher': 'даследчык',
  'staff.role.tip_reviewer': 'праверка паведамленняў',
  'staff.role.viewer': 'чытач',
  'staff.error.sign-in-failed':
    'Пошта, пароль або код няправільныя. Праверце іх і паспрабуйце зноў; згублены другі фактар можа скінуць адміністратар.',
  'staff.error.too-many-attempts': 'Занадта шмат няўдалых спробаў уваходу. Паспрабуйце зноў праз {minutes} хв.',
  'staff.error.enrolment-invalid': 'Гэтая спасылка для наладкі больш не дзейнічае. Папрасіце ў адміністратара новую.',
  'staff.error.password-too-short':
    'Выкарыстоўвайце не менш за 12 знакаў (добрая парольная фраза — некалькі не звязаных слоў).',
  'staff.error.password-too-long': 'Выкарыстоўвайце не больш за 1 024 знакі.',
  'staff.error.password-common': 'Гэты пароль ёсць у спісе распаўсюджаных або ўцёклых пароляў. Выберыце іншы.',
  'staff.error.password-is-email': 'Не выкарыстоўвайце ў паролі свой адрас пошты.',
  'staff.error.passwords-differ': 'Паролі не супадаюць.',
  'staff.error.code-wrong': 'Код не падыходзіць. Праверце час на тэлефоне і ўвядзіце 6 лічбаў, якія паказаны зараз.',
  'staff.error.csrf':
    'Гэтая форма састарэла або прыйшла з іншага сайта. Адкрыйце старонку зноў і адпраўце форму яшчэ раз.',
  'staff.error.busy': 'Сервер заняты. Паспрабуйце праз некалькі секунд.',
  'staff.error.other': 'Нешта пайшло не так. Паспрабуйце яшчэ раз.',
};
