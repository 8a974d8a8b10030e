// The admin UI under the server's Content-Security-Policy: every page a person opens, in headless Chromium,
// with no CSP violation reported. A stricter policy that broke the UI fails here, not in someone's browser.
import type { Browser, Page } from 'playwright-core';
import { readSetupToken } from '../support/admin-session.js';
import { type MusicWorldApp, startMusicWorldApp } from '../support/music-world-app.js';
import {
  ADMIN_DIR,
  describeWithChromium,
  launchChromium,
  newContext,
  requireBuiltAdmin,
  STEP_MS,
} from './support/browser.js';

/**
 * How long a page may take to finish its requests: a violation shows only once every request was made. The System
 * page asks the tools for their versions, which on a loaded machine takes far longer than the page takes to draw.
 */
const SETTLED_MS = 90_000;

describeWithChromium('the admin UI under the Content-Security-Policy', () => {
  let app: MusicWorldApp;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    requireBuiltAdmin();
    app = await startMusicWorldApp({ paths: { adminDir: ADMIN_DIR } });
    browser = await launchChromium();
    const context = await newContext(browser, app.publicUrl);
    page = await context.newPage();
    page.setDefaultTimeout(STEP_MS);
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('is sent with the page', async () => {
    const answer = await page.goto('/');
    const csp = (await answer!.allHeaders())['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('lets every page render without a single violation', async () => {
    await page.goto('/setup');
    await page.getByRole('heading', { name: 'Welcome to TrueTrack' }).waitFor();
    // The stylesheet applies: the page is not left unstyled by a blocked loader.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await page.getByLabel('Setup token').fill(readSetupToken(app));
    await page.getByLabel('Admin username').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('a long enough secret');
    await page.getByLabel('Repeat the password').fill('a long enough secret');
    await page.getByRole('button', { name: 'Create admin' }).click();
    await page.getByRole('heading', { name: 'Requests', exact: true }).waitFor();
    for (const path of ['/queue', '/needs-input', '/library', '/settings', '/settings?tab=security', '/system']) {
      await page.goto(path);
      await page.getByRole('main').waitFor();
      await page.waitForLoadState('networkidle', { timeout: SETTLED_MS });
    }
    // The OpenAPI UI is served under the same policy.
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .information-container').waitFor();
    await page.waitForLoadState('networkidle', { timeout: SETTLED_MS });
    expect(violations).toEqual([]);
  }, 900_000);
});
