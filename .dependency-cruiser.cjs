/**
 * The layer check. The order is written down in docs/architecture.md; this file enforces it.
 * Run with `pnpm layers`; `npm test` runs it after lint.
 *
 *   contract, validation, admin-units   (import nothing of ours)
 *   sdk                       (may use validation, contract)
 *   procedures                (may use validation, contract)
 *   forms                     (validation, procedures/format; talks to the portal only through an interface the sdk satisfies)
 *   sandbox, cli              (on top: may use anything above)
 *   examples                  (nothing imports them)
 */
const pkg = (name) => `^packages/${name}/`;

/** Packages each layer may NOT import. */
const forbiddenImports = {
  contract: ['validation', 'admin-units', 'sdk', 'procedures', 'forms', 'sandbox', 'cli'],
  validation: ['contract', 'admin-units', 'sdk', 'procedures', 'forms', 'sandbox', 'cli'],
  'admin-units': ['contract', 'validation', 'sdk', 'procedures', 'forms', 'sandbox', 'cli'],
  sdk: ['procedures', 'forms', 'sandbox', 'cli'],
  procedures: ['sdk', 'forms', 'sandbox', 'cli'],
  forms: ['sdk', 'sandbox', 'cli'],
  sandbox: ['cli'],
  cli: ['sandbox'],
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make layers meaningless and modules hard to load in isolation.',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(forbiddenImports).map(([from, targets]) => ({
      name: `layer-${from}`,
      severity: 'error',
      comment: `${from} may not import ${targets.join(', ')} (docs/architecture.md).`,
      // A package's tests and benchmarks are its consumers, so they may use what sits above it; so
      // may the sdk's testing kit (`@dvc-kit/sdk/testing`), which starts a sandbox for its users' tests.
      from: { path: pkg(from), pathNot: '^packages/[^/]+/(test|bench)/|^packages/sdk/src/testing/' },
      to: { path: `^packages/(${targets.join('|')})/` },
    })),
    {
      name: 'no-import-of-examples',
      severity: 'error',
      comment: 'Examples use the packages; nothing uses the examples.',
      from: { pathNot: '^examples/' },
      to: { path: '^examples/' },
    },
    {
      name: 'internal-never-imports-own-public-entry',
      severity: 'error',
      comment: "src/internal/ is private machinery; it must not depend on its own package's public entry.",
      from: { path: '^packages/([^/]+)/src/internal/' },
      to: { path: '^packages/$1/src/index\\.ts$' },
    },
    {
      name: 'no-private-paths-across-packages',
      severity: 'error',
      comment:
        'Another package is used only through its public entry (its exports map), never its internals.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/([^/]+)/src/internal/', pathNot: '^packages/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // `.out/`: scratch output of local harnesses (packages/forms/test/perf), never part of a package.
    exclude: { path: '(^|/)(dist|node_modules|storybook-static|\\.out)/|/test/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@dvc-kit/source', 'import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
