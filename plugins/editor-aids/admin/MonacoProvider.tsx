'use client'

import { usePathname } from 'next/navigation'
import React, { useEffect } from 'react'

import { loadMonaco } from './loadMonaco'

/** Edit and version views are where code and JSON editors appear. */
const MAY_HAVE_EDITORS = /\/admin\/(collections\/[^/]+\/[^/]+|globals\/)/

/**
 * Admin provider: on pages that may show a code or JSON editor, loads the
 * self-hosted Monaco while the browser is idle, so Payload's editors (in the
 * form, and in version diffs, which our field wrappers do not reach) find it
 * ready instead of asking a CDN. The field wrappers wait for it themselves.
 */
export function MonacoProvider({ children }: { children?: React.ReactNode }) {
  const pathname = usePathname()
  useEffect(() => {
    if (!MAY_HAVE_EDITORS.test(pathname ?? '')) return
    const start = () => void loadMonaco().catch(() => undefined)
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(start, { timeout: 2000 })
      return () => window.cancelIdleCallback(handle)
    }
    const timer = setTimeout(start, 200)
    return () => clearTimeout(timer)
  }, [pathname])
  return <>{children}</>
}
