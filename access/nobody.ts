import type { Access } from 'payload'

/** For append-only data: the Local API with `overrideAccess` is the only writer. */
export const nobody: Access = () => false
