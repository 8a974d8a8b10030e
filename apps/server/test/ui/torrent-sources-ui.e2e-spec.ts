// The Settings page's torrent sources in headless Chromium, on the real built UI: an indexer added as a person types
// it (the form says what is missing before it sends anything, the server names the field it refuses), tested
// against a Torznab indexer on loopback, and a download client that cannot be reached tested and explained.
// Screenshots under test-results/ui/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ADMIN_DIR,
  describeWithChromium,
  ensureSignedIn,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  screenshot,
  seriousA11yViolations,
  STEP_MS,
} from './support/browser.js';

const API_KEY = 'abcdef0123456789';
const CAPS = `<?xml version="1.0" encoding="UTF-8"?>
<caps><server title="Loopback Jackett" /><searching><search available="yes" supportedParams="q" />
<music-search available="yes" supportedParams="q,album,artist" /></searching>
<categories><category id="3000" name="Audio"><subcat id="3040" name="Audio/Lossless" /></category></categories></caps>`;

describeWithChromium('Torrent sources settings in Chromium', () => {
  let app: TestApp;
  let indexer: FakeHttpServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBuiltAdmin();
    indexer = await startFakeHttpServer((req) =>
      req.query.get('apikey') === API_KEY
        ? { body: CAPS }
        : { status: 401, body: '<error code="100" description="Invalid API Key" />' },
    );
    app = await startTestApp({ sources: { allowPrivate: ['127.0.0.1'] }, paths: { adminDir: ADMIN_DIR } });
    browser = await launchChromium();
    context = await newContext(browser, app.publicUrl);
    page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    await ensureSignedIn(page, app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await indexer?.close();
  });

  const form = () => page.getByRole('form', { name: /indexer|download client/ });
  const type = (label: string, text: string) => form().getByLabel(label, { exact: true }).pressSequentially(text);

  async function expectAccessible(): Promise<void> {
    expect(await seriousA11yViolations(page)).toEqual([]);
  }

  it('adds an indexer field by field, tests it against the indexer, and lists it', async () => {
    await page.goto('/settings?tab=torrents');
    await page.getByRole('button', { name: 'Add an indexer' }).click();
    await form().getByRole('button', { name: 'Save' }).click();
    await page.locator('#torrent-name-error', { hasText: /\S/ }).waitFor();
    expect(await page.locator('#torrent-url-error').textContent()).toMatch(/\S/);
    expect(await page.locator('#torrent-apiKey-error').textContent()).toMatch(/\S/);
    expect(indexer.requests).toHaveLength(0);
    await screenshot(page, 'torrents', '1-missing-fields');
    await expectAccessible();

    await type('Name', 'Jackett');
    await type('Torznab URL', `${indexer.url}/api/v2.0/indexers/all/results/torznab/`);
    await type('API key', API_KEY);
    await type('Categories (optional)', 'audio');
    await form().getByRole('button', { name: 'Save' }).click();
    // The server refuses the category, naming the field; the form keeps what was typed.
    await page.locator('#torrent-categories-error', { hasText: /categories/ }).waitFor();
    expect(await form().getByLabel('Name', { exact: true }).inputValue()).toBe('Jackett');
    await screenshot(page, 'torrents', '2-server-refuses-a-field');

    await form().getByLabel('Categories (optional)', { exact: true }).fill('');
    await type('Categories (optional)', '3040');
    await form().getByRole('button', { name: 'Save' }).click();
    const listed = page.getByRole('list', { name: 'Indexers' }).getByRole('listitem').filter({ hasText: 'Jackett' });
    await listed.waitFor();
    expect(await listed.textContent()).not.toContain(API_KEY);
    await listed.getByRole('button', { name: 'Test' }).click();
    await listed.getByRole('status').filter({ hasText: '✓' }).waitFor();
    expect(indexer.requests.at(-1)!.query.get('t')).toBe('caps');
    await screenshot(page, 'torrents', '3-indexer-tested');
    await expectAccessible();
  });

  it('adds a download client that cannot be reached and says why its test failed', async () => {
    await page.goto('/settings?tab=torrents');
    await page.getByRole('button', { name: 'Add a download client' }).click();
    await form().getByLabel('Client').selectOption('transmission');
    // Nothing listens on port 9 of loopback.
    await type('URL', 'http://127.0.0.1:9');
    await form().getByRole('button', { name: 'Save' }).click();
    const listed = page
      .getByRole('list', { name: 'Download clients' })
      .getByRole('listitem')
      .filter({ hasText: 'Transmission' });
    await listed.waitFor();
    await listed.getByRole('button', { name: 'Test' }).click();
    await listed.getByRole('status').filter({ hasText: '✗' }).waitFor();
    expect(await listed.getByRole('status').textContent()).toContain(
      'Transmission at http://127.0.0.1:9 could not be reached: nothing listens there (connection refused)',
    );
    await screenshot(page, 'torrents', '4-client-unreachable');
    await expectAccessible();
  });
});
