package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
)

// The code fixtures: two made-up stories, each one coded sentence and one
// that codes nothing, published on two different days. Every fixture runs
// with --date 2010-01-01, so an event dated 2016 shows that the article's
// own date was used.
var codeStories = [2]struct {
	title, sentence string
	date            time.Time
	want            string // the event, as codeEvents writes it
}{
	{"Boats seized", "Peru condemned Chile over the seizure of two fishing boats.", time.Date(2016, 5, 3, 9, 0, 0, 0, time.UTC), "PER>CHL 111 2016-05-03"},
	{"Treaty dispute", "Chile accused Peru of violating the maritime agreement.", time.Date(2016, 5, 4, 9, 0, 0, 0, time.UTC), "CHL>PER 1123 2016-05-04"},
}

const codeFiller = "Officials said that the talks between the delegations would continue next week in the capital."

// codeText is story i as a plain-text article, without a date.
func codeText(i int) string {
	return codeStories[i].title + " – Lima Courier\n\n" + codeStories[i].sentence + "\n\n" + codeFiller + "\n"
}

// codeFragment is story i as HTML paragraphs.
func codeFragment(i int) string {
	return "<p>" + codeStories[i].sentence + "</p><p>" + codeFiller + "</p>"
}

func codeRSS(extraItems string) string {
	var items strings.Builder
	for i, s := range codeStories {
		fmt.Fprintf(&items, "<item><title>%s</title><link>https://courier.example/%d</link><pubDate>%s</pubDate><description><![CDATA[%s]]></description></item>\n",
			s.title, i, s.date.Format(time.RFC1123), codeFragment(i))
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lima Courier</title><link>https://courier.example/</link><description>News</description>
` + items.String() + extraItems + "</channel></rss>\n"
}

func codeAtom() string {
	var entries strings.Builder
	for i, s := range codeStories {
		var esc bytes.Buffer
		if err := xmlEscape(&esc, codeFragment(i)); err != nil {
			panic(err)
		}
		fmt.Fprintf(&entries, "<entry><title>%s</title><id>urn:courier:%d</id><link href=\"https://courier.example/%d\"/><published>%s</published><updated>%[4]s</updated><content type=\"html\">%s</content></entry>\n",
			s.title, i, i, s.date.Format(time.RFC3339), esc.String())
	}
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lima Courier</title><id>urn:courier</id><updated>2016-05-04T09:00:00Z</updated>
` + entries.String() + "</feed>\n"
}

// codeWARC is a crawl of the two stories as pages without a date of their
// own, each crawled on its story's day: the crawl date is theirs.
func codeWARC(t *testing.T, compress bool) string {
	t.Helper()
	var pages []article.WARCPage
	for i, s := range codeStories {
		body := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>` + s.title + ` | Lima Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>` + s.title + "</h1>\n" + codeFragment(i) +
			"\n<p>Fishermen in the port towns on both sides of the border said they were waiting for the outcome before going back to sea.</p>\n</article></body></html>"
		pages = append(pages, article.WARCPage{URL: fmt.Sprintf("https://courier.example/%d", i), Date: s.date, Body: []byte(body)})
	}
	var buf bytes.Buffer
	if err := article.WriteWARC(&buf, pages, compress); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// codeJSONL is story i as a JSONL record with its date.
func codeJSONL(i int) string {
	s := codeStories[i]
	return fmt.Sprintf(`{"id": "j%d", "date": %q, "title": %q, "text": %q}`+"\n", i, s.date.Format("2006-01-02"), s.title, s.sentence+"\n\n"+codeFiller)
}

// codeEvents reads annals code's JSONL output as "SRC>TGT code date" lines
// and "doc_id: sentence" lines, in output order.
func codeEvents(t *testing.T, out string) (events, sentences []string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var e struct {
			DocID    string `json:"doc_id"`
			Code     string `json:"code"`
			Date     string `json:"date"`
			Sentence string `json:"sentence"`
			Source   struct{ Code string }
			Target   struct{ Code string }
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("output is not JSONL: %v: %q", err, line)
		}
		events = append(events, fmt.Sprintf("%s>%s %s %s", e.Source.Code, e.Target.Code, e.Code, e.Date))
		sentences = append(sentences, e.DocID+": "+e.Sentence)
	}
	return events, sentences
}

// writeFiles writes name → content files under dir (making folders).
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		writeFile(t, dir, name, data)
	}
}

// TestCodeReadsEveryInputKind runs annals code on each kind of input: the
// articles are read (not their markup), each with its own date, and
// --date only where an article has none.
func TestCodeReadsEveryInputKind(t *testing.T) {
	both := []string{codeStories[0].want, codeStories[1].want}
	for _, tc := range []struct {
		name  string
		files map[string]string // written to a fresh folder
		args  []string          // after "code --date 2010-01-01"; files are relative to the folder
		stdin string
		want  []string // events, in order
		// wantDocs are doc IDs that must appear (in "doc_id: sentence").
		wantDocs []string
	}{
		{name: "rss", files: map[string]string{"courier.rss": codeRSS("")}, args: []string{"courier.rss"}, want: both,
			wantDocs: []string{"https://courier.example/0", "https://courier.example/1"}},
		{name: "rss named .xml", files: map[string]string{"courier.xml": codeRSS("")}, args: []string{"courier.xml"}, want: both},
		{name: "atom", files: map[string]string{"courier.atom": codeAtom()}, args: []string{"courier.atom"}, want: both,
			wantDocs: []string{"urn:courier:0", "urn:courier:1"}},
		{name: "warc", files: map[string]string{"crawl.warc": codeWARC(t, false)}, args: []string{"crawl.warc"}, want: both},
		{name: "warc.gz", files: map[string]string{"crawl.warc.gz": codeWARC(t, true)}, args: []string{"crawl.warc.gz"}, want: both},
		{name: "folder", files: map[string]string{
			"news/a/boats.txt":       codeText(0),
			"news/b/treaty.jsonl":    codeJSONL(1),
			"news/README.md":         "Peru attacked Chile. (Not an article: a folder walk skips it.)\n",
			"news/.hidden/draft.txt": codeText(1),
		}, args: []string{"news"}, want: []string{"PER>CHL 111 2010-01-01", codeStories[1].want},
			wantDocs: []string{"boats.txt", "j1"}},
		{name: "feed on stdin", stdin: codeRSS(""), args: []string{"-"}, want: both},
		{name: "feed on stdin, no arguments", stdin: codeAtom(), want: both},
		{name: "text on stdin", stdin: codeText(1), want: []string{"CHL>PER 1123 2010-01-01"}, wantDocs: []string{"stdin"}},
		{name: "feed, folder and text together", files: map[string]string{
			"courier.atom":     codeAtom(),
			"more/treaty.txt":  codeText(1),
			"more/boats.jsonl": codeJSONL(0),
		}, args: []string{"courier.atom", "more"}, want: append(both, codeStories[0].want, "CHL>PER 1123 2010-01-01")},

		// --input forces the format of every file read.
		{name: "--input text: a text article named .xml", files: map[string]string{"boats.xml": codeText(0)},
			args: []string{"--input", "text", "boats.xml"}, want: []string{"PER>CHL 111 2010-01-01"}, wantDocs: []string{"boats.xml"}},
		// A headline that starts like a JSON object is taken for JSONL.
		{name: "--input text on stdin", stdin: `{"Never"}, says Lima – Lima Courier` + "\n\n" + codeStories[0].sentence + "\n", args: []string{"--input", "text"},
			want: []string{"PER>CHL 111 2010-01-01"}},
		{name: "--input html: a fragment detection takes for text", files: map[string]string{"boats.txt": "<div><span>" + codeStories[0].sentence + "</span></div><div>" + codeFiller + "</div>\n"},
			args: []string{"--input", "html", "boats.txt"}, want: []string{"PER>CHL 111 2010-01-01"},
			wantDocs: []string{"boats.txt: " + codeStories[0].sentence}},
		{name: "--input text on a folder: each file", files: map[string]string{
			"in/boats.xml":  codeText(0),
			"in/treaty.htm": codeText(1),
		}, args: []string{"--input", "text", "in"}, want: []string{"PER>CHL 111 2010-01-01", "CHL>PER 1123 2010-01-01"}},
		{name: "--input jsonl on a gzip file", files: map[string]string{"treaty.jsonl.gz": gzipString(t, codeJSONL(1))},
			args: []string{"--input", "jsonl", "treaty.jsonl.gz"}, want: []string{codeStories[1].want}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			args := codeArgs(dir, tc.args)
			code, out, errs := runCmd(t, tc.stdin, args...)
			if code != 0 || errs != "" {
				t.Fatalf("%v: exit %d, stderr:\n%s", args, code, errs)
			}
			events, sentences := codeEvents(t, out)
			if !slices.Equal(events, tc.want) {
				t.Errorf("events %q, want %q", events, tc.want)
			}
			for _, doc := range tc.wantDocs {
				found := false
				for _, s := range sentences {
					found = found || strings.HasPrefix(s, doc)
				}
				if !found {
					t.Errorf("no event from %q; events from %q", doc, sentences)
				}
			}
			for _, s := range sentences {
				if strings.ContainsAny(s[strings.Index(s, ": ")+2:], "<>") {
					t.Errorf("markup coded as text: %q", s)
				}
			}
		})
	}
}

func gzipString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// codeArgs is "code --date 2010-01-01" and args, whose file names (not
// flags, their values, or "-") are made relative to dir.
func codeArgs(dir string, args []string) []string {
	out := []string{"code", "--date", "2010-01-01"}
	for i, a := range args {
		if a != "-" && !strings.HasPrefix(a, "--") && (i == 0 || !strings.HasPrefix(args[i-1], "--")) {
			a = filepath.Join(dir, a)
		}
		out = append(out, a)
	}
	return out
}

// TestCodeBadInputsAmongGood: each bad input or record is reported on
// stderr naming its file, the good ones are still coded, and the exit
// code is 1.
func TestCodeBadInputsAmongGood(t *testing.T) {
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i * 7919 % 251)
	}
	warc := codeWARC(t, true)
	for _, tc := range []struct {
		name    string
		files   map[string]string
		args    []string // files, relative to the folder; flags start with "--"
		stdin   string
		wantErr []string // in stderr, each "annals code: read " + the file (joined to the folder) + the rest
		want    []string // events, in order
	}{
		{name: "bad files between readable ones", files: map[string]string{
			"1-good.rss":     codeRSS(""),
			"2-broken.xml":   "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title><item><title>Cut <b>off",
			"3-garbage.bin":  string(garbage),
			"4-empty.txt":    "",
			"5-cut.warc.gz":  warc[:len(warc)*2/3],
			"7-good.jsonl":   codeJSONL(1),
			"8-array.json":   `[{"title": "not JSONL"}]`,
			"9-good-txt.txt": codeText(0),
		}, args: []string{"1-good.rss", "2-broken.xml", "3-garbage.bin", "4-empty.txt", "5-cut.warc.gz", "6-missing.txt", "7-good.jsonl", "8-array.json", "9-good-txt.txt"},
			wantErr: []string{"2-broken.xml", "3-garbage.bin", "4-empty.txt: input is empty", "5-cut.warc.gz", "6-missing.txt", "8-array.json"},
			// The cut WARC's first page is read before the cut.
			want: []string{codeStories[0].want, codeStories[1].want, codeStories[0].want, codeStories[1].want, "PER>CHL 111 2010-01-01"}},
		{name: "a broken feed item and a bad JSONL line", files: map[string]string{
			"courier.rss":  codeRSS("<item><link>https://courier.example/empty</link></item>\n"),
			"lines.jsonl":  codeJSONL(0) + "{\"id\": \"j9\", \"text\": \n" + codeJSONL(1),
			"more/ok.txt":  codeText(1),
			"more/bad.txt": "Headline\n\nPeru attacked \xff\xfe Chile.\n",
		}, args: []string{"courier.rss", "lines.jsonl", "more"},
			wantErr: []string{"courier.rss: record 3: ", "lines.jsonl:2: ", "more/bad.txt"},
			want:    []string{codeStories[0].want, codeStories[1].want, codeStories[0].want, codeStories[1].want, "CHL>PER 1123 2010-01-01"}},
		{name: "--input text on a feed and a WARC", files: map[string]string{
			"courier.rss": codeRSS(""),
			"crawl.warc":  codeWARC(t, false),
			"boats.txt":   codeText(0),
		}, args: []string{"--input", "text", "courier.rss", "crawl.warc", "boats.txt"},
			wantErr: []string{"courier.rss: input is not in the format asked for (text): it is a feed (drop --input to read it by its content)",
				"crawl.warc: input is not in the format asked for (text): it is a WARC file (drop --input"},
			want: []string{"PER>CHL 111 2010-01-01"}},
		// What --input text reads above is misread without it.
		{name: "without --input: a text article named .xml, a headline like JSON", files: map[string]string{
			"boats.xml":  codeText(0),
			"treaty.txt": codeText(1),
		}, args: []string{"boats.xml", "-", "treaty.txt"}, stdin: `{"Never"}, says Lima – Lima Courier` + "\n\n" + codeStories[0].sentence + "\n",
			wantErr: []string{"boats.xml: parse feed: ", "stdin:1: bad JSONL record", "stdin:3: bad JSONL record"},
			want:    []string{"CHL>PER 1123 2010-01-01"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			code, out, errs := runCmd(t, tc.stdin, codeArgs(dir, tc.args)...)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			for _, want := range tc.wantErr {
				if !strings.HasPrefix(want, "stdin") {
					want = filepath.Join(dir, want)
				}
				if !strings.Contains(errs, "annals code: read "+want) {
					t.Errorf("no error %q; stderr:\n%s", want, errs)
				}
			}
			if n := strings.Count(errs, "\n"); n != len(tc.wantErr) {
				t.Errorf("%d error lines, want %d:\n%s", n, len(tc.wantErr), errs)
			}
			if strings.Contains(errs, "good") || strings.Contains(errs, "ok.txt") || strings.Contains(errs, "panic") {
				t.Errorf("stderr:\n%s", errs)
			}
			if events, _ := codeEvents(t, out); !slices.Equal(events, tc.want) {
				t.Errorf("events %q, want %q", events, tc.want)
			}
		})
	}
}
