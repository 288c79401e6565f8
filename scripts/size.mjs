#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
// Size budgets: what an app's bundle gains from an import of the package, bundled by esbuild from
// the built dist/esm, minified, for a browser, with zod left external (an app has it anyway) but
// for one budget that bundles it too.
// Prints every figure, fails when one is over its budget. Run after `npm run build`.
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Each budget: what is imported, and the most bytes it may cost. The budgets guard against growth;
 * they are the sizes measured when they were set, with a little room:
 * - `isWorkingDay` with the default calendar carries the working-day engine, the Labour Code's
 *   holidays and the official schedules (data), Tết and the Hùng Kings' day of 1900–2100 as a
 *   table of 402 characters, and the one problem it can throw (`invalid_argument`); not the
 *   calendar reader nor the lunar calendar (calendars from data are read by
 *   `parseWorkingCalendar`, which brings them), and no zod at all.
 * - `composeTeam + validateTeam` carry the bilingual messages of every problem they can report
 *   (each problem definition is `@__PURE__`, so the others are dropped).
 * - The root entry carries every module, its zod schemas and the bilingual problem catalogue
 *   (about 93 KB of messages); CSV (with papaparse) and the samples are in their own entry points.
 */
export const BUDGETS = [
  {
    name: 'isWorkingDay',
    code: `export { isWorkingDay } from '${pkg.name}';`,
    max: 15.5 * 1024,
    // Counting working days with the default calendar needs no schema: zod stays out.
    without: ['zod'],
  },
  {
    name: 'composeTeam + validateTeam',
    code: `export { composeTeam, validateTeam } from '${pkg.name}';`,
    max: 97 * 1024,
  },
  { name: 'the whole root entry', code: `export * from '${pkg.name}';`, max: 420 * 1024 },
  {
    // zod bundled too, as a browser app has it: the library takes from zod only what it uses
    // (importing one of zod's namespaces, such as `core`, would bring its ~40 locales, ~300 KB).
    name: 'IsoDateSchema, with zod',
    code: `export { IsoDateSchema } from '${pkg.name}';`,
    max: 95 * 1024,
    withZod: true,
  },
];

/** The package whose code only the CSV entry point may bundle, and that entry point. */
const CSV_ONLY = { dependency: 'papaparse', entry: './csv' };

/**
 * The bytes (minified, and gzipped) a piece of code costs once bundled, the packages bundled into
 * it (from esbuild's metafile) and those it imports (left external, as zod).
 */
export async function bundleSize(code, { withZod = false } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: withZod ? [] : ['zod'],
    // Resolve the package through its own "exports" (dist/), not tsconfig's paths (src/).
    tsconfigRaw: '{}',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const text = new TextDecoder().decode(output);
  const imports = [...text.matchAll(/from\s*"([^"]+)"/gu)].map((match) => match[1]);
  const packages = new Set(
    Object.keys(result.metafile.inputs).flatMap(
      (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input)?.[1] ?? [],
    ),
  );
  return { bytes: output.length, gzip: gzipSync(output).length, imports, packages };
}

/** Each entry point of package.json's "exports", as an import specifier. */
export const ENTRY_POINTS = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .map((key) => ({ key, specifier: key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}` }));

if (process.argv[1] === import.meta.filename) {
  let over = 0;
  for (const budget of BUDGETS) {
    const { bytes, gzip, imports } = await bundleSize(budget.code, budget);
    const stray = (budget.without ?? []).filter((name) => imports.includes(name));
    const ok = bytes <= budget.max && stray.length === 0;
    if (!ok) over += 1;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${budget.name.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB (${(gzip / 1024).toFixed(1)} KB gzip), budget ${(budget.max / 1024).toFixed(1)} KB${stray.length ? `; imports ${stray.join(', ')}` : ''}`,
    );
  }
  // Every entry point, whole: its size, and papaparse in the CSV entry point only.
  let stray = 0;
  for (const { key, specifier } of ENTRY_POINTS) {
    const { bytes, gzip, packages } = await bundleSize(`export * from '${specifier}';`);
    const has = packages.has(CSV_ONLY.dependency);
    const ok = has === (key === CSV_ONLY.entry);
    if (!ok) stray += 1;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${specifier.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB (${(gzip / 1024).toFixed(1)} KB gzip), ${has ? 'with' : 'without'} ${CSV_ONLY.dependency}`,
    );
  }
  if (stray > 0) {
    console.error(
      `${CSV_ONLY.dependency} must be bundled by ${pkg.name}/${CSV_ONLY.entry.slice(2)} and by no other entry point.`,
    );
  }
  process.exit(over > 0 || stray > 0 ? 1 : 0);
}
