// A writer and a web server share an emptyDir volume; the writer crashes at 20 s and restarts in the same Pod, with the same volume.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: site
spec:
  volumes:
  - name: html
    emptyDir: {}
  containers:
  - name: writer
    image: busybox:1.36
    command: ["sh", "-c", "while true; do date > /html/index.html; sleep 5; done"]
    volumeMounts:
    - name: html
      mountPath: /html
  - name: web
    image: nginx:1.27
    volumeMounts:
    - name: html
      mountPath: /usr/share/nginx/html
      readOnly: true
\`,
  // fr: La première tentative plante au bout de 20 s ; les suivantes restent en marche.
  // en: First attempt crashes after 20 s; the next ones keep running.
  behavior: { writer: [{ exitAfterSeconds: 20, exitCode: 1 }, {}] },
  until: 60,
});
render(<SimulationView sim={sim} />);`;
