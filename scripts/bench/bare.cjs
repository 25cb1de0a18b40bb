// The floor every figure of the benchmark is compared with: load kuromoji's dictionary the
// way its documentation does, and tokenize each text of a JSON array, as sns-lint does per post.
'use strict';
const { readFileSync } = require('node:fs');
const kuromoji = require('kuromoji');

const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
kuromoji.builder({ dicPath: require('node:path').join(require.resolve('kuromoji/package.json'), '..', 'dict') }).build((err, tokenizer) => {
  if (err) throw err;
  let tokens = 0;
  for (const text of texts) tokens += tokenizer.tokenize(text).length;
  process.stdout.write(`${tokens}\n`);
});
