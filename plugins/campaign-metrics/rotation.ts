import type { TaskConfig } from 'payload'

import { type TransactionDb, transactionDb } from '../../utilities/db'
import { utcDay } from './days'
import { type Pruned, pruneExpired, saltFor } from './salts'

export const SALT_TASK = 'campaignMetricsSalts'

/**
 * Makes today's salt if no request has yet, and deletes the salts and
 * visitor hashes older than yesterday: the deletion the privacy promise
 * rests on, even on a day nobody reads a campaign.
 */
export const rotateSalts = async (db: TransactionDb, now: Date = new Date()): Promise<Pruned> => {
  const today = utcDay(now)
  await saltFor(db, today)
  return pruneExpired(db, today)
}

/**
 * Hourly on the `default` queue (the one `npm start` runs): croner reads the
 * cron in the server's time zone, so a daily cron could fire hours after the
 * UTC day turned; hourly, nothing expired lives more than an hour past its time.
 */
export const saltRotationTask: TaskConfig<{ input: object; output: { salts: number; visitors: number } }> = {
  slug: SALT_TASK,
  label: 'Rotate campaign visitor salts',
  outputSchema: [
    { name: 'salts', type: 'number', required: true },
    { name: 'visitors', type: 'number', required: true },
  ],
  schedule: [{ cron: '0 7 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const pruned = await rotateSalts(await transactionDb(req))
    if (pruned.salts + pruned.visitors > 0) {
      req.payload.logger.info(
        `campaign metrics: deleted ${pruned.salts} expired salts and ${pruned.visitors} visitor hashes`,
      )
    }
    return { output: pruned }
  },
}
