import type { Plugin } from 'payload'

import { apiAccessPlugin } from './api-access'
import { auditPlugin } from './audit'
import { campaignMetricsPlugin } from './campaign-metrics'
import { draftPreviewPlugin } from './draft-preview'
import { editorAidsPlugin } from './editor-aids'
import { filesPlugin } from './files'
import { formsPlugin } from './forms'
import { geoPlugin } from './geo'
import { inputGuardPlugin } from './input-guard'
import { outboxPlugin } from './outbox'
import { realtimeSignalsPlugin } from './realtime-signals'
import { searchPlugin } from './search'
import { siteCachePlugin } from './site-cache'

/** Every plugin the CMS runs, in one list. */
export const plugins: Plugin[] = [
  // Before the audit plugin, which wraps only the collections that exist when it runs.
  formsPlugin(),
  auditPlugin({
    collections: [
      'users',
      'resources',
      'organizations',
      'categories',
      'districts',
      'tags',
      'posts',
      'campaigns',
      'files',
      'chat-rooms',
      'chat-members',
      'chat-invites',
      'reports',
      'corrections',
      'forms',
      'form-submissions',
    ],
    authCollection: 'users',
    // A submission's answers are personal data: the audit row says one was made, not what it said.
    redactFields: ['submissionData'],
  }),
  searchPlugin(),
  geoPlugin(),
  filesPlugin({ collections: ['files'] }),
  draftPreviewPlugin(),
  realtimeSignalsPlugin(),
  outboxPlugin(),
  editorAidsPlugin(),
  campaignMetricsPlugin(),
  // After every plugin that adds a collection: what an API key may do is narrowed in all of them.
  apiAccessPlugin(),
  // After every plugin that adds a collection, so the guard's hook reaches those too.
  inputGuardPlugin(),
  // Last, so the site hears of a change after every other hook has run.
  siteCachePlugin({
    collections: [
      'resources',
      'organizations',
      'posts',
      'campaigns',
      'categories',
      'districts',
      'tags',
      'files',
      'forms',
    ],
  }),
]
