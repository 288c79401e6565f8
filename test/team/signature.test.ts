import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  type SignatureInput,
  SignatureSchema,
  signatureLines,
} from '../../src/index.js';
import { parseWithSchema } from '../../src/problems/input.js';

const PC = 'Ủy ban nhân dân';
const CHAIR = 'Chủ tịch';

describe('signatureLines: every block Nghị định 30/2020 allows', () => {
  it.each([
    [[], 'Chủ tịch', ['CHỦ TỊCH']],
    [[['TM', PC]], 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [
      [
        ['TM', PC],
        ['KT', CHAIR],
      ],
      'Phó Chủ tịch',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ],
    [
      [
        ['TM', PC],
        ['Q', CHAIR],
      ],
      undefined,
      ['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH'],
    ],
    [[['KT', CHAIR]], 'Phó Chủ tịch', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [[['Q', CHAIR]], undefined, ['Q. CHỦ TỊCH']],
    [[['TL', CHAIR]], 'Chánh Văn phòng', ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']],
    [
      [
        ['TL', CHAIR],
        ['KT', 'Chánh Văn phòng'],
      ],
      'Phó Chánh Văn phòng',
      ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
    ],
    [
      [['TUQ', CHAIR]],
      'Trưởng phòng Văn hóa - Xã hội',
      ['TUQ. CHỦ TỊCH', 'TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI'],
    ],
  ] as const)('%j, title %s', (lines, title, expected) => {
    const signature: SignatureInput = {
      authorities: lines.map(([prefix, authority]) => ({ prefix, authority })),
      ...(title === undefined ? {} : { title }),
      name: 'Trần Đình Tuấn',
    };
    expect(signatureLines(SignatureSchema.parse(signature))).toEqual({
      lines: [...expected],
      name: 'Trần Đình Tuấn',
    });
  });

  it('marks a made-up signer', () => {
    const signature = SignatureSchema.parse({
      title: CHAIR,
      name: 'Hoàng Minh Đức',
      illustrative: true,
    });
    expect(signatureLines(signature).name).toBe('Hoàng Minh Đức (minh họa)');
  });

  it('accepts exactly the allowed orders of prefixes, and says why another is refused', () => {
    const allowed = new Set(['', 'TM', 'TM KT', 'TM Q', 'KT', 'Q', 'TL', 'TL KT', 'TUQ']);
    const prefix = fc.constantFrom('TM', 'KT', 'Q', 'TL', 'TUQ');
    fc.assert(
      fc.property(fc.array(prefix, { maxLength: 3 }), (prefixes) => {
        const order = prefixes.join(' ');
        const acting = prefixes.at(-1) === 'Q';
        const input = {
          authorities: prefixes.map((p) => ({ prefix: p, authority: CHAIR })),
          ...(acting ? {} : { title: 'Phó Chủ tịch' }),
          name: 'A',
        };
        const parsed = parseWithSchema(SignatureSchema, input, ['signature']);
        expect(parsed.isOk()).toBe(allowed.has(order));
        if (parsed.isErr()) {
          expect(parsed.error.map((p) => [p.code, p.path.join('.')])).toEqual([
            ['invalid_signature', 'signature.authorities'],
          ]);
          expect(parsed.error[0]?.message.vi).toContain('không đúng thứ tự');
        }
      }),
    );
  });

  it('requires a title except after Q., and refuses one after Q.', () => {
    const codes = (input: object) =>
      parseWithSchema(SignatureSchema, input, [])
        .map(() => [])
        .unwrapOr(['invalid_signature']);
    expect(codes({ authorities: [{ prefix: 'KT', authority: CHAIR }], name: 'A' })).toEqual([
      'invalid_signature',
    ]);
    expect(
      codes({ authorities: [{ prefix: 'Q', authority: CHAIR }], title: 'Phó Chủ tịch', name: 'A' }),
    ).toEqual(['invalid_signature']);
    expect(() => signatureLines({ authorities: [], name: 'A' } as never)).toThrow(
      InvalidArgumentError,
    );
  });
});
