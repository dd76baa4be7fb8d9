// imagePullPolicy as the API server fills it when the field is left empty, for five image references.
export default `const digest = 'sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31';
const images = ['nginx', 'nginx:latest', 'nginx:1.27', 'nginx@' + digest, 'nginx:latest@' + digest];
const rows = images.map((image) => {
  const pod = applyDefaults({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web' },
    spec: { containers: [{ name: 'web', image }] },
  });
  return { image, imagePullPolicy: pod.spec.containers[0].imagePullPolicy };
});
render(<Value value={rows} />);`;
