;; Writes 64 KiB to stdout forever, ignoring every error fd_write returns.
(module
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 2)
  ;; iovec at 0: buf = 65536, len = 65536; nwritten at 8.
  (data (i32.const 0) "\00\00\01\00\00\00\01\00")
  (func (export "_start")
    (loop $l
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
      (br $l))))
