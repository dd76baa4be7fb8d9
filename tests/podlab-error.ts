/** Test helper: `fn` throws a PodLabError whose every field is named (and, if given, matches `field`). */
import { expect } from 'vitest';
import { isPodLabError } from '../src/lifecycle';

export function expectPodLabError(fn: () => unknown, field?: string | RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a PodLabError').toBeDefined();
  expect(isPodLabError(thrown), String(thrown)).toBe(true);
  const errors = (thrown as { errors: { field: string }[] }).errors;
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e.field).not.toBe('');
  if (field !== undefined) expect(errors.map((e) => e.field).join('\n')).toMatch(field);
}
