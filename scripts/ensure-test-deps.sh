#!/usr/bin/env bash
# The tests use real applications: LibreOffice (to prove generated files open, and to measure
# print layout), poppler (PDF → PNG), Debian's Chromium (the task pane end to end) and xmllint
# (manifest schema), LibreOffice's Python bridge (python3-uno), plus the fonts an official's Windows has: Liberation (metric-compatible with
# Times New Roman and Arial) and Carlito (Calibri). Without those fonts LibreOffice falls back to
# DejaVu, whose wider glyphs change the print scale the layout tests measure.
# This installs what is missing from Debian's packages when it can (root, apt-get), and otherwise
# says exactly what to install. It changes nothing when everything is present.
set -euo pipefail
declare -A cmds=([soffice]=libreoffice-calc [pdftoppm]=poppler-utils [chromium]=chromium [xmllint]=libxml2-utils [fc-list]=fontconfig)
declare -A fonts=(["Liberation Serif"]=fonts-liberation ["Carlito"]=fonts-crosextra-carlito ["DejaVu Sans"]=fonts-dejavu-core)
missing=()
for cmd in "${!cmds[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${cmds[$cmd]}")
done
# A workbook with a chart and a pivot table is made by LibreOffice through its Python bridge.
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import uno" >/dev/null 2>&1 || missing+=(python3-uno)
# A return rewritten by openpyxl, as offices that script their reports send them.
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || missing+=(python3-openpyxl)
for family in "${!fonts[@]}"; do
  if ! command -v fc-list >/dev/null 2>&1 || ! fc-list : family | grep -qxF "$family"; then
    missing+=("${fonts[$family]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Cài các gói Debian cần cho kiểm thử / installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "Thiếu gói Debian cho kiểm thử / missing Debian packages for the tests: ${missing[*]}" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
