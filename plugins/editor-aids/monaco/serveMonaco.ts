import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { MONACO_VERSION } from './version'

/** Monaco's prebuilt AMD build inside the installed package. */
const MIN_VS = path.join(process.cwd(), 'node_modules', 'monaco-editor', 'min', 'vs')

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
}

export interface MonacoFile {
  status: 200 | 404
  body: Buffer | string
  headers: Record<string, string>
}

const notFound = (): MonacoFile => ({
  status: 404,
  body: 'Not found',
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
})

/**
 * One file of Monaco's build, so the admin's code editors load from this
 * server and keep working without the internet. Only files of the pinned
 * version, only the types Monaco has, never a path outside its folder.
 */
export const monacoFile = async (version: string, segments: readonly string[]): Promise<MonacoFile> => {
  if (version !== MONACO_VERSION || segments.length === 0 || segments[0] !== 'vs') return notFound()
  const relative = segments.slice(1)
  if (relative.some((s) => s === '' || s === '.' || s === '..' || s.includes('\0') || s.includes('\\')))
    return notFound()
  const file = path.join(MIN_VS, ...relative)
  const type = TYPES[path.extname(file)]
  if (!type || !file.startsWith(MIN_VS + path.sep)) return notFound()
  const body = await readFile(file).catch(() => null)
  if (!body) return notFound()
  return {
    status: 200,
    body,
    headers: {
      'Content-Type': type,
      // The version is in the address: a new Monaco is a new address.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  }
}
