/**
 * The pages in Debian's Chromium: a village head enters and sends a month, is told what is
 * wrong with a bad value in the library's words, the deputy returns the report with a comment,
 * the member corrects and resends, the deputy accepts, the leader sees the village on time;
 * another village's token gets 403; hostile names stay text; a revoked token or a handover ends
 * the session; the entry page stays within 50 KB transferred; no console error, no request to
 * another site, no serious accessibility violation; screenshots of every page.
 */

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BUILT_IN_INDICATORS, parseDataValues } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  chromiumAvailable,
  DESKTOP,
  launch,
  PHONE,
  shoot,
  visit,
  type Watch,
  watchedContext,
} from './browser.js';
import { HOSTILE, type PagesServer, seedFigures, startPagesServer } from './setup.js';

const available = chromiumAvailable();
if (!available) {
  console.warn(
    '\n!!! /usr/bin/chromium is missing: the browser tests of the pages are SKIPPED (apt-get install chromium).\n',
  );
}

const ENTRY = '/pages/communes/dak-nia/entry/bon-bu-sir';

interface Client {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly watch: Watch;
}

describe.skipIf(!available)('the pages in Chromium', () => {
  let s: PagesServer;
  let browser: Browser;
  const clients: Client[] = [];

  const client = async (
    size: { width: number; height: number },
    options: { javaScriptEnabled?: boolean } = {},
  ) => {
    const made = await watchedContext(browser, s.origin, size, options);
    clients.push(made);
    return made;
  };

  /** Opens a seat's link: the token is exchanged for a session and leaves the address. */
  const signIn = async (c: Client, token: string) => {
    await visit(c.page, c.watch, `${s.origin}/p/${token}`);
    await c.page.waitForURL(
      (url) => !url.pathname.startsWith('/p/') && url.pathname !== '/pages/open',
    );
    expect(c.page.url()).not.toContain(token);
    return c.page.url();
  };

  /** Checks the page as every page is checked, and photographs it at both sizes. */
  const inspect = async (c: Client, name: string) => {
    expect(await axeViolations(c.page)).toEqual([]);
    await c.page.evaluate('window.scrollTo(0, 0)');
    const size = c.page.viewportSize();
    await shoot(c.page, `${name}-${size?.width === PHONE.width ? 'phone' : 'desktop'}`);
  };

  const both = async (c: Client, name: string) => {
    await inspect(c, name);
    const other = c.page.viewportSize()?.width === PHONE.width ? DESKTOP : PHONE;
    const first = c.page.viewportSize() ?? PHONE;
    await c.page.setViewportSize(other);
    await shoot(c.page, `${name}-${other.width === PHONE.width ? 'phone' : 'desktop'}`);
    await c.page.setViewportSize(first);
  };

  beforeAll(async () => {
    s = await startPagesServer();
    await seedFigures(s);
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of clients) await c.context.close();
    await browser?.close();
    await s?.close();
  });

  let member: Client;
  let deputy: Client;

  it('exchanges the link for a session cookie and removes the token from the address', async () => {
    member = await client(PHONE);
    const landed = await signIn(member, s.tokens.member);
    expect(new URL(landed).pathname).toBe(ENTRY);
    // The link's address answered with a redirect: it is in no history entry.
    await member.page.goBack();
    expect(member.page.url()).not.toContain('/p/');
    await member.page.goForward();
    await member.page.waitForURL((url) => url.pathname === ENTRY);
    const [cookie] = await member.context.cookies();
    expect(cookie).toMatchObject({
      name: 'tcns_session',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    });
    expect(cookie?.value).not.toContain(s.tokens.member);
  });

  it('shows the village, the period, the deadline in working days and last month beside each figure', async () => {
    const page = member.page;
    expect(await page.locator('h1').textContent()).toBe('bon Bu Sir · tháng 1 năm 2025');
    expect(await page.locator('main').textContent()).toContain('thứ Hai, 17/2/2025');
    expect(await page.locator('main').first().textContent()).toContain('còn 1 ngày làm việc');
    expect(await page.locator('main').first().textContent()).toContain(
      'Chưa gửi báo cáo tháng này',
    );
    const fibre = page.locator('.field', { hasText: 'Tỷ lệ hộ gia đình có cáp quang' });
    expect(await fibre.textContent()).toContain('Tháng trước: 143 / 212 (67,5%)');
    // The denominator carries over from last month; the numerator is left to the member.
    expect(await page.locator('#f-d-fibreHouseholds').inputValue()).toBe('212');
    expect(await page.locator('#f-n-fibreHouseholds').inputValue()).toBe('');
    expect(await page.locator('legend').allTextContents()).toEqual([
      'Tình hình cuối tháng',
      'Hoạt động trong tháng',
      'Hỗ trợ cài đặt, đăng ký theo nền tảng',
      'Khó khăn, đề xuất',
    ]);
    await both(member, 'entry');
  });

  it('keeps the entry page within 50 KB transferred, compressed, with no outside request', async () => {
    const fresh = await client(PHONE);
    let bytes = 0;
    const sizes: Promise<void>[] = [];
    fresh.page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then((size) => {
          bytes += size.responseHeadersSize + size.responseBodySize;
        }),
      );
    });
    await signIn(fresh, s.tokens.member);
    await fresh.page.waitForLoadState('networkidle');
    await Promise.all(sizes);
    const document = await fresh.page.request.get(`${s.origin}${ENTRY}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(document.headers()['content-encoding']).toBe('gzip');
    console.log(`entry page, first open from the link: ${bytes} bytes transferred`);
    expect(bytes).toBeGreaterThan(2_000);
    expect(bytes).toBeLessThanOrEqual(50 * 1024);
    expect(fresh.watch.outside).toEqual([]);
  });

  it('sets a strict Content-Security-Policy on every page', async () => {
    const response = await member.page.request.get(`${s.origin}${ENTRY}`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers()['cache-control']).toBe('no-store');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/u);
    expect(html).not.toMatch(/\sstyle=|<style/u);
  });

  it('checks a bad value with the library’s message, as the member types and when checking', async () => {
    const page = member.page;
    const expected = parseDataValues(
      [
        {
          indicator: 'fibreHouseholds',
          place: 'bon-bu-sir',
          period: '2025-01',
          numerator: 250,
          denominator: 212,
        },
      ],
      { catalogue: BUILT_IN_INDICATORS, places: dakNia2022Team().places },
    )._unsafeUnwrapErr()[0]?.message.vi;
    expect(expected).toBeTruthy();
    await page.fill('#f-n-fibreHouseholds', '250');
    // With scripts: the server checks as the member types, in the library's words.
    await page.locator('.err[data-for="n.fibreHouseholds"]', { hasText: expected ?? '' }).waitFor();
    expect(await page.locator('#f-n-fibreHouseholds').getAttribute('aria-invalid')).toBe('true');
    // The "Kiểm tra" button, a plain form post: the page again, with the message.
    member.watch.expectedStatuses.add(422);
    await Promise.all([page.waitForNavigation(), page.click('button[value=check]')]);
    expect(await page.locator('[role=alert]').first().textContent()).toContain(expected ?? '');
    expect(await page.locator('#f-n-fibreHouseholds-err').textContent()).toBe(expected ?? '');
    await both(member, 'entry-problem');
    // Sending does not save it either.
    await Promise.all([page.waitForNavigation(), page.click('button[value=send]')]);
    expect(await page.locator('[role=alert]').first().textContent()).toContain(expected ?? '');
    expect(
      (await s.api('GET', '/v1/communes/dak-nia/data/2025-01/bon-bu-sir', s.tokens.member)).status,
    ).toBe(404);
  });

  it('sends the month: values saved, the report submitted, "đã gửi lúc …"', async () => {
    const page = member.page;
    await page.fill('#f-n-fibreHouseholds', '150');
    await page.fill('#f-n-smartphoneAdults', '430');
    await page.fill('#f-d-smartphoneAdults', '570');
    await page.fill('#f-n-guidanceSessions', '2');
    await page.fill('#f-n-peopleGuided', '35');
    await page.fill('#f-n-vneidInstalls', '18');
    await page.fill('#f-obstacles', 'Sóng yếu ở cuối bon');
    await Promise.all([page.waitForURL(/done=sent/u), page.click('button[value=send]')]);
    expect(await page.locator('[role=status]').first().textContent()).toContain(
      'Đã gửi lúc 09:00, 14/2/2025',
    );
    expect(await page.locator('#f-n-fibreHouseholds').inputValue()).toBe('150');
    expect(await page.locator('button[value=send]').textContent()).toBe('Gửi lại báo cáo');
    const saved = (await (
      await s.api('GET', '/v1/communes/dak-nia/data/2025-01/bon-bu-sir', s.tokens.member)
    ).json()) as { current: { values: { indicator: string; numerator: number }[] } };
    expect(saved.current.values.map((v) => [v.indicator, v.numerator]).sort()).toEqual([
      ['fibreHouseholds', 150],
      ['guidanceSessions', 2],
      ['peopleGuided', 35],
      ['smartphoneAdults', 430],
      ['vneidInstalls', 18],
    ]);
    await inspect(member, 'entry-sent');
  });

  it('lets the deputy see who sent and who is late, and return the report with a comment', async () => {
    deputy = await client(DESKTOP);
    expect(new URL(await signIn(deputy, s.tokens.deputy)).pathname).toBe(
      '/pages/communes/dak-nia/review',
    );
    const page = deputy.page;
    const row = page.locator('article.report', { hasText: 'bon Bu Sir' });
    expect(await row.first().textContent()).toContain('Chờ duyệt');
    expect(await row.first().textContent()).toContain('Đúng hạn');
    expect(await row.first().textContent()).toContain('Sóng yếu ở cuối bon');
    expect(
      await page.locator('article.report', { hasText: 'Phai Kol Pru Đăng' }).first().textContent(),
    ).toContain('Chưa gửi');
    await both(deputy, 'review');
    await row.locator('textarea[name=comment]').fill('Thiếu số liệu VNeID mức 2');
    await Promise.all([page.waitForURL(/done=returned/u), row.locator('button.danger').click()]);
    expect(await page.locator('[role=status]').first().textContent()).toContain('Đã trả lại');
    expect(
      await page.locator('article.report', { hasText: 'bon Bu Sir' }).first().textContent(),
    ).toContain('Thiếu số liệu VNeID mức 2');
  });

  it('shows the member the comment; the member corrects and resends', async () => {
    const page = member.page;
    await visit(page, member.watch, `${s.origin}${ENTRY}`);
    expect(await page.locator('[role=alert]').first().textContent()).toContain(
      'Tổ phó đã trả lại báo cáo',
    );
    expect(await page.locator('[role=alert]').first().textContent()).toContain(
      'Thiếu số liệu VNeID mức 2',
    );
    await shoot(page, 'entry-returned-phone');
    s.clock.set('2025-02-14T10:30:00+07:00');
    await page.fill('#f-n-vneidLevel2', '520');
    await page.fill('#f-d-vneidLevel2', '700');
    await Promise.all([page.waitForURL(/done=sent/u), page.click('button[value=send]')]);
    expect(await page.locator('[role=status]').first().textContent()).toContain(
      'Đã gửi lúc 10:30, 14/2/2025',
    );
  });

  it('lets the deputy accept; the member’s month is then locked', async () => {
    const page = deputy.page;
    await visit(page, deputy.watch, `${s.origin}/pages/communes/dak-nia/review`);
    const row = page.locator('article.report', { hasText: 'bon Bu Sir' });
    expect(await row.first().textContent()).toContain('Chờ duyệt');
    await Promise.all([
      page.waitForURL(/done=accepted/u),
      row.locator('button', { hasText: 'Chấp nhận' }).click(),
    ]);
    expect(
      await page.locator('article.report', { hasText: 'bon Bu Sir' }).first().textContent(),
    ).toContain('Đã chấp nhận');
    await visit(member.page, member.watch, `${s.origin}${ENTRY}`);
    expect(await member.page.locator('[role=status]').first().textContent()).toContain(
      'Đã được chấp nhận',
    );
    expect(await member.page.locator('#f-n-vneidLevel2').getAttribute('readonly')).toBe('');
    expect(await member.page.locator('button[value=send]').count()).toBe(0);
    await inspect(member, 'entry-accepted');
    // The deputy sends the consolidated report up.
    await Promise.all([
      page.waitForURL(/done=consolidated/u),
      page.locator('button', { hasText: 'Tổng hợp và gửi' }).click(),
    ]);
    expect(await page.locator('#own + p').first().textContent()).toContain('Chờ duyệt');
  });

  it('shows the leader the village on time, indicators against targets, charts, the message and the org chart', async () => {
    const leader = await client(DESKTOP);
    expect(new URL(await signIn(leader, s.tokens.leader)).pathname).toBe('/pages/communes/dak-nia');
    const page = leader.page;
    const village = page.locator('tr', { hasText: 'bon Bu Sir' });
    expect(await village.first().textContent()).toContain('Đã chấp nhận');
    expect(await village.first().textContent()).toContain('Đúng hạn');
    expect(await page.locator('tr', { hasText: 'thôn Nam Rạ' }).first().textContent()).toContain(
      'Chưa gửi',
    );
    expect(await page.locator('#indicators ~ div, #indicators ~ *').first().isVisible()).toBe(true);
    expect(await page.locator('.chart svg').first().isVisible()).toBe(true);
    expect(await page.locator('.chart').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.org svg text', { hasText: 'Quản Thị Ngọc' }).count()).toBe(1);
    // The leader consolidates; the group message comes with the report.
    await Promise.all([
      page.waitForURL(/done=consolidated/u),
      page.locator('button', { hasText: 'Tổng hợp và gửi UBND xã' }).click(),
    ]);
    expect(await page.locator('#group-message').inputValue()).toMatch(
      /BÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025/u,
    );
    await leader.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: s.origin,
    });
    const copy = page.locator('button[data-copy]');
    expect(await copy.isVisible()).toBe(true);
    await copy.click();
    await page.locator('button[data-copy]', { hasText: 'Đã chép ✓' }).waitFor();
    await both(leader, 'commune');
  });

  it('lets the People’s Committee review the leader’s report and the province compare communes', async () => {
    const committee = await client(PHONE);
    await signIn(committee, s.tokens.committee);
    await visit(committee.page, committee.watch, `${s.origin}/pages/communes/dak-nia/review`);
    expect(await committee.page.locator('article.report').first().textContent()).toContain(
      'Chờ duyệt',
    );
    await inspect(committee, 'committee-review');

    const province = await client(DESKTOP);
    expect(new URL(await signIn(province, s.tokens.province)).pathname).toBe(
      '/pages/provinces/lam-dong',
    );
    const page = province.page;
    expect(await page.locator('tbody tr').count()).toBe(2);
    await Promise.all([
      page.waitForURL(/sort=completeness&dir=asc/u),
      page.locator('th a', { hasText: 'Đầy đủ' }).click(),
    ]);
    expect(await page.locator('th[aria-sort=ascending]').textContent()).toContain('Đầy đủ');
    await both(province, 'province');
    await visit(page, province.watch, `${s.origin}/pages/communes/dak-nia`);
    expect(await page.locator('tr', { hasText: 'bon Bu Sir' }).first().textContent()).toContain(
      'Đúng hạn',
    );
    // Vietnamese first; "English" switches the language and comes back to the same page.
    await Promise.all([page.waitForURL(/\/pages\/communes\/dak-nia$/u), page.click('a[lang=en]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('tr', { hasText: 'Bu Sir' }).first().textContent()).toContain(
      'On time',
    );
    expect(await page.locator('h2#indicators').textContent()).toBe('Indicators against targets');
    await shoot(page, 'commune-english-desktop');
  });

  it('answers 403 to a token of another village, and to a member on the commune page', async () => {
    const other = await client(PHONE);
    await signIn(other, s.tokens.memberOther);
    const response = await visit(other.page, other.watch, `${s.origin}${ENTRY}`, 403);
    expect(response?.status()).toBe(403);
    expect(await other.page.locator('[role=alert]').first().textContent()).toContain(
      'không nhập số liệu cho "bon-bu-sir"',
    );
    await inspect(other, 'forbidden');
    const commune = await visit(other.page, other.watch, `${s.origin}/pages/communes/dak-nia`, 403);
    expect(commune?.status()).toBe(403);
    const posted = await other.page.request.post(`${s.origin}${ENTRY}`, {
      form: { action: 'send', period: '2025-01', 'n.fibreHouseholds': '1' },
    });
    expect(posted.status()).toBe(403);
  });

  it('works without JavaScript: check and send are plain form posts', async () => {
    const noScript = await client(PHONE, { javaScriptEnabled: false });
    await signIn(noScript, s.tokens.memberOther);
    const page = noScript.page;
    expect(await page.locator('h1').first().textContent()).toContain('thôn Nam Rạ');
    await page.fill('#f-n-fibreHouseholds', '300');
    noScript.watch.expectedStatuses.add(422);
    await Promise.all([page.waitForNavigation(), page.click('button[value=check]')]);
    expect(await page.locator('[role=alert]').first().textContent()).toContain('Có 1 chỗ cần sửa');
    await page.fill('#f-n-fibreHouseholds', '200');
    await Promise.all([page.waitForNavigation(), page.click('button[value=check]')]);
    expect(await page.locator('[role=status]').last().textContent()).toContain('Số liệu hợp lệ');
    await Promise.all([page.waitForURL(/done=sent/u), page.click('button[value=send]')]);
    expect(await page.locator('[role=status]').first().textContent()).toContain('Đã gửi lúc');
  });

  it('refuses a form without its CSRF token, or from another origin', async () => {
    const request = member.context.request;
    const noToken = await request.post(`${s.origin}${ENTRY}`, {
      form: { action: 'check', period: '2025-01' },
    });
    expect(noToken.status()).toBe(403);
    const csrf = await member.page.locator('input[name=csrf]').first().inputValue();
    const foreign = await request.post(`${s.origin}${ENTRY}`, {
      form: { action: 'check', period: '2025-01', csrf },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(foreign.status()).toBe(403);
    const fine = await request.post(`${s.origin}${ENTRY}`, {
      form: { action: 'check', period: '2025-01', csrf },
      headers: { accept: 'application/json' },
    });
    expect(fine.status()).toBe(200);
  });

  it('escapes hostile names everywhere: markup, quotes, pipes, newlines, bidi marks, length', async () => {
    const hostile = await client(PHONE);
    let dialogs = 0;
    hostile.page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await signIn(hostile, s.tokens.hostileLeader);
    const page = hostile.page;
    expect(await page.locator('header .team').first().textContent()).toContain(HOSTILE.script);
    expect(await page.locator('tr', { hasText: 'Rất Dài' }).first().textContent()).toContain(
      HOSTILE.quotes,
    );
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('main b').count()).toBe(0);
    await both(hostile, 'hostile-commune');
    const head = await client(PHONE);
    await signIn(head, s.tokens.hostileMember);
    expect(await head.page.locator('header .who').first().textContent()).toContain(HOSTILE.quotes);
    await inspect(head, 'hostile-entry');
    // The whole page fits the phone's width: long names wrap instead of widening it.
    for (const p of [page, head.page]) {
      expect(await p.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        PHONE.width,
      );
    }
    expect(dialogs).toBe(0);
  });

  it('ends the session of a seat whose holder changed, and of a revoked token', async () => {
    const id = s.tokens.deputy.split('_')[1] ?? '';
    await s.admin(['token', 'revoke', id]);
    const revoked = await visit(
      deputy.page,
      deputy.watch,
      `${s.origin}/pages/communes/dak-nia/review`,
      401,
    );
    expect(revoked?.status()).toBe(401);
    expect(await deputy.page.locator('[role=alert]').first().textContent()).toContain(
      'Mã truy cập đã bị thu hồi',
    );
    const link = await visit(deputy.page, deputy.watch, `${s.origin}/p/${s.tokens.deputy}`, 401);
    expect(link?.status()).toBe(401);
    // Sessions last 30 days: a session opened the day before the handover.
    s.clock.set('2025-03-31T16:00:00+07:00');
    await signIn(member, s.tokens.member);
    s.clock.set('2025-04-01T08:00:00+07:00');
    const response = await visit(member.page, member.watch, `${s.origin}${ENTRY}`, 401);
    expect(response?.status()).toBe(401);
    expect(await member.page.locator('[role=alert]').first().textContent()).toContain(
      'không còn do người được cấp mã này giữ',
    );
    await inspect(member, 'session-ended');
    expect(await member.context.cookies()).toEqual([]);
    s.clock.set('2025-02-14T11:00:00+07:00');
    const again = await visit(member.page, member.watch, `${s.origin}${ENTRY}`, 401);
    expect(again?.status()).toBe(401);
  });

  it('had no console error and no request to another site on any page', () => {
    expect(clients.flatMap((c) => c.watch.errors)).toEqual([]);
    expect(clients.flatMap((c) => c.watch.outside)).toEqual([]);
  });
});
