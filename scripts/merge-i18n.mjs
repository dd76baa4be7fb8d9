#!/usr/bin/env node
// Merges the English translation fragments that page and component authors drop in
//   i18n/en/categories/*.json  -> i18n/en/docusaurus-plugin-content-docs/current.json (sidebar labels)
//   i18n/en/fragments/*.json   -> i18n/en/code.json (<Translate> strings)
// Each fragment is {"<id>": {"message": "..."}}. Fragments win over what the target holds.
// Then lists the ids whose English message is still the French default, so gaps show up.
// Usage: node scripts/merge-i18n.mjs [--check]   (--check: change nothing, exit 1 on gaps or stale files)
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
let problems = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${path.relative(root, file)}: ${err.message}`);
  }
}

function merge(fragmentDir, targetFile) {
  const dir = path.join(root, fragmentDir);
  const target = path.join(root, targetFile);
  const data = fs.existsSync(target) ? readJson(target) : {};
  const before = JSON.stringify(data);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of files) {
    const fragment = readJson(path.join(dir, f));
    for (const [id, entry] of Object.entries(fragment)) {
      if (!entry || typeof entry.message !== 'string') {
        throw new Error(`${fragmentDir}/${f}: entry "${id}" needs a string "message"`);
      }
      data[id] = {...data[id], message: entry.message, ...(entry.description ? {description: entry.description} : {})};
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
  console.log(`${targetFile}: ${files.length} fragment file(s) from ${fragmentDir}/${changed && !check ? ' (updated)' : ''}`);
  return data;
}

const docs = merge('i18n/en/categories', 'i18n/en/docusaurus-plugin-content-docs/current.json');
const code = merge('i18n/en/fragments', 'i18n/en/code.json');

// Sidebar categories: the id holds the French label, so an untranslated one has message === label.
for (const [id, {message}] of Object.entries(docs)) {
  const label = id.match(/^sidebar\.[^.]+\.category\.(.+)$/)?.[1];
  if (label && message === label && /[^\x00-\x7f]|[a-z] [a-z]/i.test(label) && label !== 'Pods') {
    console.warn(`untranslated sidebar category: ${id}`);
    problems++;
  }
}
// Code strings: compare with the French file written by write-translations.
const frFile = path.join(root, 'i18n/fr/code.json');
if (fs.existsSync(frFile)) {
  const fr = readJson(frFile);
  for (const [id, entry] of Object.entries(code)) {
    if (id.startsWith('theme.')) continue; // theme strings come in English from Docusaurus
    if (fr[id] && fr[id].message === entry.message && /\s|[^\x00-\x7f]/.test(entry.message.trim())) {
      console.warn(`untranslated code string: ${id}`);
      problems++;
    }
  }
}
if (problems && check) process.exit(1);
