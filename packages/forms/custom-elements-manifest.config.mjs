/**
 * Custom Elements Manifest for @dvc-kit/forms (`pnpm --filter @dvc-kit/forms cem` writes
 * custom-elements.json, and from it the React and Vue element types in frameworks/). Storybook's
 * controls and docs tables read it; nobody writes them by hand.
 *
 * Events are documented with the type of their `detail` (`@event {DvcSubmitDetail} dvc-submit`),
 * as Web Awesome does: the JSX and Vue generators type `ondvc-submit` as
 * `(e: CustomEvent<DvcSubmitDetail>) => void` from it.
 */
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

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

/**
 * Drops the events the analyzer infers from a `dispatchEvent(new DvcXxxEvent(...))` without a name:
 * every event a page may listen to is documented by name with `@event`.
 */
function namedEventsOnly() {
  return {
    name: 'dvc-named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (Array.isArray(declaration.events))
            declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

/** DOM event types the generators must not import from the package (an event without a detail). */
const DOM_EVENT_TYPES = new Set(['Event', 'CustomEvent']);

/**
 * Runs a type generator on a copy of the manifest in which plain DOM events (`input`, `change`)
 * carry no detail type (the generators take an event's type as its detail's and would otherwise
 * import `Event` from the package), and each event has the name its framework's prop is made of
 * (`on${name}`).
 */
function onDetailTypes(plugin, propName = (event) => event) {
  return {
    name: `dvc-${plugin.name}`,
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const mod of copy.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (event.type && DOM_EVENT_TYPES.has(event.type.text)) delete event.type;
            event.name = propName(event.name);
          }
        }
      }
      plugin.packageLinkPhase({ customElementsManifest: copy });
    },
  };
}

/** Where the generated types take each element's class (and its events' details) from. */
const typesOf = (_name, tag) => (tag === 'dvc-documents' ? '@dvc-kit/forms/documents' : '@dvc-kit/forms');

/**
 * Vue listens to `@dvc-submit` through the prop `onDvcSubmit` (and React 19 to `ondvc-submit`, the
 * event's own name): `dvc-submit` becomes `DvcSubmit`.
 */
const vueEventName = (event) => event.replace(/(?:^|-)(\w)/g, (_, letter) => letter.toUpperCase());

/** Where the framework types go (the freshness test writes them elsewhere). */
const typesOutdir = process.env['DVC_CEM_TYPES_OUTDIR'] ?? 'frameworks';

/** Elements the form draws for itself: not for pages to write. */
const internalElements = ['DvcFormEntries'];

export default {
  globs: ['src/form-control/*.ts', 'src/internal/controls/checked-control.ts', 'src/components/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    publicMembersOnly(),
    modulesInPathOrder(),
    namedEventsOnly(),
    onDetailTypes(
      customElementJsxPlugin({
        outdir: typesOutdir,
        fileName: 'custom-elements-jsx.d.ts',
        componentTypePath: typesOf,
        exclude: internalElements,
        hideLogs: true,
      }),
    ),
    onDetailTypes(
      customElementVuejsPlugin({
        outdir: typesOutdir,
        fileName: 'vue.d.ts',
        componentTypePath: typesOf,
        exclude: internalElements,
        hideLogs: true,
      }),
      vueEventName,
    ),
  ],
};
