import { z } from 'zod'

import { dateTimeField, defineTemplate, isolate, linkField } from './define'
import type { MailLocale } from './types'

const answer = z.object({
  label: z.string().trim().min(1).max(500),
  // Ticked boxes come as booleans and are written as yes/no in the reader's language.
  value: z.union([z.string().max(5000), z.boolean()]),
})

const YES_NO: Record<MailLocale, [string, string]> = {
  en: ['Yes', 'No'],
  ur: ['ہاں', 'نہیں'],
  ps: ['هو', 'نه'],
}

/** One answer as a line: `Label: value`, both isolated so mixed scripts keep their order. */
const line = (locale: MailLocale, { label, value }: z.output<typeof answer>) => {
  const shown = typeof value === 'boolean' ? YES_NO[locale][value ? 0 : 1] : value
  return `${isolate(label)}: ${isolate(shown)}`
}

/**
 * To the addresses a form's editor set: someone answered the form. The
 * answers are listed (each escaped by the layout like any text, so an answer
 * can never become markup or a link); `link` opens the submission in the
 * admin. `subject` and `intro` are the editor's own words from the form's
 * notification settings, when given.
 */
export const formSubmission = defineTemplate({
  data: z.object({
    formTitle: z.string().trim().min(1).max(200),
    subject: z.string().trim().min(1).max(200).optional(),
    intro: z.string().trim().min(1).max(5000).optional(),
    answers: z.array(answer).max(50),
    submittedAt: dateTimeField,
    link: linkField,
  }),
  content: {
    en: (d, f) => ({
      subject: d.subject ?? `New answer to the form “${d.formTitle}”`,
      greeting: 'Hello,',
      paragraphs: [
        `Someone answered the form ${isolate(d.formTitle)} on ${isolate(f.dateTime(d.submittedAt))}.`,
        ...(d.intro ? [d.intro] : []),
        ...(d.answers.length ? d.answers.map((a) => line('en', a)) : ['No field was filled in.']),
      ],
      action: { label: 'Open the answer', url: d.link },
      notes: ['You get this mail because this address is set to be told of answers to this form.'],
    }),
    ur: (d, f) => ({
      subject: d.subject ?? `فارم «${d.formTitle}» کا نیا جواب`,
      greeting: 'السلام علیکم،',
      paragraphs: [
        `کسی نے ${isolate(f.dateTime(d.submittedAt))} کو فارم ${isolate(d.formTitle)} بھرا۔`,
        ...(d.intro ? [d.intro] : []),
        ...(d.answers.length ? d.answers.map((a) => line('ur', a)) : ['کوئی خانہ نہیں بھرا گیا۔']),
      ],
      action: { label: 'جواب کھولیں', url: d.link },
      notes: ['یہ ای میل آپ کو اس لیے ملی ہے کہ اس فارم کے جوابات کی اطلاع اس پتے پر بھیجی جاتی ہے۔'],
    }),
    ps: (d, f) => ({
      subject: d.subject ?? `د «${d.formTitle}» فورمې نوی ځواب`,
      greeting: 'السلام علیکم،',
      paragraphs: [
        `یو چا په ${isolate(f.dateTime(d.submittedAt))} د ${isolate(d.formTitle)} فورمه ډکه کړه.`,
        ...(d.intro ? [d.intro] : []),
        ...(d.answers.length ? d.answers.map((a) => line('ps', a)) : ['هېڅ خانه نه ده ډکه شوې.']),
      ],
      action: { label: 'ځواب پرانیزئ', url: d.link },
      notes: ['دا برېښنالیک تاسو ته ځکه راغلی چې د دې فورمې د ځوابونو خبرتیا دې پتې ته لېږل کېږي.'],
    }),
  },
})
