import { MONACO_BASE } from '../monaco/version'

interface AmdRequire {
  (modules: string[], onLoad: (module: unknown) => void, onError: (error: unknown) => void): void
  config: (options: { paths: Record<string, string> }) => void
}

interface MonacoGlobals {
  monaco?: { editor?: unknown }
  require?: AmdRequire
}

const globals = (): MonacoGlobals => window as unknown as MonacoGlobals

let loading: Promise<void> | null = null

const addScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = src
    script.onload = () => resolve()
    script.onerror = () => reject(new Error(`Could not load ${src}`))
    document.head.appendChild(script)
  })

/** Whether Monaco is on the page already (then Payload's editor loader takes it instead of the CDN). */
export const monacoReady = (): boolean => Boolean(globals().monaco?.editor)

/**
 * Loads Monaco from this server, once per page, and leaves it on `window.monaco`.
 * Payload's code editor (`@monaco-editor/react`, bundled inside
 * `@payloadcms/ui`, so its `loader.config` is out of reach) checks
 * `window.monaco` before it injects jsDelivr's copy: with Monaco here first,
 * nothing leaves the machine. Monaco's own entry point then sets
 * `self.MonacoEnvironment` to start its web workers from this server's files.
 */
export const loadMonaco = (): Promise<void> => {
  if (monacoReady()) return Promise.resolve()
  loading ??= (async () => {
    const w = globals()
    await addScript(`${MONACO_BASE}/loader.js`)
    const amdRequire = w.require!
    amdRequire.config({ paths: { vs: MONACO_BASE } })
    const loaded = await new Promise<unknown>((resolve, reject) =>
      amdRequire(['vs/editor/editor.main'], resolve, reject),
    )
    // 0.53 and 0.54 export the API as `m`; later versions as the module itself.
    const api = (loaded as { m?: unknown }).m ?? loaded
    if (!monacoReady()) w.monaco = api as MonacoGlobals['monaco']
  })().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
