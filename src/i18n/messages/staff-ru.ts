/** Тексты служебных страниц на русском (те же ключи, что в `staff-en.ts`). */
import type { StaffCatalog } from './staff-en.js';

export const staffRu: StaffCatalog = {
  'staff.name': 'Rollcall: сотрудники',
  'staff.signIn.title': 'Вход',
  'staff.signIn.email': 'Электронная почта',
  'staff.signIn.password': 'Пароль',
  'staff.signIn.code': 'Код из приложения-аутентификатора или резервный код',
  'staff.signIn.submit': 'Войти',
  'staff.signIn.needed': 'Войдите, чтобы открыть эту страницу.',
  'staff.forbidden':
    'Ваша роль ({role}) не даёт открыть эту страницу. Если она вам нужна, обратитесь к администратору.',
  'staff.enrol.title': 'Настройка учётной записи',
  'staff.enrol.intro':
    'Учётная запись {email}. Выберите пароль (не короче 12 символов; лучше всего несколько не связанных слов), затем добавьте Rollcall в приложение-аутентификатор на телефоне и введите показанный им код.',
  'staff.enrol.key': 'Ключ для приложения-аутентификатора',
  'staff.enrol.uri': 'Или откройте эту ссылку на телефоне с приложением',
  'staff.enrol.password': 'Новый пароль',
  'staff.enrol.password2': 'Тот же пароль ещё раз',
  'staff.enrol.code': 'Код, который приложение показывает сейчас',
  'staff.enrol.submit': 'Готово',
  'staff.enrol.doneTitle': 'Учётная запись готова',
  'staff.enrol.codes':
    'Резервные коды: каждый действует один раз вместо кода из приложения, если вы потеряете телефон. Запишите их и храните отдельно от телефона. Они показываются только сейчас.',
  'staff.enrol.next': 'Перейти ко входу',
  'staff.home.title': 'Сотрудники',
  'staff.home.signedInAs': 'Вы вошли как {email} ({role}).',
  'staff.home.recoveryLeft':
    '{count, plural, one {У вас остался # резервный код.} few {У вас осталось # резервных кода.} many {У вас осталось # резервных кодов.} other {У вас осталось # резервного кода.}}',
  'staff.nav.home': 'Главная для сотрудников',
  'staff.nav.sessions': 'Ваши сеансы',
  'staff.signOut': 'Выйти',
  'staff.sessions.title': 'Ваши сеансы',
  'staff.sessions.started': 'Вход',
  'staff.sessions.lastSeen': 'Последняя активность',
  'staff.sessions.state': 'Состояние',
  'staff.sessions.this': 'этот браузер',
  'staff.sessions.end': 'Завершить сеанс',
  'staff.sessions.state.active': 'активен',
  'staff.sessions.state.revoked': 'завершён',
  'staff.sessions.state.expired': 'истёк',
  'staff.sessions.state.idle-expired': 'истёк (бездействие)',
  'staff.role.admin': 'администратор',
  'staff.role.editor': 'редактор',
  'staff.role.researcher': 'исследователь',
  'staff.role.tip_reviewer': 'проверяющий сообщения',
  'staff.role.viewer': 'читатель',
  'staff.error.sign-in-failed':
    'Почта, пароль или код неверны. Проверьте их и попробуйте снова; потерянный второй фактор может сбросить администратор.',
  'staff.error.too-many-attempts': 'Слишком много неудачных попыток входа. Попробуйте снова через {minutes} мин.',
  'staff.error.enrolment-invalid': 'Эта ссылка для настройки больше не действует. Попросите у администратора новую.',
  'staff.error.password-too-short':
    'Используйте не меньше 12 символов (хорошая парольная фраза — несколько не связанных слов).',
  'staff.error.password-too-long': 'Используйте не больше 1 024 символов.',
  'staff.error.password-common': 'Этот пароль есть в списке распространённых или утёкших паролей. Выберите другой.',
  'staff.error.password-is-email': 'Не используйте в пароле свой адрес почты.',
  'staff.error.passwords-differ': 'Пароли не совпадают.',
  'staff.error.code-wrong': 'Код не подходит. Проверьте время на телефоне и введите 6 цифр, которые показаны сейчас.',
  'staff.error.csrf':
    'Эта форма устарела или пришла с другого сайта. Откройте страницу заново и отправьте форму ещё раз.',
  'staff.error.busy': 'Сервер занят. Попробуйте через несколько секунд.',
  'staff.error.other': 'Что-то пошло не так. Попробуйте ещё раз.',
};
