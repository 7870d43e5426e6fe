/**
 * What one request may ask for. REST caps keep a single list request bounded;
 * the GraphQL ones keep one request from fanning out into many concurrent
 * queries (every root field resolves at once, each holding a pool connection:
 * 120 aliased lists took 7 s and starved other requests of connections).
 */
export const LIMITS = {
  /** REST and GraphQL `limit`: documents per page. The site lists taxonomy terms 500 at a time. */
  maxLimit: 500,
  /** GraphQL `limit`: lower, as one query can hold several lists. */
  maxGraphQLLimit: 100,
  /** REST `page`. */
  maxPage: 100_000,
  /** REST `depth`: relationship levels populated. The admin and the site ask for 0–1. */
  maxDepth: 3,
  /** GraphQL: root fields (aliases included) in one operation; each is a query of its own. */
  maxRootFields: 10,
  /** GraphQL: field selections in the whole document. */
  maxFields: 300,
  /** GraphQL: selection-set nesting. */
  maxQueryDepth: 8,
  /** GraphQL: Payload's complexity estimate (1 per field, 10 per relationship). */
  maxComplexity: 500,
  /** `where`: nested and/or levels. */
  maxWhereDepth: 5,
} as const
