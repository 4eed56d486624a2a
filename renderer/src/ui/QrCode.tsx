import { encode } from 'uqr';

/**
 * A QR code drawn as one SVG path from the code's modules: no markup string
 * and no image data, so it needs nothing the app's CSP does not allow.
 * Dark on light with a quiet zone, as phone cameras expect.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const quiet = 4;
  const cells: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) cells.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    }),
  );
  const extent = size + quiet * 2;
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
