import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AmendProblem,
  amendTeam,
  type Chain,
  type ChainOfOptions,
  type ChainProblem,
  type ComposeProblem,
  type ComposeTeamOptions,
  chainOf,
  composeTeam,
  type DutiesProblem,
  type Duty,
  dutiesOf,
  holderOf,
  type InputProblem,
  type IsoDate,
  type MergedTeam,
  type MergeProblem,
  type MergerInput,
  mergeTeams,
  type NamedRef,
  type Person,
  type Pillar,
  type Place,
  type Problem,
  type ProposeSupervisionOptions,
  parseTeam,
  proposeSupervision,
  type RenderedDecision,
  type Role,
  renderDecision,
  renderOrgChart,
  type Seat,
  type SeatFilling,
  type SubordinatesOfOptions,
  serializeTeam,
  subordinatesOf,
  type Team,
  type TeamChange,
  type TeamChangeInput,
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
    expectTypeOf(dutiesOf).returns.toEqualTypeOf<Result<Duty[], DutiesProblem>>();
    expectTypeOf(renderDecision).returns.toMatchTypeOf<Result<RenderedDecision, unknown>>();
    expectTypeOf(renderOrgChart).returns.toEqualTypeOf<string>();
    expectTypeOf<ComposeProblem['code']>().toExtend<string>();
  });

  it('types the parameters of the team problems, so that checking the code narrows them', () => {
    expectTypeOf<Problem<'vacant_seat'>['params']>().toEqualTypeOf<{
      seat: NamedRef;
      date: string;
    }>();
    expectTypeOf<Problem<'entry_without_seat'>['params']>().toEqualTypeOf<{
      list: 'delegates' | 'villageHeads';
      subject: NamedRef;
      date: string;
    }>();
    const narrow = (p: TeamProblem) => {
      if (p.code === 'missing_village_head')
        expectTypeOf(p.params).toEqualTypeOf<{ village: NamedRef; date: string }>();
    };
    expectTypeOf(narrow).toBeFunction();
    expectTypeOf<TeamProblem['code']>().toExtend<ComposeProblem['code']>();
    expectTypeOf<'invalid_argument'>().toExtend<TeamProblem['code']>();
  });

  it('names options after their function, and the duty pillar after the indicators’ one', () => {
    expectTypeOf(chainOf).parameter(2).toEqualTypeOf<ChainOfOptions | undefined>();
    expectTypeOf(subordinatesOf).parameter(2).toEqualTypeOf<SubordinatesOfOptions | undefined>();
    expectTypeOf(proposeSupervision)
      .parameter(1)
      .toEqualTypeOf<ProposeSupervisionOptions | undefined>();
    expectTypeOf(composeTeam).parameter(2).toEqualTypeOf<ComposeTeamOptions | undefined>();
    expectTypeOf<Duty['pillar']>().toEqualTypeOf<Pillar | undefined>();
    expectTypeOf(amendTeam).returns.toEqualTypeOf<Result<Team, AmendProblem[]>>();
    expectTypeOf(mergeTeams).returns.toEqualTypeOf<Result<MergedTeam, MergeProblem[]>>();
    expectTypeOf(mergeTeams).parameter(1).toEqualTypeOf<MergerInput>();
    expectTypeOf<MergedTeam['team']>().toEqualTypeOf<Team>();
    expectTypeOf<MergeProblem['severity']>().toEqualTypeOf<'error' | 'warning'>();
    expectTypeOf<Extract<TeamChangeInput, { kind: 'moveBody' }>>().toHaveProperty('placeId');
    expectTypeOf<Extract<TeamChange, { kind: 'addBody' }>['body']['from']>().toEqualTypeOf<
      IsoDate | undefined
    >();
  });
});
