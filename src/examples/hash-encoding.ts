// SafeEncodeString: each character of the decimal FNV-1a sum is replaced by alphanums[code point % 27],
// so a hash only ever uses 4-9, b, c, d and f.
export default `const alphanums = 'bcdfghjklmnpqrstvwxz2456789';
const digitMap = Object.fromEntries(
  '0123456789'.split('').map((d) => [d, alphanums[d.charCodeAt(0) % alphanums.length]]),
);
const hashes = ['nginx:1.25', 'nginx:1.26', 'nginx:1.27', 'nginx:1.28'].map((image) =>
  podTemplateHash({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } }));
render(<Value value={{
  digitMap,
  hashes,
  charactersUsed: [...new Set(hashes.join(''))].sort().join(''),
}} />);`;
