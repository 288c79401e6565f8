/**
 * The input contract of the report renderers: typed arguments are checked, the options are
 * bounded, exported constants cannot be changed, and a group message split into parts always
 * fits the length asked for without losing a character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_COLUMNS, renderReportCsv } from '../../src/csv/index.js';
import {
  GROUP_MESSAGE_LIMITS,
  InvalidArgumentError,
  PILLAR_LABELS,
  renderCommuneReport,
  renderGroupMessage,
  renderReportMarkdown,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';
import { sampleMonth } from './sample-month.js';

const team = dakNia2022Team();
const { leader } = sampleMonth();

describe('report renderers check their arguments', () => {
  it('refuses a document number that is not a whole number from 1', () => {
    for (const number of [-1.5, 0, 1.5, Number.NaN, 1e9, '5']) {
      expect(
        renderCommuneReport(team, leader, { number } as never)._unsafeUnwrapErr(),
      ).toMatchObject({ code: 'invalid_argument', params: { argument: 'options.number' } });
    }
    expect(renderCommuneReport(team, leader, { number: 5 }).isOk()).toBe(true);
  });
  it('refuses a team or report that does not conform', () => {
    expect(renderCommuneReport({} as never, leader, { number: 1 })._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    expect(() => renderReportMarkdown(team, { ...leader, kind: 'weekly' } as never)).toThrow(
      InvalidArgumentError,
    );
    expect(() => renderGroupMessage(team, leader, { platform: 'telegram' as never })).toThrow(
      InvalidArgumentError,
    );
    expect(() => renderGroupMessage(team, leader, { maxLength: 5 })).toThrow(InvalidArgumentError);
    expect(() => renderReportCsv(team, leader, { delimiter: '\t' as never })).toThrow(
      InvalidArgumentError,
    );
  });
  it('keeps its constants frozen', () => {
    for (const constant of [
      GROUP_MESSAGE_LIMITS,
      PILLAR_LABELS,
      PILLAR_LABELS.foundation,
      REPORT_CSV_COLUMNS,
    ]) {
      expect(Object.isFrozen(constant)).toBe(true);
    }
  });
});

describe('renderGroupMessage parts', () => {
  const whole = renderGroupMessage(team, leader, { maxLength: 100_000 })[0] ?? '';
  it('fit any length asked for, numbered, with every character kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 2500 }), (maxLength) => {
        const parts = renderGroupMessage(team, leader, { maxLength });
        for (const [i, part] of parts.entries()) {
          expect(part.length).toBeLessThanOrEqual(maxLength);
          if (parts.length > 1) expect(part.startsWith(`(${i + 1}/${parts.length})\n`)).toBe(true);
        }
        const text = parts.map((p) => (parts.length > 1 ? p.slice(p.indexOf('\n') + 1) : p));
        expect(text.join('').replace(/\s/gu, '')).toBe(whole.replace(/\s/gu, ''));
      }),
      { numRuns: 60 },
    );
  });
});
