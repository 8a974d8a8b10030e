// The Duplicates page and the System page's watch folders card in headless Chromium, on the real built UI served
// by a server with watchers on and a library holding two copies of one file. Screenshots under test-results/ui/.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pollUntil } from '@app/testing';
import { readSetupToken } from '../support/admin-session.js';
import { makeToneFiles, type ToneFiles } from '../watch/tone-files.js';
import { startWatchApp, type WatchApp } from '../watch/watch-app.js';
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
const COPIES = ['Artist/Album/Song.mp3', 'Downloads/Song (1).mp3'];

describeWithChromium('Duplicates page in Chromium', () => {
  let app: WatchApp;
  let tones: ToneFiles;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBuiltAdmin();
    tones = await makeToneFiles('duplicates-ui');
    app = await startWatchApp({ paths: { adminDir: ADMIN_DIR } });
    for (const path of COPIES) {
      await mkdir(dirname(join(app.libraryRoot, path)), { recursive: true });
      await copyFile(tones.mp3, join(app.libraryRoot, path));
    }
    await pollUntil(
      async () => (await request(app.server).get('/api/v1/library/tracks').expect(200)).body.totalRecords as number,
      (n) => n === 2,
      30_000,
    );
    browser = await launchChromium();
    context = await newContext(browser, app.publicUrl);
    page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    const data = { ...ADMIN, setupToken: readSetupToken(app) };
    expect((await page.request.post('/api/v1/auth/setup', { data })).status()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await tones?.remove();
  });

  it('shows the group with its reason and keeper, archives the copy, and undoes it', async () => {
    await page.goto('/duplicates');
    const group = page.getByRole('region', { name: /Same bytes/ });
    await group.waitFor();
    await group.getByText('Proposed keeper').waitFor();
    expect(await group.locator('tr.keeper').innerText()).toContain('Artist/Album/Song.mp3');
    expect(await group.innerText()).toContain('byte for byte');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'duplicates', '1-group');

    await group.getByRole('button', { name: 'Archive Downloads/Song (1).mp3' }).click();
    await page.getByRole('status').filter({ hasText: 'Archived' }).waitFor();
    await page.getByText('No duplicates in the library.').waitFor();
    await stat(join(app.libraryRoot, '_unsorted/duplicates/Downloads/Song (1).mp3'));
    await screenshot(page, 'duplicates', '2-archived');

    await page.getByRole('button', { name: /^Undo archive Downloads\/Song \(1\)\.mp3/ }).click();
    await page.getByRole('status').filter({ hasText: 'is back' }).waitFor();
    await page.getByRole('region', { name: /Same bytes/ }).waitFor();
    await stat(join(app.libraryRoot, 'Downloads/Song (1).mp3'));
    await screenshot(page, 'duplicates', '3-undone');
  });

  it('shows each watch folder on the System page', async () => {
    await page.goto('/system');
    const card = page.getByRole('region', { name: 'Watch folders' });
    await card.getByText(app.libraryRoot, { exact: true }).waitFor();
    expect(await card.innerText()).toContain('Events');
    await card.getByRole('button', { name: 'Rescan now' }).click();
    await card.getByRole('status').filter({ hasText: 'Rescan:' }).waitFor();
    await screenshot(page, 'duplicates', '4-system-watch');
  });
});
