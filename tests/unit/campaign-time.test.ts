import { describe, expect, it } from 'vitest'

import { campaignMessages, goalUnitLabel } from '../../site/src/i18n/campaigns'
import { percentOf } from '../../site/src/lib/campaignProgress'
import {
  dateRange,
  distance,
  phaseAt,
  pivotOf,
  relativeWords,
  wordingChangesAt,
} from '../../site/src/lib/campaignTime'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const now = new Date('2026-12-03T09:00:00.000Z')
const at = (ms: number) => new Date(now.getTime() + ms).toISOString()

/** What a campaign page says of a campaign at `now`: "Ends in 5 days". */
const said = (locale: 'en' | 'ur' | 'ps', dates: { startsAt: string; endsAt: string }, when = now) => {
  const phase = phaseAt(dates, when)
  return campaignMessages[locale].when[phase](relativeWords(locale, distance(pivotOf(dates, phase), when)))
}

describe('where a campaign stands', () => {
  it('is scheduled before its start, running from its start, ended from its end', () => {
    const dates = { startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-08T00:00:00.000Z' }
    expect(phaseAt(dates, new Date('2026-11-30T23:59:59.999Z'))).toBe('scheduled')
    expect(phaseAt(dates, new Date('2026-12-01T00:00:00.000Z'))).toBe('running')
    expect(phaseAt(dates, new Date('2026-12-07T23:59:59.999Z'))).toBe('running')
    expect(phaseAt(dates, new Date('2026-12-08T00:00:00.000Z'))).toBe('ended')
  })

  it('says how far its start or end is, in whole units, in each language and its digits', () => {
    const running = { startsAt: at(-2 * DAY), endsAt: at(5 * DAY + HOUR) }
    const scheduled = { startsAt: at(2 * DAY + HOUR), endsAt: at(9 * DAY) }
    const ended = { startsAt: at(-10 * DAY), endsAt: at(-3 * DAY - HOUR) }
    expect(said('en', running)).toBe('Ends in 5 days')
    expect(said('en', scheduled)).toBe('Starts in 2 days')
    expect(said('en', ended)).toBe('Ended 3 days ago')
    expect(said('en', { startsAt: at(-DAY), endsAt: at(DAY + HOUR) })).toBe('Ends tomorrow')
    expect(said('en', { startsAt: at(-DAY), endsAt: at(3 * HOUR + 5 * MINUTE) })).toBe('Ends in 3 hours')
    expect(said('en', { startsAt: at(-DAY), endsAt: at(20 * MINUTE) })).toBe('Ends in 20 minutes')
    expect(said('en', { startsAt: at(-DAY), endsAt: at(20 * 1000) })).toBe('Ends in 1 minute')
    expect(said('en', { startsAt: at(90 * DAY), endsAt: at(100 * DAY) })).toBe('Starts in 3 months')
    expect(said('ur', running)).toBe('ختم ہوگی: 5 دنوں میں')
    expect(said('ps', running)).toBe('پای ته رسېږي: په ۵ ورځو کې')
    expect(said('ps', ended)).toBe('پای ته ورسېد: ۳ ورځې مخکې')
  })

  it('knows when its wording next changes, and that it holds until then', () => {
    const running = { startsAt: at(-2 * DAY), endsAt: at(5 * DAY + HOUR) }
    const change = wordingChangesAt([running], now)!
    // "in 5 days" holds until exactly 5 days are left, then says 4.
    expect(change.toISOString()).toBe(at(HOUR + 1))
    expect(said('en', running, new Date(change.getTime() - 1))).toBe('Ends in 5 days')
    expect(said('en', running, change)).toBe('Ends in 4 days')
    // An ended campaign's "3 days ago" holds until the fourth day.
    const ended = { startsAt: at(-10 * DAY), endsAt: at(-3 * DAY - HOUR) }
    const later = wordingChangesAt([ended], now)!
    expect(said('en', ended, new Date(later.getTime() - 1))).toBe('Ended 3 days ago')
    expect(said('en', ended, later)).toBe('Ended 4 days ago')
    // The last minute before a start changes at the start itself, when the campaign runs.
    const soon = { startsAt: at(30 * 1000), endsAt: at(DAY) }
    expect(wordingChangesAt([soon], now)!.toISOString()).toBe(soon.startsAt)
    // The earliest of several; none for none.
    expect(wordingChangesAt([ended, running], now)).toEqual(change)
    expect(wordingChangesAt([], now)).toBeNull()
  })

  it('gives its days on Pakistan’s calendar, whatever the server’s zone', () => {
    // 19:30Z on 30 November is 00:30 on 1 December in Karachi.
    const dates = { startsAt: '2026-11-30T19:30:00.000Z', endsAt: '2026-12-07T19:30:00.000Z' }
    expect(dateRange('en', dates)).toMatch(/^1\s?–\s?8 December 2026$/)
    expect(dateRange('ps', dates)).toMatch(/^[۰-۹\s–دسمبر]+$/)
  })
})

describe('a campaign’s progress in words', () => {
  it('rounds to whole percent, never 100 before the goal nor 0 after a start', () => {
    expect(percentOf(1240, 5000)).toBe(25)
    expect(percentOf(4999, 5000)).toBe(99)
    expect(percentOf(1, 5000)).toBe(1)
    expect(percentOf(0, 5000)).toBe(0)
    expect(percentOf(5000, 5000)).toBe(100)
    expect(percentOf(6500, 5000)).toBe(130)
  })

  it('names the goal’s unit in the reader’s language', () => {
    const en = campaignMessages.en
    expect(en.progressText(1240, 5000, goalUnitLabel('en', 'children-vaccinated'), 25)).toBe(
      '1,240 of 5,000 children vaccinated, 25 percent',
    )
    expect(campaignMessages.ps.progressText(1240, 5000, goalUnitLabel('ps', 'children-vaccinated'), 25)).toBe(
      'له ۵٬۰۰۰ څخه ۱٬۲۴۰ واکسین شوي ماشومان، ۲۵ سلنه',
    )
    expect(goalUnitLabel('ur', 'pledges')).toBe('عہد')
  })
})
