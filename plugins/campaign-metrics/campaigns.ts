import type { CollectionSlug, PayloadRequest } from 'payload'

const CAMPAIGNS = 'campaigns' as CollectionSlug

/**
 * Whether readers count toward this campaign: it exists and is published
 * (scheduled, running or ended; a draft has no public page to count on).
 * Until the campaigns collection is part of the config, every id counts.
 */
export const isPublishedCampaign = async (req: PayloadRequest, id: number): Promise<boolean> => {
  if (!req.payload.collections[CAMPAIGNS]) return true
  const { totalDocs } = await req.payload.count({
    collection: CAMPAIGNS,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether the campaign exists at all, drafts included (for editors' figures). */
export const campaignExists = async (req: PayloadRequest, id: number): Promise<boolean> => {
  if (!req.payload.collections[CAMPAIGNS]) return true
  const { totalDocs } = await req.payload.count({
    collection: CAMPAIGNS,
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
