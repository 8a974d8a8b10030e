// Asking in plain words and the player, as a person uses them: the real built UI served by the real server (real
// pipeline against the fake music world on loopback, with one song in studio, live and acoustic recordings) in
// headless Chromium. Every step saves a screenshot under test-results/ui/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_SONGS, VERSIONED_SONGS } from '@app/testing';
import { type MusicWorldApp, startMusicWorldApp } from '../support/music-world-app.js';
import {
  ADMIN_DIR,
  describeWithChromium,
  ensureSignedIn,
  newContext,
  openBrowser,
  requireBuiltAdmin,
  screenshot,
} from './support/browser.js';

describeWithChromium('asking and playing in Chromium', () => {
  let app: MusicWorldApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBuiltAdmin();
    const songs = [...DEFAULT_SONGS, ...VERSIONED_SONGS].map((s) => ({ ...s }));
    app = await startMusicWorldApp({ paths: { adminDir: ADMIN_DIR } }, { songs });
    ({ browser, context, page } = await openBrowser(app.publicUrl));
    // The Media Session's handlers, kept where the test can call them as the lock screen or media keys would.
    await context.addInitScript(() => {
      const handlers: Record<string, (details: object) => void> = {};
      (globalThis as unknown as { mediaHandlers: typeof handlers }).mediaHandlers = handlers;
      const session = navigator.mediaSession;
      const original = session.setActionHandler.bind(session);
      session.setActionHandler = (action, handler) => {
        if (handler) handlers[action] = handler as (details: object) => void;
        original(action, handler);
      };
    });
    await ensureSignedIn(page, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const playerButton = () =>
    page.getByRole('region', { name: 'Player' }).getByRole('button', { name: /^(Play|Pause)$/ });
  const mediaAction = (action: string) =>
    page.evaluate(
      (name) =>
        (globalThis as unknown as { mediaHandlers: Record<string, (d: object) => void> }).mediaHandlers[name]!({
          action: name,
        }),
      action,
    );

  it('a request in plain words → questions → answer → result → get it → play; the player survives page changes', async () => {
    await page.goto('/ask');
    await page.getByLabel('What would you like?').pressSequentially('hollow crown by marrow lane');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByRole('group', { name: 'Which version?' }).waitFor();
    const options = await page
      .getByRole('group', { name: 'Which version?' })
      .getByRole('radio')
      .evaluateAll((inputs) => inputs.map((i) => i.parentElement!.textContent!.trim()));
    expect(options).toEqual(['Studio 2003', 'Live in Madrid 2004', 'Acoustic']);
    await screenshot(page, 'ask', '1-questions');

    await page.getByRole('radio', { name: 'Live in Madrid 2004' }).check();
    await page.getByRole('radio', { name: 'Just the song' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const first = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first();
    await first.getByText('Live in Madrid, as you chose').waitFor();
    await screenshot(page, 'ask', '2-results');

    await first.getByRole('button', { name: 'Get it' }).click();
    await first.getByRole('button', { name: /^Play / }).waitFor({ timeout: 90_000 });
    await first.getByRole('button', { name: /^Play / }).click();
    await page.getByRole('region', { name: 'Player' }).getByRole('button', { name: 'Pause' }).waitFor();
    await screenshot(page, 'ask', '3-playing');

    await page.getByRole('link', { name: /Downloads/ }).click();
    await page.getByRole('heading', { name: 'Downloads' }).waitFor();
    expect(await playerButton().getAttribute('aria-label')).toBe('Pause');
    await page.getByRole('region', { name: 'Player' }).getByText('Hollow Crown (Live in Madrid)').waitFor();
    await screenshot(page, 'ask', '4-downloads-still-playing');
  });

  it('media keys and the Media Session handlers pause and play', async () => {
    await page.keyboard.press('MediaPlayPause');
    await page.waitForFunction(() => document.querySelector('[aria-label="Play"]') !== null);
    await mediaAction('play');
    await page.waitForFunction(() => document.querySelector('[aria-label="Pause"]') !== null);
    await mediaAction('pause');
    await page.waitForFunction(() => document.querySelector('[aria-label="Play"]') !== null);
  });

  it.each([
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['phone', { phone: true }],
  ])('looks right: %s', async (name, options) => {
    const other = await newContext(browser, app.publicUrl, { ...options, storageState: await context.storageState() });
    const view = await other.newPage();
    await view.goto('/ask');
    await view.getByLabel('What would you like?').pressSequentially('hollow crown by marrow lane');
    await view.getByRole('button', { name: 'Ask', exact: true }).click();
    // Preferences remembered by the first flow settle the questions: the results come straight away.
    await view.getByRole('list', { name: 'Results' }).getByRole('listitem').first().waitFor();
    await screenshot(view, 'ask', `look-${name}`);
    await other.close();
  });
});
