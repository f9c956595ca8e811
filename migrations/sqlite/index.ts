import * as migration_20261201_212437_initial from './20261201_212437_initial';

export const migrations = [
  {
    up: migration_20261201_212437_initial.up,
    down: migration_20261201_212437_initial.down,
    name: '20261201_212437_initial'
  },
];
