package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/store"
)

// fakeArticle is a short article of our own, distinct for each i.
func fakeArticle(i int) article.Article {
	return article.Article{
		ID: fmt.Sprintf("fake-%d", i), Source: "Fake Wire", Language: "en",
		Date: time.Date(2021, 3, 2, 0, 0, 0, 0, time.UTC),
		Text: fmt.Sprintf("Egyptian officials met Sudanese envoys in Cairo on Wednesday to discuss the dam, report %d said.", i),
	}
}

// TestPartialBatchCommitted: a slow source (a feed polled over the
// network) gets its articles committed after BatchWait, not only when a
// batch is full or the source ends.
func TestPartialBatchCommitted(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "p.db"))
	// Load what the pipeline loads on first use (the gazetteer) now, so
	// that the wait below measures the engine only.
	warm := fakeArticle(-1)
	pipe(t).Code(&warm)
	committed := make(chan int, 10)
	release := make(chan struct{})
	open := func(ctx context.Context, src string, opt article.Options) iter.Seq2[article.Article, error] {
		return func(yield func(article.Article, error) bool) {
			for i := range 2 {
				if !yield(fakeArticle(i), nil) {
					return
				}
			}
			select { // the source stalls until the test has seen the commit
			case <-release:
			case <-time.After(60 * time.Second):
			}
			yield(fakeArticle(2), nil)
		}
	}
	done := make(chan Progress, 1)
	go func() {
		prog, _ := Run(context.Background(), db, pipe(t), []string{"slow"}, Options{Open: open, BatchSize: 100, BatchWait: 20 * time.Millisecond,
			OnProgress: func(p Progress) { committed <- p.Stored }})
		done <- prog
	}()
	select {
	case n := <-committed:
		if n != 2 {
			t.Errorf("first commit stored %d, want the 2 articles read so far", n)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("nothing committed while the source stalled")
	}
	close(release)
	if prog := <-done; prog.Stored != 3 || prog.Batches != 2 {
		t.Errorf("final %+v", prog)
	}
}

// TestCancel: cancelling a run keeps what was coded, committed whole.
func TestCancel(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "c.db"))
	ctx, cancel := context.WithCancel(context.Background())
	open := func(ctx context.Context, src string, opt article.Options) iter.Seq2[article.Article, error] {
		return func(yield func(article.Article, error) bool) {
			for i := 0; ; i++ {
				if i == 20 {
					cancel()
				}
				if ctx.Err() != nil {
					yield(article.Article{}, &article.Error{Name: src, Err: ctx.Err()})
					return
				}
				if !yield(fakeArticle(i), nil) {
					return
				}
			}
		}
	}
	prog, err := Run(ctx, db, pipe(t), []string{"endless"}, Options{Open: open, BatchSize: 8})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if err := db.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	st := stats(t, db)
	if st.Articles != prog.Stored || prog.Stored == 0 || prog.Stored > 20 {
		t.Errorf("stored %d, progress says %d", st.Articles, prog.Stored)
	}
}

// refusing is a store that fails every Save holding the article "fake-3".
type refusing struct{ store.Store }

func (r refusing) Save(ctx context.Context, batch []*store.Article) (store.Result, error) {
	for _, a := range batch {
		if a.DocID == "fake-3" {
			return store.Result{}, errors.New("refused")
		}
	}
	return r.Store.Save(ctx, batch)
}

// TestStoreRefusesOne: an article the store refuses is reported and
// skipped; the rest of its batch is stored.
func TestStoreRefusesOne(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "r.db"))
	open := func(ctx context.Context, src string, opt article.Options) iter.Seq2[article.Article, error] {
		return func(yield func(article.Article, error) bool) {
			for i := range 10 {
				if !yield(fakeArticle(i), nil) {
					return
				}
			}
		}
	}
	var errs []error
	prog, err := Run(context.Background(), refusing{db}, pipe(t), []string{"src"}, Options{Open: open, BatchSize: 4,
		OnError: func(err error) { errs = append(errs, err) }})
	if err != nil {
		t.Fatal(err)
	}
	if prog.Stored != 9 || prog.Errors != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "fake-3") {
		t.Errorf("progress %+v, errors %v", prog, errs)
	}
	if st := stats(t, db); st.Articles != 9 {
		t.Errorf("%d articles stored, want 9", st.Articles)
	}
}

func TestSentenceOffsets(t *testing.T) {
	text := "Première phrase. Second one here.\n\nThird: Second one here."
	off := sentenceOffsets(text)
	tests := []struct {
		s    string
		want int
	}{
		{"Première phrase.", 0},
		{"Second one here.", 17},
		{"Second one here.", 17}, // a second event of the same sentence
		{"Third: Second one here.", 35},
		{"Première phrase.", 0}, // out of order: found from the start
		{"Not in the text.", -1},
		{"", -1},
	}
	for _, tt := range tests {
		if got := off(tt.s); got != tt.want {
			t.Errorf("offset of %q = %d, want %d", tt.s, got, tt.want)
		}
	}
}
