#!/usr/bin/env node
// Merges the English translation fragments that page and component authors drop in
//   i18n/en/categories/*.json  -> i18n/en/docusaurus-plugin-content-docs/current.json (sidebar labels)
//   i18n/en/fragments/*.json   -> i18n/en/code.json (<Translate> strings)
// Each fragment is {"<id>": {"message": "..."}}. Fragments win over what the target holds.
// Then lists the ids whose English message is still the French default (and theme strings still in
// English on the French site), so gaps show up.
// Usage: node scripts/merge-i18n.mjs [--check]   (--check: change nothing, exit 1 on gaps or stale files)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let problems = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${path.relative(root, file)}: ${err.message}`, { cause: err });
  }
}

function merge(fragmentDir, targetFile) {
  const dir = path.join(root, fragmentDir);
  const target = path.join(root, targetFile);
  const data = fs.existsSync(target) ? readJson(target) : {};
  const before = JSON.stringify(data);
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const f of files) {
    const fragment = readJson(path.join(dir, f));
    for (const [id, entry] of Object.entries(fragment)) {
      if (!entry || typeof entry.message !== 'string') {
        throw new Error(`${fragmentDir}/${f}: entry "${id}" needs a string "message"`);
      }
      data[id] = {
        ...data[id],
        message: entry.message,
        ...(entry.description ? { description: entry.description } : {}),
      };
    }
  }
  const after = JSON.stringify(data, null, 2) + '\n';
  const changed = JSON.stringify(data) !== before;
  if (changed && check) {
    console.error(`${targetFile} is missing fragments from ${fragmentDir}/ (run node scripts/merge-i18n.mjs)`);
    problems++;
  } else if (changed) {
    fs.writeFileSync(target, after);
  }
  console.log(
    `${targetFile}: ${files.length} fragment file(s) from ${fragmentDir}/${changed && !check ? ' (updated)' : ''}`,
  );
  return data;
}

// French is the source language: its labels live in docusaurus.config.ts and _category_.json.
// `write-translations --locale fr` also writes copies of them, which would only drift: drop them.
for (const redundant of ['i18n/fr/docusaurus-theme-classic', 'i18n/fr/docusaurus-plugin-content-docs/current.json']) {
  if (!check && fs.existsSync(path.join(root, redundant))) {
    fs.rmSync(path.join(root, redundant), { recursive: true });
    console.log(`removed ${redundant} (French labels come from the config and _category_.json)`);
  }
}

const docs = merge('i18n/en/categories', 'i18n/en/docusaurus-plugin-content-docs/current.json');
const code = merge('i18n/en/fragments', 'i18n/en/code.json');

// Strings that read the same in both languages.
const SAME_IN_BOTH = new Set([
  'Pods',
  'PodLab',
  'Introduction',
  'Documentation',
  'pod-template-hash',
  'CrashLoopBackOff',
  'Pause',
]);
const looksUntranslated = (french, english) =>
  french === english &&
  !SAME_IN_BOTH.has(english) &&
  /\p{L}/u.test(english.replace(/\{\w+\}/g, '')) &&
  !/^Kubernetes [\d.]+$/.test(english) &&
  /\s|[^\p{ASCII}]/u.test(english.trim());

// Sidebar, navbar and footer: the id ends with the French label, so an untranslated one has message === label.
const configFiles = {
  'i18n/en/docusaurus-plugin-content-docs/current.json': docs,
  'i18n/en/docusaurus-theme-classic/navbar.json': null,
  'i18n/en/docusaurus-theme-classic/footer.json': null,
};
for (const [file, loaded] of Object.entries(configFiles)) {
  const full = path.join(root, file);
  if (!loaded && !fs.existsSync(full)) continue;
  for (const [id, { message }] of Object.entries(loaded ?? readJson(full))) {
    const label = id.match(/^(?:sidebar\.[^.]+\.category|item\.label|link\.title|link\.item\.label)\.(.+)$/)?.[1];
    if (label && looksUntranslated(label, message)) {
      console.warn(`untranslated in ${file}: ${id}`);
      problems++;
    }
  }
}
// Code strings: compare with the French file written by write-translations.
const frFile = path.join(root, 'i18n/fr/code.json');
if (fs.existsSync(frFile)) {
  const fr = readJson(frFile);
  for (const [id, entry] of Object.entries(code)) {
    if (!fr[id] || !looksUntranslated(fr[id].message, entry.message)) continue;
    // theme.* ids default to English (plugins without French, e.g. the search bar): the French file is the gap.
    console.warn(
      `untranslated code string: ${id} (${id.startsWith('theme.') ? 'i18n/fr/code.json' : 'i18n/en/code.json'})`,
    );
    problems++;
  }
}
// Ids used in src/ but absent from the English file (write-translations not re-run, no fragment).
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(t|j)sx?$/.test(d.name) ? [full] : [];
  });
}
const usedIds = new Set();
for (const file of sourceFiles(path.join(root, 'src'))) {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/<Translate\b[^>]*\bid=["']([^"']+)["']|\bid:\s*["']([^"']+)["']\s*,\s*message\s*:/g)) {
    usedIds.add(m[1] ?? m[2]);
  }
}
for (const id of [...usedIds].sort()) {
  if (!code[id]) {
    console.warn(`missing from i18n/en/code.json: ${id} (run npm run i18n, add an English fragment)`);
    problems++;
  }
}

if (problems && check) process.exit(1);
