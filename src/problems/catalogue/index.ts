// Every catalogue of problem definitions, one per module.
export * as calendar from './calendar.js';
export * as chain from './chain.js';
export * as duties from './duties.js';
export * as indicators from './indicators.js';
export * as input from './input.js';
export * as places from './places.js';
export * as render from './render.js';
export * as reports from './reports.js';
export * as team from './team.js';
export * as work from './work.js';
