/**
 * Calls back once the reader first interacts with the page (scroll, wheel, key, pointer, touch).
 * Server-rendered islands (live examples, highlighted code) load their code only then: a reader who
 * just reads pays for none of it.
 */
const INTERACTIONS = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'] as const;
let interacted = false;
const waiting = new Set<() => void>();

export function onFirstInteraction(cb: () => void): () => void {
  if (interacted) {
    cb();
    return () => undefined;
  }
  waiting.add(cb);
  if (waiting.size === 1) {
    const fire = (): void => {
      interacted = true;
      for (const ev of INTERACTIONS) window.removeEventListener(ev, fire, true);
      for (const w of [...waiting]) w();
      waiting.clear();
    };
    for (const ev of INTERACTIONS) window.addEventListener(ev, fire, { capture: true, passive: true });
  }
  return () => {
    waiting.delete(cb);
  };
}
