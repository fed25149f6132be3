;; Declares a table of 2^27 - 1 elements: 1 GiB of host memory at instantiation.
(module
  (table 134217727 funcref)
  (memory (export "memory") 1)
  (func (export "_start")))
