import * as migration_20261201_204836_initial from './20261201_204836_initial';

export const migrations = [
  {
    up: migration_20261201_204836_initial.up,
    down: migration_20261201_204836_initial.down,
    name: '20261201_204836_initial'
  },
];
