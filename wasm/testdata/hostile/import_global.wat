;; Imports a global: the host provides none.
(module
  (import "env" "g" (global $g i32))
  (memory (export "memory") 1)
  (func (export "_start") (drop (global.get $g))))
