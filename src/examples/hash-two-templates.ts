// podTemplateHash: two templates that differ by one image tag get unrelated hashes; the collision count,
// when the Deployment has one, is hashed in too (0 is not the same as none).
export default `const template = (image) => ({
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image }] },
});
const v127 = template('nginx:1.27');
const v128 = template('nginx:1.28');
render(<Value value={{
  'nginx:1.27': podTemplateHash(v127),
  'nginx:1.28': podTemplateHash(v128),
  'nginx:1.28 collisionCount 0': podTemplateHash(v128, 0),
  'nginx:1.28 collisionCount 1': podTemplateHash(v128, 1),
  sameTemplateAgain: podTemplateHash(template('nginx:1.27')),
}} />);`;
