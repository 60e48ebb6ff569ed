/**
 * English texts for letters to prisoners, the birthdays calendar and the term-ended status
 * (issue 12). Spread into `en.ts`; `letters-be.ts` and `letters-ru.ts` have the same keys.
 */
export const lettersEn = {
  'nav.letters': 'Letters',
  'letters.writeTo': 'Write to {name}',
  'letters.envelope': 'Address on the envelope (in Russian, as the Belarusian post requires)',
  'letters.unchecked':
    'This address has not been checked against a current source. Check it in a current list of prison addresses before sending.',
  'letters.noAddress': 'We do not know the postal address of this place of detention.',
  'letters.noFacility': 'We do not know where {name} is held now, so we cannot give an address.',
  'letters.mayBeFree':
    'The sentence has ended but no release has been confirmed: the person may already be free. Check before writing.',
  'letters.guideLink': 'How to write a letter to a political prisoner',
  'letters.title': 'Letters to political prisoners',
  'letters.description':
    'How to write to a political prisoner in Belarus: the address, the language, censorship, what to enclose and how long letters take.',
  'letters.intro':
    'A letter tells a political prisoner that they are not forgotten, and it tells the administration that someone is watching. Every person page gives the address of the place where the person is held now.',
  'letters.addressTitle': 'The address',
  'letters.address':
    'Write the address in Russian, exactly as the person page gives it: first the person’s full name (surname, first name, patronymic) and year of birth, then the institution, the street, the town and the postal code. Sending from abroad, add the country: “Беларусь / Belarus”. Put your own full return address on the envelope.',
  'letters.languageTitle': 'The language',
  'letters.language':
    'Write in Russian or Belarusian. Letters in other languages are read by the censor slowly or not at all, and are often not delivered.',
  'letters.censorshipTitle': 'Censorship: what to write about',
  'letters.censorship':
    'Every letter is read by the administration. Letters about politics, the case, the investigation, other prisoners or the news are often not delivered, and they can harm the person. Write about everyday life, books, films, the weather, your family and plans, and say that you think of them. Do not ask about the case.',
  'letters.encloseTitle': 'What to enclose',
  'letters.enclose':
    'Enclose a blank envelope with a Belarusian stamp and a few sheets of paper, so that the person can answer. Photographs and postcards (of nature, cities, animals) are welcome. Do not send money, and nothing a colony forbids (no stamps loose in the letter, nothing sharp).',
  'letters.timeTitle': 'How long it takes',
  'letters.time':
    'A letter takes weeks, sometimes more than a month, and many letters never arrive. Do not stop if there is no answer: the person may not be allowed to receive or send letters.',
  'letters.registeredTitle': 'Registered letters',
  'letters.registered':
    'A registered letter (“заказное письмо”) with an acknowledgement of delivery (“уведомление о вручении”) tells you that the letter reached the institution.',
  'letters.listsTitle': 'Who to write to',
  'letters.lists':
    'The list of political prisoners shows who is held now; the birthdays calendar shows who has a birthday in the next 60 days, with the address, ready for a letter campaign.',
  'status.term_ended': 'Term ended, release not confirmed',
  'status.term_ended.explain':
    'The sentence has ended by the dates we know, but no release has been confirmed. The person is not in the count of political prisoners until a release or a new term is confirmed.',
  'page.figures.termEndedTitle': 'Term ended, release not confirmed',
  'page.figures.termEnded':
    '{count, plural, =0 {Nobody is past the end of their sentence without a confirmed release.} one {# person is past the end of their sentence with no release recorded.} other {# people are past the end of their sentence with no release recorded.}} They are shown as “term ended, release not confirmed” and are not in the count of political prisoners: sources often report releases late, and counting them would overstate the figure. They return to the count when a new term is confirmed (for example new charges in prison), or leave the registry’s count for good when the release is confirmed.',
  'page.home.termEnded':
    '{count, plural, one {Not counted: # person past the end of the sentence, release not confirmed.} other {Not counted: # people past the end of their sentences, release not confirmed.}}',
  'page.home.termEndedLink': 'Why',
  'page.person.statedServed': '{term}, as {source} reported',
  'page.person.statedServedLabel': 'Time served as reported',
  'page.person.statedServedDiffers': 'The dates we have allow {range}.',
  'birthdays.title': 'Birthdays in the next 60 days',
  'birthdays.intro':
    'Political prisoners held now whose birthday falls between {from} and {to}: a letter or a card helps. Only people whose full date of birth is public are listed.',
  'birthdays.turns': '{age, plural, one {turns #} other {turns #}}',
  'birthdays.age': 'Age',
  'birthdays.address': 'Address for letters',
  'birthdays.envelopes': 'Envelope view for printing',
  'birthdays.envelopesTitle': 'Envelopes: birthdays in the next 60 days',
  'birthdays.envelopesIntro':
    'Each block is an envelope address, in Russian as the Belarusian post requires. Print this page: the site’s header and links are left out.',
  'birthdays.csv': 'All addresses for letters as a table (CSV)',
  'common.fictional': 'fictional person',
  'digest.fictional': '(a fictional person, generated demonstration data)',
} as const;
