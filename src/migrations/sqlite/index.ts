import * as migration_20261123_121729_baseline from './20261123_121729_baseline';

export const migrations = [
  {
    up: migration_20261123_121729_baseline.up,
    down: migration_20261123_121729_baseline.down,
    name: '20261123_121729_baseline'
  },
];
