import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  type PlaceKind,
  VILLAGE_HEAD_TITLES,
  villageHeadTitle,
} from '../../src/index.js';

const village = (kind: PlaceKind, name: string) => ({
  id: 'v',
  level: 'village' as const,
  kind,
  name,
  parents: [],
  counts: [],
});

describe('the titles of village heads', () => {
  it('writes "Tổ trưởng tổ dân phố", and "Trưởng" + the noun for every other kind', () => {
    expect(VILLAGE_HEAD_TITLES.toDanPho.title.vi).toBe('Tổ trưởng tổ dân phố');
    const expected: Record<string, string> = {
      thon: 'Trưởng thôn',
      bon: 'Trưởng bon',
      buon: 'Trưởng buôn',
      ban: 'Trưởng bản',
      ap: 'Trưởng ấp',
      khom: 'Trưởng khóm',
      soc: 'Trưởng sóc',
      khuPho: 'Trưởng khu phố',
    };
    for (const [kind, title] of Object.entries(expected)) {
      expect(VILLAGE_HEAD_TITLES[kind as keyof typeof VILLAGE_HEAD_TITLES].title.vi).toBe(title);
    }
    for (const entry of Object.values(VILLAGE_HEAD_TITLES)) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  it('names the head of a village by its kind', () => {
    expect(villageHeadTitle(village('toDanPho', '1'))).toBe('Tổ trưởng Tổ dân phố 1');
    expect(villageHeadTitle(village('thon', 'Tân Lập'))).toBe('Trưởng thôn Tân Lập');
    expect(villageHeadTitle(village('ap', 'Suối Mây'))).toBe('Trưởng ấp Suối Mây');
    expect(villageHeadTitle(village('thon', 'Tân Lập'), 'en')).toBe('Head of Tân Lập village');
    expect(() => villageHeadTitle(village('thon', 'A'), 'fr' as never)).toThrow(
      InvalidArgumentError,
    );
  });
});
