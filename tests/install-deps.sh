#!/usr/bin/env bash
# Installs the Debian packages listed in tests/packages.txt that are missing.
#   tests/install-deps.sh [list...]        (default: tests/packages.txt)
# As root: one `apt-get update`, then one `apt-get install` of every missing package. As anyone
# else: names the missing packages and fails, so that no tier runs half-equipped.
set -euo pipefail
cd "$(dirname "$0")/.."

lists=("$@")
[ ${#lists[@]} -gt 0 ] || lists=(tests/packages.txt)

missing=()
for package in $(sed -e 's/#.*//' "${lists[@]}" | sort -u); do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]}" >&2
    echo "install them (sudo apt-get install ${missing[*]}) or run make check as root" >&2
    exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
