package dict

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

//go:embed data
var defaultData embed.FS

// Default returns the dictionaries that ship inside annals (dict/data).
// Each call builds a new Dict. The embedded files are tested to parse
// without errors, so a problem here is a build defect and is returned.
func Default() (*Dict, error) {
	d := &Dict{}
	var problems []error
	err := fs.WalkDir(defaultData, "data", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || path.Ext(p) != ".txt" {
			return err
		}
		b, err := defaultData.ReadFile(p)
		if err != nil {
			return err
		}
		problems = append(problems, d.Parse("dict/"+p, b)...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read embedded dictionaries: %w", err)
	}
	if len(problems) > 0 {
		return d, fmt.Errorf("embedded dictionaries: %d bad lines, first: %w", len(problems), problems[0])
	}
	return d, nil
}

// DefaultFiles lists the embedded dictionary files with their contents, in
// load order, for tools that show or convert them.
func DefaultFiles() (map[string][]byte, []string) {
	files := map[string][]byte{}
	var names []string
	fs.WalkDir(defaultData, "data", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && path.Ext(p) == ".txt" {
			if b, err := defaultData.ReadFile(p); err == nil {
				files["dict/"+p] = b
				names = append(names, "dict/"+p)
			}
		}
		return nil
	})
	sort.Strings(names)
	return files, names
}

// LoadFile parses a dictionary file from disk into d. Unreadable lines are
// returned as errors and skipped; a missing file is an error of its own.
func (d *Dict) LoadFile(name string) (problems []error, err error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	if strings.IndexByte(string(b), 0) >= 0 {
		return nil, fmt.Errorf("read dictionary %s: binary data, not a text file", name)
	}
	return d.Parse(name, b), nil
}

// detectSample is how much of a file format detection reads.
const detectSample = 64 << 10

// Head returns the start of a dictionary file that format detection looks
// at: its first 64 KB, cut at a line end. The kind of a file shows in its
// first lines, and a large file need not be scanned whole to tell it.
func Head(data []byte) []byte {
	if len(data) <= detectSample {
		return data
	}
	cut := data[:detectSample]
	if i := bytes.LastIndexByte(cut, '\n'); i > 0 {
		cut = cut[:i]
	}
	return cut
}
