// Command probe is a Go (GOOS=wasip1) guest that reports what it can see of
// its host, to test that a run is deterministic and sandboxed. Its mode is
// the first line of stdin:
//
//	env    print args, environment, clocks, randomness and file access
//	mem    allocate until the runtime runs out of memory
//	panic  panic
package main

import (
	"bufio"
	crand "crypto/rand"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"strings"
	"time"
)

func main() {
	mode, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch strings.TrimSpace(mode) {
	case "env":
		env()
	case "mem":
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 1<<20))
			keep[len(keep)-1][0] = 1
		}
	case "panic":
		panic("probe asked to panic")
	default:
		fmt.Fprintf(os.Stderr, "unknown mode %q\n", mode)
		os.Exit(1)
	}
}

func env() {
	fmt.Printf("args %q\n", os.Args)
	fmt.Printf("environ %q\n", os.Environ())
	t0 := time.Now()
	fmt.Printf("now %s\n", t0.UTC().Format(time.RFC3339Nano))
	time.Sleep(time.Hour) // virtual: returns at once, clock moves an hour
	fmt.Printf("slept %s\n", time.Since(t0).Round(time.Second))
	b := make([]byte, 16)
	_, _ = crand.Read(b)
	fmt.Printf("crypto/rand %x\n", b)
	fmt.Printf("math/rand %d\n", mrand.Uint64())
	m := map[int]int{}
	for i := range 20 {
		m[i] = i
	}
	order := []int{}
	for k := range m {
		order = append(order, k)
	}
	fmt.Printf("map order %v\n", order)
	_, err := os.Open("/etc/passwd")
	fmt.Printf("open /etc/passwd: %v\n", err)
	_, err = os.ReadDir(".")
	fmt.Printf("readdir .: %v\n", err)
	err = os.WriteFile("out.txt", []byte("x"), 0o600)
	fmt.Printf("write out.txt: %v\n", err)
	host, err := os.Hostname()
	fmt.Printf("hostname %q %v\n", host, err)
}
