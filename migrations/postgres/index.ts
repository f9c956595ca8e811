import * as migration_20261127_052617_initial from './20261127_052617_initial';

export const migrations = [
  {
    up: migration_20261127_052617_initial.up,
    down: migration_20261127_052617_initial.down,
    name: '20261127_052617_initial'
  },
];
