/**
 * `to-cong-nghe-so` — model Vietnam's Community Digital Technology Teams (Tổ công nghệ số cộng
 * đồng): who sits on a team and why, what each role must do, who reports to whom, tasks with
 * deadlines, reports, and digital-transformation indicators rolled up from villages to the
 * commune.
 *
 * @packageDocumentation
 * @module to-cong-nghe-so
 */
export * from './calendar/index.js';
export * from './chain/index.js';
export * from './duties/index.js';
export * from './indicators/index.js';
export * from './places/index.js';
export * from './problems/index.js';
export * from './render/index.js';
export * from './reports/index.js';
export * from './team/index.js';
export * from './text/index.js';
export * from './work/index.js';
