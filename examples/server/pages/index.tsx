/** @jsxImportSource hono/jsx */
/**
 * The pages: server-rendered HTML for village heads (phone first), deputies, the leader, the
 * People's Committee and the province, mounted on the reporting server's app. They sign in by
 * a seat's link (`/p/<token>`, exchanged for a session cookie), and read and write only through
 * the server's operations, so the API's rules hold for them unchanged.
 *
 * ```ts
 * const server = createApp({ store });
 * mountPages(server);
 * ```
 */
import type { Context } from 'hono';
import { compress } from 'hono/compress';
import { getCookie, setCookie } from 'hono/cookie';
import type { Problem } from 'to-cong-nghe-so';
import type { ReportingServer } from '../app.js';
import { vietnamToday } from '../clock.js';
import { ApiFailure, statusOf } from '../problems.js';
import { ASSETS, PAGES_CSP } from './assets.js';
import { communePage } from './commune.js';
import type { PageContext } from './context.js';
import { entryPage, entrySubmit } from './entry.js';
import { ErrorPage, NOT_SIGNED_IN } from './errors.js';
import { type Lang, menuOf, Notice, Page, t, type View } from './layout.js';
import { provincePage } from './province.js';
import { consolidateSubmit, reviewPage, reviewSubmit } from './review.js';
import {
  closeCookie,
  formAllowed,
  openSession,
  overTls,
  type PageSession,
  readSession,
} from './session.js';

/** Options of {@link mountPages}. */
export interface PagesOptions {
  /** Trust `X-Forwarded-Proto` to tell that the page is served over TLS (behind a proxy). */
  readonly trustProxy?: boolean;
}

const LANG_COOKIE = 'tcns_lang';

function langOf(c: Context): Lang {
  return getCookie(c, LANG_COOKIE) === 'en' ? 'en' : 'vi';
}

function viewOf(c: Context, now: Date, session?: PageSession): View {
  const url = new URL(c.req.url);
  return {
    lang: langOf(c),
    path: `${url.pathname}${url.search}`,
    today: vietnamToday(now),
    ...(session ? { session } : {}),
  };
}

async function formOf(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[name] = value.normalize('NFC');
  }
  return fields;
}

function problemPage(c: Context, view: View, problems: readonly Problem[]): Response {
  const status = statusOf(problems);
  c.status(status as 400);
  return c.html(<ErrorPage view={view} status={status} problems={problems} />) as Response;
}

/** Mounts the pages on the server's app. */
export function mountPages(server: ReportingServer, options: PagesOptions = {}): void {
  const { app } = server;
  const trustProxy = options.trustProxy ?? false;
  const clock = server.env.clock;

  for (const path of ['/pages', '/pages/*', '/p/*']) {
    app.use(path, compress());
    app.use(path, async (c, next) => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('text/html')) {
        c.res.headers.set('content-security-policy', PAGES_CSP);
        c.res.headers.set('cache-control', 'no-store');
        c.res.headers.set('referrer-policy', 'no-referrer');
      }
    });
  }

  /** Runs a page handler for a signed-in principal; any other request gets a 401 page. */
  const signedIn =
    (handler: (ctx: PageContext) => Promise<Response>, how: { form?: boolean } = {}) =>
    async (c: Context): Promise<Response> => {
      const now = clock();
      const secure = overTls(c, trustProxy);
      const session = await readSession(c, server, now, secure);
      if (!('principal' in session)) {
        const view = viewOf(c, now);
        return problemPage(c, view, [session.kind === 'ended' ? session.why : NOT_SIGNED_IN]);
      }
      const view = viewOf(c, now, session);
      const ctx: PageContext = { c, server, session, view: { ...view, session }, now };
      try {
        if (how.form) {
          const fields = await formOf(c);
          if (!formAllowed(c, session, fields.csrf)) {
            return problemPage(c, view, [
              {
                code: 'forbidden',
                path: [],
                message: {
                  vi: 'Biểu mẫu đã cũ hoặc không gửi từ trang này; tải lại trang rồi làm lại.',
                  en: 'The form is stale or was not sent from this site; reload the page and try again.',
                },
              },
            ]);
          }
          c.set('form' as never, fields as never);
        }
        return await handler(ctx);
      } catch (error) {
        if (error instanceof ApiFailure) return problemPage(c, view, error.problems);
        throw error;
      }
    };
  const form = (c: Context) => c.get('form' as never) as Record<string, string>;

  app.get('/pages/assets/:file', (c) => {
    const asset = Object.values(ASSETS).find((a) => a.file === c.req.param('file'));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  app.get('/p/:token', async (c) => {
    const now = clock();
    const view = viewOf(c, now);
    try {
      const principal = await server.authenticateToken(c, c.req.param('token'), now);
      await openSession(c, server, principal, now, overTls(c, trustProxy));
    } catch (error) {
      if (error instanceof ApiFailure) return problemPage(c, view, error.problems);
      throw error;
    }
    // The token leaves the address at once (a server redirect keeps no history entry). The
    // session cookie is SameSite=Strict, so a redirect that follows a link from another site
    // (Zalo on the web) would arrive without it: /pages/open is a page whose refresh, made
    // from this site, carries it.
    c.header('cache-control', 'no-store');
    return c.redirect('/pages/open', 303);
  });

  app.get('/pages/open', (c) => {
    const view = viewOf(c, clock());
    return c.html(
      <html lang={view.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta http-equiv="refresh" content="0;url=/pages" />
          <link rel="icon" href={`/pages/assets/${ASSETS.icon.file}`} type="image/svg+xml" />
          <title>{t(view, 'Đang mở…', 'Opening…')}</title>
        </head>
        <body>
          <p>
            <a href="/pages">{t(view, 'Tiếp tục', 'Continue')}</a>
          </p>
        </body>
      </html>,
    );
  });

  const home = signedIn(async (ctx) => {
    const first = menuOf(ctx.session.principal, ctx.view.today)[0];
    if (first) return ctx.c.redirect(first.href, 303);
    return ctx.c.html(
      <Page view={ctx.view} title={t(ctx.view, 'Trang của tôi', 'My page')}>
        <Notice tone="info">
          <p>
            {t(
              ctx.view,
              'Vị trí của bạn không nhập số liệu thôn và không duyệt báo cáo trên các trang này.',
              'Your seat neither enters village figures nor reviews reports on these pages.',
            )}
          </p>
        </Notice>
      </Page>,
    );
  });
  app.get('/pages', home);
  app.get('/pages/', home);

  app.get('/pages/lang/:lang', (c) => {
    const lang = c.req.param('lang') === 'en' ? 'en' : 'vi';
    setCookie(c, LANG_COOKIE, lang, {
      path: '/',
      sameSite: 'Strict',
      secure: overTls(c, trustProxy),
      maxAge: 365 * 86_400,
    });
    const next = c.req.query('next') ?? '/pages';
    return c.redirect(
      /^\/pages(?:[/?]|$)/u.test(next) && !next.startsWith('//') ? next : '/pages',
      303,
    );
  });

  app.post(
    '/pages/logout',
    signedIn(
      async (ctx) => {
        await server.env.store.deleteSession(ctx.session.id);
        closeCookie(ctx.c, overTls(ctx.c, trustProxy));
        return ctx.c.html(
          <Page
            view={{ lang: ctx.view.lang, path: ctx.view.path, today: ctx.view.today }}
            title={t(ctx.view, 'Đã thoát', 'Signed out')}
          >
            <p>
              {t(
                ctx.view,
                'Đã thoát. Mở lại đường dẫn trong Zalo để vào lại.',
                'Signed out. Open the link in Zalo again to come back.',
              )}
            </p>
          </Page>,
        );
      },
      { form: true },
    ),
  );

  app.get(
    '/pages/communes/:commune',
    signedIn((ctx) =>
      communePage(ctx, ctx.c.req.param('commune') ?? '', ctx.c.req.query('period')),
    ),
  );
  app.get(
    '/pages/communes/:commune/entry/:place',
    signedIn((ctx) =>
      entryPage(
        ctx,
        ctx.c.req.param('commune') ?? '',
        ctx.c.req.param('place') ?? '',
        ctx.c.req.query('period'),
      ),
    ),
  );
  app.post(
    '/pages/communes/:commune/entry/:place',
    signedIn(
      (ctx) =>
        entrySubmit(
          ctx,
          ctx.c.req.param('commune') ?? '',
          ctx.c.req.param('place') ?? '',
          form(ctx.c),
          (ctx.c.req.header('accept') ?? '').includes('application/json'),
        ),
      { form: true },
    ),
  );
  app.get(
    '/pages/communes/:commune/review',
    signedIn((ctx) => reviewPage(ctx, ctx.c.req.param('commune') ?? '', ctx.c.req.query('period'))),
  );
  app.post(
    '/pages/communes/:commune/review/:report',
    signedIn(
      (ctx) =>
        reviewSubmit(
          ctx,
          ctx.c.req.param('commune') ?? '',
          ctx.c.req.param('report') ?? '',
          form(ctx.c),
        ),
      { form: true },
    ),
  );
  app.post(
    '/pages/communes/:commune/consolidate',
    signedIn(
      (ctx) =>
        consolidateSubmit(
          ctx,
          ctx.c.req.param('commune') ?? '',
          form(ctx.c),
          form(ctx.c).back === 'commune' ? 'commune' : 'review',
        ),
      { form: true },
    ),
  );
  app.get(
    '/pages/provinces/:province',
    signedIn((ctx) =>
      provincePage(ctx, ctx.c.req.param('province') ?? '', {
        period: ctx.c.req.query('period'),
        sort: ctx.c.req.query('sort'),
        dir: ctx.c.req.query('dir'),
      }),
    ),
  );
}
