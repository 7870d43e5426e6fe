import type { AnyPublicCollection } from './collection'

import { publicCampaigns, publicPosts } from './content'
import { publicResources } from './resources'
import { publicCategories, publicDistricts, publicOrganizations, publicTags } from './taxonomies'

/** Every collection the public API reads, in the order the docs list them. */
export const publicCollections: readonly AnyPublicCollection[] = [
  publicResources,
  publicPosts,
  publicCampaigns,
  publicCategories,
  publicDistricts,
  publicTags,
  publicOrganizations,
]

export type { PublicCampaign, PublicPost } from './content'
export type { PublicResource } from './resources'
export type { PublicCategory, PublicDistrict, PublicOrganization, PublicTag } from './taxonomies'
export { PUBLIC_COLLECTIONS, type PublicSlug } from './collection'
