package softmax

import _ "embed"

// CModule is the committed C build of the workload (softmax-c.wasm, built
// by build.sh with clang for wasm32-wasi): what `memoc bench` times in the
// sandbox against Run.
//
//go:embed softmax-c.wasm
var CModule []byte
