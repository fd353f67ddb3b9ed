import * as migration_20261123_081707_baseline from './20261123_081707_baseline';

export const migrations = [
  {
    up: migration_20261123_081707_baseline.up,
    down: migration_20261123_081707_baseline.down,
    name: '20261123_081707_baseline'
  },
];
