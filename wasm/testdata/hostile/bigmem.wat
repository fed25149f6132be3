;; Declares 65536 initial pages (4 GiB) of linear memory.
(module
  (memory (export "memory") 65536)
  (func (export "_start")))
