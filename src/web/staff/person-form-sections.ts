/**
 * The sections of the person form: name forms (with transliterations for the
 * spellings not yet recorded, each added by a button), the person's facts, cases
 * with charges, and events. Every row has its public/internal switch and a
 * "remove" box; every "add" is a submit button, so the form works without script.
 * Consistency warnings stand next to the event or case they concern.
 *
 * @example
 * html`${namesSection(f, fc)}${personSection(f, fc)}${casesSection(f, fc, cat, ws)}${eventsSection(f, fc, cat, ws)}`
 */
import { checkName } from './check-name.js';
import { html, type SafeHtml } from '../kit/html.js';
import {
  EVENT_KINDS,
  LANGS,
  NameSystem,
  PunishmentKind,
  REGIONS,
  RELEASE_REASONS,
  Regime,
  type Lang,
} from '../../domain/record.js';
import { formatName } from '../../domain/names/translit.js';
import type { Finding } from '../../domain/checks.js';
import { findingText } from '../../i18n/findings.js';
import type { FormCatalog } from '../../app/person-form.js';
import type { MessageKey, Translate } from '../../i18n/translator.js';
import { rows, suggestedForms, val, type Raw } from '../../app/person-form-raw.js';
import { fields, type FieldContext, type Fields, type Option } from './person-form-fields.js';

const LANG_NAME = (t: Translate, l: Lang) => t(`lang.${l}`);
const opts = (t: Translate, prefix: string, values: readonly string[]): Option[] =>
  values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));

/** The checks' findings, named and explained in the page's language. */
function warningList(t: Translate, lang: Lang, findings: readonly Finding[]): SafeHtml | '' {
  if (findings.length === 0) return '';
  return html`<ul class="warnings">${findings.map(
    (f) =>
      html`<li class="warning-${f.severity}"><strong>${t('staff.pf.warning')}: ${checkName(t, f.code)}.</strong> ${findingText(f.text, lang)} <code>${f.code}</code></li>`,
  )}</ul>`;
}

function rowHead(f: Fields, name: string, legend: string, t: Translate): SafeHtml {
  return html`<legend>${legend}</legend><div class="row-tools">${f.shownTo(`${name}.visibility`)}${f.checkbox(`${name}.remove`, t('staff.pf.remove'))}</div>`;
}

export function namesSection(fc: FieldContext): SafeHtml {
  const { t, raw } = fc;
  const f = fields(fc);
  const systems = opts(t, 'staff.pf.system', NameSystem.options);
  const names = rows(raw, 'names');
  const list = names.map(
    (
      _,
      i,
    ) => html`<fieldset class="row" id="name-${i}">${rowHead(f, `names.${i}`, t('staff.pf.name.legend', { n: i + 1 }), t)}
<div class="grid">${f.input(`names.${i}.family`, t('staff.pf.name.family'))}${f.input(`names.${i}.given`, t('staff.pf.name.given'))}${f.input(`names.${i}.patronymic`, t('staff.pf.name.patronymic'))}${f.select(`names.${i}.system`, t('staff.pf.name.system'), systems)}</div>
${f.checkbox(`names.${i}.primary`, t('staff.pf.name.primary'))}</fieldset>`,
  );
  return html`<section aria-labelledby="sec-names"><h2 id="sec-names">${t('staff.pf.section.names')}</h2>
${list}${suggestions(t, raw)}
<p><button type="submit" name="action" value="add-name" class="secondary" data-add-row="names">${t('staff.pf.add.name')}</button></p></section>`;
}

function suggestions(t: Translate, raw: Raw): SafeHtml | '' {
  const list = suggestedForms(raw);
  if (list.length === 0) return '';
  const names = rows(raw, 'names');
  const from = (i: number) => formatName({ family: val(names[i]!, 'family'), given: val(names[i]!, 'given') });
  const groups = [...new Set(list.map((s) => s.from))].map(
    (i) =>
      html`<div class="suggestions"><p>${t('staff.pf.suggest', { name: from(i) })}</p><ul>${list
        .filter((s) => s.from === i)
        .map(
          (s) =>
            html`<li><button type="submit" name="action" value="accept-${i}-${s.form.system}" class="secondary">${t(
              'staff.pf.suggest.accept',
              { name: formatName(s.form), system: t(`staff.pf.system.${s.form.system}`) },
            )}</button></li>`,
        )}</ul></div>`,
  );
  return html`${groups}`;
}

export function personSection(fc: FieldContext): SafeHtml {
  const { t } = fc;
  const f = fields(fc);
  const perLang = (name: string, key: 'staff.pf.occupation' | 'staff.pf.biography') =>
    LANGS.map((l) =>
      key === 'staff.pf.biography'
        ? f.textarea(`${name}.${l}`, t(key, { lang: LANG_NAME(t, l) }), l)
        : f.input(`${name}.${l}`, t(key, { lang: LANG_NAME(t, l) }), { textLang: l }),
    );
  return html`<section aria-labelledby="sec-person"><h2 id="sec-person">${t('staff.pf.section.person')}</h2>
<div class="grid">${f.shownTo('visibility', t('staff.pf.personVisibility'))}
${f.select('sex', t('staff.pf.sex'), opts(t, 'sex', ['female', 'male']), { empty: t('staff.pf.unknown') })}
${f.input('birthDate', t('staff.pf.birthDate'), { hint: t('staff.pf.dateHint'), date: true })}
${f.shownTo('birthDateVisibility', t('staff.pf.birthDateVisibility'))}
${f.select('region', t('staff.pf.region'), opts(t, 'region', REGIONS), { empty: t('staff.pf.unknown') })}</div>
<div class="grid">${perLang('occupation', 'staff.pf.occupation')}</div>
${perLang('biography', 'staff.pf.biography')}
${f.input('tags', t('staff.pf.tags'), { cls: 'wide' })}
${f.textarea('internalNote', t('staff.pf.internalNote'))}</section>`;
}

const sourceOptions = (cat: FormCatalog): Option[] =>
  cat.sources.map((s) => ({ value: s.id, label: `${s.title}${s.date ? ` (${s.date})` : ''} [${s.reliability}]` }));

export function casesSection(fc: FieldContext, cat: FormCatalog, findings: readonly Finding[]): SafeHtml {
  const { t, raw, lang } = fc;
  const f = fields(fc);
  const articles: Option[] = cat.articles.map((a) => ({
    value: a.code,
    label: `${a.code} — ${a.title[lang] ?? a.title.en ?? ''}`,
  }));
  const courts: Option[] = cat.courts.map((c) => ({ value: c.id, label: c.name[lang] ?? c.name.en ?? c.id }));
  const list = rows(raw, 'cases').map((r, i) => {
    const n = `cases.${i}`;
    const charges = rows(r, 'charges').map(
      (_, j) =>
        html`<fieldset class="charge"><legend>${t('staff.pf.charge.legend', { n: j + 1 })}</legend><div class="grid">${f.select(`${n}.charges.${j}.article`, t('staff.pf.charge.article'), articles, { empty: t('staff.pf.none') })}${f.input(`${n}.charges.${j}.part`, t('staff.pf.charge.part'), { inputmode: 'numeric' })}</div></fieldset>`,
    );
    const term = ['years', 'months', 'days'] as const;
    return html`<fieldset class="row" id="case-${i}">${rowHead(f, n, t('staff.pf.case.legend', { n: i + 1 }), t)}${f.hidden(`${n}.id`)}
${warningList(
  t,
  lang,
  findings.filter((x) => x.caseId !== undefined && x.caseId === val(r, 'id')),
)}
${charges}<p><button type="submit" name="action" value="add-charge-${i}" class="secondary">${t('staff.pf.add.charge')}</button></p>
<div class="grid">${f.select(`${n}.courtId`, t('staff.pf.case.court'), courts, { empty: t('staff.pf.none') })}${f.input(`${n}.court`, t('staff.pf.case.courtText'))}
${f.input(`${n}.judge`, t('staff.pf.case.judge'))}${f.input(`${n}.prosecutor`, t('staff.pf.case.prosecutor'))}
${f.input(`${n}.verdictDate`, t('staff.pf.case.verdictDate'), { hint: t('staff.pf.dateHint'), date: true })}
${f.select(`${n}.punishment.kind`, t('staff.pf.case.punishment'), opts(t, 'punishment', PunishmentKind.options), { empty: t('staff.pf.none') })}
${f.select(`${n}.punishment.regime`, t('staff.pf.case.regime'), opts(t, 'regime', Regime.options), { empty: t('staff.pf.none') })}</div>
<fieldset class="term"><legend>${t('staff.pf.case.term')}</legend><div class="grid">${term.map((k) =>
      f.input(`${n}.punishment.term.${k}`, t(`staff.pf.case.${k}`), { inputmode: 'numeric' }),
    )}</div></fieldset>
${f.select(`${n}.sourceIds`, t('staff.pf.sources'), sourceOptions(cat), { multiple: true })}
${f.textarea(`${n}.note`, t('staff.pf.case.note'))}</fieldset>`;
  });
  return html`<section aria-labelledby="sec-cases"><h2 id="sec-cases">${t('staff.pf.section.cases')}</h2>
${list}<p><button type="submit" name="action" value="add-case" class="secondary">${t('staff.pf.add.case')}</button></p></section>`;
}

export function eventsSection(fc: FieldContext, cat: FormCatalog, findings: readonly Finding[]): SafeHtml {
  const { t, raw, lang } = fc;
  const f = fields(fc);
  const facilities: Option[] = cat.facilities.map((x) => ({
    value: x.id,
    label: `${x.name[lang] ?? x.name.en ?? x.id}${x.city[lang] ? `, ${x.city[lang]}` : ''}`,
  }));
  const cases: Option[] = rows(raw, 'cases')
    .map((r, i) => ({ value: val(r, 'id'), label: t('staff.pf.case.legend', { n: i + 1 }) }))
    .filter((o) => o.value !== '');
  const list = rows(raw, 'events').map((r, i) => {
    const n = `events.${i}`;
    return html`<fieldset class="row" id="event-${i}">${rowHead(f, n, t('staff.pf.event.legend', { n: i + 1 }), t)}${f.hidden(`${n}.id`)}
${warningList(
  t,
  lang,
  findings.filter((x) => x.eventId !== undefined && x.eventId === val(r, 'id')),
)}
<div class="grid">${f.select(`${n}.kind`, t('staff.pf.event.kind'), opts(t, 'event', EVENT_KINDS), { empty: t('staff.pf.none') })}
${f.input(`${n}.date`, t('staff.pf.event.date'), { hint: t('staff.pf.dateHint'), date: true })}
${f.select(`${n}.facilityId`, t('staff.pf.event.facility'), facilities, { empty: t('staff.pf.none') })}
${f.select(`${n}.caseId`, t('staff.pf.event.case'), cases, { empty: t('staff.pf.none') })}
${f.select(`${n}.releaseReason`, t('staff.pf.event.releaseReason'), opts(t, 'release', RELEASE_REASONS), { empty: t('staff.pf.none') })}
${f.select(`${n}.sourceIds`, t('staff.pf.sources'), sourceOptions(cat), { multiple: true })}</div>
<div class="grid">${LANGS.map((l) => f.input(`${n}.note.${l}`, t('staff.pf.event.note', { lang: LANG_NAME(t, l) }), { textLang: l }))}</div></fieldset>`;
  });
  const general = findings.filter((x) => x.eventId === undefined && x.caseId === undefined);
  return html`<section aria-labelledby="sec-events"><h2 id="sec-events">${t('staff.pf.section.events')}</h2>
${warningList(t, lang, general)}${list}
<p><button type="submit" name="action" value="add-event" class="secondary" data-add-row="events">${t('staff.pf.add.event')}</button></p></section>`;
}
