import config from '@payload-config'

import { guardedRoutes } from '../../../../plugins/input-guard/routes'

const routes = guardedRoutes(config)

export const POST = routes.GRAPHQL
export const OPTIONS = routes.OPTIONS
