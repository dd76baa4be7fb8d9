/**
 * Server-rendered code without an element per token. The build writes each block's text as one text
 * node and its colours as ranges in a `data-hl` attribute; the page paints them with the CSS Custom
 * Highlight API (no element, so no style or layout cost: on a page with several examples the token
 * spans were a third of the elements of its first layout). A browser without the API shows the code
 * uncoloured until the block goes live.
 *
 * `data-hl` format: `name:start+length,start+length;name:…`, offsets in UTF-16 units of the text node.
 * Names `plc-<hex>` carry their colour (theme code blocks, whose colours come from the Prism theme);
 * other names are styled by CSS (`::highlight(name)`).
 */
export interface CodePart {
  text: string;
  /** Highlight name, or undefined for text in the block's own colour. */
  name?: string;
}

export function encodeHighlights(parts: CodePart[]): string {
  const byName = new Map<string, [number, number][]>();
  let offset = 0;
  for (const { text, name } of parts) {
    if (name && text.length) {
      const ranges = byName.get(name) ?? byName.set(name, []).get(name)!;
      const last = ranges[ranges.length - 1];
      if (last && last[0] + last[1] === offset) last[1] += text.length;
      else ranges.push([offset, text.length]);
    }
    offset += text.length;
  }
  return [...byName].map(([name, ranges]) => `${name}:${ranges.map(([s, l]) => `${s}+${l}`).join(',')}`).join(';');
}

// Prism token types to the highlight that colours them in a live example's server HTML
// (LiveExample/styles.module.css); a later entry wins, as a later rule does in that CSS.
const TOKEN_HIGHLIGHTS: [string[], string][] = [
  [['comment', 'prolog'], 'pl-comment'],
  [['keyword', 'boolean', 'null'], 'pl-keyword'],
  [['string', 'template-string', 'char'], 'pl-string'],
  [['number'], 'pl-number'],
  [['function'], 'pl-function'],
  [['class-name', 'maybe-class-name'], 'pl-class-name'],
  [['tag'], 'pl-tag'],
  [['attr-name', 'property'], 'pl-property'],
];

export function tokenHighlight(types: string[]): string | undefined {
  let name: string | undefined;
  for (const [matching, highlight] of TOKEN_HIGHLIGHTS) if (matching.some((t) => types.includes(t))) name = highlight;
  return name;
}

/** Name of the highlight that paints a theme colour (`#rrggbb`), or undefined if it is not a hex colour. */
export function colourHighlightName(colour: string | undefined): string | undefined {
  return colour && /^#[0-9a-f]{3,8}$/i.test(colour) ? `plc-${colour.slice(1).toLowerCase()}` : undefined;
}

/**
 * Registers the highlights of every `[data-hl]` element under root. Self-contained: the page template
 * inlines its source after the content, so the code is coloured at the first paint, before any script
 * file loads; islands call it again on server HTML they copy.
 */
export function applyCodeHighlights(root: ParentNode): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight !== 'function') return;
  let rules = '';
  root.querySelectorAll('[data-hl]').forEach((el) => {
    const text = el.firstChild;
    if (!text || text.nodeType !== 3) return;
    const size = (text as Text).length;
    for (const group of (el.getAttribute('data-hl') ?? '').split(';')) {
      const colon = group.indexOf(':');
      const name = group.slice(0, colon);
      if (colon < 1) continue;
      let highlight = registry.get(name);
      if (!highlight) {
        highlight = new Highlight();
        registry.set(name, highlight);
        if (name.startsWith('plc-')) rules += `::highlight(${name}){color:#${name.slice(4)}}`;
      }
      for (const range of group.slice(colon + 1).split(',')) {
        const [start, length] = range.split('+').map(Number);
        if (!(start >= 0 && length > 0 && start + length <= size)) continue;
        const r = new Range();
        r.setStart(text, start);
        r.setEnd(text, start + length);
        highlight.add(r);
      }
    }
  });
  if (rules) {
    const style = document.createElement('style');
    style.textContent = rules;
    document.head.appendChild(style);
  }
}

/** Ref callback for a copy of server HTML (an island's fallback while its code loads): new text nodes, coloured again. */
export function colourCopiedHtml(el: HTMLElement | null): void {
  if (el) applyCodeHighlights(el);
}
