/**
 * Stands in for @docusaurus/theme-common's `hooks/useWindowSize.js` (see clientReplacements in
 * docusaurus.config.ts); same API and values. The server renders for 'ssr' (desktop sidebar and
 * table of contents, hidden by CSS on small screens). The stock hook sets the real size in an
 * effect right after hydration, as an urgent update: on a phone React then swaps the desktop
 * sidebar for the mobile menu's copy of it in one uninterrupted task (about 100 ms on a docs page).
 * That first update is a transition here, so React renders it in small slices; nothing visible
 * changes (the swapped parts are hidden on phones). Later resizes stay urgent, as before.
 */
import { startTransition, useEffect, useState } from 'react';

export type WindowSize = 'desktop' | 'mobile' | 'ssr';

// Same value as Infima's breakpoint (see the stock hook).
const DesktopBreakpoint = 996;

function getWindowSize(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({
  desktopBreakpoint = DesktopBreakpoint,
}: { desktopBreakpoint?: number } = {}): WindowSize {
  // A constant first value: the hydrated tree must match the server's (facebook/docusaurus#9379).
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const measured = getWindowSize(desktopBreakpoint);
    startTransition(() => setWindowSize(measured));
    const updateWindowSize = (): void => setWindowSize(getWindowSize(desktopBreakpoint));
    window.addEventListener('resize', updateWindowSize);
    return () => window.removeEventListener('resize', updateWindowSize);
  }, [desktopBreakpoint]);
  return windowSize;
}
