import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_DIR, sampleFiles } from '../../scripts/generate-examples.js';
import {
  composeTeam,
  MAX_TEAM_FILE_LENGTH,
  parseTeam,
  serializeTeam,
  type Team,
  TeamListsSchema,
  TeamSchema,
  TemplateSchema,
} from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();
const codes = (input: unknown) =>
  parseTeam(input)
    ._unsafeUnwrapErr()
    .map((p) => `${p.code} @ ${p.path.join('.')}`);

describe('parseTeam', () => {
  it('reads the bundled sample, which composeTeam builds from its lists', () => {
    const files = sampleFiles();
    // Compared as JSON values: the committed files are formatted by Biome.
    for (const [name, text] of Object.entries(files)) {
      expect(JSON.parse(readFileSync(`${SAMPLE_DIR}${name}`, 'utf8')), name).toEqual(
        JSON.parse(text),
      );
    }
    const parsed = parseTeam(files['team.json'])._unsafeUnwrap();
    expect({ ...parsed, $schema: undefined }).toEqual({ ...team, $schema: undefined });
    const lists = TeamListsSchema.parse(JSON.parse(files['lists.json'] ?? ''));
    const template = TemplateSchema.parse(JSON.parse(files['template.json'] ?? ''));
    expect(composeTeam(template, lists)._unsafeUnwrap().team).toEqual(team);
  });

  it('normalises decomposed (NFD) text to NFC', () => {
    const nfd = serializeTeam(team).normalize('NFD');
    expect(nfd).not.toBe(serializeTeam(team));
    expect(parseTeam(nfd)._unsafeUnwrap()).toEqual(team);
  });

  it('fills defaults for left-out fields', () => {
    const minimal = {
      schemaVersion: 1,
      id: 't',
      name: { vi: 'Tổ', en: 'Team' },
      scope: 'commune',
      communes: [{ placeId: 'x' }],
      from: '2022-07-27',
    };
    expect(parseTeam(minimal)._unsafeUnwrap().seats).toEqual([]);
  });

  it('reports wrong types, unknown and missing fields with their paths', () => {
    const bad = JSON.parse(serializeTeam(team)) as Record<string, unknown> & { seats: unknown[] };
    bad.schemaVersion = 2;
    bad.from = '27/7/2022';
    bad.colour = 'red';
    bad.seats[0] = { ...(bad.seats[0] as object), role: 'boss' };
    delete bad.name;
    expect(codes(bad)).toEqual([
      'invalid_value @ schemaVersion',
      'missing_field @ name',
      'invalid_date @ from',
      'invalid_value @ seats.0.role',
      'unknown_field @ colour',
    ]);
    expect(codes({ ...team, people: 'nobody' })).toEqual(['invalid_type @ people']);
  });

  it('reports junk without throwing', () => {
    expect(codes('')).toEqual(['invalid_json @ ']);
    expect(codes('[1, 2')).toEqual(['invalid_json @ ']);
    expect(codes(null)).toEqual(['invalid_type @ ']);
    expect(codes(`"${'x'.repeat(10)}"`)).toEqual(['invalid_type @ ']);
    const tenMegabytes = '\u0000{junk]'.repeat((10 * 1024 * 1024) / 7);
    expect(tenMegabytes.length).toBeGreaterThan(MAX_TEAM_FILE_LENGTH);
    expect(codes(tenMegabytes)).toEqual(['input_too_large @ ']);
    const junkObject = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`junk${i}`, i]));
    const many = parseTeam({ ...team, ...junkObject })._unsafeUnwrapErr();
    expect(many).toHaveLength(101);
    expect(many[100]?.message.en).toBe('… and 400 more problems (only 100 listed).');
    for (const p of many) expect(p.message.vi.length).toBeGreaterThan(0);
  });
});

describe('serializeTeam', () => {
  const text = fc
    .string({ minLength: 1, maxLength: 12, unit: 'grapheme' })
    .filter((s) => s.normalize('NFC').trim().length > 0);
  const date = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10) as Team['from']);
  const person = fc.record(
    {
      id: text,
      name: text,
      gender: fc.constantFrom('female' as const, 'male' as const),
      memberOf: fc.array(text, { maxLength: 2 }),
      note: text,
    },
    { requiredKeys: ['id', 'name', 'memberOf'] },
  );
  const holding = fc.record(
    { seatId: text, personId: text, from: date, to: date, decisionId: text, source: text },
    { requiredKeys: ['seatId', 'personId', 'from'] },
  );
  const arbitraryTeam = fc
    .record(
      {
        people: fc.array(person, { maxLength: 4 }),
        seatHoldings: fc.array(holding, { maxLength: 4 }),
        note: text,
        to: date,
      },
      { requiredKeys: ['people', 'seatHoldings'] },
    )
    .map((changes) => ({ ...team, ...changes }));

  it('round-trips exactly through parseTeam', () => {
    fc.assert(
      fc.property(arbitraryTeam, (input) => {
        const canonical = parseTeam(serializeTeam(input as Team))._unsafeUnwrap();
        const written = serializeTeam(canonical);
        const again = parseTeam(written)._unsafeUnwrap();
        expect(again).toEqual(canonical);
        expect(serializeTeam(again)).toBe(written);
      }),
      { numRuns: 50 },
    );
  });
});

describe('a parsed team is checked once', () => {
  it('is not checked again by the functions it is handed to; a changed copy is', () => {
    const parsed = parseTeam(serializeTeam(team))._unsafeUnwrap();
    const spy = vi.spyOn(TeamSchema, 'safeParse');
    try {
      serializeTeam(parsed);
      serializeTeam(parsed);
      expect(spy).not.toHaveBeenCalled();
      const changed = { ...parsed, seats: [...parsed.seats] };
      serializeTeam(changed);
      serializeTeam(changed);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(() => serializeTeam({ ...parsed, seats: 'none' } as never)).toThrow(/"team"/u);
    } finally {
      spy.mockRestore();
    }
  });
});
