/** @jsxImportSource hono/jsx */
/**
 * The frame of every page: the language, the header with who is signed in and what they can
 * open, the notices, and the helpers to write text in Vietnamese or English.
 */
import type { Child } from 'hono/jsx';
import type { Principal } from '../access.js';
import { writerSeatOf } from '../access.js';
import { ASSETS } from './assets.js';
import {
  type IsoDate,
  type Label,
  type Period,
  periodText,
  recentMonths,
  seatText,
} from './library.js';
import type { PageSession } from './session.js';

/** The languages of the pages: Vietnamese first. */
export type Lang = 'vi' | 'en';

/** What every page is rendered with. */
export interface View {
  readonly lang: Lang;
  /** The path of the page, for the language switch. */
  readonly path: string;
  readonly today: IsoDate;
  readonly session?: PageSession;
}

/** A text in the page's language. */
export function say(view: Pick<View, 'lang'>, label: Label): string {
  return label[view.lang];
}

/** A text in the page's language, from its two versions. */
export function t(view: Pick<View, 'lang'>, vi: string, en: string): string {
  return view.lang === 'vi' ? vi : en;
}

/** A number as the page's language writes it (`70,8` / `70.8`). */
export function num(view: Pick<View, 'lang'>, value: number, digits = 1): string {
  return new Intl.NumberFormat(view.lang === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
}

/** A timestamp of the server (ISO 8601, Vietnam time) as "09:05, 14/2/2025". */
export function timeText(at: string): string {
  const [date = '', time = ''] = at.split('T');
  const [y, m, d] = date.split('-').map(Number);
  return `${time.slice(0, 5)}, ${d}/${m}/${y}`;
}

/** Where a principal's pages start, and the pages it may open. */
export function menuOf(principal: Principal, today: IsoDate): { href: string; label: Label }[] {
  if (principal.kind === 'province') {
    return [
      {
        href: `/pages/provinces/${encodeURIComponent(principal.province)}`,
        label: { vi: 'Các xã trong tỉnh', en: 'Communes of the province' },
      },
    ];
  }
  const base = `/pages/communes/${encodeURIComponent(principal.commune.id)}`;
  const commune = { href: base, label: { vi: 'Toàn xã', en: 'Whole commune' } };
  const review = {
    href: `${base}/review`,
    label: { vi: 'Duyệt báo cáo', en: 'Review reports' },
  };
  if (principal.kind === 'body') return [commune, review];
  const { team } = principal.commune;
  if (principal.seat.role === 'leader') return [commune, review];
  if (principal.seat.role === 'deputy') return [review];
  const village = team.places.find(
    (p) => p.level === 'village' && writerSeatOf(team, p.id, today)?.id === principal.seat.id,
  );
  return village
    ? [
        {
          href: `${base}/entry/${encodeURIComponent(village.id)}`,
          label: { vi: 'Nhập số liệu tháng', en: "Enter the month's figures" },
        },
      ]
    : [];
}

function whoText(view: View, principal: Principal): { team: string; who: string } {
  if (principal.kind === 'province') {
    return {
      team: t(view, `Tỉnh: ${principal.province}`, `Province: ${principal.province}`),
      who: t(view, 'Cấp tỉnh (chỉ xem)', 'Province (read only)'),
    };
  }
  const { team } = principal.commune;
  const teamName = say(view, team.name);
  if (principal.kind === 'body') return { team: teamName, who: say(view, principal.body.name) };
  return {
    team: teamName,
    who: `${principal.person.name} · ${say(view, seatText(team, principal.seat, view.today))}`,
  };
}

/** The page: head, header with who is signed in and the menu, and the content. */
export function Page({ view, title, children }: { view: View; title: string; children?: Child }) {
  const principal = view.session?.principal;
  const menu = principal ? menuOf(principal, view.today) : [];
  const names = principal ? whoText(view, principal) : undefined;
  const other: Lang = view.lang === 'vi' ? 'en' : 'vi';
  return (
    <html lang={view.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t(view, 'Tổ công nghệ số cộng đồng', 'Community digital technology team')}`}</title>
        <link rel="stylesheet" href={`/pages/assets/${ASSETS.css.file}`} />
        <link rel="icon" href={`/pages/assets/${ASSETS.icon.file}`} type="image/svg+xml" />
        <script src={`/pages/assets/${ASSETS.js.file}`} defer />
      </head>
      <body>
        <a class="skip" href="#main">
          {t(view, 'Bỏ qua, tới nội dung', 'Skip to content')}
        </a>
        <header class="top">
          <p class="team">
            {names?.team ??
              t(view, 'Tổ công nghệ số cộng đồng', 'Community digital technology team')}
          </p>
          {names && <p class="who">{names.who}</p>}
          <nav class="menu" aria-label={t(view, 'Các trang', 'Pages')}>
            {menu.map((item) => (
              <a
                href={item.href}
                aria-current={view.path.split('?')[0] === item.href ? 'page' : undefined}
              >
                {say(view, item.label)}
              </a>
            ))}
            <a
              class="lang"
              href={`/pages/lang/${other}?next=${encodeURIComponent(view.path)}`}
              lang={other}
            >
              {other === 'en' ? 'English' : 'Tiếng Việt'}
            </a>
            {view.session && (
              <form method="post" action="/pages/logout">
                <input type="hidden" name="csrf" value={view.session.csrf} />
                <button type="submit">{t(view, 'Thoát', 'Sign out')}</button>
              </form>
            )}
          </nav>
        </header>
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

/** The month chooser: a GET form, submitted on change when scripts run. */
export function MonthPicker({ view, period }: { view: View; period: Period }) {
  const chosen = periodText(period).id;
  return (
    <form class="period" method="get">
      <div>
        <label for="period">{t(view, 'Kỳ báo cáo', 'Reporting period')}</label>
        <select id="period" name="period" data-autosubmit="">
          {recentMonths(view.today).map((m) => {
            const { id, label } = periodText(m);
            return (
              <option value={id} selected={id === chosen}>
                {say(view, label)}
              </option>
            );
          })}
        </select>
      </div>
      <button type="submit" class="secondary">
        {t(view, 'Xem', 'Show')}
      </button>
    </form>
  );
}

/** A coloured badge that also says its meaning in words. */
export function Badge({
  tone,
  children,
}: {
  tone: 'ok' | 'warn' | 'bad' | 'none';
  children: Child;
}) {
  return <span class={`badge ${tone}`}>{children}</span>;
}

/** A notice box. */
export function Notice({
  tone,
  children,
  role,
}: {
  tone: 'ok' | 'warn' | 'bad' | 'info';
  children: Child;
  role?: 'alert' | 'status';
}) {
  return (
    <div class={`notice ${tone}`} role={role}>
      {children}
    </div>
  );
}
