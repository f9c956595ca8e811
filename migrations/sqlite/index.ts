import * as migration_20261201_213831_initial from './20261201_213831_initial';

export const migrations = [
  {
    up: migration_20261201_213831_initial.up,
    down: migration_20261201_213831_initial.down,
    name: '20261201_213831_initial'
  },
];
