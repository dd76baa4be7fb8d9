// kubectl get -o yaml, edit the image, kubectl replace: the full stored object goes back, only the image differs.
export default `const manifest = \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`;
// fr: Ce que renvoie « kubectl get pod web -o yaml » à t = 29 s : le Pod tel que l'API server l'a enregistré.
// en: What "kubectl get pod web -o yaml" returns at t = 29 s: the Pod as the API server stored it.
const stored = simulate({ pod: manifest, until: 29 }).podAt(29);
const edited = structuredClone(stored);
delete edited.status;
edited.spec.containers[0].image = 'nginx:1.28';

const sim = simulate({
  pod: manifest,
  actions: [{ at: 30, action: 'replace', pod: edited }],
  until: 60,
});
render(<SimulationView sim={sim} />);`;
