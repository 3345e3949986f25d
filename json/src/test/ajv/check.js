// Validates every document under <docs>/valid and <docs>/invalid against the schema with ajv 8
// (draft 2020-12); one line per document. Strict mode is on (an unknown keyword or format, or a
// keyword without its type, is an error) except strictRequired, which would refuse the idiomatic
// "anyOf: [{required: [a]}, {required: [b]}]". The schema says days by a pattern, not a format:
// ajv-formats is loaded to show the two agree, and the schema compiles without it too.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [schemaFile, docs] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
console.log('ajv ' + require('ajv/package.json').version + ' ajv-formats ' + require('ajv-formats/package.json').version);
for (const kind of ['valid', 'invalid']) {
  const dir = path.join(docs, kind);
  for (const name of fs.readdirSync(dir).sort()) {
    const ok = validate(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))) === (kind === 'valid');
    const why = ok || !validate.errors ? '' : ': ' + validate.errors[0].instancePath + ' ' + validate.errors[0].message;
    console.log((ok ? 'OK ' : 'WRONG ') + kind + ' ' + name + why);
  }
}
