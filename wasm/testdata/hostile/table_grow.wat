;; Asks table.grow for 2^31 - 1 more elements (16 GiB on the host). The host
;; must refuse (-1), and then the module returns normally; if the grow
;; succeeded it traps.
(module
  (table $t 0 funcref)
  (memory (export "memory") 1)
  (func (export "_start")
    (if (i32.eq (table.grow $t (ref.null func) (i32.const 0x7fffffff)) (i32.const -1))
      (then (return)))
    unreachable))
