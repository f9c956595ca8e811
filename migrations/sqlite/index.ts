import * as migration_20261201_125432_initial from './20261201_125432_initial';

export const migrations = [
  {
    up: migration_20261201_125432_initial.up,
    down: migration_20261201_125432_initial.down,
    name: '20261201_125432_initial'
  },
];
