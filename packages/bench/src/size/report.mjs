// @ts-check
/** The bundle-size part of the report. */
import { barChart } from '../svg.mjs';
import { BUNDLE_OPTIONS, kB } from '../bundle.mjs';
import { FORMS_BUNDLE_TARGET, mark } from '../targets.mjs';
import { SIZE_ENTRIES } from './measure.mjs';

/**
 * @param {{ sizes: (import('../bundle.mjs').BundleSize & { error?: string })[], formsSource: string }} r
 * @returns {{ markdown: string, charts: Record<string, string>, flags: import('../targets.mjs').Flag[] }}
 */
export function sizeSection(r) {
  const forms = r.sizes.find((s) => s.name === 'forms');
  const pass = forms !== undefined && forms.gzip <= FORMS_BUNDLE_TARGET;
  const flags = [
    {
      part: 'size',
      target: `forms single-file bundle ≤ ${kB(FORMS_BUNDLE_TARGET)} min+gzip`,
      measured: kB(forms?.gzip ?? NaN),
      pass,
    },
  ];
  const o = BUNDLE_OPTIONS;
  const lines = [
    '## Bundle sizes',
    '',
    `Every entry built alone with one esbuild config (\`bundle\`, \`minify\`, \`format: ${o.format}\`, \`platform: ${o.platform}\`,`,
    `\`target: ${o.target}\`, code splitting, \`NODE_ENV=production\`), gzip level 9; kB = 1024 B (as the size-budget tests). "Up front" is the`,
    'entry and the chunks it imports statically; "with lazy chunks" adds the dynamically imported ones.',
    `The forms bundle is ${r.formsSource}; each entry re-exports the library's main names`,
    '(`packages/bench/src/size/entries/`). Target (issue 16): the forms single-file bundle ≤ 45 kB.',
    '',
    '| Bundle | minified | min+gzip, up front | with lazy chunks | files |',
    '|---|---:|---:|---:|---:|',
    ...r.sizes.map((s) => {
      const label = SIZE_ENTRIES[/** @type {keyof typeof SIZE_ENTRIES} */ (s.name)] ?? s.name;
      if (s.error !== undefined)
        return `| ${label} | cannot be bundled for browsers: ${s.error.replaceAll('|', '\\|')} | | | |`;
      return `| ${label} | ${kB(s.minified)} | **${kB(s.gzip)}**${s.name === 'forms' ? mark(pass) : ''} | ${kB(s.allGzip)} | ${s.files} |`;
    }),
    '',
    '![Bundle sizes](benchmarks/size.svg)',
    '',
  ];
  const charts = {
    size: barChart({
      title: 'Bundle size, min+gzip up front (kB)',
      unit: 'kB',
      format: (v) => (v / 1024).toFixed(1),
      groups: [
        {
          label: 'ours and the peers',
          bars: r.sizes.map((s, i) => ({
            label: s.name === 'forms' ? '@dvc-kit/forms' : s.name === 'sdk' ? '@dvc-kit/sdk' : s.name,
            value: s.gzip,
            series: i,
            miss: s.name === 'forms' && !pass,
          })),
        },
      ],
    }),
  };
  return { markdown: lines.join('\n'), charts, flags };
}
