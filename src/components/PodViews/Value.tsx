import React from 'react';
import { translate } from '@docusaurus/Translate';
import { toDisplayYaml } from '@site/src/views/yaml';
import styles from './styles.module.css';

/** Prints any value as YAML (times as timestamps when `times` is set). */
export default function Value({ value, times = false }: { value: unknown; times?: boolean }): React.JSX.Element {
  return (
    <div
      className={styles.valueBox}
      role="region"
      aria-label={translate({ id: 'podlab.live.value.label', message: 'Valeur' })}
      tabIndex={0}
    >
      <pre className={styles.valuePre}>{toDisplayYaml(value, { times })}</pre>
    </div>
  );
}
