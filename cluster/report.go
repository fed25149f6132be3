package cluster

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/train"
)

// Report is what one task run did, as measured.
type Report struct {
	// Users, Nodes (the cheating node included) and Verifiers count the
	// parties; Rounds and Epsilon are the spec's FedAvg rounds and DP-SGD
	// target ε.
	Users       int            `json:"users"`
	Nodes       int            `json:"nodes"`
	Verifiers   int            `json:"verifiers"`
	Rounds      int            `json:"rounds"`
	Epsilon     float64        `json:"epsilon"`
	Measurement common.Hash    `json:"measurement"`
	Company     common.Address `json:"company"`
	Task        common.Hash    `json:"task"`
	// PricePerRecord is what the task pays data owners per record used.
	PricePerRecord *big.Int `json:"pricePerRecord"`

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

	// Market says why the run did not settle on TaskMarket ("" if it did);
	// Fees is how it settled (nil if it did not).
	Market string `json:"market,omitempty"`
	Fees   *Fees  `json:"fees,omitempty"`
	// Gas is the gas of every kind of transaction, setup included.
	Gas []GasStep `json:"gas"`

	// WarmStart is the company's private initial model (nil: cold start
	// from the spec's seed).
	WarmStart *WarmStart `json:"warmStart,omitempty"`

	// Reference is the simulator's re-run in the clear.
	Reference Reference `json:"reference"`

	SetupSeconds float64 `json:"setupSeconds"`
	TrainSeconds float64 `json:"trainSeconds"`
	RunSeconds   float64 `json:"runSeconds"`
}

// UserReport is one data owner's outcome.
type UserReport struct {
	Address common.Address `json:"address"`
	Dataset common.Hash    `json:"dataset"`
	Enclave common.Address `json:"enclave"` // the enclave the user granted to
	Records uint64         `json:"records"`
	// Used reports whether the enclave trained on the dataset; Epsilon is
	// the ε its claim charges (0 if unused).
	Used    bool    `json:"used"`
	Epsilon float64 `json:"epsilon"`
	Budget  float64 `json:"budget"` // the ε the user's policy allows
	// Reward is what the user was paid (claimed from the payout root);
	// nil without a market.
	Reward *big.Int `json:"reward,omitempty"`
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
	Reward      *big.Int `json:"reward,omitempty"`
	StakeChange *big.Int `json:"stakeChange,omitempty"`
}

// VerifierReport is one verifier's outcome.
type VerifierReport struct {
	Address common.Address `json:"address"`
	Passed  int            `json:"passed"` // results it judged passing
	Failed  int            `json:"failed"`
	// Votes is how many of its verdicts it cast on chain: a result takes
	// no votes once a quorum decided it.
	Votes int `json:"votes"`
	// Reward and StakeChange are as for nodes; nil without a market.
	Reward      *big.Int `json:"reward,omitempty"`
	StakeChange *big.Int `json:"stakeChange,omitempty"`
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
	Commitment common.Hash `json:"commitment"`
}

// Reference is the simulator's re-run of the task in the clear, from its
// own copy of the records each enclave used. Training is deterministic, so
// it reproduces the enclaves' model (Reproduces) and shows the per-round
// trajectory the enclaves took, evaluated on the company's data.
type Reference struct {
	Rounds     []train.RoundMetrics `json:"rounds"`
	ModelHash  common.Hash          `json:"modelHash"`
	Reproduces bool                 `json:"reproduces"`
}

// report fills the per-party outcomes.
func (c *Cluster) report(t *Task, evs []*Evidence, verdicts [][]Verdict, rep *Report) {
	budget := c.policy().Epsilon
	for _, u := range c.users {
		ur := UserReport{Address: u.Address(), Dataset: u.Dataset(), Enclave: c.nodes[u.node].Enclave(), Records: u.manifest.Records, Budget: budget}
		for _, us := range evs[u.node].Result.Usage {
			if us.Dataset == u.Dataset() {
				ur.Used, ur.Epsilon = true, us.Epsilon
			}
		}
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
