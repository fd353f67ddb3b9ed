import * as migration_20261123_064908_baseline from './20261123_064908_baseline';

export const migrations = [
  {
    up: migration_20261123_064908_baseline.up,
    down: migration_20261123_064908_baseline.down,
    name: '20261123_064908_baseline'
  },
];
