/** The team: who the caller is, the communes, the team on a date, a seat's chain and duties. */
import {
  chainOf,
  communeOf as communePlaceOf,
  compositionOf,
  describeSeat,
  dutiesOf,
  type IsoDate,
  type Person,
  renderOrgChart,
  type Seat,
  type Team,
  TextSchema,
  villagesOf,
} from 'to-cong-nghe-so';
import { z } from 'zod';
import { json, operation, unwrap } from '../operation.js';
import {
  ChainViewSchema,
  CommuneSummarySchema,
  DutiesSchema,
  MeSchema,
  OrgChartSchema,
  TeamViewSchema,
} from '../schemas.js';
import { AsOfQuery, asOfOf, CommuneParams, communeOf, seatIn } from './common.js';

const ANY_READER = {
  vi: 'Mọi mã truy cập của xã (vị trí, UBND) và của tỉnh chứa xã.',
  en: 'Any token of the commune (a seat, the People’s Committee) or of its province.',
};

function personRef(person: Person | undefined) {
  return person ? { id: person.id, name: person.name } : null;
}

/** A seat with its description and holder on a date. */
export function seatView(team: Team, seat: Seat, holder: Person | undefined, asOf: IsoDate) {
  return {
    id: seat.id,
    role: seat.role,
    filling: seat.filling,
    description: describeSeat(team, seat, asOf),
    holder: personRef(holder),
  };
}

function holderOn(team: Team, seat: Seat, asOf: IsoDate) {
  return compositionOf(team, asOf).find((entry) => entry.seat.id === seat.id)?.holder;
}

export const teamOperations = [
  operation({
    id: 'getMe',
    method: 'get',
    path: '/v1/me',
    tag: 'team',
    summary: { vi: 'Mã truy cập này là của ai', en: 'Who this token belongs to' },
    access: { vi: 'Mọi mã truy cập.', en: 'Any token.' },
    responses: { 200: { description: { vi: 'Người gọi', en: 'The caller' }, schema: MeSchema } },
    handle: async ({ principal, today }) => {
      if (principal.kind === 'province') {
        return json({ kind: 'province', province: principal.province, today });
      }
      const base = {
        commune: principal.commune.id,
        province: principal.commune.province,
        today,
      };
      if (principal.kind === 'body') {
        return json({
          kind: 'body',
          ...base,
          body: { id: principal.body.id, name: principal.body.name },
        });
      }
      const { team } = principal.commune;
      return json({
        kind: 'seat',
        ...base,
        seat: seatView(team, principal.seat, principal.person, today),
      });
    },
  }),
  operation({
    id: 'listCommunes',
    method: 'get',
    path: '/v1/communes',
    tag: 'team',
    summary: { vi: 'Các xã người gọi được xem', en: 'The communes the caller may read' },
    access: ANY_READER,
    responses: {
      200: {
        description: { vi: 'Các xã', en: 'The communes' },
        schema: z.object({ communes: z.array(CommuneSummarySchema) }).strict(),
      },
    },
    handle: async ({ env, principal }) => {
      const ids =
        principal.kind === 'province'
          ? (await env.store.listCommunes(principal.province)).map((c) => c.id)
          : [principal.commune.id];
      const communes = [];
      for (const id of ids) {
        const commune = await env.teams.get(id);
        if (commune) {
          communes.push({
            id: commune.id,
            province: commune.province,
            team: commune.team.id,
            name: commune.team.name,
          });
        }
      }
      return json({ communes });
    },
  }),
  operation({
    id: 'getTeam',
    method: 'get',
    path: '/v1/communes/{commune}/team',
    tag: 'team',
    summary: { vi: 'Thành phần của tổ vào một ngày', en: 'The team’s composition on a date' },
    access: ANY_READER,
    params: CommuneParams,
    query: AsOfQuery,
    responses: {
      200: { description: { vi: 'Tổ', en: 'The team' }, schema: TeamViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const { team } = commune;
      const asOf = asOfOf(call);
      return json({
        commune: commune.id,
        asOf,
        team: { id: team.id, name: team.name, scope: team.scope },
        place: communePlaceOf(team, asOf) ?? null,
        villages: villagesOf(team, asOf),
        composition: compositionOf(team, asOf).map((entry) =>
          seatView(team, entry.seat, entry.holder, asOf),
        ),
      });
    },
  }),
  operation({
    id: 'getChain',
    method: 'get',
    path: '/v1/communes/{commune}/seats/{seat}/chain',
    tag: 'team',
    summary: { vi: 'Chuỗi báo cáo của một vị trí', en: 'The reporting chain of a seat' },
    access: ANY_READER,
    params: z.object({ commune: TextSchema, seat: TextSchema }).strict(),
    query: AsOfQuery,
    responses: {
      200: { description: { vi: 'Chuỗi báo cáo', en: 'The chain' }, schema: ChainViewSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const { team } = commune;
      const seat = seatIn(commune, call.params.seat);
      const asOf = asOfOf(call);
      const chain = unwrap(chainOf(team, seat.id, { asOf }));
      return json({
        seat: seat.id,
        asOf,
        seats: chain.seats.map((s) => seatView(team, s, holderOn(team, s, asOf), asOf)),
        bodies: chain.bodies,
        forReport: chain.forReport,
      });
    },
  }),
  operation({
    id: 'getDuties',
    method: 'get',
    path: '/v1/communes/{commune}/seats/{seat}/duties',
    tag: 'team',
    summary: { vi: 'Nhiệm vụ của một vị trí', en: 'The duties of a seat' },
    access: ANY_READER,
    params: z.object({ commune: TextSchema, seat: TextSchema }).strict(),
    responses: {
      200: { description: { vi: 'Nhiệm vụ', en: 'The duties' }, schema: DutiesSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const seat = seatIn(commune, call.params.seat);
      return json({ seat: seat.id, duties: unwrap(dutiesOf(commune.team, seat.id)) });
    },
  }),
  operation({
    id: 'getOrgChart',
    method: 'get',
    path: '/v1/communes/{commune}/org-chart',
    tag: 'team',
    summary: { vi: 'Sơ đồ tổ (Mermaid)', en: 'The org chart (Mermaid)' },
    access: ANY_READER,
    params: CommuneParams,
    query: AsOfQuery.extend({ language: z.enum(['vi', 'en']).optional() }).strict(),
    responses: {
      200: { description: { vi: 'Sơ đồ', en: 'The chart' }, schema: OrgChartSchema },
    },
    handle: async (call) => {
      const commune = await communeOf(call, call.params.commune);
      const asOf = asOfOf(call);
      const language = call.query.language ?? 'vi';
      return json({ asOf, language, mermaid: renderOrgChart(commune.team, { asOf, language }) });
    },
  }),
];
