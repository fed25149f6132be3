;; Imports fd_write with a signature that is not WASI's (i32 i32 i32 i32) -> i32.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $w (param i64) (result i64)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $w (i64.const 0)))))
