// Prints "<file> ACCEPT" or "<file> REFUSE <why>" for every document of <docs> against the
// schema, with ajv 8 as a user would run it: strict mode (strictRequired aside, see check.js) and
// no formats added, which the schema does not need. Used by ReaderAndValidatorsAgreeTest.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;

const [schemaFile, docs] = process.argv.slice(2);
const validate = new Ajv2020({ strict: true, strictRequired: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
const lines = [];
for (const name of fs.readdirSync(docs).sort()) {
  const ok = validate(JSON.parse(fs.readFileSync(path.join(docs, name), 'utf8')));
  lines.push(name + (ok ? ' ACCEPT' : ' REFUSE ' + validate.errors[0].instancePath + ' ' + validate.errors[0].message));
}
process.stdout.write(lines.join('\n') + '\n');
