import { kubectlAge } from '../lifecycle/kubectl';

/**
 * Durations and ages written the way kubectl writes them.
 *
 * `humanDuration` follows apimachinery's `duration.HumanDuration` (used by `kubectl get` AGE and by
 * `kubectl describe` event ages): seconds up to 2 minutes, then `2m5s` up to 10 minutes, then minutes,
 * hours, days, years with the same cut-offs.
 */
export function humanDuration(seconds: number): string {
  return Number.isFinite(seconds) ? kubectlAge(seconds) : '<unknown>';
}

/** A compact label for a time-axis tick or a cursor: `0s`, `45s`, `1m30s`, `2h`, with decimals under 10 s. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  const sign = seconds < 0 ? '-' : '';
  let s = Math.abs(seconds);
  if (s < 10 && !Number.isInteger(s)) return `${sign}${Number(s.toFixed(1))}s`;
  s = Math.round(s);
  if (s < 60) return `${sign}${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return sign + (h ? `${h}h` : '') + (m ? `${m}m` : '') + (r ? `${r}s` : '');
}
