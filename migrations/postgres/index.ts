import * as migration_20261201_125220_initial from './20261201_125220_initial';

export const migrations = [
  {
    up: migration_20261201_125220_initial.up,
    down: migration_20261201_125220_initial.down,
    name: '20261201_125220_initial'
  },
];
