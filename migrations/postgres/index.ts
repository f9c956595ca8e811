import * as migration_20261201_125409_initial from './20261201_125409_initial';

export const migrations = [
  {
    up: migration_20261201_125409_initial.up,
    down: migration_20261201_125409_initial.down,
    name: '20261201_125409_initial'
  },
];
