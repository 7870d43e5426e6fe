import { z } from 'zod'

import { defineTemplate, greeting, linkField, linkLifetime, minutesField, nameField } from './define'

/** Sent when an account is created or its address changes: the link confirms the address. */
export const verifyEmail = defineTemplate({
  data: z.object({
    name: nameField,
    link: linkField,
    // Payload's own verification tokens never expire; say how long only when there is a limit.
    expiresInMinutes: minutesField.optional(),
  }),
  content: {
    en: (d, f) => ({
      subject: 'Confirm your email address for Hujra',
      greeting: greeting('en', d.name),
      paragraphs: [
        'Please confirm that this is your email address, to finish setting up your Hujra account.',
      ],
      action: { label: 'Confirm my email address', url: d.link },
      notes: [
        ...(d.expiresInMinutes ? [linkLifetime('en', d.expiresInMinutes, f)] : []),
        'If you did not create a Hujra account, ignore this message.',
      ],
    }),
    ur: (d, f) => ({
      subject: 'حجرہ کے لیے اپنے ای میل پتے کی تصدیق کریں',
      greeting: greeting('ur', d.name),
      paragraphs: [
        'اپنے حجرہ اکاؤنٹ کی تیاری مکمل کرنے کے لیے براہِ کرم تصدیق کریں کہ یہ ای میل پتہ آپ کا ہے۔',
      ],
      action: { label: 'ای میل پتے کی تصدیق کریں', url: d.link },
      notes: [
        ...(d.expiresInMinutes ? [linkLifetime('ur', d.expiresInMinutes, f)] : []),
        'اگر آپ نے حجرہ اکاؤنٹ نہیں بنایا تو اس پیغام کو نظر انداز کر دیں۔',
      ],
    }),
    ps: (d, f) => ({
      subject: 'د حجره لپاره خپله برېښنالیک پته تایید کړئ',
      greeting: greeting('ps', d.name),
      paragraphs: [
        'د خپل حجره حساب د جوړولو د بشپړولو لپاره، مهرباني وکړئ تایید کړئ چې دا برېښنالیک پته ستاسو ده.',
      ],
      action: { label: 'برېښنالیک پته تایید کړئ', url: d.link },
      notes: [
        ...(d.expiresInMinutes ? [linkLifetime('ps', d.expiresInMinutes, f)] : []),
        'که تاسو د حجره حساب نه وي جوړ کړی، دا پیغام له پامه وغورځوئ.',
      ],
    }),
  },
})
