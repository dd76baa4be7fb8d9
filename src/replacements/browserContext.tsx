/**
 * Stands in for @docusaurus/core's `client/browserContext.js` (see clientReplacements in
 * docusaurus.config.ts); same exports and values. `useIsBrowser()` turns true once the page has
 * hydrated; every consumer (sidebar categories, colour mode, tabs, search bar...) then re-renders.
 * The stock provider made that an urgent update: one uninterrupted task of about 70 ms on a docs
 * page. Here it is a transition, rendered in slices; the result is the same.
 */
import React, { startTransition, useEffect, useState, type ReactNode } from 'react';

export const Context = React.createContext(false);

export function BrowserContextProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
