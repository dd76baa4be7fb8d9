import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import LiveExample from '@site/src/components/LiveExample';
import homeCrashLoop from '@site/src/examples/home-crashloop';
import styles from './index.module.css';

/**
 * One live scenario above the fold (a Pod in CrashLoopBackOff the reader takes out of it), then the ways in.
 * The example is server-rendered like on a concept page: its editor loads only when the reader points at it,
 * focuses it or scrolls, so the home page loads no more JavaScript before interaction than a concept page.
 */
export default function Home(): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const version = String(siteConfig.customFields?.kubernetesVersion ?? '');
  const paths = [
    {
      to: '/docs/pods/what-is-a-pod',
      title: translate({ id: 'home.cta.read', message: 'Commencer la lecture' }),
      body: translate({
        id: 'home.path.read.body',
        message: 'Du Pod à l\u2019arrêt avec délai de grâce, dans l\u2019ordre, chaque page avec ses exemples.',
      }),
    },
    {
      to: '/playground',
      title: translate({ id: 'home.cta.try', message: 'Essayer dans le bac à sable' }),
      body: translate({
        id: 'home.path.try.body',
        message: 'Votre manifeste, votre scénario\u202f: la sortie de kubectl, les événements et le statut.',
      }),
    },
    {
      to: '/docs/troubleshooting',
      title: translate({ id: 'home.cta.troubleshoot', message: 'Diagnostiquer un symptôme' }),
      body: translate({
        id: 'home.path.troubleshoot.body',
        message: 'CrashLoopBackOff, Pending, ImagePullBackOff, OOMKilled\u202f: la cause et la correction.',
      }),
    },
  ];
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: 'Le cycle de vie des Pods, à essayer' })}
      description={translate(
        {
          id: 'home.meta.description',
          message:
            'PodLab explique le cycle de vie des Pods et des conteneurs Kubernetes {version} avec des exemples exécutables dans la page.',
        },
        { version },
      )}
    >
      <main className={styles.main}>
        <div className={styles.grid}>
          <section className={styles.intro} aria-labelledby="home-title">
            <Heading as="h1" id="home-title" className={styles.title}>
              PodLab
            </Heading>
            <p className={styles.lead}>
              {translate(
                {
                  id: 'home.lead.version',
                  message:
                    'Le cycle de vie des Pods et des conteneurs Kubernetes {version}, expliqué page par page et exécutable sur place.',
                },
                { version },
              )}
            </p>
          </section>
          <section
            className={styles.example}
            aria-label={translate({
              id: 'home.example.label',
              message: 'Exemple exécutable\u202f: un Pod en CrashLoopBackOff',
            })}
            data-home-example=""
          >
            <LiveExample code={homeCrashLoop} />
          </section>
          <p className={styles.task} id="home-task">
            <Translate
              id="home.task"
              values={{
                wrong: <code>exit 1</code>,
                fix: <code>sleep 3600</code>,
              }}
            >
              {
                'Ce Pod redémarre en boucle (CrashLoopBackOff)\u202f: sa commande quitte avec le code 1. Dans le manifeste, remplacez {wrong} par {fix}\u202f: la sortie de kubectl se recalcule.'
              }
            </Translate>
          </p>
          <nav className={styles.paths} aria-labelledby="home-paths">
            <Heading as="h2" id="home-paths" className={styles.pathsTitle}>
              <Translate id="home.paths.title">Par où commencer</Translate>
            </Heading>
            <ul className={styles.pathList}>
              {paths.map((p) => (
                <li key={p.to}>
                  <Link className={styles.path} to={p.to}>
                    <span className={styles.pathTitle}>{p.title}</span>
                    <span className={styles.pathBody}>{p.body}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </main>
    </Layout>
  );
}
