import { ConfigError } from '../../utilities/config'

export interface Sender {
  name: string
  address: string
}

// One @, no spaces or angle brackets: enough to refuse a typo, not a full RFC 5322 parser.
const ADDRESS = /^[^\s<>@",]+@[^\s<>@",]+\.[^\s<>@",]+$|^[^\s<>@",]+@localhost$/

/**
 * MAIL_DEFAULT_SENDER as the existing deployment writes it, `Name <address>`
 * or a bare `address` (the name is then "Hujra"). Anything else stops the
 * start with the variable's name, like every other bad setting.
 */
export const parseSender = (value: string): Sender => {
  const trimmed = value.trim()
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed)
  const name = (match ? match[1]! : '').replace(/^"(.*)"$/, '$1').trim() || 'Hujra'
  const address = (match ? match[2]! : trimmed).trim()
  if (!ADDRESS.test(address) || /[\r\n]/.test(name))
    throw new ConfigError('MAIL_DEFAULT_SENDER', 'must be an address or "Name <address>"', value)
  return { name, address }
}
