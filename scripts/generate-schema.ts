/**
 * Writes the JSON Schemas of the documents a commune keeps (`schema/*.schema.json`) from the
 * library's zod schemas, so that editors complete and check them. Run with `npm run schema`; a
 * test fails when a committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  ActivitySchema,
  DataValueSchema,
  IndicatorSchema,
  IsoDateSchema,
  PeriodIdSchema,
  PlanSchema,
  ReportingScheduleSchema,
  ReportSchema,
  TargetSchema,
  TeamListsSchema,
  TeamSchema,
  TemplateSchema,
} from '../src/index.js';
import { TimestampSchema } from '../src/reports/report-schema.js';

/** One generated JSON Schema: its file name, title and zod source. */
interface SchemaFile {
  readonly file: string;
  readonly title: string;
  readonly schema: z.ZodType;
}

/** The documents that get a JSON Schema. */
export const SCHEMA_FILES: readonly SchemaFile[] = [
  {
    file: 'team',
    title: 'Tổ công nghệ số cộng đồng / Community Digital Technology Team',
    schema: TeamSchema,
  },
  {
    file: 'template',
    title: 'Mẫu thành phần tổ / Team composition template',
    schema: TemplateSchema,
  },
  {
    file: 'team-lists',
    title: 'Danh sách của xã cho composeTeam / A commune’s lists for composeTeam',
    schema: TeamListsSchema,
  },
  {
    file: 'indicators',
    title: 'Danh mục chỉ số / Indicator catalogue',
    schema: z.array(IndicatorSchema),
  },
  { file: 'targets', title: 'Chỉ tiêu / Targets', schema: z.array(TargetSchema) },
  { file: 'data-values', title: 'Số liệu / Data values', schema: z.array(DataValueSchema) },
  {
    file: 'activities',
    title: 'Hoạt động của tổ / Team activities',
    schema: z.array(ActivitySchema),
  },
  { file: 'plan', title: 'Kế hoạch và nhiệm vụ / Plan and tasks', schema: PlanSchema },
  {
    file: 'reporting-schedule',
    title: 'Lịch báo cáo / Reporting schedule',
    schema: ReportingScheduleSchema,
  },
  { file: 'report', title: 'Báo cáo / Report', schema: ReportSchema },
];

/** What the JSON Schema of some zod schemas says beyond what zod can tell. */
const EXTRA = new Map<unknown, Record<string, unknown>>([
  [
    IsoDateSchema,
    {
      format: 'date',
      pattern: '^(19\\d\\d|20\\d\\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
      description: 'YYYY-MM-DD, 1900-01-01 … 2100-12-31',
    },
  ],
  [
    PeriodIdSchema,
    {
      pattern:
        '^(19\\d\\d|20\\d\\d|2100)(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|W(0[1-9]|[1-4]\\d|5[0-3])))?$',
      description: 'Kỳ / period: 2026-10, 2026-Q4, 2026-H2, 2026, 2026-W48 (1900–2100)',
    },
  ],
  [
    TimestampSchema,
    {
      format: 'date-time',
      description: 'ISO 8601 with an offset, e.g. 2025-02-14T08:30:00+07:00',
    },
  ],
]);

/** The path of a generated file. */
export function schemaPath(file: string): string {
  return fileURLToPath(new URL(`../schema/${file}.schema.json`, import.meta.url));
}

/** The JSON Schema of one document, as text. */
export function jsonSchemaText({ file, title, schema }: SchemaFile): string {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = EXTRA.get(zodSchema);
      if (extra) Object.assign(jsonSchema, extra);
      // Every file may carry JSON Schema's own `$comment` keys, which the library ignores.
      if (jsonSchema.type === 'object' && jsonSchema.properties) {
        jsonSchema.properties.$comment = { type: 'string' };
      }
    },
  });
  // The editor hook of every file: `"$schema": "./schema/….schema.json"`.
  if (generated.type === 'object' && generated.properties) {
    generated.properties.$schema ??= { type: 'string' };
  }
  const document = {
    $id: `https://to-cong-nghe-so.github.io/to-cong-nghe-so/schema/${file}.schema.json`,
    title,
    ...generated,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const entry of SCHEMA_FILES) {
    writeFileSync(schemaPath(entry.file), jsonSchemaText(entry));
    process.stdout.write(`Wrote ${schemaPath(entry.file)}\n`);
  }
}
