import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { readSetupToken } from '../../support/admin-session.js';
import type { TestApp } from '../../support/test-app.js';

/** Debian's Chromium; the test command installs it. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Without Chromium there is nothing to drive: the browser tests are skipped. */
export const describeWithChromium = hasChromium ? describe : describe.skip;

/** How long one step (a click's answer, a page) may take before a browser test fails. */
export const STEP_MS = 20_000;

/** The first user the browser tests create and sign in as. */
export const UI_ADMIN = { username: 'admin', password: 'lantern-keeper-42' };

/** The built admin UI the server serves; the test command builds it before the e2e tests. */
export const ADMIN_DIR = resolve('dist/admin/browser');

/** Fails at once, saying what to do, when the admin UI has not been built. */
export function requireBuiltAdmin(): void {
  if (!existsSync(join(ADMIN_DIR, 'index.html'))) {
    throw new Error(`${ADMIN_DIR} is missing: build the admin UI first (npm run build:admin)`);
  }
}
const SCREENSHOTS = resolve('test-results/ui');
const AXE = resolve('node_modules/axe-core/axe.min.js');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The player is started by the test, not by a person's click.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

export interface ContextOptions {
  colorScheme?: 'light' | 'dark';
  phone?: boolean;
  /** Cookies of another context: the same signed-in person in another window. */
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
}

/** The four looks every page is checked and photographed in. */
export const SCREEN_VARIANTS: [string, ContextOptions][] = [
  ['light', {}],
  ['dark', { colorScheme: 'dark' }],
  ['phone', { phone: true }],
  ['phone-dark', { phone: true, colorScheme: 'dark' }],
];

export function newContext(browser: Browser, baseURL: string, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 860 },
    ...(options.phone && { isMobile: true, hasTouch: true, deviceScaleFactor: 2 }),
    timezoneId: 'UTC',
    locale: 'en-GB',
    ...(options.storageState && { storageState: options.storageState }),
  });
}

/** A browser, one context and one page on the server, each step given {@link STEP_MS}. */
export async function openBrowser(
  baseURL: string,
  options: ContextOptions = {},
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await launchChromium();
  const context = await newContext(browser, baseURL, options);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  return { browser, context, page };
}

/**
 * Lets a flow run on its own: creates the first user through the API (with the server's setup token) when none
 * exists yet, or signs in as that user; the page's context keeps the session cookie.
 */
export async function ensureSignedIn(page: Page, app: Pick<TestApp, 'config'>, admin = UI_ADMIN): Promise<void> {
  const status = (await (await page.request.get('/api/v1/auth/status')).json()) as {
    setupRequired: boolean;
    authenticated: boolean;
  };
  if (status.setupRequired) {
    const setup = await page.request.post('/api/v1/auth/setup', {
      data: { ...admin, setupToken: readSetupToken(app) },
    });
    if (setup.status() !== 201) throw new Error(`setting up the first user answered ${setup.status()}`);
  } else if (!status.authenticated) {
    const login = await page.request.post('/api/v1/auth/login', { data: admin });
    if (login.status() !== 200) throw new Error(`signing in answered ${login.status()}`);
  }
}

/** Saves `test-results/ui/<test>-<step>.png` for a person to look at. */
export async function screenshot(page: Page, test: string, step: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${test}-${step}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, not added as a <script>: the server's CSP refuses inline scripts.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
