import type { Payload } from 'payload'

import type { LocalizedText } from './data/types'

import { lexicalParagraphs } from './lexical'

interface PostSeed {
  slug: string
  title: LocalizedText
  summary: LocalizedText
}

const POSTS: PostSeed[] = [
  {
    slug: 'welcome-to-hujra',
    title: {
      en: 'Welcome to Hujra',
      ur: 'حجرہ میں خوش آمدید',
      ps: 'حجرې ته ښه راغلاست',
    },
    summary: {
      en: 'A shared directory of the services, facilities and help available in every district of Khyber Pakhtunkhwa.',
      ur: 'خیبر پختونخوا کے ہر ضلع میں دستیاب خدمات، سہولیات اور مدد کی ایک مشترکہ فہرست۔',
      ps: 'د خیبر پښتونخوا په هره ولسوالۍ کې د شته خدمتونو، اسانتیاوو او مرستو ګډ لارښود.',
    },
  },
  {
    slug: 'monsoon-preparedness',
    title: {
      en: 'Getting ready for the monsoon',
      ur: 'مون سون کی تیاری',
      ps: 'د مونسون لپاره چمتووالی',
    },
    summary: {
      en: 'Where to find emergency shelter, clean water and first aid if floods reach your area.',
      ur: 'اگر سیلاب آپ کے علاقے تک پہنچے تو ہنگامی پناہ گاہ، صاف پانی اور ابتدائی طبی امداد کہاں ملے گی۔',
      ps: 'که سیلاب ستاسو سیمې ته ورسید، بیړنۍ سرپناه، پاکې اوبه او لومړنۍ مرسته چېرته پیدا کړئ.',
    },
  },
  {
    slug: 'free-legal-aid-clinics',
    title: {
      en: 'Free legal aid clinics open across the province',
      ur: 'صوبے بھر میں مفت قانونی امداد کے مراکز کھل گئے',
      ps: 'په ټول ولایت کې د وړیا حقوقي مرستې کلینیکونه پرانیستل شول',
    },
    summary: {
      en: 'Lawyers volunteer weekly sessions on land, inheritance and family matters, with women lawyers available.',
      ur: 'وکلاء زمین، وراثت اور خاندانی معاملات پر ہفتہ وار رضاکارانہ نشستیں کرتے ہیں، خواتین وکلاء بھی دستیاب ہیں۔',
      ps: 'وکیلان د ځمکې، میراث او کورنیو چارو په اړه اونیزې داوطلبانه غونډې کوي، ښځینه وکیلانې هم شته.',
    },
  },
]

/** A few published posts in all three languages, created once each. */
export const seedPosts = async (payload: Payload): Promise<void> => {
  for (const post of POSTS) {
    const { totalDocs } = await payload.count({ collection: 'posts', where: { slug: { equals: post.slug } } })
    if (totalDocs > 0) continue
    const created = await payload.create({
      collection: 'posts',
      locale: 'en',
      data: {
        slug: post.slug,
        title: post.title.en,
        summary: post.summary.en,
        body: lexicalParagraphs([post.summary.en]) as never,
        _status: 'published',
      },
      depth: 0,
      context: { seeding: true },
    })
    for (const locale of ['ur', 'ps'] as const) {
      await payload.update({
        collection: 'posts',
        id: created.id,
        locale,
        data: {
          title: post.title[locale],
          summary: post.summary[locale],
          body: lexicalParagraphs([post.summary[locale]], 'rtl') as never,
          _status: 'published',
        },
        depth: 0,
        context: { seeding: true },
      })
    }
  }
}
