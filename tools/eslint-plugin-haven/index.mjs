// Haven's own lint rules, loaded by eslint.config.mjs without a build step.
//   haven/no-import-cycles  an import that closes a cycle between files or between features
//   haven/leaf-folders      a leaf folder (api common/, web shared/) importing a feature
//   haven/sql-parameters    SQL text composed from values (concatenation, interpolation) at a sink
import { leafFolders } from './leaf-folders.mjs';
import { noImportCycles } from './no-import-cycles.mjs';
import { sqlParameters } from './sql-parameters.mjs';

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'eslint-plugin-haven' },
  rules: {
    'no-import-cycles': noImportCycles,
    'leaf-folders': leafFolders,
    'sql-parameters': sqlParameters,
  },
};

export default plugin;
