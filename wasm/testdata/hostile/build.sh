#!/bin/sh
# Rebuilds every hostile test module from its .wat source.
# Needs wat2wasm from WABT (Debian: apt-get install wabt).
set -eu
cd "$(dirname "$0")"
for f in *.wat; do
	wat2wasm --enable-all "$f" -o "${f%.wat}.wasm"
done
