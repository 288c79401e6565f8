/**
 * Debian's Chromium driven by playwright-core (no browser is ever downloaded), with what the
 * page tests check on every page: the console stays free of errors, every request goes to the
 * server under test, axe-core finds no serious or critical violation; and screenshots at
 * 390×844 (a phone) and 1280×800.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Response,
} from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`; `.ci/run` does it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the screenshots go (`TCNS_SCREENSHOTS` to choose, e.g. `docs/images/pages`). */
export const SHOTS = process.env.TCNS_SCREENSHOTS ?? join('test', 'pages', 'screenshots');

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** Whether the browser is there. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Launches Chromium headless, with a fresh profile and nothing that calls home. */
export function launch(): Promise<Browser> {
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
    ],
  });
}

/** What went wrong on the pages of a context. */
export interface Watch {
  /** Console errors and uncaught exceptions, with the page they happened on. */
  readonly errors: string[];
  /** Requests that left the server under test. */
  readonly outside: string[];
  /** The statuses of documents expected to fail, whose "Failed to load resource" is not an error. */
  readonly expectedStatuses: Set<number>;
}

/** A browser context (phone or desktop) whose pages are watched. */
export async function watchedContext(
  browser: Browser,
  origin: string,
  size: { width: number; height: number },
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({
    viewport: size,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const watch: Watch = { errors: [], outside: [], expectedStatuses: new Set() };
  context.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`)) watch.outside.push(request.url());
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const failed = /^Failed to load resource: the server responded with a status of (\d{3})/u.exec(
      text,
    );
    if (failed && watch.expectedStatuses.has(Number(failed[1]))) return;
    watch.errors.push(`${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  return { context, page, watch };
}

/** Opens a URL; a failing status is allowed (and its console line) only when named. */
export async function visit(
  page: Page,
  watch: Watch,
  url: string,
  expected = 200,
): Promise<Response | null> {
  if (expected >= 400) watch.expectedStatuses.add(expected);
  const response = await page.goto(url, { waitUntil: 'load' });
  return response;
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** The serious and critical accessibility violations axe-core finds on the page. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as {
    violations: {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Where the whole-page screenshots go (never into the guide: they are long). */
const FULL = join('test', 'pages', 'screenshots');

/** Saves a screenshot of the viewport, and of the whole page as `<name>-full.png`. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(FULL, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: join(FULL, `${name}-full.png`), fullPage: true });
}
