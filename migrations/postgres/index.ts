import * as migration_20261201_212419_initial from './20261201_212419_initial';

export const migrations = [
  {
    up: migration_20261201_212419_initial.up,
    down: migration_20261201_212419_initial.down,
    name: '20261201_212419_initial'
  },
];
