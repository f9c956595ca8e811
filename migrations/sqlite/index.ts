import * as migration_20261201_125235_initial from './20261201_125235_initial';

export const migrations = [
  {
    up: migration_20261201_125235_initial.up,
    down: migration_20261201_125235_initial.down,
    name: '20261201_125235_initial'
  },
];
