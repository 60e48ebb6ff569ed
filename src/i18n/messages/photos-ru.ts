/** Russian texts of the conflict view, the facility and source forms and photo upload: the keys of `photos-en.ts`. */
import type { photosEn } from './photos-en.js';

export const photosRu: Record<keyof typeof photosEn, string> = {
  'conflict.title': 'Пока вы редактировали эту запись, её сохранил кто-то другой',
  'conflict.intro':
    'Новая версия сохранена: {actor}, {at}. Ваши изменения не потеряны, но ещё не сохранены: для каждого поля, которое изменили вы оба, выберите, какую версию оставить, и сохраните снова.',
  'conflict.none': 'Ваши изменения и чужие касаются разных полей: сохраните, чтобы оставить и те и другие.',
  'conflict.base': 'До обоих изменений',
  'conflict.theirs': 'Их версия (сохранена)',
  'conflict.mine': 'Ваша версия',
  'conflict.takeTheirs': 'Оставить их версию',
  'conflict.takeMine': 'Взять мою',
  'conflict.takeEdit': 'Взять исправленное ниже',
  'conflict.editLabel': 'Исправленное значение поля {field}',
  'conflict.absent': '(нет)',
  'conflict.kept': 'Изменения, сохраняемые без выбора',
  'conflict.field': 'Поле',
  'conflict.result': 'Остаётся значение',
  'conflict.who': 'Кто изменил',
  'conflict.keptMine': 'вы',
  'conflict.keptTheirs': 'они',
  'conflict.save': 'Сохранить объединённую версию',
  'conflict.choose': 'Выберите версию для этого поля.',
  'conflict.invalidJson': 'Это значение — не корректный JSON: исправьте его или выберите версию.',
};
