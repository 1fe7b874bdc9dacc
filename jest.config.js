const { pathsToModuleNameMapper } = require('./tools/jest-paths');

const swc = require('./jest.swc');
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|load-esm|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|uuid|content-disposition)/)',
  ],
  moduleNameMapper: pathsToModuleNameMapper(),
  setupFiles: ['<rootDir>/test/support/setup-env.js'],
};

/**
 * unit: rules and pieces, no I/O. integration: real PostgreSQL and Redis (a fresh database per run).
 * e2e: HTTP journeys through the real api. browser: headless Chromium against the running api.
 */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,apps,test}/**/*.int-spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
