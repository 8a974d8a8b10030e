// The admin UI as a person uses it: the real built UI served by the real server (real pipeline against the fake
// music world on loopback) in headless Chromium. Every step saves a screenshot under test-results/ui/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { JobStatus } from '@app/contracts';
import { readSetupToken } from '../support/admin-session.js';
import { type MusicWorldApp, startMusicWorldApp } from '../support/music-world-app.js';
import { isFinished, waitForJob } from '../support/wait-for-job.js';
import {
  ADMIN_DIR,
  describeWithChromium,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  screenshot,
  seriousA11yViolations,
  STEP_MS,
} from './support/browser.js';

const ADMIN = { username: 'admin', password: 'lantern-keeper-42' };

describeWithChromium('admin UI in Chromium', () => {
  let app: MusicWorldApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBuiltAdmin();
    app = await startMusicWorldApp({ paths: { adminDir: ADMIN_DIR } });
    browser = await launchChromium();
    // The browser comes in without the API key, as a person does.
    context = await newContext(browser, app.publicUrl);
    page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
  });

  // What the page showed when a flow ended, failed or not: the first thing to look at when one fails.
  afterEach(async () => {
    const name = (expect.getState().currentTestName ?? 'flow').replace(/\W+/g, '-').slice(0, 60);
    await screenshot(page, 'end', name);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Lets each flow run on its own: sets up or signs in through the API when the first-run flow has not. */
  async function ensureSignedIn(): Promise<void> {
    const status = (await (await page.request.get('/api/v1/auth/status')).json()) as {
      setupRequired: boolean;
      authenticated: boolean;
    };
    if (status.setupRequired) {
      const data = { ...ADMIN, setupToken: readSetupToken(app) };
      expect((await page.request.post('/api/v1/auth/setup', { data })).status()).toBe(201);
    } else if (!status.authenticated)
      expect((await page.request.post('/api/v1/auth/login', { data: ADMIN })).status()).toBe(200);
  }

  async function expectAccessible(): Promise<void> {
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  it('first run creates the admin; signing out and in again works', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Welcome to TrueTrack' }).waitFor();
    expect(page.url()).toMatch(/\/setup$/);
    await screenshot(page, 'auth', '1-first-run');
    await expectAccessible();

    // Typed key by key, as people type; the first field holds a suggested name to type over.
    await page.getByLabel('Admin username').press('ControlOrMeta+A');
    await page.getByLabel('Admin username').pressSequentially(ADMIN.username);
    await page.getByLabel('Password', { exact: true }).pressSequentially(ADMIN.password);
    await page.getByLabel('Repeat the password').pressSequentially(ADMIN.password);
    // Without the one-time token from the server's log or data folder, a visitor cannot take the server over.
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'setupToken is required' }).waitFor();
    await screenshot(page, 'auth', '1b-setup-token-missing');
    // The token is pasted, as people copy it from the log.
    await page.getByLabel('Setup token').fill(readSetupToken(app));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Requests', exact: true }).waitFor();
    await screenshot(page, 'auth', '2-signed-in');

    // Sign-in is required from every address by default; the page shows that setting and saves it.
    await page.goto('/settings?tab=security');
    await page.getByLabel('Sign-in required').selectOption('enabled');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await screenshot(page, 'auth', '3-security');
    await expectAccessible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to TrueTrack' }).waitFor();
    expect((await fetch(`${app.publicUrl}/api/v1/jobs`)).status).toBe(401);

    // Enter on an empty form says what is missing instead of doing nothing.
    await page.getByLabel('Username').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Type username and password first.' }).waitFor();
    await page.getByLabel('Username').pressSequentially(ADMIN.username);
    await page.getByLabel('Password').pressSequentially('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    await screenshot(page, 'auth', '4-wrong-password');
    await expectAccessible();

    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Requests', exact: true }).waitFor();
    await screenshot(page, 'auth', '5-signed-in-again');
  });

  it('a vague request waits in Needs input, is chosen with the keyboard, lands in the library and plays', async () => {
    await ensureSignedIn();
    await page.goto('/requests');
    // Enter right after the last key, with no pause for the page to catch up.
    await page.getByLabel('Song, album, or a link').pressSequentially('lanterns');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Requested “lanterns”' }).waitFor();
    await screenshot(page, 'vague', '1-requested');

    const badge = page.locator('nav a[href="/needs-input"] .count');
    await badge.filter({ hasText: '1' }).waitFor();
    await page.getByRole('link', { name: /Needs input/ }).click();
    const cards = page.locator('adm-candidate-card');
    await cards.nth(1).waitFor();
    await screenshot(page, 'vague', '2-needs-input');
    await expectAccessible();
    const jobId = await page.locator('section[data-job-id]').first().getAttribute('data-job-id');

    await page.locator('#candidate-0-0').focus();
    for (let i = 0; i < 10; i++) {
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (label.includes('Lanterns on the Water')) break;
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Lanterns on the Water');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing is waiting for you.').waitFor();

    const done = await waitForJob(app.server, jobId!, isFinished, 60_000);
    expect(done.status).toBe(JobStatus.Success);
    await page.goto(`/queue/${jobId}`);
    await page.getByRole('heading', { name: 'lanterns', exact: true }).waitFor();
    await screenshot(page, 'vague', '3-job-detail');
    await page.locator('.timeline').getByText('Done', { exact: true }).waitFor();
    await expectAccessible();

    // The player asks for the audio as soon as it appears (preload=metadata): listen before opening the track.
    const ranges: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/stream')) ranges.push(response.status());
    });
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByLabel('Search the library').pressSequentially('Lanterns on the Water');
    await page.getByRole('button', { name: /Lanterns on the Water\s+Elsa Marrow/ }).click();
    const audio = page.locator('audio');
    await audio.waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'Tags' }).waitFor();
    await screenshot(page, 'vague', '4-library');
    await expectAccessible();

    await page.getByRole('button', { name: 'Play Lanterns on the Water' }).click();
    await page.getByRole('button', { name: 'Pause Lanterns on the Water' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 0);
    expect(ranges).toContain(206);
    await screenshot(page, 'vague', '5-playing');
  });

  it('cancels a running job from the queue', async () => {
    await ensureSignedIn();
    app.world.slowDown('audio', 15_000);
    try {
      await page.goto('/requests');
      await page.getByLabel('Song, album, or a link').fill('Ivo Lark - Teardrop Atlas');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Requested “Ivo Lark - Teardrop Atlas”' }).waitFor();
      await page.getByRole('link', { name: 'Queue', exact: true }).click();
      const row = page.locator('li.job', { hasText: 'Ivo Lark - Teardrop Atlas' });
      await row.locator('.badge', { hasText: 'Downloading' }).waitFor();
      await screenshot(page, 'cancel', '1-downloading');
      await expectAccessible();
      await row.getByRole('button', { name: 'Cancel Ivo Lark - Teardrop Atlas' }).click();
      await row.locator('.badge', { hasText: 'Cancelled' }).waitFor();
      await screenshot(page, 'cancel', '2-cancelled');
    } finally {
      app.world.slowDown('audio', 0);
    }
  });

  it('previews a changed naming template and names the field of a bad one', async () => {
    await ensureSignedIn();
    await page.goto('/settings');
    const album = page.getByLabel('Album tracks');
    await page.getByTestId('naming-sample-path').first().waitFor();
    const before = await album.inputValue();
    await album.fill(`Albums/${before}`);
    await page
      .getByTestId('naming-sample-path')
      .filter({ hasText: /^Albums\// })
      .first()
      .waitFor();
    await screenshot(page, 'naming', '1-preview');
    await expectAccessible();

    await album.fill('{Artist}/{Titel}');
    await page.getByText(/unknown token \{Titel\}/).waitFor();
    expect(await album.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'naming', '2-invalid');

    await album.fill(`Albums/${before}`);
    await page.getByRole('button', { name: 'Save templates' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  });

  it('shows the health of tools and providers on the System page', async () => {
    await ensureSignedIn();
    await page.goto('/system');
    await page.locator('.tool strong', { hasText: 'ffmpeg' }).waitFor();
    await page.locator('.badge', { hasText: 'Reachable' }).first().waitFor();
    await screenshot(page, 'system', '1-health');
    await expectAccessible();
    await page.goto('/settings?tab=providers');
    await page.getByRole('button', { name: 'Test MusicBrainz' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /MusicBrainz at .* answered/ })
      .waitFor();
    await screenshot(page, 'system', '2-providers');
    await expectAccessible();
  });

  it('adds a media server with the server checking each field, tests it, and lists the webhook URLs', async () => {
    await ensureSignedIn();
    await page.goto('/settings?tab=integrations');
    await page.getByRole('button', { name: 'Add…' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Living room');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#integration-url-error', { hasText: 'settings.url is required' }).waitFor();
    await screenshot(page, 'connections', '1-field-errors');
    await expectAccessible();

    // Nothing listens on port 9 of loopback: the test fails, and says why.
    await page.getByLabel('URL', { exact: true }).fill('http://127.0.0.1:9');
    await page.getByLabel('API key', { exact: true }).fill('not-a-real-key');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Test Living room' }).click();
    await page.getByRole('status').filter({ hasText: '✗' }).waitFor();
    await page.locator('input[id^=webhook-]').first().waitFor();
    expect(await page.locator('input[id^=webhook-]').first().inputValue()).toContain(app.publicUrl);
    await screenshot(page, 'connections', '2-saved-and-tested');
    await expectAccessible();
  });

  it('looks right in the dark theme and on a phone', async () => {
    await ensureSignedIn();
    const state = await context.storageState();
    for (const [name, options] of [
      ['dark', { colorScheme: 'dark' as const }],
      ['phone', { phone: true }],
      ['phone-dark', { phone: true, colorScheme: 'dark' as const }],
    ] as const) {
      const other = await newContext(browser, app.publicUrl, { ...options, storageState: state });
      const p = await other.newPage();
      p.setDefaultTimeout(STEP_MS);
      await p.goto('/queue');
      await p.getByRole('heading', { name: 'Queue' }).waitFor();
      await p.locator('li.job').first().waitFor();
      await screenshot(p, 'theme', `${name}-queue`);
      await p.goto('/library');
      await p.locator('.grid li').first().waitFor();
      await screenshot(p, 'theme', `${name}-library`);
      await other.close();
    }
    await page.goto('/queue');
    await page.getByRole('button', { name: 'Theme: system' }).click();
    await page.getByRole('button', { name: 'Theme: light' }).click();
    await page.getByRole('button', { name: 'Theme: dark' }).waitFor();
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
    await screenshot(page, 'theme', 'toggled-dark-queue');
    await expectAccessible();
  });
});
