import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

// Static on purpose: no live block here, so the home page ships only the layout's JavaScript.
export default function Home(): React.JSX.Element {
  const { siteConfig } = useDocusaurusContext();
  const version = String(siteConfig.customFields?.kubernetesVersion ?? '');
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
        <section className={styles.hero} aria-labelledby="home-title">
          <Heading as="h1" id="home-title" className={styles.title}>
            PodLab
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              Le cycle de vie des Pods et des conteneurs Kubernetes, expliqué page par page et exécutable sur place.
            </Translate>
          </p>
          <ul className={styles.points}>
            <li>
              <strong>
                <Translate id="home.point.live.title">Chaque concept s’exécute dans la page.</Translate>
              </strong>{' '}
              <Translate id="home.point.live.body">
                Modifiez le manifeste ou le comportement du conteneur : la sortie de kubectl, les événements et le
                statut se recalculent aussitôt.
              </Translate>
            </li>
            <li>
              <strong>
                <Translate id="home.point.kubelet.title" values={{ version }}>
                  {'Le comportement du kubelet de Kubernetes {version}.'}
                </Translate>
              </strong>{' '}
              <Translate id="home.point.kubelet.body">
                Phases, redémarrages et CrashLoopBackOff, sondes, arrêt avec délai de grâce : chaque règle renvoie au
                code ou à la documentation officielle.
              </Translate>
            </li>
            <li>
              <strong>
                <Translate id="home.point.time.title">Un temps virtuel instantané.</Translate>
              </strong>{' '}
              <Translate id="home.point.time.body">
                Cinq minutes de back-off se simulent en une fraction de seconde, sans cluster, dans votre navigateur.
              </Translate>
            </li>
          </ul>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/intro">
              <Translate id="home.cta.read">Commencer la lecture</Translate>
            </Link>
            <Link className="button button--secondary button--lg" to="/playground">
              <Translate id="home.cta.try">Essayer dans le bac à sable</Translate>
            </Link>
          </div>
        </section>
      </main>
    </Layout>
  );
}
