package cluster

import (
	"errors"
	"runtime"
	"sync"
)

// ownerWorkers bounds how many data owners act at once (upload, grant). A
// goroutine per owner would hold every owner's buffers, HTTP exchanges and
// attestation checks in memory together: the cluster's memory would grow
// with the number of owners instead of the number of workers.
func ownerWorkers() int { return 8 * runtime.GOMAXPROCS(0) }

// forEach runs f(0), …, f(n−1) on at most workers goroutines and returns
// their errors joined.
func forEach(n, workers int, f func(i int) error) error {
	workers = max(1, min(workers, n))
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				errs[i] = f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}
