import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    // Files run side by side, each worker on its own copy of the migrated
    // template database (tests/setup/workerDatabase.ts). Most of a file's time
    // is spent waiting on servers, browsers and builds, so more workers than
    // cores pays; `--maxWorkers=1` runs the files one after another.
    setupFiles: ['tests/setup/workerDatabase.ts'],
    maxWorkers: 3,
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
