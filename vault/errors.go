package vault

import "errors"

var (
	// ErrWrongKey is returned when a data key does not match the key
	// commitment recorded in a dataset's manifest.
	ErrWrongKey = errors.New("vault: wrong data key for this dataset")
	// ErrKeyDestroyed is returned when a DEK is used after Destroy.
	ErrKeyDestroyed = errors.New("vault: data key destroyed")
	// ErrChunkAuth is returned when a chunk fails AES-GCM authentication at
	// its position and at every other position of the dataset: its bytes
	// were changed, or it belongs to another dataset.
	ErrChunkAuth = errors.New("vault: chunk failed authentication (tampered or foreign chunk)")
	// ErrChunkOrder is returned when a chunk authenticates, but at another
	// position than the one it appears at: chunks were reordered, dropped
	// or duplicated.
	ErrChunkOrder = errors.New("vault: chunk out of order (reordered, dropped or duplicated)")
	// ErrTruncated is returned when a dataset ends without its final chunk,
	// or in the middle of a record.
	ErrTruncated = errors.New("vault: dataset truncated")
	// ErrExtended is returned when chunks follow the chunk sealed as final.
	ErrExtended = errors.New("vault: data after the final chunk")
	// ErrBlobHash is returned when a blob read from a store does not hash to
	// its content address or has another size than the manifest says.
	ErrBlobHash = errors.New("vault: blob does not match its content address")
	// ErrBadSignature is returned when a manifest's signature is missing,
	// malformed or was not made by the manifest's owner.
	ErrBadSignature = errors.New("vault: manifest not signed by its owner")
	// ErrIDNotBound is returned when a dataset id does not begin with its
	// manifest owner's address (a dataset written before ids were bound to
	// owners): DataGrants refuses to grant it.
	ErrIDNotBound = errors.New("vault: dataset id not bound to its owner")
	// ErrManifest is returned when a manifest is malformed or inconsistent.
	ErrManifest = errors.New("vault: malformed manifest")
	// ErrRecord is returned when a record does not fit the dataset's schema
	// or a decrypted record cannot be decoded.
	ErrRecord = errors.New("vault: malformed record")
	// ErrRecordTooLarge is returned when a record exceeds the size limit.
	ErrRecordTooLarge = errors.New("vault: record too large")
	// ErrRecordRoot is returned when the records read do not hash to the
	// Merkle root or count recorded in the manifest.
	ErrRecordRoot = errors.New("vault: records do not match the manifest's Merkle root")
	// ErrProof is returned when a Merkle inclusion proof does not verify.
	ErrProof = errors.New("vault: invalid Merkle inclusion proof")
	// ErrNotFound is returned when a store holds no blob of the given name.
	ErrNotFound = errors.New("vault: blob not found")
	// ErrInvalidName is returned when a blob name is not a valid store name.
	ErrInvalidName = errors.New("vault: invalid blob name")
	// ErrUnavailable is returned when a store cannot be reached or refuses
	// the operation (network, permissions, missing bucket or directory).
	ErrUnavailable = errors.New("vault: store unavailable")
	// ErrClosed is returned when a Writer or Reader is used after Close or
	// after a previous error.
	ErrClosed = errors.New("vault: writer or reader closed")
)
