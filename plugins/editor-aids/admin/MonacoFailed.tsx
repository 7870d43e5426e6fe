'use client'

import { Banner } from '@payloadcms/ui'
import React from 'react'

/** Said instead of an empty box when the editor's files could not be loaded from this server. */
export function MonacoFailed({ path }: { path: string }) {
  return (
    <Banner type="error">
      The code editor for “{path}” could not be loaded from this server. Reload the page; if it persists, the
      CMS is missing its node_modules/monaco-editor files.
    </Banner>
  )
}
