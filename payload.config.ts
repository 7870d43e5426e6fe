// First: validates every environment variable before anything below reads one.
import './utilities/configChecked'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Campaigns } from './collections/campaigns'
import { Categories } from './collections/Categories'
import { ChatInvites, ChatMembers, ChatMessages, ChatRooms, Reports } from './collections/chat'
import { Districts } from './collections/Districts'
import { richTextEditor } from './fields/richText'
import { Files } from './collections/Files'
import { Corrections } from './collections/moderation'
import { Organizations } from './collections/Organizations'
import { Posts } from './collections/Posts'
import { Resources } from './collections/Resources'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { sessionsGraphQL } from './collections/users/sessions/graphqlLogout'
import { accountTokensGraphQL } from './collections/users/tokens'
import { resourceAnalyticsEndpoint } from './endpoints/analytics'
import { healthEndpoint } from './endpoints/health'
import { plugins } from './plugins'
import { mailAdapter, mailPlugin } from './plugins/mail'
import { config } from './utilities/config'
import { localization } from './utilities/localization'
import { resolveSecret } from './utilities/secret'
import { Settings } from './globals/Settings'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const env = config()

/** The embedded PostgreSQL `npm start` runs when DATABASE_URL is not set. */
const EMBEDDED_DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${env.EMBEDDED_POSTGRES_PORT}/hujra`

const serverURL = env.SERVER_URL
const siteURL = env.SITE_URL

export default buildConfig({
  serverURL,
  secret: resolveSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Hujra' },
    // Gravatar would send every editor's email hash to a third party.
    avatar: 'default',
    components: {
      // Editors' dashboard: the campaigns running now, with their progress (collections/campaigns/admin).
      beforeDashboard: ['/collections/campaigns/admin/RunningCampaigns#RunningCampaigns'],
      views: {
        // Payload's login, or the two-factor step when this browser has passed the password (collections/users/twoFactor).
        login: { Component: '/collections/users/twoFactor/admin/LoginView#TwoFactorLoginView' },
      },
    },
  },
  globals: [Settings],
  collections: [
    Users,
    Resources,
    Organizations,
    Categories,
    Districts,
    Tags,
    Posts,
    Campaigns,
    Files,
    ChatRooms,
    ChatMembers,
    ChatMessages,
    ChatInvites,
    Reports,
    Corrections,
  ],
  editor: richTextEditor(),
  localization,
  db: postgresAdapter({
    pool: {
      connectionString: env.DATABASE_URL ?? EMBEDDED_DATABASE_URL,
      max: env.DATABASE_POOL_MAX,
      connectionTimeoutMillis: 5000,
    },
    // Schema changes go through committed migrations in every mode: push would
    // silently drop the hand-written indexes and columns later migrations add.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  endpoints: [healthEndpoint, resourceAnalyticsEndpoint],
  plugins: [...plugins, mailPlugin(), accountTokensGraphQL(), sessionsGraphQL()],
  // MAIL_* settings: SMTP when MAIL_SERVER is set, else the log (never the network).
  email: mailAdapter(),
  cors: [siteURL],
  csrf: [serverURL, siteURL],
  sharp,
  jobs: {
    // Scheduled publishing runs in the long-lived server, not in tests or CLIs.
    autoRun: [
      // Scheduled publishing (campaign posts, posts, resources) fires within ten seconds of its time.
      { cron: '*/10 * * * * *', queue: 'default' },
      // Meilisearch sync jobs: a few seconds from publish to searchable.
      { cron: '*/5 * * * * *', queue: 'search' },
    ],
    shouldAutoRun: () => config().JOBS_AUTORUN,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // Refusals a client caused are info lines: at Payload's default (error, with
  // a stack) every wrong password or unconfirmed sign-in read as a fault.
  loggingLevels: {
    AuthenticationError: 'info',
    UnverifiedEmail: 'info',
    LockedAuth: 'info',
    QueryError: 'info',
  },
  onInit: async (payload) => {
    // A pool without an error listener crashes the process when PostgreSQL
    // drops an idle connection (restart, failover); log it and carry on.
    payload.db.pool.on('error', (err) => payload.logger.error({ err, msg: 'PostgreSQL pool error' }))
  },
})
