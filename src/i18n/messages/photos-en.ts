/** English texts of the conflict view, the facility and source forms and photo upload (staff pages). */
export const photosEn = {
  'conflict.title': 'Someone else saved this record while you were editing',
  'conflict.intro':
    '{actor} saved a new version at {at}. Nothing of yours is lost and nothing has been saved yet: for each field you both changed, choose which version to keep, then save again.',
  'conflict.none': 'Your changes and theirs do not touch the same fields: save to keep both.',
  'conflict.base': 'Before either change',
  'conflict.theirs': 'Their version (saved)',
  'conflict.mine': 'Your version',
  'conflict.takeTheirs': 'Keep theirs',
  'conflict.takeMine': 'Take mine',
  'conflict.takeEdit': 'Use my edit below',
  'conflict.editLabel': 'Edited value of {field}',
  'conflict.absent': '(none)',
  'conflict.kept': 'Changes kept without a choice',
  'conflict.field': 'Field',
  'conflict.result': 'Value kept',
  'conflict.who': 'Changed by',
  'conflict.keptMine': 'you',
  'conflict.keptTheirs': 'them',
  'conflict.save': 'Save the merged version',
  'conflict.choose': 'Choose a version for this field.',
  'conflict.invalidJson': 'This value is not valid JSON: correct it or choose a version.',
};
