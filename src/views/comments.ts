/**
 * Bilingual comments in live examples, with one source per example: comment lines inside the code are
 * written in pairs, `// fr: …` then `// en: …`, and the reader sees those of the page's language only.
 * No imports: <LiveExample> runs this before its (lazily loaded) runner.
 */
/** A comment line written for one language: `// fr: …` or `// en: …` (one source, both languages). */
export const LOCALIZED_COMMENT = /^([ \t]*)\/\/ ?(fr|en): ?(.*)$/;

/**
 * The example as a reader of `locale` sees it: comment lines tagged `// fr:` or `// en:` are kept for
 * their language only, without the tag; other lines are left as they are. A locale with no comments of
 * its own (neither fr nor en) gets the English ones.
 */
export function localizeComments(code: string, locale: string): string {
  if (typeof code !== 'string') throw new TypeError('localizeComments: code must be a string');
  const lang = locale === 'fr' || (typeof locale === 'string' && locale.startsWith('fr-')) ? 'fr' : 'en';
  if (!code.includes('// fr:') && !code.includes('// en:') && !code.includes('//fr:') && !code.includes('//en:'))
    return code;
  const out: string[] = [];
  for (const line of code.split('\n')) {
    const m = LOCALIZED_COMMENT.exec(line);
    if (!m) out.push(line);
    else if (m[2] === lang) out.push(`${m[1]}// ${m[3]}`);
  }
  return out.join('\n');
}
