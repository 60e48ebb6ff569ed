/**
 * English texts of the tip line's Telegram bot (`src/domain/tips/conversation.ts` says
 * which key when). Spread into `en.ts`; `telegram-be.ts` and `telegram-ru.ts` have the
 * same keys. Sent as plain text (no Markdown), so nothing here needs escaping.
 */
export const telegramEn = {
  'telegram.intro':
    'This bot passes information about political prisoners to human rights defenders: a release, a detention, a transfer or a sentence. Nothing that identifies you is stored: not your Telegram account, not your phone number. A few questions follow; /cancel stops at any time, /lang changes the language.',
  'telegram.idle':
    'Send /start to report a release, a detention, a transfer or a sentence. If you already sent a report, send /status and your receipt code to read questions from the reviewers.',
  'telegram.help':
    '/start: report something. /status CODE: read questions about your report and answer them. /skip: skip an optional question. /lang: change the language. /cancel: stop and forget everything said so far.',
  'telegram.cancelled': 'Stopped. Nothing you said here was kept. Send /start to begin again.',
  'telegram.unknownCommand': 'I do not know that command. /help lists the ones I know.',
  'telegram.wait': 'One moment, please: I am still working on your last message.',
  'telegram.stale': 'That button belongs to an earlier question.',
  'telegram.textExpected': 'Please answer with a text message.',
  'telegram.required': 'This question cannot be skipped.',
  'telegram.tooLong':
    'That is too long: {length, plural, one {# character} other {# characters}}, and at most {max, plural, one {# character} other {# characters}} fit. Please shorten it and send it again.',
  'telegram.limited': 'Too many messages in a short time. Please wait a few minutes and try again.',
  'telegram.ask.lang': 'Выберыце мову · Выберите язык · Choose a language',
  'telegram.ask.who': 'Who is it about? Write the person’s full name as you know it.',
  'telegram.ask.kind': 'What happened?',
  'telegram.kind.pick': 'Please choose one of the buttons.',
  'telegram.kind.released': 'Released',
  'telegram.kind.detained': 'Detained',
  'telegram.kind.transferred': 'Transferred to another place',
  'telegram.kind.sentenced': 'Sentenced',
  'telegram.kind.other': 'Something else',
  'telegram.ask.when':
    'When did it happen? Write the date, or just the month or the year: 13.01.2024, 01.2024 or 2024. Put ~ in front if you are not sure (~01.2024).',
  'telegram.when.shape':
    'I could not read that as a date. Write it as day.month.year (13.01.2024), month.year (01.2024) or just the year (2024).',
  'telegram.when.no-such-day': 'That day does not exist. Please check the day and the month.',
  'telegram.when.future': 'That date is still to come. Please write the date when it happened.',
  'telegram.ask.where': 'Where did it happen? A town, a court, a prison or a detention centre.',
  'telegram.ask.how':
    'How do you know? For example: you saw it yourself, the family told you, a court notice, a news report. Anything else that helps, too.',
  'telegram.ask.contact':
    'If the reviewers may contact you, leave a way to reach you. This is optional: without it you can still read their questions with your receipt code.',
  'telegram.ask.files':
    'You may send up to {max, plural, one {# photo} other {# photos}} (JPEG, PNG or WebP, up to {mb} MB each); photograph a document rather than sending the file. Photos may show faces or places: send only what is needed.',
  'telegram.files.later': 'Files are taken at the end, after the questions.',
  'telegram.files.expected': 'Send a photo, or press “No files”.',
  'telegram.files.too-many': 'That is enough files: at most {max} per report.',
  'telegram.files.type': 'I can take only JPEG, PNG or WebP images. Photograph the document and send the photo.',
  'telegram.files.too-big': 'That file is too large: at most {mb} MB.',
  'telegram.files.received':
    'Received: {count, plural, one {# file} other {# files}}. Send another one or press “Done”.',
  'telegram.summary':
    'Please check your report.\n\nWho: {who}\nWhat happened: {kind, select, released {released} detained {detained} transferred {transferred to another place} sentenced {sentenced} other {something else}}\nWhen: {when}\nWhere: {where}\nHow you know: {how}\nContact: {contact}\nFiles: {files, plural, =0 {none} other {#}}',
  'telegram.confirm.pick': 'Please press “Send” to send the report, or “Start over”.',
  'telegram.button.skip': 'Skip',
  'telegram.button.cancel': 'Cancel',
  'telegram.button.done': 'Done',
  'telegram.button.unknownDate': 'I don’t know',
  'telegram.button.noFiles': 'No files',
  'telegram.button.send': 'Send',
  'telegram.button.restart': 'Start over',
  'telegram.receipt':
    'Thank you, your report has been sent. Your receipt code:\n\n{receipt}\n\nKeep it somewhere safe: with /status {receipt} you can read the reviewers’ questions and answer them. This bot has now forgotten the conversation; you may delete this chat.',
  'telegram.ask.receipt': 'Send your receipt code.',
  'telegram.receipt.invalid':
    'That does not look like a receipt code. Copy it exactly as you received it (letters, digits and dashes).',
  'telegram.thread.head':
    'Report “{kind, select, released {released} detained {detained} transferred {transferred} sentenced {sentenced} other {something else}}”: {state, select, new {received, not yet read} verifying {being verified} confirmed {confirmed} applied {added to the registry} rejected {not confirmed} duplicate {already known from another report} other {being handled}}. {count, plural, =0 {No messages yet.} one {# message:} other {# messages:}}',
  'telegram.thread.staff': '{day}, reviewers: {text}',
  'telegram.thread.sender': '{day}, you: {text}',
  'telegram.thread.answer': 'To answer the question, send your answer as one message. /cancel stops.',
  'telegram.thread.add': 'To add something to your report, send it as one message. /cancel stops.',
  'telegram.answer.sent': 'Your message has been added to your report. This bot has forgotten the conversation.',
  'telegram.failed.unavailable': 'Sorry, this could not be done just now. Please try again later.',
  'telegram.failed.limited': 'Too many reports in a short time. Please try again in an hour.',
  'telegram.failed.not-found':
    'There is no report with that receipt code. Check the code and send /status with it again.',
};
