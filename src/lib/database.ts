// The database adapter is chosen by DATABASE_URL (see src/lib/env.ts).
// String ids everywhere (uuid on SQL) so application code and tests run unchanged on SQLite, PostgreSQL
// and MongoDB. SQL adapters push the schema in development and tests; a production start applies the
// committed migrations in src/migrations/<adapter> instead (never both on one database).
import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import type { AppEnv } from './env'

export function databaseAdapter(env: AppEnv): DatabaseAdapterObj {
  const production = env.nodeEnv === 'production'
  // overridable so the drift test can diff the schema against a copy of the committed migrations
  const migrationsRoot = process.env.MATRIXDESK_MIGRATIONS_DIR || path.join(env.root, 'src', 'migrations')
  switch (env.databaseKind) {
    case 'sqlite': {
      const file = env.databaseUrl.slice('file:'.length)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      return sqliteAdapter({
        client: { url: env.databaseUrl },
        idType: 'uuid',
        // web and worker share the file: WAL lets readers run beside the writer, and a busy timeout
        // makes a second writer wait instead of failing with SQLITE_BUSY. synchronous=NORMAL (the default
        // here) syncs the WAL at checkpoints instead of at every commit: commits stay durable across process
        // crashes, and only an OS crash or power cut can take back the last moments. Every commit holds the
        // one write lock 10× shorter (0.12 ms instead of 1.2 ms measured here), which is what lets web and
        // two workers share the file at 10,000 publications a minute. SQLITE_SYNCHRONOUS=FULL restores
        // per-commit fsync where power-cut durability matters more than throughput.
        wal: { synchronous: env.sqliteSynchronous },
        busyTimeout: 10_000,
        // No transactionOptions: with them libsql opens a fresh connection after every transaction that
        // lacks the busy timeout, and web + worker then fail with SQLITE_BUSY under load. Code that must be
        // atomic therefore never relies on SQLite transactions: publication claims are conditional single-row
        // updates, workflow transitions hold a Redis lock, and the tracking writer is idempotent per event.
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        push: !production && process.env.MATRIXDESK_NO_PUSH !== '1',
        prodMigrations: production ? sqliteMigrations : undefined,
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: env.databaseUrl, max: 10 },
        idType: 'uuid',
        migrationDir: path.join(migrationsRoot, 'postgres'),
        push: !production && process.env.MATRIXDESK_NO_PUSH !== '1',
        prodMigrations: production ? postgresMigrations : undefined,
      })
    case 'mongodb':
      return mongooseAdapter({ url: env.databaseUrl })
  }
}
