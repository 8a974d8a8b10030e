// The taste dashboard as a person uses it: the built admin UI served by the real server, the signed-in user's own
// planted history (folk, then techno from week 8, two drones in week 15), in headless Chromium — light and dark,
// desktop and phone. Every page is saved under test-results/ui/dashboard-*.png.
import type { Browser, Page } from 'playwright-core';
import type { ListenerDto } from '@app/contracts';
import { plantedHistory, type PlantedHistory } from '@app/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ADMIN, setUpAdmin } from '../support/admin-session.js';
import { plantListens } from '../support/taste-history.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ADMIN_DIR,
  type ContextOptions,
  describeWithChromium,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  SCREEN_VARIANTS,
  screenshot,
  seriousA11yViolations,
  STEP_MS,
} from './support/browser.js';

describeWithChromium('the dashboard in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let history: PlantedHistory;

  beforeAll(async () => {
    requireBuiltAdmin();
    app = await startTestApp({ paths: { adminDir: ADMIN_DIR } });
    const cookie = await setUpAdmin(app);
    const me = (await request(app.publicUrl).post('/api/v1/listeners/me').set('Cookie', cookie).expect(200))
      .body as ListenerDto;
    history = plantedHistory({ timeZone: me.timeZone, lastWeekAt: Date.now() - 7 * 86_400_000 });
    await plantListens(app.app.get(DataSource), me.id, history);
    await request(app.server).post('/api/v1/aggregate/weeks').send({}).expect(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signedInPage(options: ContextOptions): Promise<Page> {
    const context = await newContext(browser, app.publicUrl, options);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    expect((await page.request.post('/api/v1/auth/login', { data: ADMIN })).status()).toBe(200);
    return page;
  }

  it.each(SCREEN_VARIANTS)('shows every view of the signed-in user’s own dashboard (%s)', async (variant, options) => {
    const page = await signedInPage(options);
    const week8 = history.weeks[history.changeWeek - 1]!.key;

    await page.goto('/dashboard');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.locator('[data-kpi=listens]').waitFor();
    expect(await page.locator('[data-kpi=change]').textContent()).toMatch(/\d{4}-\d\d .* (up|down)/);
    await screenshot(page, 'dashboard', `${variant}-1-overview`);

    await page.goto('/dashboard?tab=trajectory&window=26w');
    await page.locator('.chart canvas').waitFor();
    await page.getByText(/clusters\./).waitFor();
    await screenshot(page, 'dashboard', `${variant}-2-trajectory`);

    await page.goto('/dashboard?tab=moods&window=26w');
    await page.locator('.chart canvas').waitFor();
    await screenshot(page, 'dashboard', `${variant}-3-moods`);

    await page.goto(`/dashboard?tab=radar&week=${week8}&compare=${history.weeks[0]!.key}`);
    await page.locator('.chart canvas').waitFor();
    await page.getByText('Behind the change in').waitFor();
    expect(await page.locator('ol.tracks li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Techno Cut')]),
    );
    await screenshot(page, 'dashboard', `${variant}-4-radar`);

    await page.goto('/dashboard?tab=outliers');
    await page.getByRole('cell', { name: /Drone Ensemble – Drone 0/ }).waitFor();
    const firstTwo = (await page.locator('tbody tr td:first-child').allTextContents()).slice(0, 2).sort();
    expect(firstTwo).toEqual(['Drone Ensemble – Drone 0', 'Drone Ensemble – Drone 1']);
    await screenshot(page, 'dashboard', `${variant}-5-outliers`);
    await page.context().close();
  });

  it('moves between views with the arrow keys and keeps them in the URL', async () => {
    const page = await signedInPage({});
    await page.goto('/dashboard');
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/tab=trajectory/);
    await page.getByRole('tab', { name: 'Trajectory', selected: true }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/tab=outliers/);
    await page.getByRole('button', { name: 'Add to mixtape' }).first().click();
    await page.getByRole('status').filter({ hasText: 'is on the mixtape' }).waitFor();
    await screenshot(page, 'dashboard', 'keyboard-outliers-mixtape');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
