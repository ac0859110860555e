// validate_doc_update for a Ripoti county database (installed by docs/server-setup.sh as
// _design/ripoti). CouchDB runs it on every write: it rejects writes by anyone who is not a
// member of this county (the national office reads but does not write) and documents that do
// not have the shape Ripoti writes. Plain ES5: CouchDB's JavaScript engine runs it.
function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  // Filled in by server-setup.sh: the county's role, named like its database (e.g. ripoti-kilifi).
  var countyRole = '__COUNTY_ROLE__';
  if (!isAdmin && roles.indexOf(countyRole) === -1) {
    throw { forbidden: 'Only members of ' + countyRole + ' may change its reports.' };
  }
  if (newDoc._deleted) return;
  var id = newDoc._id;
  var uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
  function check(condition, message) {
    if (!condition) throw { forbidden: 'Malformed ' + id + ': ' + message };
  }
  function isText(value, max) {
    return typeof value === 'string' && value.length <= max;
  }
  function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
  if (new RegExp('^report:' + uuid + '$').test(id)) {
    check(newDoc.type === 'ripoti-report', 'type must be ripoti-report');
    check(newDoc.id === id.slice(7), 'id must match the document id');
    check(newDoc.schemaVersion === 1, 'unknown schemaVersion');
    check(isText(newDoc.title, 2000), 'title');
    check(isObject(newDoc.profile) && isObject(newDoc.period) && isObject(newDoc.attachments), 'profile, period and attachments are required');
    check(Array.isArray(newDoc.featureIds) && newDoc.featureIds.length <= 500, 'featureIds');
    check(newDoc.status === 'draft' || newDoc.status === 'final', 'status');
    return;
  }
  var section = new RegExp('^report:(' + uuid + '):(\\d+(\\.\\d+)*)$').exec(id);
  if (section) {
    check(newDoc.type === 'ripoti-section', 'type must be ripoti-section');
    check(newDoc.reportId === section[1] && newDoc.featureId === section[2], 'reportId and featureId must match the document id');
    var body = newDoc.section;
    check(isObject(body), 'section is required');
    var texts = ['notApplicableReason', 'narrative', 'actions', 'goodPractice', 'challenges', 'nextSteps'];
    for (var i = 0; i < texts.length; i++) check(isText(body[texts[i]], 2000000), texts[i] + ' must be text');
    check(['not-started', 'in-progress', 'complete', 'not-applicable'].indexOf(body.status) !== -1, 'status');
    check(Array.isArray(body.measures) && body.measures.length <= 200, 'measures');
    check(Array.isArray(body.evidence) && body.evidence.length <= 100, 'evidence');
    check(Array.isArray(body.sdgTargets), 'sdgTargets');
    return;
  }
  if (/^attachment:[0-9a-f]{64}$/.test(id)) {
    // Photos by content digest: the document holds only the attachment itself.
    for (var key in newDoc) check(key.charAt(0) === '_', 'a photo document holds only its attachment');
    return;
  }
  throw { forbidden: 'Ripoti does not store documents named ' + id + '.' };
}
