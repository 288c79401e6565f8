/**
 * Exchange with DHIS2: the sample month of Đắk Nia (January 2025, illustrative figures) sent as a
 * DHIS2 `dataValueSet` with the data set's completion, then read back into the library's values.
 * Ids are written as codes (`idScheme: 'CODE'`); give `dataElements` and `orgUnits` to map them
 * to DHIS2 UIDs instead. Run: `npx tsx examples/08-exchange-with-dhis2.ts`.
 */
import {
  BUILT_IN_INDICATORS,
  parseDhis2DataValueSet,
  toDhis2CompleteDataSetRegistrations,
  toDhis2DataValueSet,
} from 'to-cong-nghe-so';
import { dakNia2022Team, dakNiaJanuary2025 } from 'to-cong-nghe-so/samples';

const team = dakNia2022Team();
const month = dakNiaJanuary2025();
const set = toDhis2DataValueSet(month.values, { idScheme: 'CODE' });
const registrations = toDhis2CompleteDataSetRegistrations(month.values, {
  idScheme: 'CODE',
  dataSet: 'TCNS_MONTHLY',
});

console.log(`Gửi lên DHIS2 / Sent to DHIS2: ${set.dataValues.length} dataValues`);
for (const value of set.dataValues.slice(0, 3)) console.log(`  ${JSON.stringify(value)}`);
console.log(
  `Hoàn thành / Completed: ${registrations.completeDataSetRegistrations.length} registrations, e.g.`,
);
console.log(`  ${JSON.stringify(registrations.completeDataSetRegistrations[0])}`);

// Read back, as a province would import it from its DHIS2.
const read = parseDhis2DataValueSet(JSON.parse(JSON.stringify(set)), {
  idScheme: 'CODE',
  catalogue: BUILT_IN_INDICATORS,
  places: team.places,
});
read.match(
  (values) => {
    const key = (v: { indicator: string; place: string; period: string }) =>
      `${v.indicator}|${v.place}|${v.period}`;
    const sent = new Set(month.values.map(key));
    const same = values.length === month.values.length && values.every((v) => sent.has(key(v)));
    console.log(`Đọc lại / Read back: ${values.length} values, the same as sent: ${same}`);
  },
  (problems) => {
    for (const problem of problems) console.log(`  ${problem.message.vi} / ${problem.message.en}`);
  },
);
