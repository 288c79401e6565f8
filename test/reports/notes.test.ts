// Results, obstacles and proposals as they travel up the chain: the origin of each kept, and each
// listed once however many reports carry it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report, ReportNote } from '../../src/index.js';
import { carriedNotes, onceEach, ownNote, villageOfSeat } from '../../src/reports/notes.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();

describe('the origin of a note', () => {
  it('is the village of a village head’s seat, and none for another seat or an unknown one', () => {
    expect(villageOfSeat(team, 'village-heads/bon-bu-sir')).toBe('bon-bu-sir');
    expect(villageOfSeat(team, 'deputies/farmers')).toBeUndefined();
    expect(villageOfSeat(team, 'ghost')).toBeUndefined();
  });

  it('is written into a seat’s own note, with its village when it has one', () => {
    expect(ownNote('Đã xong', 'village-heads/bon-bu-sir', 'bon-bu-sir')).toEqual({
      text: 'Đã xong',
      from: 'village-heads/bon-bu-sir',
      place: 'bon-bu-sir',
    });
    expect(ownNote('Đã xong', 'leader/1', undefined)).toEqual({
      text: 'Đã xong',
      from: 'leader/1',
    });
  });

  it('is kept as notes are carried: the sender and its village for a note that names none', () => {
    const received = [
      {
        from: 'village-heads/bon-bu-sir',
        results: [{ text: 'a' }, { text: 'b', from: 'village-heads/thon-nam-ra' }],
      },
      {
        from: 'deputies/farmers',
        results: [{ text: 'c' }, { text: 'd', from: 'x', place: 'thon-nam-ra' }],
      },
    ] as unknown as Report[];
    expect(carriedNotes(team, received, (r) => r.results)).toEqual([
      { text: 'a', from: 'village-heads/bon-bu-sir', place: 'bon-bu-sir' },
      { text: 'b', from: 'village-heads/thon-nam-ra' },
      { text: 'c', from: 'deputies/farmers' },
      { text: 'd', from: 'x', place: 'thon-nam-ra' },
    ]);
  });
});

describe('onceEach', () => {
  const note: fc.Arbitrary<ReportNote> = fc.record(
    {
      text: fc.constantFrom('a', 'b'),
      from: fc.constantFrom('s1', 's2'),
      place: fc.constantFrom('v1', 'v2'),
    },
    { requiredKeys: ['text'] },
  );
  const key = (n: ReportNote) => JSON.stringify([n.from ?? '', n.place ?? '', n.text]);

  it('keeps the first of each seat, village and text, in the order given', () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 12 }), (notes) => {
        const once = onceEach(notes);
        expect(new Set(once.map(key)).size).toBe(once.length);
        expect(new Set(once.map(key))).toEqual(new Set(notes.map(key)));
        const firsts = notes.filter((n, i) => notes.findIndex((m) => key(m) === key(n)) === i);
        expect(once).toEqual(firsts);
      }),
      { numRuns: 300 },
    );
  });
});
