// Package nodeapi is the wire of a TEE node's HTTP API: the documents that
// cross it (the task document, a result's evidence, a relayed grant's
// receipt), the routes, the one client every party uses (data owners,
// task owners, verifiers and peer nodes) and the pieces of the server the
// node mounts. The node itself is package node; the API's routes are
// documented in openapi.yaml, which a test checks against the server.
//
// Every document is JSON, parsed strictly (unknown fields and trailing
// data are errors) and bounded in size, in both directions.
package nodeapi

import "errors"

var (
	// ErrTask is returned when a task document, a sealed input or a request
	// about a task is malformed or does not match the node it is sent to.
	ErrTask = errors.New("invalid task")
	// ErrNotFound is returned when a node has no such task or result.
	ErrNotFound = errors.New("not found")
	// ErrMalformed is returned when a node's answer is not the document
	// the route promises.
	ErrMalformed = errors.New("malformed answer")
	// ErrURL is returned for a node URL that is not http(s)://host[:port].
	ErrURL = errors.New("invalid node URL")
)
