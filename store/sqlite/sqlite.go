// Package sqlite is the embedded store.Store: one SQLite file through the
// pure-Go modernc.org/sqlite driver (no cgo), in WAL mode, with versioned
// schema migrations (schema.go) and one transaction per batch.
//
// Durability: synchronous=FULL, so a committed batch survives a crash of the
// process or of the machine; a batch that was being written when the process
// died is rolled back from the write-ahead log when the file is next opened.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/story"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// maxCandidates bounds the articles compared with a new one when looking
// for its story: band keys shared by very many articles (boilerplate) would
// otherwise make one insert compare against the whole corpus.
const maxCandidates = 200

// DB is a store.Store in one SQLite file.
type DB struct {
	db   *sql.DB
	path string
	mu   sync.Mutex // serialises Save: SQLite has one writer
}

var _ store.Store = (*DB)(nil)

// Open opens (creating it when absent) the database at path and brings its
// schema up to date. A database written by a newer annals, with a schema
// version this one does not know, is refused.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("open store: empty database path")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=foreign_keys(ON)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s := &DB{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// Version returns the schema version of the open database.
func (s *DB) Version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

// migrate applies the migrations the database lacks, each in its own
// transaction together with its schema_migrations row.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	have, err := s.Version(ctx)
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this annals knows (%d): upgrade annals", have, len(migrations))
	}
	for v := have + 1; v <= len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", v, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, now()); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to version %d: commit: %w", v, err)
		}
	}
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Seen reports whether an article with this URL or content hash is stored.
func (s *DB) Seen(ctx context.Context, u, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE content_hash = ? OR url = ?`, hash, nullable(u)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: seen: %w", err)
	}
	return n > 0, nil
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Save stores the batch in one transaction (see store.Store).
func (s *DB) Save(ctx context.Context, batch []*store.Article) (store.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Result{}, fmt.Errorf("store: begin: %w", err)
	}
	res, err := saveBatch(ctx, tx, batch)
	if err != nil {
		tx.Rollback()
		return store.Result{}, fmt.Errorf("store: save batch: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return store.Result{}, fmt.Errorf("store: commit: %w", err)
	}
	return res, nil
}

// txw runs the statements of one batch, each prepared once per
// transaction and reused for every article and event.
type txw struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (w *txw) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

func (w *txw) exec(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

// scan runs a one-row query and scans it into dest.
func (w *txw) scan(q string, args []any, dest ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	return st.QueryRowContext(w.ctx, args...).Scan(dest...)
}

func (w *txw) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func saveBatch(ctx context.Context, tx *sql.Tx, batch []*store.Article) (store.Result, error) {
	w := &txw{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	defer w.close()
	var res store.Result
	var batchID int64
	if err := w.scan(`INSERT INTO batches (articles, mentions, committed_at) VALUES (0, 0, ?) RETURNING id`, []any{now()}, &batchID); err != nil {
		return res, err
	}
	for _, a := range batch {
		added, err := saveArticle(w, batchID, a, &res)
		if err != nil {
			return res, fmt.Errorf("article %s: %w", a.DocID, err)
		}
		if !added {
			res.Duplicates++
		}
	}
	if _, err := w.exec(`UPDATE batches SET articles = ?, mentions = ? WHERE id = ?`, res.Articles, res.Mentions, batchID); err != nil {
		return res, err
	}
	return res, nil
}

// saveArticle stores one article unless its URL or content is stored
// already, and reports whether it did.
func saveArticle(w *txw, batchID int64, a *store.Article, res *store.Result) (bool, error) {
	if a.ContentHash == "" {
		return false, errors.New("no content hash")
	}
	var n int
	if err := w.scan(`SELECT count(*) FROM articles WHERE content_hash = ? OR url = ?`, []any{a.ContentHash, nullable(a.URL)}, &n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	storyID, joined, err := findStory(w.ctx, w.tx, a)
	if err != nil {
		return false, fmt.Errorf("find story: %w", err)
	}
	if !joined {
		if err := w.scan(`INSERT INTO stories (title, first_article, num_articles, first_date, last_date) VALUES (?, 0, 1, ?, ?) RETURNING id`,
			[]any{a.Title, a.Date, a.Date}, &storyID); err != nil {
			return false, fmt.Errorf("new story: %w", err)
		}
		res.Stories++
	} else {
		if _, err := w.exec(`UPDATE stories SET num_articles = num_articles + 1,
			first_date = CASE WHEN first_date = '' OR (? <> '' AND ? < first_date) THEN ? ELSE first_date END,
			last_date  = CASE WHEN ? > last_date THEN ? ELSE last_date END WHERE id = ?`,
			a.Date, a.Date, a.Date, a.Date, a.Date, storyID); err != nil {
			return false, fmt.Errorf("join story: %w", err)
		}
		res.Joined++
	}
	var sig []byte
	if !a.Signature.Empty() {
		sig = a.Signature.Bytes()
	}
	var articleID int64
	err = w.scan(`INSERT INTO articles (doc_id, url, content_hash, title, source, source_key, author, date, lang, origin, doc_len, text, signature, story_id, batch_id, num_mentions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		[]any{a.DocID, nullable(a.URL), a.ContentHash, a.Title, a.Source, a.SourceKey, a.Author, a.Date, a.Lang, a.Origin,
			utf8.RuneCountInString(a.Text), a.Text, sig, storyID, batchID, len(a.Mentions)}, &articleID)
	if err != nil {
		return false, fmt.Errorf("insert: %w", err)
	}
	if !joined {
		if _, err := w.exec(`UPDATE stories SET first_article = ? WHERE id = ?`, articleID, storyID); err != nil {
			return false, err
		}
	}
	for _, k := range story.BandKeys(&a.Signature) {
		if _, err := w.exec(`INSERT INTO story_bands (band_key, article_id) VALUES (?, ?)`, k, articleID); err != nil {
			return false, fmt.Errorf("insert band: %w", err)
		}
	}
	for i := range a.Mentions {
		if err := saveMention(w, &a.Mentions[i], a, articleID, storyID, res); err != nil {
			return false, fmt.Errorf("sentence %d: %w", a.Mentions[i].Event.SentenceIndex+1, err)
		}
	}
	res.Articles++
	return true, nil
}

// saveMention stores one report: its event (new or merged), the mention
// row, the counts of the event, and its actors.
func saveMention(w *txw, m *store.Mention, a *store.Article, articleID, storyID int64, res *store.Result) error {
	e := &m.Event
	eventID, merged, err := saveEvent(w, e, storyID, articleID, a.Date)
	if err != nil {
		return err
	}
	// GDELT's counts, kept up to date report by report: every mention
	// counts; an article and a source count the first time they report
	// the event.
	newArticle, newSource := true, true
	if merged {
		res.Merged++
		var seenArticle, seenSource bool
		if err := w.scan(`SELECT EXISTS (SELECT 1 FROM mentions WHERE event_id = ? AND article_id = ?),
			EXISTS (SELECT 1 FROM mentions WHERE event_id = ? AND source_key = ?)`,
			[]any{eventID, articleID, eventID, a.SourceKey}, &seenArticle, &seenSource); err != nil {
			return fmt.Errorf("count reports: %w", err)
		}
		newArticle, newSource = !seenArticle, !seenSource
	} else {
		res.Events++
	}
	js, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	if _, err := w.exec(`INSERT INTO mentions (event_id, article_id, source_key, sentence_index, sentence, sentence_offset,
		verb_start, verb_end, source_start, source_end, target_start, target_end, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventID, articleID, a.SourceKey, e.SentenceIndex, e.Sentence, m.SentenceOffset,
		e.Explain.Verb.Start, e.Explain.Verb.End, e.Source.Span.Start, e.Source.Span.End, e.Target.Span.Start, e.Target.Span.End, string(js)); err != nil {
		return fmt.Errorf("insert mention: %w", err)
	}
	if _, err := w.exec(`UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?, num_sources = num_sources + ? WHERE id = ?`,
		b2i(newArticle), b2i(newSource), eventID); err != nil {
		return fmt.Errorf("count reports: %w", err)
	}
	res.Mentions++
	for _, act := range []*event.Actor{&e.Source, &e.Target} {
		if act.Code == "" {
			continue
		}
		name := act.Name
		if name == "" {
			name = act.Text
		}
		if _, err := w.exec(`INSERT INTO actors (code, name, num_mentions) VALUES (?, ?, 1)
			ON CONFLICT (code) DO UPDATE SET num_mentions = actors.num_mentions + 1`, string(act.Code), name); err != nil {
			return fmt.Errorf("actor %s: %w", act.Code, err)
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// findStory returns the story of the stored article most similar to a, when
// one reaches story.Threshold.
func findStory(ctx context.Context, tx *sql.Tx, a *store.Article) (int64, bool, error) {
	keys := story.BandKeys(&a.Signature)
	if len(keys) == 0 {
		return 0, false, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	q := `SELECT a.id, a.signature, a.story_id FROM articles a WHERE a.id IN
		(SELECT DISTINCT article_id FROM story_bands WHERE band_key IN (?` + strings.Repeat(", ?", len(keys)-1) + `) LIMIT ` + fmt.Sprint(maxCandidates) + `)
		ORDER BY a.id`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return 0, false, err
	}
	defer rows.Close()
	best, bestStory := 0.0, int64(0)
	for rows.Next() {
		var id, storyID int64
		var blob []byte
		if err := rows.Scan(&id, &blob, &storyID); err != nil {
			return 0, false, err
		}
		sig, ok := story.ParseSignature(blob)
		if !ok {
			continue
		}
		if sim := story.Similarity(&a.Signature, &sig); sim >= story.Threshold && sim > best {
			best, bestStory = sim, storyID
		}
	}
	if err := rows.Err(); err != nil {
		return 0, false, err
	}
	return bestStory, bestStory != 0, nil
}

// saveEvent finds the stored event e reports (story.SameEvent: same key,
// dated at most story.MaxDayGap days apart; the nearest day wins, then the
// oldest event) or inserts a new one with zero counts.
func saveEvent(w *txw, e *event.Event, storyID, articleID int64, pubDate string) (id int64, merged bool, err error) {
	k := story.KeyOf(e)
	day, hasDay := story.Day(e)
	if hasDay {
		err := w.scan(`SELECT id FROM events WHERE source_code = ? AND target_code = ? AND code = ?
			AND negated = ? AND hypothetical = ? AND day BETWEEN ? AND ? ORDER BY abs(day - ?), id LIMIT 1`,
			[]any{k.Source, k.Target, k.Code, k.Negated, k.Hypothetical, day - story.MaxDayGap, day + story.MaxDayGap, day}, &id)
		switch {
		case err == nil:
			return id, true, nil
		case !errors.Is(err, sql.ErrNoRows):
			return 0, false, fmt.Errorf("find event: %w", err)
		}
	}
	js, err := json.Marshal(e)
	if err != nil {
		return 0, false, fmt.Errorf("encode event: %w", err)
	}
	date := e.Date
	if date == "" {
		date = e.Article.Date
	}
	added := pubDate
	if added == "" {
		added = date
	}
	var dayArg any
	if hasDay {
		dayArg = day
	}
	err = w.scan(`INSERT INTO events (day, date, source_code, target_code, code, root, negated, hypothetical,
		quad_class, goldstein, places, num_mentions, num_sources, num_articles, story_id, first_article, added, json)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?) RETURNING id`,
		[]any{dayArg, date, k.Source, k.Target, k.Code, string(e.Root), k.Negated, k.Hypothetical,
			e.QuadClass, e.Goldstein, placesOf(js), storyID, articleID, added, string(js)}, &id)
	if err != nil {
		return 0, false, fmt.Errorf("insert event: %w", err)
	}
	return id, false, nil
}

// placesOf collects, lower-cased and '|'-separated, every string in the
// event JSON under a key that names a place ("action_geo", "places",
// "location", …; not the "how" notes and spans), so that --place works with
// whatever place fields the event carries without the store knowing their
// shape.
func placesOf(js []byte) string {
	var v any
	if json.Unmarshal(js, &v) != nil {
		return ""
	}
	var out []string
	var walk func(v any, inPlace bool)
	walk = func(v any, inPlace bool) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				lk := strings.ToLower(k)
				if lk == "explain" || lk == "article" || lk == "how" || lk == "span" {
					continue
				}
				walk(c, inPlace || strings.Contains(lk, "place") || strings.Contains(lk, "geo") || strings.Contains(lk, "location"))
			}
		case []any:
			for _, c := range x {
				walk(c, inPlace)
			}
		case string:
			if inPlace && x != "" {
				out = append(out, strings.ToLower(x))
			}
		}
	}
	walk(v, false)
	sort.Strings(out)
	return strings.Join(out, "|")
}

// where builds the WHERE clause of q over the events table aliased e.
func where(q store.Query) (string, []any) {
	var conds []string
	var args []any
	if q.Actor != "" {
		p := escapeLike(strings.ToUpper(q.Actor)) + "%"
		conds = append(conds, `(e.source_code LIKE ? ESCAPE '\' OR e.target_code LIKE ? ESCAPE '\')`)
		args = append(args, p, p)
	}
	if q.Root != "" {
		r := q.Root
		if len(r) == 1 {
			r = "0" + r
		}
		conds = append(conds, `e.root = ?`)
		args = append(args, r)
	}
	if q.Code != "" {
		conds = append(conds, `e.code LIKE ? ESCAPE '\'`)
		args = append(args, escapeLike(q.Code)+"%")
	}
	if q.Since != "" {
		conds = append(conds, `e.date <> '' AND e.date >= ?`)
		args = append(args, q.Since)
	}
	if q.Until != "" {
		conds = append(conds, `e.date <> '' AND e.date <= ?`)
		args = append(args, q.Until)
	}
	if q.Place != "" {
		conds = append(conds, `e.places LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(strings.ToLower(q.Place))+"%")
	}
	if q.Story != 0 {
		conds = append(conds, `e.story_id = ?`)
		args = append(args, q.Story)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func limit(q store.Query) string {
	if q.Limit > 0 {
		return fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	return ""
}

// Events yields the events matching q in order of date, then id.
func (s *DB) Events(ctx context.Context, q store.Query) iter.Seq2[*store.Event, error] {
	return func(yield func(*store.Event, error) bool) {
		w, args := where(q)
		rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.num_mentions, e.num_sources, e.num_articles, e.story_id, e.added, e.json
			FROM events e`+w+` ORDER BY e.date, e.id`+limit(q), args...)
		if err != nil {
			yield(nil, fmt.Errorf("store: query events: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			ev := &store.Event{}
			var js string
			if err := rows.Scan(&ev.ID, &ev.NumMentions, &ev.NumSources, &ev.NumArticles, &ev.StoryID, &ev.Added, &js); err != nil {
				yield(nil, fmt.Errorf("store: read event: %w", err))
				return
			}
			if err := json.Unmarshal([]byte(js), &ev.Event); err != nil {
				if !yield(nil, fmt.Errorf("store: event %d: decode: %w", ev.ID, err)) {
					return
				}
				continue
			}
			if !yield(ev, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, fmt.Errorf("store: query events: %w", err))
		}
	}
}

// Mentions yields the mentions of the events matching q.
func (s *DB) Mentions(ctx context.Context, q store.Query) iter.Seq2[*store.StoredMention, error] {
	return func(yield func(*store.StoredMention, error) bool) {
		w, args := where(q)
		sub := `SELECT e.id FROM events e` + w + ` ORDER BY e.date, e.id` + limit(q)
		rows, err := s.db.QueryContext(ctx, `SELECT m.event_id, e.added, a.id, coalesce(a.url, ''), a.doc_id, a.source_key, a.date, a.doc_len, m.sentence_offset, m.json
			FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id
			WHERE m.event_id IN (`+sub+`) ORDER BY e.date, e.id, a.id, m.id`, args...)
		if err != nil {
			yield(nil, fmt.Errorf("store: query mentions: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			m := &store.StoredMention{}
			var js string
			if err := rows.Scan(&m.EventID, &m.EventAdded, &m.ArticleID, &m.ArticleURL, &m.ArticleDocID, &m.SourceKey, &m.ArticleDate, &m.DocLen, &m.SentenceOffset, &js); err != nil {
				yield(nil, fmt.Errorf("store: read mention: %w", err))
				return
			}
			if err := json.Unmarshal([]byte(js), &m.Event); err != nil {
				if !yield(nil, fmt.Errorf("store: mention of event %d: decode: %w", m.EventID, err)) {
					return
				}
				continue
			}
			if !yield(m, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, fmt.Errorf("store: query mentions: %w", err))
		}
	}
}

// Stats counts the rows of each table.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),
		(SELECT count(*) FROM actors), (SELECT count(*) FROM stories), (SELECT count(*) FROM batches)`).
		Scan(&st.Articles, &st.Events, &st.Mentions, &st.Actors, &st.Stories, &st.Batches)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}

// Check runs SQLite's integrity check and verifies the invariants of the
// data; it returns every problem found, joined.
func (s *DB) Check(ctx context.Context) error {
	var problems []error
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return fmt.Errorf("store: integrity check: %w", err)
		}
		if msg != "ok" {
			problems = append(problems, fmt.Errorf("integrity: %s", msg))
		}
	}
	rows.Close()
	checks := []struct{ what, q string }{
		{"batches whose article count differs from their articles", `SELECT count(*) FROM batches b WHERE b.articles <> (SELECT count(*) FROM articles WHERE batch_id = b.id)`},
		{"batches whose mention count differs from their mentions", `SELECT count(*) FROM batches b WHERE b.mentions <> (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.batch_id = b.id)`},
		{"articles whose mention count differs from their mentions", `SELECT count(*) FROM articles a WHERE a.num_mentions <> (SELECT count(*) FROM mentions WHERE article_id = a.id)`},
		{"events without mentions", `SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = e.id)`},
		{"events whose NumMentions differs from their mentions", `SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM mentions WHERE event_id = e.id)`},
		{"events whose NumArticles differs from their mentions", `SELECT count(*) FROM events e WHERE e.num_articles <> (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = e.id)`},
		{"events whose NumSources differs from their mentions", `SELECT count(*) FROM events e WHERE e.num_sources <> (SELECT count(DISTINCT a.source_key) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id)`},
		{"mentions whose source differs from their article's", `SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.source_key <> a.source_key`},
		{"stories whose article count differs from their articles", `SELECT count(*) FROM stories s WHERE s.num_articles <> (SELECT count(*) FROM articles WHERE story_id = s.id)`},
		{"foreign keys that point nowhere", `SELECT count(*) FROM pragma_foreign_key_check`},
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.q).Scan(&n); err != nil {
			problems = append(problems, fmt.Errorf("check %s: %w", c.what, err))
			continue
		}
		if n > 0 {
			problems = append(problems, fmt.Errorf("%d %s", n, c.what))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("store %s: %w", s.path, errors.Join(problems...))
	}
	return nil
}
