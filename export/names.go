package export

import (
	"strings"

	"github.com/annals-project/annals/ontology/cameo"
)

// cameoName is the label ICEWS writes in "Event Text": the codebook name
// without the ", not specified below" of x0 codes ("040" → "Consult"), or
// the code itself when the codebook does not have it.
func cameoName(code string) string {
	n := cameo.Code(code).Name()
	if n == "" {
		return code
	}
	return strings.TrimSuffix(n, ", not specified below")
}
