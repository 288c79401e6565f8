/**
 * Keeps the glossary page (docs/glossary.md) in step with the code and with the naming rules: every
 * name the page gives as code is a name of the public API (an export, a field, a value — read
 * from the API report api/*.api.md), names the API does not use are not written as code, and every
 * Vietnamese term of the naming rules (test/fixtures/glossary-names.md) has its row on the page.
 * Also guards the guides against identifiers rewritten by text generation: every constant-style
 * name (`GROUP_MESSAGE_LIMITS`) written as code in README.md or docs/*.md is an export.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiNames } from './api-names.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The rows of the first Markdown table of a text whose header starts with `first`. */
function tableRows(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first}`));
  if (start < 0) throw new Error(`no table headed "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const { exports: exportNames, words: apiWords } = apiNames();

const page = read('docs/glossary.md');
const rows = tableRows(page, 'Tiếng Việt');
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

describe('the glossary page', () => {
  it('has a row of four cells for each term', () => {
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) expect(row, row[0]).toHaveLength(4);
  });

  it('names in code only what the API has', () => {
    const missing: string[] = [];
    for (const [term, names = ''] of rows) {
      const code = [...names.matchAll(/`([^`]+)`/gu)].map((match) => match[1] ?? '');
      expect(code.length + (names.match(/_[^_]+_/gu)?.length ?? 0), term).toBeGreaterThan(0);
      for (const name of code) {
        expect(name, `${term}: \`${name}\` is not an identifier`).toMatch(IDENTIFIER);
        if (!apiWords.has(name)) missing.push(`${term}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes in italics, not as code, only names the package does not export', () => {
    for (const [term, names = ''] of rows) {
      for (const [, name = ''] of names.matchAll(/_([^_]+)_/gu)) {
        expect(exportNames.has(name), `${term}: ${name} is exported; write it as code`).toBe(false);
      }
    }
  });

  it('has every Vietnamese term of the naming rules', () => {
    const terms = tableRows(read('test/fixtures/glossary-names.md'), 'Vietnamese').map(
      ([term]) => term,
    );
    expect(terms.length).toBeGreaterThan(60);
    const onPage = new Set(rows.map(([term]) => term));
    expect(terms.filter((term) => !onPage.has(term))).toEqual([]);
  });

  it('is reachable from the README', () => {
    expect(read('README.md')).toContain('docs/glossary.md');
  });
});

describe('identifiers in the guides', () => {
  const guides = [
    'README.md',
    ...readdirSync(new URL('../../docs/', import.meta.url))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  it.each(guides)('%s names only exported constants', (path) => {
    const spans = [...read(path).matchAll(/`([^`\n]+)`/gu)].map((match) => match[1] ?? '');
    // Environment variables (TCNS_…, the test runs' FUZZ_… and MUTATION_…, NO_COLOR) and Node.js
    // error codes (ERR_…) are not exports.
    const constants = spans.filter(
      (span) =>
        /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/u.test(span) &&
        !/^(?:TCNS_|FUZZ_|MUTATION_|ERR_|NO_COLOR$)/u.test(span),
    );
    expect(constants.filter((name) => !exportNames.has(name))).toEqual([]);
    // A code span holding a whole generated text (several words in capitals) is a rewritten name.
    // `GROUP_BÁO CÁO … _LIMITS`
    const rewritten = /[A-Z]{2,}_[^\s_]*\s.*\s\S*_[A-Z]{2,}(?![\w])/u;
    expect(spans.filter((span) => rewritten.test(span))).toEqual([]);
    expect(rewritten.test('GROUP_BÁO CÁO THÁNG 01/2025 _LIMITS')).toBe(true);
  });
});
