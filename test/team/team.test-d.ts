import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Chain,
  type ChainProblem,
  type ComposeProblem,
  chainOf,
  composeTeam,
  type Duty,
  dutiesOf,
  holderOf,
  type InputProblem,
  type Person,
  type Place,
  parseTeam,
  type RenderedDecision,
  type Role,
  renderDecision,
  renderOrgChart,
  type Seat,
  type SeatFilling,
  serializeTeam,
  subordinatesOf,
  type Team,
  type TeamInput,
  type TeamProblem,
  type TeamQueryProblem,
  type ValidTeam,
  validateTeam,
} from '../../src/index.js';

describe('team types', () => {
  it('infers the team from its schema', () => {
    expectTypeOf<Team['places']>().toEqualTypeOf<Place[]>();
    expectTypeOf<Team['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<Seat['role']>().toEqualTypeOf<Role>();
    expectTypeOf<Role>().toEqualTypeOf<'leader' | 'deputy' | 'member'>();
    expectTypeOf<SeatFilling['kind']>().toEqualTypeOf<
      'exOfficio' | 'delegate' | 'villageHead' | 'named'
    >();
    // Fields with defaults may be left out of the input.
    expectTypeOf<TeamInput['seats']>().toEqualTypeOf<TeamInput['seats'] | undefined>();
  });

  it('returns Results with plain problems', () => {
    expectTypeOf(parseTeam).returns.toEqualTypeOf<Result<Team, InputProblem[]>>();
    expectTypeOf(serializeTeam).returns.toEqualTypeOf<string>();
    expectTypeOf(composeTeam).returns.toEqualTypeOf<Result<ValidTeam, ComposeProblem[]>>();
    expectTypeOf(validateTeam).returns.toEqualTypeOf<Result<ValidTeam, TeamProblem[]>>();
    expectTypeOf(holderOf).returns.toEqualTypeOf<Result<Person | undefined, TeamQueryProblem>>();
    expectTypeOf(chainOf).returns.toEqualTypeOf<Result<Chain, ChainProblem>>();
    expectTypeOf(subordinatesOf).returns.toEqualTypeOf<Result<Seat[], ChainProblem>>();
    expectTypeOf(dutiesOf).returns.toEqualTypeOf<Result<Duty[], TeamQueryProblem>>();
    expectTypeOf(renderDecision).returns.toMatchTypeOf<Result<RenderedDecision, unknown>>();
    expectTypeOf(renderOrgChart).returns.toEqualTypeOf<string>();
    expectTypeOf<ComposeProblem['code']>().toExtend<string>();
  });
});
