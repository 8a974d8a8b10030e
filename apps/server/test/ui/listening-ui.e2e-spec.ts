// The Listening page as a person uses it: the built admin UI served by the real server in headless Chromium, a
// listener added by typing, the URLs to paste into Navidrome and Jellyfin, Last.fm connected through its
// authorisation page (a loopback fake), and recent listens with covers the server fetched from a fake Cover Art
// Archive — light and dark, desktop and phone. Every page is saved under test-results/ui/listening-*.png.
import type { Browser, Page } from 'playwright-core';
import type { ListenerDto } from '@app/contracts';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import request from 'supertest';
import { ADMIN, setUpAdmin } from '../support/admin-session.js';
import { FakeLastfmScrobbler, LASTFM_API_KEY, LASTFM_SECRET } from '../support/fake-lastfm-scrobbler.js';
import { onePixelPng } from '../support/one-pixel-png.js';
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

const WITH_ART = 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b';

describeWithChromium('the Listening page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let lastfm: FakeLastfmScrobbler;
  let archive: FakeHttpServer;

  beforeAll(async () => {
    requireBuiltAdmin();
    lastfm = await FakeLastfmScrobbler.start();
    const png = onePixelPng();
    archive = await startFakeHttpServer((req) =>
      req.path === `/release/${WITH_ART}/front-250`
        ? { headers: { 'Content-Type': 'image/png' }, body: png }
        : { status: 404, body: 'No cover art found for release' },
    );
    app = await startTestApp({
      paths: { adminDir: ADMIN_DIR },
      providers: { coverartarchive: { baseUrl: archive.url, enabled: true } },
      listening: {
        lastfmUrl: lastfm.url,
        lastfmAuthUrl: lastfm.authUrl,
        lastfmApiKey: LASTFM_API_KEY,
        lastfmSharedSecret: LASTFM_SECRET,
      },
    });
    await setUpAdmin(app);
    const sam = (await request(app.server).post('/api/v1/listeners').send({ name: 'Sam' }).expect(201))
      .body as ListenerDto;
    const listen = (s: number, title: string, info: Record<string, unknown>) => ({
      listened_at: s,
      track_metadata: { artist_name: 'Portishead', track_name: title, release_name: 'Dummy', additional_info: info },
    });
    await request(app.publicUrl)
      .post('/listenbrainz/1/submit-listens')
      .set('Authorization', `Token ${sam.listenToken}`)
      .send({
        listen_type: 'import',
        payload: [
          listen(1_700_000_300, 'Roads', { release_mbid: WITH_ART, submission_client: 'Navidrome' }),
          listen(1_700_000_200, 'Sour Times', { release_mbid: WITH_ART }),
          listen(1_700_000_100, 'A Song Without Release', {}),
        ],
      })
      .expect(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await lastfm?.close();
    await archive?.close();
  });

  async function signedInPage(options: ContextOptions): Promise<Page> {
    const context = await newContext(browser, app.publicUrl, options);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    expect((await page.request.post('/api/v1/auth/login', { data: ADMIN })).status()).toBe(200);
    return page;
  }

  it('adds a listener by typing, shows the URLs to paste, and connects Last.fm', async () => {
    const page = await signedInPage({});
    await page.goto('/listening');
    await page.getByRole('heading', { name: 'Listening' }).waitFor();
    await page.getByLabel('New listener').pressSequentially('Kim');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Kim', pressed: true }).waitFor();

    const kim = ((await request(app.server).get('/api/v1/listeners').expect(200)).body as ListenerDto[]).find(
      (l) => l.name === 'Kim',
    )!;
    await page.getByTestId('listen-token').filter({ hasText: kim.listenToken }).waitFor();
    // What a person copies into Navidrome and the Jellyfin plugin: the address they reached TrueTrack at.
    expect(await page.getByTestId('navidrome-url').textContent()).toBe(`${app.publicUrl}/listenbrainz/1/`);
    expect(await page.getByTestId('jellyfin-url').textContent()).toBe(`${app.publicUrl}/listenbrainz`);

    const lastfmBox = page.getByTestId('lastfm-connection');
    expect(await lastfmBox.textContent()).toContain('********cdef');
    await lastfmBox.getByRole('button', { name: 'Connect Last.fm' }).click();
    const allow = lastfmBox.getByRole('link', { name: 'Allow TrueTrack at Last.fm' });
    const href = (await allow.getAttribute('href'))!;
    expect(href.startsWith(`${lastfm.authUrl}?api_key=${LASTFM_API_KEY}&token=`)).toBe(true);
    // The person allows TrueTrack at Last.fm (the link's page), then comes back.
    expect((await page.request.get(href)).status()).toBe(200);
    await lastfmBox.getByRole('button', { name: 'I allowed it' }).click();
    await page.getByRole('status').filter({ hasText: 'Last.fm connected as MyLastFMUsername' }).waitFor();
    await lastfmBox.getByText('listens are scrobbled').waitFor();
    await screenshot(page, 'listening', 'connect-lastfm');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(SCREEN_VARIANTS)('shows recent listens with covers served by TrueTrack (%s)', async (variant, options) => {
    const page = await signedInPage(options);
    const hosts = new Set<string>();
    page.on('request', (req) => hosts.add(new URL(req.url()).host));
    await page.goto('/listening');
    await page.getByRole('button', { name: 'Sam', pressed: true }).waitFor();
    const rows = page.locator('[aria-labelledby=recent-title] tbody tr');
    await rows.filter({ hasText: 'Roads' }).waitFor();
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('img.cover') as ArrayLike<HTMLImageElement>).filter(
          (img) => img.complete && img.naturalWidth > 0,
        ).length === 2,
    );
    expect(await rows.filter({ hasText: 'A Song Without Release' }).locator('.placeholder').count()).toBe(1);
    expect(await rows.filter({ hasText: 'Roads' }).textContent()).toContain('Navidrome');
    expect([...hosts]).toEqual([new URL(app.publicUrl).host]);
    await screenshot(page, 'listening', `${variant}-recent`);
    await page.context().close();
  });
});
