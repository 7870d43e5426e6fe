import type { Endpoint } from 'payload'

import { errorAnswer } from '../../utilities/endpoint'
import { notFound, tooLarge } from '../../utilities/errors'
import { maxUploadBytes, maxUploadMb } from './checks'

/** Room for the multipart framing and the other fields, as in the parser's own limit. */
export const requestSizeLimit = () => maxUploadBytes() + 1024 * 1024

/**
 * Stands in front of Payload's own create (POST /) and update (PATCH /:id)
 * routes of an upload collection: a body whose Content-Length is already
 * over the limit gets 413 before a byte of it is read. Anything else goes on
 * to Payload's route, whose multipart parser also counts the bytes as they
 * arrive (a body sent without a length stops there).
 */
const guard = (slug: string, path: string, method: 'patch' | 'post'): Endpoint => ({
  path,
  method,
  custom: { sizeGuard: true },
  handler: async (req) => {
    const length = Number(req.headers.get('content-length'))
    if (Number.isFinite(length) && length > requestSizeLimit()) {
      const refused = errorAnswer(
        req,
        tooLarge(`file: larger than the ${maxUploadMb()} MB limit`, 'file'),
        path,
      )
      // The rest of the body is not read: the connection cannot carry another request.
      refused.headers.set('Connection', 'close')
      return refused
    }
    const endpoints = req.payload.collections[slug as 'files']?.config.endpoints || []
    const payloadOwn = endpoints.find((e) => e.path === path && e.method === method && !e.custom?.sizeGuard)
    if (!payloadOwn) return errorAnswer(req, notFound(), path)
    return payloadOwn.handler(req)
  },
})

export const sizeGuardEndpoints = (slug: string): Endpoint[] => [
  guard(slug, '/', 'post'),
  guard(slug, '/:id', 'patch'),
]
