import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script shared with `npm run demo:form`
import { buildForm, serveForm } from '../../scripts/form.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true')
  throw new Error(`Chromium is missing at ${CHROMIUM}; CI must install it (apt-get install -y chromium).`);
if (!available) console.warn(`SKIPPED the browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium to run them).`);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!available)('the referral form in Chromium', () => {
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
    page = await browser.newPage();
    await page.goto(url);
    await page.waitForSelector('#f-referral');
  };
  const choose = (path: string, value: string) => page.selectOption(`#f-${path.replace(/\./g, '-')}`, value);

  test('a yes case: the verdict and a reason appear as the form is filled in', async () => {
    await open();
    expect(await page.$eval('#f-offer', (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('Døgnopphold ved RNNK');
    await choose('referral', 'nav');
    await choose('employment', 'employed');
    await page.fill('#f-sickLeaveGrade', '80');
    expect(await page.textContent('#missing')).toContain('Sannsynlig minst halvert sykmelding');
    await choose('prognosis.sickLeaveHalvedTwoWeeksAfter', 'true');
    await choose('residentialGrounds.environmentChangeEssential', 'true');
    await expect.poll(() => page.getAttribute('#verdict-text', 'data-verdict')).toBe('yes');
    expect(await page.textContent('#verdict-text')).toContain('Ja: Alle vilkårene for døgntilbudet er oppfylt.');
    expect(await page.textContent('#reasons')).toContain('Henvisningen kommer fra NAV-kontoret');
    await page.screenshot({ path: 'tmp/form-yes.png', fullPage: true });
  });

  test('a GP referral is no, and the reason says only NAV refers', async () => {
    await open();
    await choose('referral', 'gp');
    await choose('employment', 'employed');
    await expect.poll(() => page.getAttribute('#verdict-text', 'data-verdict')).toBe('no');
    expect(await page.textContent('[data-rule="eligibility.referral"]')).toContain(
      'Henvisningen kommer fra fastlegen; bare NAV-kontoret kan henvise til tilbudet.',
    );
  });

  test('a sick-leave grade of 15 shows the library’s message on the field, in both languages', async () => {
    await open();
    await choose('referral', 'nav');
    await page.fill('#f-sickLeaveGrade', '15');
    await expect.poll(() => page.textContent('#f-sickLeaveGrade-error')).toContain('15 er ikke en gyldig sykmeldingsgrad');
    expect(await page.getAttribute('#f-sickLeaveGrade', 'aria-invalid')).toBe('true');
    await page.click('#lang');
    await expect.poll(() => page.textContent('#f-sickLeaveGrade-error')).toContain('15 is not a valid sick-leave grade');
    expect(await page.textContent('h1')).toBe('Referral to work-oriented rehabilitation');
    await page.screenshot({ path: 'tmp/form-error-en.png', fullPage: true });
  });

  test('axe-core finds no serious or critical violations', async () => {
    await open();
    await choose('referral', 'nav');
    await choose('employment', 'not-employed');
    await page.fill('#f-sickLeaveGrade', '15');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; help: string }[] }> } })
        .axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
