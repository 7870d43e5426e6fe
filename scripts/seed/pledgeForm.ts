import type { Payload } from 'payload'

import type { LocalizedText } from './data/types'

import { lexicalParagraphs } from './lexical'

const TITLE: LocalizedText = {
  en: 'Pledge to enrol a girl',
  ur: 'ایک بچی کے داخلے کا عہد کریں',
  ps: 'د یوې نجلۍ د شاملولو ژمنه وکړئ',
}
const THANKS: LocalizedText = {
  en: 'Thank you. A teacher will call you within a week about the nearest school with a place.',
  ur: 'شکریہ۔ ایک ہفتے کے اندر ایک استاد آپ کو قریب ترین اسکول کے بارے میں فون کرے گا جہاں جگہ ہے۔',
  ps: 'مننه. یو ښوونکی به په یوه اونۍ کې تاسو ته د هغه نږدې ښوونځي په اړه زنګ ووهي چې ځای لري.',
}
const LABELS: Record<string, LocalizedText> = {
  name: { en: 'Your name', ur: 'آپ کا نام', ps: 'ستاسو نوم' },
  phone: { en: 'Phone number', ur: 'فون نمبر', ps: 'د تلیفون شمېره' },
  girls: {
    en: 'How many girls will you enrol?',
    ur: 'آپ کتنی بچیوں کا داخلہ کرائیں گے؟',
    ps: 'څو نجونې به شاملې کړئ؟',
  },
  district: { en: 'Your district', ur: 'آپ کا ضلع', ps: 'ستاسو ولسوالي' },
  grade: {
    en: 'Class she will join',
    ur: 'وہ کس جماعت میں داخل ہوگی',
    ps: 'هغه به په کوم ټولګي کې شامله شي',
  },
  consent: { en: 'I agree', ur: 'میں متفق ہوں', ps: 'زه موافق یم' },
}
const GRADES: { value: string; label: LocalizedText }[] = [
  { value: 'nursery', label: { en: 'Nursery', ur: 'نرسری', ps: 'نرسري' } },
  { value: 'primary', label: { en: 'Primary (1–5)', ur: 'پرائمری (1–5)', ps: 'لومړنی (1–5)' } },
  { value: 'middle', label: { en: 'Middle (6–8)', ur: 'مڈل (6–8)', ps: 'منځنی (6–8)' } },
]
const STATEMENT: LocalizedText = {
  en: 'The campaign team keeps your name and number to call you about a school place, and deletes them when the campaign ends.',
  ur: 'مہم کی ٹیم آپ کا نام اور نمبر صرف اسکول میں جگہ کے بارے میں فون کرنے کے لیے رکھتی ہے اور مہم ختم ہونے پر مٹا دیتی ہے۔',
  ps: 'د کمپاین ټیم ستاسو نوم او شمېره یوازې د ښوونځي د ځای په اړه د زنګ لپاره ساتي، او د کمپاین په پای کې یې ړنګوي.',
}

const blocks = (locale: keyof LocalizedText, ids: (string | undefined)[] = []) =>
  [
    { blockType: 'text', name: 'name', required: true },
    { blockType: 'text', name: 'phone', required: true },
    { blockType: 'number', name: 'girls', required: true, min: 1, max: 20 },
    { blockType: 'district', name: 'district', required: true },
    {
      blockType: 'select',
      name: 'grade',
      options: GRADES.map((g) => ({ value: g.value, label: g.label[locale] })),
    },
    { blockType: 'consent', name: 'consent', statement: STATEMENT[locale] },
  ].map((block, n) => ({ ...block, label: LABELS[block.name]![locale], ...(ids[n] ? { id: ids[n] } : {}) }))

/**
 * The demo's pledge form (the girls' enrolment drive): each answer is a
 * pledge, counted toward the campaign's progress. Created once, by title.
 */
export const seedPledgeForm = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'forms',
    where: { title: { equals: TITLE.en } },
    locale: 'en',
    depth: 0,
    limit: 1,
  })
  if (docs[0]) return docs[0].id
  const form = await payload.create({
    collection: 'forms',
    locale: 'en',
    data: {
      title: TITLE.en,
      fields: blocks('en'),
      confirmationType: 'message',
      confirmationMessage: lexicalParagraphs([THANKS.en]),
      countsTowardProgress: true,
      submitButtonLabel: 'Pledge',
    } as never,
    depth: 0,
    context: { seeding: true },
  })
  const ids = ((form as { fields?: { id?: string }[] }).fields ?? []).map((f) => f.id)
  for (const locale of ['ur', 'ps'] as const) {
    await payload.update({
      collection: 'forms',
      id: form.id,
      locale,
      data: {
        title: TITLE[locale],
        fields: blocks(locale, ids),
        confirmationMessage: lexicalParagraphs([THANKS[locale]], 'rtl'),
        submitButtonLabel: locale === 'ur' ? 'عہد کریں' : 'ژمنه وکړئ',
      } as never,
      depth: 0,
      context: { seeding: true },
    })
  }
  return form.id
}
