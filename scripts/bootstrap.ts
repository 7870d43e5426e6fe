/**
 * First step of `npm start`: apply pending migrations, then, on a database
 * with no users, create the first admin and the demo catalogue. Prints the
 * admin login once. Running it again on the same data changes nothing.
 */
import { randomBytes } from 'node:crypto'

import { applyMigrations } from './lib/migrate'
import { withPayload } from './lib/payloadInstance'
import { seedDemo } from './seed/index'

const log = (message: string) => console.log(`[hujra] ${message}`)

const main = async () => {
  await withPayload(async (payload) => {
    const started = performance.now()
    await applyMigrations(payload)
    log(`Migrations up to date (${Math.round(performance.now() - started)} ms)`)

    const { totalDocs: users } = await payload.count({ collection: 'users' })
    if (users > 0) {
      log('Existing data found: nothing seeded.')
      return
    }

    const email = process.env.SEED_ADMIN_EMAIL || 'admin@hujra.local'
    const generated = !process.env.SEED_ADMIN_PASSWORD
    const password = process.env.SEED_ADMIN_PASSWORD || randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Hujra Admin', roles: ['admin'] },
      context: { seeding: true },
    })

    if (process.env.SEED_DEMO !== 'false') {
      const count = Number(process.env.SEED_DEMO_RESOURCES ?? 300)
      const seedStarted = performance.now()
      const { resources } = await seedDemo(payload, { resources: count })
      log(`Seeded demo content: ${resources} resources (${Math.round(performance.now() - seedStarted)} ms)`)
    }

    log('First admin account:')
    log(`  email:    ${email}`)
    log(
      generated
        ? `  password: ${password}   <- generated now and shown only once; change it after signing in`
        : '  password: (SEED_ADMIN_PASSWORD)',
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
