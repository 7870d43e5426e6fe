import { z } from 'zod'

import { defineTemplate, greeting, linkField, linkLifetime, minutesField, nameField } from './define'

/** Sent on "forgot password": the link leads to choosing a new one. */
export const resetPassword = defineTemplate({
  data: z.object({ name: nameField, link: linkField, expiresInMinutes: minutesField }),
  content: {
    en: (d, f) => ({
      subject: 'Choose a new password for Hujra',
      greeting: greeting('en', d.name),
      paragraphs: [
        'Someone asked to reset the password of your Hujra account. If it was you, choose a new password with the link below.',
      ],
      action: { label: 'Choose a new password', url: d.link },
      notes: [
        linkLifetime('en', d.expiresInMinutes, f, true),
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
    }),
    ur: (d, f) => ({
      subject: 'اپنے حجرہ اکاؤنٹ کا نیا پاس ورڈ بنائیں',
      greeting: greeting('ur', d.name),
      paragraphs: [
        'کسی نے آپ کے حجرہ اکاؤنٹ کا پاس ورڈ دوبارہ بنانے کی درخواست کی ہے۔ اگر یہ آپ تھے تو نیچے دیے گئے لنک سے نیا پاس ورڈ چنیں۔',
      ],
      action: { label: 'نیا پاس ورڈ چنیں', url: d.link },
      notes: [
        linkLifetime('ur', d.expiresInMinutes, f, true),
        'اگر آپ نے یہ درخواست نہیں کی تو اس پیغام کو نظر انداز کر دیں: آپ کا پاس ورڈ وہی رہے گا۔',
      ],
    }),
    ps: (d, f) => ({
      subject: 'د خپل حجره حساب لپاره نوی پټنوم جوړ کړئ',
      greeting: greeting('ps', d.name),
      paragraphs: [
        'چا غوښتي چې ستاسو د حجره حساب پټنوم بیا جوړ شي. که دا تاسو یاست، نو د لاندې لینک له لارې نوی پټنوم وټاکئ.',
      ],
      action: { label: 'نوی پټنوم وټاکئ', url: d.link },
      notes: [
        linkLifetime('ps', d.expiresInMinutes, f, true),
        'که تاسو دا غوښتنه نه وي کړې، دا پیغام له پامه وغورځوئ: ستاسو پټنوم به همغسې پاتې شي.',
      ],
    }),
  },
})
