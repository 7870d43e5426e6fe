import config from '@payload-config'
import '@payloadcms/next/css'

import { collectingUploadGarbage } from '../../../../plugins/files/uploadGarbage'
import { guardedRoutes } from '../../../../plugins/input-guard/routes'

// Every REST request passes the input guard before Payload (plugins/input-guard).
const routes = guardedRoutes(config)

export const GET = routes.GET
// Uploads come in through POST (new files) and PATCH (a file replaced).
export const POST = collectingUploadGarbage(routes.POST)
export const DELETE = routes.DELETE
export const PATCH = collectingUploadGarbage(routes.PATCH)
export const OPTIONS = routes.OPTIONS
