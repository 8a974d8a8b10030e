// The Library page's audio filters as a person uses them: click tracks at three tempos are analysed through the
// API (real ffmpeg and essentia.js), then in headless Chromium the list is filtered by a BPM range and a typed
// key, and the track panel's Sound section shows each axis with its sentence. Screenshots of every step in light
// and dark, desktop and phone, go to test-results/ui/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { AnalysisModule } from '@app/analysis';
import {
  type JobDto,
  JobStatus,
  type LibraryScanDto,
  type LibraryTrackPage,
  type TrackAnalysisDto,
} from '@app/contracts';
import { generateAudio } from '@app/testing';
import { setUpAdmin } from '../support/admin-session.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { isFinished, waitForJob } from '../support/wait-for-job.js';
import {
  ADMIN_DIR,
  describeWithChromium,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  screenshot,
  STEP_MS,
} from './support/browser.js';

const TEMPOS = [90, 120, 150];

/** A 1 kHz click every beat for 12 s, tagged with its tempo as title. */
async function clickTrack(root: string, bpm: number): Promise<void> {
  const beat = 60 / bpm;
  const clicks = `aevalsrc=if(lt(mod(t\\,${beat})\\,0.02)\\,0.8*sin(2*PI*1000*t)\\,0):s=44100:d=12`;
  const args = ['-c:a', 'flac', '-metadata', `title=Clicks at ${bpm}`, '-metadata', 'artist=Metronome'];
  await generateAudio(join(root, `Clicks/${bpm}.flac`), clicks, args);
}

describeWithChromium('Library sound filters in Chromium', () => {
  let testApp: TestApp;
  let browser: Browser;
  let cookie: string;
  /** The analysed key of the 120 BPM track, as the API names it ("A minor"). */
  let key120: string;
  /** Its analysed tempo, which the list shows rounded. */
  let bpm120: number;

  beforeAll(async () => {
    requireBuiltAdmin();
    testApp = await startTestApp(
      { analysis: { windowSeconds: 8, workers: 1, rhythmMethod: 'degara' }, paths: { adminDir: ADMIN_DIR } },
      { features: [AnalysisModule] },
    );
    const server = testApp.server;
    const root = testApp.config.paths.libraryRoot;
    await mkdir(join(root, 'Clicks'));
    for (const bpm of TEMPOS) await clickTrack(root, bpm);
    const { scanId } = (await request(server).post('/api/v1/library/scan').send({}).expect(202)).body as {
      scanId: string;
    };
    for (;;) {
      const scan = (await request(server).get(`/api/v1/library/scans/${scanId}`).expect(200)).body as LibraryScanDto;
      if (scan.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const page = (await request(server).get('/api/v1/library/tracks').expect(200)).body as LibraryTrackPage;
    expect(page.records).toHaveLength(TEMPOS.length);
    for (const track of page.records) {
      const job = (await request(server).post(`/api/v1/analyze/track/${track.id}`).expect(202)).body as JobDto;
      expect((await waitForJob(server, job.id, isFinished, 300_000)).status).toBe(JobStatus.Success);
      const analysis = (await request(server).get(`/api/v1/analysis/track/${track.id}`).expect(200))
        .body as TrackAnalysisDto;
      if (track.title === 'Clicks at 120') {
        key120 = `${analysis.features.key} ${analysis.features.scale}`;
        bpm120 = analysis.features.bpm;
      }
    }
    expect(key120).toBeDefined();
    cookie = await setUpAdmin(testApp);
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function signedInPage(options: { colorScheme: 'light' | 'dark'; phone: boolean }): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const context = await newContext(browser, testApp.publicUrl, options);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: testApp.publicUrl }]);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    return { context, page };
  }

  it.each([
    { colorScheme: 'light' as const, phone: false },
    { colorScheme: 'dark' as const, phone: false },
    { colorScheme: 'light' as const, phone: true },
    { colorScheme: 'dark' as const, phone: true },
  ])('filters by BPM and typed key and shows the Sound section ($colorScheme, phone $phone)', async (options) => {
    const shot = `sound-${options.colorScheme}-${options.phone ? 'phone' : 'desktop'}`;
    const { context, page } = await signedInPage(options);
    try {
      await page.goto('/library');
      await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Table' }).click();
      const titles = page.locator('table.data tbody tr button.link');
      await titles.nth(TEMPOS.length - 1).waitFor();
      expect((await titles.allTextContents()).sort()).toEqual(TEMPOS.map((bpm) => `Clicks at ${bpm}`).sort());
      await screenshot(page, shot, '1-all');

      const filters = page.getByRole('form', { name: 'Filter by audio analysis' });
      await filters.getByLabel('BPM from').pressSequentially('110');
      await filters.getByLabel('to', { exact: true }).first().pressSequentially('130');
      await filters.getByLabel('Key').pressSequentially(key120);
      await screenshot(page, shot, '2-typed');
      await filters.getByLabel('Key').press('Enter');
      await page.getByText('1 track', { exact: true }).waitFor();
      expect(await titles.allTextContents()).toEqual(['Clicks at 120']);
      const cells = await page.locator('table.data tbody tr').first().locator('td').allTextContents();
      const [title, artist, bpm, key] = cells.map((cell) => cell.trim());
      expect({ title, artist, key }).toEqual({ title: 'Clicks at 120', artist: 'Metronome', key: key120 });
      expect(Math.abs(Number(bpm) - bpm120)).toBeLessThanOrEqual(0.2);

      // A range that leaves nothing says so, and the problem of an upside-down range is named beside the form.
      await filters.getByLabel('BPM from').fill('140');
      await filters.getByRole('button', { name: 'Apply' }).click();
      await page.getByText('Highest BPM must not be below the lowest').waitFor();
      await screenshot(page, shot, '3-problem');
      await filters.getByLabel('BPM from').fill('110');
      await filters.getByRole('button', { name: 'Apply' }).click();
      await page.getByText('Highest BPM must not be below the lowest').waitFor({ state: 'detached' });
      await page.getByText('1 track', { exact: true }).waitFor();

      // The covers view shows the same tempo and key under the tile.
      await page.getByRole('button', { name: 'Covers' }).click();
      await page.locator('ul.grid').getByText(`BPM · ${key120}`).waitFor();
      await screenshot(page, shot, '3b-covers');
      await page.getByRole('button', { name: 'Table' }).click();

      await titles.first().click();
      const panel = page.getByRole('complementary', { name: 'Clicks at 120' });
      // The default tracker (degara) gives the beat a confidence, which the sentence reads out.
      const sound = panel
        .getByRole('definition')
        .filter({ hasText: /120 BPM, (a clear beat|but the beat is uncertain) \(confidence \d+(\.\d)? of 5\.3\)\./ });
      await sound.waitFor();
      const terms = await panel.locator('.features dt').allTextContents();
      expect(terms.map((t) => t.trim())).toEqual([
        'energy',
        'danceability',
        'brightness',
        'acousticness',
        'valence',
        'tempo',
        'key',
      ]);
      const sentences = await panel.locator('.features .sentence').allTextContents();
      expect(sentences).toHaveLength(terms.length);
      for (const sentence of sentences) expect(sentence.trim()).toMatch(/^[A-Z0-9].*\.$/);
      await screenshot(page, shot, '4-sound');
    } finally {
      await context.close();
    }
  });
});
