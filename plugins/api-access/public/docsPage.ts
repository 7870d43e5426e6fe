import type { openApiDocument } from './openapi'

type Document = ReturnType<typeof openApiDocument>
type Parameter = { name: string; in: string; description?: string; schema?: Record<string, unknown> }
type Schema = { type?: unknown; enum?: unknown[]; anyOf?: Schema[]; items?: Schema; description?: string }

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const typeOf = (schema: Schema | undefined): string => {
  if (!schema) return ''
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ')
  if (schema.enum) return schema.enum.map((v) => (v === null ? 'null' : `"${String(v)}"`)).join(' | ')
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'object')
  return schema.items ? `${typeOf(schema.items)}[]` : type
}

/** A paragraph of the document's Markdown-ish text: `code` spans only. */
const prose = (text: unknown) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')

/**
 * The public API's reference as one HTML page, rendered on the server from
 * the OpenAPI document itself: no script, nothing from a CDN, readable on a
 * slow phone, and never out of step with the document.
 */
export const docsPage = (document: Document, openApiPath: string): string => {
  const schemas = document.components.schemas as Record<string, { properties?: Record<string, Schema> }>
  const sections = Object.entries(document.paths as Record<string, { get: Record<string, unknown> }>).map(
    ([path, { get }]) => {
      const parameters = (get.parameters as Parameter[]).filter((p) => p.in !== 'header')
      const response = (
        get.responses as Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>
      )['200']
      const ref = response?.content?.['application/json']?.schema?.$ref?.split('/').at(-1)
      const itemName = ref?.endsWith('List') ? ref.slice(0, -4) : path.endsWith('{id}') ? undefined : ref
      const fields = itemName ? schemas[itemName]?.properties : undefined
      return `<section id="${escape(get.operationId)}">
  <h2><span class="method">GET</span> <code>/api${escape(path)}</code></h2>
  <p>${prose(get.description ?? get.summary)}</p>
  <table><thead><tr><th>parameter</th><th>type</th><th>what</th></tr></thead><tbody>
  ${parameters.map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(typeOf(p.schema as Schema))}</td><td>${prose(p.description)}</td></tr>`).join('\n  ')}
  </tbody></table>
  ${
    fields
      ? `<details><summary>Fields of each row (${escape(itemName)})</summary><table><tbody>
  ${Object.entries(fields)
    .map(
      ([name, s]) =>
        `<tr><td><code>${escape(name)}</code></td><td>${escape(typeOf(s))}</td><td>${prose(s.description)}</td></tr>`,
    )
    .join('\n  ')}
  </tbody></table></details>`
      : ''
  }
</section>`
    },
  )
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.info.title)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
code{font:0.9em ui-monospace,monospace;background:#f2f2f2;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
.method{background:#0b6e4f;color:#fff;border-radius:3px;padding:0 .4em;font-size:.8em}h2{font-size:1.1rem;margin-top:2rem}
</style></head><body>
<h1>${escape(document.info.title)} <small>v${escape(document.info.version)}</small></h1>
<p>${prose(document.info.description)}</p>
<p>Machine-readable: <a href="/api${escape(openApiPath)}">OpenAPI 3.1 document</a>. Errors are
<code>{"errors":[{"message","field"}],"requestId"}</code> with 400 naming the parameter. Every answer carries an
<code>ETag</code>: send it back as <code>If-None-Match</code> to get 304 when nothing changed.</p>
<p>Example: <code>curl -s 'http://localhost:3000/api/public/v1/resources?limit=2&amp;fields=title,status&amp;locale=ur'</code></p>
${sections.join('\n')}
</body></html>`
}
