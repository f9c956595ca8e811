import * as migration_20261202_012832_initial from './20261202_012832_initial';

export const migrations = [
  {
    up: migration_20261202_012832_initial.up,
    down: migration_20261202_012832_initial.down,
    name: '20261202_012832_initial'
  },
];
