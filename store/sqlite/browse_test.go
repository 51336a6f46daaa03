package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/store"
)

func browseFixture(t *testing.T) *DB {
	t.Helper()
	db := openTemp(t)
	e1 := ev("d1", "AAAGOV", "BBBMIL", "190", "2020-01-06", 0) // a Monday
	e1.ActionGeo = event.Place{Type: 4, FullName: "Atown, Aland", Country: "AA", Lat: 10, Lon: 10}
	e1.PLOVER.Event = "ASSAULT"
	e2 := ev("d1", "BBBGOV", "AAAGOV", "042", "2020-01-12", 1) // the Sunday of the same week
	e2.QuadClass, e2.Goldstein = 1, 1.9
	e3 := ev("d2", "AAAREB", "", "141", "2020-02-01", 0)
	e3.QuadClass = 3
	if _, err := db.Save(context.Background(), []*store.Article{
		art("d1", "https://x.example/1", "X", "2020-01-12", report, e1, e2),
		art("d2", "https://y.example/2", "Y", "2020-02-01", report+" Later.", e3),
	}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestFindEventsAndAggregate(t *testing.T) {
	ctx := context.Background()
	db := browseFixture(t)
	tests := []struct {
		f    store.Filter
		want string // codes in order
	}{
		{store.Filter{}, "190,042,141"},
		{store.Filter{Sort: "-date"}, "141,042,190"},
		{store.Filter{Sort: "goldstein"}, "190,141,042"},
		{store.Filter{Query: store.Query{Actor: "aaa"}}, "190,042,141"},
		{store.Filter{Country: "aa"}, "190"},
		{store.Filter{PLOVER: "assault"}, "190"},
		{store.Filter{QuadClass: 3}, "141"},
		{store.Filter{BBox: &store.BBox{West: 0, South: 0, East: 20, North: 20}}, "190"},
		{store.Filter{BBox: &store.BBox{West: 20, South: 0, East: 5, North: 20}}, ""},
		{store.Filter{Text: "S1"}, "042"}, // sentences are "s0", "s1": LIKE ignores ASCII case
		{store.Filter{Query: store.Query{Limit: 1}, Offset: 1}, "042"},
		{store.Filter{Text: `%`}, ""}, // wildcards are literal
	}
	for _, tc := range tests {
		p, err := db.FindEvents(ctx, tc.f)
		if err != nil {
			t.Fatalf("%+v: %v", tc.f, err)
		}
		var got []string
		for _, e := range p.Events {
			got = append(got, string(e.Event.Code))
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%+v: got %v, want %s", tc.f, got, tc.want)
		}
	}
	if _, err := db.FindEvents(ctx, store.Filter{Sort: "name"}); err == nil {
		t.Error("unknown sort: no error")
	}
	if _, err := db.FindEvents(ctx, store.Filter{Offset: -1}); err == nil {
		t.Error("negative offset: no error")
	}
	bs, err := db.Aggregate(ctx, store.Filter{}, "week", "quad", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 3 || bs[0].Key != "2020-01-06" || bs[0].Series != "1" || bs[1].Key != "2020-01-06" || bs[1].Series != "4" || bs[2].Key != "2020-01-27" {
		t.Errorf("weeks %+v", bs)
	}
	bs, err = db.Aggregate(ctx, store.Filter{}, "dyad", "", 0)
	if err != nil || len(bs) != 2 {
		t.Fatalf("dyads %+v %v (events without a target are not dyads)", bs, err)
	}
	for _, bad := range [][2]string{{"year", ""}, {"day", "country"}, {"day", "day"}} {
		if _, err := db.Aggregate(ctx, store.Filter{}, bad[0], bad[1], 0); err == nil {
			t.Errorf("aggregate %v: no error", bad)
		}
	}
}

func TestBrowseLookups(t *testing.T) {
	ctx := context.Background()
	db := browseFixture(t)
	g1, err := db.Generation(ctx)
	if err != nil || g1 < 1 {
		t.Fatalf("generation %d %v", g1, err)
	}
	e, ms, err := db.EventByID(ctx, 1)
	if err != nil || e.Event.Code != "190" || len(ms) != 1 || ms[0].ArticleDocID != "d1" {
		t.Errorf("event 1: %+v %+v %v", e, ms, err)
	}
	if _, _, err := db.EventByID(ctx, 99); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("event 99: %v, want ErrNotFound", err)
	}
	as, total, err := db.Articles(ctx, store.ArticleFilter{Limit: 1})
	if err != nil || total != 2 || len(as) != 1 || as[0].DocID != "d2" {
		t.Errorf("articles %+v %d %v", as, total, err)
	}
	a, ms, err := db.Article(ctx, as[0].ID)
	if err != nil || !strings.HasPrefix(a.Text, "Troops") || len(ms) != 1 {
		t.Errorf("article %+v %v", a, err)
	}
	if _, _, err := db.Article(ctx, 99); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("article 99: %v, want ErrNotFound", err)
	}
	acts, total, err := db.Actors(ctx, "aaa", 0, 0)
	if err != nil || total != 2 || acts[0].Code != "AAAGOV" || acts[0].NumMentions != 2 {
		t.Errorf("actors %+v %d %v", acts, total, err)
	}
	if _, err := db.Save(ctx, []*store.Article{art("d3", "", "Z", "2020-03-01", "Another text entirely.")}); err != nil {
		t.Fatal(err)
	}
	if g2, _ := db.Generation(ctx); g2 == g1 {
		t.Errorf("generation did not change after a save: %d", g2)
	}
}
