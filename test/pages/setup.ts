/**
 * The pages under test: the reporting server with its pages, listening on a loopback port, on a
 * fresh SQLite store holding the sample commune (with a handover on 1 April 2025), a commune
 * whose names are hostile, twelve months of illustrative figures, and a token for each role.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { serializeTeam, type Team } from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import { runAdmin } from '../../examples/server/admin.js';
import { createApp, type ReportingServer } from '../../examples/server/app.js';
import { mountPages } from '../../examples/server/pages/index.js';
import type { Store } from '../../examples/server/store/store.js';
import { freshStore, sampleTeamWithHandover, testClock } from '../server/helpers.js';

/** Hostile texts a name may hold: markup, quotes, pipes, a newline, bidi controls, length. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  quotes: `Ba "Ngoặc" O'Brien & <b>đậm</b>`,
  pipes: 'A | B |] C --> D',
  newline: 'Dòng một\nDòng hai',
  rtl: 'Thôn \u202Eabc\u202C Nam',
  long: `Bon ${'Rất Dài '.repeat(40)}Cuối`,
} as const;

/** The sample team with hostile names: the team, a village, its head, the leader. */
export function hostileTeam(): Team {
  const team = dakNia2022Team();
  const headSeat = 'village-heads/bon-bu-sir';
  const headPerson = team.seatHoldings.find((h) => h.seatId === headSeat)?.personId;
  const leaderPerson = team.seatHoldings.find((h) => h.seatId === 'leader/1')?.personId;
  return {
    ...team,
    name: { vi: `Tổ ${HOSTILE.script} ${HOSTILE.pipes}`, en: `Team ${HOSTILE.script}` },
    places: team.places.map((p) =>
      p.id === 'bon-bu-sir'
        ? { ...p, name: HOSTILE.long }
        : p.id === 'thon-cay-xoai'
          ? { ...p, name: HOSTILE.rtl }
          : p,
    ),
    people: team.people.map((p) =>
      p.id === headPerson
        ? { ...p, name: HOSTILE.quotes }
        : p.id === leaderPerson
          ? { ...p, name: HOSTILE.newline }
          : p,
    ),
  };
}

/** Who the tests sign in as. */
export const SEATS = {
  member: ['dak-nia', 'seat', 'village-heads/bon-bu-sir'],
  memberOther: ['dak-nia', 'seat', 'village-heads/thon-nam-ra'],
  memberNamDa: ['dak-nia', 'seat', 'village-heads/thon-nam-da'],
  memberNJrieng: ['dak-nia', 'seat', 'village-heads/bon-n-jrieng'],
  memberCayXoai: ['dak-nia', 'seat', 'village-heads/thon-cay-xoai'],
  memberPhai: ['dak-nia', 'seat', 'village-heads/bon-phai-kol-pru-dang'],
  deputy: ['dak-nia', 'seat', 'deputies/farmers'],
  leader: ['dak-nia', 'seat', 'leader/1'],
  committee: ['dak-nia', 'body', 'dak-nia-pc'],
  province: [null, 'province', 'lam-dong'],
  hostileLeader: ['hostile', 'seat', 'leader/1'],
  hostileMember: ['hostile', 'seat', 'village-heads/bon-bu-sir'],
} as const;

export type Who = keyof typeof SEATS;

/** A running server with pages. */
export interface PagesServer {
  readonly server: ReportingServer;
  readonly store: Store;
  readonly clock: ReturnType<typeof testClock>;
  readonly origin: string;
  readonly tokens: Record<Who, string>;
  /** A call of the JSON API with a bearer token (for seeding and checks). */
  api(method: string, path: string, token: string, body?: unknown): Promise<Response>;
  admin(args: string[]): Promise<string>;
  close(): Promise<void>;
}

const SEEDED = [
  ['fibreHouseholds', 'households', 0.5, 0.02],
  ['smartphoneAdults', 'adults', 0.62, 0.012],
  ['paymentAccounts', 'adults', 0.4, 0.018],
  ['healthRecords', 'population', 0.55, 0.025],
  ['digitalSignatureAdults', 'adults', 0.12, 0.015],
] as const;

/** Illustrative figures of a village for a month (`step` months from February 2024). */
function figures(households: number, population: number, step: number, skew: number) {
  const adults = Math.round(population * 0.66);
  const base = { households, adults, population };
  return SEEDED.map(([indicator, whole, start, growth]) => {
    const denominator = base[whole];
    const share = Math.min(0.98, start + growth * step + skew);
    return { indicator, numerator: Math.round(denominator * share), denominator };
  });
}

/** Starts the server with pages on a loopback port. */
export async function startPagesServer(): Promise<PagesServer> {
  const { store, dispose } = await freshStore('sqlite');
  const clock = testClock('2025-02-14T09:00:00+07:00');
  const at = '2025-01-01T00:00:00+07:00';
  await store.upsertCommune('dak-nia', 'lam-dong', serializeTeam(sampleTeamWithHandover()), at);
  await store.upsertCommune('hostile', 'lam-dong', serializeTeam(hostileTeam()), at);
  const admin = async (args: string[]) => {
    const result = await runAdmin(args, store, clock());
    if (result.exitCode !== 0) throw new Error(result.stderr);
    return result.stdout.trim();
  };
  const tokens = {} as Record<Who, string>;
  for (const [who, [commune, kind, id]] of Object.entries(SEATS) as [Who, (typeof SEATS)[Who]][]) {
    tokens[who] = await admin(
      kind === 'province'
        ? ['token', 'issue', '--province', id]
        : ['token', 'issue', '--commune', commune ?? '', `--${kind}`, id],
    );
  }
  const server = createApp({
    store,
    clock,
    rollups: { refreshDelay: 5 },
    logger: pino({ level: 'error' }, pino.destination(2)),
  });
  mountPages(server);
  const http = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => http.once('listening', () => resolve()));
  const { port } = http.address() as AddressInfo;
  const api = async (method: string, path: string, token: string, body?: unknown) =>
    server.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    server,
    store,
    clock,
    origin: `http://127.0.0.1:${port}`,
    tokens,
    api,
    admin,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.stop();
      await dispose();
    },
  };
}

/**
 * Twelve months of illustrative figures for the sample commune: February to December 2024 for
 * every village, and January 2025 (values and reports) for two villages that sent on time.
 */
export async function seedFigures(s: PagesServer): Promise<void> {
  const team = sampleTeamWithHandover();
  const heads: Record<string, Who> = {
    'bon-bu-sir': 'member',
    'thon-cay-xoai': 'memberCayXoai',
    'bon-n-jrieng': 'memberNJrieng',
    'thon-nam-da': 'memberNamDa',
    'thon-nam-ra': 'memberOther',
    'bon-phai-kol-pru-dang': 'memberPhai',
  };
  let skew = -0.04;
  for (const [village, who] of Object.entries(heads)) {
    const counts = team.places.find((p) => p.id === village)?.counts[0];
    const [households, population] = [counts?.households ?? 200, counts?.population ?? 800];
    skew += 0.015;
    for (let step = 0; step < 11; step += 1) {
      const period = `2024-${String(step + 2).padStart(2, '0')}`;
      const res = await s.api(
        'PUT',
        `/v1/communes/dak-nia/data/${period}/${village}`,
        s.tokens[who],
        {
          values: figures(households, population, step, skew),
        },
      );
      if (res.status >= 300) throw new Error(`${period} ${village}: ${await res.text()}`);
    }
    if (village === 'thon-nam-da' || village === 'bon-n-jrieng') {
      await s.api('PUT', `/v1/communes/dak-nia/data/2025-01/${village}`, s.tokens[who], {
        values: figures(households, population, 11, skew),
      });
      const sent = await s.api('POST', '/v1/communes/dak-nia/reports', s.tokens[who], {
        period: '2025-01',
        results: ['Hướng dẫn người dân cài VNeID tại nhà văn hóa'],
      });
      if (sent.status !== 201) throw new Error(await sent.text());
    }
  }
}
