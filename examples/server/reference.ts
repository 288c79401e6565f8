/**
 * A readable reference page for the API, written from the OpenAPI document: one section per
 * operation with its access rule, parameters, request and response schemas. Static HTML, no
 * script, no request to another site; its only style is hashed in the Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
h3{font-size:1rem;margin:1.5rem 0 .25rem}code,pre{font:14px/1.4 ui-monospace,monospace}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:24rem}
.m{display:inline-block;min-width:3.5rem;font-weight:bold;color:#fff;background:#35618f;padding:0 .3rem;border-radius:3px;text-align:center}
.put{background:#7a4f00}.post{background:#25662f}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left}`;

/** The Content-Security-Policy of the page: nothing but its own hashed style. */
export const REFERENCE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function escapeHtml(text: unknown): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function schemaBlock(schema: unknown): string {
  return `<details><summary>Schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

/** The reference page of an OpenAPI document. */
export function referencePage(document: Json): string {
  const info = document.info as Json;
  const paths = document.paths as Record<string, Record<string, Json>>;
  const tags = (document.tags as { name: string; description: string }[]) ?? [];
  const sections = tags.map((tag) => {
    const ops: string[] = [];
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!(op.tags as string[]).includes(tag.name)) continue;
        const parameters = (op.parameters as Json[]) ?? [];
        const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
        const responses = op.responses as Record<string, Json>;
        ops.push(`<section id="${escapeHtml(op.operationId)}">
<h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary)}</p>
<p>${escapeHtml(op.description).replaceAll('\n\n', '<br>').replaceAll('**', '')}</p>
${
  parameters.length
    ? `<table><tr><th>Tham số / Parameter</th><th>Ở / In</th><th>Bắt buộc / Required</th><th>Kiểu / Type</th></tr>${parameters
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'có / yes' : 'không / no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
        )
        .join('')}</table>`
    : ''
}
${body ? `<p>Nội dung gửi / Request body (application/json)</p>${schemaBlock((body['application/json'] as Json).schema)}` : ''}
<p>Trả lời / Responses: ${Object.entries(responses)
          .map(
            ([status, r]) =>
              `<code title="${escapeHtml(r.description)}">${escapeHtml(status)}</code>`,
          )
          .join(' ')}</p>
${Object.entries(responses)
  .filter(([status]) => status.startsWith('2'))
  .map(([status, r]) => {
    const content = r.content as Record<string, Json>;
    const schema = Object.values(content)[0]?.schema;
    return schema ? `<p>${escapeHtml(status)}</p>${schemaBlock(schema)}` : '';
  })
  .join('')}
</section>`);
      }
    }
    return `<h2 id="tag-${escapeHtml(tag.name)}">${escapeHtml(tag.description)}</h2>${ops.join('\n')}`;
  });
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p>
<p>Phiên bản / Version ${escapeHtml(info.version)} · <a href="/openapi.json">openapi.json</a></p>
<p>Xác thực / Authentication: <code>Authorization: Bearer tcns_…</code></p>
<nav><ul>${tags.map((t) => `<li><a href="#tag-${escapeHtml(t.name)}">${escapeHtml(t.description)}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
</body></html>`;
}
