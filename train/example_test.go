package train_test

import (
	"context"
	"fmt"

	"github.com/memo-protocol/memo-compute/train"
)

// Train softmax regression on the embedded digits data, federated over
// three users, with DP-SGD at ε ≤ 8.
func Example() {
	digits, err := train.Digits()
	if err != nil {
		panic(err)
	}
	trainSet, testSet, err := train.Split(digits, 0.2, 1)
	if err != nil {
		panic(err)
	}
	std, err := train.FitStandardizer(trainSet) // statistics of the training part only
	if err != nil {
		panic(err)
	}
	parts, err := train.Partition(trainSet, 3, false, 1)
	if err != nil {
		panic(err)
	}
	var participants [][]train.Slice
	for i, p := range parts {
		participants = append(participants, []train.Slice{{User: fmt.Sprint("user-", i), Data: p}})
	}
	spec := train.Spec{
		Model: train.Softmax, Features: 64, Classes: 10,
		Rounds: 10, Epochs: 1, Batch: 128, LR: 0.5, Momentum: 0.9, Seed: 1,
		DP:          &train.DP{Clip: 1, Delta: 1e-5, Epsilon: 8},
		Standardize: std,
	}
	res, err := train.Train(context.Background(), spec, participants, train.Options{Eval: testSet})
	if err != nil {
		panic(err)
	}
	acc, _, err := res.Model.Evaluate(testSet)
	if err != nil {
		panic(err)
	}
	fmt.Printf("accuracy above 0.85: %v\n", acc > 0.85)
	fmt.Printf("ε ≤ 8 at δ = %g: %v\n", res.Delta, res.Epsilon <= 8)
	// Output:
	// accuracy above 0.85: true
	// ε ≤ 8 at δ = 1e-05: true
}

// A synthetic source serves any number of data owners without holding
// any of them: owner i's records are derived from the seed and i.
func ExampleSynthetic() {
	src, err := train.NewSynthetic(train.SyntheticConfig{Seed: 1}) // 20 records per owner
	if err != nil {
		panic(err)
	}
	owner := src.Owner(9_999) // the same records whenever it is asked for
	fmt.Println(owner.Len(), "records of", owner.Schema.NumFeatures(), "features,", owner.Schema.Classes, "classes")
	n := 0
	for features, label := range src.Records(123_456) { // one record at a time
		_, _ = features, label
		n++
	}
	fmt.Println(n, "records streamed")
	// Output:
	// 20 records of 64 features, 10 classes
	// 20 records streamed
}
