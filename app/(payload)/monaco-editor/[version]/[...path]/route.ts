import { monacoFile } from '../../../../../plugins/editor-aids/monaco/serveMonaco'

/** Monaco's files for the admin's code and JSON editors, served by the CMS itself (no CDN). */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ version: string; path: string[] }> },
): Promise<Response> => {
  const { version, path } = await params
  const file = await monacoFile(version, path)
  return new Response(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), {
    status: file.status,
    headers: file.headers,
  })
}
