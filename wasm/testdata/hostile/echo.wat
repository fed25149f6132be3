;; Copies stdin to stdout in 4 KiB reads: the well-behaved control case.
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
    (local $n i32)
    (loop $l
      (if (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8))
        (then (call $exit (i32.const 1))))
      (local.set $n (i32.load (i32.const 8)))
      (if (i32.eqz (local.get $n)) (then (return)))
      (i32.store (i32.const 16) (i32.const 1024))
      (i32.store (i32.const 20) (local.get $n))
      (if (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 8))
        (then (call $exit (i32.const 1))))
      (br $l))))
