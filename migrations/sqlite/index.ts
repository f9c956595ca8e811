import * as migration_20261127_015018_initial from './20261127_015018_initial';

export const migrations = [
  {
    up: migration_20261127_015018_initial.up,
    down: migration_20261127_015018_initial.down,
    name: '20261127_015018_initial'
  },
];
