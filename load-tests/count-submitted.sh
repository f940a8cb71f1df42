#!/bin/sh
# Counts the submitted applications of the deadline-rush call as the programme officer sees them in the inbox.
# Usage: load-tests/count-submitted.sh [base url]   (default http://localhost:8181)
set -eu
URL=${1:-http://localhost:8181}
CALL=e91b0c41-6cf2-3b8c-9dc7-a8beb09207e3
JAR=$(mktemp)
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=officer" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$TOKEN" "$URL/login"
curl -s -b "$JAR" "$URL/officer/calls/$CALL/applications" | grep -o '[0-9][0-9.]* ansøgninger' | head -1
rm -f "$JAR"
