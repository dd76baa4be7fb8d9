/**
 * /playground: write a Pod manifest and a scenario (data only), run the model, see every view.
 * A share link carries the scenario in the URL hash; a shared scenario is shown but not run until
 * the reader presses Run, since its content is untrusted.
 */
import React, { useEffect, useId, useState } from 'react';
import Layout from '@theme/Layout';
import Translate, { translate } from '@docusaurus/Translate';
import type { Simulation } from '@site/src/lifecycle/types';
import { simulate } from '@site/src/lifecycle';
import { KubectlEvents, KubectlWatch, SimulationView, StateDiagram } from '@site/src/components/PodViews';
import { provideDiagram } from '@site/src/views/diagrams';
import podDiagram from '@site/src/views/diagrams/pod.json';
import containerDiagram from '@site/src/views/diagrams/container.json';

// The playground shows these two diagrams open: their layouts come with the page, not after it started.
provideDiagram('pod', podDiagram);
provideDiagram('container', containerDiagram);
import {
  PRESETS,
  decodeShare,
  encodeShare,
  parseScenarioText,
  type PlaygroundProblem,
  type PlaygroundState,
  type ScenarioProblemCode,
} from '@site/src/views/playground';
import { FieldErrorLine, podLabLeadIn } from '@site/src/components/LiveExample/errorChrome';
import styles from './playground.module.css';

type Outcome = { sim: Simulation; ms: number } | { problem: PlaygroundProblem } | null;

function presetLabel(id: string): string {
  switch (id) {
    case 'crashloop':
      return translate({ id: 'podlab.playground.preset.crashloop', message: 'CrashLoopBackOff' });
    case 'image-pull-secret':
      return translate({
        id: 'podlab.playground.preset.imagePullSecret',
        message: 'ImagePullBackOff : secret d\u2019accès au registre manquant',
      });
    case 'liveness-slow-start':
      return translate({
        id: 'podlab.playground.preset.livenessSlowStart',
        message: 'Démarrage lent tué par la sonde de vivacité',
      });
    case 'startup-probe':
      return translate({
        id: 'podlab.playground.preset.startupProbe',
        message: 'Démarrage lent protégé par une sonde de démarrage',
      });
    case 'graceful-shutdown':
      return translate({ id: 'podlab.playground.preset.graceful', message: 'Arrêt gracieux (SIGTERM)' });
    case 'sigkill-shutdown':
      return translate({
        id: 'podlab.playground.preset.sigkill',
        message: 'Arrêt forcé (SIGKILL à la fin du délai de grâce)',
      });
    case 'init-failure':
      return translate({
        id: 'podlab.playground.preset.initFailure',
        message: 'Conteneur d\u2019initialisation en échec',
      });
    case 'sidecar-ordering':
      return translate({
        id: 'podlab.playground.preset.sidecar',
        message: 'Ordre de démarrage et d\u2019arrêt d\u2019un sidecar',
      });
    default:
      return id;
  }
}

/** Runs the model on the two texts; every problem comes back as data, never as a throw. */
export function runPlayground(state: PlaygroundState): Outcome {
  const scenario = parseScenarioText(state.scenario);
  if (!scenario.ok) return { problem: scenario.problem };
  const t0 = typeof performance !== 'undefined' ? performance.now() : 0;
  try {
    const sim = simulate({ ...scenario.value, pod: state.pod });
    return { sim, ms: (typeof performance !== 'undefined' ? performance.now() : 0) - t0 };
  } catch (e) {
    const err = e as Error & {
      kind?: string;
      errors?: { field: string; message: string }[];
      line?: number;
      column?: number;
    };
    const source: PlaygroundProblem['source'] = err.kind === 'scenario' ? 'scenario' : 'pod';
    return {
      problem: {
        source,
        kind: err.kind,
        message: err.message,
        line: err.line,
        column: err.column,
        errors: err.errors?.length ? err.errors : undefined,
      },
    };
  }
}

/** The scenario checks' messages (src/views/playground.ts SCENARIO_MESSAGES) in the page's language. */
function scenarioMessage(
  code: ScenarioProblemCode | undefined,
  params: Record<string, string | number> = {},
  english: string,
): string {
  switch (code) {
    case 'notMapping':
      return translate({
        id: 'podlab.playground.check.notMapping',
        message: 'le scénario doit être un mapping YAML (behavior, cluster, actions, until, featureGates)',
      });
    case 'unknownField':
      return translate(
        { id: 'podlab.playground.check.unknownField', message: 'champ inconnu (champs possibles\u202f: {expected})' },
        { expected: params.expected ?? '' },
      );
    case 'behaviorMap':
      return translate({
        id: 'podlab.playground.check.behaviorMap',
        message: 'doit associer à chaque nom de conteneur son comportement',
      });
    case 'behaviorFields':
      return translate({
        id: 'podlab.playground.check.behaviorFields',
        message: 'doit être un mapping de champs de comportement',
      });
    case 'unknownBehaviorField':
      return translate({
        id: 'podlab.playground.check.unknownBehaviorField',
        message: 'champ de comportement inconnu',
      });
    case 'boolean':
      return translate({ id: 'podlab.playground.check.boolean', message: 'doit valoir true ou false' });
    case 'number':
      return translate({
        id: 'podlab.playground.check.number',
        message: 'doit être un nombre (.inf pour «\u202fjamais\u202f»)',
      });
    case 'list':
      return translate({ id: 'podlab.playground.check.list', message: 'doit être une liste' });
    case 'mapping':
      return translate({ id: 'podlab.playground.check.mapping', message: 'doit être un mapping' });
    case 'seconds':
      return translate({ id: 'podlab.playground.check.seconds', message: 'doit être un nombre de secondes ≥ 0' });
    case 'oneOf':
      return translate(
        { id: 'podlab.playground.check.oneOf', message: 'doit valoir l\u2019une de ces actions\u202f: {values}' },
        { values: params.values ?? '' },
      );
    case 'positiveSeconds':
      return translate({
        id: 'podlab.playground.check.positiveSeconds',
        message: 'doit être un nombre de secondes > 0',
      });
    case 'count':
      return translate(
        { id: 'podlab.playground.check.count', message: 'Problèmes dans le scénario\u202f: {count}' },
        { count: params.count ?? 0 },
      );
    default:
      return english;
  }
}

function Problem({ problem }: { problem: PlaygroundProblem }): React.JSX.Element {
  const where =
    problem.source === 'pod'
      ? translate({ id: 'podlab.playground.problem.pod', message: 'Manifeste du Pod' })
      : translate({ id: 'podlab.playground.problem.scenario', message: 'Scénario' });
  // What the API server (or the YAML parser) made of the manifest; a scenario problem is already named by `where`.
  const leadIn = problem.source === 'pod' ? podLabLeadIn(problem.kind) : undefined;
  return (
    <div className={styles.problem} data-playground-problem={problem.source}>
      <strong>{where}</strong>
      {leadIn && (
        <>
          {' \u2014 '}
          {leadIn}
        </>
      )}
      {problem.line !== undefined && (
        <span>
          {' '}
          {translate(
            { id: 'podlab.playground.problem.position', message: '(ligne {line}, colonne {column})' },
            { line: problem.line, column: problem.column ?? 1 },
          )}
        </span>
      )}
      {/* The scenario's checks speak the page's language; YAML parser, model and API server messages are English, as kubectl prints them. */}
      {problem.code ? (
        <pre className={styles.problemMessage}>{scenarioMessage(problem.code, problem.params, problem.message)}</pre>
      ) : (
        <pre className={styles.problemMessage} lang="en">
          {problem.message}
        </pre>
      )}
      {problem.errors && (
        <ul>
          {problem.errors.map((e, i) => (
            <li key={i}>
              {e.code ? (
                <FieldErrorLine field={e.field} message={scenarioMessage(e.code, e.params, e.message)} lang={null} />
              ) : (
                <FieldErrorLine field={e.field} message={e.message} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const DEFAULT = PRESETS[0];

export default function Playground(): React.JSX.Element {
  const [state, setState] = useState<PlaygroundState>({ pod: DEFAULT.pod, scenario: DEFAULT.scenario });
  const [preset, setPreset] = useState(DEFAULT.id);
  const [outcome, setOutcome] = useState<Outcome>(() => runPlayground(DEFAULT));
  const [shared, setShared] = useState<'none' | 'pending' | 'broken'>('none');
  const [shareUrl, setShareUrl] = useState('');
  const ids = { pod: useId(), scenario: useId(), preset: useId(), share: useId() };

  // A shared link: load its texts, show them, run nothing.
  useEffect(() => {
    const hash = window.location.hash;
    if (!/^#[sj]=/.test(hash)) return;
    decodeShare(hash).then(
      (s) => {
        if (s) {
          setState(s);
          setPreset('');
          setOutcome(null);
          setShared('pending');
        }
      },
      () => {
        setOutcome(null);
        setShared('broken');
      },
    );
  }, []);

  const run = () => {
    setShared('none');
    setOutcome(runPlayground(state));
  };
  const choose = (id: string) => {
    const p = PRESETS.find((x) => x.id === id);
    if (!p) return;
    setPreset(id);
    setShared('none');
    setState({ pod: p.pod, scenario: p.scenario });
    setOutcome(runPlayground(p));
  };
  const share = async () => {
    const hash = await encodeShare(state);
    const url = `${window.location.origin}${window.location.pathname}#${hash}`;
    window.history.replaceState(null, '', `#${hash}`);
    setShareUrl(url);
    void navigator.clipboard?.writeText(url).catch(() => undefined);
  };

  return (
    <Layout
      title={translate({ id: 'podlab.playground.title', message: 'Bac à sable' })}
      description={translate({
        id: 'podlab.playground.description',
        message:
          'Écrivez un Pod et un scénario, puis regardez le kubelet simulé de Kubernetes 1.35 le faire vivre : kubectl get -w, événements, chronologie, machines à états.',
      })}
    >
      <main className={styles.main}>
        <h1>
          <Translate id="podlab.playground.heading">Bac à sable</Translate>
        </h1>
        <p>
          <Translate id="podlab.playground.intro">
            Modifiez le manifeste et le scénario (comportement des conteneurs, cluster, actions datées), puis lancez la
            simulation. Le scénario est une donnée YAML, jamais du code.
          </Translate>
        </p>

        <div className={styles.bar}>
          <label htmlFor={ids.preset}>
            <Translate id="podlab.playground.preset.label">Scénario prêt à l’emploi</Translate>
          </label>
          <select id={ids.preset} value={preset} onChange={(e) => choose(e.target.value)} data-playground-preset="">
            {preset === '' && (
              <option value="">
                {translate({ id: 'podlab.playground.preset.custom', message: '(personnalisé)' })}
              </option>
            )}
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {presetLabel(p.id)}
              </option>
            ))}
          </select>
        </div>

        <div className={styles.editors}>
          <div className={styles.field}>
            <label htmlFor={ids.pod}>
              <Translate id="podlab.playground.pod.label">Manifeste du Pod (YAML)</Translate>
            </label>
            <textarea
              id={ids.pod}
              className={styles.textarea}
              value={state.pod}
              spellCheck={false}
              rows={16}
              onChange={(e) => {
                setState({ ...state, pod: e.target.value });
                setPreset('');
              }}
              data-playground-pod=""
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.scenario}>
              <Translate id="podlab.playground.scenario.label">
                Scénario (YAML : behavior, cluster, actions, until, featureGates)
              </Translate>
            </label>
            <textarea
              id={ids.scenario}
              className={styles.textarea}
              value={state.scenario}
              spellCheck={false}
              rows={16}
              onChange={(e) => {
                setState({ ...state, scenario: e.target.value });
                setPreset('');
              }}
              data-playground-scenario=""
            />
          </div>
        </div>

        <div className={styles.bar}>
          <button type="button" className="button button--primary" onClick={run} data-playground-run="">
            <Translate id="podlab.playground.run">Exécuter</Translate>
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void share()}
            data-playground-share=""
          >
            <Translate id="podlab.playground.share">Copier un lien de partage</Translate>
          </button>
          {shareUrl && (
            <>
              <label htmlFor={ids.share} className={styles.srOnly}>
                <Translate id="podlab.playground.share.label">Lien de partage</Translate>
              </label>
              <input
                id={ids.share}
                className={styles.shareInput}
                readOnly
                value={shareUrl}
                onFocus={(e) => e.target.select()}
                data-playground-share-url=""
              />
            </>
          )}
        </div>

        {shared === 'pending' && (
          <p className={styles.notice} role="status" data-playground-shared="">
            <Translate id="podlab.playground.shared">
              Scénario reçu par un lien : relisez-le, puis appuyez sur Exécuter. Rien n’a été exécuté.
            </Translate>
          </p>
        )}
        {shared === 'broken' && (
          <p className={styles.notice} role="status">
            <Translate id="podlab.playground.sharedBroken">Ce lien de partage est illisible ou abîmé.</Translate>
          </p>
        )}

        <section
          className={styles.results}
          aria-label={translate({ id: 'podlab.playground.results', message: 'Résultat de la simulation' })}
          data-playground-result=""
        >
          {outcome === null ? null : 'problem' in outcome ? (
            <Problem problem={outcome.problem} />
          ) : (
            <>
              <SimulationView sim={outcome.sim} diagram={false} />
              <div className={styles.diagrams}>
                <StateDiagram machine="pod" sim={outcome.sim} />
                <StateDiagram machine="container" sim={outcome.sim} />
              </div>
              <p className={styles.meta}>
                {translate(
                  { id: 'podlab.playground.meta', message: 'Simulé jusqu’à t = {end} s ({reason}).' },
                  { end: Math.round(outcome.sim.endTime), reason: outcome.sim.stopReason },
                )}
              </p>
            </>
          )}
        </section>
        {/* Kept for readers without JS: the views above already include these. */}
        <noscript>
          {outcome && 'sim' in outcome && (
            <>
              <KubectlWatch sim={outcome.sim} />
              <KubectlEvents sim={outcome.sim} />
            </>
          )}
        </noscript>
      </main>
    </Layout>
  );
}
