'use client'

import React, { useState } from 'react'

/** Queues a full rebuild of the search index (runs in the background job queue). */
export function ResyncButton() {
  const [state, setState] = useState<'idle' | 'queued' | 'failed'>('idle')
  const resync = async () => {
    const res = await fetch('/api/search/resync', { method: 'POST', credentials: 'include' })
    setState(res.status === 202 ? 'queued' : 'failed')
  }
  return (
    <p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={resync}>
        Rebuild the search index
      </button>{' '}
      <span role="status">
        {state === 'queued' && 'Rebuild queued: it runs in the background within a few seconds.'}
        {state === 'failed' && 'Could not queue the rebuild.'}
      </span>
    </p>
  )
}
