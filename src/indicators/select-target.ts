import { checkDate } from '../_internal/dates.js';
import type { IsoDate } from '../calendar/date.js';
import { InvalidArgumentError } from '../problems/argument.js';
import { checkTargets } from './arguments.js';
import type { Target } from './target.js';

/** Whether a target date is a better choice than another for a period ending on `periodEnd`. */
function better(candidate: IsoDate, current: IsoDate, periodEnd: IsoDate): boolean {
  const ahead = candidate >= periodEnd;
  const currentAhead = current >= periodEnd;
  if (ahead !== currentAhead) return ahead;
  return ahead ? candidate < current : candidate > current;
}

/** The best of some candidate targets, each with its rank (0 = the place's own). */
class Choice {
  best: Target | undefined;
  private rank = 0;

  constructor(private readonly periodEnd: IsoDate) {}

  offer(target: Target, rank: number): void {
    const { best } = this;
    if (
      best === undefined ||
      better(target.by, best.by, this.periodEnd) ||
      (target.by === best.by && rank < this.rank)
    ) {
      this.best = target;
      this.rank = rank;
    }
  }
}

/** A copy of a target, so that callers never hold the library's (or the caller's) objects. */
export function copyTarget(target: Target): Target {
  const { baseline, source, ...rest } = target;
  return {
    ...rest,
    ...(baseline ? { baseline: { ...baseline } } : {}),
    ...(source ? { source: { ...source } } : {}),
  };
}

function checkChain(chain: unknown): readonly string[] {
  if (!Array.isArray(chain) || !chain.every((id) => typeof id === 'string')) {
    throw new InvalidArgumentError(
      'chain',
      { vi: 'một danh sách mã địa bàn', en: 'a list of place ids' },
      chain,
    );
  }
  return chain;
}

/**
 * Picks the target that applies to an indicator at a place for a period ending on a date: the
 * earliest target date on or after `periodEnd` (or, when all are past, the latest one), and
 * for that date the most local target — the place's own, then its nearest ancestor's, then the
 * national one. Among equals, the first in `targets` wins.
 *
 * @param targets - All known targets.
 * @param indicator - The indicator's code.
 * @param chain - The place's id followed by its ancestors' ids, nearest first.
 * @param periodEnd - The last day of the period judged.
 * @returns A copy of the applicable target, or `undefined`.
 * @throws {@link InvalidArgumentError} when `targets` is not a list of targets, `indicator` not
 *   text, `chain` not a list of ids, or `periodEnd` not a real date of 1900–2100.
 * @example
 * ```ts
 * import { BUILT_IN_TARGETS, selectTarget } from 'to-cong-nghe-so';
 *
 * const mine = [...BUILT_IN_TARGETS, { indicator: 'fibreHouseholds', place: 'dak-nia', by: '2025-12-31', comparator: '≥', value: 90 } as const];
 * selectTarget(mine, 'fibreHouseholds', ['thon-1', 'dak-nia'], '2025-10-31')?.value; // 90
 * selectTarget(mine, 'fibreHouseholds', ['thon-9', 'other'], '2025-10-31')?.value; // 80
 * ```
 * @category Indicators
 */
export function selectTarget(
  targets: readonly Target[],
  indicator: string,
  chain: readonly string[],
  periodEnd: IsoDate,
): Target | undefined {
  const all = checkTargets(targets, 'targets');
  if (typeof indicator !== 'string') {
    throw new InvalidArgumentError(
      'indicator',
      { vi: 'mã một chỉ số', en: 'an indicator code' },
      indicator,
    );
  }
  const ids = checkChain(chain);
  const choice = new Choice(checkDate(periodEnd, 'periodEnd'));
  const rankOf = new Map<string, number>();
  ids.forEach((id, rank) => {
    if (!rankOf.has(id)) rankOf.set(id, rank);
  });
  for (const target of all) {
    if (target.indicator !== indicator) continue;
    const rank = target.place === undefined ? ids.length : rankOf.get(target.place);
    if (rank !== undefined) choice.offer(target, rank);
  }
  return choice.best && copyTarget(choice.best);
}

/**
 * Targets grouped by indicator and place, so that choosing the target of a place costs only the
 * targets of its indicator at that place and its ancestors.
 */
export class TargetIndex {
  private readonly groups = new Map<string, Target[]>();

  constructor(targets: readonly Target[]) {
    for (const target of targets) {
      const key = `${target.indicator}\u0000${target.place ?? ''}`;
      const group = this.groups.get(key);
      if (group) group.push(target);
      else this.groups.set(key, [target]);
    }
  }

  /** Whether there are no targets at all. */
  get empty(): boolean {
    return this.groups.size === 0;
  }

  /** {@link selectTarget} over the index (the target itself, not a copy). */
  select(indicator: string, chain: readonly string[], periodEnd: IsoDate): Target | undefined {
    const choice = new Choice(periodEnd);
    // Each place once, at its nearest rank; '' is the nation, after the whole chain.
    const ranks = new Map<string, number>();
    for (const [rank, id] of [...chain, ''].entries()) {
      if (!ranks.has(id)) ranks.set(id, rank);
    }
    for (const [id, rank] of ranks) {
      for (const target of this.groups.get(`${indicator}\u0000${id}`) ?? []) {
        choice.offer(target, rank);
      }
    }
    return choice.best;
  }
}
