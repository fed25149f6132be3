#!/bin/sh
# Rebuilds the enclave's test modules from their .wat sources.
# Needs wat2wasm from WABT (Debian: apt-get install wabt).
set -eu
cd "$(dirname "$0")"
for f in *.wat; do
	wat2wasm "$f" -o "${f%.wat}.wasm"
done
