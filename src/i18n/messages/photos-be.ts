/** Belarusian texts of the conflict view, the facility and source forms and photo upload: the keys of `photos-en.ts`. */
import type { photosEn } from './photos-en.js';

export const photosBe: Record<keyof typeof photosEn, string> = {
  'conflict.title': 'Пакуль вы рэдагавалі гэты запіс, яго захаваў нехта іншы',
  'conflict.intro':
    'Новая версія захаваная: {actor}, {at}. Вашы змены не страчаныя, але яшчэ не захаваныя: для кожнага поля, якое змянілі вы абодва, выберыце, якую версію пакінуць, і захавайце зноў.',
  'conflict.none': 'Вашы змены і чужыя датычаць розных палёў: захавайце, каб пакінуць і тыя, і другія.',
  'conflict.base': 'Да абедзвюх змен',
  'conflict.theirs': 'Іх версія (захаваная)',
  'conflict.mine': 'Ваша версія',
  'conflict.takeTheirs': 'Пакінуць іх версію',
  'conflict.takeMine': 'Узяць маю',
  'conflict.takeEdit': 'Узяць выпраўленае ніжэй',
  'conflict.editLabel': 'Выпраўленае значэнне поля {field}',
  'conflict.absent': '(няма)',
  'conflict.kept': 'Змены, якія захоўваюцца без выбару',
  'conflict.field': 'Поле',
  'conflict.result': 'Застаецца значэнне',
  'conflict.who': 'Хто змяніў',
  'conflict.keptMine': 'вы',
  'conflict.keptTheirs': 'яны',
  'conflict.save': 'Захаваць аб’яднаную версію',
  'conflict.choose': 'Выберыце версію для гэтага поля.',
  'conflict.invalidJson': 'Гэта значэнне — не карэктны JSON: выпраўце яго або выберыце версію.',
};
