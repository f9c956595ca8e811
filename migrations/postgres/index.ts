import * as migration_20261201_211128_initial from './20261201_211128_initial';

export const migrations = [
  {
    up: migration_20261201_211128_initial.up,
    down: migration_20261201_211128_initial.down,
    name: '20261201_211128_initial'
  },
];
