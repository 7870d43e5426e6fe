'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { passwordRule } from '../../site/src/i18n/passwordRule'

/**
 * The password rule above the account fields (Payload draws its own
 * password input with no room for a description), in the admin's language,
 * so it is read before a password is typed.
 */
export function PasswordRuleNote() {
  const { i18n } = useTranslation()
  const language = ['ur', 'ps'].includes(i18n.language) ? i18n.language : 'en'
  return (
    <p
      className="field-description"
      data-testid="password-rule"
      dir={language === 'en' ? 'ltr' : 'rtl'}
      id="password-rule"
      lang={language}
      // Payload's description grey (--theme-elevation-400) is under 4.5:1 on its background;
      // a rule people must read before typing gets the body text's contrast in either theme.
      style={{ color: 'var(--theme-elevation-800)' }}
    >
      {passwordRule(language)}
    </p>
  )
}
