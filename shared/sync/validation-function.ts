import { z } from 'zod';
import {
  DOCUMENT_ID_PATTERNS,
  NATIONAL_ROLE,
  serverFrameworkSchema,
  serverManifestSchema,
  serverSectionSchema,
} from './server-documents';

/**
 * Builds docs/server-setup-validate.js, the county database's validate_doc_update, from the
 * same zod schemas the app checks pulled documents with (server-documents.ts). The schemas go
 * in as JSON Schema; a small ES5 interpreter of the keywords zod emits walks them, so
 * CouchDB's JavaScript engine (SpiderMonkey or QuickJS) refuses what the app refuses.
 * Beyond the schemas the server alone can check who writes (members of the county's role,
 * server admins; for the questions, the national role or a server admin) and that a manifest
 * does not name another county.
 */
const SUPPORTED_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'maxItems',
  'minItems',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

export function validationFunctionSource(): string {
  const manifest = jsonSchemaOf(serverManifestSchema);
  const section = jsonSchemaOf(serverSectionSchema);
  const framework = jsonSchemaOf(serverFrameworkSchema);
  return String.raw`// validate_doc_update for a Ripoti county database, installed by docs/server-setup.sh as
// _design/ripoti. GENERATED from shared/sync/server-documents.ts: do not edit by hand. A unit
// test fails when it is stale; RIPOTI_REFRESH_VALIDATION=1 npx vitest run
// tests/unit/shared/sync/validation-function.test.ts writes it again.
// CouchDB runs it on every write, replication included: it refuses writes by anyone who is not
// a member of this county (the national office reads the reports but does not write them),
// questions published by anyone but the national office, and every document the app itself
// would refuse. Plain ES5, as CouchDB's JavaScript engine requires.
function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  // Filled in by server-setup.sh: the county's role, named like its database (e.g. ripoti-kilifi).
  var countyRole = '__COUNTY_ROLE__';
  var nationalRole = '${NATIONAL_ROLE}';
  var isAdmin = roles.indexOf('_admin') !== -1;
  var id = String(newDoc._id);
  var IDS = ${JSON.stringify(DOCUMENT_ID_PATTERNS)};
  // The report's questions: the national office publishes them, county officers only read them.
  var publishesQuestions = new RegExp(IDS.framework).test(id);
  if (publishesQuestions && !isAdmin && roles.indexOf(nationalRole) === -1) {
    throw { forbidden: 'Only the national office (' + nationalRole + ') may publish the questions.' };
  }
  if (!publishesQuestions && !isAdmin && roles.indexOf(countyRole) === -1) {
    throw { forbidden: 'Only members of ' + countyRole + ' may change its reports.' };
  }
  if (newDoc._deleted === true) return;
  var MANIFEST = ${JSON.stringify(manifest)};
  var SECTION = ${JSON.stringify(section)};
  var FRAMEWORK = ${JSON.stringify(framework)};
  function refuse(message) {
    throw { forbidden: 'Malformed ' + id + ': ' + message };
  }
  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }
  function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  function hasType(value, type) {
    if (type === 'object') return isObject(value);
    if (type === 'array') return Array.isArray(value);
    if (type === 'string') return typeof value === 'string';
    if (type === 'boolean') return typeof value === 'boolean';
    if (type === 'null') return value === null;
    if (type === 'number') return typeof value === 'number' && isFinite(value);
    if (type === 'integer') return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
    return false;
  }
  // The first way value breaks schema, as a sentence; null when it conforms.
  function problem(value, schema, where) {
    var i, key, found;
    if (own(schema, 'const') && value !== schema['const']) return where + ' must be ' + JSON.stringify(schema['const']);
    if (own(schema, 'enum') && schema['enum'].indexOf(value) === -1) return where + ' must be one of ' + schema['enum'].join(', ');
    if (own(schema, 'type') && !hasType(value, schema.type)) return where + ' must be of type ' + schema.type;
    if (typeof value === 'string') {
      if (own(schema, 'maxLength') && value.length > schema.maxLength) return where + ' is too long';
      if (own(schema, 'minLength') && value.length < schema.minLength) return where + ' is too short';
      if (own(schema, 'pattern') && !new RegExp(schema.pattern).test(value)) return where + ' is not in the expected form';
    }
    if (typeof value === 'number') {
      if (own(schema, 'minimum') && value < schema.minimum) return where + ' is too small';
      if (own(schema, 'exclusiveMinimum') && value <= schema.exclusiveMinimum) return where + ' is too small';
      if (own(schema, 'maximum') && value > schema.maximum) return where + ' is too large';
      if (own(schema, 'exclusiveMaximum') && value >= schema.exclusiveMaximum) return where + ' is too large';
    }
    if (Array.isArray(value)) {
      if (own(schema, 'maxItems') && value.length > schema.maxItems) return where + ' has too many items';
      if (own(schema, 'minItems') && value.length < schema.minItems) return where + ' has too few items';
      if (own(schema, 'items')) {
        for (i = 0; i < value.length; i++) {
          found = problem(value[i], schema.items, where + '.' + i);
          if (found) return found;
        }
      }
    }
    if (isObject(value)) {
      var required = schema.required || [];
      for (i = 0; i < required.length; i++) {
        if (!own(value, required[i])) return where + '.' + required[i] + ' is missing';
      }
      for (key in value) {
        if (!own(value, key)) continue;
        if (own(schema, 'propertyNames')) {
          found = problem(key, schema.propertyNames, where + ' key ' + key);
          if (found) return found;
        }
        if (schema.properties && own(schema.properties, key)) found = problem(value[key], schema.properties[key], where + '.' + key);
        else if (schema.additionalProperties === false) found = where + '.' + key + ' is not a field Ripoti writes';
        else if (isObject(schema.additionalProperties)) found = problem(value[key], schema.additionalProperties, where + '.' + key);
        else found = null;
        if (found) return found;
      }
    }
    return null;
  }
  // The report's own fields: CouchDB's (_id, _rev, _attachments, _revisions…) are not checked here.
  function content(doc) {
    var out = {};
    for (var key in doc) if (own(doc, key) && key.charAt(0) !== '_') out[key] = doc[key];
    return out;
  }
  // "Kilifi County", "Kaunti ya Kilifi" → kilifi-county, kaunti-ya-kilifi: both mention the database's county, kilifi.
  function countySlug(name) {
    return String(name).toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/^[\s-]+|[\s-]+$/g, '').replace(/[\s-]+/g, '-');
  }
  var body = content(newDoc);
  var found;
  var match = new RegExp(IDS.manifest).exec(id);
  if (match) {
    if (body.id !== match[1]) refuse('its id does not match the document id');
    found = problem(body, MANIFEST, 'the report');
    if (found) refuse(found);
    var county = countySlug(body.profile.county);
    if (county !== '' && ('-' + county + '-').indexOf('-' + countyRole.replace(/^ripoti-/, '') + '-') === -1) refuse('it names the county "' + body.profile.county + '", not the county of this database');
    return;
  }
  match = new RegExp(IDS.section).exec(id);
  if (match) {
    if (body.reportId !== match[1] || body.featureId !== match[2]) refuse('reportId and featureId must match the document id');
    found = problem(body, SECTION, 'the section document');
    if (found) refuse(found);
    return;
  }
  match = new RegExp(IDS.framework).exec(id);
  if (match) {
    found = problem(body, FRAMEWORK, 'the questions');
    if (found) refuse(found);
    if (body.framework.id !== match[1]) refuse('the questions of ' + body.framework.id + ' must be stored as framework:' + body.framework.id);
    return;
  }
  if (new RegExp(IDS.attachment).test(id)) {
    for (var key in body) if (own(body, key)) refuse('a photo document holds only its photo');
    var attachments = newDoc._attachments;
    if (!isObject(attachments) || !own(attachments, 'content') || Object.keys(attachments).length !== 1) refuse('a photo document holds exactly one attachment, named content');
    var mediaType = attachments.content.content_type;
    if (typeof mediaType !== 'string' || mediaType.length > 100 || !/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i.test(mediaType)) refuse('the photo has no valid media type');
    return;
  }
  throw { forbidden: 'Ripoti does not store documents named ' + id + '.' };
}
`;
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<
    string,
    unknown
  >;
  assertSupported(json);
  return json;
}

/** A schema change that needs a keyword the interpreter does not know must fail loudly, not pass silently. */
function assertSupported(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(assertSupported);
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (!SUPPORTED_KEYWORDS.has(key))
      throw new Error(`validation-function: JSON Schema keyword "${key}" is not interpreted`);
    if (key === 'properties') Object.values(value as object).forEach(assertSupported);
    else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') assertSupported(value);
  }
}
