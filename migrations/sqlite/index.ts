import * as migration_20261201_182218_initial from './20261201_182218_initial';

export const migrations = [
  {
    up: migration_20261201_182218_initial.up,
    down: migration_20261201_182218_initial.down,
    name: '20261201_182218_initial'
  },
];
