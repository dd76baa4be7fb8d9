import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { formatSeconds } from '@site/src/views/duration';
import { toDisplayYaml } from '@site/src/views/yaml';
import { useCursor } from './CursorContext';
import styles from './styles.module.css';

/** `status:` of the Pod at virtual time `at` (default: the cursor, else the end of the simulation). */
export default function PodStatusView({ sim, at }: { sim: Simulation; at?: number }): React.JSX.Element {
  const cursor = useCursor(sim);
  const t = at ?? cursor?.time ?? sim.endTime;
  const pod = sim.podAt(t);
  const label = translate(
    { id: 'podlab.live.status.label', message: 'Statut du Pod à t = {t}' },
    { t: formatSeconds(t) },
  );
  return (
    <div className={styles.valueBox} role="region" aria-label={label} tabIndex={0}>
      <div className={styles.caption}>{label}</div>
      {pod ? (
        <pre className={styles.valuePre}>{toDisplayYaml({ status: sim.statusAt(t) })}</pre>
      ) : (
        <p className={styles.note}>
          <Translate id="podlab.live.status.removed">Le Pod n'existe plus dans l'API à cet instant.</Translate>
        </p>
      )}
    </div>
  );
}
