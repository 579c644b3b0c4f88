// @ts-check
/** Charts and flags for the validation and sdk sections, from their sub-benches' raw results. */
import { barChart } from './svg.mjs';
import { SDK_OVERHEAD_TARGET_US, flagsFromMarkdown } from './targets.mjs';

/** @typedef {{ name: string, opsPerSec: number }} Throughput */

/** @param {{ markdown: string, raw: any }} r */
export function validationPart(r) {
  const sections = [
    ['valid input, Node', r.raw.validNode],
    ['valid input, formats stubbed', r.raw.validNoFormats],
    ['valid input, jitless', r.raw.validJitless],
    ['invalid input, every issue and message', r.raw.invalidNode],
  ].filter(([, list]) => Array.isArray(list));
  const series = ['ours', 'ajv', 'zod'];
  const charts = {
    validation: barChart({
      title: 'Validation throughput, residence form (ops/s, median round)',
      unit: 'ops/s',
      format: (v) => Math.round(v).toLocaleString('en-US'),
      groups: sections.map(([label, list]) => ({
        label: /** @type {string} */ (label),
        bars: /** @type {Throughput[]} */ (list).map((t) => ({
          label: t.name === 'ours' ? '@dvc-kit/validation' : t.name,
          value: t.opsPerSec,
          series: Math.max(0, series.indexOf(t.name)),
        })),
      })),
    }),
  };
  const markdown = `${r.markdown.trim()}\n\n![Validation throughput](benchmarks/validation.svg)\n`;
  return { markdown, charts, flags: flagsFromMarkdown('validation', r.markdown) };
}

/** @param {{ markdown: string, raw: any }} r */
export function sdkPart(r) {
  /** @type {{ name: string, result: { fetchMedianUs: number, clientMedianUs: number, overheadMedianUs: number }, cpu?: { fetchUs: number, clientUs: number, overheadUs: number } }[]} */
  const results = r.raw.results ?? [];
  const flags = [
    ...flagsFromMarkdown('sdk', r.markdown),
    ...results.map((x) => ({
      part: 'sdk',
      target: `sdk overhead per request (${x.name}) ≤ ${SDK_OVERHEAD_TARGET_US} µs`,
      measured: `${x.result.overheadMedianUs.toFixed(0)} µs`,
      pass: x.result.overheadMedianUs <= SDK_OVERHEAD_TARGET_US,
    })),
    ...results.flatMap((x) =>
      x.cpu === undefined
        ? []
        : [
            {
              part: 'sdk',
              target: `sdk CPU time per request (${x.name}) ≤ ${SDK_OVERHEAD_TARGET_US} µs over bare fetch`,
              measured: `${x.cpu.overheadUs.toFixed(0)} µs`,
              pass: x.cpu.overheadUs <= SDK_OVERHEAD_TARGET_US,
            },
          ],
    ),
  ];
  const charts = {
    sdk: barChart({
      title: 'One request against the in-memory sandbox (µs, median; wall time, then CPU time)',
      unit: 'µs',
      format: (v) => v.toFixed(0),
      groups: results.map((x) => ({
        label: x.name,
        bars: [
          { label: 'bare fetch', value: x.result.fetchMedianUs, series: 0 },
          {
            label: 'createClient',
            value: x.result.clientMedianUs,
            series: 3,
            miss: x.result.overheadMedianUs > SDK_OVERHEAD_TARGET_US,
          },
          ...(x.cpu === undefined
            ? []
            : [
                { label: 'bare fetch, CPU', value: x.cpu.fetchUs, series: 1 },
                {
                  label: 'createClient, CPU',
                  value: x.cpu.clientUs,
                  series: 2,
                  miss: x.cpu.overheadUs > SDK_OVERHEAD_TARGET_US,
                },
              ]),
        ],
      })),
    }),
  };
  const markdown = `${r.markdown.trim()}\n\n![sdk requests](benchmarks/sdk.svg)\n`;
  return { markdown, charts, flags };
}
