/**
 * The reporting server as a Hono app: every operation of the table registered with its
 * validation, authentication and one mapping of problems to statuses. Tested without a port
 * (`app.request`) and run by `main.ts` on `@hono/node-server`.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { type Logger, pino } from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  holderOf,
  type IsoDate,
  type Problem,
  parseJsonText,
  parseWithSchema,
  type Team,
} from 'to-cong-nghe-so';
import type { z } from 'zod';
import type { Principal } from './access.js';
import { type Clock, systemClock, vietnamTimestamp, vietnamToday } from './clock.js';
import { openApiDocument } from './openapi.js';
import type { Call, Env, Operation, Reply } from './operation.js';
import { ApiFailure, problem, problemBody, statusOf } from './problems.js';
import { REFERENCE_CSP, referencePage } from './reference.js';
import { type RollupOptions, Rollups } from './rollups.js';
import { dataOperations } from './routes/data.js';
import { provinceOperations } from './routes/province.js';
import { reportOperations } from './routes/reports.js';
import { systemOperations } from './routes/system.js';
import { taskOperations } from './routes/tasks.js';
import { teamOperations } from './routes/team.js';
import type { CommuneSummary, Store, TokenRow } from './store/store.js';
import { type Commune, Teams } from './teams.js';
import { parseToken, secretMatches } from './tokens.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The clock (the system's by default). */
  readonly clock?: Clock;
  /** Structured JSON logs (pino); silent by default. */
  readonly logger?: Logger;
  /** The largest request body, in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** Failed authentications allowed per client address and window (default 10 per 60 s). */
  readonly authFailures?: { readonly points: number; readonly seconds: number };
  /** Take the client's address from `X-Forwarded-For` (behind a reverse proxy). */
  readonly trustProxy?: boolean;
  /** The version shown in the OpenAPI document. */
  readonly version?: string;
  /** Roll-up options: catalogue, targets, refresh delay. */
  readonly rollups?: RollupOptions;
}

/** The app and what goes with it. */
export interface ReportingServer {
  readonly app: Hono;
  readonly env: Env;
  readonly operations: readonly Operation[];
  readonly document: Record<string, unknown>;
  /** Stops background work (the store is closed by its owner). */
  readonly stop: () => Promise<void>;
  /**
   * Runs an operation of the table for a principal, its inputs validated as over HTTP: what the
   * pages call, so that they apply the same rules. Throws an {@link ApiFailure} with the problems.
   */
  readonly invoke: (id: string, principal: Principal | undefined, input?: Input) => Promise<Reply>;
  /**
   * Checks the text of a token (rate-limited by client address, as bearer tokens are) and gives
   * its principal; throws an {@link ApiFailure} when it is not valid.
   */
  readonly authenticateToken: (c: Context, text: string, now: Date) => Promise<Principal>;
  /** The principal of a stored token today, or the problem why it no longer works. */
  readonly principalOf: (row: TokenRow, now: Date) => Promise<Principal | Problem>;
}

/** The inputs of {@link ReportingServer.invoke}: raw values, validated by the operation's schemas. */
export interface Input {
  readonly params?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The instant (the clock's by default). */
  readonly now?: Date;
}

const HOLDER_CHANGED = (seat: string, today: string) =>
  problem(
    'holder_changed',
    `Từ ngày ${today}, vị trí "${seat}" không còn do người được cấp mã này giữ; xin mã mới.`,
    `As of ${today}, seat "${seat}" is no longer held by the person this token was issued to; ask for a new one.`,
  );

const INVALID_TOKEN = problem(
  'invalid_token',
  'Mã truy cập không đúng.',
  'The token is not valid.',
);

/** Whether two reads of a token row say the same. */
function sameToken(a: TokenRow, b: TokenRow): boolean {
  return (
    a.secretHash === b.secretHash &&
    a.revokedAt === b.revokedAt &&
    a.kind === b.kind &&
    a.commune === b.commune &&
    a.seat === b.seat &&
    a.person === b.person &&
    a.body === b.body
  );
}

/** A path as logged: the token of a page link (`/p/<token>`) is never written. */
export function loggedPath(path: string): string {
  return path.startsWith('/p/') ? '/p/…' : path;
}

/** The client's address, to count failed authentications by. */
function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}

/** Builds the app. */
export function createApp(options: AppOptions): ReportingServer {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? pino({ level: 'silent' });
  const teams = new Teams(store);
  const rollups = new Rollups(store, teams, options.rollups);
  const env: Env = { store, teams, clock, rollups };
  const failures = options.authFailures ?? { points: 10, seconds: 60 };
  const limiter = new RateLimiterMemory({ points: failures.points, duration: failures.seconds });
  const trustProxy = options.trustProxy ?? false;

  let document: Record<string, unknown> = {};
  let reference = '';
  const operations: Operation[] = [
    ...systemOperations(
      () => document,
      () => reference,
    ),
    ...teamOperations,
    ...dataOperations,
    ...reportOperations,
    ...taskOperations,
    ...provinceOperations,
  ];
  document = openApiDocument(operations, options.version ?? '0.0.0');
  reference = referencePage(document);

  async function authenticate(c: Context, now: Date): Promise<Principal> {
    const header = c.req.header('authorization');
    if (header === undefined) {
      throw new ApiFailure(
        problem(
          'unauthenticated',
          'Cần mã truy cập: Authorization: Bearer <mã>.',
          'A token is needed: Authorization: Bearer <token>.',
        ),
      );
    }
    return authenticateToken(c, /^Bearer\s+(\S+)\s*$/iu.exec(header)?.[1] ?? '', now);
  }

  async function authenticateToken(c: Context, text: string, now: Date): Promise<Principal> {
    const key = clientKey(c, trustProxy);
    const state = await limiter.get(key);
    if (state && state.consumedPoints >= failures.points) {
      const seconds = Math.ceil(state.msBeforeNext / 1000);
      throw new ApiFailure(
        problem(
          'too_many_failures',
          `Quá nhiều lần xác thực sai; thử lại sau ${seconds} giây.`,
          `Too many failed authentications; try again in ${seconds} seconds.`,
        ),
      );
    }
    const fail = async (why: Problem): Promise<never> => {
      await limiter.consume(key).catch(() => undefined);
      throw new ApiFailure(why);
    };
    const parsed = parseToken(text);
    // One read per request: the token as stored now (revoked, or handed over, by the admin
    // command of any process) with its commune's versions.
    const found = parsed ? await store.getTokenAndCommune(parsed.id) : undefined;
    if (!parsed || !found || !secretMatches(found.token, parsed.secret)) {
      return fail(INVALID_TOKEN);
    }
    const principal = await principalOf(found.token, now, found.commune ?? null);
    return 'code' in principal ? fail(principal) : principal;
  }

  /**
   * Principals worked out today, per token: reused while the token row, the commune's team (its
   * version) and the day are the same, so the chain is not asked again on every request. The row
   * and the versions are read afresh on every request, so a revocation, a new team or the
   * handover day take effect at once.
   */
  const principals = new Map<
    string,
    {
      readonly row: TokenRow;
      readonly team: Team;
      readonly today: IsoDate;
      readonly principal: Principal;
    }
  >();

  async function principalOf(
    row: TokenRow,
    now: Date,
    summary?: CommuneSummary | null,
  ): Promise<Principal | Problem> {
    if (row.revokedAt !== null) {
      principals.delete(row.id);
      return problem('token_revoked', 'Mã truy cập đã bị thu hồi.', 'The token has been revoked.');
    }
    if (row.kind === 'province' && row.province !== null) {
      return { kind: 'province', tokenId: row.id, province: row.province };
    }
    const commune =
      row.commune === null
        ? undefined
        : summary === undefined
          ? await teams.get(row.commune)
          : summary === null
            ? undefined
            : await teams.of(summary);
    if (!commune) return INVALID_TOKEN;
    const today = vietnamToday(now);
    const known = principals.get(row.id);
    if (
      known &&
      known.team === commune.team &&
      known.today === today &&
      sameToken(known.row, row) &&
      known.principal.kind !== 'province'
    ) {
      return known.principal.commune === commune
        ? known.principal
        : { ...known.principal, commune };
    }
    const principal = principalIn(row, commune, today);
    if ('code' in principal) principals.delete(row.id);
    else {
      if (principals.size >= 10_000) principals.clear();
      principals.set(row.id, { row, team: commune.team, today, principal });
    }
    return principal;
  }

  function principalIn(row: TokenRow, commune: Commune, today: IsoDate): Principal | Problem {
    if (row.kind === 'body') {
      const body = commune.team.bodies.find((b) => b.id === row.body);
      return body ? { kind: 'body', tokenId: row.id, commune, body } : INVALID_TOKEN;
    }
    const seat = commune.team.seats.find((s) => s.id === row.seat);
    const holder = holderOf(commune.team, row.seat ?? '', today);
    if (!seat || holder.isErr()) return INVALID_TOKEN;
    if (holder.value === undefined || holder.value.id !== row.person) {
      return HOLDER_CHANGED(seat.id, today);
    }
    return { kind: 'seat', tokenId: row.id, commune, seat, person: holder.value };
  }

  function validate<S extends z.ZodType>(
    schema: S | undefined,
    input: unknown,
    where: string[],
  ): z.output<S> | undefined {
    if (!schema) return undefined;
    const parsed = parseWithSchema(schema, input, where);
    if (parsed.isErr()) throw new ApiFailure(parsed.error);
    return parsed.value;
  }

  async function readBody(c: Context, op: Operation): Promise<unknown> {
    const schema = op.body;
    if (!schema) return undefined;
    const text = await c.req.text();
    if (text === '' && !schema.safeParse(undefined).error) return undefined;
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/iu.test(type)) {
      throw new ApiFailure(
        problem(
          'unsupported_media_type',
          'Nội dung phải là JSON (Content-Type: application/json).',
          'The content must be JSON (Content-Type: application/json).',
        ),
      );
    }
    const json = parseJsonText(text);
    if (json.isErr()) throw new ApiFailure(json.error);
    return validate(schema, json.value, []);
  }

  function run(
    op: Operation,
    principal: Principal | undefined,
    params: unknown,
    query: unknown,
    body: unknown,
    header: (name: string) => string | undefined,
    now: Date,
  ): Promise<Reply> {
    const call: Call<unknown, unknown, unknown> = {
      env,
      params: params ?? {},
      query: query ?? {},
      body,
      principal: principal as Principal,
      header,
      now,
      nowText: vietnamTimestamp(now),
      today: vietnamToday(now),
    };
    return op.handle(call as never);
  }

  const byId = new Map(operations.map((op) => [op.id, op]));

  async function invoke(
    id: string,
    principal: Principal | undefined,
    input: Input = {},
  ): Promise<Reply> {
    const op = byId.get(id);
    if (!op) throw new Error(`there is no operation "${id}"`);
    if (op.auth !== false && !principal) throw new ApiFailure(INVALID_TOKEN);
    const headers = input.headers ?? {};
    return run(
      op,
      principal,
      validate(op.params, input.params ?? {}, ['params']),
      validate(op.query, input.query ?? {}, ['query']),
      op.body ? validate(op.body, input.body, []) : undefined,
      (name) => headers[name],
      input.now ?? clock(),
    );
  }

  function send(c: Context, reply: Reply): Response {
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.contentType !== undefined) {
      headers['content-type'] = reply.contentType;
      if (reply.contentType.startsWith('text/html'))
        headers['content-security-policy'] = REFERENCE_CSP;
      return c.body(String(reply.body), reply.status as 200, headers);
    }
    return c.json(reply.body, reply.status as 200, headers);
  }

  function sendProblems(c: Context, problems: readonly Problem[]): Response {
    const status = statusOf(problems);
    const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
    if (status === 401) headers['www-authenticate'] = 'Bearer';
    if (status === 429) headers['retry-after'] = String(failures.seconds);
    return c.body(JSON.stringify(problemBody(problems, status)), status as 400, headers);
  }

  const app = new Hono();
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const principal = c.get('principal' as never) as Principal | undefined;
    log.info(
      {
        method: c.req.method,
        path: loggedPath(c.req.path),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(principal ? { token: principal.tokenId } : {}),
      },
      'request',
    );
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  const maxBody = options.bodyLimit ?? 1024 * 1024;
  const tooLarge = (c: Context) =>
    sendProblems(c, [
      problem(
        'body_too_large',
        `Nội dung quá lớn (tối đa ${maxBody} byte).`,
        `The content is too large (at most ${maxBody} bytes).`,
      ),
    ]);
  const streamedLimit = bodyLimit({ maxSize: maxBody, onError: tooLarge });
  app.use('*', (c, next) => {
    // A body of a declared length is judged by its header, without touching the body: Node's
    // HTTP parser reads no more than that length, and the body is then read straight from the
    // socket. Only a streamed body (no length, or chunked) is counted as it arrives.
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxBody ? Promise.resolve(tooLarge(c)) : next();
    }
    return streamedLimit(c, next);
  });

  for (const op of operations) {
    const path = op.path.replace(/\{(\w+)\}/gu, ':$1');
    app.on(op.method.toUpperCase(), path, async (c) => {
      const now = clock();
      const principal = op.auth === false ? undefined : await authenticate(c, now);
      if (principal) c.set('principal' as never, principal as never);
      const params = validate(op.params, c.req.param(), ['params']);
      const query = op.query
        ? validate(op.query, Object.fromEntries(new URL(c.req.url).searchParams), ['query'])
        : undefined;
      const body = await readBody(c, op);
      return send(
        c,
        await run(op, principal, params, query, body, (name) => c.req.header(name), now),
      );
    });
  }

  app.notFound((c) =>
    sendProblems(c, [
      problem(
        'not_found',
        `Không có đường dẫn ${c.req.method} ${c.req.path}.`,
        `There is no route ${c.req.method} ${c.req.path}.`,
      ),
    ]),
  );
  app.onError((error, c) => {
    if (error instanceof ApiFailure) return sendProblems(c, error.problems);
    log.error(
      { err: error, method: c.req.method, path: loggedPath(c.req.path) },
      'unexpected error',
    );
    return c.body(
      JSON.stringify(
        problemBody([problem('internal_error', 'Lỗi máy chủ.', 'Internal server error.')], 500),
      ),
      500,
      { 'content-type': 'application/problem+json' },
    );
  });

  return {
    app,
    env,
    operations,
    document,
    stop: () => rollups.stop(),
    invoke,
    authenticateToken,
    principalOf,
  };
}
