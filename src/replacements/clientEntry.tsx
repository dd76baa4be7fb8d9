/**
 * Stands in for @docusaurus/core's `client/clientEntry.js` (see clientReplacements in
 * docusaurus.config.ts); same app, same hydration. The stock entry imports everything statically, so
 * the browser compiles and runs every module of main.js in the one task that evaluates it (about
 * 160 ms on a phone, the largest block of the first load). Here the app's parts are required one
 * task after another: routes, the current route's components, React, client modules, theme, App.
 */
import type { ReactNode } from 'react';

const ExecutionEnvironment = { canUseDOM: typeof window !== 'undefined' && !!window.document };

// A macrotask boundary: lets the browser paint and handle input between two parts of the boot.
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function boot(): Promise<void> {
  const [{ default: routes }, { matchRoutes }, { default: docusaurus }] = await Promise.all([
    import(/* webpackMode: "eager" */ '@generated/routes'),
    import(/* webpackMode: "eager" */ 'react-router-config'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus.js'),
  ]);
  const w = window as unknown as { docusaurus: unknown; docusaurusRoot?: AppRoot };
  w.docusaurus = docusaurus;
  await nextTask();
  // The stock preload() loads every component of the route at once, running all their modules (the
  // page's MDX, the doc layout...) in one task; here one component per task. Their chunks are
  // listed in the page's HTML (routeChunksManifest.ts), so waiting on each in turn costs no time.
  const { pathname } = window.location;
  for (const match of [...new Set([pathname, decodeURI(pathname)])].flatMap((p) => matchRoutes(routes, p))) {
    await match.route.component.preload?.();
    await nextTask();
  }
  const React = await import(/* webpackMode: "eager" */ 'react');
  await nextTask();
  // @ts-expect-error -- react-dom ships no types and this project does not install @types/react-dom
  const { default: ReactDOM } = (await import(/* webpackMode: "eager" */ 'react-dom/client')) as {
    default: ReactDOMClient;
  };
  await nextTask();
  await import(/* webpackMode: "eager" */ '@generated/client-modules');
  await nextTask();
  await Promise.all([
    import(/* webpackMode: "eager" */ '@theme/Root'),
    import(/* webpackMode: "eager" */ '@theme/ThemeProvider'),
    import(/* webpackMode: "eager" */ '@theme/SiteMetadata'),
  ]);
  await nextTask();
  const [{ default: App }, { HelmetProvider }, { BrowserRouter, HashRouter }, { default: siteConfig }] =
    await Promise.all([
      import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App.js'),
      import(/* webpackMode: "eager" */ 'react-helmet-async'),
      import(/* webpackMode: "eager" */ 'react-router-dom'),
      import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
    ]);
  await nextTask();

  const Router = ({ children }: { children: ReactNode }) =>
    siteConfig.future.experimental_router === 'hash' ? (
      <HashRouter>{children}</HashRouter>
    ) : (
      <BrowserRouter>{children}</BrowserRouter>
    );
  const app = (
    <HelmetProvider>
      <Router>
        <App />
      </Router>
    </HelmetProvider>
  );
  const onRecoverableError = (error: unknown, errorInfo: unknown) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  React.startTransition(() => {
    if (w.docusaurusRoot) {
      w.docusaurusRoot.render(app);
    } else if (process.env.HYDRATE_CLIENT_ENTRY) {
      w.docusaurusRoot = ReactDOM.hydrateRoot(document.getElementById('__docusaurus')!, app, {
        onRecoverableError,
      });
    } else {
      const root = ReactDOM.createRoot(document.getElementById('__docusaurus')!, { onRecoverableError });
      root.render(app);
      w.docusaurusRoot = root;
    }
  });
}

if (ExecutionEnvironment.canUseDOM) {
  void boot();
}

interface AppRoot {
  render(children: ReactNode): void;
}
interface ReactDOMClient {
  hydrateRoot(container: Element, children: ReactNode, options: object): AppRoot;
  createRoot(container: Element, options: object): AppRoot;
}
