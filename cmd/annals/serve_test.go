package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.db")
	tests := []struct {
		args []string
		code int
		want string // in stdout (code 0) or stderr
	}{
		{[]string{"serve", "--help"}, 0, "ANNALS_TOKEN"},
		{[]string{"serve", "--db", missing}, 1, "no database at"},
		{[]string{"serve", "extra"}, 1, `unexpected argument "extra"`},
		{[]string{"serve", "--port", "1"}, 1, "flag provided but not defined"},
	}
	for _, tc := range tests {
		code, out, errOut := runCmd(t, "", tc.args...)
		got := errOut
		if tc.code == 0 {
			got = out
		}
		if code != tc.code || !strings.Contains(got, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d with %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
}
