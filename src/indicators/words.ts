// How the indicators module names things in its problems: indicators by their names, places by
// their written names, periods by their labels, each with its id in parentheses.
import { type Period, periodLabel } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import { placeLabel } from '../places/query.js';
import type { NamedRef } from '../problems/words.js';
import type { Label } from '../text/label.js';
import type { Indicator } from './definition.js';

const NO_LABEL: Label = { vi: '', en: '' };

/** An indicator as messages name it: its name, with its code in parentheses. */
export function indicatorRef(code: string, indicator?: Indicator): NamedRef {
  return { id: code, label: indicator ? { ...indicator.name } : NO_LABEL };
}

/** A place as messages name it: its written name ("thôn 1"), with its id in parentheses. */
export function placeRef(id: string, place?: Place): NamedRef {
  return { id, label: place ? placeLabel(place) : NO_LABEL };
}

/** A period's label ("tháng 10 năm 2026"), or its id when it cannot be read. */
export function periodWords(id: string, period?: Period): Label {
  return period ? periodLabel(period) : { vi: `kỳ ${id}`, en: `period ${id}` };
}
