/** IANA time zone names this runtime knows (plus UTC, which `supportedValuesOf` omits on some builds). */
const KNOWN = new Set<string>([...Intl.supportedValuesOf('timeZone'), 'UTC'])

export const DEFAULT_TIME_ZONE = 'Asia/Karachi'

export const isTimeZone = (value: unknown): value is string => typeof value === 'string' && KNOWN.has(value)
