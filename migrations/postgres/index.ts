import * as migration_20261201_132634_initial from './20261201_132634_initial';

export const migrations = [
  {
    up: migration_20261201_132634_initial.up,
    down: migration_20261201_132634_initial.down,
    name: '20261201_132634_initial'
  },
];
