#!/usr/bin/env bash
# The tests use real applications: LibreOffice (to prove generated files open), poppler
# (PDF → PNG), Debian's Chromium (the task pane end to end) and xmllint (manifest schema).
# This installs the missing ones from Debian's packages when it can (root, apt-get), and
# otherwise says exactly what to install. It changes nothing when all are present.
set -euo pipefail
declare -A need=( [soffice]=libreoffice-calc [pdftoppm]=poppler-utils [chromium]=chromium [xmllint]=libxml2-utils )
missing=()
for cmd in "${!need[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${need[$cmd]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Cài các gói Debian cần cho kiểm thử / installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Thiếu gói Debian cho kiểm thử / missing Debian packages for the tests: ${missing[*]}" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
