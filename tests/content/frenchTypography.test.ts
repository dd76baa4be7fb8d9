// The French typography step (src/plugins/frenchTypography.ts): tricky cases, then its registration
// in docusaurus.config.ts (French build only).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NNBSP,
  currentBuildLocale,
  frenchFrontMatter,
  frenchSidebarItems,
  frenchTypographyText as fr,
} from '../../src/plugins/frenchTypography';
import { parseMdx, proseTexts, typographed, type MdNode } from './mdx';

const N = NNBSP;
const NB = '\u00a0';

describe('frenchTypographyText', () => {
  it.each([
    ['Pourquoi ?', `Pourquoi${N}?`],
    ['Pourquoi?', `Pourquoi${N}?`],
    ['Attention !', `Attention${N}!`],
    ['deux ; trois', `deux${N}; trois`],
    ['Sources : la doc', `Sources${N}: la doc`],
    ['Sources: la doc', `Sources${N}: la doc`],
    [`déjà${NB}: insécable`, `déjà${N}: insécable`],
    [`déjà${N}: fine`, `déjà${N}: fine`],
    ['deux  espaces ?', `deux  espaces${N}?`],
    ['fin de ligne\n: suite', `fin de ligne${N}: suite`],
    ['Vraiment ?!', `Vraiment${N}?!`],
    ['(ceci !)', `(ceci${N}!)`],
    ['« Ready »', `«${N}Ready${N}»`],
    ['«Ready»', `«${N}Ready${N}»`],
    [`«${NB}Ready${NB}»`, `«${N}Ready${N}»`],
    ["l'image d'init", 'l’image d’init'],
    ["aujourd'hui", 'aujourd’hui'],
    ["la valeur 'Always' reste", "la valeur 'Always' reste"],
  ])('%j → %j', (input, output) => {
    expect(fr(input)).toBe(output);
  });

  it.each([
    ['à 10:30 précises', 'times'],
    ['image nginx:1.27 et Init:0/2', 'image references'],
    ['voir https://kubernetes.io/docs/?q=pod#probes ici', 'URLs'],
    ['www.example.org/a?b=c', 'bare URLs'],
    ['std::string ou ::1', 'double colons'],
    ['content :) ou ;-) ou :D', 'emoticons'],
    ['a != b et a?.b', 'operators'],
    ['localhost:8080', 'ports'],
  ])('leaves %j alone (%s)', (input) => {
    expect(fr(input)).toBe(input);
  });

  it('uses the neighbouring pieces of the paragraph (inline code before a mark, a quote around code)', () => {
    expect(fr('?', { before: '\ue000' })).toBe(`${N}?`);
    expect(fr(' :', { before: 'x', after: '' })).toBe(`${N}:`);
    expect(fr(':', { before: 'x', after: '1' })).toBe(':');
    expect(fr('« ', { after: '\ue000' })).toBe(`«${N}`);
    expect(fr(' »', { before: '\ue000' })).toBe(`${N}»`);
    expect(fr('?', { before: '' })).toBe('?');
  });

  it('is idempotent', () => {
    const once = fr("« Qu'est-ce ? » : voilà ; bien !");
    expect(once).toBe(`«${N}Qu’est-ce${N}?${N}»${N}: voilà${N}; bien${N}!`);
    expect(fr(once)).toBe(once);
  });

  it('rejects a non-string', () => {
    expect(() => fr(undefined as unknown as string)).toThrow(TypeError);
  });
});

/** Every text and code value of the tree, by type, to see what changed. */
function values(tree: MdNode, type: string): string[] {
  const out: string[] = [];
  const walk = (n: MdNode): void => {
    if (n.type === type && typeof n.value === 'string') out.push(n.value);
    (n.children ?? []).forEach(walk);
  };
  walk(tree);
  return out;
}

describe('remark plugin on MDX', () => {
  const page = `---
title: Qu'est-ce qu'un Pod ?
keywords: [a:b]
---

import LiveExample from '@site/src/components/LiveExample';
import ex from '@site/src/examples/x';

# Qu'est-ce qu'un Pod ?

## Et après ? {/* #then */}

## Pourquoi ?

Le champ \`spec.containers[0].name?\` : voir \`a ; b\`. Il vaut \`Always\`?

\`\`\`yaml
command: ["sh", "-c", "echo 'ok' ; sleep 1 ; echo fin !"]
\`\`\`

<LiveExample code={ex} title="Attention: code" />

Le lien [la doc ?](https://kubernetes.io/docs/?x=1) et https://example.org/a?b aussi.

:::warning[Idée reçue]
Le Pod est-il « prêt » ?
:::

| Question | Réponse |
|---|---|
| Prêt ? | Oui ! |

{/* un commentaire : non */}

Le type le dit : <span lang="en">Deprecated: it isn't set</span> ! Et <code>a ; b</code> ?
`;
  const tree = typographed(page);

  it('rewrites prose: paragraphs, headings, links, callouts and tables', () => {
    const texts = values(tree, 'text');
    expect(texts).toContain(`Qu’est-ce qu’un Pod${N}?`);
    expect(texts).toContain(`${N}: voir `);
    expect(texts).toContain(`${N}?`);
    expect(texts).toContain(`la doc${N}?`);
    expect(texts).toContain(`Le Pod est-il «${N}prêt${N}»${N}?`);
    expect(texts).toContain(`Prêt${N}?`);
    expect(texts).toContain(`Oui${N}!`);
  });

  it('leaves code, attributes, expressions, URLs and front matter alone', () => {
    expect(values(tree, 'inlineCode')).toEqual(['spec.containers[0].name?', 'a ; b', 'Always']);
    expect(values(tree, 'code')[0]).toBe(`command: ["sh", "-c", "echo 'ok' ; sleep 1 ; echo fin !"]`);
    expect(values(tree, 'yaml')[0]).toContain("title: Qu'est-ce qu'un Pod ?");
    expect(values(tree, 'mdxFlowExpression')[0]).toBe('/* un commentaire : non */');
    expect(JSON.stringify(tree)).toContain('"value":"Attention: code"');
    expect(values(tree, 'text')).toContain('https://example.org/a?b');
    // Text marked as another language, and <code>, stay as written; the French around them does not.
    expect(values(tree, 'text')).toContain("Deprecated: it isn't set");
    expect(values(tree, 'text')).toContain('a ; b');
    expect(values(tree, 'text')).toContain(`Le type le dit${N}: `);
    expect(values(tree, 'text')).toContain(`${N}! Et `);
    expect(values(tree, 'text')).toContain(`${N}?`);
  });

  it('keeps heading anchors as written (the id of the plain text, or the explicit one)', () => {
    const headings: MdNode[] = [];
    const walk = (n: MdNode): void => {
      if (n.type === 'heading') headings.push(n);
      (n.children ?? []).forEach(walk);
    };
    walk(tree);
    const ids = headings.map((h) => (h as { data?: { hProperties?: { id?: string } } }).data?.hProperties?.id);
    // Same ids as Docusaurus gives the untouched text (github-slugger); the explicit {/* #then */} is left to Docusaurus.
    expect(ids).toEqual(['quest-ce-quun-pod-', undefined, 'pourquoi-']);
  });

  it('without the plugin the same page has ordinary spaces (the check below can fail)', () => {
    const plain = proseTexts(parseMdx(page)).map((t) => t.value);
    expect(plain).toContain('Pourquoi ?');
  });

  it('front matter: title, sidebar label and description get it, keywords do not', () => {
    expect(
      frenchFrontMatter({
        title: "Qu'est-ce qu'un Pod ?",
        sidebar_label: 'Sondes : réglages',
        keywords: ['a : b'],
        sidebar_position: 1,
      }),
    ).toEqual({
      title: `Qu’est-ce qu’un Pod${N}?`,
      sidebar_label: `Sondes${N}: réglages`,
      keywords: ['a : b'],
      sidebar_position: 1,
    });
  });
});

describe('sidebar', () => {
  it('typesets category and item labels, nested, and leaves the rest alone', () => {
    const items = [
      {
        type: 'category',
        label: "Au-delà d'un Pod",
        items: [
          { type: 'doc', id: 'a', label: 'Pourquoi ?' },
          { type: 'doc', id: 'b' },
        ],
      },
    ];
    expect(frenchSidebarItems(items)).toEqual([
      {
        type: 'category',
        label: 'Au-delà d’un Pod',
        items: [
          { type: 'doc', id: 'a', label: `Pourquoi${N}?` },
          { type: 'doc', id: 'b' },
        ],
      },
    ]);
    expect(items[0].label).toBe("Au-delà d'un Pod");
  });
});

describe('registration', () => {
  const saved = process.env.DOCUSAURUS_CURRENT_LOCALE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCUSAURUS_CURRENT_LOCALE;
    else process.env.DOCUSAURUS_CURRENT_LOCALE = saved;
    vi.resetModules();
  });

  it('reads the locale Docusaurus is building, the default one when unset', () => {
    expect(currentBuildLocale('fr', {})).toBe('fr');
    expect(currentBuildLocale('fr', { DOCUSAURUS_CURRENT_LOCALE: 'undefined' })).toBe('fr');
    expect(currentBuildLocale('fr', { DOCUSAURUS_CURRENT_LOCALE: 'en' })).toBe('en');
  });

  async function loadConfig(locale: string) {
    process.env.DOCUSAURUS_CURRENT_LOCALE = locale;
    vi.resetModules();
    const config = (await import('../../docusaurus.config')).default;
    const docs = (config.presets?.[0] as [string, { docs: { beforeDefaultRemarkPlugins?: unknown[] } }])[1].docs;
    const fm = await config.markdown!.parseFrontMatter!({
      filePath: 'docs/x.mdx',
      fileContent: '---\ntitle: Pourquoi ?\n---\n',
      defaultParseFrontMatter: async () => ({ frontMatter: { title: 'Pourquoi ?' }, content: '' }),
    });
    return { plugins: docs.beforeDefaultRemarkPlugins ?? [], title: fm.frontMatter.title };
  }

  it('runs on the French build only', async () => {
    const { default: plugin } = await import('../../src/plugins/frenchTypography');
    const frBuild = await loadConfig('fr');
    expect(frBuild.plugins.map((p) => (Array.isArray(p) ? p[0] : p).name)).toContain(plugin.name);
    expect(frBuild.title).toBe(`Pourquoi${N}?`);
    const enBuild = await loadConfig('en');
    expect(enBuild.plugins.map((p) => (Array.isArray(p) ? p[0] : p).name)).not.toContain(plugin.name);
    expect(enBuild.title).toBe('Pourquoi ?');
  });
});
