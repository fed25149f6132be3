#!/usr/bin/env bash
# Rebuilds build/*.abi, build/*.bin and the Go bindings in bindings/ from
# src/*.sol. Needs Node (npm) and Go; run it as `go generate ./contracts`.
# solc and OpenZeppelin versions are pinned in package.json/package-lock.json;
# abigen is the go.mod tool dependency (go-ethereum's pinned version).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
	echo "generate.sh: npm not found: install Node.js 20+ to regenerate the contracts (plain go build does not need it)" >&2
	exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
rm -rf build
node compile.js

mkdir -p bindings
rm -f bindings/*.go
for abi in build/*.abi; do
	name="$(basename "$abi" .abi)"
	lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
	go tool abigen --v2 --abi "$abi" --bin "build/$name.bin" --pkg bindings --type "$name" --out "bindings/$lower.go"
done
echo "generated bindings for: $(ls build/*.abi | xargs -n1 basename | sed 's/\.abi$//' | tr '\n' ' ')"
