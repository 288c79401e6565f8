/**
 * Every name the package exports, from all its entry points (`to-cong-nghe-so`,
 * `to-cong-nghe-so/csv` …, read from package.json's "exports"), loaded from the sources: for the
 * tests that go over the whole public API, so that a name in a subpath cannot escape them.
 */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  readonly exports: Record<string, unknown>;
};

/** The source file of each entry point, as package.json's "exports" keys map to `src/`. */
export const ENTRY_SOURCES: readonly string[] = Object.keys(pkg.exports)
  .filter((key) => !key.endsWith('.json'))
  .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}/index.ts`));

const modules = await Promise.all(
  ENTRY_SOURCES.map(
    (source) => import(new URL(`../../${source}`, import.meta.url).href) as Promise<object>,
  ),
);

/** Every exported name of every entry point, with its value. */
export const lib: Readonly<Record<string, unknown>> = Object.freeze(
  Object.assign({}, ...modules) as Record<string, unknown>,
);
