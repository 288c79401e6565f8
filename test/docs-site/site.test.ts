/**
 * The documentation site as a reader opens it: the site typedoc built into `site/` (run
 * `npx typedoc` first), served on loopback and opened in Debian's headless Chromium. The home
 * page, every guide and ten API pages load with no console error and no broken internal link
 * (file and anchor); the search box finds an API name and Vietnamese words of the guides;
 * screenshots of the home page, a guide and an API page at phone and desktop widths go to
 * test/docs-site/screenshots/, or docs/images/site/ with `npm run site:screenshots`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, DESKTOP, launch, PHONE, watchedContext } from '../pages/browser.js';
import { serveFolder } from './serve.js';

const SITE = fileURLToPath(new URL('../../site/', import.meta.url));
/** Where the screenshots go: `npm run site:screenshots` writes them to docs/images/site/. */
const SHOTS = process.env.TCNS_SITE_SCREENSHOTS ?? join('test', 'docs-site', 'screenshots');
const built = existsSync(join(SITE, 'index.html'));

/** The API pages opened: the library's main operations and types. */
const API = [
  'composeTeam',
  'validateTeam',
  'chainOf',
  'followUp',
  'parsePlan',
  'rollUp',
  'holidaysIn',
  'renderGroupMessage',
  'Team',
  'Problem',
];

/** The page of an exported name, e.g. `functions/to-cong-nghe-so.composeTeam.html`. */
function apiPage(name: string): string {
  for (const folder of ['functions', 'types', 'interfaces', 'variables', 'classes']) {
    const dir = join(SITE, folder);
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((f) => f.endsWith(`.${name}.html`));
    if (file) return `${folder}/${file}`;
  }
  throw new Error(`no page for ${name}`);
}

const guides = built
  ? readdirSync(join(SITE, 'documents'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `documents/${f}`)
  : [];

/** The ids a page of the site defines (for anchors). */
const idsCache = new Map<string, Set<string>>();
/** How many internal links were followed (the check must have looked at some). */
let followed = 0;
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\b(?:id|name)="([^"]+)"/gu)].map((m) => m[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The internal links of the open page that lead to no file or to no anchor. */
async function brokenLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (links) =>
    links.map((a) => (a as unknown as { href: string }).href),
  );
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    if (!href.startsWith(`${origin}/`)) continue;
    followed += 1;
    const url = new URL(href);
    const file = join(SITE, decodeURIComponent(url.pathname));
    if (!existsSync(file)) {
      broken.push(href);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(href);
  }
  return broken;
}

describe.skipIf(!chromiumAvailable() || !built)('the documentation site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(SITE);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has the guides in reading order, the glossary last', () => {
    expect(guides.length).toBeGreaterThanOrEqual(9);
    const script = readFileSync(join(SITE, 'assets', 'navigation.js'), 'utf8');
    const data = /"([A-Za-z0-9+/=]+)"/u.exec(script)?.[1] ?? '';
    const nav = JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8')) as {
      text: string;
    }[];
    const order = [
      'Getting started',
      'Your own commune',
      'Modelling your team',
      'Calendar',
      'Indicators',
      'Tasks, follow-up and reports',
      'tcns',
      'reporting server',
      'Problem codes',
      'Glossary',
    ];
    const titles = nav.map((item) => item.text);
    const positions = order
      .map((word) => titles.findIndex((title) => title.includes(word)))
      .filter((index) => index >= 0);
    expect(positions.length).toBeGreaterThanOrEqual(9);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions).toEqual(positions.map((_, i) => i));
    // the API is a module named after the package, not "index"
    expect(titles).toContain('to-cong-nghe-so');
    expect(titles).not.toContain('index');
    const home = readFileSync(join(SITE, 'index.html'), 'utf8');
    // the project name once on the home page
    expect(home.match(/<h1[^>]*>to-cong-nghe-so/gu) ?? []).toHaveLength(1);
  });

  it('loads the home page, every guide and ten API pages with no error and no broken link', async () => {
    const { context, page, watch } = await watchedContext(browser, server.origin, DESKTOP);
    const pages = ['index.html', ...guides, ...API.map(apiPage)];
    const broken: string[] = [];
    for (const path of pages) {
      const response = await page.goto(`${server.origin}/${encodeURI(path)}`, {
        waitUntil: 'load',
      });
      expect(response?.status(), path).toBe(200);
      // the navigation is drawn from a script: wait for it, so its links are checked too
      await page.waitForSelector('.site-menu a', { timeout: 10_000 });
      broken.push(...(await brokenLinks(page, server.origin)).map((l) => `${path} → ${l}`));
    }
    await context.close();
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
    expect(broken).toEqual([]);
    expect(followed).toBeGreaterThan(pages.length * 10);
  });

  it.each([
    ['composeTeam', /composeTeam/u],
    ['Tổ trưởng', /./u],
    ['ngày làm việc', /./u],
  ])('the search box finds "%s"', async (query, expected) => {
    const { context, page, watch } = await watchedContext(browser, server.origin, DESKTOP);
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', query);
    const first = page.locator('#tsd-search-results li').first();
    await first.waitFor({ timeout: 10_000 });
    const texts = await page.locator('#tsd-search-results li').allInnerTexts();
    expect(texts.length, texts.join(' | ')).toBeGreaterThan(0);
    expect(texts.join('\n')).toMatch(expected);
    await context.close();
    expect(watch.errors).toEqual([]);
  });

  it('saves screenshots of the home page, a guide and an API page', async () => {
    const guide = guides.find((g) => g.includes('Modelling_your_team')) ?? guides[0] ?? '';
    const shots: [string, string][] = [
      ['home', 'index.html'],
      ['guide-team', guide],
      ['api-composeTeam', apiPage('composeTeam')],
    ];
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { context, page, watch } = await watchedContext(browser, server.origin, viewport);
      mkdirSync(SHOTS, { recursive: true });
      for (const [name, path] of shots) {
        await page.goto(`${server.origin}/${encodeURI(path)}`, { waitUntil: 'load' });
        await page.waitForSelector('.site-menu a', { state: 'attached', timeout: 10_000 });
        await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`) });
      }
      await context.close();
      expect(watch.errors).toEqual([]);
    }
  });
});
