import { z } from 'zod'

import { dateTimeField, defineTemplate, greeting, isolate, linkField, nameField } from './define'

/** A notice after two-step sign-in was reset (by an administrator or a recovery): the link signs in to set it up again. */
export const twoFactorReset = defineTemplate({
  data: z.object({ name: nameField, resetAt: dateTimeField, link: linkField }),
  content: {
    en: (d, f) => ({
      subject: 'Two-step sign-in was reset on your Hujra account',
      greeting: greeting('en', d.name),
      paragraphs: [
        `Two-step sign-in on your Hujra account was reset on ${isolate(f.dateTime(d.resetAt))}. The codes of your old authenticator app no longer work.`,
        'The next time you sign in, you will be asked to set up two-step sign-in again.',
      ],
      action: { label: 'Sign in', url: d.link },
      notes: ['If you did not ask for this, tell the Hujra administrators straight away.'],
    }),
    ur: (d, f) => ({
      subject: 'آپ کے حجرہ اکاؤنٹ میں دو مرحلوں والا سائن ان ری سیٹ کر دیا گیا',
      greeting: greeting('ur', d.name),
      paragraphs: [
        `آپ کے حجرہ اکاؤنٹ میں دو مرحلوں والا سائن ان ${isolate(f.dateTime(d.resetAt))} کو ری سیٹ کر دیا گیا۔ آپ کی پرانی تصدیقی ایپ کے کوڈ اب کام نہیں کریں گے۔`,
        'اگلی بار سائن ان کرتے وقت آپ سے دو مرحلوں والا سائن ان دوبارہ ترتیب دینے کو کہا جائے گا۔',
      ],
      action: { label: 'سائن ان کریں', url: d.link },
      notes: ['اگر آپ نے یہ درخواست نہیں کی تو فوراً حجرہ کے منتظمین کو بتائیں۔'],
    }),
    ps: (d, f) => ({
      subject: 'ستاسو د حجره حساب دوه پړاوه ننوتل بیا تنظیم شول',
      greeting: greeting('ps', d.name),
      paragraphs: [
        `ستاسو د حجره حساب دوه پړاوه ننوتل په ${isolate(f.dateTime(d.resetAt))} بیا تنظیم شول. ستاسو د زاړه تایید اپلیکېشن کوډونه نور کار نه کوي.`,
        'کله چې بل ځل ننوځئ، له تاسو به وغوښتل شي چې دوه پړاوه ننوتل بیا تنظیم کړئ.',
      ],
      action: { label: 'ننوځئ', url: d.link },
      notes: ['که تاسو دا غوښتنه نه وي کړې، سمدستي د حجره مدیرانو ته خبر ورکړئ.'],
    }),
  },
})
