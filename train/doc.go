// Package train is memo-compute's built-in training workload: datasets of
// labelled float64 records, softmax regression and a one-hidden-layer ReLU
// MLP with parameters as one flat vector, minibatch SGD with momentum,
// federated averaging (FedAvg) across participants, DP-SGD (record-level)
// and DP-FedAvg (user-level) with a Rényi-DP accountant, and a per-user
// privacy-budget ledger.
//
// # Contract
//
// A Spec fixes everything but the data and, under DP, the participants'
// secret noise seeds; Spec.Hash is the workload's measurement. Training is
// deterministic: the same spec, the same records and the same noise seeds
// give bit-identical parameters (compare Params.Hash) on the same GOARCH,
// whatever the order of participants (each with its seed) or of user
// slices within a participant. The package does no I/O besides reading what it is given,
// starts goroutines only inside Train (and waits for them), and logs only
// to a logger passed in Options.
//
// # Federated averaging
//
// Each participant (a TEE node holding some users' slices) runs
// Spec.Epochs local epochs per round from the current global parameters,
// then exchanges its parameters and record count through a Transport; each
// participant averages the updates weighted by record count (Average), so
// all of them hold the same model after every round. Hub is the in-process
// Transport; the enclave supplies one that encrypts updates between
// attested enclaves.
//
// # Differential privacy
//
// With Spec.DP set, every participant runs DP-SGD on its own records
// (Abadi et al. 2016): ⌈n/B⌉ steps per epoch, each on a Poisson sample (each
// record independently with probability q = B/n), every per-example
// gradient clipped to L2 norm C, Gaussian noise N(0, σ²C²) added to the sum
// of clipped gradients, which is divided by the expected batch size qn.
// Everything after that (momentum, averaging) is post-processing. The
// accountant composes the Rényi DP of the Poisson-subsampled Gaussian
// mechanism exactly at integer orders (RDP) and converts to (ε, δ) with
// the conversion of Balle et al. 2020 (Epsilon).
//
// Secret noise: the sampling and the noise are drawn from the
// participant's secret NoiseSeed (Options.Noise), never from the public
// Spec.Seed. The guarantee assumes the noise is secret: someone who knew
// the records and could recompute the noise could subtract it from the
// model. An enclave derives the seed from a sealed secret of its own for
// each task; Train without seeds draws fresh ones. Each round's stream is
// keyed by the seed, the records and the round's starting parameters, so a
// seed used again on other inputs draws independent noise.
//
// Adjacency: ε is record-level (without DP.Unit = UnitUser). Two inputs are adjacent if one is the
// other with a single record added or removed, within one user's slice at
// one participant; the record counts per participant (which set q and the
// FedAvg weights) are public, as they are in the result claim. Since each
// record is at one participant, the task's ε is the largest ε of any
// participant (parallel composition); Result.Users reports, per user, the
// ε of the participant that held their slice. The guarantee is NOT
// user-level: a user whose slice holds k records is protected as a group
// of k records, which is much weaker than ε. Per-round training losses are
// not private and are therefore not reported under DP; evaluation metrics
// are computed on Options.Eval, which must be data the result may reveal.
//
// # User-level differential privacy
//
// With Spec.DP.Unit = UnitUser, training is DP-FedAvg (McMahan et al.
// 2018) and ε is about a data owner (a user slice) with all of their
// records: each round every owner is Poisson-sampled with rate
// DP.SampleRate, a sampled owner's model delta over their own records is
// clipped to norm DP.Clip, and the noisy sum of clipped deltas, divided by
// the expected number of sampled owners q·N, moves the global model by
// the server learning rate and momentum (see userFed for the estimator).
// Across k participants each adds noise of variance σ²C²/k to its share of
// the sum, so the federation's sum carries σ²C² exactly once; the
// guarantee then assumes every participant's share stays inside the
// participants (enclaves), as record-level updates do. The accountant is
// the same RDP accountant with owners for records and rounds for steps
// (UserPrivacy). Adjacency: adding or removing one owner's slice; the
// number of owners per participant is public. With DP.ClipQuantile set,
// the clip norm adapts each round toward that quantile of the owners'
// delta norms from a noisy count the participants release with their
// shares (Andrew et al. 2021); ε covers the count, the model's noise being
// raised to pay for it.
//
// # Data
//
// ReadCSV reads a CSV file with a header row and an integer label column;
// Digits returns the embedded UCI digits data; Synthetic is a seeded source
// of records for any number of non-IID data owners that holds nothing per
// owner (owner i's records derive from the seed and i). Split,
// FitStandardizer and Partition (IID or label-skewed) prepare experiments.
// Inside a workload, Spec.Standardize standardises with public statistics
// (as records are loaded into a batch: a participant reads its users'
// slices in place and copies none of them) and folds them into the
// returned model, which then takes raw features.
//
// # Budgets
//
// A Ledger records the ε each user has spent across tasks; Ledger.Admit
// drops the users a task would take over budget and Ledger.Charge records
// what a finished task spent. Ledgers serialise canonically so the enclave
// can seal them.
package train
