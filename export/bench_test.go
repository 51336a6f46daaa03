package export

import (
	"io"
	"testing"
)

// BenchmarkWrite measures one event through each format into io.Discard.
func BenchmarkWrite(b *testing.B) {
	for _, f := range Formats() {
		b.Run(f, func(b *testing.B) {
			w, err := New(f, io.Discard)
			if err != nil {
				b.Fatal(err)
			}
			e := sampleEvent()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				e.SentenceIndex = i & 63
				if err := w.Write(e); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		})
	}
}
