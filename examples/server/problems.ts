/**
 * The one place where problems become HTTP statuses. Handlers return the library's problems (or
 * the few the server adds: authentication, not found, preconditions); this table decides the
 * status, so that a new code in the library needs one line here, and anything unknown is a 400.
 */
import type { Label, Problem } from 'to-cong-nghe-so';

/** A problem as the API returns it: the library's shape. */
export type ApiProblem = Problem;

/** The statuses a problem can map to, from the most to the least decisive. */
const PRIORITY = [401, 429, 403, 404, 409, 412, 413, 415, 503, 400] as const;

/** The status of each code that is not a 400. */
const STATUS_OF_CODE: Readonly<Record<string, (typeof PRIORITY)[number]>> = {
  // The server's own.
  unauthenticated: 401,
  invalid_token: 401,
  token_revoked: 401,
  holder_changed: 401,
  too_many_failures: 429,
  forbidden: 403,
  not_found: 404,
  version_mismatch: 412,
  body_too_large: 413,
  unsupported_media_type: 415,
  plan_exists: 409,
  not_ready: 503,
  // The library's: who may act is decided by the chain.
  not_holder: 403,
  not_receiver: 403,
  assignment_not_allowed: 403,
  // The library's: the state of a report or task does not allow it.
  report_locked: 409,
  invalid_approval: 409,
  invalid_transition: 409,
  event_out_of_order: 409,
  duplicate_task: 409,
};

/** The title of each status. */
const TITLES: Readonly<Record<number, Label>> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { vi: 'Chưa xác thực', en: 'Not authenticated' },
  403: { vi: 'Không có quyền', en: 'Forbidden' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  409: { vi: 'Xung đột với trạng thái hiện tại', en: 'Conflict with the current state' },
  412: { vi: 'Phiên bản đã thay đổi', en: 'Precondition failed' },
  413: { vi: 'Nội dung quá lớn', en: 'Content too large' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  429: { vi: 'Quá nhiều lần thử', en: 'Too many requests' },
  500: { vi: 'Lỗi máy chủ', en: 'Internal server error' },
  503: { vi: 'Chưa sẵn sàng', en: 'Not ready' },
};

/** The status of one problem code. */
export function statusOfCode(code: string): number {
  return STATUS_OF_CODE[code] ?? 400;
}

/** The status of a list of problems: the most decisive of theirs (400 for none). */
export function statusOf(problems: readonly ApiProblem[]): number {
  const statuses = new Set(problems.map((p) => statusOfCode(p.code)));
  return PRIORITY.find((status) => statuses.has(status)) ?? 400;
}

/** The JSON body of an error response (`application/problem+json`). */
export interface ProblemBody {
  /** The HTTP status. */
  readonly status: number;
  /** What kind of failure, in both languages. */
  readonly title: Label;
  /** Every problem found, with its code, path and message. */
  readonly problems: readonly ApiProblem[];
}

/** The body of an error response with the given problems. */
export function problemBody(
  problems: readonly ApiProblem[],
  status = statusOf(problems),
): ProblemBody {
  return { status, title: TITLES[status] ?? TITLES[400] ?? { vi: '', en: '' }, problems };
}

/** A problem the server raises itself. */
export function problem(
  code: string,
  vi: string,
  en: string,
  path: readonly (string | number)[] = [],
): ApiProblem {
  return { code, severity: 'error', path, params: {}, message: { vi, en } };
}

/** The failure of a handler: its problems (the status comes from {@link statusOf}). */
export class ApiFailure extends Error {
  readonly problems: readonly ApiProblem[];
  constructor(problems: ApiProblem | readonly ApiProblem[]) {
    const list: readonly ApiProblem[] = Array.isArray(problems)
      ? problems
      : [problems as ApiProblem];
    super(list.map((p) => p.code).join(', '));
    this.name = 'ApiFailure';
    this.problems = list;
  }
}

/** A 404 for a resource named in the path. */
export function notFound(what: Label, id: string, path: readonly (string | number)[]): ApiFailure {
  return new ApiFailure(
    problem('not_found', `Không có ${what.vi} "${id}".`, `There is no ${what.en} "${id}".`, path),
  );
}

/** A 403 with a reason. */
export function forbidden(vi: string, en: string): ApiFailure {
  return new ApiFailure(problem('forbidden', vi, en));
}
