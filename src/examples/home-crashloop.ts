// Home page: a Pod in CrashLoopBackOff because its command exits 1; replacing `exit 1` with `sleep 3600`
// (a process that keeps running) takes it out of the loop. The few lines after the manifest stand for
// the container's process: `exit N` ends it with code N one second after each start.
export default `const pod = \`
apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "exit 1"]
\`;
// fr: Le processus fait ce que dit sa commande : « exit N » quitte avec le code N.
// en: The process does what its command says: "exit N" exits with code N.
const exit = /exit (\\d+)/.exec(pod);
const behavior = { app: exit ? { exitAfterSeconds: 1, exitCode: Number(exit[1]) } : {} };
render(<KubectlWatch sim={simulate({ pod, behavior, until: 30 })} />);`;
