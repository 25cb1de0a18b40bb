import * as z from 'zod';
import type { Match } from '../../match/types.js';
import { toOriginalRange } from '../../text/mapped-text.js';
import { loadDictionary } from '../../rules/dictionary.js';
import { defineDetector } from '../types.js';
import { labelledValueFinder } from './labelled-value.js';

/**
 * A PIN, a door or key-box code, a lock's combination, written after its label: "暗証番号0815",
 * "入室コードは5521#です", "テンキーに「4721#」を入力", "キーボックス（番号3390）". The code is what
 * is reported. "暗証番号は他人に教えないで", "暗証番号を3回間違えると" and "4桁の暗証番号" have
 * no code after the label.
 */
export const lockCode = defineDetector({
  name: 'lock-code',
  description: '暗証番号・入退室コード・錠の番号（「暗証番号」「入室コード」「テンキー」の後の番号）',
  options: z.strictObject({
    labels: z.string().default('dict/security/lock-code-labels.txt'),
    notAfter: z.string().default('dict/security/not-a-value-followers.txt'),
  }),
  create(options, env) {
    const find = labelledValueFinder({
      labels: loadDictionary(env.resolvePath(options.labels)),
      value: String.raw`[0-9A-Za-z#*]{3,12}(?![0-9A-Za-z])`,
      notAfter: loadDictionary(env.resolvePath(options.notAfter)),
    });
    return (doc) => {
      const matches: Match[] = [];
      for (const v of find(doc.nfkc.text)) {
        if ((v.value.match(/\d/gu) ?? []).length < 3) continue;
        matches.push(toOriginalRange(doc.nfkc, v.start, v.end));
      }
      return matches;
    };
  },
});
