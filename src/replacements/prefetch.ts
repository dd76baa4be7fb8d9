/**
 * Stands in for @docusaurus/core's `client/prefetch.js` (see clientReplacements in
 * docusaurus.config.ts); same signature: prefetch(url) resolves when the file is fetched or failed.
 * The stock helper appends one <link rel="prefetch"> per chunk of every route linked in the
 * viewport. Doc routes share their layout chunks, so a docs page appended about 120 links for
 * 15 distinct files, each append starting a fetch (about 1 ms of main thread), in the tasks right
 * after hydration. Here each file is requested once, and links are added while the browser is idle;
 * files the page already loads as scripts (its own route's chunks) are not requested again.
 */
const requested = new Map<string, Promise<void>>();
const queue: { url: string; done: () => void }[] = [];
let scheduled = false;

type Deadline = { timeRemaining(): number };
const whenIdle: (cb: (d: Deadline) => void) => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (cb) => window.requestIdleCallback(cb, { timeout: 2000 })
    : (cb) =>
        setTimeout(() => {
          const end = performance.now() + 8;
          cb({ timeRemaining: () => end - performance.now() });
        }, 50);

function append(url: string, done: () => void): void {
  const link = document.createElement('link');
  if (!link.relList?.supports?.('prefetch')) {
    void fetch(url, { credentials: 'include' }).then(done, done);
    return;
  }
  link.rel = 'prefetch';
  link.href = url;
  link.onload = done;
  link.onerror = done;
  document.head.appendChild(link);
}

function flush(deadline: Deadline): void {
  scheduled = false;
  // At least one per idle period, so a busy page still makes progress (the timeout above).
  do {
    const next = queue.shift();
    if (!next) return;
    append(next.url, next.done);
  } while (deadline.timeRemaining() > 3);
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  whenIdle(flush);
}

// Taken when main.js runs, when the page template has appended all its scripts (main.js comes last).
// Read later, the list could miss chunks whose element webpack removed after loading them.
const pageScripts = new Set(
  typeof document === 'undefined' ? [] : Array.from(document.scripts, (script) => script.src).filter(Boolean),
);
const isPageScript = (url: string): boolean => pageScripts.has(new URL(url, document.baseURI).href);

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  let pending = requested.get(url);
  if (!pending && isPageScript(url)) {
    // The page's own chunks are listed in its HTML: already loaded or loading as scripts.
    pending = Promise.resolve();
    requested.set(url, pending);
  }
  if (!pending) {
    pending = new Promise<void>((resolve) => queue.push({ url, done: () => resolve() }));
    requested.set(url, pending);
    schedule();
  }
  return pending;
}
