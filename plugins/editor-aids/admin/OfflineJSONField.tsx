'use client'

import type { JSONFieldClientComponent } from 'payload'

import { JSONField, ShimmerEffect } from '@payloadcms/ui'
import React from 'react'

import { MonacoFailed } from './MonacoFailed'
import { useMonaco } from './useMonaco'

/**
 * Payload's JSON field, mounted only once the self-hosted Monaco is on the
 * page: mounted earlier, its editor would fetch Monaco from a CDN and show an
 * empty grey box offline.
 */
export const OfflineJSONField: JSONFieldClientComponent = (props) => {
  const state = useMonaco()
  if (state === 'failed') return <MonacoFailed path={props.path} />
  if (state === 'loading') return <ShimmerEffect height="6rem" />
  return <JSONField {...props} />
}
