// The Mixes page as a person uses it: the built admin UI served by the real server, in headless Chromium. The
// person finds the mix file by typing, types a tracklist, confirms an unsure line by picking its library candidate,
// requests the missing line, splits the mix into tracks and downloads its CUE sheet; then the page is looked at
// in light and dark, on a desktop and a phone. Every page is saved under test-results/ui/mixes-*.png.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import type { LibraryScanDto } from '@app/contracts';
import { LibraryModule } from '@app/library';
import { readCueSheet } from '@app/mixes';
import { generateAudio, pollUntil } from '@app/testing';
import { ADMIN, setUpAdmin } from '../support/admin-session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ADMIN_DIR,
  type ContextOptions,
  describeWithChromium,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  screenshot,
  seriousA11yViolations,
} from './support/browser.js';

const STEP_MS = 30_000;

// Two, three and two seconds of tone: the tracklist's whole-second times fall on their edges.
const THREE_TONES = [
  'sine=frequency=440:duration=2:sample_rate=44100[a]',
  'sine=frequency=660:duration=3:sample_rate=44100[b]',
  'sine=frequency=880:duration=2:sample_rate=44100[c]',
  '[a][b][c]concat=n=3:v=0:a=1',
].join(';');
const TRACKLIST = [
  '[00:00] Glenn Miller - In The Mood [BLUEBIRD]',
  '[00:02] Duke Ellington Orchestra - Take The A Train',
  '[00:05] Count Basie - One O Clock Jump',
];

const tagged = (artist: string, title: string, album: string) => [
  ...['-c:a', 'flac', '-metadata', `artist=${artist}`, '-metadata', `title=${title}`],
  ...['-metadata', `album=${album}`, '-metadata', 'date=1941'],
];

describeWithChromium('the Mixes page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    requireBuiltAdmin();
    // The library and the mixes; no pipeline steps: the requested list's jobs are only created here.
    app = await startTestApp({ paths: { adminDir: ADMIN_DIR } }, { features: [LibraryModule] });
    await setUpAdmin(app);
    const root = app.config.paths.libraryRoot;
    await mkdir(join(root, 'Mixes'));
    await mkdir(join(root, 'Swing'));
    await generateAudio(join(root, 'Mixes/Loopback Sessions.flac'), THREE_TONES, [
      ...['-c:a', 'flac', '-metadata', 'title=Loopback Sessions 001', '-metadata', 'artist=DJ Loopback'],
    ]);
    await generateAudio(
      join(root, 'Swing/In The Mood.flac'),
      'sine=duration=2',
      tagged('Glenn Miller', 'In The Mood', 'The Glenn Miller Story'),
    );
    await generateAudio(
      join(root, 'Swing/A Train.flac'),
      'sine=duration=3',
      tagged('Duke Ellington', 'Take The A Train', 'The Blanton–Webster Band'),
    );
    const { scanId } = (await request(app.server).post('/api/v1/library/scan').send({}).expect(202)).body as {
      scanId: string;
    };
    await pollUntil(
      async () => (await request(app.server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto,
      (scan) => scan.status !== 'running',
      STEP_MS,
    );
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signedInPage(options: ContextOptions = {}): Promise<Page> {
    const context = await newContext(browser, app.publicUrl, { ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    expect((await page.request.post('/api/v1/auth/login', { data: ADMIN })).status()).toBe(200);
    return page;
  }

  it('attaches a typed tracklist, fixes a line from its candidates, requests, splits and downloads the CUE', async () => {
    const page = await signedInPage();
    await page.goto('/mixes');
    await page.getByRole('heading', { name: 'Mixes' }).waitFor();
    await page.getByText('No mix has a tracklist yet.').waitFor();

    // Nothing typed yet: the form says what it needs and sends nothing.
    await page.getByRole('button', { name: 'Attach tracklist' }).click();
    await page.getByRole('alert').filter({ hasText: 'Type mix file and tracklist first.' }).waitFor();

    await page.getByLabel('Mix file').pressSequentially('loopback');
    await page.getByLabel('Mix file').press('Enter');
    await page.getByLabel('Which file').waitFor();
    expect(await page.getByLabel('Which file').locator('option').allTextContents()).toEqual([
      'Mixes/Loopback Sessions.flac',
    ]);
    const tracklist = page.getByLabel('Tracklist', { exact: true });
    for (const [i, line] of TRACKLIST.entries()) {
      await tracklist.pressSequentially(line);
      if (i < TRACKLIST.length - 1) await tracklist.press('Enter');
    }
    await screenshot(page, 'mixes', '1-attach');
    await page.getByRole('button', { name: 'Attach tracklist' }).click();
    await page.getByRole('status').filter({ hasText: 'Attached 3 lines to Mixes/Loopback Sessions.flac.' }).waitFor();
    const statuses = () => page.locator('tbody tr:not(.editor) td:nth-child(4)').allTextContents();
    expect((await statuses()).map((s) => s.trim())).toEqual(['In library', 'Confirm', 'Missing']);

    // Line 2 is unsure: its library candidate is shown as a card with album, year, length and why.
    await page.getByRole('button', { name: 'Fix line 2' }).click();
    const cards = page.getByRole('group', { name: 'Candidates for line 2' });
    await cards.waitFor();
    const card = cards.locator('adm-candidate-card').first();
    expect((await card.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /Take The A Train.*Duke Ellington.*The Blanton–Webster Band · 1941.*0:03 vs 0:03 expected.*90% confidence · library.*artist one holds the other/,
    );
    await screenshot(page, 'mixes', '2-candidates');
    await card.getByRole('button').first().click();
    await page.locator('tr[data-status="fixed"]').waitFor();
    expect((await statuses()).map((s) => s.trim())).toEqual(['In library', 'Fixed', 'Missing']);

    await page.getByRole('button', { name: 'Request missing lines' }).click();
    await page.getByRole('status').filter({ hasText: 'Requested 1 missing track as one list.' }).waitFor();
    await page.locator('tr[data-status="requested"]').waitFor();
    expect((await statuses()).map((s) => s.trim())).toEqual(['In library', 'Fixed', 'Requested']);

    await page.getByRole('button', { name: 'Split into tracks' }).click();
    const parts = page.getByRole('region', { name: 'Parts' });
    await parts.waitFor();
    expect(await parts.locator('li').allTextContents()).toEqual([
      'Mixes/Loopback Sessions (parts)/01 - Glenn Miller - In The Mood.flac',
      'Mixes/Loopback Sessions (parts)/02 - Duke Ellington Orchestra - Take The A Train.flac',
      'Mixes/Loopback Sessions (parts)/03 - Count Basie - One O Clock Jump.flac',
    ]);
    await screenshot(page, 'mixes', '3-split');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CUE' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Loopback Sessions.cue');
    const sheet = readCueSheet(await readFile((await download.path())!, 'utf8'));
    expect(sheet.tracks.map((t) => [t.performer, t.title, t.startFrames / 75])).toEqual([
      ['Glenn Miller', 'In The Mood', 0],
      ['Duke Ellington Orchestra', 'Take The A Train', 2],
      ['Count Basie', 'One O Clock Jump', 5],
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each<[string, ContextOptions]>([
    ['light', {}],
    ['dark', { colorScheme: 'dark' }],
    ['phone', { phone: true }],
    ['phone-dark', { phone: true, colorScheme: 'dark' }],
  ])('shows a mix with its candidates and parts (%s)', async (variant, options) => {
    const page = await signedInPage(options);
    await page.goto('/mixes');
    await page.getByRole('button', { name: /Loopback Sessions/ }).click();
    await page.getByRole('region', { name: 'Parts' }).waitFor();
    await page.getByRole('button', { name: 'Fix line 3' }).click();
    await page.getByLabel('Artist').waitFor();
    await screenshot(page, 'mixes', `${variant}-mix`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
