package cluster

import (
	"encoding/json"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
	"github.com/memo-protocol/memo-compute/verifier"
)

// Report is what one task run did, as measured.
//
// Its JSON, and that of the types in it, is memoc's output contract
// (`memoc demo --json`): camelCase keys, 0x-prefixed hex, token amounts
// (*big.Int, MEMO base units) as decimal strings with a formatted twin
// <key>Formatted ("150 MEMO"), durations in seconds. Amounts that are nil
// are left out.
type Report struct {
	// Users, Nodes (the cheating node included) and Verifiers count the
	// parties; Rounds and Epsilon are the spec's FedAvg rounds and DP-SGD
	// target ε.
	Users       int            `json:"users"`
	Nodes       int            `json:"nodes"`
	Verifiers   int            `json:"verifiers"`
	Rounds      int            `json:"rounds"`
	Epsilon     float64        `json:"epsilon"`
	PrivacyUnit string         `json:"privacyUnit"` // what every ε in the report is about: "record" or "user"
	Data        Data           `json:"data"`        // the source of the owners' records
	Measurement common.Hash    `json:"measurement"`
	Company     common.Address `json:"company"`
	Task        common.Hash    `json:"task"`
	// PricePerRecord is what the task pays data owners per record used.
	PricePerRecord *big.Int `json:"-"`

	// Accuracy and Loss are the decrypted model's on the company's
	// held-out data (TestRecords records, never seen in training).
	Accuracy    float64        `json:"accuracy"`
	Loss        float64        `json:"loss"`
	TestRecords int            `json:"testRecords"`
	ModelHash   common.Hash    `json:"modelHash"`
	OpenedFrom  common.Address `json:"openedFrom"` // the enclave whose result the company opened

	UserReports     []UserReport     `json:"userReports"`
	NodeReports     []NodeReport     `json:"nodeReports"`
	VerifierReports []VerifierReport `json:"verifierReports"`
	// Ledgers is each enclave's ε ledger after the task, rebuilt from its
	// published result and proven against its root on chain once the run
	// has settled, in node order.
	Ledgers []LedgerReport `json:"ledgers"`

	// Market says why the run did not settle on TaskMarket ("" if it did);
	// Fees is how it settled (nil if it did not).
	Market string `json:"market,omitempty"`
	Fees   *Fees  `json:"fees,omitempty"`
	// Gas is the gas of every kind of transaction, setup included.
	Gas []GasStep `json:"gas"`

	// WarmStart is the company's private initial model (nil: cold start
	// from the spec's seed).
	WarmStart *WarmStart `json:"warmStart,omitempty"`

	// Reference is the simulator's re-run in the clear, with the enclaves'
	// noise seeds: the simulator's privilege.
	Reference Reference `json:"reference"`
	// NoModel says why the company opened no model (every result failed);
	// Accuracy is then 0.
	NoModel string `json:"noModel,omitempty"`
	// Reexecution is the spot check: the results selected for re-execution
	// and the enclave that re-ran them (nil when none was selected).
	Reexecution *Reexecution `json:"reexecution,omitempty"`

	SetupSeconds float64 `json:"setupSeconds"`
	TrainSeconds float64 `json:"trainSeconds"`
	RunSeconds   float64 `json:"runSeconds"`
	// Steps is the wall time of every step the progress reports, setup
	// included, in order.
	Steps []StepTime `json:"steps"`
}

// StepTime is the wall time of one step of the run (Event.Step).
type StepTime struct {
	Step    string  `json:"step"`
	Seconds float64 `json:"seconds"`
}

// UserReport is one data owner's outcome.
type UserReport struct {
	Address common.Address `json:"address"`
	Dataset common.Hash    `json:"dataset"`
	Enclave common.Address `json:"enclave"` // the enclave the user granted to
	Records uint64         `json:"records"`
	// Used reports whether the enclave trained on the dataset; Epsilon is
	// the ε its claim charges (0 if unused).
	Used        bool    `json:"used"`
	Epsilon     float64 `json:"epsilon"`
	PrivacyUnit string  `json:"privacyUnit"` // what Epsilon, Budget and LedgerEpsilon are about: "record" or "user"
	Budget      float64 `json:"budget"`      // the ε the user's policy allows
	// LedgerEpsilon is the ε the dataset has spent in all under its grant
	// to Enclave, as read from that enclave's ε ledger after the task
	// (Report.Ledgers): Epsilon in a run of one task. LedgerProven reports
	// whether that ledger is proven against the enclave's ledger root on
	// chain; if it is not, its ledger report says why.
	LedgerEpsilon float64 `json:"ledgerEpsilon"`
	LedgerProven  bool    `json:"ledgerProven"`
	// Reward is what the user was paid (claimed from the payout root);
	// nil without a market.
	Reward *big.Int `json:"-"`
}

// NodeReport is one TEE node's outcome.
type NodeReport struct {
	Operator common.Address `json:"operator"`
	Enclave  common.Address `json:"enclave"`
	Cheat    string         `json:"cheat"`
	Assigned int            `json:"assigned"` // datasets assigned
	Used     int            `json:"used"`     // datasets in its claim
	Records  uint64         `json:"records"`  // records in its claim
	Passed   bool           `json:"passed"`   // a majority of verifiers passed it
	Reason   string         `json:"reason,omitempty"`
	// Reward is the operator's change in liquid MEMO and StakeChange in
	// staked MEMO (negative: slashed); nil without a market.
	Reward      *big.Int `json:"-"`
	StakeChange *big.Int `json:"-"`
}

// VerifierReport is one verifier's outcome.
type VerifierReport struct {
	Address common.Address `json:"address"`
	Passed  int            `json:"passed"` // results it judged passing
	Failed  int            `json:"failed"`
	// Votes is how many of its verdicts it cast on chain: one per result
	// whose committee it was drawn onto.
	Votes int `json:"votes"`
	// Reward and StakeChange are as for nodes; nil without a market.
	Reward      *big.Int `json:"-"`
	StakeChange *big.Int `json:"-"`
}

// WarmStart describes the company's private input: a model it pre-trained
// on Records public records of its own for Rounds rounds (no DP: its own
// data), Accuracy on the held-out test set before the users' data, and
// the Commitment the task document and every enclave's claim carry. The
// parameters themselves went to the nodes only sealed to their enclaves.
type WarmStart struct {
	Records    int         `json:"records"`
	Rounds     int         `json:"rounds"`
	Accuracy   float64     `json:"accuracy"`
	Loss       float64     `json:"loss"` // test cross-entropy, on the same held-out data
	Commitment common.Hash `json:"commitment"`
}

// Reference is the simulator's re-run of the task in the clear, from its
// own copy of the records each enclave used and each sim enclave's secret
// DP noise seed for the task (enclave.SimNoiseSeed). Training is
// deterministic given the records and the seeds, so it reproduces the
// enclaves' model (Reproduces) and shows the per-round trajectory the
// enclaves took, evaluated on the company's data.
//
// It is the simulator's privilege: it reads the sim enclaves' secrets. No
// real participant can re-run the training this way; without the seeds
// the noise cannot be recomputed, which is what keeps it from being
// subtracted from the model.
type Reference struct {
	Rounds     []train.RoundMetrics `json:"-"`
	ModelHash  common.Hash          `json:"modelHash"`
	Reproduces bool                 `json:"reproduces"`
}

// amount is a token amount in base units in JSON: a decimal string, which
// no JSON reader rounds (JavaScript's numbers are exact only up to 2⁵³).
type amount struct{ v *big.Int }

// MarshalJSON writes the amount as a quoted decimal.
func (a amount) MarshalJSON() ([]byte, error) { return []byte(`"` + a.v.String() + `"`), nil }

// IsZero reports a nil amount, for omitzero.
func (a amount) IsZero() bool { return a.v == nil }

// formatted is an amount for people ("" for nil, for omitempty).
func formatted(v *big.Int) string {
	if v == nil {
		return ""
	}
	return chain.FormatMEMO(v)
}

// MarshalJSON writes the report under memoc's output contract.
func (r Report) MarshalJSON() ([]byte, error) {
	type fields Report // Report's fields without this method
	return json.Marshal(struct {
		fields
		PricePerRecord          amount `json:"pricePerRecord,omitzero"`
		PricePerRecordFormatted string `json:"pricePerRecordFormatted,omitempty"`
	}{fields(r), amount{r.PricePerRecord}, formatted(r.PricePerRecord)})
}

// MarshalJSON writes the outcome under memoc's output contract.
func (u UserReport) MarshalJSON() ([]byte, error) {
	type fields UserReport
	return json.Marshal(struct {
		fields
		Reward          amount `json:"reward,omitzero"`
		RewardFormatted string `json:"rewardFormatted,omitempty"`
	}{fields(u), amount{u.Reward}, formatted(u.Reward)})
}

// MarshalJSON writes the outcome under memoc's output contract.
func (n NodeReport) MarshalJSON() ([]byte, error) {
	type fields NodeReport
	return json.Marshal(struct {
		fields
		Reward               amount `json:"reward,omitzero"`
		RewardFormatted      string `json:"rewardFormatted,omitempty"`
		StakeChange          amount `json:"stakeChange,omitzero"`
		StakeChangeFormatted string `json:"stakeChangeFormatted,omitempty"`
	}{fields(n), amount{n.Reward}, formatted(n.Reward), amount{n.StakeChange}, formatted(n.StakeChange)})
}

// MarshalJSON writes the outcome under memoc's output contract.
func (v VerifierReport) MarshalJSON() ([]byte, error) {
	type fields VerifierReport
	return json.Marshal(struct {
		fields
		Reward               amount `json:"reward,omitzero"`
		RewardFormatted      string `json:"rewardFormatted,omitempty"`
		StakeChange          amount `json:"stakeChange,omitzero"`
		StakeChangeFormatted string `json:"stakeChangeFormatted,omitempty"`
	}{fields(v), amount{v.Reward}, formatted(v.Reward), amount{v.StakeChange}, formatted(v.StakeChange)})
}

// MarshalJSON writes the settlement under memoc's output contract.
func (f Fees) MarshalJSON() ([]byte, error) {
	type fields Fees
	return json.Marshal(struct {
		fields
		Escrowed              amount `json:"escrowed,omitzero"`
		EscrowedFormatted     string `json:"escrowedFormatted,omitempty"`
		NodeSlash             amount `json:"nodeSlash,omitzero"`
		NodeSlashFormatted    string `json:"nodeSlashFormatted,omitempty"`
		UsersPool             amount `json:"usersPool,omitzero"`
		UsersPoolFormatted    string `json:"usersPoolFormatted,omitempty"`
		UsersClaimed          amount `json:"usersClaimed,omitzero"`
		UsersClaimedFormatted string `json:"usersClaimedFormatted,omitempty"`
		Company               amount `json:"company,omitzero"`
		CompanyFormatted      string `json:"companyFormatted,omitempty"`
		Treasury              amount `json:"treasury,omitzero"`
		TreasuryFormatted     string `json:"treasuryFormatted,omitempty"`
		Unclaimed             amount `json:"unclaimed,omitzero"`
		UnclaimedFormatted    string `json:"unclaimedFormatted,omitempty"`
		Reexecutor            amount `json:"reexecutor,omitzero"`
		ReexecutorFormatted   string `json:"reexecutorFormatted,omitempty"`
	}{fields(f),
		amount{f.Escrowed}, formatted(f.Escrowed), amount{f.NodeSlash}, formatted(f.NodeSlash),
		amount{f.UsersPool}, formatted(f.UsersPool), amount{f.UsersClaimed}, formatted(f.UsersClaimed),
		amount{f.Company}, formatted(f.Company), amount{f.Treasury}, formatted(f.Treasury),
		amount{f.Unclaimed}, formatted(f.Unclaimed), amount{f.Reexecutor}, formatted(f.Reexecutor)})
}

// MarshalJSON writes the market task under memoc's output contract.
func (t MarketTask) MarshalJSON() ([]byte, error) {
	type fields MarketTask
	return json.Marshal(struct {
		fields
		Fee            amount `json:"fee,omitzero"`
		FeeFormatted   string `json:"feeFormatted,omitempty"`
		Share          amount `json:"share,omitzero"`
		ShareFormatted string `json:"shareFormatted,omitempty"`
	}{fields(t), amount{t.Fee}, formatted(t.Fee), amount{t.Share}, formatted(t.Share)})
}

// roundJSON is train.RoundMetrics under memoc's output contract.
type roundJSON struct {
	Round        int     `json:"round"`
	Records      int     `json:"records"`
	TrainLoss    float64 `json:"trainLoss,omitempty"` // absent under DP: it is not private
	TestAccuracy float64 `json:"testAccuracy"`
	TestLoss     float64 `json:"testLoss"`
	Epsilon      float64 `json:"epsilon"`
	PrivacyUnit  string  `json:"privacyUnit,omitempty"`
}

// MarshalJSON writes the re-run under memoc's output contract.
func (r Reference) MarshalJSON() ([]byte, error) {
	type fields Reference
	rounds := make([]roundJSON, len(r.Rounds))
	for i, m := range r.Rounds {
		rounds[i] = roundJSON{Round: m.Round, Records: m.Records, TrainLoss: m.TrainLoss,
			TestAccuracy: m.TestAccuracy, TestLoss: m.TestLoss, Epsilon: m.Epsilon, PrivacyUnit: m.PrivacyUnit}
	}
	return json.Marshal(struct {
		fields
		Rounds []roundJSON `json:"rounds"`
	}{fields(r), rounds})
}

// report fills the per-party outcomes.
func (c *Cluster) report(t *nodeapi.Task, evs []*nodeapi.Evidence, verdicts [][]verifier.Verdict, rep *Report) {
	budget := c.policy().Epsilon
	rep.PrivacyUnit = c.spec.PrivacyUnit()
	used := make([]map[common.Hash]float64, len(evs)) // each result's ε by dataset
	for i, ev := range evs {
		used[i] = make(map[common.Hash]float64, len(ev.Result.Usage))
		for _, us := range ev.Result.Usage {
			used[i][us.Dataset] = us.Epsilon
		}
	}
	rep.UserReports = slices.Grow(rep.UserReports, len(c.users))
	for _, u := range c.users {
		ur := UserReport{Address: u.Address(), Dataset: u.Dataset(), Enclave: c.nodes[u.node].Enclave(), Records: u.manifest.Records, Budget: budget, PrivacyUnit: rep.PrivacyUnit}
		ur.Epsilon, ur.Used = used[u.node][u.Dataset()]
		rep.UserReports = append(rep.UserReports, ur)
	}
	for i, n := range c.nodes {
		nr := NodeReport{Operator: n.Operator(), Enclave: n.Enclave(), Cheat: n.Cheat().String(), Assigned: len(t.Assignments[i].Datasets), Passed: passed(verdicts, i)}
		for _, us := range evs[i].Result.Usage {
			nr.Used++
			nr.Records += us.Records
		}
		if !nr.Passed {
			nr.Reason = verdicts[0][i].Reason()
			for _, vs := range verdicts {
				if !vs[i].Pass {
					nr.Reason = vs[i].Reason()
					break
				}
			}
		}
		rep.NodeReports = append(rep.NodeReports, nr)
	}
	for j, v := range c.verifiers {
		vr := VerifierReport{Address: v.Address()}
		for _, vd := range verdicts[j] {
			if vd.Pass {
				vr.Passed++
			} else {
				vr.Failed++
			}
		}
		rep.VerifierReports = append(rep.VerifierReports, vr)
	}
}
