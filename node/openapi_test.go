package node

import (
	"net/http"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/memo-protocol/memo-compute/chain"
	"github.com/memo-protocol/memo-compute/enclave"
	"github.com/memo-protocol/memo-compute/grant"
	"github.com/memo-protocol/memo-compute/nodeapi"
	"github.com/memo-protocol/memo-compute/train"
)

// specFile is the node API's OpenAPI document.
const specFile = "../nodeapi/openapi.yaml"

// goTypes are the Go types of the documents the specification's schemas
// describe (x-go-type).
var goTypes = map[string]any{
	"grant.Attestation":        grant.Attestation{},
	"grant.WorkloadInfo":       grant.WorkloadInfo{},
	"grant.Grant":              grant.Grant{},
	"grant.Policy":             grant.Policy{},
	"nodeapi.TxReceipt":        nodeapi.TxReceipt{},
	"nodeapi.GrantBatch":       nodeapi.GrantBatch{},
	"nodeapi.GrantResult":      nodeapi.GrantResult{},
	"nodeapi.GrantBatchResult": nodeapi.GrantBatchResult{},
	"nodeapi.Task":             nodeapi.Task{},
	"nodeapi.Assignment":       nodeapi.Assignment{},
	"nodeapi.WasmWorkload":     nodeapi.WasmWorkload{},
	"enclave.WasmLimits":       enclave.WasmLimits{},
	"nodeapi.TaskState":        nodeapi.TaskState{},
	"nodeapi.Evidence":         nodeapi.Evidence{},
	"nodeapi.Offers":           nodeapi.Offers{},
	"nodeapi.Offer":            nodeapi.Offer{},
	"nodeapi.Health":           nodeapi.Health{},
	"train.Spec":               train.Spec{},
	"train.DP":                 train.DP{},
	"train.Standardizer":       train.Standardizer{},
	"enclave.SealedInput":      enclave.SealedInput{},
	"enclave.Result":           enclave.Result{},
	"enclave.Usage":            enclave.Usage{},
	"enclave.LedgerState":      enclave.LedgerState{},
	"enclave.Reexecution":      enclave.Reexecution{},
	"enclave.Envelope":         enclave.Envelope{},
	"enclave.SealedNoiseSeed":  enclave.SealedNoiseSeed{},
	"enclave.KeyShare":         enclave.KeyShare{},
	"chain.Payout":             chain.Payout{},
	"chain.ResultClaim":        chain.ResultClaim{},
}

type openAPI struct {
	OpenAPI    string                          `yaml:"openapi"`
	Paths      map[string]map[string]operation `yaml:"paths"`
	Components struct {
		Parameters map[string]parameter `yaml:"parameters"`
		Responses  map[string]yaml.Node `yaml:"responses"`
		Schemas    map[string]schema    `yaml:"schemas"`
	} `yaml:"components"`
}

type operation struct {
	OperationID string               `yaml:"operationId"`
	Parameters  []parameter          `yaml:"parameters"`
	RequestBody any                  `yaml:"requestBody"`
	Responses   map[string]yaml.Node `yaml:"responses"`
}

type parameter struct {
	Ref      string `yaml:"$ref"`
	Name     string `yaml:"name"`
	In       string `yaml:"in"`
	Required bool   `yaml:"required"`
}

type schema struct {
	GoType     string               `yaml:"x-go-type"`
	Type       string               `yaml:"type"`
	Required   []string             `yaml:"required"`
	Properties map[string]yaml.Node `yaml:"properties"`
}

func loadSpec(t *testing.T) (*openAPI, *yaml.Node) {
	t.Helper()
	b, err := os.ReadFile(specFile)
	require.NoError(t, err)
	var doc openAPI
	require.NoError(t, yaml.Unmarshal(b, &doc))
	var tree yaml.Node
	require.NoError(t, yaml.Unmarshal(b, &tree))
	return &doc, &tree
}

var wildcard = regexp.MustCompile(`\{([^}]+)\}`)

// TestOpenAPIMatchesRoutes: nodeapi/openapi.yaml documents exactly the
// routes the node serves (method and path), every path parameter of each,
// and only the status codes the handlers answer; every request the
// specification describes reaches a route of the served handler; every
// $ref resolves.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	spec, tree := loadSpec(t)
	require.True(t, strings.HasPrefix(spec.OpenAPI, "3.1."), "OpenAPI 3.1, not %q", spec.OpenAPI)
	n := newTestNode(t)

	served := map[string]bool{}
	for _, rt := range n.Routes() {
		served[rt.Method+" "+rt.Pattern] = true
	}
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		require.True(t, path == nodeapi.HealthPath || path == nodeapi.MetricsPath || strings.HasPrefix(path, "/v1/"), "%s is not versioned", path)
		for method, op := range ops {
			key := strings.ToUpper(method) + " " + path
			documented[key] = true
			require.NotEmpty(t, op.OperationID, key)
			var params []string
			for _, p := range op.Parameters {
				if p.Ref != "" {
					name := strings.TrimPrefix(p.Ref, "#/components/parameters/")
					rp, ok := spec.Components.Parameters[name]
					require.True(t, ok, "%s: parameter %s", key, p.Ref)
					p = rp
				}
				if p.In == "path" {
					require.True(t, p.Required, "%s: path parameter %s must be required", key, p.Name)
					params = append(params, p.Name)
				}
			}
			var want []string
			for _, m := range wildcard.FindAllStringSubmatch(path, -1) {
				want = append(want, m[1])
			}
			sort.Strings(params)
			sort.Strings(want)
			require.Equal(t, want, params, "%s: path parameters", key)
			require.NotEmpty(t, op.Responses, key)
			for code := range op.Responses {
				require.Contains(t, []string{"200", "202", "400", "401", "403", "404", "413", "422", "500", "503"}, code, "%s answers %s", key, code)
			}
		}
	}
	var missing, extra []string
	for k := range served {
		if !documented[k] {
			missing = append(missing, k)
		}
	}
	for k := range documented {
		if !served[k] {
			extra = append(extra, k)
		}
	}
	require.Empty(t, missing, "routes served but not in %s", specFile)
	require.Empty(t, extra, "paths in %s that the node does not serve", specFile)

	// Every documented request reaches a route of the handler the node
	// serves: the mux's own answers (404 page not found, 405) would mean
	// the table and the handler disagree.
	h := n.Handler()
	id := common.Hash{1}.Hex()
	for k := range documented {
		method, path, _ := strings.Cut(k, " ")
		target := strings.NewReplacer("{id}", id, "{round}", "0").Replace(path)
		rec := serve(h, method, target, strings.NewReader("{}"), nil)
		require.NotEqual(t, http.StatusMethodNotAllowed, rec.Code, k)
		require.NotEqual(t, "404 page not found\n", rec.Body.String(), k)
	}

	// Every $ref points at a component that exists.
	var walk func(*yaml.Node)
	walk = func(nd *yaml.Node) {
		for i := 0; i+1 < len(nd.Content); i++ {
			if nd.Kind == yaml.MappingNode && i%2 == 0 && nd.Content[i].Value == "$ref" {
				ref := nd.Content[i+1].Value
				parts := strings.Split(strings.TrimPrefix(ref, "#/components/"), "/")
				require.Len(t, parts, 2, ref)
				var ok bool
				switch parts[0] {
				case "schemas":
					_, ok = spec.Components.Schemas[parts[1]]
				case "parameters":
					_, ok = spec.Components.Parameters[parts[1]]
				case "responses":
					_, ok = spec.Components.Responses[parts[1]]
				}
				require.True(t, ok, "dangling %s", ref)
			}
		}
		for _, c := range nd.Content {
			walk(c)
		}
	}
	walk(tree)
}

// TestOpenAPISchemasMatchDocuments: every object schema names the Go type
// of its document (x-go-type), and lists exactly the JSON fields of that
// type as properties, those the encoder always writes as required.
func TestOpenAPISchemasMatchDocuments(t *testing.T) {
	spec, _ := loadSpec(t)
	seen := map[string]bool{}
	for name, s := range spec.Components.Schemas {
		if s.Type != "object" {
			continue
		}
		require.NotEmpty(t, s.GoType, "schema %s names no x-go-type", name)
		v, ok := goTypes[s.GoType]
		require.True(t, ok, "schema %s: x-go-type %s is not in goTypes", name, s.GoType)
		seen[s.GoType] = true
		props, required := jsonFields(reflect.TypeOf(v))
		var got []string
		for p := range s.Properties {
			got = append(got, p)
		}
		sort.Strings(got)
		req := slices.Clone(s.Required)
		sort.Strings(req)
		require.Equal(t, props, got, "schema %s: properties of %s", name, s.GoType)
		require.Equal(t, required, req, "schema %s: required fields of %s", name, s.GoType)
	}
	for k := range goTypes {
		require.True(t, seen[k], "%s has no schema", k)
	}
}

// jsonFields returns the JSON names of t's fields, sorted, and those the
// encoder always writes (no omitempty or omitzero).
func jsonFields(t reflect.Type) (all, always []string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		all = append(all, name)
		if !strings.Contains(","+opts+",", ",omitempty,") && !strings.Contains(","+opts+",", ",omitzero,") {
			always = append(always, name)
		}
	}
	sort.Strings(all)
	sort.Strings(always)
	return all, always
}
