import { describe, expect, it } from 'vitest'

import { openLine } from '../../site/src/i18n/hours'
import {
  type Hours,
  type WeeklyHours,
  changesAt,
  earliestChange,
  openState,
} from '../../site/src/lib/openNow'

/** Karachi is UTC+5 all year (no daylight saving): 10:00 local is 05:00Z. */
const karachi = (isoLocal: string) => new Date(`${isoLocal}+05:00`)
// 2026-12-07 is a Monday.
const MON = '2026-12-07'
const TUE = '2026-12-08'

const weekdays = (ranges: { opens: string; closes: string }[]): WeeklyHours[] =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, mode: 'open', ranges }))
const office: Hours = {
  openingHours: [
    ...weekdays([{ opens: '09:00', closes: '17:00' }]),
    { day: 'sat', mode: 'closed' },
    { day: 'sun', mode: 'closed' },
  ],
}

describe('open now, in the service’s time zone', () => {
  it('says until when a service is open, and when a closed one opens next', () => {
    expect(openLine('en', openState(office, karachi(`${MON}T10:00`)))).toBe('Open now · closes 17:00')
    expect(openLine('en', openState(office, karachi(`${MON}T18:00`)))).toBe('Closed · opens tomorrow 09:00')
    expect(openLine('en', openState(office, karachi(`${MON}T08:59`)))).toBe('Closed · opens 09:00')
    // Closing time is exclusive: at 17:00 it has closed.
    expect(openState(office, karachi(`${MON}T17:00`)).kind).toBe('closed')
    // Friday evening: the weekend is closed, so it opens on Monday.
    expect(openLine('en', openState(office, karachi('2026-12-11T18:00')))).toBe('Closed · opens Monday 09:00')
  })

  it('reads the clock in the service’s zone, not the server’s', () => {
    const instant = new Date('2026-12-07T05:00:00Z') // 10:00 in Karachi, 05:00 in London
    expect(openState({ ...office, timeZone: 'Asia/Karachi' }, instant).kind).toBe('open')
    expect(openLine('en', openState({ ...office, timeZone: 'Europe/London' }, instant))).toBe(
      'Closed · opens 09:00',
    )
    // No zone given: Asia/Karachi.
    expect(openState(office, instant).kind).toBe('open')
  })

  it('knows about a break in the day', () => {
    const clinic: Hours = {
      openingHours: weekdays([
        { opens: '08:00', closes: '12:30' },
        { opens: '14:30', closes: '17:00' },
      ]),
    }
    expect(openLine('en', openState(clinic, karachi(`${MON}T13:00`)))).toBe('Closed · opens 14:30')
    expect(openLine('en', openState(clinic, karachi(`${MON}T12:00`)))).toBe('Open now · closes 12:30')
  })

  it('follows a night shift across midnight', () => {
    const night: Hours = {
      openingHours: [
        { day: 'mon', mode: 'open', ranges: [{ opens: '20:00', closes: '24:00' }] },
        { day: 'tue', mode: 'open', ranges: [{ opens: '00:00', closes: '06:00' }] },
      ],
    }
    expect(openLine('en', openState(night, karachi(`${MON}T23:00`)))).toBe('Open now · closes tomorrow 06:00')
    expect(openLine('en', openState(night, karachi(`${TUE}T00:30`)))).toBe('Open now · closes 06:00')
    expect(openLine('en', openState(night, karachi(`${TUE}T07:00`)))).toBe('Closed · opens Monday 20:00')
    // Ending at 24:00 with nothing after: midnight.
    const late: Hours = {
      openingHours: [{ day: 'mon', mode: 'open', ranges: [{ opens: '18:00', closes: '24:00' }] }],
    }
    expect(openLine('en', openState(late, karachi(`${MON}T22:00`)))).toBe('Open now · closes at midnight')
  })

  it('says "open 24 hours" for a service that never closes', () => {
    const always: Hours = {
      openingHours: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
        day,
        mode: '24h',
      })),
    }
    expect(openLine('en', openState(always, karachi(`${MON}T03:00`)))).toBe('Open 24 hours')
    // 24 hours on weekdays only: it closes at the end of Friday.
    const weekdaysOnly: Hours = { openingHours: weekdays([]).map((d) => ({ ...d, mode: '24h' as const })) }
    expect(openLine('en', openState(weekdaysOnly, karachi('2026-12-10T12:00')))).toBe(
      'Open now · closes at midnight',
    )
    expect(openLine('en', openState(weekdaysOnly, karachi('2026-12-11T12:00')))).toBe(
      'Open now · closes at midnight',
    )
  })

  it('lets a dated exception override the week (a holiday, Ramadan hours)', () => {
    const holiday: Hours = {
      ...office,
      hoursExceptions: [{ from: `${MON}T12:00:00.000Z`, to: `${MON}T12:00:00.000Z`, mode: 'closed' }],
    }
    expect(openLine('en', openState(holiday, karachi(`${MON}T10:00`)))).toBe('Closed · opens tomorrow 09:00')
    const ramadan: Hours = {
      ...office,
      hoursExceptions: [
        {
          from: `${MON}T00:00:00.000Z`,
          to: '2026-12-09T00:00:00.000Z',
          mode: 'open',
          ranges: [{ opens: '09:00', closes: '13:00' }],
        },
      ],
    }
    expect(openLine('en', openState(ramadan, karachi(`${MON}T12:00`)))).toBe('Open now · closes 13:00')
    expect(openState(ramadan, karachi(`${MON}T14:00`)).kind).toBe('closed')
  })

  it('says nothing when the hours say nothing about today', () => {
    expect(openState({}, karachi(`${MON}T10:00`))).toEqual({ kind: 'unknown' })
    expect(openState({ openingHours: [{ day: 'tue', mode: 'closed' }] }, karachi(`${MON}T10:00`)).kind).toBe(
      'unknown',
    )
    expect(openLine('en', { kind: 'unknown' })).toBeNull()
  })

  it('speaks Urdu and Pashto', () => {
    const state = openState(office, karachi(`${MON}T18:00`))
    expect(openLine('ur', state)).toBe('بند ہے · کل 09:00 بجے کھلے گا')
    // Pashto writes its own digits (site/src/lib/numerals.ts).
    expect(openLine('ps', state)).toBe('تړلی دی · سبا په ۰۹:۰۰ پرانیستل کېږي')
    expect(openLine('ur', openState(office, karachi('2026-12-11T18:00')))).toContain('پیر')
  })
})

describe('when the line changes', () => {
  it('is the next closing, opening or local midnight, whichever comes first', () => {
    // Monday 10:00:30 in Karachi, open until 17:00: it changes at 17:00 local (12:00Z).
    expect(changesAt(office, karachi(`${MON}T10:00:30`))?.toISOString()).toBe('2026-12-07T12:00:00.000Z')
    // Monday 18:00, closed until tomorrow 09:00: midnight comes first ("tomorrow" becomes "today").
    expect(changesAt(office, karachi(`${MON}T18:00`))?.toISOString()).toBe('2026-12-07T19:00:00.000Z')
    // Tuesday 08:00: opens at 09:00.
    expect(changesAt(office, karachi(`${TUE}T08:00`))?.toISOString()).toBe('2026-12-08T04:00:00.000Z')
    expect(changesAt({}, karachi(`${MON}T10:00`))).toBeNull()
  })

  it('takes the earliest change of a page of services', () => {
    const night: Hours = {
      openingHours: [{ day: 'mon', mode: 'open', ranges: [{ opens: '10:30', closes: '11:00' }] }],
    }
    expect(earliestChange([office, night, {}], karachi(`${MON}T10:00`))?.toISOString()).toBe(
      '2026-12-07T05:30:00.000Z',
    )
    expect(earliestChange([{}], karachi(`${MON}T10:00`))).toBeNull()
  })
})
