// Validates every document under <docs>/valid and <docs>/invalid against the schema with ajv 8
// (draft 2020-12, "date" format asserted by ajv-formats); one line per document. Strict mode
// stays on (an unknown keyword or format is an error) except its strictTypes lint: the schema
// adds constraints in conditional overlays (allOf/if/then by scheme) without restating the
// types their base definitions give, which is valid draft 2020-12.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [schemaFile, docs] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false });
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
