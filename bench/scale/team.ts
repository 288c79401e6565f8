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
  mergeTeams,
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

const built = new Map<string, Team>();

/**
 * The team of {@link syntheticLists}, built once per size and shape (the operations measured do
 * not change it).
 */
export function syntheticTeam(
  villages: number,
  shape: SupervisionShape = 'deputies',
  deputies = 10,
): Team {
  const key = `${villages} ${shape} ${deputies}`;
  const known = built.get(key);
  if (known) return known;
  const composed = composeTeam(syntheticTemplate(), syntheticLists(villages, shape, deputies));
  if (composed.isErr()) throw new Error(composed.error[0]?.message.en);
  built.set(key, composed.value.team);
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

/** Runs an operation once (the entry check reads the team once), then returns it to time. */
function warm(run: () => unknown): () => unknown {
  run();
  return run;
}

/**
 * The operations measured, each preparing its input for a team size outside the timing. The
 * queries run on one team object, as an app keeps the team it read: the entry check and the
 * team's index are made on the first call and kept while the object lives.
 */
export function teamOperations(): Record<string, (n: number) => () => unknown> {
  return {
    composeTeam: (n) => {
      const lists = syntheticLists(n);
      return () => composeTeam(syntheticTemplate(), lists);
    },
    'validateTeam (village seats)': (n) => {
      const team = syntheticTeam(n);
      return warm(() => validateTeam(team));
    },
    'validateTeam (supervision chain)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return warm(() => validateTeam(team));
    },
    'amendTeam (endSeat × n)': (n) => {
      const team = syntheticTeam(n);
      const changes = endEverySeat(team);
      return warm(() => amendTeam(team, syntheticDecision(), changes));
    },
    'mergeTeams (every village moves)': (n) => {
      const team = syntheticTeam(n);
      const merger = {
        teamId: 'merged',
        name: { vi: 'Tổ công nghệ số cộng đồng xã Mới', en: 'New commune team' },
        commune: { id: 'new-commune', name: 'Mới' },
        decision: { ...syntheticDecision(), id: 'qd-merger', kind: 'founding' as const },
        villages: team.places.filter((p) => p.level === 'village').map((p) => p.id),
      };
      return warm(() => mergeTeams([team], merger));
    },
    renderOrgChart: (n) => {
      const team = syntheticTeam(n);
      return warm(() => renderOrgChart(team));
    },
    'chainOf (end of the chain)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return warm(() => chainOf(team, `village-heads/thon-${n}`));
    },
    'subordinatesOf (transitive)': (n) => {
      const team = syntheticTeam(n, 'chain');
      return warm(() => subordinatesOf(team, 'leader/1', { transitive: true }));
    },
    proposeSupervision: (n) => {
      const team = syntheticTeam(n, 'deputies', Math.ceil(n / 10));
      return warm(() => proposeSupervision(team));
    },
    'parseTeam + serializeTeam': (n) => {
      const text = serializeTeam(syntheticTeam(n));
      return () => serializeTeam(parseTeam(text)._unsafeUnwrap());
    },
  };
}

/** The first call on a new team object: the entry check reads the whole team once. */
const firstCall: Record<string, (n: number) => () => unknown> = {
  'validateTeam, first call': (n) => {
    const team = syntheticTeam(n);
    return () => validateTeam({ ...team });
  },
  'renderOrgChart, first call': (n) => {
    const team = syntheticTeam(n);
    return () => renderOrgChart({ ...team });
  },
};

/** The time of an operation at n and at 4n seats, in milliseconds, and their ratio. */
export interface Growth {
  /** The time at n seats. */
  readonly small: number;
  /** The time at 4n seats. */
  readonly large: number;
  /** `large / small`: about 4.5 for n log n, 16 for n². */
  readonly ratio: number;
}

/**
 * The time of an operation at n and 4n seats. A fast operation is repeated until the small size
 * takes some 20 ms, the same count at both sizes; each is the fastest of some runs taken in
 * turns, so that a moment of load on the shared machine slows both sizes alike.
 */
export function growth(prepare: (n: number) => () => unknown, n: number, rounds = 5): Growth {
  const small = prepare(n);
  const large = prepare(4 * n);
  large();
  const once = Math.max(fastest(small, 2), 0.01);
  const repeat = Math.max(1, Math.ceil(20 / once));
  const batch = (run: () => unknown) => () => {
    for (let i = 0; i < repeat; i += 1) run();
  };
  let atSmall = Number.POSITIVE_INFINITY;
  let atLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    atSmall = Math.min(atSmall, fastest(batch(small), 1));
    atLarge = Math.min(atLarge, fastest(batch(large), 1));
  }
  return { small: atSmall / repeat, large: atLarge / repeat, ratio: atLarge / atSmall };
}

/** Prints each operation's time at 5,000 seats and its ratio to 1,250 seats. */
export function benchTeam(seats = 5000): void {
  const small = Math.round(seats / 4);
  console.log(`Team operations at ${seats} seats (ratio to ${small}; n log n ≈ 4.5, n² = 16)`);
  for (const [name, prepare] of Object.entries({ ...teamOperations(), ...firstCall })) {
    const { large, ratio } = growth(prepare, small, 3);
    console.log(`  ${name.padEnd(34)} ${large.toFixed(1).padStart(9)} ms   ×${ratio.toFixed(1)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchTeam();
