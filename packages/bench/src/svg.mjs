// @ts-check
/**
 * Horizontal bar charts as plain SVG text, no dependency: one row per bar, grouped, a whisker from
 * min to max when the spread is known, and a red outline on a bar that misses its target.
 */

/**
 * @typedef {{ label: string, value: number, min?: number, max?: number, miss?: boolean, series?: number }} Bar
 * @typedef {{ label: string, bars: Bar[] }} Group
 */

const PALETTE = [
  '#7a7a7a',
  '#2b6cb0',
  '#b7791f',
  '#2f855a',
  '#805ad5',
  '#c53030',
  '#00838f',
  '#5d4037',
  '#ad1457',
  '#455a64',
];
const escape = (/** @type {string} */ s) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * @param {{ title: string, unit: string, groups: Group[], format?: (v: number) => string, log?: boolean }} chart
 * @returns {string}
 */
export function barChart({ title, unit, groups, format = (v) => v.toFixed(1) }) {
  const labelWidth = 300;
  const plotWidth = 420;
  const valueWidth = 110;
  const barHeight = 16;
  const gap = 4;
  const groupGap = 14;
  const top = 36;
  const finite = groups
    .flatMap((g) => g.bars.flatMap((b) => [b.value, b.max ?? b.value]))
    .filter(Number.isFinite);
  const maxValue = Math.max(...finite, Number.MIN_VALUE);
  const scale = (/** @type {number} */ v) =>
    Number.isFinite(v) ? (Math.max(0, v) / maxValue) * plotWidth : 0;
  const parts = [];
  let y = top;
  for (const group of groups) {
    parts.push(`<text x="4" y="${y + 12}" font-weight="bold">${escape(group.label)}</text>`);
    y += barHeight + gap;
    group.bars.forEach((bar, i) => {
      const color = PALETTE[(bar.series ?? i) % PALETTE.length];
      const w = scale(bar.value);
      const stroke = bar.miss ? ' stroke="#c00" stroke-width="2"' : '';
      parts.push(`<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${escape(bar.label)}</text>`);
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${color}"${stroke}><title>${escape(`${bar.label}: ${format(bar.value)} ${unit}`)}</title></rect>`,
      );
      if (
        bar.min !== undefined &&
        bar.max !== undefined &&
        Number.isFinite(bar.min) &&
        Number.isFinite(bar.max)
      ) {
        const x1 = labelWidth + scale(bar.min);
        const x2 = labelWidth + scale(bar.max);
        const cy = y + barHeight / 2;
        parts.push(
          `<path d="M${x1.toFixed(1)} ${cy}H${x2.toFixed(1)}M${x1.toFixed(1)} ${cy - 4}V${cy + 4}M${x2.toFixed(1)} ${cy - 4}V${cy + 4}" stroke="#000" stroke-width="1"/>`,
        );
      }
      const text = Number.isFinite(bar.value) ? `${format(bar.value)} ${unit}${bar.miss ? ' ✗' : ''}` : 'n/a';
      parts.push(
        `<text x="${labelWidth + Math.max(w, scale(bar.max ?? 0)) + 6}" y="${y + 12}">${escape(text)}</text>`,
      );
      y += barHeight + gap;
    });
    y += groupGap;
  }
  const width = labelWidth + plotWidth + valueWidth;
  const height = y + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-label="${escape(title)}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="4" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
