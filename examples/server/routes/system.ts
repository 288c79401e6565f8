/** Health, readiness and the API's own description. */
import { json, operation } from '../operation.js';
import { HealthSchema, ReadySchema } from '../schemas.js';
import { SCHEMA_VERSION } from '../store/migrations.js';

/** The operations that describe and check the server itself. */
export function systemOperations(document: () => unknown, reference: () => string) {
  return [
    operation({
      id: 'getHealth',
      method: 'get',
      path: '/health',
      tag: 'system',
      auth: false,
      summary: { vi: 'Máy chủ đang chạy', en: 'The server is running' },
      access: { vi: 'Không cần mã.', en: 'No token needed.' },
      responses: { 200: { description: { vi: 'Đang chạy', en: 'Running' }, schema: HealthSchema } },
      handle: async () => json({ status: 'ok' }),
    }),
    operation({
      id: 'getReady',
      method: 'get',
      path: '/ready',
      tag: 'system',
      auth: false,
      summary: {
        vi: 'Máy chủ sẵn sàng: cơ sở dữ liệu trả lời và đã cập nhật',
        en: 'The server is ready: the database answers and is up to date',
      },
      access: { vi: 'Không cần mã.', en: 'No token needed.' },
      responses: {
        200: { description: { vi: 'Sẵn sàng', en: 'Ready' }, schema: ReadySchema },
        503: { description: { vi: 'Chưa sẵn sàng', en: 'Not ready' }, schema: ReadySchema },
      },
      handle: async ({ env }) => {
        const up = await env.store.ping();
        const version = up ? await env.store.schemaVersion().catch(() => 0) : 0;
        const ready = up && version === SCHEMA_VERSION;
        return json(
          {
            status: ready ? 'ready' : 'not_ready',
            engine: env.store.engine,
            schemaVersion: version,
          },
          ready ? 200 : 503,
        );
      },
    }),
    operation({
      id: 'getOpenApi',
      method: 'get',
      path: '/openapi.json',
      tag: 'system',
      auth: false,
      summary: { vi: 'Tài liệu OpenAPI 3.1 của máy chủ', en: 'The server’s OpenAPI 3.1 document' },
      access: { vi: 'Không cần mã.', en: 'No token needed.' },
      responses: { 200: { description: { vi: 'Tài liệu', en: 'The document' } } },
      handle: async () => json(document()),
    }),
    operation({
      id: 'getReference',
      method: 'get',
      path: '/docs',
      tag: 'system',
      auth: false,
      summary: { vi: 'Trang tra cứu API', en: 'The API reference page' },
      access: { vi: 'Không cần mã.', en: 'No token needed.' },
      responses: {
        200: { description: { vi: 'Trang HTML', en: 'The HTML page' }, contentType: 'text/html' },
      },
      handle: async () => ({
        status: 200,
        body: reference(),
        contentType: 'text/html; charset=utf-8',
      }),
    }),
  ];
}
