import React from 'react';
import Translate from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { CursorProvider } from './CursorContext';
import KubectlEvents from './KubectlEvents';
import KubectlWatch from './KubectlWatch';
import StateDiagram from './StateDiagram';
import Timeline from './Timeline';
import styles from './styles.module.css';

/**
 * Timeline (with play/step and cursor), `kubectl get -w`, events and the container diagram, all on one cursor.
 * The diagram starts folded: a page shows several simulations, and a diagram under each one is both
 * visually busy and hundreds of SVG elements to lay out on load. Opened, it follows the cursor.
 */
export default function SimulationView({
  sim,
  diagram = true,
}: {
  sim: Simulation;
  diagram?: boolean;
}): React.JSX.Element {
  return (
    <CursorProvider sim={sim}>
      <div className={styles.simulation}>
        <Timeline sim={sim} />
        <KubectlWatch sim={sim} />
        <KubectlEvents sim={sim} />
        {diagram && (
          <details className={styles.details}>
            <summary>
              <Translate id="podlab.live.simulation.diagram">Machine à états du conteneur</Translate>
            </summary>
            <StateDiagram machine="container" sim={sim} />
          </details>
        )}
        {sim.notice && <p className={styles.note}>{sim.notice}</p>}
      </div>
    </CursorProvider>
  );
}
