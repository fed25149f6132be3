#!/bin/sh
# Rebuilds the two committed WebAssembly builds of the softmax workload.
#   softmax-go.wasm  Go's own port:  GOOS=wasip1 GOARCH=wasm (Go toolchain only)
#   softmax-c.wasm   c/softmax.c with clang's wasm32-wasi target and wasi-libc
#                    (Debian: apt-get install clang lld wasi-libc)
# Tests and `go build` never need these tools: the modules are committed.
set -eu
cd "$(dirname "$0")"
GOOS=wasip1 GOARCH=wasm go build -trimpath -ldflags='-s -w -buildid=' -o softmax-go.wasm ./guest

# Compile and link in two steps: the clang driver would run binaryen's
# wasm-opt when it is on PATH, without SIMD enabled, and fail.
# -ffp-contract=off: no fused multiply-add, as in the Go builds.
SYSROOT=/usr
obj=$(mktemp --suffix=.o)
trap 'rm -f "$obj"' EXIT
clang --target=wasm32-wasi --sysroot="$SYSROOT" -O3 -msimd128 -ffp-contract=off \
	-Wall -Wextra -Werror -c -o "$obj" c/softmax.c
wasm-ld -L"$SYSROOT/lib/wasm32-wasi" "$SYSROOT/lib/wasm32-wasi/crt1-command.o" "$obj" -lc \
	--strip-all -o softmax-c.wasm
