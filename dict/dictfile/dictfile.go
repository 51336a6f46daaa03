// Package dictfile loads a dictionary file of any supported format into a
// dict.Dict, telling the format from the content: the annals format
// (package dict), PETRARCH (package dict/petrarch) or TABARI (package
// dict/tabari).
package dictfile

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/dict/petrarch"
	"github.com/annals-project/annals/dict/tabari"
)

// Format names a dictionary format with its file kind, as Detect reports
// it: "annals", "petrarch-verbs", "tabari-options", ….
type Format string

// Annals is the project's own format.
const Annals Format = "annals"

var annalsKinds = map[string]bool{
	"country": true, "demonym": true, "capital": true, "actor": true, "person": true, "igo": true,
	"agent": true, "title": true, "verb": true, "speech": true, "negation": true, "modal": true,
	"discard": true, "issue": true, "option": true,
}

// Detect tells the format of a dictionary file from its content:
//
//   - annals: most entry lines are "KIND CODES : PHRASES" with a known kind;
//   - TABARI: option commands, a <SYNSETS> section, or ";" comments
//     outnumbering "#" comments;
//   - PETRARCH otherwise (verb blocks "--- NAME [CODE] ---", "#" comments).
//
// The PETRARCH or TABARI file kind (verbs, actors, …) is detected by those
// packages.
func Detect(data []byte) Format {
	data = dict.Head(data)
	annals, other, semi, hash := 0, 0, 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			hash++
			continue
		}
		if strings.Contains(line, ";") && strings.Contains(line, "[") {
			semi++
		}
		if strings.Contains(line, " #") {
			hash++
		}
		head, _, ok := strings.Cut(line, ":")
		if f := strings.Fields(head); ok && len(f) > 0 && annalsKinds[f[0]] && !strings.Contains(head, "[") {
			annals++
		} else {
			other++
		}
	}
	if annals > 0 && annals >= other {
		return Annals
	}
	tf := tabari.Detect(data)
	if tf == tabari.Options || bytes.Contains(data, []byte("<SYNSETS>")) || semi > hash && tf != tabari.Unknown {
		return Format(tf)
	}
	if pf := petrarch.Detect(data); pf != petrarch.Unknown {
		return Format(pf)
	}
	return Format(tf)
}

// Load reads the file name into d in its detected format. Lines that
// cannot be read are returned as problems (with file and line) and
// skipped; err is for a file that cannot be read at all.
func Load(d *dict.Dict, name string) (problems []error, err error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return LoadBytes(d, name, b)
}

// LoadBytes is Load for data already in memory.
func LoadBytes(d *dict.Dict, name string, b []byte) (problems []error, err error) {
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("read dictionary %s: binary data, not a text file", name)
	}
	f := Detect(b)
	switch {
	case f == Annals:
		return d.Parse(name, b), nil
	case strings.HasPrefix(string(f), "tabari"):
		return tabari.Load(d, name, b)
	case strings.HasPrefix(string(f), "petrarch"):
		return petrarch.Load(d, name, b)
	}
	return nil, fmt.Errorf("read dictionary %s: format not recognised (annals, PETRARCH or TABARI)", name)
}
