#!/bin/sh
# Rebuilds probe.wasm with Go's own WASI port. Needs only the Go toolchain.
set -eu
cd "$(dirname "$0")"
GOOS=wasip1 GOARCH=wasm go build -trimpath -ldflags='-s -w -buildid=' -o probe.wasm main.go
