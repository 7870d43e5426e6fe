'use client'

import { useEffect, useState } from 'react'

import { loadMonaco, monacoReady } from './loadMonaco'

export type MonacoState = 'loading' | 'ready' | 'failed'

/** Loads the self-hosted Monaco and says when Payload's editor may mount. */
export const useMonaco = (): MonacoState => {
  const [state, setState] = useState<MonacoState>(() =>
    typeof window !== 'undefined' && monacoReady() ? 'ready' : 'loading',
  )
  useEffect(() => {
    if (state === 'ready') return
    let live = true
    loadMonaco().then(
      () => live && setState('ready'),
      () => live && setState('failed'),
    )
    return () => {
      live = false
    }
  }, [state])
  return state
}
