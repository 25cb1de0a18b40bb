import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/categories.js';
import { UserError } from '../../src/errors.js';
import { loadProfile, SHIPPED_PROFILES } from '../../src/guidelines/profile.js';
import { ProfileSpec } from '../../src/guidelines/schema.js';
import { makeTree, ROOT } from '../helpers/cli.js';

const GUIDELINES = path.join(ROOT, 'guidelines');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('shipped guideline profiles', () => {
  it.each(SHIPPED_PROFILES)('%s cites a clause for every category and both accounts', (id) => {
    const profile = loadProfile(id);
    for (const category of CATEGORIES) {
      expect(profile.citationsFor(category, 'official').length, `${id} ${category} official`).toBeGreaterThan(0);
      expect(profile.citationsFor(category, 'private').length, `${id} ${category} private`).toBeGreaterThan(0);
    }
  });

  it.each(SHIPPED_PROFILES.filter((id) => id !== 'default'))('%s quotes every title and text exactly from its source', (id) => {
    const spec = ProfileSpec.parse(parse(readFileSync(path.join(GUIDELINES, `${id}.yaml`), 'utf8')));
    const source = squash(readFileSync(path.join(GUIDELINES, spec.source!), 'utf8'));
    for (const entry of Object.values(spec.categories)) {
      const lists = 'both' in entry ? [entry.both] : [entry.official, entry.private];
      for (const c of lists.flat()) {
        if ('law' in c) continue;
        expect(source, `${id} ${c.id} title`).toContain(squash(c.title));
        if (c.text) expect(source, `${id} ${c.id} text`).toContain(squash(c.text));
      }
    }
  });

  it('cites the clauses the design names for insults', () => {
    expect(loadProfile('akita').citationsFor('insult', 'official')[0]).toEqual({ guideline: 'akita', id: '4(5)', title: '他者を侮蔑するもの' });
    expect(loadProfile('tatsuno').citationsFor('insult', 'private')[0]).toEqual({ guideline: 'tatsuno', id: '3(7)(ア)', title: '不敬な言い方を含む情報' });
    expect(loadProfile('bibai').citationsFor('insult', 'private')[0]).toMatchObject({ id: '3(3)②ア', title: '他者を侮辱する情報' });
  });

  it('resolves law articles and falls back from a finer key to its category', () => {
    const akita = loadProfile('akita');
    expect(akita.citationsFor('confidential', 'official')).toContainEqual({ guideline: 'law', id: '地方公務員法34条', title: '秘密を守る義務' });
    expect(akita.citationsFor('insult/anything', 'official')).toEqual(akita.citationsFor('insult', 'official'));
  });
});

describe('a user profile file', () => {
  const categories = CATEGORIES.map((c) => `  ${c}:\n    both:\n      - { id: "1", title: 条項 }`).join('\n');

  it('loads from a path, validated like the shipped ones', () => {
    const dir = makeTree({ 'mine.yaml': `id: sakura\nname: さくら市ガイドライン\ncategories:\n${categories}\n` });
    const profile = loadProfile(path.join(dir, 'mine.yaml'));
    expect(profile.id).toBe('sakura');
    expect(profile.citationsFor('insult', 'private')).toEqual([{ guideline: 'sakura', id: '1', title: '条項' }]);
  });

  it('is rejected when a category is missing, naming the category', () => {
    const dir = makeTree({ 'mine.yaml': `id: sakura\nname: x\ncategories:\n${categories.replace('  insult:', '  insul:')}\n` });
    expect(() => loadProfile(path.join(dir, 'mine.yaml'))).toThrow(/insul/);
  });

  it('is rejected when it cites an unknown law, with the line', () => {
    const dir = makeTree({
      'mine.yaml': `id: sakura\nname: x\ncategories:\n${categories.replace('- { id: "1", title: 条項 }', '- law: 地方公務員法99条')}\n`,
    });
    try {
      loadProfile(path.join(dir, 'mine.yaml'));
      expect.unreachable();
    } catch (err) {
      expect((err as UserError).message).toContain('地方公務員法99条');
      expect((err as UserError).line).toBe(6);
    }
  });

  it('an unknown profile id lists the shipped ones', () => {
    expect(() => loadProfile('sapporo')).toThrow(/akita/);
  });
});
