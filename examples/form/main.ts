/**
 * The referral form demo: validates each field as the person types, with the
 * library's own schema and error messages, and shows the verdict, the reasons
 * and what is still missing, in bokmål with an English switch.
 */
import { assessEligibility, type EligibilityInput, type Evaluation, type Locale } from '../../src/index.js';
import { EligibilityInputSchema, errorMap } from '../../src/schemas.js';

type Choice = { value: string; label: { nb: string; en: string } };
type Field = { path: string; label: { nb: string; en: string }; kind: 'select' | 'number'; choices?: Choice[] };

const yesNo: Choice[] = [
  { value: '', label: { nb: 'Ikke vurdert', en: 'Not assessed' } },
  { value: 'true', label: { nb: 'Ja', en: 'Yes' } },
  { value: 'false', label: { nb: 'Nei', en: 'No' } },
];

const FIELDS: Field[] = [
  {
    path: 'referral',
    kind: 'select',
    label: { nb: 'Hvem henviser?', en: 'Who refers?' },
    choices: [
      { value: '', label: { nb: 'Velg', en: 'Choose' } },
      { value: 'nav', label: { nb: 'NAV-kontoret', en: 'The NAV office' } },
      { value: 'gp', label: { nb: 'Fastlege', en: 'GP' } },
      { value: 'self', label: { nb: 'Personen selv', en: 'The person' } },
      { value: 'other', label: { nb: 'Andre', en: 'Someone else' } },
    ],
  },
  {
    path: 'employment',
    kind: 'select',
    label: { nb: 'Arbeidsforhold', en: 'Employment' },
    choices: [
      { value: '', label: { nb: 'Velg', en: 'Choose' } },
      { value: 'employed', label: { nb: 'I arbeid', en: 'Employed' } },
      { value: 'not-employed', label: { nb: 'Uten arbeidsforhold', en: 'Not employed' } },
    ],
  },
  {
    path: 'offer',
    kind: 'select',
    label: { nb: 'Tilbud', en: 'Offer' },
    choices: [
      { value: 'residential', label: { nb: 'Døgnopphold ved RNNK', en: 'Residential stay at RNNK' } },
      { value: 'day', label: { nb: 'Dagtilbud (NAVs generelle tiltak)', en: "Day offer (NAV's general measure)" } },
    ],
  },
  {
    path: 'sickLeaveGrade',
    kind: 'number',
    label: { nb: 'Sykmeldingsgrad (prosent, 0 hvis ikke sykmeldt)', en: 'Sick-leave grade (percent, 0 if not on sick leave)' },
  },
  {
    path: 'workAbilityReduced',
    kind: 'select',
    choices: yesNo,
    label: {
      nb: 'Nedsatt arbeidsevne som hindrer inntektsgivende arbeid?',
      en: 'Reduced work ability that hinders income-generating work?',
    },
  },
  {
    path: 'prognosis.sickLeaveHalvedTwoWeeksAfter',
    kind: 'select',
    choices: yesNo,
    label: {
      nb: 'Sannsynlig minst halvert sykmelding to uker etter oppholdet? (i arbeid)',
      en: 'Sick leave likely at least halved two weeks after the stay? (employed)',
    },
  },
  {
    path: 'prognosis.inWorkOrJobSeekingEightWeeksAfter',
    kind: 'select',
    choices: yesNo,
    label: {
      nb: 'Sannsynlig i arbeid, aktivitet eller friskmeldt arbeidssøker åtte uker etter? (uten arbeidsforhold)',
      en: 'Likely in work, activity or a fit job seeker eight weeks after? (not employed)',
    },
  },
  {
    path: 'residentialGrounds.noSuitableDayOffer',
    kind: 'select',
    choices: yesNo,
    label: { nb: 'Finnes det ikke noe egnet dagtilbud?', en: 'Is there no suitable day offer?' },
  },
  {
    path: 'residentialGrounds.environmentChangeEssential',
    kind: 'select',
    choices: yesNo,
    label: { nb: 'Er en miljøforandring vesentlig?', en: 'Is a change of environment essential?' },
  },
  {
    path: 'residentialGrounds.complexHealthProblems',
    kind: 'select',
    choices: yesNo,
    label: { nb: 'Mer kompliserte eller tyngre helseplager?', en: 'More complicated or heavier health problems?' },
  },
];

const TEXT = {
  title: { nb: 'Henvisning til arbeidsrettet rehabilitering', en: 'Referral to work-oriented rehabilitation' },
  intro: {
    nb: 'Skjemaet sjekker mens du fyller ut om personen er i målgruppen for RNNKs døgntilbud, og hva som mangler for å avgjøre det.',
    en: "As you fill it in, the form checks whether the person is in the target group of RNNK's residential offer, and what is missing to decide it.",
  },
  resultHeading: { nb: 'Vurdering', en: 'Assessment' },
  verdict: {
    yes: { nb: 'Ja', en: 'Yes' },
    no: { nb: 'Nei', en: 'No' },
    undetermined: { nb: 'Kan ikke avgjøres ennå', en: 'Undetermined' },
  },
  missing: { nb: 'Dette mangler for å avgjøre:', en: 'Missing to decide:' },
  fix: { nb: 'Rett feilene i skjemaet for å få en vurdering.', en: 'Correct the errors in the form to get an assessment.' },
  switchTo: { nb: 'English', en: 'Norsk' },
};

let locale: Locale = 'nb';
const form = document.getElementById('form') as HTMLFormElement;
const id = (path: string) => `f-${path.replace(/\./g, '-')}`;

function renderFields(): void {
  for (const field of FIELDS) {
    const box = form.querySelector<HTMLElement>(`[data-field="${field.path}"]`);
    if (box === null) continue;
    const existing = document.getElementById(id(field.path)) as HTMLInputElement | HTMLSelectElement | null;
    const value = existing?.value ?? '';
    const label = `<label for="${id(field.path)}" class="aksel-form-field__label aksel-label">${field.label[locale]}</label>`;
    const error = `<div class="aksel-form-field__error" id="${id(field.path)}-error" aria-live="polite"></div>`;
    const control =
      field.kind === 'number'
        ? `<input id="${id(field.path)}" name="${field.path}" type="text" inputmode="numeric" class="aksel-text-field__input aksel-body-short" aria-describedby="${id(field.path)}-error" />`
        : `<div class="aksel-select__container"><select id="${id(field.path)}" name="${field.path}" class="aksel-select__input aksel-body-short" aria-describedby="${id(field.path)}-error">${(
            field.choices ?? []
          )
            .map((c) => `<option value="${c.value}">${c.label[locale]}</option>`)
            .join('')}</select></div>`;
    box.className = `aksel-form-field ${field.kind === 'number' ? 'aksel-text-field' : 'aksel-select'}`;
    box.innerHTML = label + control + error;
    // Keep what was entered across a language switch; on first render each control shows its own first choice.
    if (existing !== null) (document.getElementById(id(field.path)) as HTMLInputElement | HTMLSelectElement).value = value;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = el.dataset.t as 'title' | 'intro' | 'resultHeading';
    el.textContent = TEXT[key][locale];
  }
  document.documentElement.lang = locale;
  const lang = document.getElementById('lang') as HTMLButtonElement;
  lang.textContent = TEXT.switchTo[locale];
  lang.lang = locale === 'nb' ? 'en' : 'nb';
}

/** Reads the form as the library's input: empty fields are left out (unknown), numbers stay as typed so the schema can judge them. */
function readInput(): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = (document.getElementById(id(field.path)) as HTMLInputElement | HTMLSelectElement).value.trim();
    if (raw === '') continue;
    const value =
      field.kind === 'number' ? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw) : raw === 'true' ? true : raw === 'false' ? false : raw;
    const [head, tail] = field.path.split('.') as [string, string | undefined];
    if (tail === undefined) input[head] = value;
    else input[head] = { ...((input[head] as object | undefined) ?? {}), [tail]: value };
  }
  return input;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function renderTree(node: Evaluation): string {
  const mark = node.verdict === 'yes' ? '✓' : node.verdict === 'no' ? '✗' : '?';
  const cite = node.sources.map((s) => `${s.source}: ${s.section}`).join('; ');
  const children = node.children.length > 0 ? `<ul>${node.children.map(renderTree).join('')}</ul>` : '';
  return `<li data-rule="${node.rule}" data-verdict="${node.verdict}"><span aria-hidden="true">${mark}</span> ${escapeHtml(node.reason)} <span class="src">(${escapeHtml(cite)})</span>${children}</li>`;
}

function update(): void {
  const input = readInput();
  const parsed = EligibilityInputSchema.safeParse(input, { error: errorMap(locale) });
  const errors = new Map<string, string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      // Required fields the person has not reached yet are asked for by the assessment, not shouted at.
      if (issue.code === 'invalid_value' && issue.input === undefined) continue;
      if (!errors.has(path)) errors.set(path, issue.message);
    }
  }
  for (const field of FIELDS) {
    const control = document.getElementById(id(field.path)) as HTMLElement;
    const message = errors.get(field.path);
    (document.getElementById(`${id(field.path)}-error`) as HTMLElement).innerHTML = message
      ? `<p class="aksel-error-message aksel-label">${escapeHtml(message)}</p>`
      : '';
    control.setAttribute('aria-invalid', message ? 'true' : 'false');
    control
      .closest('.aksel-form-field')
      ?.classList.toggle(field.kind === 'number' ? 'aksel-text-field--error' : 'aksel-select--error', Boolean(message));
  }
  const verdictBox = document.getElementById('verdict') as HTMLElement;
  const reasons = document.getElementById('reasons') as HTMLElement;
  const missingBox = document.getElementById('missing') as HTMLElement;
  if (errors.size > 0 || input.referral === undefined || input.employment === undefined) {
    verdictBox.innerHTML = errors.size > 0 ? `<p>${TEXT.fix[locale]}</p>` : '';
    reasons.innerHTML = '';
    missingBox.innerHTML = '';
    if (errors.size === 0) {
      const need = FIELDS.filter((f) => (f.path === 'referral' || f.path === 'employment') && input[f.path] === undefined);
      missingBox.innerHTML = `<p>${TEXT.missing[locale]}</p><ul>${need.map((f) => `<li data-missing="${f.path}">${f.label[locale]}</li>`).join('')}</ul>`;
    }
    return;
  }
  const result = assessEligibility(input as unknown as EligibilityInput, { locale });
  verdictBox.innerHTML = `<p class="aksel-heading aksel-heading--small" id="verdict-text" data-verdict="${result.verdict}">${TEXT.verdict[result.verdict][locale]}: ${escapeHtml(result.evaluation.reason)}</p>`;
  reasons.innerHTML = `<ul>${result.evaluation.children.map(renderTree).join('')}</ul>`;
  missingBox.innerHTML =
    result.missing.length > 0
      ? `<p>${TEXT.missing[locale]}</p><ul>${result.missing.map((p) => `<li data-missing="${p}">${FIELDS.find((f) => f.path === p)?.label[locale] ?? p}</li>`).join('')}</ul>`
      : '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('lang')?.addEventListener('click', () => {
  locale = locale === 'nb' ? 'en' : 'nb';
  renderFields();
  update();
});
renderFields();
update();
