/**
 * What a page handler works with: the request, the server, the session and its view, and
 * `call` — an operation of the API run for the signed-in principal, so that every read and
 * write of the pages follows the same rules as the API.
 */
import type { Context } from 'hono';
import type { Principal } from '../access.js';
import type { Input, ReportingServer } from '../app.js';
import { ApiFailure, statusOf } from '../problems.js';
import type { Commune } from '../teams.js';
import type { View } from './layout.js';
import type { PageSession } from './session.js';

/** A signed-in page request. */
export interface PageContext {
  readonly c: Context;
  readonly server: ReportingServer;
  readonly session: PageSession;
  readonly view: View & { readonly session: PageSession };
  readonly now: Date;
}

/** Runs an operation for the signed-in principal; its JSON body. Throws an `ApiFailure`. */
export async function call<T>(
  ctx: PageContext,
  id: string,
  input: Omit<Input, 'now'> = {},
): Promise<T> {
  const reply = await ctx.server.invoke(id, ctx.session.principal, { ...input, now: ctx.now });
  return reply.body as T;
}

/** Like {@link call}, but `undefined` when the answer is 404. */
export async function find<T>(
  ctx: PageContext,
  id: string,
  input: Omit<Input, 'now'> = {},
): Promise<T | undefined> {
  try {
    return await call<T>(ctx, id, input);
  } catch (error) {
    if (error instanceof ApiFailure && statusOf(error.problems) === 404) return undefined;
    throw error;
  }
}

/** The principal's commune, when it is a seat or body of the commune in the path. */
export function ownCommune(principal: Principal, communeId: string): Commune | undefined {
  return principal.kind !== 'province' && principal.commune.id === communeId
    ? principal.commune
    : undefined;
}
