/**
 * The chrome around a model error, in the page's language (live examples and the playground): a lead-in
 * per PodLabError kind, then each field path with the API server's message, which stays in English as
 * kube-apiserver and kubectl print it (marked lang="en").
 */
import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';

/**
 * The lead-in of a model error (PodLabError) in the page's language. The message that follows stays as
 * kube-apiserver and kubectl word it, in English, like the field paths.
 */
export function podLabLeadIn(kind: string | undefined): string | undefined {
  switch (kind) {
    case 'invalid':
      return translate({ id: 'podlab.error.invalid', message: 'Manifeste refusé par l\u2019API server' });
    case 'schema':
      return translate({ id: 'podlab.error.schema', message: 'Manifeste non conforme au schéma de l\u2019API' });
    case 'yaml':
      return translate({ id: 'podlab.error.yaml', message: 'YAML illisible' });
    case 'forbidden':
      return translate({ id: 'podlab.error.forbidden', message: 'Mise à jour refusée par l\u2019API server' });
    case 'scenario':
      return translate({ id: 'podlab.error.scenario', message: 'Scénario refusé par le modèle' });
    case undefined:
      return undefined;
    default:
      return translate({ id: 'podlab.error.other', message: 'Erreur du modèle' });
  }
}

/**
 * One field error: its path, then the message: the API server's, in English as it prints it (lang="en"),
 * unless `lang` is null (a message already in the page's language).
 */
export function FieldErrorLine({
  field,
  message,
  lang = 'en',
}: {
  field: string;
  message: string;
  lang?: string | null;
}): React.JSX.Element {
  return (
    <Translate
      id="podlab.error.field"
      values={{ field: <code>{field}</code>, message: lang ? <span lang={lang}>{message}</span> : message }}
    >
      {'{field}\u202f: {message}'}
    </Translate>
  );
}
