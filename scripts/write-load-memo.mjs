// Run by `npm run build` after tsc: loads the shipped rules and guideline profiles once, and
// writes what that worked out (parsed YAML, regular-expression facts) to dist/load-memo.json,
// so that a run can take it from there instead of working it out again (src/cache/load-memo.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startLoadMemo, writeLoadMemo } from '../dist/cache/load-memo.js';
import { loadProfileFile } from '../dist/guidelines/profile.js';
import { loadRules, ruleFiles } from '../dist/rules/load.js';
import { SHIPPED_GUIDELINES_DIR } from '../dist/paths.js';

startLoadMemo();
loadRules(ruleFiles(), { domains: [], phones: [] });
for (const f of readdirSync(SHIPPED_GUIDELINES_DIR).filter((f) => f.endsWith('.yaml') && f !== 'law.yaml').sort()) {
  loadProfileFile(path.join(SHIPPED_GUIDELINES_DIR, f));
}
writeLoadMemo();
