import * as migration_20261201_182201_initial from './20261201_182201_initial';

export const migrations = [
  {
    up: migration_20261201_182201_initial.up,
    down: migration_20261201_182201_initial.down,
    name: '20261201_182201_initial'
  },
];
