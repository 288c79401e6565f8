import type { DataValue, Indicator, IsoDate, Place } from '../../src/index.js';

export function place(
  id: string,
  level: Place['level'],
  parentId?: string,
  extra: Partial<Place> = {},
): Place {
  const kind = { province: 'province', district: 'district', commune: 'commune', village: 'thon' }[
    level
  ] as Place['kind'];
  return {
    id,
    level,
    kind,
    name: id,
    parents: parentId === undefined ? [] : [{ parentId }],
    counts: [],
    ...extra,
  };
}

/** A province with one commune of three villages. */
export const PLACES: Place[] = [
  place('dak-nong', 'province'),
  place('dak-nia', 'commune', 'dak-nong'),
  place('thon-1', 'village', 'dak-nia'),
  place('thon-2', 'village', 'dak-nia'),
  place('bon-bu-sir', 'village', 'dak-nia'),
];

export const SHARE: Indicator = {
  code: 'share',
  pillar: 'digitalSociety',
  name: { vi: 'Tỷ lệ', en: 'Share' },
  unit: 'percent',
  numerator: { name: { vi: 'Tử', en: 'Numerator' }, aggregation: 'last' },
  denominator: { name: { vi: 'Mẫu', en: 'Denominator' }, aggregation: 'last' },
  direction: 'up',
  numeratorMayExceedDenominator: false,
  collectedAt: 'village',
  periodKind: 'month',
  sources: [],
};

export const FLOW: Indicator = {
  code: 'flow',
  pillar: 'foundation',
  name: { vi: 'Lượt', en: 'Flow' },
  unit: 'count',
  numerator: { name: { vi: 'Lượt', en: 'Times' }, aggregation: 'sum' },
  direction: 'up',
  numeratorMayExceedDenominator: false,
  collectedAt: 'village',
  periodKind: 'month',
  sources: [],
};

/** A data value: a count, or a ratio's two parts when a denominator is given. */
export function v(
  indicator: string,
  placeId: string,
  period: string,
  numerator: number,
  denominator?: number,
): DataValue {
  return denominator === undefined
    ? { indicator, place: placeId, period, numerator }
    : { indicator, place: placeId, period, numerator, denominator };
}

/** A derived indicator: the villages whose `share` is 100 % or more. */
export const VILLAGES_FULL = {
  ...FLOW,
  code: 'villagesFull',
  numerator: undefined,
  villagesMeeting: { indicator: 'share', threshold: { comparator: '≥', value: 100 } },
} as Indicator;

/**
 * A place that belongs to `before` until `lastDay` and to `after` from `firstDay`.
 */
export function movingPlace(
  id: string,
  level: Place['level'],
  [before, lastDay]: readonly [string, IsoDate],
  [after, firstDay]: readonly [string, IsoDate],
): Place {
  return {
    ...place(id, level),
    parents: [
      { parentId: before, to: lastDay },
      { parentId: after, from: firstDay },
    ],
  };
}

/**
 * A province of two communes, xã A and xã B, and thôn 3, which belongs to xã A until `lastDayInA`
 * and to xã B from `firstDayInB`.
 */
export function movedVillage(lastDayInA: IsoDate, firstDayInB: IsoDate): Place[] {
  return [
    place('tinh', 'province'),
    place('xa-a', 'commune', 'tinh'),
    place('xa-b', 'commune', 'tinh'),
    movingPlace('thon-3', 'village', ['xa-a', lastDayInA], ['xa-b', firstDayInB]),
  ];
}
