/**
 * Writes src/views/diagrams/<machine>.json (the layout of each state diagram, computed here, at build
 * time, by src/views/diagramLayout.ts, so that the browser only draws) and sizes.json (each diagram's
 * size, to hold its place while its file loads). `npm run diagrams` after changing a machine; a unit
 * test fails while the files are stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { machines } from '../src/lifecycle';
import type { DrawnMachine } from '../src/views/diagram';
import { layoutMachine } from '../src/views/diagramLayout';

/** What the client reads: per machine, boxes and SVG paths only (no polyline points, no label sizes). */
export function diagramLayouts(): Record<string, DrawnMachine> {
  return Object.fromEntries(
    Object.entries(machines).map(([key, m]) => {
      const { id, width, height, regions } = layoutMachine(m);
      const drawn: DrawnMachine = {
        id,
        width,
        height,
        regions: regions.map((r) => ({
          name: r.name,
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          nodes: r.nodes.map(({ id, x, y, width, height, initial, final }) => ({
            id,
            x,
            y,
            width,
            height,
            ...(initial ? { initial } : {}),
            ...(final ? { final } : {}),
          })),
          edges: r.edges.map((e) => ({
            from: e.from,
            to: e.to,
            events: e.events,
            d: e.d,
            label: [e.label.x, e.label.y],
          })),
        })),
      };
      return [key, drawn];
    }),
  );
}

/** Each diagram's `[width, height]`. */
export function diagramSizes(layouts = diagramLayouts()): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(layouts).map(([k, m]) => [k, [m.width, m.height]]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/views/diagrams');
  const layouts = diagramLayouts();
  for (const [key, drawn] of Object.entries(layouts))
    fs.writeFileSync(path.join(dir, `${key}.json`), JSON.stringify(drawn) + '\n');
  fs.writeFileSync(path.join(dir, 'sizes.json'), JSON.stringify(diagramSizes(layouts)) + '\n');
  console.log(`wrote ${Object.keys(layouts).length + 1} files in ${path.relative(process.cwd(), dir)}`);
}
