/**
 * Durations and ages written the way kubectl writes them.
 *
 * `humanDuration` follows apimachinery's `duration.HumanDuration` (used by `kubectl get` AGE and by
 * `kubectl describe` event ages): seconds up to 2 minutes, then `2m5s` up to 10 minutes, then minutes,
 * hours, days, years with the same cut-offs.
 */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '<unknown>';
  const s = Math.floor(seconds);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 60 * 2) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 10) {
    const rest = s % 60;
    return rest === 0 ? `${minutes}m` : `${minutes}m${rest}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(s / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    const y = Math.floor(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
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
