;; Exports a global under the name reserved for the host's fuel counter.
(module
  (global $g (mut i64) (i64.const 0))
  (export "memo.fuel" (global $g))
  (memory (export "memory") 1)
  (func (export "_start")))
