// The problems of the places module. Each is declared with defineProblem and raised with raise().
import { defineProblem } from '../problem.js';

export const unknownPlace = defineProblem({
  code: 'unknown_place',
  severity: 'error',
  summary: {
    vi: 'Một mã địa bàn (tỉnh, xã, thôn …) không có trong danh sách địa bàn.',
    en: 'A place id (province, commune, village …) that is not in the list of places.',
  },
  example: { placeId: 'bon-bu-sir' },
  vi: (p: { placeId: string }) => `Không có địa bàn "${p.placeId}" trong danh sách địa bàn.`,
  en: (p) => `Place "${p.placeId}" is not in the list of places.`,
});
