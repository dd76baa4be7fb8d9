/**
 * The state diagrams' layouts, computed at build time (`npm run diagrams`, scripts/diagrams.ts), one
 * JSON file per machine, each loaded on its own the first time a diagram of that machine is shown:
 * a page's JavaScript does not carry them. `sizes` (a few bytes) holds a diagram's place meanwhile.
 */
import type { DrawnMachine } from '../diagram';
import sizes from './sizes.json';

export const diagramSizes: Record<string, number[] | undefined> = sizes;

const loaders: Record<string, (() => Promise<{ default: unknown }>) | undefined> = {
  pod: () => import('./pod.json'),
  container: () => import('./container.json'),
  probe: () => import('./probe.json'),
  backoff: () => import('./backoff.json'),
  node: () => import('./node.json'),
};

/** The machines that have a diagram. */
export const diagramMachines = Object.keys(loaders);

const cache = new Map<string, DrawnMachine>();

/**
 * Gives the layout of `machine` up front, for a page that always shows its diagram open (the playground):
 * the data then comes with the page's own scripts instead of a request after the page has started.
 */
export function provideDiagram(machine: string, drawn: unknown): void {
  if (!Object.prototype.hasOwnProperty.call(loaders, machine))
    throw new Error(`provideDiagram: no diagram named ${machine}`);
  cache.set(machine, drawn as DrawnMachine);
}

/** The layout of `machine` once loaded, synchronously (undefined until `loadDiagram` resolved). */
export function loadedDiagram(machine: string): DrawnMachine | undefined {
  return cache.get(machine);
}

/** Loads the layout of `machine`; undefined for a machine that has none. */
export async function loadDiagram(machine: string): Promise<DrawnMachine | undefined> {
  const hit = cache.get(machine);
  if (hit) return hit;
  const load = Object.prototype.hasOwnProperty.call(loaders, machine) ? loaders[machine] : undefined;
  if (!load) return undefined;
  const drawn = (await load()).default as DrawnMachine;
  cache.set(machine, drawn);
  return drawn;
}
