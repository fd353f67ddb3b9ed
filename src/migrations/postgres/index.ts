import * as migration_20261123_051243_baseline from './20261123_051243_baseline';

export const migrations = [
  {
    up: migration_20261123_051243_baseline.up,
    down: migration_20261123_051243_baseline.down,
    name: '20261123_051243_baseline'
  },
];
