/** @module cli/commands/version `mockhaus version`: prints the Mockhaus and DuckDB versions. */
import { defineCommand } from 'citty';
import { VERSION } from '../_version.ts';

export default defineCommand({
  meta: { name: 'version', description: 'Print the Mockhaus version' },
  run() {
    console.log(`mockhaus ${VERSION}`);
    return 0;
  },
});
