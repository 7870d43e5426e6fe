import type { PayloadRequest } from 'payload'

/**
 * Whether readers count toward this campaign: it is published (scheduled,
 * running or ended). A draft has no public page to count on, and saying
 * 404 for one tells no more than the campaigns API does.
 */
export const isPublishedCampaign = async (req: PayloadRequest, id: number): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'campaigns',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Whether the campaign exists at all, drafts included (for editors' figures). */
export const campaignExists = async (req: PayloadRequest, id: number): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'campaigns',
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
