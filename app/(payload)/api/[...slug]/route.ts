import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { collectingUploadGarbage } from '../../../../plugins/files/uploadGarbage'

export const GET = REST_GET(config)
// Uploads come in through POST (new files) and PATCH (a file replaced).
export const POST = collectingUploadGarbage(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = collectingUploadGarbage(REST_PATCH(config))
export const OPTIONS = REST_OPTIONS(config)
