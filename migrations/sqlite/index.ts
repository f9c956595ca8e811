import * as migration_20261201_132640_initial from './20261201_132640_initial';

export const migrations = [
  {
    up: migration_20261201_132640_initial.up,
    down: migration_20261201_132640_initial.down,
    name: '20261201_132640_initial'
  },
];
