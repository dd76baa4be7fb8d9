/**
 * `ValidateResourceRequirements` of `pkg/apis/core/validation/validation.go` (Kubernetes 1.35), the parts for
 * cpu, memory, ephemeral-storage and hugepages: standard names, non-negative quantities, request ≤ limit.
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/apis/core/validation/validation.go
 * Go walks the maps in random order; PodLab reports in the manifest's key order. Extended resources
 * (`example.com/gpu`, names with a `/`) are accepted without the further checks upstream makes on them.
 */
import type { FieldError } from './types';
import { isPodLabError } from './errors';
import { cmpQuantity, formatQuantity, parseQuantityValue, type Quantity } from './quantity';

const isStandardContainerResource = (n: string) =>
  n === 'cpu' || n === 'memory' || n === 'ephemeral-storage' || n.startsWith('hugepages-');

function readList(list: unknown, path: string, errs: FieldError[], checkNames: boolean): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  if (!list || typeof list !== 'object' || Array.isArray(list)) return out;
  const entries = Object.entries(list as Record<string, unknown>).slice(0, 64);
  for (const [name, raw] of entries) {
    const fp = `${path}[${name}]`;
    if (checkNames && !name.includes('/') && !isStandardContainerResource(name)) {
      errs.push({
        field: fp,
        message: `Invalid value: ${JSON.stringify(name)}: must be a standard resource for containers`,
      });
      continue;
    }
    let q: Quantity;
    try {
      q = parseQuantityValue(raw as string | number, fp);
    } catch (e) {
      errs.push({
        field: fp,
        message: `Invalid value: ${JSON.stringify(String(raw))}: ${isPodLabError(e) ? (e.errors[0]?.message ?? e.message) : String(e)}`,
      });
      continue;
    }
    // ValidateNonnegativeQuantity (apimachinery IsNegativeErrorMsg).
    if (q.nanos < 0n)
      errs.push({
        field: fp,
        message: `Invalid value: ${JSON.stringify(formatQuantity(q))}: must be greater than or equal to 0`,
      });
    out.set(name, q);
  }
  return out;
}

/**
 * Errors of one `resources` block at `path` (e.g. `spec.containers[0].resources`), worded as the API server
 * writes them: `spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`.
 */
export function validateResourceRequirements(resources: unknown, path: string, checkNames = true): FieldError[] {
  const errs: FieldError[] = [];
  if (!resources || typeof resources !== 'object' || Array.isArray(resources)) return errs;
  const r = resources as { limits?: unknown; requests?: unknown };
  const limits = readList(r.limits, `${path}.limits`, errs, checkNames);
  const requests = readList(r.requests, `${path}.requests`, errs, checkNames);
  for (const [name, req] of requests) {
    const lim = limits.get(name);
    if (lim && cmpQuantity(req, lim) > 0) {
      errs.push({
        field: `${path}.requests`,
        message: `Invalid value: ${JSON.stringify(formatQuantity(req))}: must be less than or equal to ${name} limit of ${formatQuantity(lim)}`,
      });
    }
  }
  return errs;
}
