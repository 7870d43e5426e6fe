'use client'

import React from 'react'

/** Ten recovery codes, shown once: the reader is told to keep them before going on. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="two-factor-recovery">
      <p>
        Keep these recovery codes somewhere safe (a password manager, or on paper). Each signs you in once if
        you lose your phone. They are shown only now.
      </p>
      <ol data-testid="recovery-codes" style={{ fontFamily: 'monospace', columns: 2 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  )
}
