import type { Payload } from 'payload'

import sharp from 'sharp'

import { CAMPAIGNS, type CampaignSeed, type PhotoSeed } from './data/campaigns'
import { lexicalParagraphs } from './lexical'

const DAY = 24 * 60 * 60 * 1000

/** Midday UTC `days` from `now`: clear of midnight, so a campaign's phase is the same all day in Pakistan. */
const dayFrom = (now: Date, days: number) => {
  const at = new Date(now.getTime() + days * DAY)
  at.setUTCHours(days < 0 ? 3 : 4, 0, 0, 0)
  return at.toISOString()
}

/**
 * A stand-in photo: a landscape in the palette's colours (sky, fields, a
 * figure), 1200×800, so the gallery and the lightbox have real images of a
 * real size to show. Different palettes give different bytes (uploads are
 * deduplicated by hash).
 */
const picture = ({ palette: [sky, ground, accent] }: PhotoSeed, n: number) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
    <rect width="1200" height="800" fill="${sky}"/>
    <circle cx="${950 - n * 40}" cy="150" r="70" fill="#fff6d5"/>
    <path d="M0 520 Q 300 ${430 + n * 10} 600 500 T 1200 480 V 800 H 0 Z" fill="${ground}"/>
    <rect x="${420 + n * 30}" y="380" width="90" height="220" rx="40" fill="${accent}"/>
    <circle cx="${465 + n * 30}" cy="340" r="45" fill="${accent}"/>
    <rect x="${640 - n * 20}" y="470" width="60" height="130" rx="28" fill="${accent}" opacity="0.8"/>
    <circle cx="${670 - n * 20}" cy="440" r="30" fill="${accent}" opacity="0.8"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

const uploadPhoto = async (payload: Payload, campaign: CampaignSeed, photo: PhotoSeed, n: number) => {
  const data = await picture(photo, n)
  const file = await payload.create({
    collection: 'files',
    data: { alt: photo.alt.en },
    file: { data, mimetype: 'image/jpeg', name: `${campaign.slug}-${n + 1}.jpg`, size: data.length },
    depth: 0,
    context: { seeding: true },
  })
  for (const locale of ['ur', 'ps'] as const) {
    await payload.update({
      collection: 'files',
      id: file.id,
      locale,
      data: { alt: photo.alt[locale] },
      depth: 0,
      context: { seeding: true },
    })
  }
  return file.id
}

const idsBySlug = async (
  payload: Payload,
  collection: 'categories' | 'districts' | 'posts',
  slugs: string[],
) => {
  if (slugs.length === 0) return []
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.id)
}

/**
 * The demo campaigns (two running, one scheduled, one ended), in all three
 * languages, with their photos, progress and posts; each created once.
 * `extra` adds fields the caller has (the pledge form, once forms exist).
 */
export const seedCampaigns = async (
  payload: Payload,
  {
    now = new Date(),
    extra,
  }: { now?: Date; extra?: (seed: CampaignSeed) => Promise<Record<string, unknown>> } = {},
): Promise<number> => {
  let created = 0
  for (const seed of CAMPAIGNS) {
    const { totalDocs } = await payload.count({
      collection: 'campaigns',
      where: { slug: { equals: seed.slug } },
    })
    if (totalDocs > 0) continue
    const photos: number[] = []
    for (const [n, photo] of seed.photos.entries()) photos.push(await uploadPhoto(payload, seed, photo, n))
    const base = {
      slug: seed.slug,
      startsAt: dayFrom(now, seed.startsInDays),
      endsAt: dayFrom(now, seed.endsInDays),
      goal: seed.goal,
      progress: seed.progress.map(([days, amount]) => ({ date: dayFrom(now, days), amount })),
      districts: await idsBySlug(payload, 'districts', seed.districts),
      categories: await idsBySlug(payload, 'categories', seed.categories),
      heroImage: photos[0],
      ...(await extra?.(seed)),
    }
    const doc = await payload.create({
      collection: 'campaigns',
      locale: 'en',
      data: {
        ...base,
        title: seed.title.en,
        summary: seed.summary.en,
        body: lexicalParagraphs(seed.body.map((p) => p.en)) as never,
        gallery: photos.map((image, n) => ({
          image,
          alt: seed.photos[n]!.alt.en,
          caption: seed.photos[n]!.caption.en,
        })),
        _status: 'published',
      } as never,
      depth: 0,
      context: { seeding: true },
    })
    for (const locale of ['ur', 'ps'] as const) {
      await payload.update({
        collection: 'campaigns',
        id: doc.id,
        locale,
        data: {
          title: seed.title[locale],
          summary: seed.summary[locale],
          body: lexicalParagraphs(
            seed.body.map((p) => p[locale]),
            'rtl',
          ) as never,
          gallery: (doc.gallery ?? []).map((row, n) => ({
            id: row.id,
            image: photos[n],
            alt: seed.photos[n]!.alt[locale],
            caption: seed.photos[n]!.caption[locale],
          })),
          progress: doc.progress,
          _status: 'published',
        },
        depth: 0,
        context: { seeding: true },
      })
    }
    for (const post of await idsBySlug(payload, 'posts', seed.posts)) {
      await payload.update({
        collection: 'posts',
        id: post,
        data: { campaign: doc.id },
        depth: 0,
        context: { seeding: true },
      })
    }
    if (seed.startsInDays > 0) await scheduleOpeningPost(payload, seed, doc.id, base.startsAt)
    created += 1
  }
  return created
}

const OPENING: Record<'en' | 'ur' | 'ps', (title: string) => string> = {
  en: (title) => `${title}: starting today`,
  ur: (title) => `${title}: آج سے شروع`,
  ps: (title) => `${title}: له نن ورځې پیل`,
}

/**
 * A campaign still to come gets its opening post as a draft, queued to be
 * published when the campaign starts (Payload's schedulePublish job, as an
 * editor would set it on the campaign's post schedule).
 */
const scheduleOpeningPost = async (
  payload: Payload,
  seed: CampaignSeed,
  campaign: number,
  startsAt: string,
) => {
  const post = await payload.create({
    collection: 'posts',
    locale: 'en',
    draft: true,
    data: {
      title: OPENING.en(seed.title.en),
      summary: seed.summary.en,
      body: lexicalParagraphs(seed.body.map((p) => p.en)) as never,
      campaign,
      _status: 'draft',
    },
    depth: 0,
    context: { seeding: true },
  })
  for (const locale of ['ur', 'ps'] as const) {
    await payload.update({
      collection: 'posts',
      id: post.id,
      locale,
      draft: true,
      data: {
        title: OPENING[locale](seed.title[locale]),
        summary: seed.summary[locale],
        body: lexicalParagraphs(
          seed.body.map((p) => p[locale]),
          'rtl',
        ) as never,
      },
      depth: 0,
      context: { seeding: true },
    })
  }
  await payload.jobs.queue({
    task: 'schedulePublish',
    queue: 'default',
    waitUntil: new Date(startsAt),
    input: { type: 'publish', doc: { relationTo: 'posts', value: String(post.id) } } as never,
  })
}
