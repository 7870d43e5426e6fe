import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    // One database for the whole run; files run one after another so counts
    // and the start/stop cycle never race each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Admin components rendered in tests import Payload's UI, whose modules import CSS
    // (react-image-crop's among them): Node cannot load CSS, Vite can (as empty modules).
    server: { deps: { inline: [/@payloadcms\/ui/, /react-image-crop/] } },
    env: {
      JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: 'hujra-test-secret-not-for-production',
      NODE_ENV: 'test',
    },
  },
})
