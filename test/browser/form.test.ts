import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOURCE_NAMES } from '../../examples/form/texts.js';
// @ts-expect-error: a plain .mjs script shared with `npm run demo:form`
import { buildForm, serveForm } from '../../scripts/form.mjs';
import { assessEligibility, planStay } from '../../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true')
  throw new Error(`Chromium is missing at ${CHROMIUM}; CI must install it (apt-get install -y chromium).`);
if (!available) console.warn(`SKIPPED the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium to run them).`);

/** Text as RFC 5545 writes it: backslash, semicolon and comma escaped. */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const manifest = JSON.parse(readFileSync(new URL('../../sources/manifest.json', import.meta.url), 'utf8')) as {
  sources: Record<string, { name: { nb: string; en: string } }>;
};

test('the form names each source as sources/manifest.json does', () => {
  expect(SOURCE_NAMES).toEqual(Object.fromEntries(Object.entries(manifest.sources).map(([id, s]) => [id, s.name])));
});

describe.skipIf(!available)('the form demo in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let page: Page;

  beforeAll(async () => {
    await buildForm();
    ({ server, url } = (await serveForm(0)) as { server: Server; url: string });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const open = async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    await page.waitForSelector('#q-referral');
  };
  const id = (name: string) => `#q-${name.replace(/\./g, '-')}`;
  /** Answers a yes/no question: its first radio is Ja/Yes, its second Nei/No. */
  const answer = (name: string, yes: boolean) => page.check(`input[name="${name}"][value="${yes}"]`);
  const verdict = () => page.getAttribute('#verdict', 'data-verdict');
  const missing = () => page.$$eval('[data-missing]', (items) => items.map((li) => li.getAttribute('data-missing')));
  const shown = () => page.$$eval('[id^="q-"]', (els) => els.map((el) => el.id));
  /** A choice of employment on the stay page (the first page has its own, by the same name). */
  const stayEmployment = (value: string) => `xpath=//*[@id="stay-employment"]/ancestor::fieldset//input[@value="${value}"]`;
  const openReasons = async () => {
    await page.getByRole('button', { name: /Hvorfor|Why/ }).click();
    await page.waitForSelector('[data-rule]');
  };

  test('a yes case: the verdict is said once, the reasons name the sources by name', async () => {
    await open();
    await page.selectOption(id('referral'), 'nav');
    await page.check(id('employment'));
    await page.fill(id('sickLeaveGrade'), '80');
    await answer('prognosis.sickLeaveHalvedTwoWeeksAfter', true);
    await answer('residentialGrounds.environmentChangeEssential', true);
    await expect.poll(verdict).toBe('yes');
    const expected = assessEligibility(
      {
        referral: 'nav',
        employment: 'employed',
        offer: 'residential',
        sickLeaveGrade: 80,
        prognosis: { sickLeaveHalvedTwoWeeksAfter: true },
        residentialGrounds: { environmentChangeEssential: true },
      },
      { locale: 'nb' },
    );
    expect(await page.innerText('#verdict')).toBe(expected.evaluation.reason);
    expect((await page.innerText('main')).split(expected.evaluation.reason).length - 1).toBe(1);
    expect(await page.getAttribute('#verdict', 'class')).toContain('success');
    await openReasons();
    const reasons = await page.innerText('#reasons');
    expect(reasons).toContain('Henvisningen kommer fra NAV-kontoret');
    expect(reasons).toContain('RNNKs beskrivelse av døgntilbudet, «Henvisning og inntak»');
    expect(await page.innerText('main')).not.toMatch(/rnnk-arr-dogn|nav-arr/);
    mkdirSync('docs/img', { recursive: true });
    await page.screenshot({ path: 'docs/img/form-eligibility.png', fullPage: true });
  });

  test('a GP referral is no with a warning, and no further question is asked', async () => {
    await open();
    await page.selectOption(id('referral'), 'gp');
    await page.check(id('employment'));
    await expect.poll(verdict).toBe('no');
    expect(await page.getAttribute('#verdict', 'class')).toContain('warning');
    expect(await shown()).toEqual(['q-referral', 'q-employment', 'q-offer']);
    await openReasons();
    expect(await page.textContent('[data-rule="eligibility.referral"]')).toContain(
      'Henvisningen kommer fra fastlegen; bare NAV-kontoret kan henvise til tilbudet.',
    );
  });

  test('a sick-leave grade of 15 has the library’s message on the field, in the summary on submit, and in English', async () => {
    await open();
    await page.selectOption(id('referral'), 'nav');
    await page.check(id('employment'));
    await page.fill(id('sickLeaveGrade'), '15');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.innerText('main')).toContain('15 er ikke en gyldig sykmeldingsgrad');
    expect(await page.getAttribute(id('sickLeaveGrade'), 'aria-invalid')).toBe('true');
    // The refused grade counts as not given: the verdict waits for it, and the field says why.
    expect(await verdict()).toBe('undetermined');
    expect(await missing()).toContain('sickLeaveGrade');
    await page.getByRole('button', { name: 'Vurder henvisningen' }).click();
    const summary = page.locator('.aksel-error-summary');
    await expect.poll(() => summary.innerText()).toContain('15 er ikke en gyldig sykmeldingsgrad');
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-sickLeaveGrade');
    await page.click('#lang');
    await expect.poll(() => page.innerText('main')).toContain('15 is not a valid sick-leave grade');
    expect(await page.textContent('h1')).toBe('Work-oriented rehabilitation at RNNK');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  test('a required question left out is asked for in the summary, and its link moves focus to it', async () => {
    await open();
    await page.getByRole('button', { name: 'Vurder henvisningen' }).click();
    const summary = page.locator('.aksel-error-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('.aksel-error-summary') !== null)).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Svar på spørsmålet «Hvem henviser?»',
      'Svar på spørsmålet «Har personen et arbeidsforhold?»',
    ]);
    await summary.getByRole('link').nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-employment');
  });

  test('the missing list shrinks as questions are answered, and only questions that can still matter are shown', async () => {
    await open();
    expect(await page.textContent('#verdict')).toContain('Svar på de to første spørsmålene');
    await page.selectOption(id('referral'), 'nav');
    await page.check(id('employment'));
    const first = await missing();
    expect(first).toEqual(assessEligibility({ referral: 'nav', employment: 'employed' }).missing);
    expect(first).toContain('prognosis.sickLeaveHalvedTwoWeeksAfter');
    expect(first).not.toContain('prognosis.inWorkOrJobSeekingEightWeeksAfter');
    await page.fill(id('sickLeaveGrade'), '80');
    await expect.poll(async () => (await missing()).length).toBeLessThan(first.length);
    const second = await missing();
    await answer('prognosis.sickLeaveHalvedTwoWeeksAfter', true);
    await expect.poll(async () => (await missing()).length).toBe(second.length - 1);
    await answer('residentialGrounds.complexHealthProblems', true);
    await expect.poll(missing).toEqual([]);
    // Decided: the other grounds, never answered, are no longer asked.
    expect(await shown()).not.toContain('q-residentialGrounds-noSuitableDayOffer');
    // Another target group: its own question, not the other's; the day offer asks no residential grounds.
    await page.check('input[name="employment"][value="not-employed"]');
    await expect.poll(shown).toContain('q-prognosis-inWorkOrJobSeekingEightWeeksAfter');
    expect(await shown()).not.toContain('q-prognosis-sickLeaveHalvedTwoWeeksAfter');
    await page.check('input[name="offer"][value="day"]');
    await expect.poll(async () => (await shown()).some((s) => s.startsWith('q-residentialGrounds'))).toBe(false);
    // A link in the missing list moves focus to its question.
    await page.check('input[name="offer"][value="residential"]');
    const link = page.locator('[data-missing="prognosis.inWorkOrJobSeekingEightWeeksAfter"] a');
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-prognosis-inWorkOrJobSeekingEightWeeksAfter');
  });

  test('typing a number key by key does not make the page jump', async () => {
    await open();
    await page.selectOption(id('referral'), 'nav');
    await page.check(id('employment'));
    await expect.poll(async () => (await missing()).length).toBeGreaterThan(0);
    const before = { shown: await shown(), missing: await missing() };
    await page.focus(id('sickLeaveGrade'));
    await page.keyboard.type('5'); // not a grade yet: 0, or 20 to 100
    expect(await shown()).toEqual(before.shown);
    expect(await missing()).toEqual(before.missing);
    expect(await verdict()).toBe('undetermined');
    await page.keyboard.type('0');
    await expect
      .poll(missing)
      .toEqual(assessEligibility({ referral: 'nav', employment: 'employed', offer: 'residential', sickLeaveGrade: 50 }).missing);
  });

  test('the language switch keeps what was typed and says everything in English', async () => {
    await open();
    await page.selectOption(id('referral'), 'nav');
    await page.check('input[name="employment"][value="not-employed"]');
    await page.fill(id('sickLeaveGrade'), '50');
    await page.click('#lang');
    await expect.poll(() => page.textContent('h1')).toBe('Work-oriented rehabilitation at RNNK');
    expect(await page.inputValue(id('referral'))).toBe('nav');
    expect(await page.isChecked('input[name="employment"][value="not-employed"]')).toBe(true);
    expect(await page.inputValue(id('sickLeaveGrade'))).toBe('50');
    const expected = assessEligibility(
      { referral: 'nav', employment: 'not-employed', offer: 'residential', sickLeaveGrade: 50 },
      { locale: 'en' },
    );
    expect(await page.innerText('#verdict')).toBe(expected.evaluation.reason);
    expect(await page.getAttribute('#lang', 'lang')).toBe('nb');
    expect(await page.innerText('#missing')).toContain('Is the person likely to be in work, work-oriented activity or a fit job seeker');
    await openReasons();
    expect(await page.innerText('#reasons')).toContain("RNNK's description of its residential offer, «Målgruppe»");
    await page.click('#lang');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('nb');
    expect(await page.inputValue(id('sickLeaveGrade'))).toBe('50');
  });

  test('the form can be filled in and submitted with the keyboard alone', async () => {
    await open();
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo(id('referral'));
    await page.keyboard.type('N'); // the first choice that starts with N: NAV-kontoret
    await tabTo('input[name="employment"]');
    await page.keyboard.press('Space');
    await tabTo(id('sickLeaveGrade'));
    await page.keyboard.type('100');
    await tabTo('input[name="prognosis.sickLeaveHalvedTwoWeeksAfter"]');
    await page.keyboard.press('Space');
    await tabTo('input[name="residentialGrounds.noSuitableDayOffer"]');
    await page.keyboard.press('Space');
    await tabTo('button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(verdict).toBe('yes');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verdict');
    expect(await page.inputValue(id('referral'))).toBe('nav');
  });

  test('the stay page: the plan by week, its warnings and holidays, and an .ics that parses back', async () => {
    await open();
    await page.click('#tab-stay');
    await page.fill('#stay-start', '25.03.2027');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.innerText('main')).toContain('2027-03-25 er skjærtorsdag');
    await page.fill('#stay-start', '07.12.2026');
    await page.keyboard.press('Tab');
    await page.check('#stay-employment');
    const plan = planStay({ start: '2026-12-07', employment: 'employed' }, { locale: 'nb' });
    await page.waitForSelector('#plan');
    expect(await page.$$eval('[data-milestone]', (rows) => rows.map((r) => r.getAttribute('data-milestone')))).toEqual(
      plan.milestones.map((m) => m.id),
    );
    expect(await page.$$eval('[data-phase]', (rows) => rows.map((r) => r.getAttribute('data-phase')))).toEqual(
      plan.phases.map((p) => p.id),
    );
    expect(plan.warnings.length).toBeGreaterThan(0);
    expect(await page.$$eval('[data-warning]', (alerts) => alerts.map((a) => (a as HTMLElement).innerText))).toEqual(
      plan.warnings.map((w) => w.message),
    );
    const holidays = await page.innerText('#holidays');
    for (const h of plan.holidays) expect(holidays).toContain(h.name);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /kalenderfil/ }).click()]);
    expect(download.suggestedFilename()).toBe('opphold-2026-12-07.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(plan.milestones.length + plan.phases.length + plan.holidays.length);
    for (const m of plan.milestones) expect(lines).toContain(`SUMMARY:${icsText(m.title)}`);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261207');
    expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    await page.screenshot({ path: 'docs/img/form-stay.png', fullPage: true });
    // A shorter stay: the rows are the new plan's, none left over from the longer one.
    await page.selectOption('#stay-weeks', '12');
    const twelve = planStay({ start: '2026-12-07', employment: 'employed', weeks: 12 });
    await expect.poll(async () => (await page.$$('[data-milestone]')).length).toBe(twelve.milestones.length);
    await page.selectOption('#stay-weeks', '4');
    await expect.poll(async () => (await page.$$('[data-milestone]')).length).toBe(plan.milestones.length);
    expect(await page.$$eval('#holidays li', (items) => items.length)).toBe(plan.holidays.length);
  });

  test('the stay page in English: a typed date that is not one, then the plan and its calendar file', async () => {
    await open();
    await page.click('#lang');
    await page.click('#tab-stay');
    await page.fill('#stay-start', '32.13.2026');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.innerText('main')).toContain('Write the date as dd.mm.yyyy.');
    await page.fill('#stay-start', '22.03.2027');
    await page.keyboard.press('Tab');
    await page.check(stayEmployment('not-employed'));
    await page.waitForSelector('#plan');
    expect(await page.innerText('main')).not.toContain('Write the date as dd.mm.yyyy.');
    const plan = planStay({ start: '2027-03-22', employment: 'not-employed' }, { locale: 'en' });
    expect(await page.innerText('#plan')).toContain('Phases');
    for (const m of plan.milestones) expect(await page.innerText('#plan')).toContain(m.title);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /calendar file/ }).click()]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n');
    for (const m of plan.milestones) expect(lines).toContain(`SUMMARY:${icsText(m.title)}`);
    for (const h of plan.holidays) expect(lines).toContain(`SUMMARY:${icsText(`Public holiday: ${h.name}`)}`);
  });

  test('the stay page carries the employment from a yes on the target-group page', async () => {
    await open();
    await page.selectOption(id('referral'), 'nav');
    await page.check('input[name="employment"][value="not-employed"]');
    await page.fill(id('sickLeaveGrade'), '0');
    await answer('workAbilityReduced', true);
    await answer('prognosis.inWorkOrJobSeekingEightWeeksAfter', true);
    await answer('residentialGrounds.noSuitableDayOffer', true);
    await expect.poll(verdict).toBe('yes');
    await page.getByRole('button', { name: 'Planlegg oppholdet' }).click();
    const chosen = stayEmployment('not-employed');
    expect(await page.isChecked(chosen)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Planen for oppholdet');
    // Changed on the stay page, then asked again from the first page: the request is heard again.
    await page.check('#stay-employment');
    await page.click('#tab-eligibility');
    await page.getByRole('button', { name: 'Planlegg oppholdet' }).click();
    await expect.poll(() => page.isChecked(chosen)).toBe(true);
  });

  test('the guide’s form submits what the schema accepts, and names each problem', async () => {
    page = await browser.newPage();
    await page.goto(`${url}snippets/index.html`);
    await page.waitForSelector('select');
    await page.getByRole('button', { name: 'Vurder' }).click();
    await expect.poll(() => page.innerText('main')).toContain('Mangler; forventet en av');
    expect(await page.textContent('#submitted')).toBe('');
    await page.getByLabel('Hvem henviser?').selectOption('nav');
    await page.getByLabel('Nei').check();
    await page.getByLabel('Sykmeldingsgrad i prosent').fill('15');
    await page.getByRole('button', { name: 'Vurder' }).click();
    await expect.poll(() => page.innerText('main')).toContain('15 er ikke en gyldig sykmeldingsgrad');
    await page.getByLabel('Sykmeldingsgrad i prosent').fill('60');
    await page.getByRole('button', { name: 'Vurder' }).click();
    await expect
      .poll(async () => JSON.parse((await page.textContent('#submitted')) || 'null'))
      .toEqual({
        referral: 'nav',
        employment: 'not-employed',
        sickLeaveGrade: 60,
      });
  });

  for (const locale of ['nb', 'en'] as const)
    test(`axe-core finds no serious or critical violations on either page (${locale})`, async () => {
      await open();
      if (locale === 'en') await page.click('#lang');
      await page.selectOption(id('referral'), 'nav');
      await page.check(id('employment'));
      await page.fill(id('sickLeaveGrade'), '15');
      await page.getByRole('button', { name: locale === 'nb' ? 'Vurder henvisningen' : 'Assess the referral' }).click();
      await page.fill(id('sickLeaveGrade'), '80');
      await openReasons();
      await page.addScriptTag({ path: axePath });
      const run = () =>
        page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; help: string }[] }> } })
            .axe;
          const result = await axe.run();
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
        });
      const serious = (v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical';
      expect((await run()).filter(serious)).toEqual([]);
      await page.click('#tab-stay');
      await page.fill('#stay-start', '07.12.2026');
      await page.keyboard.press('Tab');
      await page.check('#stay-employment');
      await page.waitForSelector('#plan');
      expect((await run()).filter(serious)).toEqual([]);
    });
});
