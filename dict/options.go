package dict

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Options are coder settings that a dictionary (or one article) sets: the
// keys of PETRARCH's configuration ("require_dyad", "new_actor_length",
// "comma_min" … "comma_emax") and the TABARI option commands translated to
// the same keys (see package dict/tabari). Keys are lower case; values are
// strings as written ("false", "4"). A key that is absent takes the coder's
// default.
//
// An Options value loaded with a dictionary is never changed afterwards;
// With returns a new value for per-article settings.
type Options map[string]string

// Bool returns the key as a boolean, or def when it is absent or not one.
func (o Options) Bool(key string, def bool) bool {
	v, ok := o[key]
	if !ok {
		return def
	}
	switch strings.ToLower(v) {
	case "true", "yes", "on", "1":
		return true
	case "false", "no", "off", "0":
		return false
	}
	return def
}

// Int returns the key as an integer, or def when it is absent or not one.
func (o Options) Int(key string, def int) int {
	v, ok := o[key]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return def
	}
	return n
}

// With returns o with the keys of p set over it; o is not changed.
func (o Options) With(p Options) Options {
	if len(p) == 0 {
		return o
	}
	out := make(Options, len(o)+len(p))
	for k, v := range o {
		out[k] = v
	}
	for k, v := range p {
		out[k] = v
	}
	return out
}

// Keys returns the keys in sorted order.
func (o Options) Keys() []string {
	ks := make([]string, 0, len(o))
	for k := range o {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// ConfigOptions decodes an article's "config" object (the gold records'
// PETRARCH keys, with string, number or boolean values) into Options. The
// key "tabari_options", a list of TABARI option commands, is returned
// apart, for the caller to apply with package dict/tabari.
func ConfigOptions(raw json.RawMessage) (Options, []string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, nil, fmt.Errorf("config: %w", err)
	}
	o := Options{}
	var tabari []string
	for k, v := range m {
		k = strings.ToLower(k)
		if k == "tabari_options" {
			if err := json.Unmarshal(v, &tabari); err != nil {
				return nil, nil, fmt.Errorf("config: tabari_options: want a list of strings: %w", err)
			}
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err == nil {
			o[k] = s
			continue
		}
		var x any
		if err := json.Unmarshal(v, &x); err != nil {
			return nil, nil, fmt.Errorf("config: %s: %w", k, err)
		}
		switch x := x.(type) {
		case bool, float64:
			o[k] = fmt.Sprint(x)
		default:
			return nil, nil, fmt.Errorf("config: %s: want a string, number or boolean", k)
		}
	}
	return o, tabari, nil
}
