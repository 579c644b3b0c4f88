/**
 * Custom Elements Manifest for @dvc-kit/forms (`pnpm --filter @dvc-kit/forms cem` writes
 * custom-elements.json). Storybook's controls and docs tables read it; nobody writes them by hand.
 */

/** Leaves protected and private members out: the manifest documents what a page may use. */
function publicMembersOnly() {
  return {
    name: 'dvc-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!Array.isArray(declaration.members)) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/** Orders modules by path: the analyzer follows the file system's order, which differs between machines. */
function modulesInPathOrder() {
  return {
    name: 'dvc-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/form-control/*.ts', 'src/components/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly(), modulesInPathOrder()],
};
