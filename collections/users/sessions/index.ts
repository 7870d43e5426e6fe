import type { UsersExtension } from '../extend'

import {
  endedByLogout,
  endedByPasswordChange,
  notePasswordChange,
  recordLoginSession,
  rememberSessions,
} from './hooks'
import { sessionEndpoints } from './endpoints'
import { sessionDetailsStrategy } from './strategy'

/**
 * Sessions a user can see and end (issue 16, point 7): what each session
 * started with and when it was last used (a table of its own beside
 * Payload's `users_sessions`), ending one or all, admins ending a user's,
 * SESSION_BINDING, and a password change ending the other sessions.
 */
export const sessionLayer: UsersExtension = {
  fields: [
    {
      // Payload's own field (auth/baseFields/sessions.js, merged with this by name) lets a user
      // read their session ids and an admin write them on create. Hidden like `hash` and `salt`
      // (field read access alone still answers an empty array): only the server's code, which
      // reads and writes the rows directly, and the list endpoints above ever see them.
      name: 'sessions',
      type: 'array',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { disabled: true },
      fields: [],
    },
    {
      // The list with its "End" buttons, in the account view and an admin's user view.
      name: 'sessionsList',
      type: 'ui',
      admin: { components: { Field: '/collections/users/sessions/SessionsField#SessionsField' } },
    },
  ],
  hooks: {
    beforeOperation: [notePasswordChange],
    beforeChange: [rememberSessions],
    afterChange: [endedByPasswordChange],
    afterOperation: [recordLoginSession],
    afterLogout: [endedByLogout],
  },
  endpoints: sessionEndpoints,
  auth: { strategies: [sessionDetailsStrategy] },
}
