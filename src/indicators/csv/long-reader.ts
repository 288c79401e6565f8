// Reading the rows of a long CSV file into data values, one per indicator, place and period.
import {
  duplicateQuantity,
  emptyCell,
  invalidNumber,
  invalidQuantity,
  missingQuantity,
} from '../../problems/catalogue/indicators.js';
import { type Problem, raise } from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import type { QuantityName } from '../definition.js';
import { readPeriodId } from '../period-id.js';
import type { ValueLookups } from '../value.js';
import { indicatorRef, periodWords, placeRef } from '../words.js';
import { readNumber } from './cells.js';
import type { CsvOrigin } from './located.js';
import type { CsvRow, CsvTable } from './table.js';

/** The columns of the long layout. */
type LongColumn =
  | 'indicator'
  | 'place'
  | 'period'
  | 'quantity'
  | 'value'
  | 'reportedBy'
  | 'reportedAt';

/** Where the fields of a value of a long file come from: its first row, and each quantity's. */
class LongOrigin implements CsvOrigin {
  numerator?: CsvRow;
  denominator?: CsvRow;

  constructor(
    private readonly first: CsvRow,
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  get line(): number {
    return this.first.line;
  }

  at(field: string) {
    const quantity = field === 'numerator' || field === 'denominator' ? this[field] : undefined;
    // A quantity with no row of its own is missing: point at the quantity of the first row.
    const row = quantity ?? this.first;
    const column = quantity
      ? 'value'
      : field === 'numerator' || field === 'denominator'
        ? 'quantity'
        : field;
    const c = this.columns.get(column);
    return c === undefined ? undefined : { line: row.line, column, text: row.cells[c] ?? '' };
  }
}

/** The values of a long file as they are gathered: one per indicator, place and period. */
interface Gathered {
  readonly value: Record<string, unknown>;
  readonly origin: LongOrigin;
  /** Whether a row of the value could not be read (the value is then not checked further). */
  broken: boolean;
}

/** What one row of a long file says. */
interface LongRow {
  readonly key: string;
  readonly quantity: QuantityName;
  readonly amount: number | undefined;
  /** Whether every cell could be read. */
  readonly readable: boolean;
}

/** Reads the rows of a long file, each into the value of its indicator, place and period. */
class LongReader {
  readonly problems: Problem<string>[] = [];
  readonly byKey = new Map<string, Gathered>();
  private readonly at: Record<LongColumn, number>;

  constructor(
    private readonly table: CsvTable,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly lookups: ValueLookups,
  ) {
    const at = (name: string) => columns.get(name) ?? -1;
    this.at = {
      indicator: at('indicator'),
      place: at('place'),
      period: at('period'),
      quantity: at('quantity'),
      value: at('value'),
      reportedBy: at('reportedBy'),
      reportedAt: at('reportedAt'),
    };
  }

  private cell(row: CsvRow, name: keyof LongReader['at']): string {
    return row.cells[this.at[name]] ?? '';
  }

  /** The cells of a row; problems of its cells are reported as they are found. */
  private readRow(row: CsvRow, report: boolean): LongRow {
    const { line } = row;
    let readable = true;
    const indicator = this.cell(row, 'indicator').trim();
    const place = this.cell(row, 'place').trim();
    const period = this.cell(row, 'period').trim();
    for (const [name, text] of [
      ['indicator', indicator],
      ['place', place],
      ['period', period],
    ] as const) {
      if (text !== '') continue;
      readable = false;
      if (report)
        this.problems.push(raise(emptyCell, [line, name], { line, column: name, expected: name }));
    }
    const quantity = this.cell(row, 'quantity').trim();
    if (quantity !== 'numerator' && quantity !== 'denominator') {
      readable = false;
      const cell = excerpt(this.cell(row, 'quantity'));
      if (report)
        this.problems.push(
          raise(invalidQuantity, [line, 'quantity'], { line, column: 'quantity', cell }),
        );
    }
    const amount = readNumber(this.cell(row, 'value'), this.table.delimiter);
    if (amount === undefined) {
      readable = false;
      const cell = excerpt(this.cell(row, 'value'));
      const delimiter = this.table.delimiter;
      if (report)
        this.problems.push(
          raise(invalidNumber, [line, 'value'], { line, column: 'value', cell, delimiter }),
        );
    }
    const key =
      indicator === '' || place === '' || period === ''
        ? ''
        : `${indicator}\u0000${place}\u0000${period}`;
    return { key, quantity: quantity as QuantityName, amount, readable };
  }

  /** A value's first row: its key, who reported it and when. */
  private start(row: CsvRow): Gathered {
    const value: Record<string, unknown> = {
      indicator: this.cell(row, 'indicator').trim(),
      place: this.cell(row, 'place').trim(),
      period: this.cell(row, 'period').trim(),
    };
    const reportedBy = this.cell(row, 'reportedBy').trim();
    const reportedAt = this.cell(row, 'reportedAt').trim();
    if (reportedBy !== '') value.reportedBy = reportedBy;
    if (reportedAt !== '') value.reportedAt = reportedAt;
    return { value, origin: new LongOrigin(row, this.columns), broken: false };
  }

  /** Adds a row to its value. */
  add(row: CsvRow): void {
    const read = this.readRow(row, true);
    if (read.key === '') return;
    let gathered = this.byKey.get(read.key);
    if (gathered === undefined) {
      gathered = this.start(row);
      this.byKey.set(read.key, gathered);
    }
    if (!read.readable || read.amount === undefined) {
      gathered.broken = true;
      return;
    }
    const first = gathered.origin[read.quantity];
    if (first !== undefined) {
      this.problems.push(duplicateRow(row.line, read.quantity, first.line, gathered, this.lookups));
      gathered.broken = true;
      return;
    }
    gathered.value[read.quantity] = read.amount;
    gathered.origin[read.quantity] = row;
  }

  /** Leaves out the value of a row refused for its cell count (its other rows say nothing alone). */
  refuse(row: CsvRow): void {
    const gathered = this.byKey.get(this.readRow(row, false).key);
    if (gathered) gathered.broken = true;
  }
}

export function gather(
  table: CsvTable,
  columns: ReadonlyMap<string, number>,
  lookups: ValueLookups,
): { problems: Problem<string>[]; values: Gathered[] } {
  const reader = new LongReader(table, columns, lookups);
  for (const row of table.rows) reader.add(row);
  for (const row of table.rejected) reader.refuse(row);
  const values = [...reader.byKey.values()];
  for (const gathered of values) {
    if (!gathered.broken && gathered.origin.numerator === undefined) {
      reader.problems.push(noNumerator(gathered, lookups));
      gathered.broken = true;
    }
  }
  return { problems: reader.problems, values };
}

/** A value with a denominator line and no numerator line. */
function noNumerator(gathered: Gathered, lookups: ValueLookups): Problem<'missing_quantity'> {
  const { indicator, place, period } = gathered.value as Record<
    'indicator' | 'place' | 'period',
    string
  >;
  const line = gathered.origin.denominator?.line ?? gathered.origin.line;
  return raise(missingQuantity, [line, 'quantity'], {
    line,
    column: 'quantity',
    indicator: indicatorRef(indicator, lookups.indicators.get(indicator)),
    place: placeRef(place, lookups.places.get(place)),
    periodLabel: periodWords(period, readPeriodId(period).unwrapOr(undefined)),
  });
}

function duplicateRow(
  line: number,
  quantity: QuantityName,
  first: number,
  gathered: Gathered,
  lookups: ValueLookups,
): Problem<'duplicate_quantity'> {
  const { indicator, place, period } = gathered.value as Record<
    'indicator' | 'place' | 'period',
    string
  >;
  return raise(duplicateQuantity, [line, 'quantity'], {
    line,
    column: 'quantity',
    quantity,
    indicator: indicatorRef(indicator, lookups.indicators.get(indicator)),
    place: placeRef(place, lookups.places.get(place)),
    periodLabel: periodWords(period, readPeriodId(period).unwrapOr(undefined)),
    first,
  });
}
