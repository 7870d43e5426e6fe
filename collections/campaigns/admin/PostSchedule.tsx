'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useState } from 'react'

import type { PostSchedule as Row } from '../schedule'

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; posts: Row[] }

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

const messageOf = async (res: Response) => {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? `The server answered ${res.status}`
}

/**
 * On the campaign's edit page: its posts, when each will be published or
 * unpublished, and a form to add or call off such a change. Backed by
 * `/api/campaigns/:id/schedule`, which queues Payload's own schedulePublish
 * jobs, so what is set here also shows in the post's "Schedule publish".
 */
export function PostSchedule() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  // Relative: the admin is served by the CMS it calls, whatever SERVER_URL says.
  const api = `${config.routes.api}/campaigns/${id}/schedule`
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const [post, setPost] = useState('')
  const [type, setType] = useState<'publish' | 'unpublish'>('publish')
  const [at, setAt] = useState('')
  const [notice, setNotice] = useState('')
  const formId = useId()

  const refresh = useCallback(async () => {
    if (!id) return
    const res = await fetch(api, { credentials: 'include' }).catch(() => null)
    if (!res) return setLoad({ state: 'failed', message: 'Could not reach the server' })
    if (!res.ok) return setLoad({ state: 'failed', message: await messageOf(res) })
    setLoad({ state: 'ready', posts: ((await res.json()) as { posts: Row[] }).posts })
  }, [api, id])

  useEffect(() => {
    void refresh()
  }, [refresh])

  if (!id) return <p>Save the campaign first; then its posts can be scheduled here.</p>

  const add = async () => {
    if (!post || !at) return setNotice('Choose a post and a time.')
    const res = await fetch(api, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      // datetime-local is the editor's own clock; the server keeps the instant.
      body: JSON.stringify({ post: Number(post), type, at: new Date(at).toISOString() }),
    }).catch(() => null)
    if (!res) return setNotice('Could not reach the server.')
    if (!res.ok) return setNotice(await messageOf(res))
    setNotice(`Scheduled: ${type} on ${when(new Date(at).toISOString())}.`)
    setAt('')
    await refresh()
  }

  const cancel = async (job: number | string) => {
    const res = await fetch(`${api}/${job}`, { method: 'DELETE', credentials: 'include' }).catch(() => null)
    setNotice(res?.ok ? 'Called off.' : res ? await messageOf(res) : 'Could not reach the server.')
    await refresh()
  }

  return (
    <section
      aria-labelledby={`${formId}-title`}
      data-testid="post-schedule"
      style={{ marginBlock: 'var(--base)' }}
    >
      <h3 id={`${formId}-title`}>Post schedule</h3>
      {load.state === 'loading' && <p>Loading the campaign&apos;s posts…</p>}
      {load.state === 'failed' && <p role="alert">{load.message}</p>}
      {load.state === 'ready' && load.posts.length === 0 && (
        <p>No posts belong to this campaign yet: choose this campaign on a post, then schedule it here.</p>
      )}
      {load.state === 'ready' && load.posts.length > 0 && (
        <>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'start' }}>
                  Post
                </th>
                <th scope="col" style={{ textAlign: 'start' }}>
                  Now
                </th>
                <th scope="col" style={{ textAlign: 'start' }}>
                  Waiting changes
                </th>
              </tr>
            </thead>
            <tbody>
              {load.posts.map((row) => (
                <tr key={row.id} data-post={row.id}>
                  <td>
                    <a href={`${config.routes.admin}/collections/posts/${row.id}`}>
                      {row.title || `#${row.id}`}
                    </a>
                  </td>
                  <td>{row.status === 'published' ? 'Published' : 'Draft'}</td>
                  <td>
                    {row.scheduled.length === 0 ? (
                      'None'
                    ) : (
                      <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                        {row.scheduled.map((change) => (
                          <li key={change.job} data-job={change.job}>
                            {change.type === 'publish' ? 'Publish' : 'Unpublish'} on {when(change.at)}{' '}
                            <Button
                              buttonStyle="secondary"
                              size="small"
                              aria-label={`Call off: ${change.type} ${row.title} on ${when(change.at)}`}
                              onClick={() => void cancel(change.job)}
                            >
                              Call off
                            </Button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* Not a <form>: the campaign's edit view is one, and forms do not nest. */}
          <div
            role="group"
            aria-label="Schedule a change"
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 'var(--base)',
              alignItems: 'end',
              marginBlockStart: 'var(--base)',
            }}
          >
            <div>
              <label htmlFor={`${formId}-post`}>Post</label>
              <br />
              <select
                id={`${formId}-post`}
                value={post}
                onChange={(e) => setPost(e.target.value)}
                aria-required="true"
              >
                <option value="">Choose…</option>
                {load.posts.map((row) => (
                  <option key={row.id} value={row.id}>
                    {row.title || `#${row.id}`}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${formId}-type`}>Change</label>
              <br />
              <select
                id={`${formId}-type`}
                value={type}
                onChange={(e) => setType(e.target.value as 'publish' | 'unpublish')}
              >
                <option value="publish">Publish</option>
                <option value="unpublish">Unpublish</option>
              </select>
            </div>
            <div>
              <label htmlFor={`${formId}-at`}>At (your time)</label>
              <br />
              <input
                id={`${formId}-at`}
                type="datetime-local"
                value={at}
                onChange={(e) => setAt(e.target.value)}
                aria-required="true"
              />
            </div>
            <Button buttonStyle="primary" size="small" onClick={() => void add()}>
              Schedule
            </Button>
          </div>
        </>
      )}
      <p role="status">{notice}</p>
    </section>
  )
}
