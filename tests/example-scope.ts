/** Test helpers shared by the tests that run live examples outside a browser (no React, no DOM). */

/** A createElement that returns plain `{type, props}` objects, so a test can read what an example rendered. */
export const h = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => ({
  type,
  props: { ...(props ?? {}), children },
});

/** A stand-in view component that returns its props, named as the real one. */
export const view = (name: string) => Object.assign((p: unknown) => p, { displayName: name });
