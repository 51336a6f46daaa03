package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// MaxFeedBytes is the size limit of one feed or sitemap document: far above
// a real feed (a few hundred kB) while bounding what one bad input costs.
const MaxFeedBytes = 64 << 20

// ErrUnsupported marks an input in a format Open recognises but does not
// read (an ARC file, a sitemap index).
var ErrUnsupported = errors.New("unsupported input format")

// Open yields the articles of one source: a file (text, HTML, JSONL,
// RSS/Atom/JSON feed, news sitemap, WARC/WARC.gz), a folder (recursively,
// in a stable order), or an http(s) URL of a page or feed. Each step yields
// an article or an *article.Error for one bad record; the sequence goes on
// after errors.
//
// The kind of a file is told from its content, not its name: a gzip file
// is decompressed first (a WARC.gz is read record by record); "WARC/" at
// the start is a WARC file; an XML document whose root is <rss>, <feed> or
// <rdf:RDF> is a feed, <urlset> a sitemap; a JSON object with a jsonfeed.org
// "version" is a JSON Feed; anything else goes to Scan (text, HTML, JSONL).
// A file named .xml, .rss, .atom or .rdf that is none of these is read as a
// feed, so that a broken feed is reported as one rather than coded as text;
// a .json file that is neither a JSON Feed nor JSONL is an error.
//
// Options.Format, when set, forces the format of every file read (each
// file of a folder, standard input, a fetched URL's body, after gzip
// decompression): it is read as text, HTML or JSONL without detection, and
// one whose content is a WARC file, a feed or a sitemap is an error
// wrapping ErrFormatMismatch (see readForced).
//
// "-" reads standard input. Every article gets a Language (see
// DetectLanguage). Cancelling ctx stops the sequence after an error that
// wraps ctx.Err().
func Open(ctx context.Context, source string, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		if opt.Furniture == nil {
			opt.Furniture = DefaultRules()
		}
		// Every article passes here, so that all sources get a language.
		out := func(a Article, err error) bool {
			if err == nil {
				settleLanguage(&a)
			}
			return yield(a, err)
		}
		switch {
		case isURL(source):
			openURL(ctx, source, opt, out)
		case source == "-" || source == "":
			readStream(ctx, "stdin", os.Stdin, opt, out)
		default:
			openPath(ctx, source, opt, out)
		}
	}
}

// OpenReader is Open for an input that is already open (standard input, a
// download): its kind is told from its content, as for a file; name is
// used in messages and IDs.
func OpenReader(ctx context.Context, name string, r io.Reader, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		if opt.Furniture == nil {
			opt.Furniture = DefaultRules()
		}
		readStream(ctx, name, r, opt, func(a Article, err error) bool {
			if err == nil {
				settleLanguage(&a)
			}
			return yield(a, err)
		})
	}
}

// isURL reports whether source is an http or https URL.
func isURL(source string) bool {
	s := strings.ToLower(source)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// openPath reads a file or, recursively, a folder.
func openPath(ctx context.Context, path string, opt Options, yield func(Article, error) bool) {
	info, err := os.Stat(path)
	if err != nil {
		yield(Article{}, &Error{Name: path, Err: err})
		return
	}
	if !info.IsDir() {
		openFile(ctx, path, opt, yield)
		return
	}
	// WalkDir visits entries in lexical order, so a folder always yields
	// its articles in the same order.
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if !yield(Article{}, &Error{Name: p, Err: err}) {
				return errStop
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() || !articleFileName(d.Name()) {
			return nil
		}
		stopped := false
		openFile(ctx, p, opt, func(a Article, err error) bool {
			if !yield(a, err) {
				stopped = true
				return false
			}
			return true
		})
		if stopped {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		yield(Article{}, &Error{Name: path, Err: err})
	}
}

// errStop ends a folder walk when the consumer stops the sequence.
var errStop = errors.New("stop")

// articleExts are the file extensions a folder walk reads (after removing
// a ".gz"); files named otherwise (images, scripts, .md) are not articles.
var articleExts = map[string]bool{
	".txt": true, ".text": true, ".html": true, ".htm": true, ".xhtml": true,
	".shtml": true, ".jsonl": true, ".ndjson": true, ".json": true,
	".xml": true, ".rss": true, ".atom": true, ".rdf": true, ".feed": true,
	".warc": true,
}

// articleFileName reports whether a folder walk reads the file: by its
// extension (see articleExts; also gzip-compressed), and never the notices
// that sit beside data (README, LICENSE, NOTICE, COPYING, CHANGELOG).
func articleFileName(name string) bool {
	upper := strings.ToUpper(name)
	for _, p := range []string{"README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG"} {
		if strings.HasPrefix(upper, p) {
			return false
		}
	}
	base := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return articleExts[filepath.Ext(base)]
}

// openFile reads one file of any supported kind.
func openFile(ctx context.Context, path string, opt Options, yield func(Article, error) bool) {
	f, err := os.Open(path)
	if err != nil {
		yield(Article{}, &Error{Name: path, Err: err})
		return
	}
	defer f.Close()
	readStream(ctx, path, f, opt, yield)
}

// readStream tells the kind of an input from its first bytes and reads it.
func readStream(ctx context.Context, name string, r io.Reader, opt Options, yield func(Article, error) bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		yield(Article{}, &Error{Name: name, Err: err})
		return
	}
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		readGzip(ctx, name, br, opt, yield)
		return
	}
	readPlain(ctx, name, name, br, opt, yield)
}

// readGzip reads a gzip-compressed input: it is decompressed and read by
// its content. A WARC.gz is decompressed as one stream too, whether it is
// compressed record by record (one gzip member per record, the standard
// way) or as a whole: gowarc, given the compressed file, would read only
// the first record of a file compressed as a whole. The offsets in WARC
// errors are then offsets in the decompressed stream.
func readGzip(ctx context.Context, name string, br *bufio.Reader, opt Options, yield func(Article, error) bool) {
	zr, err := gzip.NewReader(br)
	if err != nil {
		yield(Article{}, &Error{Name: name, Err: fmt.Errorf("gzip: %w", err)})
		return
	}
	defer zr.Close()
	// A corrupt stream shows as a read error in the reader below. The kind
	// is told by the name inside (x.rss.gz is a feed), messages and IDs
	// name the file itself.
	readPlain(ctx, name, strings.TrimSuffix(name, ".gz"), &gzipErrReader{r: zr}, opt, yield)
}

// gzipErrReader labels the errors of a gzip stream.
type gzipErrReader struct{ r io.Reader }

func (g *gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("gzip: %w", err)
	}
	return n, err
}

// readPlain reads an uncompressed input by its content; kindName is the
// name its kind is told by when the content cannot tell (see sniffKind).
func readPlain(ctx context.Context, name, kindName string, r io.Reader, opt Options, yield func(Article, error) bool) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	head, err := br.Peek(sniffBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && len(head) == 0 {
		yield(Article{}, &Error{Name: name, Err: err})
		return
	}
	// A read error after some bytes (a cut gzip stream) is met again, and
	// reported, by the reader of the input's kind, after what it can read.
	if opt.Format != "" {
		readForced(name, head, br, opt, yield)
		return
	}
	switch kind := sniffKind(kindName, head); kind {
	case kindWARC:
		readWARC(ctx, name, br, opt, yield)
	case kindARC:
		yield(Article{}, &Error{Name: name, Err: fmt.Errorf("%w: ARC web archive (convert it to WARC)", ErrUnsupported)})
	case kindOtherJSON:
		yield(Article{}, &Error{Name: name, Err: fmt.Errorf("%w: a JSON document that is neither a JSON Feed nor JSONL (one article object per line)", ErrUnsupported)})
	case kindFeed, kindSitemap:
		data, err := io.ReadAll(io.LimitReader(br, MaxFeedBytes+1))
		switch {
		case err != nil:
			yield(Article{}, &Error{Name: name, Err: err})
		case len(data) > MaxFeedBytes:
			yield(Article{}, &Error{Name: name, Err: fmt.Errorf("feed larger than the %d MB limit", MaxFeedBytes>>20)})
		case kind == kindSitemap:
			readSitemap(ctx, name, data, opt, yield)
		default:
			readFeed(ctx, name, data, opt, yield)
		}
	default:
		Scan(name, br, opt)(yield)
	}
}

// ErrFormatMismatch marks an input read with a forced Options.Format whose
// content shows it to be a kind of input that format cannot be (a WARC
// file, a feed, a sitemap).
var ErrFormatMismatch = errors.New("input is not in the format asked for")

// readForced reads an input in the format opt.Format forces (text, HTML or
// JSONL) instead of telling its kind. Only the content is looked at, never
// the name (a forced format overrides the name's hint, as for a non-feed
// .xml file), and only to refuse what plainly is no article of that
// format: a WARC or ARC file, a feed or a sitemap is one error wrapping
// ErrFormatMismatch, not coded as text.
func readForced(name string, head []byte, br *bufio.Reader, opt Options, yield func(Article, error) bool) {
	var what string
	switch sniffKind("", head) {
	case kindWARC:
		what = "a WARC file"
	case kindARC:
		what = "an ARC file"
	case kindFeed:
		what = "a feed"
	case kindSitemap:
		what = "a sitemap"
	default:
		Scan(name, br, opt)(yield)
		return
	}
	yield(Article{}, &Error{Name: name, Err: fmt.Errorf("%w (%s): it is %s", ErrFormatMismatch, opt.Format, what)})
}

// inputKind is what sniffKind tells an input to be.
type inputKind int

const (
	kindArticles inputKind = iota // text, HTML or JSONL: for Scan
	kindWARC
	kindARC
	kindFeed
	kindSitemap
	kindOtherJSON // a .json file that is neither a JSON Feed nor JSONL
)

// feedExts name files that are feeds even when their content is too broken
// to tell.
var feedExts = map[string]bool{".xml": true, ".rss": true, ".atom": true, ".rdf": true, ".feed": true}

// sniffKind tells an uncompressed input's kind from its first bytes (and,
// for broken feeds, its name).
func sniffKind(name string, head []byte) inputKind {
	h := bytes.TrimPrefix(head, utf8BOM)
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return kindWARC
	case bytes.HasPrefix(h, []byte("filedesc://")):
		return kindARC
	}
	if hasUTF16BOM(h) {
		h = utf16Head(h)
	}
	t := bytes.TrimLeft(h, " \t\r\n\f")
	if len(t) > 0 && t[0] == '{' && isJSONFeed(t) {
		return kindFeed
	}
	if strings.EqualFold(filepath.Ext(name), ".json") && len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		if f, err := Detect(t); err != nil || f != FormatJSONL {
			return kindOtherJSON
		}
	}
	switch root := xmlRoot(t); root {
	case "rss", "feed", "rdf:rdf", "rdf", "channel":
		return kindFeed
	case "urlset", "sitemapindex":
		return kindSitemap
	case "html":
		return kindArticles
	}
	if feedExts[strings.ToLower(filepath.Ext(name))] && !looksHTML(t) && len(bytes.TrimSpace(t)) > 0 {
		return kindFeed
	}
	return kindArticles
}

// utf16Head decodes the ASCII part of a UTF-16 head, enough to find the
// root element.
func utf16Head(h []byte) []byte {
	var out []byte
	le := h[0] == 0xFF
	for i := 2; i+1 < len(h); i += 2 {
		c, z := h[i], h[i+1]
		if !le {
			c, z = z, c
		}
		if z != 0 {
			break
		}
		out = append(out, c)
	}
	return out
}

// isJSONFeed reports whether a JSON object's start names a JSON Feed
// version ("version": "https://jsonfeed.org/version/1.1").
func isJSONFeed(head []byte) bool {
	return bytes.Contains(head, []byte(`"version"`)) &&
		(bytes.Contains(head, []byte("jsonfeed.org/version")) || bytes.Contains(head, []byte(`jsonfeed.org\/version`)))
}

// xmlRoot returns the lower-cased name of the root element of an XML
// document's start, after the declaration, processing instructions,
// comments and a doctype; "" when there is none in head.
func xmlRoot(s []byte) string {
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return ""
			}
			s = s[end+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			end := bytes.Index(s, []byte("-->"))
			if end < 0 {
				return ""
			}
			s = s[end+3:]
		case hasPrefixFold(s, "<!doctype"):
			end := bytes.IndexByte(s, '>')
			if end < 0 {
				return ""
			}
			if i := bytes.IndexByte(s[:end], '['); i >= 0 {
				// An internal subset: skip to "]>".
				if e := bytes.Index(s, []byte("]>")); e >= 0 {
					end = e + 1
				}
			}
			s = s[end+1:]
		case bytes.HasPrefix(s, []byte("<")):
			name := s[1:]
			end := bytes.IndexAny(name, " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return strings.ToLower(string(name[:end]))
		default:
			return ""
		}
	}
}
