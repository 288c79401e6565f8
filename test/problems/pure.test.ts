import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every source file of the library, with its text. */
function sources(dir = SRC): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts')
      ? [[path.slice(SRC.length + 1), readFileSync(path, 'utf8')]]
      : [];
  });
}

describe('problem definitions', () => {
  it('are marked pure where they are made, so that a bundle keeps only the codes it raises', () => {
    const calls = sources().flatMap(([file, text]) =>
      [...text.matchAll(/(\/\* @__PURE__ \*\/ )?defineProblem\(/gu)]
        .filter((match) => !text.slice(0, match.index).endsWith('function '))
        .map((match) => [file, match[1] !== undefined] as const),
    );
    expect(calls.length).toBeGreaterThan(100);
    expect(calls.filter(([, pure]) => !pure).map(([file]) => file)).toEqual([]);
  });
});
