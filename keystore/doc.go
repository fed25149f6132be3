// Package keystore keeps a data owner's keys on disk, in one directory: the
// account key, encrypted under a password, and for each uploaded dataset a
// record holding its signed manifest, its data key sealed under a key derived
// from the account key, and the grants issued for it.
//
// # What it promises
//
//   - The account key is stored as an Ethereum keystore v3 file (scrypt and
//     AES-128-CTR with a Keccak-256 MAC, as go-ethereum writes it), so a
//     wallet can import it. A wrong password or a changed file is refused
//     with ErrPassword; a file that is not a keystore, asks for scrypt
//     parameters beyond go-ethereum's standard ones or names another address
//     than its key's is refused with ErrCorrupt, before any decryption work.
//   - A data key is sealed with AES-256-GCM under HKDF-SHA256(account key,
//     salt "memo-compute/cli/dek-seal/v1", info dataset id), with the dataset
//     id as additional data. It opens only with the same account key and the
//     same dataset id; anything else is ErrSealedKey.
//   - Every file is written atomically (a crash leaves the old file or the
//     new one, never half of one), readable by its owner only (0600, in 0700
//     directories). An existing account key is never replaced unless asked.
//
// # What it trusts and never does
//
// It trusts the password its caller passes and crypto/rand. It never reads
// environment variables or prompts: the caller supplies the password
// (ReadPassword reads one from a file). No function here logs, prints or
// writes a private key or a data key in the clear: keys leave the package
// only as the *ecdsa.PrivateKey or *vault.DEK returned to the caller, who
// destroys them. The scrypt parameters are go-ethereum's light ones: the file
// suits an account for a dev chain or small amounts; keep accounts holding
// value in a hardware or standard wallet.
//
// # Layout
//
//	DIR/key.json                       the account key
//	DIR/datasets/<dataset id>.json     one record per dataset (Dataset)
//	DIR/grants/<dataset id>-<enclave>.json   signed grants (default location)
package keystore
