// The playground's scenario checks carry a code, so the page shows them in its language.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_MESSAGES, parseScenarioText } from '../../src/views/playground';

const root = path.join(__dirname, '../..');

describe('scenario checks in the page’s language', () => {
  it('every problem found has a code and its English message', () => {
    const r = parseScenarioText(
      'behavior:\n  app:\n    exitAfter: 5\n    exitCode: x\nactions:\n- at: -1\n  action: explode\nuntil: 0\nbogus: 1\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('count');
    expect(r.problem.message).toBe(`${r.problem.errors!.length} problem(s) in the scenario`);
    expect(r.problem.errors!.map((e) => [e.field, e.code])).toEqual([
      ['bogus', 'unknownField'],
      ['behavior.app.exitAfter', 'unknownBehaviorField'],
      ['behavior.app.exitCode', 'number'],
      ['actions[0].at', 'seconds'],
      ['actions[0].action', 'oneOf'],
      ['until', 'positiveSeconds'],
    ]);
    expect(r.problem.errors![4].message).toBe('must be one of delete, nodeLost, nodeReady, debug, patch, replace');
    const top = parseScenarioText('- a\n');
    expect(!top.ok && top.problem.code).toBe('notMapping');
  });

  it('every code has a French message in the playground and an English fragment', () => {
    const page = fs.readFileSync(path.join(root, 'src/pages/playground.tsx'), 'utf8');
    const fragment = JSON.parse(
      fs.readFileSync(path.join(root, 'i18n/en/fragments/playground-checks.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    for (const [code, english] of Object.entries(SCENARIO_MESSAGES)) {
      // Whitespace-insensitive: the formatter may wrap the call.
      expect(page, code).toMatch(
        new RegExp(`case '${code}':\\s*return translate\\(\\s*\\{\\s*id: 'podlab\\.playground\\.check\\.${code}'`),
      );
      expect(fragment[`podlab.playground.check.${code}`]?.message, code).toBeTruthy();
      if (code !== 'count') expect(fragment[`podlab.playground.check.${code}`].message).toBe(english);
    }
  });
});
