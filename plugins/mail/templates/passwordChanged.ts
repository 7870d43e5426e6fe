import { z } from 'zod'

import { dateTimeField, defineTemplate, greeting, isolate, linkField, nameField } from './define'

/** A notice after a password change, so a takeover does not go unnoticed; the link starts a reset. */
export const passwordChanged = defineTemplate({
  data: z.object({ name: nameField, changedAt: dateTimeField, resetLink: linkField }),
  content: {
    en: (d, f) => ({
      subject: 'Your Hujra password was changed',
      greeting: greeting('en', d.name),
      paragraphs: [
        `The password of your Hujra account was changed on ${isolate(f.dateTime(d.changedAt))}.`,
        'If you did this, there is nothing more to do.',
        'If you did not, someone else may have your password: choose a new one now with the link below, and tell the Hujra administrators.',
      ],
      action: { label: 'Choose a new password', url: d.resetLink },
    }),
    ur: (d, f) => ({
      subject: 'آپ کے حجرہ اکاؤنٹ کا پاس ورڈ بدل دیا گیا',
      greeting: greeting('ur', d.name),
      paragraphs: [
        `آپ کے حجرہ اکاؤنٹ کا پاس ورڈ ${isolate(f.dateTime(d.changedAt))} کو بدلا گیا۔`,
        'اگر یہ آپ نے کیا ہے تو مزید کچھ کرنے کی ضرورت نہیں۔',
        'اگر آپ نے نہیں کیا تو ہو سکتا ہے کسی اور کے پاس آپ کا پاس ورڈ ہو: نیچے دیے گئے لنک سے ابھی نیا پاس ورڈ چنیں اور حجرہ کے منتظمین کو بتائیں۔',
      ],
      action: { label: 'نیا پاس ورڈ چنیں', url: d.resetLink },
    }),
    ps: (d, f) => ({
      subject: 'ستاسو د حجره حساب پټنوم بدل شو',
      greeting: greeting('ps', d.name),
      paragraphs: [
        `ستاسو د حجره حساب پټنوم په ${isolate(f.dateTime(d.changedAt))} بدل شو.`,
        'که دا کار تاسو کړی وي، نور څه کولو ته اړتیا نشته.',
        'که تاسو نه وي کړی، کېدای شي بل چا ستاسو پټنوم ترلاسه کړی وي: همدا اوس د لاندې لینک له لارې نوی پټنوم وټاکئ او د حجره مدیرانو ته خبر ورکړئ.',
      ],
      action: { label: 'نوی پټنوم وټاکئ', url: d.resetLink },
    }),
  },
})
