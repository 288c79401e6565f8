/**
 * The declarative table the server is built from: each operation names its method, path,
 * summary, who may call it, the zod schemas of its parameters, query, body and responses, and
 * its handler. The same table registers the Hono routes and writes the OpenAPI document.
 */
import type { Result } from 'neverthrow';
import type { IsoDate, Label, Problem } from 'to-cong-nghe-so';
import type { z } from 'zod';
import type { Principal } from './access.js';
import type { Clock } from './clock.js';
import { ApiFailure } from './problems.js';
import type { Rollups } from './rollups.js';
import type { Store } from './store/store.js';
import type { Teams } from './teams.js';

/** What handlers work with. */
export interface Env {
  readonly store: Store;
  readonly teams: Teams;
  readonly clock: Clock;
  readonly rollups: Rollups;
}

/** One call of an operation, its inputs validated. */
export interface Call<P, Q, B> {
  readonly env: Env;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  /** The caller (operations with `auth: false` get none). */
  readonly principal: Principal;
  /** A request header, lower-case name. */
  readonly header: (name: string) => string | undefined;
  /** The instant of the request. */
  readonly now: Date;
  /** The instant as ISO 8601 in Vietnam time. */
  readonly nowText: string;
  /** The day in Vietnam. */
  readonly today: IsoDate;
}

/** What a handler answers. */
export interface Reply {
  readonly status: number;
  /** A JSON value, or text when `contentType` is given. */
  readonly body: unknown;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A response an operation documents. */
export interface ResponseSpec {
  readonly description: Label;
  readonly schema?: z.ZodType;
  /** `application/json` by default. */
  readonly contentType?: string;
}

/** An operation of the API. */
export interface Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  readonly id: string;
  readonly method: 'get' | 'put' | 'post';
  /** The path, OpenAPI style: `/v1/communes/{commune}/team`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: Label;
  /** Who may call it, in words. */
  readonly access: Label;
  /** Whether it needs a bearer token (default true). */
  readonly auth?: boolean;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The success responses; the error responses are added for every operation. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
  readonly handle: (call: Call<z.output<P>, z.output<Q>, z.output<B>>) => Promise<Reply>;
}

/** Defines an operation, inferring the types of its inputs from its schemas. */
export function operation<
  P extends z.ZodType = z.ZodType<Record<string, never>>,
  Q extends z.ZodType = z.ZodType<Record<string, never>>,
  B extends z.ZodType = z.ZodType<undefined>,
>(spec: Operation<P, Q, B>): Operation {
  return spec as unknown as Operation;
}

/** The value of a library `Result`, or a failure carrying its problems. */
export function unwrap<T, E extends Problem | readonly Problem[]>(result: Result<T, E>): T {
  if (result.isOk()) return result.value;
  throw new ApiFailure(result.error as Problem | readonly Problem[]);
}

/** A JSON reply. */
export function json(body: unknown, status = 200, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body };
}
