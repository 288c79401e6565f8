/**
 * Runs every numbered example of `examples/` (`NN-name.ts`) as a user would, with `tsx`, and
 * compares what it prints with the stored output `NN-name.out.txt`. By default the examples import
 * `to-cong-nghe-so` from the sources (tsconfig paths); with `TCNS_EXAMPLES_BUILT=1` (the check
 * step after the build) they import the built package, as installed users do. Refresh the stored
 * outputs with `npx vitest run test/docs/runnable-examples.test.ts -u`.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const built = process.env.TCNS_EXAMPLES_BUILT === '1';
const examples = readdirSync(new URL('../../examples/', import.meta.url))
  .filter((name) => /^\d\d-[a-z0-9-]+\.ts$/u.test(name))
  .sort();

describe(`runnable examples (${built ? 'built package' : 'sources'})`, () => {
  it('are numbered, in order', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    const numbers = examples.map((name) => Number(name.slice(0, 2)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it.each(examples)('%s prints what its .out.txt says', { timeout: 60_000 }, async (name) => {
    const args = [...(built ? ['--tsconfig', 'tsconfig.base.json'] : []), `examples/${name}`];
    const { stdout } = await run(`${root}node_modules/.bin/tsx`, args, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 1 << 24,
    });
    expect(stdout.length).toBeGreaterThan(0);
    await expect(stdout).toMatchFileSnapshot(
      `../../examples/${name.replace(/\.ts$/u, '.out.txt')}`,
    );
  });
});
