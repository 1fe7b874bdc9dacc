const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Jest moduleNameMapper from tsconfig.base.json's paths, so imports resolve in tests as in the build. */
function pathsToModuleNameMapper() {
  const tsconfig = JSON.parse(readFileSync(join(__dirname, '..', 'tsconfig.base.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = `<rootDir>/${target}`;
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
