/**
 * The error PodLab throws for bad input (YAML, schema, validation, forbidden updates, scenarios).
 *
 * The `message` of an `invalid` error is worded like kubectl's (see `kubectl/pkg/cmd/util/helpers.go`
 * `checkErr` → `MultilineError`, fed by apimachinery `errors.NewInvalid`): one problem stays on one line,
 * several become a bulleted list after the header.
 */
import type { FieldError, PodLabErrorShape } from './types';

export type PodLabErrorKind = PodLabErrorShape['kind'];

/** Formats one field error as the API server does (`field.Error.Error()`: `<field>: <body>`). */
export function formatFieldError(e: FieldError): string {
  return e.field ? `${e.field}: ${e.message}` : e.message;
}

/**
 * kubectl's text for an Invalid status (`helpers.go` `checkErr` + `MultilineError`):
 * `The Pod "web" is invalid: spec.x: Required value` for one cause, or, for several,
 * `The Pod "web" is invalid: ` followed by one `* field: message` line per cause.
 */
export function invalidMessage(kind: string, name: string | undefined, errors: FieldError[]): string {
  const header = `The ${kind} ${JSON.stringify(name ?? '')} is invalid: `;
  if (errors.length === 0) return header.trimEnd();
  if (errors.length === 1) return header + formatFieldError(errors[0]);
  return header + '\n' + errors.map((e) => `* ${formatFieldError(e)}`).join('\n');
}

/** Thrown by `parsePod`, `simulate` and friends; carries every problem at once. */
export class PodLabError extends Error implements PodLabErrorShape {
  readonly kind: PodLabErrorKind;
  readonly errors: FieldError[];
  readonly line?: number;
  readonly column?: number;

  constructor(
    kind: PodLabErrorKind,
    message: string,
    errors: FieldError[] = [],
    where?: { line?: number; column?: number },
  ) {
    super(message);
    this.name = 'PodLabError';
    this.kind = kind;
    this.errors = errors;
    if (where?.line !== undefined) this.line = where.line;
    if (where?.column !== undefined) this.column = where.column;
  }

  /** An `invalid` error for a Pod, with kubectl's message (see `invalidMessage`). */
  static invalid(name: string | undefined, errors: FieldError[], kind = 'Pod'): PodLabError {
    return new PodLabError('invalid', invalidMessage(kind, name, errors), errors);
  }
}

/** True for a `PodLabError` (also across module copies, by shape). */
export function isPodLabError(e: unknown): e is PodLabError {
  return (
    e instanceof PodLabError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'PodLabError' &&
      Array.isArray((e as { errors?: unknown }).errors))
  );
}
