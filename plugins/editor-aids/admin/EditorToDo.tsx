import type { Payload, TypedUser } from 'payload'

import { Card, Gutter } from '@payloadcms/ui'
import React from 'react'

import { editorToDo } from '../todo'

/**
 * Dashboard panel: what waits for an editor (unverified and long-unchecked
 * resources, open correction requests and chat reports), counted with the
 * signed-in user's access, each a link to the list view filtered the same way.
 */
export async function EditorToDo({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const items = await editorToDo(payload, user)
  if (items.length === 0) return null
  return (
    <Gutter className="editor-todo">
      <section
        aria-labelledby="editor-todo-title"
        data-testid="editor-todo"
        style={{ marginBlockEnd: 'var(--base)' }}
      >
        <h2 id="editor-todo-title" className="dashboard__label">
          To do
        </h2>
        <ul className="dashboard__card-list" style={{ listStyle: 'none', padding: 0 }}>
          {items.map((item) => {
            const title = `${item.count ?? '?'} · ${item.label}`
            return (
              <li key={item.key} data-todo={item.key} data-count={item.count ?? ''}>
                <Card
                  title={title}
                  href={item.href}
                  buttonAriaLabel={
                    item.count === null ? `${item.label}: could not be counted, open the list` : title
                  }
                />
              </li>
            )
          })}
        </ul>
      </section>
    </Gutter>
  )
}
