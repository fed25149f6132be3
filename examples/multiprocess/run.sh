#!/usr/bin/env bash
# Runs memo-compute as separate OS processes on loopback: memoc devnet, TEE
# nodes (memoc node), verifiers (memoc verifier), data owners and a company
# using the memoc CLI. Prints one JSON object on stdout; logs go to stderr
# and to the work directory.
#
#   examples/multiprocess/run.sh                 # on a fresh dev chain
#   examples/multiprocess/run.sh --rpc URL --key HEX   # on any EVM chain (e.g. geth --dev)
#   examples/multiprocess/run.sh --help          # every option
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/memoc" ./cmd/memoc
go build -o "$bin/multiprocess" ./examples/multiprocess
# Go flags take one dash; accept the two the docs use.
args=()
for a in "$@"; do
	case "$a" in
	--*) args+=("-${a#--}") ;;
	*) args+=("$a") ;;
	esac
done
"$bin/multiprocess" -memoc "$bin/memoc" "${args[@]+"${args[@]}"}"
