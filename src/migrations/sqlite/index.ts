import * as migration_20261123_064900_baseline from './20261123_064900_baseline';

export const migrations = [
  {
    up: migration_20261123_064900_baseline.up,
    down: migration_20261123_064900_baseline.down,
    name: '20261123_064900_baseline'
  },
];
