import * as migration_20261201_211136_initial from './20261201_211136_initial';

export const migrations = [
  {
    up: migration_20261201_211136_initial.up,
    down: migration_20261201_211136_initial.down,
    name: '20261201_211136_initial'
  },
];
