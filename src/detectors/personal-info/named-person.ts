import * as z from 'zod';
import { defineDetector } from '../types.js';
import { personFinder } from './people.js';

/**
 * A private person named in the post (佐藤さん, 山口和夫様, 田村先生), not one introduced in a
 * public role (講師、教授、市長、作家). A building block for rules that need a person and
 * something else, such as a photograph (本人の同意の確認).
 */
export const namedPerson = defineDetector({
  name: 'named-person',
  description: '名前の出ている私人（公的な立場で紹介された人は除く）',
  options: z.strictObject({
    /** Also a bare surname (田中): many surnames are place names too. */
    surnames: z.boolean().default(false),
  }),
  create(options, env) {
    const people = personFinder(env);
    return (doc) =>
      people(doc)
        .filter((p) => !p.publicRole && (options.surnames || p.kind !== 'surname'))
        .map((p) => ({ start: p.start, end: p.end }));
  },
});
