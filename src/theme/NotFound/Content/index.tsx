/**
 * The 404 page's content, in the reader's language: what happened, a search box (a plain GET form, so it
 * works before any script has run) and the main ways into the site.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';
import styles from './styles.module.css';

export default function NotFoundContent({ className }: Props): React.JSX.Element {
  const searchUrl = useBaseUrl('/search');
  // Static translate() calls, so that `npm run i18n` finds every id.
  const entryPoints: [string, string][] = [
    ['/docs/intro', translate({ id: 'podlab.notFound.link.intro', message: 'Introduction : par où commencer' })],
    ['/docs/lifecycle/phases', translate({ id: 'podlab.notFound.link.phases', message: 'Les phases d’un Pod' })],
    [
      '/docs/lifecycle/restarts',
      translate({ id: 'podlab.notFound.link.restarts', message: 'Redémarrages et CrashLoopBackOff' }),
    ],
    [
      '/playground',
      translate({ id: 'podlab.notFound.link.playground', message: 'Le bac à sable : lancer votre propre manifeste' }),
    ],
    ['/docs/glossary', translate({ id: 'podlab.notFound.link.glossary', message: 'Glossaire' })],
  ];
  const label = translate({ id: 'podlab.notFound.search.label', message: 'Rechercher dans la documentation' });
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            <Translate id="theme.NotFound.title">Page introuvable</Translate>
          </Heading>
          <p>
            {/* translate(), not <Translate>: JSX text would fold the narrow no-break space into a space. */}
            {translate({
              id: 'podlab.notFound.explanation',
              message:
                'Aucune page ne se trouve à cette adresse : le lien est peut-être ancien, ou l’adresse a été mal tapée.',
            })}
          </p>
          <form action={searchUrl} method="get" role="search" className={styles.search}>
            <label htmlFor="podlab-404-search">{label}</label>
            <div className={styles.searchRow}>
              <input id="podlab-404-search" type="search" name="q" required className={styles.input} />
              <button type="submit" className="button button--primary">
                <Translate id="podlab.notFound.search.submit">Rechercher</Translate>
              </button>
            </div>
          </form>
          <Heading as="h2" className={styles.entryTitle}>
            <Translate id="podlab.notFound.entryPoints">Ou reprenez ici</Translate>
          </Heading>
          <ul>
            {entryPoints.map(([to, text]) => (
              <li key={to}>
                <Link to={to}>{text}</Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
