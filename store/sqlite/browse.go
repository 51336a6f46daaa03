package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/annals-project/annals/store"
)

// The read side for browsing (store.Browser). Fields that have no column of
// their own (the action place, the PLOVER type) are read from the stored
// event JSON with SQLite's json_extract.

var _ store.Browser = (*DB)(nil)

const (
	jsCountry = `json_extract(e.json, '$.action_geo.country')`
	jsLat     = `json_extract(e.json, '$.action_geo.lat')`
	jsLon     = `json_extract(e.json, '$.action_geo.lon')`
	jsGeoType = `coalesce(json_extract(e.json, '$.action_geo.type'), 0)`
	jsPlace   = `json_extract(e.json, '$.action_geo.full_name')`
	jsPLOVER  = `json_extract(e.json, '$.plover.event')`
)

// whereFilter builds the WHERE clause of f over the events table aliased e.
func whereFilter(f store.Filter) (string, []any) {
	w, args := where(f.Query)
	var conds []string
	if w != "" {
		conds = append(conds, strings.TrimPrefix(w, " WHERE "))
	}
	if f.Country != "" {
		conds = append(conds, jsCountry+` = ?`)
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.PLOVER != "" {
		conds = append(conds, `upper(`+jsPLOVER+`) = ?`)
		args = append(args, strings.ToUpper(f.PLOVER))
	}
	if f.QuadClass != 0 {
		conds = append(conds, `e.quad_class = ?`)
		args = append(args, f.QuadClass)
	}
	if b := f.BBox; b != nil {
		conds = append(conds, jsGeoType+` > 0 AND `+jsLat+` BETWEEN ? AND ?`)
		args = append(args, b.South, b.North)
		if b.West <= b.East {
			conds = append(conds, jsLon+` BETWEEN ? AND ?`)
		} else {
			conds = append(conds, `(`+jsLon+` >= ? OR `+jsLon+` <= ?)`)
		}
		args = append(args, b.West, b.East)
	}
	if f.Text != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.sentence LIKE ? ESCAPE '\')`)
		args = append(args, "%"+escapeLike(f.Text)+"%")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// orderBy returns the ORDER BY clause of a sort, or an error for an
// unknown one.
func orderBy(sort string) (string, error) {
	if sort == "" {
		sort = store.SortDate
	}
	if !slices.Contains(store.Sorts, sort) {
		return "", fmt.Errorf("unknown sort %q (want one of %s)", sort, strings.Join(store.Sorts, ", "))
	}
	dir := " ASC"
	if strings.HasPrefix(sort, "-") {
		dir, sort = " DESC", sort[1:]
	}
	switch sort {
	case store.SortMentions:
		return " ORDER BY e.num_mentions" + dir + ", e.id" + dir, nil
	case store.SortGoldstein:
		return " ORDER BY e.goldstein" + dir + ", e.id" + dir, nil
	case store.SortID:
		return " ORDER BY e.id" + dir, nil
	}
	return " ORDER BY e.date" + dir + ", e.id" + dir, nil
}

// FindEvents returns one page of the events matching f (store.Browser).
func (s *DB) FindEvents(ctx context.Context, f store.Filter) (store.Page, error) {
	var p store.Page
	if f.Limit < 0 || f.Offset < 0 {
		return p, fmt.Errorf("store: find events: negative limit or offset")
	}
	order, err := orderBy(f.Sort)
	if err != nil {
		return p, fmt.Errorf("store: find events: %w", err)
	}
	w, args := whereFilter(f)
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM events e`+w, args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count events: %w", err)
	}
	q := `SELECT e.id, e.num_mentions, e.num_sources, e.num_articles, e.story_id, e.added, e.json FROM events e` + w + order
	if f.Limit > 0 || f.Offset > 0 {
		lim := f.Limit
		if lim == 0 {
			lim = -1
		}
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", lim, f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return p, fmt.Errorf("store: find events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		ev := &store.Event{}
		var js string
		if err := rows.Scan(&ev.ID, &ev.NumMentions, &ev.NumSources, &ev.NumArticles, &ev.StoryID, &ev.Added, &js); err != nil {
			return p, fmt.Errorf("store: read event: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &ev.Event); err != nil {
			return p, fmt.Errorf("store: event %d: decode: %w", ev.ID, err)
		}
		p.Events = append(p.Events, ev)
	}
	if err := rows.Err(); err != nil {
		return p, fmt.Errorf("store: find events: %w", err)
	}
	return p, nil
}

// groupExpr returns the SQL expression of a group or split, and the
// condition rows must meet to have a value.
func groupExpr(g string) (expr, cond string, ok bool) {
	switch g {
	case "day":
		return `e.date`, `e.date <> ''`, true
	case "week":
		return `date(e.date, 'weekday 0', '-6 days')`, `e.date <> ''`, true
	case "month":
		return `substr(e.date, 1, 7)`, `e.date <> ''`, true
	case "root":
		return `e.root`, `e.root <> ''`, true
	case "quad":
		return `CAST(e.quad_class AS TEXT)`, `e.quad_class > 0`, true
	case "plover":
		return jsPLOVER, `coalesce(` + jsPLOVER + `, '') <> ''`, true
	case "country":
		return jsCountry, `coalesce(` + jsCountry + `, '') <> ''`, true
	case "place":
		return jsPlace, jsGeoType + ` > 0`, true
	case "source":
		return `e.source_code`, `e.source_code <> ''`, true
	case "target":
		return `e.target_code`, `e.target_code <> ''`, true
	case "dyad":
		return `e.source_code || '>' || e.target_code`, `e.source_code <> '' AND e.target_code <> ''`, true
	}
	return "", "", false
}

func timeGroup(g string) bool { return g == "day" || g == "week" || g == "month" }

// Aggregate counts the events matching f by group, split by split
// (store.Browser).
func (s *DB) Aggregate(ctx context.Context, f store.Filter, group, split string, limit int) ([]store.Bucket, error) {
	gx, gc, ok := groupExpr(group)
	if !ok {
		return nil, fmt.Errorf("store: aggregate: unknown group %q (want one of %s)", group, strings.Join(store.Groups, ", "))
	}
	sx := `''`
	if split != "" {
		x, c, ok := groupExpr(split)
		if !ok || (split != "root" && split != "quad") {
			return nil, fmt.Errorf("store: aggregate: unknown split %q (want root or quad)", split)
		}
		sx, gc = x, gc+" AND "+c
	}
	if limit < 0 {
		return nil, fmt.Errorf("store: aggregate: negative limit")
	}
	w, args := whereFilter(f)
	if w == "" {
		w = " WHERE " + gc
	} else {
		w += " AND " + gc
	}
	latlon := `0, 0`
	if group == "place" {
		latlon = `avg(` + jsLat + `), avg(` + jsLon + `)`
	}
	order := ` ORDER BY 1, 2`
	if !timeGroup(group) {
		order = ` ORDER BY count(*) DESC, 1, 2`
	}
	q := `SELECT ` + gx + `, ` + sx + `, ` + latlon + `, count(*), sum(e.num_mentions),
		sum(e.quad_class IN (1, 2)), sum(e.quad_class IN (3, 4)), avg(e.goldstein)
		FROM events e` + w + ` GROUP BY 1, 2` + order
	if limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: aggregate: %w", err)
	}
	defer rows.Close()
	out := []store.Bucket{}
	for rows.Next() {
		var b store.Bucket
		var key, series sql.NullString
		if err := rows.Scan(&key, &series, &b.Lat, &b.Lon, &b.Events, &b.Mentions, &b.Coop, &b.Conflict, &b.Goldstein); err != nil {
			return nil, fmt.Errorf("store: aggregate: %w", err)
		}
		b.Key, b.Series = key.String, series.String
		if group == "dyad" {
			b.Source, b.Target, _ = strings.Cut(b.Key, ">")
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: aggregate: %w", err)
	}
	return out, nil
}

const mentionCols = `SELECT m.event_id, e.added, a.id, coalesce(a.url, ''), a.doc_id, a.source_key, a.date, a.doc_len, m.sentence_offset, m.json
	FROM mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id`

func (s *DB) mentionsWhere(ctx context.Context, cond string, arg any, order string) ([]*store.StoredMention, error) {
	rows, err := s.db.QueryContext(ctx, mentionCols+` WHERE `+cond+order, arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*store.StoredMention
	for rows.Next() {
		m := &store.StoredMention{}
		var js string
		if err := rows.Scan(&m.EventID, &m.EventAdded, &m.ArticleID, &m.ArticleURL, &m.ArticleDocID, &m.SourceKey, &m.ArticleDate, &m.DocLen, &m.SentenceOffset, &js); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(js), &m.Event); err != nil {
			return nil, fmt.Errorf("mention of event %d: decode: %w", m.EventID, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// EventByID returns one event and its reports (store.Browser).
func (s *DB) EventByID(ctx context.Context, id int64) (*store.Event, []*store.StoredMention, error) {
	ev := &store.Event{}
	var js string
	err := s.db.QueryRowContext(ctx, `SELECT e.id, e.num_mentions, e.num_sources, e.num_articles, e.story_id, e.added, e.json FROM events e WHERE e.id = ?`, id).
		Scan(&ev.ID, &ev.NumMentions, &ev.NumSources, &ev.NumArticles, &ev.StoryID, &ev.Added, &js)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("event %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: event %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(js), &ev.Event); err != nil {
		return nil, nil, fmt.Errorf("store: event %d: decode: %w", id, err)
	}
	ms, err := s.mentionsWhere(ctx, `m.event_id = ?`, id, ` ORDER BY a.id, m.id`)
	if err != nil {
		return nil, nil, fmt.Errorf("store: mentions of event %d: %w", id, err)
	}
	return ev, ms, nil
}

const articleCols = `SELECT a.id, a.doc_id, coalesce(a.url, ''), a.title, a.source, a.author, a.date, a.lang, a.origin, a.story_id, a.num_mentions`

func scanArticle(sc interface{ Scan(...any) error }, a *store.ArticleInfo, extra ...any) error {
	return sc.Scan(append([]any{&a.ID, &a.DocID, &a.URL, &a.Title, &a.Source, &a.Author, &a.Date, &a.Lang, &a.Origin, &a.StoryID, &a.NumMentions}, extra...)...)
}

// Articles returns a page of articles, newest first (store.Browser).
func (s *DB) Articles(ctx context.Context, f store.ArticleFilter) ([]store.ArticleInfo, int, error) {
	if f.Limit < 0 || f.Offset < 0 {
		return nil, 0, fmt.Errorf("store: articles: negative limit or offset")
	}
	var conds []string
	var args []any
	if f.Text != "" {
		conds = append(conds, `a.title LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(f.Text)+"%")
	}
	if f.Story != 0 {
		conds = append(conds, `a.story_id = ?`)
		args = append(args, f.Story)
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles a`+w, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count articles: %w", err)
	}
	lim := f.Limit
	if lim == 0 {
		lim = -1
	}
	rows, err := s.db.QueryContext(ctx, articleCols+` FROM articles a`+w+fmt.Sprintf(` ORDER BY a.date DESC, a.id DESC LIMIT %d OFFSET %d`, lim, f.Offset), args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: articles: %w", err)
	}
	defer rows.Close()
	out := []store.ArticleInfo{}
	for rows.Next() {
		var a store.ArticleInfo
		if err := scanArticle(rows, &a); err != nil {
			return nil, 0, fmt.Errorf("store: articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: articles: %w", err)
	}
	return out, total, nil
}

// Article returns one article with its text and reports (store.Browser).
func (s *DB) Article(ctx context.Context, id int64) (*store.ArticleInfo, []*store.StoredMention, error) {
	a := &store.ArticleInfo{}
	err := scanArticle(s.db.QueryRowContext(ctx, articleCols+`, a.text FROM articles a WHERE a.id = ?`, id), a, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("store: article %d: %w", id, err)
	}
	ms, err := s.mentionsWhere(ctx, `m.article_id = ?`, id, ` ORDER BY m.sentence_index, m.id`)
	if err != nil {
		return nil, nil, fmt.Errorf("store: mentions of article %d: %w", id, err)
	}
	return a, ms, nil
}

// Actors returns the actors whose code starts with prefix (store.Browser).
func (s *DB) Actors(ctx context.Context, prefix string, limit, offset int) ([]store.ActorInfo, int, error) {
	if limit < 0 || offset < 0 {
		return nil, 0, fmt.Errorf("store: actors: negative limit or offset")
	}
	p := escapeLike(strings.ToUpper(prefix)) + "%"
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM actors WHERE code LIKE ? ESCAPE '\'`, p).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count actors: %w", err)
	}
	lim := limit
	if lim == 0 {
		lim = -1
	}
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT code, name, num_mentions FROM actors WHERE code LIKE ? ESCAPE '\'
		ORDER BY num_mentions DESC, code LIMIT %d OFFSET %d`, lim, offset), p)
	if err != nil {
		return nil, 0, fmt.Errorf("store: actors: %w", err)
	}
	defer rows.Close()
	out := []store.ActorInfo{}
	for rows.Next() {
		var a store.ActorInfo
		if err := rows.Scan(&a.Code, &a.Name, &a.NumMentions); err != nil {
			return nil, 0, fmt.Errorf("store: actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: actors: %w", err)
	}
	return out, total, nil
}

// Generation returns the id of the last batch saved: it changes with every
// Save (store.Browser).
func (s *DB) Generation(ctx context.Context) (int64, error) {
	var g sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(id) FROM batches`).Scan(&g); err != nil {
		return 0, fmt.Errorf("store: generation: %w", err)
	}
	return g.Int64, nil
}
