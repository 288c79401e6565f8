/**
 * Province roll-ups summed in SQL against the library's `rollUp` over the same values: several
 * copies of the sample commune, random values over 2024–2025 (across the 2025 merger that moved
 * the villages to a new commune and province), on each engine.
 */
import {
  BUILT_IN_INDICATORS,
  BUILT_IN_TARGETS,
  type DataValue,
  formatPeriod,
  type IndicatorResult,
  type Period,
  type Place,
  parseDataValues,
  parsePeriod,
  periodRange,
  rollUp,
  serializeTeam,
  type Team,
} from 'to-cong-nghe-so';
import { dakNia2022Team } from 'to-cong-nghe-so/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../examples/server/app.js';
import { monthsOf } from '../../examples/server/rollups.js';
import type { Store } from '../../examples/server/store/store.js';
import { ENGINES, freshStore, postgresAvailable } from './helpers.js';

const engines = (await postgresAvailable()) ? ENGINES : (['sqlite'] as const);
const COMMUNES = 4;
const RENAMED = [
  'dak-nia',
  'dong-gia-nghia',
  'bon-bu-sir',
  'bon-n-jrieng',
  'bon-phai-kol-pru-dang',
  'thon-nam-ra',
  'thon-nam-da',
  'thon-cay-xoai',
];

/** A copy of the sample team whose commune and village ids end with `-k`. */
function copyOf(k: number): Team {
  let text = serializeTeam(dakNia2022Team());
  for (const id of RENAMED) text = text.replaceAll(`"${id}"`, `"${id}-${k}"`);
  return JSON.parse(text) as Team;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS: Period[] = Array.from({ length: 24 }, (_, i) => ({
  kind: 'month',
  year: 2024 + Math.floor(i / 12),
  index: (i % 12) + 1,
}));

/** Random valid values of a team: most places report most months. */
function valuesOf(team: Team, random: () => number): DataValue[] {
  const values: DataValue[] = [];
  for (const month of MONTHS) {
    const id = formatPeriod(month);
    const end = periodRange(month).end;
    const live = team.places.filter(
      (p) =>
        (p.level === 'village' || p.level === 'commune') &&
        (p.from === undefined || p.from <= end) &&
        (p.to === undefined || p.to >= periodRange(month).start),
    );
    for (const place of live) {
      if (random() < 0.15) continue;
      for (const indicator of BUILT_IN_INDICATORS) {
        if (indicator.villagesMeeting || indicator.collectedAt !== place.level || random() < 0.2)
          continue;
        const ratio = indicator.unit !== 'count' && indicator.unit !== 'VND';
        const denominator = 50 + Math.floor(random() * 300);
        const numerator = Math.floor(random() * (ratio ? denominator : 80));
        values.push({
          indicator: indicator.code,
          place: place.id,
          period: id,
          numerator,
          ...(ratio ? { denominator } : {}),
        });
      }
    }
  }
  const parsed = parseDataValues(values, { catalogue: BUILT_IN_INDICATORS, places: team.places });
  if (parsed.isErr()) throw new Error(JSON.stringify(parsed.error.slice(0, 3)));
  return parsed.value;
}

async function load(store: Store, commune: string, values: readonly DataValue[], version = 1) {
  const sets = new Map<string, DataValue[]>();
  for (const v of values) {
    const key = `${v.period}|${v.place}`;
    sets.set(key, [...(sets.get(key) ?? []), v]);
  }
  for (const [key, set] of sets) {
    const [period = '', place = ''] = key.split('|');
    await store.transaction(`load:${commune}:${key}`, async (tx) => {
      await tx.writeValueSet(
        {
          commune,
          period,
          place,
          version,
          contentHash: key,
          values: JSON.stringify(set),
          bySeat: 'test',
          byPerson: null,
          at: '2026-01-01T00:00:00+07:00',
        },
        set.map((v) => ({
          indicator: v.indicator,
          place: v.place,
          period: v.period,
          numerator: v.numerator,
          denominator: v.denominator ?? null,
          reportedBy: null,
          reportedAt: null,
        })),
        monthsOf(unwrapPeriod(period)).to,
      );
      await tx.bumpDataVersion(commune);
    });
  }
}

function unwrapPeriod(id: string): Period {
  const period = parsePeriod(id);
  if (period.isErr()) throw new Error(id);
  return period.value;
}

/** The library's province results summed over the provinces the villages passed through. */
function expected(results: readonly IndicatorResult[], code: string) {
  const rows = results.filter((r) => r.indicator === code && r.level === 'province');
  const sum = (pick: (r: IndicatorResult) => number | null) =>
    rows.reduce((total, r) => total + (pick(r) ?? 0), 0);
  return {
    data: rows.some((r) => r.numerator !== null),
    numerator: sum((r) => r.numerator),
    denominator: sum((r) => r.denominator),
    expected: sum((r) => r.completeness.expected),
    reported: sum((r) => r.completeness.reported),
    expectedReports: sum((r) => r.completeness.expectedReports),
    actualReports: sum((r) => r.completeness.actualReports),
    missing: new Set(rows.flatMap((r) => r.completeness.missing.map((id) => id.split('-').at(-1)))),
  };
}

describe.each(engines)('province roll-ups on %s', (engine) => {
  let store: Store;
  let dispose: () => Promise<void>;
  const all: DataValue[] = [];
  const places = new Map<string, Place>();
  beforeAll(async () => {
    ({ store, dispose } = await freshStore(engine));
    const random = mulberry32(20250214);
    for (let k = 1; k <= COMMUNES; k++) {
      const team = copyOf(k);
      await store.upsertCommune(
        `commune-${k}`,
        'lam-dong',
        serializeTeam(team),
        '2024-01-01T00:00:00+07:00',
      );
      const values = valuesOf(team, random);
      await load(store, `commune-${k}`, values);
      all.push(...values);
      for (const place of team.places) places.set(place.id, place);
    }
  });
  afterAll(async () => {
    await dispose();
  });

  it.each(['2024-03', '2024-Q2', '2024', '2025-01', '2025-H1', '2025-Q3', '2025'])(
    '%s equals the library’s rollUp of every value',
    async (id) => {
      const period = unwrapPeriod(id);
      const server = createApp({ store });
      const results = await server.env.rollups.province('lam-dong', period);
      const library = rollUp(all, {
        catalogue: BUILT_IN_INDICATORS,
        places: [...places.values()],
        period,
        targets: BUILT_IN_TARGETS,
        levels: ['province'],
      });
      expect(results.length).toBeGreaterThan(20);
      for (const result of results) {
        const want = expected(library, result.indicator);
        expect(result.numerator === null, result.indicator).toBe(!want.data);
        expect(result.numerator ?? 0, result.indicator).toBeCloseTo(want.numerator, 6);
        if (result.denominator !== null) {
          expect(result.denominator, result.indicator).toBeCloseTo(want.denominator, 6);
        }
        expect(result.completeness, result.indicator).toMatchObject({
          expected: want.expected,
          reported: want.reported,
          expectedReports: want.expectedReports,
          actualReports: want.actualReports,
        });
        expect(
          new Set(result.completeness.missing.map((c) => c.split('-').at(-1))),
          result.indicator,
        ).toEqual(want.missing);
        const single = library.filter((r) => r.indicator === result.indicator);
        if (single.length === 1)
          expect(result.value).toBeCloseTo(single[0]?.value ?? Number.NaN, 9);
      }
      await server.stop();
    },
  );

  it('recomputes a commune after new data, and reads only that commune', async () => {
    const server = createApp({ store });
    const period = unwrapPeriod('2024-03');
    const before = await server.env.rollups.province('lam-dong', period);
    const guided = before.find((r) => r.indicator === 'peopleGuided')?.numerator ?? 0;
    const extra: DataValue = {
      indicator: 'peopleGuided',
      place: 'bon-bu-sir-1',
      period: '2024-03',
      numerator: 1000,
    };
    const current = all.filter((v) => v.place === 'bon-bu-sir-1' && v.period === '2024-03');
    await load(
      store,
      'commune-1',
      [...current.filter((v) => v.indicator !== 'peopleGuided'), extra],
      2,
    );
    const stale = await store.staleRollups('lam-dong', '2024-03');
    expect(stale.map((c) => c.id)).toEqual(['commune-1']);
    const after = await server.env.rollups.province('lam-dong', period);
    const old = current.find((v) => v.indicator === 'peopleGuided')?.numerator ?? 0;
    expect(after.find((r) => r.indicator === 'peopleGuided')?.numerator).toBe(guided - old + 1000);
    await server.stop();
  });

  it('gives a province answer again until a commune’s data or team changes', async () => {
    const server = createApp({ store });
    const period = unwrapPeriod('2024-Q2');
    await server.env.rollups.province('lam-dong', period);
    const kept = await server.env.rollups.province('lam-dong', period);
    expect(await server.env.rollups.province('lam-dong', period)).toBe(kept);
    const guided = kept.find((r) => r.indicator === 'peopleGuided')?.numerator ?? 0;
    const current = all.filter((v) => v.place === 'bon-bu-sir-2' && v.period === '2024-05');
    const old = current.find((v) => v.indicator === 'peopleGuided')?.numerator ?? 0;
    await load(
      store,
      'commune-2',
      [
        ...current.filter((v) => v.indicator !== 'peopleGuided'),
        { indicator: 'peopleGuided', place: 'bon-bu-sir-2', period: '2024-05', numerator: 500 },
      ],
      2,
    );
    const afterData = await server.env.rollups.province('lam-dong', period);
    expect(afterData).not.toBe(kept);
    expect(afterData.find((r) => r.indicator === 'peopleGuided')?.numerator).toBe(
      guided - old + 500,
    );
    expect(await server.env.rollups.province('lam-dong', period)).toEqual(afterData);
    // A new team for a commune (here: moved out of the province) is seen at once too.
    await store.upsertCommune('commune-2', 'dak-nong', serializeTeam(copyOf(2)), '2024-06-01');
    const afterTeam = await server.env.rollups.province('lam-dong', period);
    expect(afterTeam.find((r) => r.indicator === 'peopleGuided')?.communes).toBe(COMMUNES - 1);
    await store.upsertCommune('commune-2', 'lam-dong', serializeTeam(copyOf(2)), '2024-06-01');
    await server.stop();
  });
});
