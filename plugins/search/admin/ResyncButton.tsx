'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

/** Queues a full rebuild of the search index (runs in the background job queue). */
export function ResyncButton() {
  const [state, setState] = useState<'idle' | 'queued' | 'failed'>('idle')
  const resync = async () => {
    const res = await fetch('/api/search/resync', { method: 'POST', credentials: 'include' }).catch(
      () => null,
    )
    setState(res?.status === 202 ? 'queued' : 'failed')
  }
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 'var(--base)', flexWrap: 'wrap' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => void resync()}>
        Rebuild the search index
      </Button>
      <span role="status">
        {state === 'queued' && 'Rebuild queued: it runs in the background within a few seconds.'}
        {state === 'failed' && 'Could not queue the rebuild.'}
      </span>
    </div>
  )
}
