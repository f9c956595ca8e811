import * as migration_20261127_030100_initial from './20261127_030100_initial';

export const migrations = [
  {
    up: migration_20261127_030100_initial.up,
    down: migration_20261127_030100_initial.down,
    name: '20261127_030100_initial'
  },
];
