/** Operational status of a resource (distinct from its draft/published state). */
export const RESOURCE_STATUSES = ['active', 'temporarily-closed', 'closed', 'unverified'] as const
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number]
