;; Runs a loop of exactly 3000 iterations and returns: the fuel-accounting
;; fixture (1 unit for the call to _start, 3 blocks of 1024 for the loop).
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 3000))))))
