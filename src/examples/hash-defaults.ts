// The controller hashes the template as the API server stored it, defaults included: the same manifest
// hashes differently once imagePullPolicy, terminationMessagePath, dnsPolicy... are filled in.
export default `const written = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
};
const stored = applyDefaults({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'template', ...written.metadata }, spec: written.spec });
const storedTemplate = { metadata: { labels: stored.metadata.labels }, spec: stored.spec };
render(<Value value={{
  asWritten: podTemplateHash(written),
  asStored: podTemplateHash(storedTemplate),
  fieldsAddedByDefaulting: Object.keys(stored.spec.containers[0]).filter((k) => !(k in written.spec.containers[0])),
}} />);`;
