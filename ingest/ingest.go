// Package ingest is the engine behind "annals ingest": it reads sources
// (files, folders, feeds, WARC files, URLs: article.Open), skips what is
// stored already and what is not in English, codes the articles on all
// cores (pipeline.Pipeline.Code), signs them for story grouping
// (story.Sign) and stores them in batches, one transaction per batch
// (store.Store.Save).
//
//	sources ──► reader ──► workers (×GOMAXPROCS) ──► writer ──► store
//	            dedup       language, code, sign      in input order, batches
//
// The reader numbers the articles; the writer puts the coded articles back
// into that order before batching, so that the same input always gives the
// same database (which report of an event comes first, which article opens
// a story) however the workers were scheduled.
//
// A bad record (an unreadable file, a broken feed item, a bad WARC record)
// is reported through Options.OnError and skipped; it never stops the run.
// Because every batch is one transaction and every stored article is
// skipped the next time (same URL or same content hash), an interrupted run
// is completed by running it again.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/annals-project/annals/article"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/story"
)

// Defaults of Options.
const (
	DefaultBatchSize = 64
	DefaultBatchWait = 2 * time.Second
)

// Options control a run. The zero value is usable.
type Options struct {
	// Workers code articles in parallel; 0 = runtime.GOMAXPROCS(0).
	Workers int
	// BatchSize is the number of articles per transaction; 0 =
	// DefaultBatchSize.
	BatchSize int
	// BatchWait commits a partial batch when no batch was committed for
	// this long (slow sources: feeds over the network); 0 =
	// DefaultBatchWait.
	BatchWait time.Duration
	// Read are the reading options given to Open for every source.
	Read article.Options
	// Open reads one source; nil = article.Open.
	Open func(ctx context.Context, source string, opt article.Options) iter.Seq2[article.Article, error]
	// OnError receives every bad record and every sentence that could not
	// be coded; it is called from one goroutine at a time. nil = ignore.
	OnError func(error)
	// OnProgress is called after every committed batch and at the end,
	// from one goroutine at a time. nil = none.
	OnProgress func(Progress)
}

// Progress counts what a run has done so far.
type Progress struct {
	Read       int // articles read from the sources
	Stored     int // articles added to the store
	Duplicates int // skipped: URL or content already stored or seen earlier in this run
	NonEnglish int // skipped: not in English
	Errors     int // bad records and articles that could not be stored
	Sentences  int // sentences skipped by the coder (too long, coder failure)
	Events     int // new events
	Merged     int // reports merged into an event already stored
	Mentions   int // mentions stored
	Stories    int // new stories
	Joined     int // articles that joined an existing story
	Batches    int // transactions committed
	// Languages counts the skipped non-English articles by language code
	// ("de", "pt").
	Languages map[string]int
	Elapsed   time.Duration
}

// Done is the number of articles read and dealt with (stored or skipped).
func (p Progress) Done() int { return p.Stored + p.Duplicates + p.NonEnglish + p.Errors }

// job is one article on its way through the engine.
type job struct {
	seq    int
	art    article.Article
	origin string
	hash   string
	// filled by the worker
	stored  *store.Article
	lang    string // set when skipped as not English
	sentErr []error
}

// Run ingests the sources into st and returns the final progress. It
// returns an error only when the store fails (then what was committed
// stays) or ctx is cancelled (then the batch being built is committed
// first, so that nothing coded is lost).
func Run(ctx context.Context, st store.Store, p *pipeline.Pipeline, sources []string, opt Options) (Progress, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = DefaultBatchSize
	}
	if opt.BatchWait <= 0 {
		opt.BatchWait = DefaultBatchWait
	}
	open := opt.Open
	if open == nil {
		open = article.Open
	}
	prog := Progress{Languages: map[string]int{}}
	var mu sync.Mutex // guards prog and the OnError calls
	reportErr := func(err error, count *int) {
		mu.Lock()
		defer mu.Unlock()
		*count++
		if opt.OnError != nil {
			opt.OnError(err)
		}
	}

	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	jobs := make(chan *job, 2*opt.Workers)
	results := make(chan *job, 2*opt.Workers)

	// Reader: sources → numbered jobs, with the duplicates dropped.
	var readErr error
	go func() {
		defer close(jobs)
		seenURL := map[string]bool{}
		seenHash := map[string]bool{}
		seq := 0
		for _, src := range sources {
			for a, err := range open(readCtx, src, opt.Read) {
				if readCtx.Err() != nil {
					return
				}
				if err != nil {
					reportErr(err, &prog.Errors)
					continue
				}
				mu.Lock()
				prog.Read++
				mu.Unlock()
				hash := story.ContentHash(a.Text)
				dup := seenHash[hash] || (a.URL != "" && seenURL[a.URL])
				if !dup {
					var err error
					dup, err = st.Seen(readCtx, a.URL, hash)
					if err != nil {
						if readCtx.Err() == nil {
							readErr = err
							stopReading()
						}
						return
					}
				}
				seenHash[hash] = true
				if a.URL != "" {
					seenURL[a.URL] = true
				}
				if dup {
					mu.Lock()
					prog.Duplicates++
					mu.Unlock()
					continue
				}
				select {
				case jobs <- &job{seq: seq, art: a, origin: src, hash: hash}:
					seq++
				case <-readCtx.Done():
					return
				}
			}
		}
	}()

	// Workers: language check, coding, signature.
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				work(p, j)
				results <- j
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Writer: back into input order, batches, one transaction each.
	var batch []*store.Article
	var storeErr error
	sent := -1 // Done() of the last progress reported
	lastCommit := time.Now()
	commit := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		res, err := save(context.WithoutCancel(ctx), st, batch, func(e error) { reportErr(e, &prog.Errors) })
		batch = batch[:0]
		lastCommit = time.Now()
		mu.Lock()
		prog.Stored += res.Articles
		prog.Duplicates += res.Duplicates
		prog.Events += res.Events
		prog.Merged += res.Merged
		prog.Mentions += res.Mentions
		prog.Stories += res.Stories
		prog.Joined += res.Joined
		if err == nil {
			prog.Batches++
		}
		prog.Elapsed = time.Since(start)
		snapshot := prog.clone()
		mu.Unlock()
		if err != nil {
			storeErr = err
			stopReading()
			return
		}
		if opt.OnProgress != nil {
			opt.OnProgress(snapshot)
			sent = snapshot.Done()
		}
	}
	pending := map[int]*job{}
	next := 0
	tick := time.NewTicker(opt.BatchWait)
	defer tick.Stop()
	for done := false; !done; {
		select {
		case j, ok := <-results:
			if !ok {
				done = true
				break
			}
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				for _, err := range j.sentErr {
					reportErr(err, &prog.Sentences)
				}
				if j.stored == nil {
					mu.Lock()
					prog.NonEnglish++
					prog.Languages[j.lang]++
					mu.Unlock()
					continue
				}
				batch = append(batch, j.stored)
				if len(batch) >= opt.BatchSize {
					commit()
				}
			}
		case <-tick.C:
			if time.Since(lastCommit) >= opt.BatchWait {
				commit()
			}
		}
	}
	commit()
	mu.Lock()
	prog.Elapsed = time.Since(start)
	final := prog.clone()
	mu.Unlock()
	if opt.OnProgress != nil && storeErr == nil && final.Done() != sent {
		opt.OnProgress(final) // what was skipped after the last commit
	}
	switch {
	case storeErr != nil:
		return final, storeErr
	case readErr != nil:
		return final, fmt.Errorf("ingest: %w", readErr)
	case ctx.Err() != nil:
		return final, ctx.Err()
	}
	return final, nil
}

func (p Progress) clone() Progress {
	langs := make(map[string]int, len(p.Languages))
	for k, v := range p.Languages {
		langs[k] = v
	}
	p.Languages = langs
	return p
}

// save stores a batch. When the batch fails as a whole it is stored again
// article by article, so that one article the store refuses is reported
// and skipped rather than losing its batch; when every article fails, the
// store itself is failing and the error is returned.
func save(ctx context.Context, st store.Store, batch []*store.Article, report func(error)) (store.Result, error) {
	res, err := st.Save(ctx, batch)
	if err == nil || len(batch) == 1 {
		return res, err
	}
	var total store.Result
	failed := 0
	var last error
	for _, a := range batch {
		r, err := st.Save(ctx, []*store.Article{a})
		if err != nil {
			failed++
			last = err
			report(fmt.Errorf("store %s: %w", a.DocID, err))
			continue
		}
		total.Add(r)
	}
	if failed == len(batch) {
		return total, last
	}
	return total, nil
}

// work checks the language of one article, codes it and signs it.
func work(p *pipeline.Pipeline, j *job) {
	a := &j.art
	if lang := notEnglish(a.Language, a.Text); lang != "" {
		j.lang = lang
		return
	}
	events, errs := p.Code(a)
	j.sentErr = errs
	sa := &store.Article{
		DocID:       a.ID,
		URL:         a.URL,
		ContentHash: j.hash,
		Title:       a.Title,
		Source:      a.Source,
		SourceKey:   story.SourceKey(a.Source, a.URL, a.ID),
		Author:      a.Author,
		Lang:        a.Language,
		Origin:      j.origin,
		Text:        a.Text,
		Signature:   story.Sign(a.Text),
	}
	if !a.Date.IsZero() {
		sa.Date = a.Date.Format("2006-01-02")
	}
	offsets := sentenceOffsets(a.Text)
	sa.Mentions = make([]store.Mention, len(events))
	for i := range events {
		sa.Mentions[i] = store.Mention{Event: events[i], SentenceOffset: offsets(events[i].Sentence)}
	}
	j.stored = sa
}

// sentenceOffsets returns a function that locates sentences, given in
// text order, in text: the offset in code points of the sentence, or -1.
func sentenceOffsets(text string) func(sentence string) int {
	byteAt, runeAt := 0, 0 // the last match, as bytes and as code points
	last := ""
	return func(s string) int {
		if s == "" {
			return -1
		}
		if s == last {
			return runeAt
		}
		i := strings.Index(text[byteAt:], s)
		if i < 0 {
			// Not after the last one: look from the start.
			if j := strings.Index(text, s); j >= 0 {
				last = s
				byteAt, runeAt = j, utf8.RuneCountInString(text[:j])
				return runeAt
			}
			return -1
		}
		runeAt += utf8.RuneCountInString(text[byteAt : byteAt+i])
		byteAt += i
		last = s
		return runeAt
	}
}

// ErrNoSources is returned by commands given nothing to ingest.
var ErrNoSources = errors.New("no sources given")
