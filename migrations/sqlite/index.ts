import * as migration_20261202_003736_initial from './20261202_003736_initial';

export const migrations = [
  {
    up: migration_20261202_003736_initial.up,
    down: migration_20261202_003736_initial.down,
    name: '20261202_003736_initial'
  },
];
