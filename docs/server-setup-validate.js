// validate_doc_update for a Ripoti county database, installed by docs/server-setup.sh as
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
  var nationalRole = 'ripoti-national';
  var isAdmin = roles.indexOf('_admin') !== -1;
  var id = String(newDoc._id);
  var IDS = {"manifest":"^report:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$","section":"^report:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(\\d+(?:\\.\\d+)*)$","attachment":"^attachment:[0-9a-f]{64}$","framework":"^framework:([A-Za-z0-9._-]{1,200})$"};
  // The report's questions: the national office publishes them, county officers only read them.
  var publishesQuestions = new RegExp(IDS.framework).test(id);
  if (publishesQuestions && !isAdmin && roles.indexOf(nationalRole) === -1) {
    throw { forbidden: 'Only the national office (' + nationalRole + ') may publish the questions.' };
  }
  if (!publishesQuestions && !isAdmin && roles.indexOf(countyRole) === -1) {
    throw { forbidden: 'Only members of ' + countyRole + ' may change its reports.' };
  }
  if (newDoc._deleted === true) return;
  var MANIFEST = {"type":"object","properties":{"id":{"type":"string","format":"uuid","pattern":"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"},"schemaVersion":{"type":"number","const":2},"frameworkRef":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","minLength":1,"maxLength":100}},"required":["id","version"],"additionalProperties":false},"title":{"type":"string","maxLength":2000},"period":{"type":"object","properties":{"startMonth":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])$"},"endMonth":{"type":"string","pattern":"^\\d{4}-(0[1-9]|1[0-2])$"},"dueDate":{"type":"string","format":"date","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"}},"required":["startMonth","endMonth","dueDate"],"additionalProperties":false},"language":{"type":"string","enum":["en","sw","fr"]},"profile":{"type":"object","properties":{"city":{"type":"string","maxLength":2000},"county":{"type":"string","maxLength":2000},"country":{"type":"string","maxLength":2000},"population":{"type":"string","maxLength":2000},"areaKm2":{"type":"string","maxLength":2000},"website":{"type":"string","maxLength":2000},"leaderName":{"type":"string","maxLength":2000},"leaderTitle":{"type":"string","maxLength":2000},"focalPointName":{"type":"string","maxLength":2000},"focalPointEmail":{"type":"string","maxLength":2000},"focalPointPhone":{"type":"string","maxLength":2000},"membershipDate":{"type":"string","maxLength":2000}},"required":["city","county","country","population","areaKm2","website","leaderName","leaderTitle","focalPointName","focalPointEmail","focalPointPhone","membershipDate"],"additionalProperties":{"type":"string","maxLength":2000}},"archivedSections":{"maxItems":500,"type":"array","items":{"type":"object","properties":{"featureId":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"},"title":{"type":"string","maxLength":2000},"frameworkVersion":{"type":"string","maxLength":2000},"section":{"type":"object","properties":{"status":{"type":"string","enum":["not-started","in-progress","complete","not-applicable"]},"notApplicableReason":{"type":"string","maxLength":2000000},"narrative":{"type":"string","maxLength":2000000},"actions":{"type":"string","maxLength":2000000},"measures":{"maxItems":200,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"indicator":{"type":"string","maxLength":2000},"unit":{"type":"string","maxLength":2000},"baseline":{"type":"string","maxLength":2000},"current":{"type":"string","maxLength":2000},"target":{"type":"string","maxLength":2000},"source":{"type":"string","maxLength":2000}},"required":["id","indicator","unit","baseline","current","target","source"],"additionalProperties":false}},"goodPractice":{"type":"string","maxLength":2000000},"challenges":{"type":"string","maxLength":2000000},"nextSteps":{"type":"string","maxLength":2000000},"sdgTargets":{"maxItems":169,"type":"array","items":{"type":"string","pattern":"^\\d{1,2}\\.[0-9a-z]{1,2}$"}},"evidence":{"maxItems":100,"type":"array","items":{"type":"object","properties":{"attachmentId":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"caption":{"type":"string","maxLength":2000}},"required":["attachmentId","caption"],"additionalProperties":false}},"updatedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"}},"required":["status","notApplicableReason","narrative","actions","measures","goodPractice","challenges","nextSteps","sdgTargets","evidence","updatedAt"],"additionalProperties":false}},"required":["featureId","title","frameworkVersion","section"],"additionalProperties":false}},"attachments":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"object","properties":{"id":{"type":"string","pattern":"^[a-f0-9]{64}$"},"fileName":{"type":"string","maxLength":2000},"mediaType":{"type":"string","maxLength":100},"byteLength":{"type":"integer","minimum":0,"maximum":9007199254740991},"width":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"height":{"type":"integer","exclusiveMinimum":0,"maximum":9007199254740991},"addedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"}},"required":["id","fileName","mediaType","byteLength","addedAt"],"additionalProperties":false}},"status":{"type":"string","enum":["draft","final"]},"carriedForwardFrom":{"type":"string","format":"uuid","pattern":"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"},"importedFrom":{"type":"object","properties":{"fileName":{"type":"string","maxLength":2000},"importedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"}},"required":["fileName","importedAt"],"additionalProperties":false},"annex":{"maxItems":2000,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"heading":{"type":"string","maxLength":2000},"text":{"type":"string","maxLength":2000000},"evidence":{"maxItems":100,"type":"array","items":{"type":"object","properties":{"attachmentId":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"caption":{"type":"string","maxLength":2000}},"required":["attachmentId","caption"],"additionalProperties":false}},"source":{"type":"string","maxLength":2000},"addedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"}},"required":["id","heading","text","evidence","source","addedAt"],"additionalProperties":false}},"createdAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"},"updatedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"},"type":{"type":"string","const":"ripoti-report"},"featureIds":{"maxItems":500,"type":"array","items":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"}}},"required":["id","schemaVersion","frameworkRef","title","period","language","profile","archivedSections","attachments","status","createdAt","updatedAt","type","featureIds"],"additionalProperties":false};
  var SECTION = {"type":"object","properties":{"type":{"type":"string","const":"ripoti-section"},"reportId":{"type":"string","format":"uuid","pattern":"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"},"featureId":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"},"section":{"type":"object","properties":{"status":{"type":"string","enum":["not-started","in-progress","complete","not-applicable"]},"notApplicableReason":{"type":"string","maxLength":2000000},"narrative":{"type":"string","maxLength":2000000},"actions":{"type":"string","maxLength":2000000},"measures":{"maxItems":200,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"indicator":{"type":"string","maxLength":2000},"unit":{"type":"string","maxLength":2000},"baseline":{"type":"string","maxLength":2000},"current":{"type":"string","maxLength":2000},"target":{"type":"string","maxLength":2000},"source":{"type":"string","maxLength":2000}},"required":["id","indicator","unit","baseline","current","target","source"],"additionalProperties":false}},"goodPractice":{"type":"string","maxLength":2000000},"challenges":{"type":"string","maxLength":2000000},"nextSteps":{"type":"string","maxLength":2000000},"sdgTargets":{"maxItems":169,"type":"array","items":{"type":"string","pattern":"^\\d{1,2}\\.[0-9a-z]{1,2}$"}},"evidence":{"maxItems":100,"type":"array","items":{"type":"object","properties":{"attachmentId":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9._:-]+$"},"caption":{"type":"string","maxLength":2000}},"required":["attachmentId","caption"],"additionalProperties":false}},"updatedAt":{"type":"string","format":"date-time","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"}},"required":["status","notApplicableReason","narrative","actions","measures","goodPractice","challenges","nextSteps","sdgTargets","evidence","updatedAt"],"additionalProperties":false}},"required":["type","reportId","featureId","section"],"additionalProperties":false};
  var FRAMEWORK = {"type":"object","properties":{"type":{"type":"string","const":"ripoti-framework"},"framework":{"type":"object","properties":{"$comment":{"type":"string","maxLength":2000},"format":{"type":"string","const":"ripoti-framework"},"formatVersion":{"type":"number","const":1},"id":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"replaces":{"maxItems":200,"type":"array","items":{"type":"string","minLength":1,"maxLength":100}},"publisher":{"type":"object","properties":{"id":{"type":"string","minLength":1,"maxLength":100},"name":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false}},"required":["id","name"],"additionalProperties":false},"source":{"type":"object","properties":{"edition":{"type":"string","minLength":1,"maxLength":500},"text":{"type":"string","enum":["paraphrase","checked"]},"checkedBy":{"type":"string","minLength":1,"maxLength":200},"checkedOn":{"type":"string","format":"date","pattern":"^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"}},"required":["edition","text"],"additionalProperties":false},"title":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"verification":{"type":"object","propertyNames":{"type":"string"},"additionalProperties":{"type":"string","maxLength":2000}},"limits":{"type":"object","properties":{"narrativeWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"goodPracticeWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"challengesWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"nextStepsWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000}},"required":["narrativeWords","goodPracticeWords","challengesWords","nextStepsWords"],"additionalProperties":false},"profile":{"minItems":1,"maxItems":100,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[a-z][A-Za-z0-9]{0,39}$"},"label":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"hint":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"kind":{"type":"string","enum":["text","figure","email","web-address","phone","partial-date","year"]},"required":{"type":"boolean"},"autoComplete":{"type":"string","enum":["name","organization","organization-title","email","tel","url","country-name","address-level1","address-level2"]},"formerIds":{"maxItems":20,"type":"array","items":{"type":"string","pattern":"^[a-z][A-Za-z0-9]{0,39}$"}}},"required":["id","label","kind","required"],"additionalProperties":false}},"tiers":{"minItems":1,"maxItems":20,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"},"title":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"areas":{"minItems":1,"maxItems":50,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"},"title":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"features":{"minItems":1,"maxItems":100,"type":"array","items":{"type":"object","properties":{"id":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"},"title":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"guidance":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false},"suggestedMeasures":{"maxItems":50,"type":"array","items":{"type":"object","properties":{"en":{"type":"string","minLength":1},"sw":{"type":"string","minLength":1},"fr":{"type":"string","minLength":1},"review":{"type":"object","properties":{"sw":{"type":"string","enum":["machine-draft"]},"fr":{"type":"string","enum":["machine-draft"]}},"additionalProperties":false}},"required":["en"],"additionalProperties":false}},"limits":{"type":"object","properties":{"narrativeWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"goodPracticeWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"challengesWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000},"nextStepsWords":{"type":"integer","exclusiveMinimum":0,"maximum":100000}},"additionalProperties":false},"formerIds":{"maxItems":20,"type":"array","items":{"type":"string","maxLength":20,"pattern":"^\\d+(\\.\\d+)*$"}}},"required":["id","title","suggestedMeasures"],"additionalProperties":false}}},"required":["id","title","features"],"additionalProperties":false}}},"required":["id","title","areas"],"additionalProperties":false}}},"required":["format","formatVersion","id","version","replaces","publisher","source","title","limits","profile","tiers"],"additionalProperties":false}},"required":["type","framework"],"additionalProperties":false};
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
