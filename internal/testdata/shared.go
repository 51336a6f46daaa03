// Package testdata locates the development data in ../shared for tests.
package testdata

import (
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of rel inside ../shared (next to the repository
// root), or skips the test with a message naming the missing path.
func Shared(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("repository root not found from %s: development data not available", dir)
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("../shared/%s not found: development data not available", rel)
	}
	return p
}
