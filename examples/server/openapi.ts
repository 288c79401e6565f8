/**
 * The OpenAPI 3.1 document, written from the operation table and the zod schemas with
 * `z.toJSONSchema` (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
import { z } from 'zod';
import type { Operation } from './operation.js';

type Json = Record<string, unknown>;

const PROBLEM_SCHEMA: Json = {
  type: 'object',
  required: ['status', 'title', 'problems'],
  properties: {
    status: { type: 'integer' },
    title: { $ref: '#/components/schemas/Label' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'path', 'message'],
        properties: {
          code: { type: 'string' },
          path: { type: 'array', items: { type: ['string', 'integer'] } },
          message: { $ref: '#/components/schemas/Label' },
        },
      },
    },
  },
};

const ERRORS: Readonly<Record<number, string>> = {
  400: 'Yêu cầu không hợp lệ / Bad request (every problem, with its path and message)',
  401: 'Thiếu mã, mã sai, bị thu hồi, hoặc vị trí đã đổi người giữ / No token, a wrong or revoked token, or the seat changed holder',
  403: 'Không có quyền theo chuỗi báo cáo / Not allowed by the reporting chain',
  404: 'Không tìm thấy / Not found',
  409: 'Xung đột với trạng thái (báo cáo đã khóa …) / Conflict with the state (a locked report …)',
  412: 'Phiên bản đã thay đổi (If-Match) / The version changed (If-Match)',
  413: 'Nội dung quá lớn / Content too large',
  415: 'Cần application/json / application/json needed',
  429: 'Quá nhiều lần xác thực sai / Too many failed authentications',
};

/** A JSON Schema for a zod schema, its definitions lifted into the document's components. */
function schemaOf(
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Json,
  prefix: string,
): Json {
  const generated = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as Json;
  delete generated.$schema;
  const defs = generated.$defs as Record<string, Json> | undefined;
  delete generated.$defs;
  if (!defs) return generated;
  const idOf = (name: string) => `${prefix}_${name}`.replace(/[^A-Za-z0-9_.-]/gu, '_');
  const rewrite = (value: Json): Json =>
    JSON.parse(
      JSON.stringify(value).replace(
        /"#\/\$defs\/([^"]+)"/gu,
        (_, name: string) => `"#/components/schemas/${idOf(name)}"`,
      ),
    ) as Json;
  for (const [name, def] of Object.entries(defs)) components[idOf(name)] = rewrite(def);
  return rewrite(generated);
}

function isRequired(schema: z.ZodType): boolean {
  return !schema.safeParse(undefined).success;
}

function parametersOf(op: Operation, components: Json): Json[] {
  const list: Json[] = [];
  for (const [where, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || isRequired(field),
        schema: schemaOf(field, 'input', components, `${op.id}_${name}`),
      });
    }
  }
  return list;
}

/** The OpenAPI 3.1 document of the operations. */
export function openApiDocument(operations: readonly Operation[], version: string): Json {
  const components: Json = {
    Label: {
      type: 'object',
      required: ['vi', 'en'],
      properties: { vi: { type: 'string' }, en: { type: 'string' } },
    },
    Problem: PROBLEM_SCHEMA,
  };
  const paths: Record<string, Json> = {};
  for (const op of operations) {
    const responses: Json = {};
    for (const [status, spec] of Object.entries(op.responses)) {
      const type = spec.contentType ?? 'application/json';
      responses[status] = {
        description: `${spec.description.vi} / ${spec.description.en}`,
        content: {
          [type]: spec.schema
            ? { schema: schemaOf(spec.schema, 'output', components, `${op.id}_${status}`) }
            : {},
        },
      };
    }
    const errors = op.auth === false ? [400] : [400, 401, 403, 404, 409, 412, 413, 415, 429];
    for (const status of errors) {
      if (status === 412 && op.method !== 'put') continue;
      if ((status === 413 || status === 415) && !op.body) continue;
      responses[status] = {
        description: ERRORS[status],
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        },
      };
    }
    const entry: Json = {
      operationId: op.id,
      tags: [op.tag],
      summary: `${op.summary.vi} / ${op.summary.en}`,
      description: `**Quyền / Access:** ${op.access.vi}\n\n${op.access.en}`,
      parameters: [
        ...parametersOf(op, components),
        ...(op.method === 'put'
          ? [
              {
                name: 'If-Match',
                in: 'header',
                required: false,
                description: 'ETag của phiên bản đã đọc / the ETag of the version read',
                schema: { type: 'string' },
              },
            ]
          : []),
      ],
      responses,
      ...(op.auth === false ? { security: [] } : {}),
    };
    if (op.body) {
      entry.requestBody = {
        required: isRequired(op.body),
        content: {
          'application/json': { schema: schemaOf(op.body, 'input', components, `${op.id}_body`) },
        },
      };
    }
    paths[op.path] ??= {};
    (paths[op.path] as Json)[op.method] = entry;
  }
  return {
    openapi: '3.1.0',
    info: {
      title:
        'Máy chủ báo cáo Tổ công nghệ số cộng đồng / Community Digital Technology Team reporting server',
      version,
      description:
        'Số liệu, báo cáo, nhiệm vụ và tổng hợp của các Tổ công nghệ số cộng đồng; quyền theo chuỗi báo cáo. / Values, reports, tasks and roll-ups of Community Digital Technology Teams; access follows the reporting chain.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'system', description: 'Hệ thống / System' },
      { name: 'team', description: 'Tổ / Team' },
      { name: 'data', description: 'Số liệu và tổng hợp / Values and roll-ups' },
      { name: 'reports', description: 'Báo cáo / Reports' },
      { name: 'tasks', description: 'Kế hoạch và nhiệm vụ / Plans and tasks' },
      { name: 'province', description: 'Tỉnh / Province' },
    ],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'tcns_<id>_<secret>, cấp bằng lệnh quản trị / issued with the admin command',
        },
      },
    },
  };
}
