/**
 * Stands in for @docusaurus/theme-common's `contexts/navbarSecondaryMenu/content.js` (see
 * clientReplacements in docusaurus.config.ts); same exports and behaviour. Two changes, both for
 * the phone layout's first render: the filler hands its content to the mobile menu in a
 * transition (the stock effect re-rendered the whole doc sidebar inside the hidden menu in one
 * task), and its props are compared key by key instead of through a localeCompare sort (the first
 * localeCompare of a page builds an ICU collator: tens of milliseconds).
 */
import React, {
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';

type Content = { component: ComponentType<object> | null; props: object | null };
type ContextValue = [Content, React.Dispatch<React.SetStateAction<Content>>];

const Context = React.createContext<ContextValue | null>(null);

function missingProvider(): Error {
  return new Error('Hook is called outside the <NavbarSecondaryMenuContentProvider>.');
}

export function NavbarSecondaryMenuContentProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const value = useState<Content>({ component: null, props: null });
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useNavbarSecondaryMenuContent(): Content {
  const value = useContext(Context);
  if (!value) throw missingProvider();
  return value[0];
}

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/** The same object as long as its keys and values are the same (shallow). */
function useShallowStable<P extends object>(props: P): P {
  const ref = useRef(props);
  if (ref.current !== props && !sameProps(ref.current as Record<string, unknown>, props as Record<string, unknown>))
    ref.current = props;
  return ref.current;
}

export function NavbarSecondaryMenuFiller<P extends object>({
  component,
  props,
}: {
  component: ComponentType<P>;
  props: P;
}): null {
  const context = useContext(Context);
  if (!context) throw missingProvider();
  const [, setContent] = context;
  const stableProps = useShallowStable(props);
  useEffect(() => {
    startTransition(() => setContent({ component: component as ComponentType<object>, props: stableProps }));
  }, [setContent, component, stableProps]);
  useEffect(() => () => setContent({ component: null, props: null }), [setContent]);
  return null;
}
