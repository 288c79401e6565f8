/**
 * The team operations at scale: a commune of n villages (a seat per village head), a
 * supervision chain of n seats, an amending decision that ends n seats. `benchTeam()` prints the
 * time of each operation at 5,000 seats and its ratio to the same operation at 1,250 seats, in
 * the same run (n log n gives about 4.5, n² gives 16). Run alone with `npx tsx bench/scale/team.ts`.
 */
import { performance } from 'node:perf_hooks';
import {
  amendTeam,
  chainOf,
  composeTeam,
  type DecisionInput,
  parseTeam,
  proposeSupervision,
  renderOrgChart,
  serializeTeam,
  subordinatesOf,
  type Team,
  type TeamChangeInput,
  type TeamListsInput,
  type TemplateInput,
  validateTeam,
} from '../../src/index.js';

/** How the synthetic commune's supervision is written. */
export type SupervisionShape = 'deputies' | 'chain';

/** A template: a leader and deputies appointed by name, and the head of every village. */
export function syntheticTemplate(): TemplateInput {
  return {
    id: 'scale',
    name: { vi: 'Tổ thử tải', en: 'Scale test team' },
    scope: 'commune',
    oneSeatPerPerson: true,
    rules: [
      { id: 'leader', role: 'leader', kind: 'named', min: 1, max: 1 },
      { id: 'deputies', role: 'deputy', kind: 'named', min: 0 },
      { id: 'village-heads', role: 'member', kind: 'villageHeads' },
    ],
  };
}

/**
 * The lists of a commune of `villages` villages, each with its head, and `deputies` deputies.
 * With `deputies` supervision each village head reports to a deputy; with `chain` each reports
 * to the previous village's head, a chain as long as the commune.
 */
export function syntheticLists(
  villages: number,
  shape: SupervisionShape = 'deputies',
  deputies = 10,
): TeamListsInput {
  const ids = Array.from({ length: villages }, (_, i) => `thon-${i + 1}`);
  const deputyIds = Array.from({ length: deputies }, (_, i) => `deputy-${i + 1}`);
  return {
    id: 'scale-team',
    communeId: 'xa',
    from: '2024-01-01',
    places: [
      { id: 'tinh', level: 'province', kind: 'province', name: 'Thử' },
      { id: 'xa', level: 'commune', kind: 'commune', name: 'Thử', parents: [{ parentId: 'tinh' }] },
      ...ids.map((id, i) => ({
        id,
        level: 'village' as const,
        kind: 'thon' as const,
        name: `${i + 1}`,
        parents: [{ parentId: 'xa' }],
        counts: [{ from: '2023-01-01', households: 100 + (i % 50) }],
      })),
    ],
    bodies: [
      {
        id: 'ubnd',
        kind: 'peoplesCommittee',
        name: { vi: 'Ủy ban nhân dân xã Thử', en: "Thử commune People's Committee" },
        placeId: 'xa',
      },
    ],
    people: [
      { id: 'leader', name: 'Người Đứng Đầu' },
      ...deputyIds.map((id, i) => ({ id, name: `Phó Số ${i + 1}` })),
      ...ids.map((id, i) => ({ id: `head-${id}`, name: `Trưởng Thôn ${i + 1}` })),
    ],
    appointments: { leader: ['leader'], deputies: deputyIds },
    villageHeads: Object.fromEntries(ids.map((id) => [id, `head-${id}`])),
    supervision: ids.map((id, i) => ({
      seatId: `village-heads/${id}`,
      supervisorSeatId:
        shape === 'chain'
          ? i === 0
            ? 'leader/1'
            : `village-heads/${ids[i - 1]}`
          : `deputies/${(i % Math.max(1, deputies)) + 1}`,
    })),
  };
}

/** The team of {@link syntheticLists}. */
export function syntheticTeam(
  villages: number,
  shape: SupervisionShape = 'deputies',
  deputies = 10,
): Team {
  const composed = composeTeam(syntheticTemplate(), syntheticLists(villages, shape, deputies));
  if (composed.isErr()) throw new Error(composed.error[0]?.message.en);
  return composed.value.team;
}

/** An amending decision of the synthetic commune. */
export function syntheticDecision(): DecisionInput {
  return {
    id: 'qd-2025',
    kind: 'amending',
    number: 2,
    symbol: 'QĐ-UBND',
    issuerId: 'ubnd',
    place: 'Thử',
    date: '2025-01-01',
    summary: 'Về việc kiện toàn tổ',
    signature: { title: 'Chủ tịch', name: 'Người Ký' },
  };
}

/** Ends the seat of every village head. */
export function endEverySeat(team: Team): TeamChangeInput[] {
  return team.seats
    .filter((seat) => seat.role === 'member')
    .map((seat) => ({ kind: 'endSeat', seatId: seat.id }));
}

/** The fastest of some runs of an operation, in milliseconds (the machine is shared). */
export function fastest(run: () => unknown, rounds = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The operations measured, each preparing its input for a team size outside the timing. */
export function teamOperations(): Record<string, (n: number) => () => unknown> {
  return {
    composeTeam: (n) => {
      const lists = syntheticLists(n);
      return () => composeTeam(syntheticTemplate(), lists);
    },
    'validateTeam (village seats)': (n) => {
      const team = syntheticTeam(n);
      return () => validateTeam({ ...team });
    },
    'validateTeam (supervision chain)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return () => validateTeam({ ...team });
    },
    'amendTeam (endSeat × n)': (n) => {
      const team = syntheticTeam(n);
      const changes = endEverySeat(team);
      return () => amendTeam(team, syntheticDecision(), changes);
    },
    renderOrgChart: (n) => {
      const team = syntheticTeam(n);
      return () => renderOrgChart({ ...team });
    },
    'chainOf (end of the chain)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return () => chainOf({ ...team }, `village-heads/thon-${n}`);
    },
    'subordinatesOf (transitive)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return () => subordinatesOf({ ...team }, 'leader/1', { transitive: true });
    },
    proposeSupervision: (n) => {
      const team = syntheticTeam(n, 'deputies', Math.ceil(n / 10));
      return () => proposeSupervision({ ...team });
    },
    'parseTeam + serializeTeam': (n) => {
      const text = serializeTeam(syntheticTeam(n));
      return () => serializeTeam(parseTeam(text)._unsafeUnwrap());
    },
  };
}

/**
 * Prints each operation's time at 5,000 seats and its ratio to 1,250 seats: on a new team object
 * (the entry check reads it against its schema once) and again on the same object (the check and
 * the team's index are kept while the object lives).
 */
export function benchTeam(seats = 5000): void {
  const small = Math.round(seats / 4);
  console.log(`Team operations at ${seats} seats (ratio to ${small}; n log n ≈ 4.5, n² = 16)`);
  console.log(
    `  ${''.padEnd(34)} ${'new object'.padStart(12)}        ${'same object'.padStart(12)}`,
  );
  for (const [name, prepare] of Object.entries(teamOperations())) {
    const runSmall = prepare(small);
    const runLarge = prepare(seats);
    const freshSmall = fastest(runSmall);
    const freshLarge = fastest(runLarge);
    const cached = sameObject[name];
    const line = cached
      ? (() => {
          const a = fastest(cached(small));
          const b = fastest(cached(seats));
          return `${b.toFixed(1).padStart(9)} ms ×${(b / a).toFixed(1)}`;
        })()
      : '';
    console.log(
      `  ${name.padEnd(34)} ${freshLarge.toFixed(1).padStart(9)} ms ×${(freshLarge / freshSmall).toFixed(1).padEnd(5)} ${line}`,
    );
  }
}

/** The query operations again, on one team object whose check and index are kept. */
const sameObject: Record<string, (n: number) => () => unknown> = {
  'validateTeam (village seats)': (n) => {
    const team = syntheticTeam(n);
    validateTeam(team);
    return () => validateTeam(team);
  },
  'validateTeam (supervision chain)': (n) => {
    const team = syntheticTeam(n, 'chain');
    validateTeam(team);
    return () => validateTeam(team);
  },
  renderOrgChart: (n) => {
    const team = syntheticTeam(n);
    renderOrgChart(team);
    return () => renderOrgChart(team);
  },
  'chainOf (end of the chain)': (n) => {
    const team = syntheticTeam(n, 'chain');
    chainOf(team, 'leader/1');
    return () => chainOf(team, `village-heads/thon-${n}`);
  },
  'subordinatesOf (transitive)': (n) => {
    const team = syntheticTeam(n, 'chain');
    chainOf(team, 'leader/1');
    return () => subordinatesOf(team, 'leader/1', { transitive: true });
  },
  proposeSupervision: (n) => {
    const team = syntheticTeam(n, 'deputies', Math.ceil(n / 10));
    proposeSupervision(team);
    return () => proposeSupervision(team);
  },
};

if (import.meta.url === `file://${process.argv[1]}`) benchTeam();
