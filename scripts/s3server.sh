#!/usr/bin/env bash
# Installs versitygw, the S3 server the vault/s3 tests start on loopback
# (package vault/s3/s3test), into $(go env GOPATH)/bin. With "run DIR" it
# also serves DIR as S3 on 127.0.0.1:7070 (keys from ROOT_ACCESS_KEY /
# ROOT_SECRET_KEY, default memo / memo-secret) for trying `memoc` by hand.
set -euo pipefail
version="v1.8.0"
bin="$(go env GOPATH)/bin/versitygw"
if ! "$bin" --version 2>/dev/null | grep -q "${version#v}"; then
	go install "github.com/versity/versitygw/cmd/versitygw@${version}"
fi
echo "versitygw ${version}: ${bin}"
if [[ "${1:-}" == "run" ]]; then
	dir="${2:?usage: $0 run DIR}"
	mkdir -p "$dir"
	exec "$bin" --port 127.0.0.1:7070 --access "${ROOT_ACCESS_KEY:-memo}" --secret "${ROOT_SECRET_KEY:-memo-secret}" posix "$dir"
fi
