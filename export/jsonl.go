package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/annals-project/annals/event"
)

// JSONLWriter writes each event as its own JSON encoding (the struct tags
// of event.Event, fields in declaration order), one object per line, with
// HTML characters left unescaped ("<", ">", "&" stay as they are). A line
// decodes back into an equal event.Event.
type JSONLWriter struct {
	bw  bufWriter
	enc *json.Encoder
}

// NewJSONL returns a Writer of annals' own JSON lines.
func NewJSONL(w io.Writer) *JSONLWriter {
	j := &JSONLWriter{bw: newBufWriter(w)}
	j.enc = json.NewEncoder(j.bw.out)
	j.enc.SetEscapeHTML(false)
	return j
}

// Write writes one event as one line.
func (j *JSONLWriter) Write(e *event.Event) error {
	if j.bw.closed {
		return errClosed
	}
	if e == nil {
		return fmt.Errorf("export jsonl: nil event")
	}
	// Encode marshals fully before writing, so a failure (a NaN score)
	// leaves no partial line behind.
	if err := j.enc.Encode(e); err != nil {
		return fmt.Errorf("export jsonl: %s: %w", label(e), err)
	}
	return nil
}

// Close flushes the buffered lines.
func (j *JSONLWriter) Close() error { return j.bw.close() }
