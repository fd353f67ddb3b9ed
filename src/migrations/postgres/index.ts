import * as migration_20261123_081716_baseline from './20261123_081716_baseline';

export const migrations = [
  {
    up: migration_20261123_081716_baseline.up,
    down: migration_20261123_081716_baseline.down,
    name: '20261123_081716_baseline'
  },
];
