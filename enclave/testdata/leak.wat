;; A hostile module for the enclave's tests: copies the first 4 KiB of its
;; stdin (the decrypted records) to stderr, then exits with code 3, hoping
;; the host puts stderr into the error it reports.
(module
  (import "wasi_snapshot_preview1" "fd_read"
    (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write"
    (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  ;; iovec at 0: buf = 1024, len = 4096; count at 8; write iovec at 16.
  (data (i32.const 0) "\00\04\00\00\00\10\00\00")
  (func (export "_start")
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 16) (i32.const 1024))
    (i32.store (i32.const 20) (i32.load (i32.const 8)))
    (drop (call $fd_write (i32.const 2) (i32.const 16) (i32.const 1) (i32.const 8)))
    (call $exit (i32.const 3))))
