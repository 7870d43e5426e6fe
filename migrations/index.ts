import * as migration_20261124_113531_initial from './20261124_113531_initial';

export const migrations = [
  {
    up: migration_20261124_113531_initial.up,
    down: migration_20261124_113531_initial.down,
    name: '20261124_113531_initial'
  },
];
