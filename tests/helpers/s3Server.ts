import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

import { freePort } from './startProcess'

/**
 * A real S3-protocol server (s3rver, from npm) on a free port, its objects
 * in a temporary folder, with one empty bucket.
 */
export const startS3Server = async (bucket = 'hujra-test') => {
  const directory = await mkdtemp(path.join(tmpdir(), 'hujra-s3-'))
  const port = await freePort()
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    close: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
