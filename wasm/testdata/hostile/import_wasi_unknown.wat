;; Imports a function WASI preview 1 does not define.
(module
  (import "wasi_snapshot_preview1" "path_open_anything" (func $p (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $p (i32.const 0)))))
