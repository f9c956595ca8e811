import * as migration_20261201_123649_initial from './20261201_123649_initial';

export const migrations = [
  {
    up: migration_20261201_123649_initial.up,
    down: migration_20261201_123649_initial.down,
    name: '20261201_123649_initial'
  },
];
