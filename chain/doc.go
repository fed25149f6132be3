// Package chain is memo-compute's typed view of its EVM contracts: deploying
// them (Deploy), calling them (Client) and following their events (Watch).
// The in-process development chain lives apart, in chain/devnet, so that
// importing this package never links an Ethereum node.
//
// Every transaction a Client sends is gas-estimated, signed with the
// client's key under a nonce shared by every Client of that key, sent, and
// waited for; it returns only once its receipt is in with
// SendConfig.Confirmations blocks on top (a transaction left unmined is sent
// again with higher fees), and a contract revert comes back as a
// *RevertError that matches one of the package's sentinel errors
// (errors.Is(err, ErrStakeTooLow)) and says what to do. A revert found while
// estimating gas means nothing was sent.
//
// The package trusts the node it is given for chain state: it checks that
// the node's chain id and contract code match the Deployment, nothing more.
// It never logs or prints private keys; Deployment files hold dev-chain keys
// only, and only when chain/devnet writes them.
package chain
