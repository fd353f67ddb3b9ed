import { defineConfig } from 'vitest/config'

const integration = ['tests/int/**/*.test.ts', 'tests/security/**/*.test.ts']

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/compliance/**/*.test.ts', 'tests/channels/**/*.test.ts', 'tests/posters/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int',
          include: integration,
          setupFiles: ['tests/helpers/setup-env.ts'],
          env: { MATRIXDESK_TEST_DB: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.TEST_POSTGRES_URL
        ? [
            {
              test: {
                name: 'int-postgres',
                include: integration,
                setupFiles: ['tests/helpers/setup-env.ts'],
                env: { MATRIXDESK_TEST_DB: 'postgres' },
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          setupFiles: ['tests/helpers/setup-env.ts'],
          // a killed worker's jobs come back after one lock period: 5 s here instead of BullMQ's 30 s
          env: { MATRIXDESK_JOB_LOCK_MS: '5000' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/server-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
