#!/usr/bin/env bash
# The system tools the full test suite drives besides Node: LibreOffice Calc recalculates and
# renders the files the add-in writes, poppler's pdftoppm turns its PDFs into pictures, xmllint
# checks every XML part of a written package, Chromium runs the production pane, and the fonts
# make LibreOffice measure text as Excel does (Carlito has Calibri's metrics).
#
#   bash scripts/test-tools.sh            names what is missing and how to install it (exit 1)
#   bash scripts/test-tools.sh --install  installs what is missing from Debian's packages
#
# `npm test` runs the first form before jest, so a missing tool stops the run at once, by name.
set -euo pipefail

missing_packages=()
missing_names=()

need() { # need <what is checked> <Debian package> <description>
  local found=0
  case "$1" in
    /*) [ -e "$1" ] && found=1 ;;
    *) command -v "$1" >/dev/null 2>&1 && found=1 ;;
  esac
  if [ "$found" = 0 ]; then
    missing_packages+=("$2")
    missing_names+=("$3")
  fi
}

need soffice libreoffice-calc "LibreOffice Calc (soffice)"
need pdftoppm poppler-utils "pdftoppm (poppler-utils)"
need xmllint libxml2-utils "xmllint (libxml2-utils)"
need /usr/bin/chromium chromium "Chromium (/usr/bin/chromium)"
need /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf fonts-liberation "Liberation fonts"
need /usr/share/fonts/truetype/liberation2 fonts-liberation2 "Liberation 2 fonts"
need /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf fonts-crosextra-carlito "Carlito font (Calibri's metrics)"

if [ ${#missing_packages[@]} -eq 0 ]; then
  exit 0
fi

install_line="sudo apt-get install -y --no-install-recommends ${missing_packages[*]}"

if [ "${1:-}" != "--install" ]; then
  {
    echo "The tests need system tools that are not installed:"
    for name in "${missing_names[@]}"; do echo "  - $name"; done
    echo "Install them with:"
    echo "  bash scripts/test-tools.sh --install"
    echo "(that runs: $install_line)"
    echo "or run only the tests that need none of them: npm run test:unit"
  } >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here: install these by your system's means: ${missing_names[*]}" >&2
  exit 1
fi
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "Installing needs root: run as root, or: $install_line" >&2
    exit 1
  fi
fi
echo "Installing: ${missing_packages[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
