import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  conformingDocument,
  conformOptions,
  recordedParse,
  trusted,
} from '../../src/_internal/arguments.js';

const expected = { vi: 'một danh sách số', en: 'a list of numbers' };
const Numbers = z.array(z.number());

describe('documents checked once', () => {
  it('takes values that are not objects through the schema every time', () => {
    expect(trusted(z.string(), 'x')).toBe('x');
    expect(trusted(z.null(), null)).toBeNull();
    expect(conformingDocument(z.null(), null, 'n', expected)._unsafeUnwrap()).toBeNull();
    expect(recordedParse(z.string(), 'x')).toBeUndefined();
    expect(recordedParse(Numbers, null)).toBeUndefined();
    expect(conformingDocument(z.number(), 5, 'n', expected)._unsafeUnwrap()).toBe(5);
    expect(conformingDocument(z.number(), '5', 'n', expected)._unsafeUnwrapErr().code).toBe(
      'invalid_argument',
    );
    expect(conformingDocument(Numbers, null, 'n', expected).isErr()).toBe(true);
  });

  it('remembers a document that conforms, and never one that does not', () => {
    const good = [1, 2];
    const bad = [1, 'two'];
    for (let i = 0; i < 2; i += 1) {
      expect(conformingDocument(Numbers, good, 'n', expected)._unsafeUnwrap()).toEqual([1, 2]);
      const problem = conformingDocument(Numbers, bad, 'n', expected)._unsafeUnwrapErr();
      expect(problem.message.vi).toContain('một danh sách số');
      expect(problem.message.en).toContain('a list of numbers');
    }
    expect(recordedParse(Numbers, good)).toEqual([1, 2]);
    expect(recordedParse(Numbers, bad)).toBeUndefined();
  });

  it('checks a remembered list again once its length changed', () => {
    const list: unknown[] = [1];
    expect(conformingDocument(Numbers, list, 'n', expected).isOk()).toBe(true);
    list.push('two');
    expect(recordedParse(Numbers, list)).toBeUndefined();
    expect(conformingDocument(Numbers, list, 'n', expected).isErr()).toBe(true);
  });

  it('takes options without a prototype like any other', () => {
    const Options = z.object({ numbers: Numbers }).strict();
    const value = Object.assign(Object.create(null), { numbers: [1] });
    expect(conformOptions(Options, { numbers: Numbers }, value)._unsafeUnwrap()).toEqual({
      numbers: [1],
    });
    expect(conformOptions(Options, { numbers: Numbers }, 'none').isErr()).toBe(true);
  });
});
