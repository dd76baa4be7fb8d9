import { themes as prismThemes, type PrismTheme } from 'prism-react-renderer';
import type { Config } from '@docusaurus/types';
import { ENTRY_CHUNKS, clientReplacements } from './src/plugins/clientReplacements';
import { applyCodeHighlights } from './src/components/codeHighlights';
import remarkFrenchTypography, {
  currentBuildLocale,
  frenchFrontMatter,
  frenchSidebarItems,
} from './src/plugins/frenchTypography';
import type * as Preset from '@docusaurus/preset-classic';

// Kubernetes version every default and timing on the site was checked against.
const KUBERNETES_VERSION = '1.35';
const K8S_TAG = `v${KUBERNETES_VERSION}.0`;

// Stock prism themes fail WCAG AA (github's comments are 2.7:1, dracula's 3.0:1). Same palettes,
// with the failing colours darkened (light) or lightened (dark) to >= 4.6:1 even on a highlighted line.
const lightCodeTheme: PrismTheme = {
  plain: { color: '#393A34', backgroundColor: '#f6f8fa' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#616156', fontStyle: 'italic' } },
    { types: ['string', 'attr-value'], style: { color: '#bd0e5a' } },
    { types: ['punctuation', 'operator'], style: { color: '#393A34' } },
    {
      types: ['entity', 'url', 'symbol', 'number', 'boolean', 'variable', 'constant', 'property', 'regex', 'inserted'],
      style: { color: '#216a68' },
    },
    { types: ['atrule', 'keyword', 'attr-name', 'selector'], style: { color: '#00688b' } },
    { types: ['function', 'deleted', 'tag'], style: { color: '#b3303d' } },
    { types: ['function-variable'], style: { color: '#6f42c1' } },
    { types: ['tag', 'selector', 'keyword'], style: { color: '#00009f' } },
  ],
};
const darkCodeTheme: PrismTheme = {
  ...prismThemes.dracula,
  styles: prismThemes.dracula.styles.map((s) => {
    if (s.types.includes('comment')) return { ...s, style: { ...s.style, color: '#919dbf' } };
    if (s.types.includes('deleted')) return { ...s, style: { ...s.style, color: '#ff6d6d' } };
    return s;
  }),
};

// Wide Markdown tables scroll sideways inside their own box (phones, many columns). A scrolling box
// must be reachable by keyboard (WCAG 2.1.1, axe "scrollable-region-focusable"): wrap each table in
// a focusable region named after its header cells, which are already in the page's language.
type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};
const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
function rehypeScrollableTables() {
  const wrap = (node: HastNode): void => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      if (child.type === 'element' && child.tagName === 'table') {
        const head = (child.children ?? []).find((c) => c.tagName === 'thead');
        const headers = head ? collectCells(head) : [];
        children[i] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: headers.join(', ') || 'table',
          },
          children: [child],
        };
      } else {
        wrap(child);
      }
    });
  };
  const collectCells = (node: HastNode): string[] =>
    node.tagName === 'th' || node.tagName === 'td'
      ? [textOf(node).trim()].filter(Boolean)
      : (node.children ?? []).flatMap(collectCells);
  return (tree: HastNode) => wrap(tree);
}

/**
 * Headings on a phone: an identifier no dictionary hyphenates (unhealthyPodEvictionPolicy,
 * CreateContainerConfigError) may break only where a new word starts (a <wbr> before each inner capital),
 * never at an arbitrary letter. Text, anchors, table of contents and search index are unchanged.
 */
function rehypeHeadingWordBreaks() {
  const CAMEL = /(?<=[a-z])(?=[A-Z])/;
  const visit = (node: HastNode, inHeading: boolean, depth: number): void => {
    if (depth > 200 || !node.children) return;
    const heading = inHeading || /^h[1-6]$/.test(node.tagName ?? '');
    node.children = node.children.flatMap((child): HastNode[] => {
      if (heading && child.type === 'text' && /\S{16,}/.test(child.value ?? '')) {
        return (child.value ?? '')
          .split(/(\S{16,})/)
          .flatMap((part, i): HastNode[] =>
            i % 2 === 0
              ? part
                ? [{ type: 'text', value: part }]
                : []
              : part
                  .split(CAMEL)
                  .flatMap((w, j): HastNode[] => [
                    ...(j > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] }] : []),
                    { type: 'text', value: w },
                  ]),
          );
      }
      visit(child, heading, depth + 1);
      return [child];
    });
  };
  return (tree: HastNode) => visit(tree, false, 0);
}

// Docusaurus' page template, with one change of substance: the app's scripts are requested once the browser has
// painted the server-rendered page. With the stock `defer`, a phone that gets the scripts quickly spends
// ~0.5 s parsing and hydrating before anything is painted. (No preload link: Chrome gives it a
// render-blocking priority.) "Painted" is the first-contentful-paint entry, which arrives once the frame
// is on screen: an animation frame callback alone sometimes ran before a slow first frame was shown.
// Without paint timing: after the next frame. A hidden tab paints nothing: it runs them at once. A safety
// net runs them after 3 s whatever happens. Not before the HTML is parsed (DOMContentLoaded): the app's
// work would otherwise interleave with the layouts of a page still growing. Scripts are appended two per
// task (each append starts a fetch, 1-6 ms here: four in one task made tasks of up to 24 ms) and run in
// order (async=false): the route's chunks first, so they are in place when main.js starts the app (the
// runtime picks up chunks pushed before it). (One per task was measured too: no gain.) An inline script
// right after the content paints the code's colours (CSS highlights, src/components/codeHighlights.ts)
// before the first paint, with no script file.
const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %><%~ metaAttribute %><% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %><link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" /><% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <script>(${applyCodeHighlights})(document)</script>
    <script>(function(s){var done=false;function run(){if(done)return;if(document.readyState==="loading"){document.addEventListener("DOMContentLoaded",run,{once:true});return;}done=true;append(0);}function append(i){s.slice(i,i+2).forEach(function(src){var e=document.createElement("script");e.src=src;e.async=false;document.head.appendChild(e);});if(i+2<s.length)setTimeout(append,0,i+2);}
if(document.visibilityState==="hidden"){run();return;}document.addEventListener("visibilitychange",run,{once:true});setTimeout(run,3000);var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(run,0);}}).observe({type:"paint",buffered:true});}else{requestAnimationFrame(function(){setTimeout(run,0);});}})([<% const entry = (file) => ${JSON.stringify(ENTRY_CHUNKS)}.includes(file.split('/').pop().split('.')[0]); [...it.scripts.filter((file) => !entry(file)), ...it.scripts.filter(entry)].forEach((script, i) => { %><%= i ? "," : "" %>"<%= it.baseUrl %><%= script %>"<% }); %>]);</script>
    <%~ it.postBodyTags %>
  </body>
</html>`;

// French typography (narrow no-break spaces before ; : ! ? and inside « », typographic apostrophes) is
// added to the French pages at build time: their sources keep plain spaces. Docusaurus builds one locale
// after the other and loads this file afresh for each, with DOCUSAURUS_CURRENT_LOCALE set to it
// (core/lib/commands/build/buildLocale.js): the English build gets neither the remark step nor the
// front matter rewrite (titles, sidebar labels, descriptions) nor the category labels' one. Details in src/plugins/frenchTypography.ts.
const DEFAULT_LOCALE = 'fr';
const FRENCH_BUILD = currentBuildLocale(DEFAULT_LOCALE) === 'fr';
const frenchRemarkPlugins = FRENCH_BUILD ? [remarkFrenchTypography] : [];

const config: Config = {
  title: 'PodLab',
  tagline: 'Le cycle de vie des Pods Kubernetes, à essayer dans la page',
  favicon: 'img/favicon.svg',
  url: 'https://podlab.example.org',
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
    parseFrontMatter: async (params) => {
      const result = await params.defaultParseFrontMatter(params);
      return FRENCH_BUILD ? { ...result, frontMatter: frenchFrontMatter(result.frontMatter) } : result;
    },
  },

  future: { v4: true, faster: true },
  customFields: { kubernetesVersion: KUBERNETES_VERSION },
  ssrTemplate,

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: ['fr', 'en'],
    localeConfigs: {
      fr: { label: 'Français', htmlLang: 'fr-FR' },
      en: { label: 'English', htmlLang: 'en-US' },
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // Category labels (_category_.json) get the French typography too.
          sidebarItemsGenerator: async ({ defaultSidebarItemsGenerator, ...args }) => {
            const items = await defaultSidebarItemsGenerator(args);
            return FRENCH_BUILD ? frenchSidebarItems(items) : items;
          },
          routeBasePath: 'docs',
          // Before Docusaurus' own steps: the table of contents and admonition titles get it too.
          beforeDefaultRemarkPlugins: frenchRemarkPlugins,
          rehypePlugins: [rehypeScrollableTables, rehypeHeadingWordBreaks],
        },
        pages: { beforeDefaultRemarkPlugins: frenchRemarkPlugins },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [clientReplacements],
  themes: [
    '@docusaurus/theme-live-codeblock',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        // One index per locale; lunr-languages' French stemmer makes "sonde" find "sondes".
        language: ['fr', 'en'],
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: 'docs',
        docsDir: ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        // Live editors and their output (kubectl lines, timelines) would flood the results with code.
        ignoreCssSelectors: ['.playgroundContainer', '[class*="playgroundContainer"]', '[data-live-example]'],
      },
    ],
  ],

  themeConfig: {
    image: 'img/screenshot.png',
    colorMode: { respectPrefersColorScheme: true },
    metadata: [
      { name: 'keywords', content: 'Kubernetes, Pod, conteneur, container, kubelet, lifecycle, cycle de vie' },
    ],
    navbar: {
      title: 'PodLab',
      // The title next to it already says PodLab: the logo is decorative (Lighthouse image-redundant-alt).
      logo: { alt: '', src: 'img/logo.svg', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Documentation' },
        { to: '/playground', label: 'Bac à sable', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Documentation',
          items: [
            { label: 'Introduction', to: '/docs/intro' },
            { label: 'Conteneurs', to: '/docs/containers/images' },
            { label: 'Pods', to: '/docs/pods/what-is-a-pod' },
            { label: 'Cycle de vie', to: '/docs/lifecycle/phases' },
            { label: 'Sondes', to: '/docs/probes/kinds' },
          ],
        },
        {
          title: 'Aller plus loin',
          items: [
            { label: 'Arrêt des Pods', to: '/docs/termination/pod-termination' },
            { label: 'pod-template-hash', to: '/docs/cluster/pod-template-hash' },
            { label: 'Au-delà d’un Pod', to: '/docs/cluster/replication' },
            { label: 'Glossaire', to: '/docs/glossary' },
          ],
        },
        {
          title: 'Essayer',
          items: [{ label: 'Bac à sable', to: '/playground' }],
        },
        {
          title: `Kubernetes ${KUBERNETES_VERSION}`,
          items: [
            {
              label: 'Cycle de vie d’un Pod (kubernetes.io)',
              href: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/',
            },
            {
              label: `Code du kubelet (${K8S_TAG})`,
              href: `https://github.com/kubernetes/kubernetes/tree/${K8S_TAG}/pkg/kubelet`,
            },
            {
              label: `Notes de version ${KUBERNETES_VERSION}`,
              href: `https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-${KUBERNETES_VERSION}.md`,
            },
          ],
        },
      ],
      copyright: `PodLab suit le comportement du kubelet de Kubernetes ${KUBERNETES_VERSION}. Les exemples tournent dans votre navigateur, en temps virtuel.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'yaml'],
    },
    liveCodeBlock: { playgroundPosition: 'bottom' },
  } satisfies Preset.ThemeConfig,
};

export default config;
