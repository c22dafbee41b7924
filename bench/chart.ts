// The scaling chart: time per paragraph at each size, on a log x axis, as a small standalone SVG.
import type { ScaleSample } from './scale-one';

const W = 560;
const H = 300;
const PAD = { left: 60, right: 20, top: 30, bottom: 45 };

export function scalingSvg(samples: readonly ScaleSample[]): string {
  const series = [
    {
      label: 'detect + clean',
      color: '#1f6feb',
      value: (s: ScaleSample) => (s.detectMs + s.cleanMs) / s.paragraphs,
    },
    { label: 'jsdom parse', color: '#999999', value: (s: ScaleSample) => s.parseMs / s.paragraphs },
  ];
  const xs = samples.map((s) => Math.log10(s.paragraphs));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const yMax = Math.max(...samples.flatMap((s) => series.map((r) => r.value(s)))) * 1.15;
  const px = (v: number) => PAD.left + ((v - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const py = (v: number) => H - PAD.bottom - (v / yMax) * (H - PAD.top - PAD.bottom);
  const lines = series.map((r) => {
    const points = samples.map(
      (s) => `${px(Math.log10(s.paragraphs)).toFixed(1)},${py(r.value(s)).toFixed(1)}`,
    );
    const dots = points.map(
      (p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${r.color}"/>`,
    );
    return `<polyline fill="none" stroke="${r.color}" stroke-width="2" points="${points.join(' ')}"/>${dots.join('')}`;
  });
  const xTicks = samples.map((s) => {
    const x = px(Math.log10(s.paragraphs)).toFixed(1);
    return `<text x="${x}" y="${H - PAD.bottom + 18}" text-anchor="middle">${s.paragraphs.toLocaleString('en')}</text>`;
  });
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = yMax * f;
    const y = py(v).toFixed(1);
    return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" stroke="#e5e5e5"/><text x="${PAD.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${v.toFixed(3)}</text>`;
  });
  const legend = series.map(
    (r, i) =>
      `<rect x="${PAD.left + 10 + i * 150}" y="8" width="12" height="12" fill="${r.color}"/><text x="${PAD.left + 28 + i * 150}" y="18">${r.label}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">
<rect width="${W}" height="${H}" fill="#ffffff"/>
${yTicks.join('\n')}
${lines.join('\n')}
${xTicks.join('\n')}
<text x="${(W + PAD.left) / 2}" y="${H - 6}" text-anchor="middle">paragraphs on the page (log scale)</text>
<text x="14" y="${(H - PAD.bottom + PAD.top) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(H - PAD.bottom + PAD.top) / 2})">ms per paragraph (median)</text>
${legend.join('\n')}
</svg>
`;
}
