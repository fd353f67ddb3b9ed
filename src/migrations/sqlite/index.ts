import * as migration_20261123_051238_baseline from './20261123_051238_baseline';

export const migrations = [
  {
    up: migration_20261123_051238_baseline.up,
    down: migration_20261123_051238_baseline.down,
    name: '20261123_051238_baseline'
  },
];
