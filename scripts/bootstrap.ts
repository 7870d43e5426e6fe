/**
 * First step of `npm start`: apply pending migrations, then, on a database
 * with no users, create the first admin and, when the database holds no
 * content either, the demo catalogue. Prints the admin login once. Running it
 * again on the same data changes nothing.
 */
import { randomBytes } from 'node:crypto'

import { config } from '../utilities/config'
import { hasContent } from './lib/content'
import { log } from './lib/log'
import { applyMigrations } from './lib/migrate'
import { withPayload } from './lib/payloadInstance'
import { seedDemo } from './seed/index'

const main = async () => {
  const { SEED_ADMIN_EMAIL: email, SEED_ADMIN_PASSWORD, SEED_DEMO, SEED_DEMO_RESOURCES } = config()
  await withPayload(async (payload) => {
    const started = performance.now()
    await applyMigrations(payload)
    log(`Migrations up to date (${Math.round(performance.now() - started)} ms)`)

    const { totalDocs: users } = await payload.count({ collection: 'users' })
    if (users > 0) {
      log('Existing data found: nothing seeded.')
      return
    }

    const password = SEED_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Hujra Admin', roles: ['admin'] },
      context: { seeding: true },
    })

    // Demo content only on an empty database: content without accounts (what
    // `npm run seed` leaves) is the catalogue itself, not something to add to.
    if (!SEED_DEMO) {
      log('SEED_DEMO is false: no demo content.')
    } else if (await hasContent(payload)) {
      log('The database already holds content: no demo content seeded.')
    } else {
      const seedStarted = performance.now()
      log(`Seeding demo content (${SEED_DEMO_RESOURCES} resources)…`)
      const { resources } = await seedDemo(payload, { resources: SEED_DEMO_RESOURCES })
      log(`Seeded demo content: ${resources} resources (${Math.round(performance.now() - seedStarted)} ms)`)
    }

    log('First admin account:')
    log(`  email:    ${email}`)
    log(
      SEED_ADMIN_PASSWORD
        ? '  password: (SEED_ADMIN_PASSWORD)'
        : `  password: ${password}   <- generated now and shown only once; change it after signing in`,
    )
  })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[hujra] Bootstrap failed:', error)
    process.exit(1)
  },
)
