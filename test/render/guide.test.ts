import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GUIDES_WITH_SAMPLES,
  sampleBlocks,
  withSamples,
} from '../../scripts/generate-guide-samples.js';
import { lib } from '../support/package.js';

/** The inline code spans of a guide, outside fenced blocks. */
function codeSpans(guide: string): string[] {
  return guide.replace(/```[\s\S]*?```/gu, '').match(/`[^`]+`/gu) ?? [];
}

describe.each(GUIDES_WITH_SAMPLES.map((path) => [path, readFileSync(path, 'utf8')] as const))(
  'the guide %s',
  (_, guide) => {
    it('shows the outputs the library gives today (npm run docs:samples)', () => {
      expect(sampleBlocks(guide).length).toBeGreaterThan(0);
      expect(withSamples(guide)).toBe(guide);
    });

    it('has no code span running over lines, as a text pasted into an identifier would', () => {
      expect(codeSpans(guide).filter((span) => span.includes('\n'))).toEqual([]);
    });

    it('names only constants and schemas the package exports', () => {
      const names = codeSpans(guide)
        .map((span) => span.slice(1, -1))
        .filter((name) => /^[A-Z][A-Z0-9_]+$/u.test(name) || /^[A-Z][A-Za-z]+Schema$/u.test(name));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !(name in lib))).toEqual([]);
    });
  },
);

describe('withSamples', () => {
  it('replaces only the text between the markers, never a word elsewhere', () => {
    const guide = [
      'Giới hạn `GROUP_MESSAGE_LIMITS` (leader-group-message):',
      '',
      '<!-- sample: leader-group-message -->',
      '',
      '```text',
      'MESSAGE',
      '```',
      '',
      '<!-- /sample -->',
      '',
    ].join('\n');
    const filled = withSamples(guide);
    expect(filled.split('\n')[0]).toBe('Giới hạn `GROUP_MESSAGE_LIMITS` (leader-group-message):');
    expect(filled).toContain('```text\n(1/2)\nBÁO CÁO CHUYỂN ĐỔI SỐ THÁNG 1 NĂM 2025\n');
    expect(filled).not.toContain('\nMESSAGE\n');
    expect(withSamples(filled)).toBe(filled);
  });

  it('refuses a block that names no sample', () => {
    expect(() =>
      withSamples('<!-- sample: nothing -->\n\n```text\nx\n```\n\n<!-- /sample -->\n'),
    ).toThrow('no sample named "nothing"');
  });
});
