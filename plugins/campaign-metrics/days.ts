/**
 * UTC days as the tables store them (`date`, written `YYYY-MM-DD`). Every
 * function that depends on the date takes `now`, so tests move the clock by
 * passing one instead of mocking time.
 */

const DAY_MS = 24 * 60 * 60 * 1000

export type Day = string

/** The UTC day `now` falls on. */
export const utcDay = (now: Date = new Date()): Day => now.toISOString().slice(0, 10)

/** `day` moved by `days` (negative for the past). */
export const addDays = (day: Day, days: number): Day =>
  utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS))

/** Days from `from` to `to`, both counted. */
export const daysBetween = (from: Day, to: Day): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1

/** True for a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
export const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  utcDay(new Date(`${value}T00:00:00Z`)) === value
