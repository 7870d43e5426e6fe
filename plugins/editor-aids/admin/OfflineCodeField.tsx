'use client'

import type { CodeFieldClientComponent } from 'payload'

import { CodeField, ShimmerEffect } from '@payloadcms/ui'
import React from 'react'

import { MonacoFailed } from './MonacoFailed'
import { useMonaco } from './useMonaco'

/** Payload's code field, mounted once the self-hosted Monaco is on the page (see OfflineJSONField). */
export const OfflineCodeField: CodeFieldClientComponent = (props) => {
  const state = useMonaco()
  if (state === 'failed') return <MonacoFailed path={props.path} />
  if (state === 'loading') return <ShimmerEffect height="6rem" />
  return <CodeField {...props} />
}
