// One term per concept in the French pages (the glossary, docs/glossary.mdx, lists them): each entry lists the
// rejected variants, as patterns matched in French prose (not in code, not in the front matter
// `keywords`), and the term to write instead. Patterns are matched case-insensitively on NFC text,
// with letter-aware word boundaries (so « événement » is not « évènement », « retirer » is not « tirer »).

export interface TermRule {
  /** The term to use. */
  preferred: string;
  /** Rejected variants (sources of regular expressions, without boundaries: added by the check). */
  rejected: string[];
  /** When a rejected form is fine (e.g. « tirer parti »): patterns tested on the text from the match on. */
  allowedWhenFollowedBy?: string[];
}

/** A determiner before a feminine singular noun, or before a plural one. */
const SINGULAR = "(?:la|une|cette|sa|leur|chaque|aucune|toute|quelle|sans|de|par|d['’]une)";
const PLURAL = '(?:les|des|ces|ses|leurs|aux|par|de|sans|quelles|toutes)';

export const TERMS: TermRule[] = [
  { preferred: '« label » (ou « tag » pour une image)', rejected: ['étiquettes?', 'étiquet(?:er|é|ée|és|ées)'] },
  { preferred: '« ordonnanceur »', rejected: ['planificat(?:eur|eurs|rice|rices)'] },
  { preferred: '« événement »', rejected: ['évènements?'] },
  { preferred: '« cluster »', rejected: ['grappes?'] },
  { preferred: '« drain » (kubectl drain)', rejected: ['vidanges?', 'vidang(?:er|é|ée|és|ées|e)'] },
  { preferred: '« feature gate »', rejected: ['portes? de fonctionnalités?'] },
  {
    preferred: '« taint »',
    // The noun (a taint), not the verb (« le contrôleur marque les adresses »).
    rejected: [
      `${SINGULAR}\\s+marque`,
      `${PLURAL}\\s+marques`,
      'marques?(?=\\s*\\(\\*?taint)',
      'marques?(?=\\s+`?(?:node\\.kubernetes\\.io|unreachable|not-ready|NoSchedule|NoExecute))',
    ],
  },
  {
    preferred: '« télécharger l’image » / « téléchargement »',
    rejected: ['tirages?', 'tir(?:er|é|ée|és|ées|e|es|ent|ant|era|erait)'],
    allowedWhenFollowedBy: ['^\\S+\\s+parti\\b'],
  },
  { preferred: '« namespace »', rejected: ['espaces? de noms'] },
  { preferred: '« hook »', rejected: ['crochets?'] },
  {
    preferred: '« sonde de préparation » (« disponible » est réservé à Available)',
    rejected: ['sondes? de disponibilité'],
  },
];

export interface TermHit {
  rule: TermRule;
  match: string;
  /** Offset in the text. */
  index: number;
}

/** Rejected variants found in a piece of French prose. */
export function findRejectedTerms(text: string, rules: TermRule[] = TERMS): TermHit[] {
  if (typeof text !== 'string') throw new TypeError('findRejectedTerms: text must be a string');
  const normal = text.normalize('NFC');
  const hits: TermHit[] = [];
  for (const rule of rules) {
    for (const variant of rule.rejected) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${variant})(?![\\p{L}\\p{N}_])`, 'giu');
      for (const m of normal.matchAll(re)) {
        const rest = normal.slice(m.index);
        if (rule.allowedWhenFollowedBy?.some((a) => new RegExp(a, 'iu').test(rest))) continue;
        const end = m.index! + m[0].length;
        if (hits.some((h) => h.index < end && m.index! < h.index + h.match.length)) continue; // two variants of one word
        hits.push({ rule, match: m[0], index: m.index! });
      }
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
