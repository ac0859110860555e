#!/usr/bin/env bash
# Prepares an Apache CouchDB 3.x server for Ripoti (see docs/server-setup.md).
#
#   COUCHDB_URL=https://couch.example.go.ke COUCHDB_ADMIN=admin COUCHDB_PASSWORD=… \
#     bash docs/server-setup.sh county kilifi
#   … bash docs/server-setup.sh user kilifi amina.salim 'first-password'
#   … bash docs/server-setup.sh national-user kilifi national.office 'first-password'
#
# `county` creates _users if the server has none yet, then the database ripoti-<county>
# (idempotent: running it again only refreshes the security object and the validation function),
# sets `_security` so that the county role ripoti-<county> and the national role ripoti-national
# may read, the role ripoti-<county>-admin administers, and installs _design/ripoti with
# docs/server-setup-validate.js, which rejects malformed reports and writes by anyone who does
# not hold ripoti-<county>. `user` and `national-user` create the account, or on a second run
# set a new password and add the role, keeping the account's other roles.
set -euo pipefail

: "${COUCHDB_URL:?set COUCHDB_URL, e.g. https://couch.example.go.ke}"
: "${COUCHDB_ADMIN:?set COUCHDB_ADMIN (a server admin)}"
: "${COUCHDB_PASSWORD:?set COUCHDB_PASSWORD}"
# https, or plain http to this computer only. The host is compared whole: a prefix match would
# let http://localhost.example.com through, and the admin password with it.
url_ok=$(python3 -c 'import sys, urllib.parse as u
p = u.urlsplit(sys.argv[1])
print("yes" if p.scheme == "https" or (p.scheme == "http" and p.hostname in ("localhost", "127.0.0.1", "::1")) else "no")' "$COUCHDB_URL")
if [ "$url_ok" != yes ]; then echo "Refusing $COUCHDB_URL: use https:// so that passwords travel encrypted." >&2; exit 2; fi
COUCHDB_URL=${COUCHDB_URL%/}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NATIONAL_ROLE=ripoti-national

couch() { # method path [json-body]
  local method=$1 path=$2 body=${3-}
  local args=(--silent --show-error --fail-with-body -u "$COUCHDB_ADMIN:$COUCHDB_PASSWORD" -X "$method" -H 'Content-Type: application/json')
  if [ -n "$body" ]; then args+=(--data-binary "$body"); fi
  curl "${args[@]}" "$COUCHDB_URL$path"
  echo
}

json_string() { python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))'; }

county_db() {
  local county=$1
  if ! [[ "$county" =~ ^[a-z][a-z0-9-]*$ ]]; then echo "County names are lower-case letters, digits and dashes: $county" >&2; exit 2; fi
  echo "ripoti-$county"
}

# A new single-node CouchDB 3 has no _users database until someone creates it (the setup wizard
# or this): without it nobody can log in. 412 means it is there already.
ensure_users_db() {
  curl --silent -o /dev/null -w '%{http_code}' -u "$COUCHDB_ADMIN:$COUCHDB_PASSWORD" -X PUT "$COUCHDB_URL/_users" | grep -qE '^(201|202|412)$' || { echo "Could not create _users" >&2; exit 1; }
}

setup_county() {
  local db; db=$(county_db "$1")
  ensure_users_db
  # 412 means the database already exists: keep it, refresh the rest.
  curl --silent -o /dev/null -w '%{http_code}' -u "$COUCHDB_ADMIN:$COUCHDB_PASSWORD" -X PUT "$COUCHDB_URL/$db" | grep -qE '^(201|202|412)$' || { echo "Could not create $db" >&2; exit 1; }
  couch PUT "/$db/_security" "{\"admins\":{\"names\":[],\"roles\":[\"$db-admin\"]},\"members\":{\"names\":[],\"roles\":[\"$db\",\"$NATIONAL_ROLE\"]}}"
  local validate current rev=''
  validate=$(sed -e '/^\s*\/\//d' -e "s/__COUNTY_ROLE__/$db/" "$here/server-setup-validate.js" | json_string)
  current=$(curl --silent -u "$COUCHDB_ADMIN:$COUCHDB_PASSWORD" "$COUCHDB_URL/$db/_design/ripoti" || true)
  rev=$(printf '%s' "$current" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("_rev",""))
except Exception: print("")')
  if [ -n "$rev" ]; then
    couch PUT "/$db/_design/ripoti" "{\"_rev\":\"$rev\",\"validate_doc_update\":$validate}"
  else
    couch PUT "/$db/_design/ripoti" "{\"validate_doc_update\":$validate}"
  fi
  echo "Ready: $COUCHDB_URL/$db (officers need the role $db; the national office $NATIONAL_ROLE)."
}

# Creates the user, or, when it exists (a second run, a forgotten password), sets the new
# password and adds the role, keeping the roles it already has.
add_user() { # county name password role
  local name=$2 password=$3 role=$4
  local id current body
  id=$(python3 -c 'import sys, urllib.parse as u; print(u.quote("org.couchdb.user:" + sys.argv[1], safe=""))' "$name")
  current=$(curl --silent -u "$COUCHDB_ADMIN:$COUCHDB_PASSWORD" "$COUCHDB_URL/_users/$id" || true)
  body=$(printf '%s' "$current" | python3 -c 'import json, sys
name, password, role = sys.argv[1:4]
try:
    doc = json.load(sys.stdin)
except Exception:
    doc = {}
if "_rev" not in doc:
    doc = {"_id": "org.couchdb.user:" + name, "name": name, "roles": [], "type": "user"}
doc["roles"] = sorted(set(doc.get("roles", [])) | {role})
doc["password"] = password
print(json.dumps(doc))' "$name" "$password" "$role")
  couch PUT "/_users/$id" "$body" >/dev/null
  echo "User $name can sync with the role $role (password set)."
}

case "${1-}" in
  county) setup_county "${2:?county name, e.g. kilifi}" ;;
  user) add_user "$2" "${3:?user name}" "${4:?first password}" "$(county_db "$2")" ;;
  national-user) add_user "$2" "${3:?user name}" "${4:?first password}" "$NATIONAL_ROLE" ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
