import * as migration_20261201_123628_initial from './20261201_123628_initial';

export const migrations = [
  {
    up: migration_20261201_123628_initial.up,
    down: migration_20261201_123628_initial.down,
    name: '20261201_123628_initial'
  },
];
