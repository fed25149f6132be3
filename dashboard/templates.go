package dashboard

import (
	"fmt"
	"html/template"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/memo-protocol/memo-compute/chain"
)

var pageNames = []string{"cluster", "tasks", "task", "owner", "node", "training", "error"}

var funcs = template.FuncMap{
	"short": func(a common.Address) string { h := a.Hex(); return h[:6] + "…" + h[len(h)-4:] },
	"shortHash": func(x common.Hash) string {
		h := x.Hex()
		return h[:10] + "…" + h[len(h)-4:]
	},
	"memo": func(v *big.Int) string {
		if v == nil {
			return "—"
		}
		return chain.FormatMEMO(v)
	},
	"eps":  func(v float64) string { return fmt.Sprintf("%.3f", v) },
	"pct":  func(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) },
	"num":  func(v float64) string { return fmt.Sprintf("%.3f", v) },
	"zero": func(a common.Address) bool { return a == common.Address{} },
	"bps":  func(v uint16) string { return fmt.Sprintf("%d%%", v/100) },
}

func parseTemplates() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, n := range pageNames {
		t, err := template.New(n).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+n+".html")
		if err != nil {
			return nil, fmt.Errorf("parsing the %s page: %w", n, err)
		}
		out[n] = t
	}
	return out, nil
}
