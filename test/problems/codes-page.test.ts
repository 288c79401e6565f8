import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES_PAGE, problemCodesPage } from '../../scripts/generate-problem-codes.js';

describe('docs/problem-codes.md', () => {
  it('is what the registry gives (run `npm run problems:doc`)', () => {
    expect(readFileSync(PROBLEM_CODES_PAGE, 'utf8')).toBe(problemCodesPage());
  });
});
