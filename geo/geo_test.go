package geo

import (
	"sync"
	"testing"
)

// The gazetteer is loaded once for the package's tests (a test helper,
// not package state of the library).
var (
	gazOnce sync.Once
	gaz     *Gazetteer
	gazErr  error
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	gazOnce.Do(func() { gaz, gazErr = Load() })
	if gazErr != nil {
		t.Fatal(gazErr)
	}
	return gaz
}
